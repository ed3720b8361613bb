/**
 * Rules for disclosures in other words: euphemisms, telegraphic fragments, a lethal amount of one's
 * own medicine asked about plainly, and acts that have already happened. Classes found on the
 * independent writers' sets B-D after their first-sight scores (docs/safety.md); each pattern is
 * written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';

const AFTER = '(?= [.,?]| $| and| but| lol| fr| tbh| honestly| tonight| today| soon| now| already| i)';

export const IN_OTHER_WORDS: RuleSpec[] = [
  // Euphemisms for dying by suicide: "a permanent nap", "eat a bullet", "six feet under already", "the easy way out".
  {
    id: 'desire-to-die',
    kind: 'ideation',
    pattern:
      `(?:take|taking|took|have|having) (?:a|the|my) (?:permanent|forever|eternal|final|endless|dirt) (?:nap|sleep|rest)${AFTER}` +
      '|(?:eat|eating|ate|suck|sucking|swallow|swallowing) (?:a|my|the|his|her) (?:bullet|gun|shotgun|pistol|barrel)' +
      '|(?:want|wanna|wish|ready|rather|just want|need)(?: to)?(?: just)? (?:be )?six feet under' +
      '|(?:im|i am|ill|i will|going to|want to|thinking about|thinking of|about to|might|considering|tempted to|ready to)(?: just| finally)? tak(?:e|ing) the (?:easy|cowards) way out' +
      `|(?:im|i am|ill be|i will be) checking out (?:early|for good|permanently|of life)${AFTER}` +
      '|(?:a|my|one|the) (?:final|last) (?:dive|jump|leap) (?:off|from|into)' +
      '|(?:another|the next|one more) suicide (?:statistic|stat|case|number)',
  },
  // Meaning to crash or drown: "might just drive off the road on the way", "drive to the lake and not come back".
  {
    id: 'desire-to-die',
    kind: 'ideation',
    pattern:
      '(?:might|may|going to|gonna|want to|could just|thinking (?:about|of)|plan to|planning to|will|ill|tempted to|urge to|just)(?: just)? (?:drive|driving|steer|steering|swerve|swerving|crash|crashing)(?: (?:my|the) car)? (?:off (?:the|a) (?:road|bridge|cliff|overpass)|into (?:a|the|oncoming) (?:tree|wall|pole|traffic|river|lake|truck|semi|barrier|train))' +
      '|(?:drive|walk|go|swim|head|drive out|walk out|swim out) (?:to|into) (?:the|a) (?:lake|river|ocean|sea|woods|water|bridge)(?: {W}){0,5} (?:and|,) (?:not|never) (?:come|coming) back',
  },
  // The writer's own words, in non-native or shortened English: "i want to kill me", "i want to finish my life", "i want to suicide".
  {
    id: 'desire-to-die',
    kind: 'ideation',
    person: 'first',
    pattern: `(?<=(?:^| [.,?]) (?:i |im |i am )?(?:really |just |so )?(?:want|wanna|going|gonna|need|about|ready|decided|plan|planning|have) to (?:just )?)(?:kill me|finish (?:with )?my (?:own )?life|terminate my (?:own )?life|suicide)${AFTER}`,
  },
  // A death wish in the first person: "i wish i wasnt alive", "i whish i was dead".
  { id: 'death-wish', kind: 'ideation', person: 'object', pattern: '(?:wish|wishes|wished) (?:that )?(?:i|he|she) (?:wasnt|werent|was not|were not|had never been|hadnt been|was|were) (?:alive|here|around|born|dead|gone)(?= [.,?]| $| anymore| and| but| already| sometimes| lol| i)' },
  // Telegraphic: "suicidal thoughts every night", "thoughts of suicide again", "sui ideation back w a plan".
  {
    id: 'suicidal',
    kind: 'ideation',
    pattern:
      '{START}(?:(?:so many|constant|daily|more|bad|the|these|my) )?(?:suicidal|suicide|sui) (?:thoughts|ideation|ideations|urges)(?: (?:are|r|is|have been|just|keep|keeps))? (?:again|every (?:day|night|hour|morning)|wont stop|dont stop|all day|all night|constantly|nonstop|non stop|today|tonight|right now|lately|back|getting (?:worse|stronger|louder)|coming back|daily|everyday)' +
      '|{START}thoughts (?:of|about) (?:suicide|killing myself|dying|ending it|ending my life)(?: (?:are|r|is|have been|just|keep|keeps))? (?:again|every (?:day|night|hour|morning)|wont stop|all day|all night|constantly|nonstop|today|tonight|right now|lately|back|getting (?:worse|stronger|louder)|daily|everyday)',
  },
  // The treatment or the end: "i figure its either this or the bridge".
  { id: 'desire-to-die', kind: 'ideation', person: 'first', pattern: `(?:either )?(?:this|ketamine|spravato|that|it|treatment|the infusions?) or (?:the )?(?:bridge|rope|gun|pills|tracks|river|noose|end|grave)${AFTER}` },
  // Not being alive to see it: "i wont be around to pay it off anyway", "not going to be a burden for much longer", "if im still alive ill come in".
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'object',
    negatable: false,
    pattern:
      '(?:i|ill|i will|he|hell|she|shell)(?: probably| definitely)? (?:wont|will not|not going to) be (?:around|here|alive) (?:to (?:pay|see|deal|worry|need|use|finish|care|read|find)|much longer|for much longer|anyway|by then)' +
      '|(?:be|being) (?:a )?(?:burden|problem|bother|trouble)(?: (?:on|to|for) (?:{W} ){0,2}{W})? (?:for )?much longer' +
      '|(?:dont think|doubt|not sure) (?:ill|i will|i) (?:still be (?:here|around|alive)|be (?:alive|around much longer|here much longer)){ON_TIME}' +
      '|if (?:im|i am) still (?:alive|breathing|around)(?= [.,?]| $| by| tomorrow| then| ill| i| on| next| in| when)',
    unless: 'lunch|break ends|my shift|battery|meeting|leaving the office|at \\d|lol(?! (?:[.,] )?not (?:really )?joking)|haha|lmao|running late|stuck in traffic|after (?:this|that|these|finals|exams|work|the week|this week)|(?:wont|will not) be (?:around|here) (?:to (?:pay|see|answer|pick)) (?:the phone|your call|the door|it up)',
  },
  // A weapon held to oneself, a cut wrist: "the knife against my wrist right now", "i sliced my wrist".
  {
    id: 'self-harm',
    kind: 'ideation',
    person: 'object',
    pattern:
      '(?:knife|blade|razor|gun|pistol|scissors)(?: {W})? (?:against|to|on|at) (?:my|his|her) (?:wrist|wrists|throat|neck|head|temple|arm|skin)' +
      '|(?:sliced|slit|slashed|cut|carved|opened)(?: open)? (?:my|his|her) (?:wrist|wrists)(?! (?:on|with) (?:a|the) (?:glass|can|lid|paper|knife while|nail))' +
      '|(?:sliced|slit|slashed|carved) (?:my|his|her) (?:arm|arms|thigh|thighs)',
  },
  // A lethal amount of one's own medicine, asked plainly: "lethal dose of the sertraline im on", "fatal dose for someone my weight".
  {
    id: 'method-seeking',
    kind: 'ideation',
    person: 'first',
    pattern:
      '(?:lethal|fatal|deadly|toxic|killing) (?:dose|amount|number|quantity)(?: {W}){0,5} (?:im on|i am on|i take|i have|i got|im taking|i was prescribed|im prescribed|i keep|for someone (?:my|of my)|for (?:me|my (?:weight|size)))' +
      '|(?:lethal|fatal|deadly) (?:dose|amount)(?: (?:of|for))? (?:{W} ){0,2}[,.] ?i (?:have|got|keep|take)' +
      '|(?:die|overdose|od) (?:from|on) (?:too much of |too many of |all of |enough of )?my (?:{W} )?(?:{W})?(?: {W}){0,6} (?:how (?:much|many)|what amount|how long)',
  },
  // Asking god to take them in their sleep, in Spanish.
  { id: 'death-wish', kind: 'ideation', person: 'first', pattern: '(?:pido|pedi|rezo|ruego|ojala|quiero)(?: {W}){0,3} (?:que )?me (?:lleve|lleves|recoja|recojas|llevara|recogiera)(?: {W}){0,3}' },
];

/** Said of anyone, the subject decides who is at risk (safety writer H's set, read with the model trained without it). */
export const SAID_OF_ANYONE: RuleSpec[] = [
  {
    id: 'desire-to-die',
    kind: 'ideation',
    pattern:
      '(?:worth more|better off|worth more to (?:us|them|you|everyone)) dead(?: than alive)?' +
      '|(?:make|making) it look like an accident' +
      '|(?:wants|wanted|wanting|keeps threatening|threatened|talks about|talked about) to (?:just )?(?:drive|steer|crash|swerve)(?: (?:his|her|their|the) car)? (?:off (?:the|a) (?:road|bridge|cliff)|into (?:a|the|oncoming) (?:tree|wall|pole|traffic|river|truck))',
  },
  // A weapon kept close: "sitting in the barn with the shotgun at night", "got the 45 loaded".
  {
    id: 'means',
    kind: 'ideation',
    pattern:
      '(?:sitting|sits|sat|sleeping|sleeps|lying|lies)(?: {W}){0,6} with (?:a|the|my|his|her|their) (?:shotgun|rifle|gun|pistol|handgun|revolver|weapon|rope|noose)(?= [.,?]| $| at| every| all| in| loaded| on| and)' +
      '|(?:got|has|have|had|keeps|keep) (?:the|a|my|his|her) (?:\\d+|gun|pistol|shotgun|rifle|revolver|glock) loaded',
  },
  // Spanish, about someone else: planning it, wishing to die, putting pills by, "we would be better off without him".
  {
    id: 'desire-to-die',
    kind: 'ideation',
    dropped: 'third',
    pattern:
      '(?:esta planeando|planea|planeaba|esta pensando en|piensa en|quiere|queria|dice que va a) (?:quitarse la vida|matarse|suicidarse|morirse|irse con (?:el|ella))' +
      '|ojala se muera|(?:pide|pedia|le pide|le pedia) a dios que se (?:lo|la) lleve' +
      '|(?:estariamos|estarian|estaria|estarias) mejor sin (?:el|ella)' +
      '|(?:esta juntando|junta|guarda|esta guardando) (?:sus )?(?:medicinas|pastillas|pildoras)' +
      '|(?:busco|buscaba|estaba buscando)(?: {W}){0,2} (?:como|cuantas (?:pastillas|pildoras))(?: {W}){0,4} (?:morir|matarse|suicidarse)',
  },
];

