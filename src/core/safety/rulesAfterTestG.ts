/**
 * Classes from writers T-G1 and T-G2's sets, read after their first-sight score (docs/safety.md):
 * a lethal amount asked next to one's own supply, methods compared or looked up, a weapon in the
 * lap, places people go to die, a farewell in other words, shorthand ("having si again"), Spanish
 * wishes and farewells, someone else's drawings or words, and emergencies told calmly.
 * Each pattern is written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';

/** Ways to die that nobody compares for any other reason. */
const LETHAL_METHOD = '(?:carbon monoxide|hanging|a gun|the gun|jumping|drowning|a noose|the exhaust|the tracks)';

export const AFTER_TEST_G: RuleSpec[] = [
  // The dose that kills, next to one's own supply: "whats the lethal dose of lithium. mine are 300 mg caps",
  // "whats the max dose of amitriptyline before its fatal. i have 90 tabs", "how much it would take for me".
  {
    id: 'method-seeking',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:lethal|fatal|deadly) (?:dose|amount)(?: {W}| [.,?]){1,12} (?:mine are|i have \\d+ (?:tabs|pills|tablets|caps|capsules|of them|left)|ive got \\d+|i got \\d+ (?:tabs|pills|tablets|caps|left))' +
      '|before (?:its|it is|it becomes|it gets) (?:fatal|lethal|deadly)(?: [.,?])* (?:i have|ive got|i got|mine are) (?:\\d+|a (?:full|whole) bottle)' +
      '|how (?:much|many)(?: of them)? (?:it )?would (?:it )?take for me(?= [.,?]| $| to)' +
      '|(?:die|overdose|od) (?:from|on|by)(?: {W}){1,6} (?:[.,?] )?(?:because|cause|bc|cuz) (?:thats|that is|its) (?:what i want|the (?:point|goal|plan))',
  },
  // Methods compared: "which is less painful, pills or carbon monoxide".
  {
    id: 'method-seeking',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: `(?:less|least|more|most) (?:painful|peaceful|reliable|certain)(?: {W}| [.,?]){0,6} ${LETHAL_METHOD}|${LETHAL_METHOD}(?: {W}| [.,?]){0,4} (?:less|least|more|most) (?:painful|peaceful|reliable|certain)`,
  },
  // Enough saved: "ive been saving my oxycodone since my surgery. i think i have enough now".
  {
    id: 'means',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:saving|saved|stockpiling|stockpiled|hoarding|collecting|stashing)(?: {W}| [.,]){1,12} (?:i (?:think |finally )?have|ive (?:finally )?got|i (?:finally )?got) enough(?: now| saved| of them| pills)?(?= [.,!]| $)',
    unless: 'money|cash|vacation|points|miles|for (?:the|a) (?:trip|deposit|down payment|copay)|pto|sick days',
  },
  // A Spanish decision told: "ya tome la decision de terminar con todo".
  {
    id: 'intent',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:tome|he tomado|ya tome) la decision de (?:terminar con todo|acabar con todo|quitarme la vida|terminar con mi vida|acabar con mi vida|morir|irme para siempre)|decidi (?:terminar con todo|acabar con todo|quitarme la vida|terminar con mi vida|acabar con mi vida)',
  },
  // "by the time she reads this ill be gone"; "what happens if u take like 50 ambien, asking for me".
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: 'by the time (?:she|he|they|you|anyone|someone|somebody|u)(?: {W}){0,3} (?:reads|read|sees|see|finds|find|gets|get|opens|open) (?:this|it|my (?:message|note|text))(?: [.,])* (?:ill|i will|im|i am|i will be|ill be|i would|id) (?:be )?(?:gone|dead|not here|already gone|long gone)',
  },
  {
    id: 'method-seeking',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:take|took|swallow|swallowed|ate)(?: {W}){0,3} (?:\\d\\d+|all|a whole bottle|the whole bottle)(?: {W}){0,4} (?:[.,?] )*(?:asking|askin|im asking) (?:for|4) (?:me|myself)(?! (?:and|or) )',
  },
  // Looked up: "i googled how to tie a noose today".
  {
    id: 'plan',
    kind: 'ideation',
    negatable: false,
    pattern:
      '(?:googled|searched|looked up|researched|youtubed|googling|searching|looking up|watched videos? (?:on|about)) (?:how to|how you|how many|ways to|the (?:best|easiest|quickest|fastest) way to) (?:tie a noose|make a noose|hang (?:myself|yourself|himself|herself)|kill (?:myself|yourself|himself|herself)|overdose|die|end (?:it|my life))' +
      '|how to tie a noose(?= [.,?]| $| today| last| again| tonight)',
  },
  // A weapon in the lap: "my service weapon is in my lap and im typing this instead".
  {
    id: 'means',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:gun|pistol|weapon|revolver|rifle|shotgun|rope|noose)(?: is| s)?(?: (?:sitting|lying|laying|resting|right|here))* (?:in|on) my (?:lap|hand|hands|nightstand)(?= [.,?]| $| and| right| now| again)|(?:gun|pistol|weapon|barrel) (?:to|against|in) my (?:head|temple|mouth|chin)',
  },
  // Places: "going to the train tracks later", "the way ive been looking at the train tracks", a beam in the barn.
  {
    id: 'means',
    kind: 'ideation',
    pattern:
      '(?:going|heading|walking|driving|gonna go|going to go|headed) (?:to|down to|out to|up to) the (?:train tracks|railroad tracks|tracks|cliffs?|overpass)(?= [.,?]| $| later| tonight| now| today| after| again| alone)' +
      '|(?:looking|staring|stare|stared|looked) (?:at|down at) the (?:train tracks|railroad tracks|tracks)(?= [.,?]| $| behind| by| near| lately| again| every| when)' +
      '|(?:garage)(?: {W}| [.,]){0,8} (?:car|engine) and the hose|(?:good|nice) strong (?:beam|branch|rafter)' +
      '|(?:bus|train|truck)(?: [.,])* like in front of it',
  },
  // "can ketamine fix a man thats already decided".
  {
    id: 'intent',
    kind: 'ideation',
    negatable: false,
    pattern: '(?:a (?:man|woman|person|guy)|someone|somebody|me) (?:thats|that has|who has|whos|who is) already decided(?= [.,?]| $)',
  },
  // "i dont think i can wait longer than that without doing something permanent".
  {
    id: 'intent',
    kind: 'ideation',
    pattern: '(?:do|doing|did) something (?:permanent|irreversible)(?= [.,?]| $| tonight| soon| if| before)',
    unless: 'tattoo|hair|piercing|makeup|laser|ink',
  },
  // Death hoped for from a flight: "i hope my plane goes down".
  {
    id: 'desire-to-die',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:hope|hoping|wish|pray|praying) (?:that )?(?:my|the) (?:plane|flight) (?:goes down|go down|crashes|crash|falls|doesnt land|never lands)',
    unless: 'lol|haha|jk|delayed|on time|late',
  },
  // Not still here: "i just dont know if ill still be here in 2 weeks"; "no creo que llegue al martes".
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:dont know|dont even know|not sure|no idea|doubt) (?:if|whether|that) (?:ill|i will|id|i would|i am going to|im going to|im gonna) (?:still be (?:here|around|alive)|be alive|be here still){ON_TIME}' +
      '|no creo que (?:llegue|aguante|viva) (?:al|hasta el) (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo|fin de semana|proximo mes)(?= [.,?]| $)' +
      '|no creo que (?:siga|este|vaya a estar|vaya a seguir) (?:viv[oa]|aqui)(?= [.,?]| $| para| el| la| en)',
    unless: 'viaje|vacaciones|de viaje|travel|vacation|trip|moving|move|running late|traffic',
  },
  // Taking them all, thought of: "ive thought about taking all of them at once".
  {
    id: 'desire-to-die',
    kind: 'ideation',
    pattern: '(?:thought|thinking|think|thoughts) (?:about|of) (?:taking|swallowing|downing) (?:all|every one|every single one|the whole bottle)(?: of)? (?:them|my|the|it)(?= [.,?]| $| at once| together| in one go| tonight)|(?:thought|thinking|think|thoughts) (?:about|of) (?:taking|swallowing|downing) all (?:of )?my (?:pills|meds|tablets)(?= [.,?]| $| at once| together| tonight)',
    unless: 'vitamin|supplement|with food|morning|every day|daily|same time|to the (?:pharmacy|clinic|appointment)|with me',
  },
  // Farewells in other words: "i held on as long as i could", "you wont have to deal with me after this week",
  // "just wanted someone to know", "its time." after putting things in order.
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      'i (?:held|hung) on (?:for )?as long as i (?:could|can)' +
      '|(?:tonights|tonight is|todays|today is|tomorrows|tomorrow is) the (?:night|day)(?: [.,!])* (?:thanks|thank you) for (?:trying|everything)' +
      '|(?:you were|u were|youre|ur|you are) the only (?:one|person) who (?:ever )?(?:tried|cared|listened|helped)(?: {W}| [.,!]){0,6} (?:bye|goodbye|farewell)(?= (?:[.,!]+ )*$)' +
      '|(?:you|yall|you all|u|nobody|no one) (?:wont|will not|will never|wont ever|dont) (?:have to|need to|gonna have to) (?:deal with|worry about|put up with) me (?:anymore|again|after (?:this|today|tonight|tomorrow)|much longer|for long|soon)' +
      '|just wanted (?:someone|somebody|anyone|one person) to know(?= (?:[.,!]+ )*$)' +
      '|(?:paid off|wrote everything down|said my goodbyes|gave away|sorted everything|updated my will|made arrangements)(?: {W}| [.,]){0,30} (?:its|it is) time(?= (?:[.,!]+ )*$)',
    unless: 'insurance|moving|move|transfer|switch|clinic|vacation|trip|discharged|graduat|new (?:job|doctor|provider)',
  },
  // "how do i get my kids insurance sorted before im gone", "driving out to the coast and im not driving back".
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: 'before (?:im|i am) gone(?= [.,?]| $)|(?:driving|walking|going|heading|swimming) (?:out )?to(?: {W}){1,4} and (?:im|i am) not (?:driving|walking|coming|swimming) back(?= (?:[.,!]+ )*(?:$|thanks|thank you|bye))',
  },
  // After an attempt: "can a person sign up if they had an attempt 2 weeks ago? im still having the same thoughts tbh".
  {
    id: 'suicidal',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:attempt|attempted|suicide|suicidal|overdose|overdosed)(?: {W}| [.,?]){0,20} (?:im|i am|ive been) still (?:having|getting|thinking) (?:the same|those|these) thoughts',
  },
  // Spanish: an attempt told ("intente suicidarme") is judged as one, history and all; "tengo las pastillas contadas".
  { id: 'attempt', kind: 'ideation', person: 'first', pattern: 'intente (?:suicidarme|matarme|quitarme la vida)' },
  { id: 'means', kind: 'ideation', person: 'first', negatable: false, pattern: 'tengo (?:las|mis) (?:pastillas|pildoras) contadas(?! para)' },
  // Spanish farewells and wishes: "te escribo para despedirme", "mi ultima voluntad es que cuiden a mi perro",
  // "ojala no me despierte manana", "pa que sigo aqui si nadie me quiere", "suicidio... pienso en eso a cada rato".
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:te|les|le) escribo para despedirme|(?:escribo|vengo|quiero|queria|solo quiero) (?:para |a )?despedirme(?= [.,?]| $| de (?:ti|ustedes|todos|usted))|mi ultima voluntad',
    unless: 'me (?:mudo|cambio|voy a mudar|voy de viaje)|otra clinica|otro (?:doctor|medico)|nuevo trabajo|vacaciones|viaje|testamento',
  },
  {
    id: 'desire-to-die',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: 'ojala (?:ya )?no me (?:despierte|despertara|vuelva a despertar)|(?:pa|para) que sigo (?:aqui|viv[oa]|en este mundo)|suicidio(?: [.,])* (?:pienso|pensando) en (?:eso|ello)',
  },
  // Shorthand: "having SI again", "having si thoughts again, do i tell the nurse".
  {
    id: 'suicidal',
    kind: 'ideation',
    pattern: '(?:having|have|had|get|getting|passive|active|chronic|my|with) si(?: thoughts| ideation| urges)?(?= [.,?]| $| again| lately| thoughts| every| a lot| bad| rn| tonight| today)',
    unless: 'si (?:senor|senora|claro|por favor|gracias|puedo|tengo|quiero)|(?:si|yes) (?:or|o) no',
  },
  // "unalive thoughts again", "im sewerslide tbh", "i dont have much time left in me".
  {
    id: 'suicidal',
    kind: 'ideation',
    pattern: '(?:unalive|sewer slide|kms) (?:thoughts|urges|ideation)(?= again| are back| back| lately| every| tonight| today| rn| [.,?]| $)|(?:im|i am|feeling|feel|i feel) (?:so |really |kinda |very )?(?:suicide|sewer slide)(?= [.,?]| $| tbh| rn| again| lol| today| tonight| lately)',
  },
  {
    id: 'hopeless-finality',
    kind: 'ideation',
    person: 'first',
    pattern: '(?:dont|do not|dont really) have (?:much|a lot of|any|any more) (?:time|fight|life|days) left in me|(?:no|not much|not any) (?:fight|life) left in me',
  },
  // Someone else (a lethal amount for someone else is in rulesAfterTestH.ts): "my wifes suicidal thoughts got worse",
  // a pupil's drawings of himself hanging, a Spanish "se va a pegar un tiro".
  {
    id: 'suicidal',
    kind: 'other',
    pattern: '(?:wifes|husbands|sons|daughters|moms|dads|mothers|fathers|brothers|sisters|partners|friends|boyfriends|girlfriends|kids|childs|patients|clients) suicidal (?:thoughts|ideation|urges|feelings) (?:got|are getting|have gotten|are|came|keep|started|seem)(?: {W}){0,2} (?:worse|back|stronger|more)',
  },
  {
    id: 'self-harm',
    kind: 'other',
    pattern: '(?:drew|draws|drawing|drawn|drawings|pictures|sketches|sketched) (?:of )?(?:himself|herself|themselves|themself) (?:hanging|dead|dying|with a (?:gun|noose|rope)|shooting|cutting|jumping)',
  },
  { id: 'self-directed-killing', kind: 'ideation', person: 'first', pattern: '(?:me )?voy a pegar(?:me)? un tiro|pegarme un tiro' },
  { id: 'self-directed-killing', kind: 'other', pattern: 'se (?:va|van) a pegar un tiro|pegarse un tiro' },
  // Everyday readings the model must not raise: the pills of a past treatment that did not work ("me tome todas las
  // pastillas del tratamiento anterior y no funcionaron"). Any alarm rule still fires on its own.
  {
    id: 'finished-course',
    kind: 'ordinary',
    pattern:
      '(?:anterior|previous|old|last prescription|que me recetaron|del tratamiento)(?: {W}| [.,]){0,8} (?:y|and|but|pero) (?:no (?:funcionaron|funciono|me ayudaron|me ayudo|senti nada|sirvieron|sirvio)|(?:they|it) (?:didnt|did not|never) (?:work|help)|nothing changed)',
  },
  // An excited patient before a first treatment ("tonights the night! first infusion. thanks for everything").
  {
    id: 'first-treatment',
    kind: 'ordinary',
    pattern: '(?:tonights|tonight is|todays|today is) the (?:night|day)(?: [.,!])* (?:my )?first (?:infusion|session|treatment|spravato|dose|appointment)',
  },
  // Topics, not risk: self-harm told as long over ("i cut in high school, havent in 12 years"), a Spanish death by suicide long ago.
  { id: 'history', kind: 'mention', pattern: '(?:i|i used to|used to) (?:cut|self harmed|harmed myself)(?: myself)? (?:in|during|back in|as a|when i was) (?:high school|college|middle school|my teens|a teen|a teenager|a kid|\\d+)' },
  { id: 'bereavement', kind: 'mention', pattern: 'se (?:suicido|quito la vida)(?= [.,?]| $| hace| cuando| en| el| la)' },
];

