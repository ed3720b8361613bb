/**
 * Classes from writers T-J1 and T-J2's sets, read after they were scored twice as test sets
 * (docs/safety.md): crisis said without risk words (a date set, a body someone will find, a post
 * explaining why, "i'm next", acting on the thoughts, trying again), self-harm pressed into the
 * body, someone else's method or goodbye found, emergencies told plainly (choking, a seizure on the
 * floor, lips swelling), and the everyday readings the model raised. Patterns are written for
 * the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';

const ATTEMPT_TOPIC = '(?:attempted|attempt|attempts|suicide|suicidal|tried to (?:kill|end|die)|overdosed|od)';

export const AFTER_TEST_J: RuleSpec[] = [
  // A date chosen: "ive picked the date. the 15th", "its relevant soon. ive set a date".
  {
    id: 'plan',
    kind: 'ideation',
    negatable: false,
    pattern: '(?:(?:i|ive|i have|weve|shes|hes|she has|he has|theyve)(?: (?:already|finally|now|just))? )?(?:picked|set|chosen|chose|decided on|settled on) (?:a|the|my) (?:date|day)(?= [.!]| $| already| now)',
    unlessInMessage:
      'wedding|surgery|procedure|moving|move out|move in|party|vacation|trip|baby|due date|graduation|retire|retirement|closing|start date|first day|court|divorce|funeral|memorial|quit date|quit smoking|stop smoking|last day at|launch|shower|reunion|anniversary|birthday party|first (?:infusion|session|treatment|appointment)|so excited|im excited',
  },
  // A body someone will find: "she should get the call when they find me", "after i do it".
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:when|after|once|before|if) (?:they|someone|somebody|people|the police|the cops|the landlord|my {W}|the {W}) (?:find|finds|found|will find|would find|eventually find) me(?= [.,?]| $| dead| gone| and| tomorrow| like| hanging| in the)' +
      '|(?:dies|die|died|dead|body|finds (?:them|me)|find (?:them|me))(?: {W}| [.,?]){0,20} (?:after|once|when) i (?:do it|go through with it|finally do it)(?= [.,?]| $)',
  },
  // A note or post that explains: "a post ... at midnight explaining why i did it", "a note saying goodbye. hope she understands why i did it".
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:note|notes|letter|letters|post|video|goodbye|message|recording|audio|email)(?: {W}| [.,]){0,14} (?:explain|explaining|explains|understand|understands|understanding|know|knows|forgive|forgives) why i (?:did|do|had to do|have to do) (?:it|this)(?= [.,?]| $| and| but| please| i)',
  },
  // Others who died by suicide, and the writer next: "lost 4 buddies to suicide ... starting to think im next".
  {
    id: 'thinking-about-death',
    kind: 'ideation',
    person: 'first',
    pattern: `(?:suicide|suicides|killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?(?:life|lives))(?: {W}| [.,?]){0,14} (?:i|im|i am|ill be|i will be|i might be|i may be|maybe im|like im|think im|feel im|afraid im|scared im) next(?= [.,?]| $)`,
  },
  // Acting on the thoughts, trying again: "i almost acted on them last night", "im pretty sure im going to try again".
  { id: 'suicidal', kind: 'ideation', pattern: '(?:almost|nearly|close to|came close to|about to|so close to) (?:acted|act|acting) on (?:them|it|those thoughts|the thoughts|my thoughts|the urge|the urges|those urges)' },
  {
    id: 'attempt',
    kind: 'ideation',
    person: 'first',
    pattern: `${ATTEMPT_TOPIC}(?: {W}| [.,?]){0,20} (?:i|im|i am|ill|i will|id)(?: (?:pretty sure|sure|think|afraid|scared|worried|know))?(?: (?:im|i am|ill|i will|i))? (?:going to|gonna|will|about to|planning to|plan to|might|ready to|want to) (?:try|do it|attempt)(?: it)? again(?= [.,?]| $| soon| tonight| this| tomorrow| and| but)`,
  },
  // All of a supply, soon: "my whole month of meds plus my roommates oxy. im going to take all of it after work tomorrow".
  {
    id: 'plan',
    kind: 'ideation',
    pattern: '(?:going to|gonna|will|plan to|planning to|about to) (?:take|swallow|down) (?:all of (?:it|them)|them all|it all|everything)(?= [.,?]| $| tonight| tomorrow| after| when| this| at once)',
    unless: 'as prescribed|with food|should i|can i|is it ok|is it okay|or split|before (?:the|my) (?:session|infusion|appointment)',
    unlessInMessage: 'antibiotic|antibiotics|vitamins|supplements|prep|bowel|laxative|the course',
  },
  // Not waking up, told as a fact: "everythings ready for tonight and i wont be waking up tomorrow".
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:i|ill|i will|im)(?: (?:probably|definitely|just|simply))? (?:wont|will not|am not going to|not going to|wont ever) be (?:waking up|alive)(?= [.,?]| $| tomorrow| after (?:tonight|today)| by (?:morning|tomorrow)| anymore| for)',
    unless: 'early|until|till|on time|in time|lol|haha|for (?:the|my|work|school|class)',
  },
  // Self-harm pressed into the body: "i keep pressing the scissors into my thigh".
  {
    id: 'self-harm',
    kind: 'ideation',
    pattern: '(?:pressing|press|pressed|presses|digging|dig|dug|digs|dragging|drag|dragged|drags|pushing|push|pushed|pushes|holding|held|holds)(?: (?:the|a|my))? (?:scissors|scissor|blade|razor|knife|broken glass|glass|compass|needle|pin|lighter|pencil sharpener blade) (?:into|in|across|against|along) (?:my|his|her|their) (?:leg|legs|arm|arms|wrist|wrists|skin|thigh|thighs|stomach|hip|hips|forearm|forearms)',
  },
  // At a grave: "told him id see him soon. i meant it", "ill be joining her soon".
  {
    id: 'desire-to-die',
    kind: 'ideation',
    person: 'first',
    pattern: '(?:grave|cemetery|urn|ashes|headstone|tombstone|niche)(?: {W}| [.,?]){0,10} (?:join|joining|be with) (?:him|her|them|you) (?:soon|shortly|very soon)|(?:see|seeing) (?:him|her|them|you) soon(?: [.,])* i (?:meant|mean) it',
  },
  // Someone else's method or goodbye: "i found a noose in my husbands truck", "keeps describing how shed do it, like the actual method".
  {
    id: 'means',
    kind: 'other',
    pattern: '(?:found|find|saw|discovered|came across|there was|theres)(?: (?:a|the))? (?:noose|nooses|rope tied in a noose|rope with a noose)',
  },
  {
    id: 'method-seeking',
    kind: 'ideation',
    pattern: '(?:describing|describes|described|talking about|talks about|talked about|explains|explained|explaining) (?:exactly )?how (?:shed|hed|theyd|she would|he would|they would|id|i would) do it(?= [.,?]| $| like| and| if)',
  },
  // A farewell: "see you all on the other side" (posted by a friend: other-at-risk).
  {
    id: 'goodbye',
    kind: 'ideation',
    negatable: false,
    pattern: 'see (?:you|yall|u|everyone|you all|you guys|ya)(?: all)? on the other side(?= [.,!?]| $| friends| everyone| and| then| on (?:his|her|their|my))',
    unless: 'lol|haha|lmao|of (?:the|this|surgery)',
  },
  // "make sure the kids always know she loved them" (someone else's goodbye); with "i loved" it is the writer's.
  { id: 'goodbye', kind: 'other', pattern: 'make sure (?:the|my|our|her|his|their) (?:kids|children|grandkids|grandchildren|boys|girls|son|daughter|family|sons|daughters)(?: (?:always|will|would|still))* (?:know|knows|remember|remembers) (?:that )?(?:she|he|they) loved (?:them|him|her)' },
  { id: 'goodbye', kind: 'ideation', person: 'first', negatable: false, pattern: 'make sure (?:the|my|our) (?:kids|children|grandkids|grandchildren|boys|girls|son|daughter|family|sons|daughters)(?: (?:always|will|would|still))* (?:know|knows|remember|remembers) (?:that )?i loved (?:them|him|her)' },
  // Looking at a method: "stares at the train tracks ... said it'd be so easy".
  {
    id: 'means',
    kind: 'ideation',
    pattern: '(?:stares|staring|stared|stare|looks|looking|looked|look) (?:at|down at|over at|out at) (?:the )?(?:train tracks|tracks|bridge|river|edge|pills|gun|rope|water)(?: {W}| [.,]){0,12} (?:itd|it would|it will|itll|that it would|that itd) be (?:so )?easy',
  },
  // Spanish: a lethal amount of one's own pills, ending it today, self-harm in other words, someone else's letters.
  {
    id: 'method-seeking',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:con|de) (?:cuantas|cuantos|cuanto)(?: {W}){0,3} (?:ya )?(?:no (?:despierta|despiertas|despierto|despertaria|despertaria uno|vuelve a despertar)|se muere|te mueres|me muero|muere uno|es mortal|es letal|es mortal para mi|te mata|me mata|mata)',
  },
  { id: 'plan', kind: 'ideation', person: 'first', negatable: false, pattern: '(?:hoy|esta noche|manana|ya) (?:lo termino|termino con todo|acabo con todo|lo acabo|se acaba todo)|(?:lo|todo) (?:termino|acabo) (?:hoy|esta noche)' },
  { id: 'self-harm', kind: 'ideation', person: 'first', pattern: 'me (?:hice|hago|he hecho|estoy haciendo) sangrar|me (?:golpeo|pego) (?:la cabeza|contra la pared|en la cabeza)(?= [.,]| $| cuando| hasta| para)|(?:me )?(?:hice|hago) (?:dano|cortes|sangre) a proposito' },
  // A Spanish farewell, unless it is a holiday or see-you-monday (the goodbye readings in context.ts).
  { id: 'goodbye', kind: 'ideation', negatable: false, pattern: 'adios (?:a todos|para siempre|mundo)(?! (?:[.,] )?(?:nos vemos|hasta) (?:el|la|manana|pronto|luego|en))', unlessInMessage: 'vacaciones|regreso|vuelvo|nos vemos|me mudo|nos mudamos|viaje' },
  { id: 'attempt', kind: 'ideation', person: 'first', pattern: '(?:tuve|he tenido|hice) (?:un|dos|tres|varios) intentos?(?: de suicidio)?(?= [.,]| $| de| hace| cuando| en| y| pero)' },
  { id: 'goodbye', kind: 'ideation', dropped: 'first', pattern: '(?:dejo|deje|dejando|escribio|escribe|escribi|esta escribiendo) (?:cartas|notas|una carta|una nota) (?:de despedida )?(?:para|a) (?:los ninos|sus hijos|mis hijos|todos|cada uno|su familia|mi familia|mis papas|sus papas)' },
];

/** Topics: a chart note, a memorial walk, a resource sheet for a referrer's patients. */
export const MENTION_AFTER_TEST_J: RuleSpec[] = [
  { id: 'topic', kind: 'mention', pattern: '(?:denies|denied|deny|negative for|no) (?:si|si hi|si or hi|si and hi|suicidal ideation|suicidal thoughts|suicidality)(?= [.,?]| $| and| or| on| in)|out of the darkness walk|(?:crisis|suicide) (?:resource|resources|resource sheet|prevention)' },
];

