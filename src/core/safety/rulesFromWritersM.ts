/**
 * Classes from writers T-M1, T-M2 and T-M3, whose sets were written as development data (docs/safety.md):
 * crisis with no risk word (a method rehearsed, a place checked, calm after deciding, a family spared
 * from finding them, a last goodbye nobody noticed), lethal amounts asked with one's own size or supply,
 * self-harm told as an act on the skin, someone else's warning signs, and emergencies told plainly.
 * Patterns are written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';

const END = '(?= [.,?!]| $)';
const HEIGHT = '(?:floors|stories|storeys|tall|high|feet|ft|meters|metres|garage|bridge|building|roof|cliff|drop|overpass)';
const METHOD = '(?:tracks|train|trains|bridge|overpass|garage|roof|lake|river|rope|noose|pills|gun|exhaust|crossing|drown|drowning|jump|jumping|hang|hanging)';

export const FROM_WRITERS_M: RuleSpec[] = [
  // A method rehearsed or a place checked: "a beam in the basement that would hold my weight", "the 6:42 doesnt slow down at the crossing".
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:hose|tube) (?:from|to|on|into) (?:the )?(?:exhaust|tailpipe)|tape (?:up )?the (?:windows|car windows|garage door)' +
      '|(?:beam|rafter|hook|pipe|railing|banister|door frame|closet rod|branch)(?: {W}){0,8} (?:hold|support|take) my weight' +
      '|(?:keep|kept|been|started|keep on) (?:timing|watching|counting) the trains|train (?:schedule|times)(?: {W}){0,3} for the wrong reasons' +
      `|(?:doesnt|does not|wont|dont) slow down at the crossing|which (?:one|train) (?:id|i would|i will|ill) (?:step|jump|walk) in front of|let (?:\\d+|two|three|four|a few|several) trains (?:go|pass)|(?:stop|park|leave) (?:the|my) car on the tracks` +
      `|${METHOD}(?: {W}| [.,?]){0,15} (?:would|will|is) it (?:be )?(?:quick|fast|painless|instant)${END}` +
      `|${HEIGHT}(?: {W}| [.,]){0,8} (?:that|it|this) (?:should|will|would|ought to) be (?:enough|high enough|tall enough|plenty)${END}` +
      `|(?:good|nice|right|fitting|peaceful|perfect|quiet) (?:place|spot|day|way) to (?:finish|end it|end things|end it all|be found|die)${END}` +
      '|(?:do you think|does|would|will) it (?:hurt|hurts) to (?:drown|jump|hang|bleed out|overdose|od|get hit by a train|die)' +
      '|the (?:rope|noose|gun|blade) (?:is|are) (?:in|under) my (?:trunk|car|closet|drawer|nightstand|bag|backpack|room|garage)' +
      `|(?:just|only|still) (?:have|need|got) to (?:decide|pick|choose) when${END}|i know what to buy and where`,
    unless: 'lol|haha|lmao|hike|hiking|race|marathon|game|movie',
  },
  // Seen on the news, a family spared from finding them: "ur gonna see me on the news thursday at the overpass",
  // "booked a hotel so my family doesnt have to walk in on it", "so they find me instead of my son".
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:see|read about|hear about) me (?:on|in) the news' +
      `|(?:doesnt|dont|does not|do not|wont|wouldnt|never) (?:have to )?(?:walk|walking|come|coming) in on (?:it|that|me|this|my body)${END}|walking in on (?:that|it|my body)${END}` +
      '|so they (?:dont|wont|do not) have to (?:break|kick) (?:it|the door) down|(?:find|finds) me instead of (?:my|the) {W}' +
      `|when i (?:dont|do not|never) come back${END}`,
    unless: 'lol|haha|lmao|lottery|interview|marathon|protest|parade|game show|vacation|trip',
  },
  // Calm after deciding: "weird how calm i feel now that theres an actual day for it", "i finally feel ok now that i know when".
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      `(?:calm|ok|okay|at peace|peaceful|relieved|tranquila|tranquilo|lighter|better)(?: {W}){0,6} (?:now that|since|ahora que) (?:i know when|i know how|i decided|ive decided|i have decided|theres (?:an actual|a) (?:day|date)(?: for it)?|i have a (?:date|day|plan)|ya decidi|lo decidi|i made (?:the|my) decision|ive made (?:the|my) decision)${END}` +
      '|i marked it on the calendar|(?:been|im) (?:pretty |very )?clear with myself about what comes next' +
      `|(?:this|so) close to (?:doing it|going through with it|ending it|acting on it)(?= [.,?!]| $| in| again| before| since)`,
  },
  // A goodbye nobody noticed, a goodbye that spares the listener: "she didnt even realize thats what it was",
  // "please dont take it personally. it was never about you", "u guys did ur best, its not on u. goodbye".
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:didnt|did not|doesnt|does not|wont) (?:even )?(?:realize|know|notice) (?:thats|that is|that was|it was) (?:what it was|a goodbye|goodbye)' +
      `|(?:dont|do not) take it personally(?: [.,])*(?: {W}){0,2} it (?:was|is) never about (?:you|any of you)|it was never about (?:you|any of you)${END}` +
      `|(?:did|tried) (?:ur|your) best(?: [.,])* (?:its|it is|it was) not on (?:you|u)|its not on (?:you|u)(?: [.,])* (?:goodbye|bye)` +
      `|{START}(?:im )?done(?: [.,])* (?:goodbye|bye)${END}` +
      '|tell (?:my {W}|her|him|them) (?:that )?i love (?:her|him|them)(?: {W}){0,3} (?:if|when) (?:she|he|they) (?:calls|call|asks|comes)' +
      '|(?:if|when) (?:my {W}|he|she|they) (?:calls|call|comes|asks)(?: {W}| [.,]){0,4} (?:tell|let) (?:him|her|them)(?: know)? (?:the|my) (?:letter|note|will|papers) (?:is|are)' +
      `|(?:deleting|delete|deleted) (?:all (?:of )?)?my (?:accounts|social media|profiles|socials) (?:after this|tonight|today)${END}` +
      `|one of my (?:last|final) (?:days|nights)${END}|why i (?:couldnt|could not|cant|can not) stay${END}` +
      '|(?:wont|will not) be (?:there|here|around) to see (?:him|her|them|my {W}) (?:get older|grow up|graduate)' +
      `|(?:wont|will not|never) be (?:in any position|able) to(?: {W}){1,4}(?: [.,])* ever${END}` +
      '|(?:fui a ver|vi|abrace|hable con|ver)(?: {W}){0,4} por ultima vez|(?:digan|diganle|dile|digale|diganles)(?: a)? (?:mi|mis) {W} que no (?:fue|es) (?:su culpa|culpa suya|tu culpa|culpa tuya)',
  },
  // Not being here for an appointment: "please cancel my infusion on the 18th. i wont be here for it".
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: `(?:i|ill)(?: probably)? (?:wont|will not) be (?:here|around|alive) for (?:it|that|them|the (?:next|appointment|infusion|session))${END}`,
    unlessInMessage: '(?:ill be|i will be|were|we will be|well be) (?:in|at|out of|away|traveling|travelling|on vacation|on a trip|out of town|visiting|deployed)|vacation|(?:a|my|our|work|business|family|road) trip|travel|flight|conference|deploy|deployment|(?:for|at) work|moving to(?! (?:a better|heaven|the other side|somewhere better))|surgery|hospital stay',
  },
  // Worth more gone, the insurance, nobody needs me: "im worth more gone", "it pays out after two years. its been two years".
  {
    id: 'burden',
    kind: 'ideation',
    negatable: false,
    pattern:
      '(?:im|i am|id be|i would be|ill be) worth more (?:dead|gone)' +
      `|nobody (?:really )?needs me${END}` +
      `|(?:everyone|everybody|my family|you all) (?:will|is going to|ll) be better off soon${END}`,
  },
  // The insurance checked: "it pays out after two years. its been two years"; someone else asking about it is their warning sign.
  {
    id: 'burden',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: 'better off (?:with|collecting|cashing in) my (?:life )?insurance|(?:life insurance|insurance|policy)(?: {W}| [.,]){0,10} (?:pays out|covers suicide|suicide clause|contestability)',
    unless: '(?:asking|asked|asks|wondering|wants to know|question|questions|looking up|looks up|looked up|reading about|researching)(?: {W}| ,){0,8} (?:life insurance|insurance|policy)',
  },
  { id: 'burden', kind: 'other', pattern: '(?:asking|asked|asks|wondering|wants to know|questions|looking up|looks up|looked up|reading about|researching)(?: {W}| ,){0,8} (?:life insurance|insurance|policy)(?: {W}| [.,]){0,10} (?:pays out|covers suicide|suicide clause|for suicide|waiting period)' },
  // Lethal amounts with one's own size or supply, or to be sure: "how much tylenol is lethal for someone 130 lbs",
  // "whats a fatal amount of insulin. i have a lot at home", "what dosage of my metoprolol would cause cardiac arrest".
  {
    id: 'method-seeking',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:lethal|fatal|deadly|kill|overdose|od)(?: {W}){0,3} for (?:someone|a person|person|me|somebody|a woman|a man)(?: (?:my size|my weight|who weighs|of|at|around|about|like me))*(?: \\(?\\d+ ?(?:lbs|lb|kg|kilos|pounds)|my size|my weight)' +
      '|(?:make sure|be sure|so) it works the first time' +
      '|(?:lethal|fatal|deadly|kill|overdose|highest dose|max dose|maximum dose)(?: {W}| [.,?]){1,12} (?:i|im|and) (?:have|got|keep) (?:a lot|lots|plenty|enough|a bunch|a ton|tons|a stash|a supply|extra)(?! of (?:pain|headaches|anxiety|questions|work|stress))' +
      '|(?:dose|dosage|amount|how many|how much)(?: {W}){0,4} (?:would|will|could|to) (?:cause|stop|induce) (?:cardiac arrest|my heart|a heart attack|heart failure|respiratory failure)' +
      '|how many(?: {W}){0,8} before (?:you|i|it|one) (?:just )?(?:stop breathing|die|dont wake up|never wake up)' +
      '|(?:with|and|plus) (?:\\d{2,}|thirty|forty|fifty|a bottle of|a whole bottle of|a handful of) (?:xanax|klonopin|valium|ambien|tylenol|oxy|benzos|sleeping pills|pills)(?! (?:mg|a day|per day|prescribed))',
  },
  // Self-harm told as an act on the skin: "held my hand over the candle until it blistered", "burn marks ... all on purpose".
  {
    id: 'self-harm',
    kind: 'ideation',
    person: 'first',
    pattern:
      '(?:my|mi|la) (?:hand|hands|arm|arms|skin|leg|legs|thigh|thighs|wrist|wrists|stomach|piel|brazo|brazos|mano|manos)(?: {W}){0,8} (?:until|til|till|hasta que) (?:it|they|its|theyre)? ?(?:blistered|blisters|blister|bleeds|bled|bleed|is raw|was raw|raw|left marks|leave marks|sangra|sangran)' +
      '|(?:pressing|press|dig|digging|dug) my (?:nails|fingernails) into my (?:skin|arm|arms|leg|legs|thigh|thighs|wrist|wrists|palm|palms)(?: {W}){0,3} (?:until|til|till)' +
      `|(?:want|wanna|wanting|going) to (?:just )?(?:fade out|fade away|slip away|drift away)${END}` +
      '|hide (?:my |the |these )?(?:cuts|burns|fresh cuts|new cuts|fresh scars|new scars)(?: {W}){0,6} (?:so|from|before)' +
      '|me (?:aprieto|apreto|clavo|encajo) las unas',
    unless: 'old|years ago|cooking|kitchen|oven|stove accident',
  },
  // Marks made on purpose: whose they are follows the subject ("burn marks on my arms, all on purpose"; "she says she did them on purpose").
  { id: 'self-harm', kind: 'ideation', pattern: '(?:burn|burns|burn marks|cuts|scratches|bruises)(?: {W}| [.,]){0,10} (?:all )?on purpose' },
  // Thinking about it every day, now understanding someone who died by suicide, trying again, "si is back".
  {
    // Not an episode id: the death told in the past is someone else's; the writer's turn is now.
    id: 'desire-to-die',
    kind: 'ideation',
    person: 'first',
    pattern:
      '(?:killed (?:himself|herself|themselves)|suicide|took (?:his|her|their) (?:own )?life)(?: {W}| [.,]){0,16} (?:i get it now|i (?:think i )?understand (?:him|her|them|it) now|im thinking about it (?:every day|all the time|constantly|daily)|i want to (?:follow|join|be with) (?:him|her|them))',
  },
  {
    id: 'suicidal',
    kind: 'ideation',
    person: 'first',
    pattern:
      `{START}(?:my |the )?si (?:is|has been|its) (?:back|bad|loud|worse|really bad)|ideating(?= [.,]| $| again| nonstop| non stop| a lot| all| every| since| hard| really)` +
      `|(?:im done|i mean it)(?: {W}| [.,]){0,4} i have (?:the )?(?:pills|a gun|rope|the gun)${END}`,
  },
  // A passive wish about a plane or a car: "id be fine if the plane went down on my flight friday".
  { id: 'death-wish', kind: 'ideation', person: 'first', pattern: '(?:id be fine|i wouldnt mind|i would not mind|wouldnt be mad|i hope|id be ok|id be okay)(?: {W}){0,2} if (?:the|my) (?:plane|flight|car|bus|train) (?:went|goes|crashed|crashes|went down|goes down)' },
];

/** Someone else's warning signs, found or seen: razor blades in a daughter's case, a bridge every night, passwords "just in case". */
export const OTHER_FROM_WRITERS_M: RuleSpec[] = [
  {
    id: 'self-harm',
    kind: 'other',
    pattern:
      '(?:found|find|discovered)(?: {W}){0,3} (?:razor blades|razors|blades|a blade|pencil sharpener blades|bloody tissues)(?: {W}){0,4} (?:in|under|hidden in) (?:his|her|their|my {W}s|my {W})' +
      '|(?:cuts|scratches|marks|burns)(?: {W}){0,8} (?:says|said|claims|claimed) (?:they are|theyre|they were|its|it was|are|were) from (?:the|a|his|her) (?:cat|dog)',
  },
  {
    id: 'thinking-about-death',
    kind: 'ideation',
    pattern:
      '(?:driving|drives|drove|walking|walks|goes|going|went|been going) to the (?:bridge|tracks|cliff|overpass|roof|edge)(?: {W}){0,4} (?:and (?:just )?(?:stands|standing|stand|stares|staring|sits|sitting)|every night|at night)' +
      '|(?:he|she|they|my {W}) (?:keeps|kept|has been|been|is) thanking (?:me|us|everyone|everybody) for everything',
    dropped: 'third',
  },
  { id: 'goodbye', kind: 'other', pattern: '(?:calling|called|calls|texting|texted) (?:his|her|their) old friends (?:and|to) (?:apologize|apologizing|apologise|apologising)|(?:apologizing|apologising) to (?:everyone|people|old friends)' },
  {
    id: 'goodbye',
    kind: 'other',
    pattern:
      '(?:me dio|me dejo|me paso|nos dio) (?:las claves|las contrasenas|sus claves|sus contrasenas)' +
      '|(?:gave|handed|sent|texted) (?:me|us) (?:his|her|their) (?:passwords|bank details|account logins)(?: {W}){0,4} (?:just in case|in case|por si acaso)' +
      '|(?:referring|refer|treating|seeing) (?:a|one of my) (?:client|patient|student|resident) (?:with|who has|who is) (?:active |passive |ongoing |current )?(?:si|suicidal|suicidality|thoughts of suicide)' +
      '|(?:one of (?:our|my) {W}|a student|a patient|a client|a resident) (?:disclosed|reported|admitted|told (?:me|us) about)(?: {W}){0,2} (?:thoughts of suicide|suicidal thoughts|si|suicidal ideation|self harm)',
  },
];