/** Classes from writer T-E's set, read after its first-sight score (docs/safety.md). */
export const AFTER_TEST_E: RuleSpec[] = [
  // Means at hand or chosen: "going to use my husband's gun", "his gun in my lap", "exit bag arrived", "stood on the tracks".
  {
    id: 'means',
    kind: 'ideation',
    pattern:
      '(?:going to|gonna|will|plan to|planning to|want to|about to) use (?:(?:a|the|my|his|her) )?(?:{W}s )?(?:gun|pistol|rifle|shotgun|rope|belt|razor)(?= [.,?]| $| {W})' +
      '|exit bag|suicide bag|(?:helium|nitrogen) (?:tank|hood) (?:arrived|came|is here|for me)' +
      '|(?:stood|standing|stand|sat|sitting|lay|lying|laid) (?:down )?on (?:the |them |those )?(?:train |railroad |railway )?tracks',
  },
  { id: 'means', kind: 'ideation', person: 'first', pattern: '(?:gun|pistol|rifle|shotgun|revolver|knife|razor) (?:in|on) my (?:lap|hand|hands|mouth)(?= [.,?]| $| {W})' },
  // How much to stop breathing, "i have 60 tablets, is that a fatal amount".
  {
    id: 'method-seeking',
    kind: 'ideation',
    pattern:
      '(?:how many|how much)(?: {W}){0,10} (?:to stop breathing|to stop my heart|to not wake up|to never wake up|to end it|to be fatal|to be lethal)(?= [.,?]| $)' +
      '|(?:i have|ive got|i got|i have like|i keep) (?:\\d+|a lot of|a bunch of|enough|so many)(?: [^ ?]+){0,5} (?:is (?:that|it|this) (?:a )?(?:fatal|lethal|deadly) (?:amount|dose)|is (?:that|it|this) enough to (?:die|kill|not wake))',
  },
  // A plan with a day, a deadline: "i have a plan to suicide on friday", "ill be dead by monday", "because im dead by then".
  {
    id: 'plan',
    kind: 'ideation',
    negatable: false,
    pattern:
      '(?:have|got|made|making|with) a plan to (?:just )?(?:suicide|kill myself|end it|end my life|die|overdose)' +
      '|(?:ill|i will|im going to|im gonna) be dead (?:by|before|on) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|the weekend|next week|then|the end of)' +
      '|(?:because|cause|cuz|since) (?:im|ill be|i will be|i am|ill already be) (?:dead|gone|not alive) (?:by then|by that time|by (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow))' +
      '|(?:other|only|last|final|backup) (?:option|choice|plan|way out)(?: {W}){0,3} (?:is|being) (?:ending (?:things|it|my life)|dying|suicide|death|to die|to end it)',
    unless: 'lol|haha|lmao|jk|kidding',
  },
  // Nothing after this: "no tomorrow for me", "after tonight i wont be a burden", "where im going", one last time before.
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:theres|there is|there will be|therell be) no tomorrow for me' +
      '|(?:after|by|from) (?:tonight|today|tomorrow|friday|this weekend)(?: ,)? (?:i|ill|i will) (?:wont|will not|wont ever|will never) be (?:a burden|a problem|around|here|a bother)' +
      '|(?:wont|not going to|will not|dont) (?:need|be needing) (?:treatment|it|appointments|this|therapy|them|any of it) where im going' +
      '|(?:one (?:more|last) time|for the last time) before i (?:do (?:it|what im going to do|what i have to do|what im gonna do)|go|leave for good)' +
      '|(?:ya )?solo falto yo|(?:los papeles del seguro|mi testamento)(?: {W}){0,4} (?:en la mesa|donde (?:los|lo) (?:encuentren|vean))' +
      '|(?:life insurance|insurance papers|insurance policy|my will|passwords)(?: {W}){0,6} (?:where (?:my|she|he|they|{W}) (?:will|can|ll|would) find|on the (?:kitchen |dining )?table)',
  },
  // Looking up how, and wanting to go where someone who died is.
  {
    id: 'method-seeking',
    kind: 'ideation',
    negatable: false,
    pattern: '(?:looking up|looked up|researching|researched|googling|googled|searching|searched)(?: {W}){0,2} (?:how|ways|methods)(?= [.,?]| $| to (?:do it|die|end it|kill))',
  },
  { id: 'desire-to-die', kind: 'ideation', pattern: '(?:want|wanna|going|need) to go (?:be with|join|where) (?:my |her |him |them |she |he )?{W}(?: [^ ?]+){0,8} (?:passed|died|dead|is gone|in heaven)' },
  // Spanish: crashing the car on purpose.
  { id: 'desire-to-die', kind: 'ideation', person: 'first', pattern: '(?:quiero|voy a|pienso|me dan ganas de) (?:estrellar|chocar|estampar) (?:el|mi) (?:carro|coche|auto|camioneta)' },
  // Someone else: high risk for suicide, cuts seen on their arms, home after an attempt.
  { id: 'suicidal', kind: 'ideation', pattern: '(?:hes|shes|is|are|theyre|im|i am) (?:at )?(?:a )?(?:high|very high|serious|extreme) risk (?:for|of) (?:suicide|self harm|killing (?:himself|herself|themselves|myself))' },
  { id: 'self-harm', kind: 'other', pattern: '(?:cortadas|cortes|heridas|cicatrices nuevas) en (?:los|sus) (?:brazos|piernas|munecas|muslos) de (?:mi|su) {W}' },
  { id: 'attempt', kind: 'other', pattern: '(?:salio|dieron de alta|dado de alta|regreso|volvio)(?: {W}){0,4} (?:despues de|tras|por) (?:un|su) intento de suicidio' },
];

/** Acts that have already happened with the body in danger: 911 first, before the crisis lines. */
export const EMERGENCY_IN_OTHER_WORDS: RuleSpec[] = [
  { id: 'overdose-now', kind: 'emergency', negatable: false, pattern: '(?:injected|shot up|took|swallowed) all (?:of )?my (?:insulin|pills at once|meds at once)|(?:tomo|tome|se tomo|me tome) (?:una )?sobredosis|(?:labios|unas|cara) (?:morados|moradas|azules)|(?<=^ )(?:overdose|overdosed|overdosing)(?: [.,])? (?:help|please|911|now)(?= [.,?]| $)' },
  { id: 'breathing', kind: 'emergency', negatable: false, pattern: '(?:cant|cannot|can not|couldnt) get (?:any )?air|choking and (?:cant|cannot)' },
  { id: 'seizure', kind: 'emergency', negatable: false, pattern: '(?:seizure|seizing|convulsing|convulsion) (?:is )?(?:happening )?(?:right )?now' },
  { id: 'bleeding', kind: 'emergency', negatable: false, pattern: 'no (?:deja|para) de (?:salir )?(?:sangre|sangrar)' },
];
