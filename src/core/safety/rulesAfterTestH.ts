/**
 * Classes from writers T-H1 and T-H2's sets, read after their first-sight score (docs/safety.md):
 * a lethal amount asked to be exceeded, the act told as a condition ("if i havent killed myself by
 * thursday"), doing what a parent did, a decision at peace, a relative's warning signs, staff
 * flagging a patient. Each pattern is written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';

export const AFTER_TEST_H: RuleSpec[] = [
  // A lethal amount, to be reached: "is 40 of my zoloft deadly", "the most i could take so it kills me",
  // "what combination would kill me", "so i can take more than that".
  {
    id: 'method-seeking',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:is|are|would) \\d+ (?:of )?(?:my|these|them)(?: {W}){0,3} (?:deadly|lethal|fatal|enough to (?:die|kill me))' +
      '|(?:take|swallow)(?: {W}){0,3} so (?:it|they|that) (?:kills|kill|will kill|would kill) me' +
      '|so i can take more than that' +
      '|(?:what|which) (?:combination|combo|mix|amount|dose) (?:would|will|could) kill me',
  },
  // The act as a condition or a promise: "if i havent killed myself by thursday ill be there".
  { id: 'intent', kind: 'ideation', person: 'first', negatable: false, pattern: 'if i (?:havent|have not|dont|didnt|do not) (?:killed myself|kill myself|ended it|offed myself|done it)(?: {W}){0,2} (?:by|before|until)' },
  // What a parent did: "my mother died by suicide ... ive been thinking about doing the same thing, the same way".
  {
    id: 'desire-to-die',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:suicide|killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life)(?: {W}| [.,]){0,30} (?:thinking|thought|considering|think) (?:about|of) doing the same',
  },
  // A decision at peace: "ive made my decision and im at peace"; "paid off so my family isnt stuck with it after im gone. ive decided".
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:made|making) (?:my|the) decision and (?:im|i am) at peace|(?:after|when) (?:im|i am) gone(?: [.,])* (?:ive|i have|i) decided(?= [.,!]| $)',
  },
  // "having really dark thoughts, like suicide thoughts"; "imagine leaning forward as the train comes in".
  { id: 'suicidal', kind: 'ideation', pattern: '(?:having|have|had)(?: {W}){1,4} (?:[.,] )?like (?:suicide|suicidal) (?:thoughts|ideation|ones)' },
  {
    id: 'means',
    kind: 'ideation',
    pattern: '(?:imagine|imagining|picture|picturing|think about|thinking about) (?:leaning|stepping|jumping|falling|tipping) (?:forward|in|off|over)(?: {W}){0,5} (?:train|tracks|edge|platform|ledge)',
  },
  // Sleep without waking, in other words: "the best thing is if i went to sleep and did not wake".
  { id: 'desire-to-die', kind: 'ideation', pattern: '(?:went|go|going) to sleep and (?:did not|didnt|never|wouldnt|would not|not) (?:wake|woke)(?: up)?(?= [.,?]| $| again)' },
  // Methods narrowed down.
  { id: 'plan', kind: 'ideation', negatable: false, pattern: '(?:method|methods|ways|how to)(?: {W}| [.,]){0,12} (?:ive|i have|i) narrowed (?:it|them) down' },
  // Not seeing a date: "told my aunt she wont see christmas".
  {
    id: 'goodbye',
    kind: 'ideation',
    negatable: false,
    pattern: '(?:wont|will not|isnt going to|is not going to|not going to|wont live to) (?:see|make it to) (?:christmas|thanksgiving|the holidays|new year|new years|(?:her|his|my|their) (?:birthday|next birthday)|next year|spring|summer)(?= [.,?]| $| and)',
    unless: 'because|working|work|shift|travel|traveling|away|deployed|deployment|flight|trip|with (?:my|the|our) family',
  },
  // "i get why guys eat their gun": slang for shooting oneself.
  { id: 'self-directed-killing', kind: 'ideation', pattern: 'eat (?:my|his|her|their|a|the) (?:gun|pistol|bullet|barrel)' },
  // Staff flagging a patient: "flagging pt - phq9 item 9 answered nearly every day today".
  { id: 'suicidal', kind: 'other', pattern: '(?:phq9|phq 9)(?: {W}){0,2} (?:item|question|q) ?9 (?:answered|was|positive|endorsed|scored)(?: {W}| [.,]){0,3} (?:nearly every day|more than half|several days|yes|positive|[123])' },
  // Goodbyes said to someone who died: grief, which the model must not raise ("i said my goodbyes to my dad before he passed").
  {
    id: 'bereaved-goodbye',
    kind: 'ordinary',
    pattern: '(?:goodbye|goodbyes)(?: {W}| [.,]){0,8} (?:before|when|as|after) (?:he|she|they) (?:passed|died)|(?:passed|passed away|died)(?: {W}| [.,]){0,10} (?:say|said|saying) (?:my )?goodbyes?',
  },
  // Someone else's lethal amount: "how much of her bupropion would cause a seizure".
  { id: 'method-seeking', kind: 'other', pattern: 'how (?:much|many) of (?:his|her|their)(?: {W}){1,3} (?:would|will|could|it would take to) (?:cause|do the job|do it|kill)' },
];