/** Emergencies told plainly: choking, a seizure on the floor, lips swelling after a new medicine. */
export const EMERGENCY_AFTER_TEST_J: RuleSpec[] = [
  {
    id: 'choking',
    kind: 'emergency',
    pattern: '(?:is|im|i am|are|hes|shes|keeps|baby is|kid is|started)(?: {W})? choking(?: [.,]| on (?:a|food|something|his|her|the|it))?(?: {W}){0,3}(?: [.,])? (?:she|he|they|i|and)? ?(?:cant|can not|cannot|not able to|unable to|isnt able to) (?:talk|cough|breathe|speak|make a sound|swallow)',
  },
  { id: 'seizure', kind: 'emergency', pattern: '(?:on the (?:ground|floor)|collapsed|fell down|fell over)(?: (?:and|just|is|hes|shes|still))* (?:shaking|convulsing|jerking|twitching|seizing|foaming)', unless: 'laughter|laughing|lol|haha|lmao|cold' },
  { id: 'allergic-reaction', kind: 'emergency', pattern: '(?:lips|lip|tongue)(?: (?:are|is|got|getting|look|looks|went))? (?:huge|massive|enormous|puffy)|(?:reaction|allergic)(?: {W}| [.,]){0,10} (?:wheezing|cant swallow|hives everywhere)', unless: 'filler|fillers|botox|lip injection|cold sore|chapped|last (?:week|month|year)|years ago' },
];

