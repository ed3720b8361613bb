/**
 * Classes from writers T-I1 and T-I2's sets, read after their first-sight score (docs/safety.md):
 * self-harm in other words, a lethal amount next to a supply, a body left for someone to find,
 * someone else's warning signs (search history, a pact, notes, asking for help to die), bleeding
 * told as gushing. Each pattern is written for the class, not for one message.
 */
import { RELATIONS } from './persons';
import type { RuleSpec } from './ruleSpec';

export const AFTER_TEST_I: RuleSpec[] = [
  // Self-harm in other words: "scratched worthless into my leg", "used a lighter on my wrist again".
  {
    id: 'self-harm',
    kind: 'ideation',
    pattern:
      '(?:scratched|carved|etched|cut|scratching|carving)(?: {W}| ,){0,4} (?:into|in) (?:my|his|her|their) (?:leg|legs|arm|arms|wrist|wrists|skin|thigh|thighs|stomach|hip)' +
      '|(?:used|put|held|pressed|use|using|holding) (?:a|the|my) (?:lighter|match|cigarette|hot knife|blade|razor) (?:on|to|against) (?:my|his|her|their) (?:wrist|wrists|arm|arms|leg|legs|skin|thigh|thighs|stomach)',
  },
  // A lethal amount next to a supply or a wish for it: "does a tylenol overdose take long to kill you? i have two bottles",
  // "id pay you to make the dose lethal. serious though".
  {
    id: 'method-seeking',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:kill you|kill me|lethal|fatal|deadly|overdose)(?: {W}| [.,?]){1,10} i (?:have|got) (?:two|three|four|\\d+|a few|several|a (?:full|whole)) (?:bottles|boxes|packs|bottle|box)' +
      '|make (?:the|my|it|this) (?:dose )?(?:lethal|fatal|deadly)',
  },
  // Found and planned: "for whoever finds my body", "mixing it with everything in my medicine cabinet",
  // "i know what im planning to do with them", "me aviento del puente".
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:whoever|whomever|the person who|someone who|whoever it is that) (?:finds|find) my body' +
      '|(?:planning|plan|going|gonna)(?: on| to)? (?:mix|mixing|take|taking|swallow|swallowing)(?: {W}){0,4} (?:everything|all) in (?:my|the) medicine cabinet' +
      '|i know what (?:im|i am) (?:planning|going|gonna) to do with (?:them|it|those)(?= [.,!]| $)' +
      '|me (?:aviento|tiro|lanzo|voy a aventar|voy a tirar) (?:del|de un|desde el|al|a las) (?:puente|edificio|techo|tren|vias|balcon)',
  },
  // "the suicidal thoughts arent, theyre worse and more specific now".
  {
    id: 'suicidal',
    kind: 'ideation',
    pattern: '(?:the|my) suicidal (?:thoughts|ideation|urges) (?:arent|are not|are|have gotten|got|keep getting|are getting)(?: {W}| [.,]){0,5} (?:worse|more specific|stronger|more frequent|louder|back)',
  },
  // "when my mom calls please tell her i loved her".
  { id: 'goodbye', kind: 'ideation', person: 'first', negatable: false, pattern: 'tell (?:her|him|them|my {W}|everyone|my {W} and {W}) (?:that )?i loved (?:her|him|them|you|everyone)', unless: '(?:die|dying|died) (?:of|from) (?:boredom|embarrassment|laughter|laughing)|lol|haha|lmao|jk|dmv|dentist|going into (?:the|a|my)' },
  // Thinking of swallowing them all: "sitting with the bottle ... thinking about swallowing them all".
  { id: 'desire-to-die', kind: 'ideation', pattern: '(?:thought|thinking|think) (?:about|of) (?:taking|swallowing|downing) (?:them|it) all(?= [.,?]| $| at once| tonight| right)' },
  // Someone else's signs: a search history, a pact, notes that read like goodbyes, asking for help to die, not wanting to be a burden anymore.
  {
    id: 'thinking-about-death',
    kind: 'ideation',
    pattern:
      '(?:searches|searched|searching|looks up|looked up|looking up|googles|googled|googling|researching|researches|researched) (?:for )?(?:suicide methods|ways to die|painless ways to die|how to kill (?:himself|herself|themselves))' +
      '|(?:about|planning|made|making|have|had|in|into) (?:a |the )?(?:, )?suicide pact' +
      '|(?:read|reads|look|looks|sound|sounds) like (?:a )?(?:suicide|goodbye) (?:notes|note|letters|letter)',
  },
  { id: 'desire-to-die', kind: 'ideation', negatable: false, pattern: '(?:asked|asks|begged|begs|wants) (?:her|him|me|someone|us|them|(?:the|a|his|her) (?:nurse|doctor|caregiver|aide|neighbor)) to help (?:her|him|them|me)(?: ,)? (?:end it|die|end (?:her|his|their|my) life)' },
  { id: 'no-will-to-live', kind: 'ideation', negatable: false, pattern: '(?:dont|do not|cant|cannot|can not|no longer) see (?:any|a|the) (?:reason|point) (?:to|in) (?:stay|staying|live|living|keep going|going on|be here|being here|stick around|sticking around)(?= [.,?]| $| anymore| any longer)' },
  // Someone else writing letters to everyone: "my brother started writing letters to each of his kids".
  {
    id: 'goodbye',
    kind: 'other',
    pattern: `(?:${RELATIONS.join('|')}|she|he|they|shes|hes|theyve|theyre)(?: (?:been|has|had|just|already|started|keeps|is)){0,2} (?:wrote|written|writing|write|left|leaving) (?:goodbye )?(?:letters|notes) (?:to|for) (?:each of|all of|everyone|everybody|his|her|their|the|us)`,
    unless: 'medical leave|work note|school note|teachers?|thank you|thank-you|christmas|birthday|holiday',
  },
  { id: 'burden', kind: 'ideation', negatable: false, pattern: '(?:dont|doesnt|do not|does not) want to be a burden (?:anymore|any longer|any more)' },
];

/** Bleeding told as gushing: "its gushing, shes getting pale", "hay mucha sangre, no para". */
export const EMERGENCY_AFTER_TEST_I: RuleSpec[] = [
  { id: 'bleeding', kind: 'emergency', pattern: '(?:its|it is|blood is|and its|blood) (?:gushing|spurting|pouring|squirting)|hay mucha sangre|(?:no para|no deja) de sangrar|sangra mucho|(?:mucha sangre|sangre)(?: [.,])* no (?:para|se detiene)' },
];
