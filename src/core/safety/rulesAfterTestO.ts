/**
 * Classes from writers T-O1 and T-O2's sets, read after their first sight (docs/safety.md): a promise
 * that stops at today, "i dont want to but i think im going to", a height or an amount "to be sure",
 * asking for 988 tonight, "if im still here", a roof one cannot come down from, a car running in the
 * garage, someone else "might be having those thoughts". Patterns are written for the class.
 */
import type { RuleSpec } from './ruleSpec';

const END = '(?= [.,?!]| $)';

export const AFTER_TEST_O: RuleSpec[] = [
  {
    id: 'suicidal',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:cant|can not|cannot|couldnt) promise (?:about |for )?(?:tomorrow|tonight|later|the weekend|next week)' +
      `|(?:kill myself|hurt myself|end it|die)(?: {W}| [.,]){0,3} but (?:i think |i feel like )?(?:im|i am|i will|ill) (?:going to|gonna)${END}` +
      '|(?:im|i am) (?:scared|afraid) of (?:myself|what i might do|what ill do)' +
      `|(?:need|have) to (?:call (?:it|988|them|the hotline|a hotline)|talk to (?:someone|somebody|anyone)) (?:tonight|now|right now)${END}` +
      '|disappointed (?:when|that) (?:it wore off|i woke up|i came back|it ended)' +
      `|(?:ideas|pensamientos) suicidas(?: {W}| [.,?]){0,6} (?:las|los) tengo|no se cuanto (?:mas|tiempo) (?:pueda|puedo|voy a) aguantar` +
      '|(?:would|will|d) be sad for a (?:bit|while|little while|day)(?: {W}| [.,]){0,6} (?:get over it|move on|be fine)' +
      `|not in the (?:scheduling|literal|calendar) sense|(?:wont|will not) need anything from anyone${END}` +
      '|make (?:the|my) dose (?:higher|bigger|stronger) so (?:i|that i) (?:dont|wont|never)',
  },
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:what|which|how many) (?:floor|floors|height|story|stories)(?: {W}){0,5} (?:jump|fall)(?: {W}){0,3} (?:to be sure|to die|to not survive|to make sure)' +
      '|(?:lethal|fatal|deadly)(?: {W}| [.,?]){1,10} (?:asking about|its about|for) my own (?:prescription|meds|pills|medication|supply)' +
      '|(?:takes?|took|swallows?)(?: like)? (?:\\d{2,}|a whole bottle|all) (?:of (?:their|my|his|her) )?{W}(?: {W}| [.,?]){0,6} asking for (?:me|myself)' +
      '|(?:take|swallow|have) enough (?:that|so) (?:its|it is|it will be|itll be) over' +
      '|(?:found|saw|discovered|checked) my (?:search history|browser history|searches)(?: {W}){0,3} (?:about|for|on) (?:overdoses|overdose|suicide|ways to die|dying|pills)' +
      '|(?:como|forma de|formas de) hacerlo sin dolor' +
      '|(?:from|on) the (?:parking garage |garage |building |hospital )?roof(?: {W}| [.,]){0,8} (?:cant make myself come down|not coming down)|en el techo(?: {W}| [.,]){0,6} no se si bajar' +
      '|last (?:infusion|session|appointment) for the day before' +
      `|(?:wait ?list|waitlist|appointment|refill)(?: {W}| [.,?]){0,10} (?:i )?(?:wont|will not) be needing (?:it|one|them)${END}`,
  },
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      'tell (?:dr|doctor|the doctor|my doctor|{W})(?: {W})? (?:that )?(?:she|he|they|you) did (?:her|his|their|your) best(?= [.,?!]| $| and)' +
      '|(?:never|not) (?:come|coming) (?:out|back)(?: {W}| [.,]){0,8} forever' +
      `|{START}(?:can i reschedule|reschedule)(?: {W}){0,6}(?: [.,?])* if (?:im|i am) still here${END}`,
  },
  // Someone else: "i think she might be having those thoughts", a referral's "active si", a Spanish wish said of someone.
  {
    id: 'thinking-about-death',
    kind: 'ideation',
    pattern: '(?:active|passive|chronic|ongoing) si(?= [.,]| $| without| with| and)',
  },
  { id: 'desire-to-die', kind: 'other', pattern: 'seria mejor que (?:el|ella) no (?:estuviera|existiera)|(?:my {W}|she|he|they) (?:might|may|could) be having (?:those|these|suicidal|dark) thoughts' },
  // A search for ways to die: whose it is follows the subject ("mi novio esta buscando formas de morir" is his).
  { id: 'method-seeking', kind: 'ideation', pattern: '(?:buscado|buscando|busque|busca|busco) (?:en internet )?(?:como|formas de) (?:hacerlo|matarme|matarse|morir|suicidarme|suicidarse)' },
];

/** The body in danger now: pills already in, an attempt an hour ago, a car running in the garage, fumes, a crash into water. */
export const EMERGENCY_AFTER_TEST_O: RuleSpec[] = [
  {
    id: 'overdose-now',
    kind: 'ideation',
    firstLevel: 'emergency',
    thirdLevel: 'emergency',
    negatable: false,
    pattern:
      '(?:the )?pills are (?:already )?in me|(?:tried to kill myself|attempted)(?: {W}){0,3} (?:an hour ago|\\d+ (?:minutes|hours) ago|just now|earlier tonight)' +
      '|me tome todas mis pastillas|(?:car|engine) running(?: {W}| [.,]){0,10} (?:dizzy|head is pounding|headache|cant breathe|sleepy|nauseous|out of it|unconscious|confused|wont wake|passed out)',
  },
  {
    id: 'poisoning',
    kind: 'emergency',
    pattern: 'mixed bleach with|bleach and ammonia',
  },
  { id: 'injury', kind: 'emergency', pattern: 'crashed (?:his|her|my|the) car(?: {W}){0,4} (?:lake|river|tree|pole)(?: {W}| [.,]){0,10} (?:confused|hurt|bleeding|unconscious|shivering)' },
];

/** Everyday readings the model must not raise; alarm rules still fire. */
export const ORDINARY_AFTER_TEST_O: RuleSpec[] = [{ id: 'tired', kind: 'ordinary', pattern: 'so tired (?:that )?i could sleep forever' }];