/** Everyday readings the model must not raise; any alarm rule still fires on its own. */
export const ORDINARY_AFTER_TEST_J: RuleSpec[] = [
  // A will written for ordinary reasons: "wrote a will because i just had my first baby and our lawyer suggested it".
  {
    id: 'estate-planning',
    kind: 'ordinary',
    pattern: '(?:wrote|write|writing|made|make|making|did|updated|update|updating|drew up|draw up|drawing up) (?:a|my|our) (?:will|wills|living will|estate plan)(?: {W}| [.,]){0,10} (?:baby|lawyer|attorney|suggested|recommended|married|wedding|estate planning|financial advisor|surgery|adult thing)',
  },
  // A dose question about an ordinary medicine: "cuantas pastillas de tylenol puedo tomar al dia para el dolor de cabeza".
  {
    id: 'dose-question',
    kind: 'ordinary',
    pattern: '(?:cuantas|cuantos|cuanto|how many|how much)(?: {W}){0,5} (?:puedo tomar|can i take|should i take|is it safe to take|es seguro tomar)(?: {W}){0,4} (?:al dia|por dia|a day|per day|in a day|daily|each day|para el dolor|for (?:a |my |the )?(?:headache|pain|cramps|fever|cold))',
  },
  // A flight: "last message before i board the plane".
  { id: 'travel', kind: 'ordinary', pattern: '(?:before i (?:board|fly|take off|get on the plane)|board(?:ing)? the (?:plane|flight)|see you in \\d+ (?:weeks|days))' },
  // Teen slang about being "dead": "my daughter says shes dead every time she has to do homework".
  { id: 'slang', kind: 'ordinary', pattern: '(?:says|said|say|saying) (?:shes|hes|theyre|she is|he is)(?: ,)? (?:dead|dying)(?: ,)?(?: {W}){0,4} (?:every time|whenever|when) (?:she|he|they) (?:has|have|had|gets) to' },
];
