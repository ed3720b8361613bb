/**
 * Classes from writer T-F's set, read after its first-sight score (docs/safety.md): a lethal amount
 * asked in other words, death hoped for from something else, means being looked at, a deadline the
 * writer set, terse messages that are nothing but the act, and an emergency told in a few words.
 * Each pattern is written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';

/** The whole message is this (punctuation aside): "pills in hand", "im going to do it". */
const WHOLE = (pattern: string) => `(?<=^ )(?:${pattern})(?= (?:[.,!?]+ )*$)`;

const MEANS = '(?:pills|pill bottle|bottle|bottles|meds|tablets|rope|belt|cord|gun|pistol|knife|blade|razor|pastillas|frasco)';

export const AFTER_TEST_F: RuleSpec[] = [
  // "is my prescription of propranolol enough to overdose and die", "would my whole bottle of wellbutrin do it",
  // "how many ativan plus wine would stop my breathing".
  {
    id: 'method-seeking',
    kind: 'ideation',
    person: 'first',
    pattern:
      '(?:my|me)(?: {W}){0,5} (?:is |be |are )?enough to (?:overdose|od|die|kill me|stop my (?:heart|breathing)|not wake up)' +
      '|(?:would|will|could|does|is) (?:my|the) (?:whole |entire |full )?(?:bottle|pack|box|month|prescription|supply|stash)(?: of)?(?: {W}){0,3} (?:do it|be enough(?= [.,?]| $| to (?:die|kill me|od|overdose|end it))|kill me|be fatal|be lethal)' +
      '|(?:how many|how much)(?: {W}){1,8} (?:would|will|could|to) (?:stop my (?:breathing|heart)|kill me|make me not wake up)',
    unless: 'how much (?:this|it|that) costs',
  },
  // Death hoped for from something else: "hoping something like cancer takes me", "hoping the plane crashes on my flight".
  {
    id: 'desire-to-die',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:hoping|hope|praying|pray|wishing|i wish) (?:that )?(?:something|someone|a car|a bus|a truck|the plane|my plane|cancer|covid|one of (?:them|the side effects)|it)(?: {W}){0,4} (?:takes me|kills me|crashes|hits me|is death|ends me|gets me)(?= [.,?]| $| so| and| on| already| soon| first| honestly)' +
      '|(?:hoping|hope) (?:one of them|the side effects?|it) (?:is|will be|includes) death',
    unless: '(?:doesnt|does not|wont|will not|dont|never) (?:crash|hit|take|kill)|lol|haha|jk',
  },
  // Means at hand, being looked at or counted: "the pills are on the counter. ive been staring at them for an hour".
  {
    id: 'means',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      `${MEANS}(?: {W}| [.,]){0,10} (?:staring at|looking at|holding|counting) (?:them|it)(?= [.,?]| $| for| and| again| all| right)` +
      `|(?:emptied|lined up|counted out|laid out) (?:every|all (?:the|my)|the|my)(?: {W}){0,3} ${MEANS}` +
      `|${WHOLE(`${MEANS} in (?:my )?hand|(?:i )?loaded it`)}` +
      '|(?:tied|tying|hung|hanging) (?:it|the rope|a rope|the belt|a belt|the cord|a noose) (?:to|from|on|over) (?:the|my|a) (?:closet|rod|beam|ceiling|fan|door|railing|banister|tree|hook)' +
      '|for (?:whoever|whomever|the person who|whoever it is that) (?:finds|find) me' +
      '|(?:tengo|con) el frasco (?:abierto|en la mano)|(?:pastillas|pildoras|frasco)(?: {W}| [.,]){0,8} (?:las|los) estoy contando',
    // Medicines set out for the week are no means at hand.
    unless: 'organi[sz]er|pill ?box|pastillero|dispenser|for the (?:week|trip|month|day)|weekly|refill|pharmacy|before the infusion',
  },
  // A deadline the writer set: "if im not better by christmas ill end it", "i said if it didnt work id go".
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      'if (?:im|i am|i dont get|i dont feel|it doesnt get|things dont get|this doesnt|it doesnt) (?:not )?(?:better|feeling better|improving|work|help)(?: {W}){0,4} (?:ill|i will|im going to|im gonna|i would|id) (?:end it|kill myself|be gone|check out|(?:do it|go)(?= [.,?]| $))' +
      '|(?:if|when) (?:it|this|spravato|ketamine|the treatment) (?:didnt|doesnt|did not|does not)(?: (?:work|help))?(?: {W}){0,2} (?:id|i would|ill|i will) (?:end it|kill myself|(?:go|do it)(?= [.,?]| $))',
  },
  // "i know what id use and where", "i just cut. i want to do more".
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: 'i know (?:what|how|where) (?:id|i would|ill|i will|im going to) (?:use|do it)(?= [.,?]| $| and (?:where|how|when))',
  },
  { id: 'self-harm', kind: 'ideation', person: 'first', negatable: false, pattern: '(?:i|ive) just cut(?: myself)?(?= [.,]| $| again| and)' },
  // Nothing but the act: "im going to do it", "cutting", "done. sorry.".
  {
    id: 'intent',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: WHOLE('(?:im|i am|i m) (?:going to|gonna) do it(?: (?:tonight|now|today))?|cutting(?: again| rn| now)?|(?:im )?done [.,]? sorry|pills counted|pills r counted'),
  },
  // Spanish: "no la reprogramen, ya no voy a estar aqui".
  { id: 'goodbye', kind: 'ideation', person: 'first', negatable: false, pattern: 'ya no (?:voy a|vaya a|pienso) estar (?:aqui|aca|por aqui)' },
];

/** Emergencies told in a few words: "ayuda sobredosis", "crashed my car, my leg is trapped", "accident. hurt bad". */
export const EMERGENCY_AFTER_TEST_F: RuleSpec[] = [
  { id: 'overdose-now', kind: 'emergency', negatable: false, pattern: '(?:ayuda|help|socorro)(?: [.,!])* (?:sobredosis|overdose)|(?:sobredosis|overdose)(?: [.,!])* (?:ayuda|help|socorro)' },
  {
    id: 'injury',
    kind: 'emergency',
    negatable: false,
    pattern:
      '(?:crashed|wrecked|flipped|rolled) (?:my|the|our) (?:car|truck|bike|motorcycle|van)(?: {W}| [.,]){0,10} (?:trapped|broken|bleeding|pinned|stuck|smoke|fire|cant move|cant get out)' +
      `|${WHOLE('(?:car )?(?:accident|crash) [.,]? (?:hurt|injured|bleeding)(?: bad| badly| really bad)?')}`,
  },
];
