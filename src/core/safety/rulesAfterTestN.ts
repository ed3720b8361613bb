/**
 * Classes from writers T-N1 and T-N2's sets, read after their first sight (docs/safety.md): a goodbye
 * that says it is over, veterans and farmers who "start to see it the way he did", a plan or the means
 * said plainly, lethal amounts "so i can cross it", shorthand ("sh again", "ropes ready"), emergencies
 * told by staff or in a hurry, and the everyday readings the model raised (polite goodbyes, a plan of
 * six infusions, a hospice nurse). Patterns are written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';

const END = '(?= [.,?!]| $)';
const LOSS = '(?:22 a day|twenty two a day|suicide|suicides|killed (?:himself|herself|themselves)|shot (?:himself|herself))';

export const AFTER_TEST_N: RuleSpec[] = [
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      'by the time (?:you|u|she|he|they|anyone) (?:read|reads|see|sees|get|gets) this(?: {W}){0,3} (?:itll be over|it will be over|ill be gone|i will be gone|im gone|ill be dead)' +
      `|leaving life${END}|not leaving the clinic(?: [.,])* leaving` +
      `|(?:something|someone|somebody) that (?:wont|will not) be here (?:next week|much longer|by|tomorrow)`,
  },
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:ive had|i have|i have had|i had|got|i got) a (?:suicide|suicidal) plan' +
      `|(?:ive got|i have|i got) the means${END}|{START}(?:the )?(?:ropes|rope is|noose is) ready${END}` +
      '|(?:so|so that) i can cross it|(?:how many|how much)(?: {W}){0,3} of my own(?: {W}){1,2} (?:is|would be) (?:toxic|lethal|fatal|deadly)' +
      '|(?:od|overdose|lethal|kill)(?: {W}| [.,?]){0,12} (?:would|will|could) (?:actually )?work on me' +
      `|(?:want|need) (?:to )?know (?:for me|its for me)${END}|i mean me${END}` +
      '|(?:suicidal ideation|si)(?: ,)? yes(?: ,)? (?:active|plan)|yes(?: ,)? plan(?: ,)? yes(?: ,)? means',
  },
  // Understanding someone who died: "dad shot himself in 86 ... starting to see it the same way he did", "22 a day. starting to get why".
  {
    // Not an episode id: the death told in the past is someone else's; the writer's turn is now.
    id: 'desire-to-die',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    // Someone else saying it ("he keeps saying 22 a day and ill be one of them") is theirs: the rules for quoted words decide.
    unless: '(?:he|she|they|{W}) (?:keeps saying|keeps telling|says|said|always says|told me)',
    pattern:
      `${LOSS}(?: {W}| [.,']){0,14} (?:starting to (?:get|understand|see) (?:why|it|them|him|her)|i (?:get|understand) (?:why|it) now|(?:starting to )?see it the same way (?:he|she|they) did|(?:ill be|im going to be|i will be) one of them)` +
      `|(?:dont|do not) think (?:ive got|i have|i got) (?:\\d+|a few|two|three|four|six|many) (?:months|weeks|days|more days) (?:left )?in me` +
      `|${LOSS}(?: {W}| [.,]){0,14} (?:im|i am|ill be|i will be) (?:number|no) (?:\\d+|two|three|four|five|six|seven)`,
  },
  { id: 'self-harm', kind: 'ideation', pattern: `{START}sh (?:again|rn|tonight|today|last night)${END}` },
  { id: 'suicidal', kind: 'ideation', pattern: '(?:the|my) suicidal (?:thoughts|urges) (?:have been|are|got|have gotten)(?: (?:really|so|very))? (?:bad|intense|loud|strong)' },
  { id: 'means', kind: 'ideation', person: 'first', pattern: '(?:aventarme|tirarme|lanzarme|echarme) (?:al|del|a la|de la|desde el) (?:canal|rio|puente|presa|vias|tren|edificio|techo|mar)' },
  // Someone else: a card that reads like a goodbye, a Spanish wish said of someone, self-harm told in Spanish.
  {
    id: 'goodbye',
    kind: 'other',
    pattern: '(?:card|message|text|letter|note) (?:that )?reads like a goodbye|(?:seria|es) mejor que se (?:muriera|muera|fuera para siempre)|se (?:hace|hizo|esta haciendo) (?:cortes|dano)',
  },
];

/** Emergencies told by staff or in a hurry: a patient seizing, a chainsaw cut with a tourniquet, a slit wrist bleeding. */
export const EMERGENCY_AFTER_TEST_N: RuleSpec[] = [
  { id: 'seizure', kind: 'emergency', pattern: '(?:pt|patient|he|she|someone|baby|kid|child|man|woman) (?:seizing|convulsing)' },
  { id: 'bleeding', kind: 'emergency', pattern: 'tourniquet|lot of blood' },
  { id: 'attempt-now', kind: 'ideation', firstLevel: 'emergency', thirdLevel: 'emergency', negatable: false, pattern: '(?:slit|cut|sliced) (?:my|his|her) (?:wrist|wrists|arm|arms|throat)(?: {W}| [.,]){0,6} (?:bleeding|blood)' },
];

/** Everyday readings the model must not raise; any alarm rule still fires on its own. */
export const ORDINARY_AFTER_TEST_N: RuleSpec[] = [
  // "im not suicidal, just grieving someone whos still alive".
  { id: 'denied', kind: 'ordinary', pattern: '(?:im|i am) not (?:suicidal|in (?:any )?danger)(?: [.,])* (?:just|only)' },
];
