/**
 * Classes from writers T-L1 and T-L2's sets, read after their first sight (docs/safety.md): goodbyes
 * to staff, a spot given to "someone who has a future", the old plan back, "it's my turn", reasons
 * running out, a method checked or kept at hand, jokes that end in a disclosure, someone else's pills
 * asked about, emergencies after a session. Patterns are written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';

const END = '(?= [.,?!]| $)';
const TOPIC = '(?:suicide|suicidal|attempt|attempted|kill (?:myself|yourself|himself|herself)|harming (?:myself|yourself)|hurting (?:myself|yourself)|ending it)';
const OWNERS = '(?:dads|moms|mothers|fathers|husbands|wifes|sons|daughters|brothers|sisters|grandmas|grandpas|partners|roommates|friends|boyfriends|girlfriends|parents)';

export const AFTER_TEST_L: RuleSpec[] = [
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      `(?:wont|will not) be seeing (?:her|him|them|you|you all|anyone) again${END}` +
      '|tell (?:her|him|them|my {W}) (?:that )?i (?:did try|tried (?:so hard|my best|everything))' +
      '|(?:give|let) my (?:spot|place|appointment|slot|seat) (?:to )?(?:someone|somebody) (?:who has a future|who can still be helped|who wants to live|who needs it more)' +
      `|(?:im|i am) choosing to be done|ive chosen to be done|last time (?:ill|i will|im going to) (?:text|message|write|call|contact)(?: {W}){0,3}${END}` +
      `|not me by (?:next week|tomorrow|friday|saturday|sunday|monday|then)${END}`,
    unlessInMessage: 'new (?:phone|number)|moving to(?! (?:a better|heaven|the other side|somewhere better))|new clinic|switching (?:to|clinics)',
  },
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:checked|confirmed)(?: {W}| [.,]){0,6} balcony on the' +
      '|(?:prescriptions|pills|meds|refills)(?: {W}| [.,]){0,12} enough(?: {W}| [.,]){0,4} you know (?:what for|why)' +
      '|(?:took|take|taking|removed|pulled) the (?:razor|blade|blades) out of (?:my|the) (?:shaver|razor|sharpener|pencil sharpener)' +
      '|(?:looked up|looking up|look up|checked|googled)(?: {W}){0,2} how (?:tall|high) (?:the )?(?:parking garage|bridge|building|overpass|roof|tower|cliff)' +
      '|(?:wrote|made|did|finished) (?:my|a) will(?: {W}| [.,]){0,12} (?:taking|take|have|keep) my (?:cat|dog|pets)' +
      `|no (?:new )?(?:place|apartment|job)(?: {W}){0,3}(?: [.,])* (?:wont|will not|i wont) need (?:one|it)|(?:ive|i have|i) (?:been|started|am) planning (?:it )?again${END}` +
      `|(?:my )?(?:old )?plan is back|same (?:plan|spot|method) as (?:before|last time|\\d{4})|(?:dont|do not) have (?:rats|mice|a rat problem|rodents)${END}` +
      '|on the (?:edge|ledge)(?: [.,])*(?: literally)?(?: [.,])* (?:\\d+(?:st|nd|rd|th)?|sixth|fifth|tenth|seventh|eighth) floor' +
      `|(?:dont|do not) (?:call|come looking|look for me|try to stop me)(?: [.,])* (?:ive|i have) (?:made my decision|decided)${END}` +
      `|(?:i feel like )?its time(?: [.,])* (?:im|i am) ready to go${END}`,
  },
  // Reasons running out, an urge held off, staying around: "im running out of reasons not to kill myself", "trying really hard not to hurt myself rn".
  {
    id: 'suicidal',
    kind: 'ideation',
    negatable: false,
    pattern:
      '(?:running out of|out of|no more|dont have any|cant find any) reasons (?:not to|to not) (?:kill myself|die|end it|do it|hurt myself)' +
      '|trying (?:really |so )?(?:hard )?not to (?:hurt|kill|cut|harm) myself' +
      '|not (?:going to|gonna) (?:stick|stay|be) around (?:to (?:find out|see)|much longer|for it)' +
      `|(?:im|i am) (?:starting to )?(?:feel|feeling|think|thinking) (?:like )?(?:its|it is) my turn${END}`,
  },
  // Not here in six weeks, unless a move or a trip says why.
  {
    id: 'suicidal',
    kind: 'ideation',
    negatable: false,
    pattern: `(?:wont|will not) be (?:here|around|alive) in (?:\\d+|a few|two|three|four|six) (?:weeks|months|days)${END}`,
    unlessInMessage: 'moving to(?! (?:a better|heaven|the other side|somewhere better))|vacation|(?:a|my|our|work|business|family|road) trip|travel|deploy|semester|new clinic',
  },
  // After a topic of suicide: the thoughts on right now, "its not over", "ive been seriously thinking about it", "asking for me".
  {
    id: 'thinking-about-death',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      `${TOPIC}(?: {W}| [.,?]){0,16} (?:theyre|they are) (?:on|back|loud|louder|worse)(?= [.,]| $| right| now| again)` +
      `|${TOPIC}(?: {W}| [.,?]){0,16} (?:its not over|im there again|im back there)` +
      `|(?:thing is|truth is|honestly|but) (?:ive been|im|i am|i have been) (?:seriously|really|actually) (?:thinking|considering) (?:about )?(?:it|doing it)${END}` +
      `|(?:drowning|hanging|jumping|overdose|dying|death|bleed out|lethal)(?: {W}| [.,?]){0,8} asking for (?:me|myself)(?= [.,]| $| not)` +
      `|(?:lethal|fatal|deadly) (?:dose|amount)(?: {W}){0,6} (?:me|myself)${END}` +
      '|(?:combine|combined|mix|mixed|take|taken)(?: {W}){0,5} to (?:stop breathing|stop my heart|not wake up)' +
      '|(?:starved|starving|starve) myself(?: {W}){0,4} (?:as punishment|to punish|on purpose)' +
      '|(?:hit|banged|slammed|bashed) my head (?:against|on|into) (?:the |a )?(?:wall|walls|door|door frame|floor|desk|mirror)(?: {W}){0,4} (?:until|til|till|when|on purpose|again)' +
      '|(?:perdi a|murio|fallecio|se fue)(?: {W}| [.,]){0,12} (?:quiero|solo quiero|voy a) (?:irme|estar|reunirme) con (?:el|ella|ellos)',
  },
  // PHQ-9 item 9 answered as often: the subject decides whose ("pt J.R. - item 9 nearly every day" is a patient's).
  { id: 'thinking-about-death', kind: 'ideation', negatable: false, pattern: '(?:question|item) (?:9|nine)(?: {W}| [.,]){0,8} (?:nearly every day|more than half the days)', unless: 'flagging|flag|pt|patient|client|(?:phq9|phq 9) (?:item|question)|answered' },
  { id: 'means', kind: 'ideation', pattern: '(?:looking at|staring at|scouting) (?:bridges|tall buildings|overpasses|train tracks)(?= [.,?]| $| all week| every day| lately)' },
  // Someone else's pills asked about, or asked about by them; signs seen in someone else.
  { id: 'method-seeking', kind: 'other', pattern: `(?:how many|how much) of my ${OWNERS}(?: {W}){0,3} (?:would|will|could) (?:be (?:lethal|fatal|deadly|dangerous)|kill|it take)` },
  {
    id: 'method-seeking',
    kind: 'ideation',
    pattern:
      '(?:keeps|kept|been|is|started) asking (?:me )?(?:how much|how many)(?: {W}){0,4} (?:would kill|to kill|would be lethal|is lethal|to die|to overdose|it would take|would it take)' +
      '|(?:has been|been|is|keeps|started) (?:self harming|selfharming)' +
      `|${TOPIC}(?: {W}| [.,?]){0,12} (?:talking|acting|sounding) (?:exactly |just )?like (?:he|she|they) did` +
      '|(?:tiene|ha tenido|tenia|esta teniendo) (?:muchos )?(?:pensamientos|ideas) (?:suicidas|de suicidio|de matarse|de morir)',
    dropped: 'third',
    unless: '(?:si|cuando|que pasa si) (?:un|una|el|la) (?:paciente|persona)|(?:si|cuando) alguien',
  },
  {
    id: 'thinking-about-death',
    kind: 'other',
    pattern:
      '(?:my|a|one of my) (?:patient|client|student) (?:mentioned|reported|disclosed|described)(?: {W}){0,2} (?:increasing |worsening |new |active )?(?:suicidal (?:ideation|thoughts)|si|thoughts of suicide)' +
      '|(?:sent|texted|wrote|left) (?:me )?(?:a )?(?:text|message|note|letter)(?: {W}){0,3} thanking me for everything' +
      '|(?:found|find|finding)(?: {W}){0,3} (?:bloody|bloodied) (?:bandages|tissues|towels|razors)',
  },
];

/** After a session or at home: confused and feverish, a floppy toddler, a whole bottle swallowed. */
export const EMERGENCY_AFTER_TEST_L: RuleSpec[] = [
  { id: 'altered-consciousness', kind: 'emergency', pattern: `cant remember (?:my|her|his|their) (?:own )?name|(?:shes|hes|is|very|really|so|gone|went) floppy(?= [.,]| $| now| and)` },
  { id: 'overdose-now', kind: 'ideation', firstLevel: 'emergency', thirdLevel: 'emergency', negatable: false, pattern: '(?:me|se) (?:trague|tome|he tomado|he tragado) (?:todo el frasco|todas las pastillas|toda la caja|todo el bote|un frasco entero)', unless: 'no (?:senti|funciono|funcionaron|sirvio|me hizo)|que me recetaron|el ano pasado|anterior|casi' },
];

/** Topics: fiction, a screening question answered no, a past with SI. */
export const MENTION_AFTER_TEST_L: RuleSpec[] = [
  { id: 'topic', kind: 'mention', pattern: 'had si(?= [.,?]| $| last| in| years| before| but| two| three| a few| \\d| back| when)' },
];
