/**
 * Rules for disclosures in other words: euphemisms, telegraphic fragments, a lethal amount of one's
 * own medicine asked about plainly, and acts that have already happened. Classes found on the
 * independent writers' sets B-D after their first-sight scores (docs/safety.md); each pattern is
 * written for the class, not for one message.
 */
import type { RuleSpec } from './rules';

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
      '|(?:dont think|doubt|not sure) (?:ill|i will|i) (?:still be (?:here|around|alive)|be (?:alive|around much longer|here much longer))' +
      '|if (?:im|i am) still (?:alive|breathing|around)(?= [.,?]| $| by| tomorrow| then| ill| i| on| next| in| when)',
    unless: 'lol|haha|lmao|after (?:this|that|these|finals|exams|work|the week|this week)|(?:wont|will not) be (?:around|here) (?:to (?:pay|see|answer|pick)) (?:the phone|your call|the door|it up)',
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

/** Acts that have already happened with the body in danger: 911 first, before the crisis lines. */
export const EMERGENCY_IN_OTHER_WORDS: RuleSpec[] = [
  { id: 'overdose-now', kind: 'emergency', negatable: false, pattern: '(?:injected|shot up|took|swallowed) all (?:of )?my (?:insulin|pills at once|meds at once)|(?:tomo|tome|se tomo|me tome) (?:una )?sobredosis|(?:labios|unas|cara) (?:morados|moradas|azules)' },
];
