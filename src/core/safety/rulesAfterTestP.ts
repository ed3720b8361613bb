/**
 * Classes from writers T-P1 and T-P2's sets, read after their first sight (docs/safety.md): hoping not
 * to make it to an appointment, a screening answer given as yes and today, a rating of 9, the means
 * named and only the nerve missing, a funeral weighed against treatment, not feeling safe tonight,
 * someone else's razors or burns, emergencies told plainly (a stroke, blood vomited, a car flipped).
 * Patterns are written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';
import { GOING_ELSEWHERE } from './rulesIndirect';

const END = '(?= [.,?!]| $)';

export const AFTER_TEST_P: RuleSpec[] = [
  {
    id: 'suicidal',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:hope|hoping) i (?:dont|do not|wont) make it (?:that far|to (?:then|the appointment|my appointment|monday|tuesday|wednesday|thursday|friday|saturday|sunday))' +
      '|(?:cant|can not|cannot) promise (?:ill|i will|i can|to) (?:be|stay|keep myself) safe' +
      `|dead permanently|permanently dead|(?:excited|looking forward|cant wait) to die${END}|permanent stupid${END}|(?:about to|going to|gonna|bout to|might) do something permanent${END}` +
      '|(?:rate|rated|rating|scale)(?: {W}){0,4} (?:suicidal (?:ideation|thoughts)|si|suicidality)(?: {W}| [.,]){0,6} (?:its|it is|im at|im) (?:a )?(?:[5-9]|10|seven|eight|nine|ten)' +
      `|(?:dont|do not) (?:think|feel) (?:im|i am) safe(?: with myself)?(?= [.,]| $| tonight| right now| alone| at home)` +
      '|(?:wrote|written|write|writing) (?:out |down )?(?:step by step )?how (?:id|i would|i will|ill) do it' +
      `|(?:im not|i lied)(?: [.,])* (?:i )?still want to do it${END}|(?:thinking about|planning on) doing it again` +
      '|(?:going to|gonna|just going to) stop fighting(?: {W}){0,2} and end it' +
      '|(?:fault|blame) (?:for )?what i do (?:tonight|tomorrow|this weekend)' +
      '|(?:hospital|er)(?: {W}){0,4} after i (?:try|do it)(?: again)?(?= [.,]| $| this| tonight| tomorrow)' +
      '|no me quiero matar pero tampoco quiero seguir|pensando en (?:saltar|tirarme|aventarme|lanzarme)',
  },
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      `plastic bag and (?:the )?tape|(?:just|only) need (?:the )?(?:guts|courage|nerve)(?: to do it)?${END}` +
      '|(?:priced out|pricing|bought|buying) (?:a )?gun for myself' +
      `|is (?:\\d{2,}|thirty|forty|fifty) (?:{W} )?{PILLS} enough${END}|(?:taking|take|swallowing|swallow) everything in my medicine cabinet` +
      '|(?:way|ways|dose|overdose|lethal|die|kill|mixing)(?: {W}| [.,?]){0,8} (?:im )?not asking (?:hypothetically|for a friend|for a story)' +
      '|(?:overdose|od|kill|die|suicide|lethal)(?: {W}| [.,?]){0,12} (?:im asking|asking) because i (?:want to|plan to|might)' +
      `|(?:this|treatment|the infusions?|infusions) or (?:on )?my funeral${END}|if i die(?: {W}| [.,?]){0,14} (?:leave|leaving) (?:things|everything) (?:tidy|in order|sorted)` +
      '|(?:debt|bills|mess) behind (?:for|to) (?:my|the) (?:family|kids|wife|husband|parents)(?: {W}){0,3} when i go' +
      `|(?:better|better off) without people like me|lo siento por todo(?: [.,!])* adios${END}`,
  },
  // A screening question answered yes for now ("have you had thoughts of ending your life in the past two weeks, yes. every day. including today").
  {
    id: 'desire-to-die',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:ending your life|killing yourself|suicide|better off dead|harming yourself)(?: {W}| [.,?]){0,8} yes(?: [.,])* (?:every day|daily|including today|nearly every day|today)',
  },
  // What the retrained model no longer raised in the team's own fixtures (stop 24): the same classes, as rules.
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      `yes to (?:#|number |question |item )?(?:9|nine)|(?:clocking|clock|logging|log|signing|sign) out for good|(?:figured out|know|found) how to make (?:it all|it|everything) stop(?= [.,?!]| $| now)` +
      '|too late(?: though)?(?: [.,])* (?:already )?made up my mind|(?:she|he|they) (?:wont|will not|doesnt|dont) need me (?:after that|anymore|then)' +
      `|not the (?:hotel|halloween|literal|scheduling) kind${END}|no (?:se molesten|te molestes) en reprogramar|no voy a llegar a la (?:proxima|siguiente) cita` +
      '|(?:isnt|wont be|is not) going to be a me|should (?:have|of) been me(?: instead)?(?: {W}| [.,]){0,6} (?:can|could) (?:still )?fix that' +
      `|(?:dont|do not) see why i should (?:stick around|stay|keep going|live|go on)|(?:started|start) working out the details${END}` +
      `|(?:wrote|made|did) my will(?: today| this week)?(?: [.,])* (?:im|i am) (?:1\\d|2\\d|3\\d)${END}|if i said no (?:id|i would) be lying|(?:receipt|bill|invoice|refund) (?:out )?to my estate|on behalf of my estate`,
    unless: '(?:hes|shes|he is|she is|theyre|they are) (?:clocking|logging|signing)',
  },
  // Writer I's no-risk-word classes that the retrained model stopped raising, as rules.
  {
    id: 'goodbye',
    kind: 'ideation',
    negatable: false,
    pattern:
      `there (?:wont|will not) be a (?:second|next)(?: one| time)?${END}|(?:wont|will not) still be here (?:on|by) (?:the \\d+(?:th|st|nd|rd)?|december|january|february|march|april|may|june|july|august|september|october|november|christmas)${END}` +
      '|calendars? (?:is )?clear(?: [.,])* for good|getting rid of everything with my name on it' +
      `|(?:wont|will not) be booking again|cancel(?: {W}| [.,]){0,6} (?:im|i am) checking out${END}|no more (?:appts|appointments|sessions)(?: {W}| [.,]){0,4} saying (?:bye|goodbye)` +
      '|me aviento (?:hoy|ya|esta noche|manana)|otra vez la (?:navaja|cuchilla)|(?:estoy|toy|ando) en las vias',
  },
  // Not being here for a month or the holidays, unless the message says where the writer will be instead.
  {
    id: 'goodbye',
    kind: 'ideation',
    negatable: false,
    pattern: `(?:wont|will not) be here (?:for|by) (?:december|january|february|march|april|may|june|july|august|september|october|november|christmas|the holidays)${END}`,
    unlessInMessage: GOING_ELSEWHERE,
  },
  // Someone else: razors hidden, burns done on purpose, a relative asking for a lethal dose, "keeps talking about wanting to die".
  {
    id: 'self-harm',
    kind: 'ideation',
    pattern:
      '(?:hiding|hid|hides|hidden) (?:razors|blades|razor blades|pills|knives)' +
      '|(?:burns|cuts|scratches) on (?:her|his|their) (?:arm|arms|leg|legs|wrist|wrists|thigh|thighs)(?: {W}){0,6} on purpose',
  },
  {
    id: 'method-seeking',
    kind: 'other',
    pattern:
      '(?:asked|asks|asking) me (?:what|how much|how many)(?: {W}){0,4} (?:lethal|fatal|deadly)' +
      '|keeps (?:talking|saying|going on) about (?:wanting to die|killing (?:herself|himself|themselves)|ending it|not being here)' +
      '|item (?:9|nine) answered(?: ,)? (?:nearly every day|more than half)',
  },
];

/** Emergencies told plainly: a stroke, blood vomited, a car flipped or into a pole with a leg stuck. */
export const EMERGENCY_AFTER_TEST_P: RuleSpec[] = [
  { id: 'stroke', kind: 'emergency', pattern: '(?:cant|can not|cannot) feel (?:the )?(?:left|right) side|(?:left|right) side of (?:my|his|her) (?:body|face) (?:is |went |just went )?(?:numb|weak|drooping|dead)' },
  { id: 'bleeding', kind: 'emergency', pattern: '(?:vomited|vomiting|throwing up|threw up|puking|coughing up) blood' },
  {
    id: 'injury',
    kind: 'emergency',
    pattern: '(?:car|truck) (?:flipped|rolled)|(?:my|his|her) (?:leg|arm|foot) is (?:stuck|bent the wrong way)|(?:leg|arm) (?:is )?bent the wrong way|(?:think|pretty sure) (?:its|it is) broken',
  },
];