/** Emergencies told plainly: choking, a deep cut, burns, a machine injury, about to black out at the wheel, an attempt with signs now. */
export const EMERGENCY_FROM_WRITERS_M: RuleSpec[] = [
  {
    id: 'choking',
    kind: 'emergency',
    pattern:
      'choking(?! up)(?: {W}){0,4}(?: [.,])* (?:she|he|they|i|and)? ?(?:cant|can not|cannot|not able to|unable to|isnt able to) (?:talk|cough|breathe|speak|make a sound|swallow)' +
      '|(?:grabbing|clutching|holding) (?:his|her|their|my) throat|(?:food|something|a piece of {W}) (?:stuck|lodged) in (?:his|her|their|my) throat|making no (?:sound|noise)',
  },
  {
    id: 'bleeding',
    kind: 'emergency',
    pattern:
      '(?:cant|cannot|can not|couldnt|unable to) (?:get|make) (?:it|the bleeding|the blood) (?:to )?stop' +
      '|(?:cut|sliced)(?: {W}){0,3} (?:deeper than i (?:meant|wanted)|too deep|to the bone)|(?:can see|i see|you can see) (?:something white|bone|fat|the bone|the fat)',
  },
  {
    id: 'injury',
    kind: 'emergency',
    pattern:
      '(?:fire|burned|burnt|scalded)(?: {W}| [.,]){0,8} (?:burns|blisters) (?:all over|on) (?:his|her|their|my) (?:face|body|chest|arms|legs|hands)' +
      '|(?:cut|sliced|crushed|severed) (?:off )?(?:his|her|their|my) (?:foot|hand|finger|fingers|toe|toes|leg|arm)(?: (?:off|open|badly|really bad|deep|pretty bad))?(?: {W}){0,3} (?:with|on|in) (?:the|a) (?:mower|lawnmower|lawn mower|saw|chainsaw|table saw|machine|blender)',
  },
  {
    id: 'collapse',
    kind: 'emergency',
    pattern: '(?:feel like|feeling like|think) (?:im|i am|i) (?:going to|gonna|about to) (?:black out|pass out|faint)(?: {W}| [.,]){0,10} (?:driving|highway|road|wheel|pulled over)|(?:driving|highway|pulled over)(?: {W}| [.,]){0,12} (?:my )?vision is (?:going|going dark|going black|blurry)',
  },
  {
    id: 'attempt-now',
    kind: 'emergency',
    pattern:
      '(?:tried to (?:hang|kill|shoot|drown|suffocate|strangle) (?:himself|herself|themselves)|slit (?:his|her|their) wrists?|cut (?:himself|herself|themselves)(?: {W}){0,3} (?:deep|badly|really deep))(?: {W}| [.,]){0,12} (?:pale|sleepy|choking|gasping|bleeding|unconscious|not breathing|barely breathing|wont wake|passed out|turning blue|limp|holding (?:his|her|their) throat)',
  },
];

/** An everyday reading the model must not raise (alarm rules still fire): a holiday. */
export const ORDINARY_FROM_WRITERS_M: RuleSpec[] = [
  // "last message before my vacation", "ill be out til the 20th".
  { id: 'holiday', kind: 'ordinary', pattern: '(?:last|final) (?:message|text) (?:from me )?before (?:my |the )?(?:vacation|holiday|trip|leave|maternity leave|paternity leave)|ill be out (?:til|till|until|of office)' },
];