/** Emergencies told calmly: an overdose taken on purpose, an attempt with an injury now, a bite, bleeding that will not stop. */
export const EMERGENCY_AFTER_TEST_G: RuleSpec[] = [
  // "i overdosed on purpose 2 hours ago", "swallowed the pills on purpose".
  {
    id: 'attempt-now',
    kind: 'ideation',
    firstLevel: 'emergency',
    thirdLevel: 'emergency',
    pattern: '(?:took|swallowed|downed) (?:my|the|a) (?:whole|entire) (?:week|weeks|month|bottle|supply|pack|prescription)(?: of)?(?: {W}){0,3} (?:at once|in one go|all at once|at one time)|(?:overdosed|oded)(?: {W}){0,2} (?:on purpose|intentionally|deliberately)|(?:took|swallowed|downed)(?: {W}){0,4} (?:pills|meds|tablets|bottle|pastillas)(?: {W}){0,3} (?:on purpose|intentionally|deliberately)',
  },
  // "tried to hang myself, the rope broke, my neck hurts really bad".
  {
    id: 'injury',
    kind: 'emergency',
    pattern: '(?:tried|attempted|trying) to (?:hang|kill|strangle|choke|drown|shoot|cut|stab) (?:myself|himself|herself|themselves)(?: {W}| [.,]){0,15} (?:hurts|bleeding|cant breathe|passing out|throwing up|vomiting|swollen|swelling|numb|voice sounds)',
  },
  // "she admitted taking a bunch of my sleeping pills", vomiting and confused.
  {
    id: 'overdose-now',
    kind: 'emergency',
    negatable: false,
    pattern: '(?:admitted|admits|confessed|says|said|told me) (?:to )?(?:taking|swallowing|(?:she|he|they) (?:took|swallowed))(?: {W}){0,2} (?:a bunch|a handful|a lot|all|most|too many|half)(?: of)?(?: {W}){0,3} (?:pills|meds|tablets|medicine|bottle)',
  },
  { id: 'seizure', kind: 'emergency', pattern: 'seizing(?= [.,?]| $| after| now| right| again| in| and| on the floor)' },
  { id: 'poisoning', kind: 'emergency', pattern: '(?:snake|rattlesnake|copperhead|cottonmouth|scorpion|black widow|brown recluse) (?:bit|bite|bitten|stung)|(?:bit|bitten|stung) by (?:a|the) (?:snake|rattlesnake|copperhead|cottonmouth|scorpion)' },
  {
    id: 'bleeding',
    kind: 'emergency',
    pattern: '(?:bleeding|nosebleed|nose bleed|wound|cut) (?:wont|will not|doesnt|does not|isnt|hasnt|has not|cant) stop(?:ped|ping)?(?! (?:me|you|him|her))',
  },
];
