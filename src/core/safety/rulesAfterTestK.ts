/**
 * Classes from writers T-K1 and T-K2's sets, read after their first sight (docs/safety.md): the
 * writer's crisis in other words (following someone who died, pills counted and ready, a method
 * practised, a number of one's pills that would be permanent, hoping for an accident or for the
 * heart to stop, "that's me right now"), emergencies with the body in danger now, someone else's
 * signs (a search history, a poem about their own funeral, fresh cuts on a parent's arms).
 * Patterns are written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';

const END = '(?= [.,?!]| $)';
const SUICIDE_TOPIC = '(?:suicidal|suicide|kill (?:themselves|myself|yourself)|self harm|attempts|attempt|attempted)';

export const AFTER_TEST_K: RuleSpec[] = [
  {
    id: 'plan',
    kind: 'ideation',
    negatable: false,
    pattern:
      '(?:planning|plan|thinking about|figuring out|working out) how to (?:follow|join|be with) (?:him|her|them)' +
      '|every (?:pill|pills|med|meds) in (?:this|the|my) (?:house|apartment|place)|(?:pills|meds)(?: {W}){0,6} counted and (?:ready|waiting)' +
      '|(?:my plan is|the plan is|planning|going|gonna) to use (?:the|a|my) (?:helium|rope|belt|noose|gun|exhaust|charcoal)' +
      '|(?:practicing|practising|practiced|practised|testing|tested) (?:it )?with (?:the|a|my) (?:belt|rope|noose|cord|scarf|plastic bag)' +
      '|if (?:the owner|i|im|someone) (?:is|am|were|was) gone(?: [.,])* (?:like )?(?:permanently|for good|forever)',
  },
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:motel|hotel) (?:room )?(?:for|on) (?:friday|saturday|sunday|monday|tuesday|wednesday|thursday|tonight|the weekend)(?: [.,])* (?:brought|bringing|packed|have) everything i need' +
      '|(?:hes|shes|theyre|he is|she is|they are|be|is) the (?:one|ones|person) (?:who|that) (?:finds|find|will find) me' +
      '|(?:everyone|kids|spouse|family|wife|husband)(?: {W}){0,3} (?:is|are) asleep(?: [.,])* (?:im|i am) (?:in|on) the (?:garage|roof|bridge|car|tub|bathtub)',
  },
  // Lethal amounts: "a number of my gabapentin that would be permanent", "before my heart stops", "40 of my seroquel plus wine = enough".
  {
    id: 'method-seeking',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:number|amount|dose) of my(?: {W}){1,2} that (?:would|will|could) be (?:permanent|lethal|fatal|enough|final|the end)' +
      '|how many(?: {W}){0,8} before my heart (?:stops|gives out|would stop)' +
      `|(?:\\d+|thirty|forty|fifty|sixty) of my(?: {W}){1,2}(?: (?:plus|and|with) {W}(?: {W})?)?(?: [.,=?])* enough${END}` +
      `|(?:sobredosis mortal|dosis (?:mortal|letal)|para (?:morir|matarme|no despertar))(?: {W}| [.,?]){0,6} (?:es )?para mi${END}` +
      '|(?:wanted|want|wants) (?:the|this|my|their) (?:infusion|session|treatment|dose) to be (?:my|their|the) last(?: one)? ever',
    genericLevel: 'crisis',
  },
  // Hoping for an accident or for the heart to stop; not trusting oneself; knives hidden because of what one said.
  {
    id: 'death-wish',
    kind: 'ideation',
    person: 'first',
    pattern:
      '(?:hoping|hope|wish|praying)(?: (?:that|i|ill|id|i will|i would)){1,2} (?:get|got|be|end up) (?:into|in|hit by) (?:a|an) (?:car |bad |serious |fatal )?(?:accident|crash|wreck|bus|car|truck)' +
      '|(?:hoping|hope|wishing|praying)(?: that)? (?:my heart|it) (?:stops|will stop|just stops|gives out)' +
      '|if i (?:got|get|was|were) (?:in|into|hit by) (?:a|an) (?:car |bad |fatal )?(?:crash|accident|wreck|car|bus|truck)(?: {W}){0,3} (?:i wouldnt mind|i would not mind|id be fine|id be okay|id be ok|id welcome it|i wouldnt care)' +
      '|(?:wish|wishing|hope|hoping|pray|praying)(?: that)? (?:i|id|ill)(?: would| could)? (?:get|got|catch) (?:cancer|sick|a disease|covid|something)(?: {W}){0,4} and (?:die|not make it|not survive)' +
      '|(?:dont|do not|cant|cannot) trust myself (?:around|with|near) (?:my |the )?(?:meds|pills|medication|knives|gun|car|razor|blades)' +
      '|(?:hid|hides|hidden|locked up|took away|removed) (?:the|my) (?:knives|pills|meds|gun|guns|razors|belts)(?: {W}){0,5} because of what (?:i said|i did|i tried)' +
      '|(?:cant|can not|cannot) keep (?:promising|telling) (?:myself|me|you|everyone)(?: that)? (?:i )?(?:wont|will not|im not going to)' +
      `|(?:hurt|harm|kill) (?:anyone|anybody) (?:but|except|other than) (?:me|myself)|becom(?:e|ing) a ghost(?: {W}){0,3} (?:fr|for real|not the halloween kind|not joking)` +
      `|unalive (?:hours|thoughts|mode|vibes)|danger to (?:myself|me)(?: [.,])*(?: (?:well|and|yes|yeah))?(?: [.,])* (?:i am|im)${END}`,
    negatable: false,
  },
  // A disclosure after a question about others: "do you take people who are actively suicidal, because thats me right now",
  // "two attempts ... still have the thoughts daily", "can ketamine make suicidal thoughts worse? i already have them constantly".
  {
    id: 'suicidal',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      `${SUICIDE_TOPIC}(?: {W}| [.,?]){0,12} (?:because |cause |and )?(?:thats|that is|this is) (?:me|how i am)(?= [.,?]| $| right now| now| too)` +
      `|${SUICIDE_TOPIC}(?: {W}| [.,?]){0,14} (?:asking because|because) (?:i am|im|i probably will be|i will be)(?= [.,?]| $| now| right now)` +
      `|${SUICIDE_TOPIC}(?: {W}| [.,?]){0,20} (?:still|i) (?:have|get|am having) (?:the )?(?:thoughts|urges)(?: (?:daily|every day|constantly|all the time|every night|often))?${END}` +
      '|(?:suicidal thoughts|suicidal ideation|thoughts of suicide)(?: {W}| [.,?]){0,10} i (?:already )?(?:have|get) them(?: (?:constantly|every day|daily|all the time|every night|nonstop|a lot))?',
    unless: 'not because (?:i am|im)',
  },
  // Self-harm as an act: "i hit my head against the door frame until i saw stars", "i cut it on tuesday, on purpose".
  {
    id: 'self-harm',
    kind: 'ideation',
    pattern:
      '(?:hit|hitting|bang|banging|bash|bashing|slam|slamming) my head (?:against|on|into) (?:the |a )?(?:wall|walls|door|door frame|floor|desk|mirror)(?: {W}){0,4} (?:until|til|till|when|on purpose|again)' +
      '|(?:cut|burned|burnt|scratched) (?:it|myself|my {W})(?: {W}| [.,]){0,4} on purpose',
  },
  // Farewells: "goodbye. thanks for trying", "im sorry mom. im so sorry. i love you", "if anything happens to me, you can have my records".
  {
    id: 'goodbye',
    kind: 'ideation',
    negatable: false,
    pattern:
      `{START}(?:goodbye|bye)(?: [.,!])* (?:thanks|thank you|thank u) for trying${END}` +
      '|(?:im|i am) (?:so )?sorry (?:mom|mum|dad|mama|papa|mommy|daddy)(?: [.,])* (?:im so sorry|i love you)' +
      '|if anything (?:ever )?(?:happens|should happen) to me(?: [.,])* (?:you can have|you get|take care of|look after|please take)',
  },
  // Not there for a birthday, unless a trip or work says why.
  {
    id: 'goodbye',
    kind: 'ideation',
    negatable: false,
    pattern: '(?:i|ill)(?: probably)? (?:wont|will not) be (?:around|here|alive|there) for (?:my|her|his|their) (?:{W} ){0,2}(?:birthday|graduation|wedding)',
    unlessInMessage: '(?:ill be|i will be|were|we will be|well be) (?:in|at|out of|away|traveling|travelling|on vacation|on a trip|out of town|visiting|deployed)|vacation|(?:a|my|our|work|business|family|road) trip|travel|flight|conference|deploy|deployment|(?:for|at) work',
  },
  // Someone else's signs: a search history, fresh cuts on their arms, "asking for my twin".
  {
    id: 'thinking-about-death',
    kind: 'ideation',
    pattern: '(?:search history|searches|browser history|googled|searched)(?: {W}| [.,]){0,8} (?:how many (?:tylenol|pills|advil|of)|painless ways|does it hurt|ways to die|lethal dose)',
  },
  { id: 'goodbye', kind: 'other', pattern: '(?:poem|story|essay|drawing|song)(?: {W}){0,4} about (?:her|his|their) own (?:funeral|death|suicide|dying)' },
  { id: 'self-harm', kind: 'other', pattern: '(?:new|fresh|recent) (?:cuts|scars|burns|wounds) on (?:her|his|their) (?:arms|forearms|wrists|legs|thighs|arm|forearm|wrist|leg|thigh|stomach)' },
  { id: 'desire-to-die', kind: 'other', pattern: `(?:actively suicidal|suicidal right now|currently suicidal|suicidal now)(?: {W}| [.,?]){0,12} asking for my {W}${END}` },
];

/** The body in danger now: pills just swallowed, a wound bleeding through towels, an attempt with signs now. */
export const EMERGENCY_AFTER_TEST_K: RuleSpec[] = [
  { id: 'overdose-now', kind: 'emergency', pattern: '(?:just|has just|already) (?:swallowed|took|downed|ate) (?:a (?:whole )?bunch of|a handful of|all (?:of )?(?:my|his|her|the)|a bottle of|a lot of)(?: {W}){0,2} (?:pills|meds|tablets)' },
  { id: 'overdose-now', kind: 'ideation', firstLevel: 'emergency', thirdLevel: 'emergency', negatable: false, pattern: 'i did it(?: [.,])* i (?:took|swallowed|drank) (?:the|all the|my|them|all of)' },
  {
    id: 'bleeding',
    kind: 'emergency',
    pattern: 'bleeding through (?:the |a |his |her |my )?(?:towels|towel|bandage|bandages|gauze|shirt|clothes)|gaping open|gaping wound|can see inside (?:it|the cut|the wound)|sangra (?:muchisimo|demasiado)|es muy profundo',
  },
  {
    id: 'attempt-now',
    kind: 'emergency',
    pattern: '(?:tried to (?:hang|kill|shoot|drown|suffocate|strangle) (?:himself|herself|themselves))(?: {W}| [.,]){0,12} (?:not making (?:any )?sense|confused|got (?:him|her|them) down|cut (?:him|her|them) down|can barely (?:talk|breathe|speak)|i found (?:him|her|them))',
  },
];

/** Topics: a chart note, a past hospitalization, a form's question. */
export const MENTION_AFTER_TEST_K: RuleSpec[] = [
  { id: 'topic', kind: 'mention', pattern: '(?:reports|reported|report|endorses|endorsed|history of|hospitalization for|hospitalized for|inpatient for) si(?= [.,?]| $| on| in| from| or| and)' },
];
