/**
 * Ideation rules for phrasings that hide in ordinary messages: disclosures inside questions and
 * logistics, farewells, lethal-amount questions, and indirect wishes, goodbyes and plan hints (see
 * rules.ts for the format). Split from rules.ts only for length; RULE_SPECS there keeps the order.
 */
import { RELATIONS } from './persons';
import type { RuleSpec } from './ruleSpec';

/** Goodbyes said to someone dying or dead: grief ("my dad passed in march, im glad i got to say my goodbyes"). */
export const BEREAVED_GOODBYE =
  '(?:glad|grateful|thankful|lucky|got to|able to|chance to)(?: i)?(?: got to| was able to| could)? say (?:my |our )?goodbyes?|goodbyes? (?:to (?:him|her|them) )?(?:before|when|as) (?:he|she|they) (?:passed|died)|at (?:the|his|her) (?:funeral|bedside|memorial|hospice)';
/** An ordinary goodbye: a last day at work, a flight, see you on monday. */
const ORDINARY_GOODBYE = '(?:last day (?:at|of|here|on)|switching clinics|(?:shop|store|restaurant|cafe|bar|show|series) (?:closed|is closing|ended|got cancelled)|going away party|going-away party|farewell party|leaving party|send off|sendoff|starting college|off to college|(?:see you|see yall|see u) (?:all )?in (?:two|three|a few|a couple of|a couple) (?:weeks|days)|before (?:my|the) (?:vacation|holiday|trip)|(?:see you|see yall|see u|nos vemos) (?:in \\d|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|the)|next|tomorrow|el lunes|manana|after)|before i (?:board|fly|take off|get on the plane)|board(?:ing)? the (?:plane|flight))';
/** Someone leaving the clinic for a move, a new job or another clinic, said anywhere in the message ("goodbye and thank you. im moving to denver"). */
export const MOVING_AWAY =
  ORDINARY_GOODBYE + '|(?:im|i am|were|we are) (?:moving|relocating) to (?!a better|heaven|the other side|somewhere better)|(?:im|i am|were|we are) moving (?:in with|into|out of state)|nos mudamos|me mudo|nos vamos a mudar|me voy a mudar|transferring (?:my )?care|(?:a|my) new job|(?:new|another|a different) (?:clinic|provider|psychiatrist|doctor) (?:in|near|closer)|before i (?:move|relocate|leave for)|backpacking|(?:going|heading|off) (?:on|to) (?:a )?(?:trip|vacation|holiday)';
/**
 * Where the writer will be instead, said anywhere in the message ("i wont be here for christmas, visiting my
 * sister"): only travel, a move or a new clinic, never an ordinary goodbye or a bare "away" or "moving",
 * which a farewell also says ("going away for good", "moving on").
 */
export const GOING_ELSEWHERE =
  '(?:visiting|travel|traveling|travelling|(?:a|my|our|work|business|road|family|fishing|camping) trip|vacation|out of town|flying|cruise|wedding|conference|deployment|deployed|going to see|staying with|(?:moving|move) to(?! (?:a better|heaven|the other side|somewhere better))|new (?:clinic|doctor|provider|insurance)|insurance (?:changed|switched)|switching (?:clinics|to)|transferring)';
/** Leaving the clinic for another life, not leaving life: "last message, im switching to a clinic closer to home". */
export const MOVING_ON = '(?:before i (?:move|leave for|go (?:off )?to (?:college|school|university))|(?:im|i am) (?:switching|moving|transferring|relocating)|switching (?:to|clinics)|new (?:clinic|job|city)|transferring (?:my )?care|for a while|new (?:phone|number)|from this number|backpacking|(?:going|heading|off) (?:on|to) (?:a )?(?:trip|vacation|holiday))';

// ---------------------------------------------------------------------------------------
// Disclosures mixed into questions and logistics, farewells and lethal-amount questions
// (added from the understanding issue's misses: the writer's own risk inside an ordinary message).

export const MIXED: RuleSpec[] = [
  // "can ketamine help with suicidal thoughts because i have them every night"
  { id: 'suicidal', kind: 'ideation', person: 'first', negatable: false, pattern: '(?:suicidal|suicide) (?:thoughts|ideation|ideations|feelings|urges)(?: {W}){0,8} (?:because|cause|cuz|bc|since|as|and|cos|coz) (?:i|ive) (?:have|get|keep having|am having|been having|struggle with|deal with|had) (?:them|those|these|it|that)(?! (?:years ago|in the past|before|once|as a teen))' },
  // "do you treat people who are actively suicidal? because i am"
  { id: 'suicidal', kind: 'ideation', person: 'first', negatable: false, pattern: '(?:suicidal|suicide)(?: {W}){0,3} [?.,] (?:because|cause|cuz|bc|since|as|cos|coz)? ?(?:i am|im)(?: too| also| right now| now| currently| lol)?(?= [.,?]| $)|(?:suicidal|suicide)(?: {W}){0,3} (?:like me|like i am|which i am|and i am|because i am|cause im|bc im|because im)(?= [.,?]| $| right| now| too| and)' },
  // Fragments: "suicidal ideation again.", "suicidal thoughts every night"
  { id: 'suicidal', kind: 'ideation', person: 'first', pattern: '{START}(?:(?:passive|active|constant|daily|bad|strong|more) )?(?:suicidal|suicide) (?:thoughts|ideation|ideations|feelings|urges|thinking)(?: (?:are|is|have been|been|coming|came|keep coming))?(?: back)? (?:again|every (?:night|day|morning)|all (?:day|night|the time)|tonight|today|lately|nonstop|constantly|at night|each night|are back|back again|getting worse|worse|this week)(?= [.,?]| $| and| but| lol| i)' },
  // "final message. thank you to the nurses who were kind to me"
  { id: 'goodbye', kind: 'ideation', person: 'first', negatable: false, pattern: '{START}(?:my )?(?:final|last) (?:message|messages|post|words|goodbye|note|text)(?= [.,?]| $| to| for| ever| before| here| from)', unless: MOVING_ON, unlessInMessage: MOVING_AWAY },
  // "is 30 of my lexapro enough to die", "would all my sleeping pills be enough"
  { id: 'method-seeking', kind: 'ideation', person: 'first', pattern: '(?:\\d+|all|half|the rest|a bottle|a whole bottle|a handful|the whole bottle)(?: (?:of|my|these|those|the)){1,3}(?: {W}){1,3} (?:be |is |are |would be |will be )?enough to (?:die|kill me|kill myself|end it|end my life|not wake up|never wake up|od|overdose|stop my heart)|(?:enough|how many)(?: {W}){0,2} (?:of )?my(?: {W}){1,2} to (?:die|kill me|kill myself|end it|end my life|not wake up|never wake up)' },
];

// ---------------------------------------------------------------------------------------
// Indirect phrasings: passive wishes, quiet goodbyes, plan hints and burden said sideways
// (added after holdout-6, as classes of phrasing rather than single sentences).

export const INDIRECT: RuleSpec[] = [
  // No future planned for: "i have stopped making plans past this month. there is no need".
  { id: 'hopeless-finality', kind: 'ideation', person: 'first', negatable: false, pattern: '(?:stopped|quit|no (?:point|need) (?:in )?|dont see the point (?:in|of)) (?:making|to make|make) (?:any )?plans (?:past|beyond|after|for after) (?:this|next|the end of|{W} month|christmas|the holidays)' },
  { id: 'hopeless-finality', kind: 'ideation', negatable: false, pattern: 'done trying to (?:stay|stick around|hang on|hold on)(?= [.,?]| $| alive| here| around| anymore| and| but)|(?:cant|cannot|can no longer|dont want to|dont wanna)(?: (?:just|really))? keep doing (?:this )?(?:life|living|existing)(?: thing)?(?= [.,?]| $| anymore| any longer| and| but)' },
  { id: 'hopeless-finality', kind: 'ideation', negatable: false, pattern: '(?:dont|doesnt) (?:want|wanna) to live like (?:this|that) (?:anymore|any longer|no more)(?= [.,?]| $| fr| honestly| lol| tbh| and| but| i| im)',
    unless: '(?:so|thats why|which is why|hence)(?: {W}){0,3} (?:getting|get|looking|trying|want|need|reaching|calling|booking|here)|(?:getting|get|seeking|looking for|want|need) (?:help|treatment|better)' },
  { id: 'death-wish', kind: 'ideation', person: 'first', pattern: '(?:wish|wishing|hope|hoping|pray|praying)(?: that)? (?:i|ill) (?:dont|wont|never|would not|wouldnt) (?:ever )?(?:open my eyes|see (?:the )?(?:morning|tomorrow|another day|daylight|the sun) (?:again|anymore))(?= [.,?]| $| again| in the morning| tomorrow| ever| anymore| and)' },
  { id: 'desire-to-die', kind: 'ideation', pattern: '(?:want|wanted|wanting|wish|need|just want|would love|longing)(?: {ADV})* to(?: just)? (?:go to sleep|fall asleep|sleep|disappear)(?: {W}){0,6} and (?:never|not) (?:come back|return|wake up)(?= [.,?]| $| and| ever| again| lol)' },
  { id: 'desire-to-die', kind: 'ideation', pattern: '(?:want|wanna|wish|ready|need|going|tempted|trying)(?: {ADV})? to (?:stop|quit) breathing(?= [.,?]| $| and| but| forever| for good| already| lol| honestly)|(?:done|finished|over)(?: (?:[.,]|with|everything|it all|all|of it|this)){0,6} with (?:breathing|existing|being alive)(?= [.,?]| $| and| but| honestly| lol| now| forever| for good)' },
  { id: 'desire-to-die', kind: 'ideation', pattern: '(?:my|the|a) sign (?:to|that i should|i should) (?:check out|give up|be done|end it|let go|tap out|log off|clock out|call it quits)(?= [.,?]| $| for good| and| now| lol| i guess)' },
  { id: 'desire-to-die', kind: 'ideation', pattern: 'counting(?: down)? (?:the )?(?:days|hours|weeks)(?: {W}){0,8} {DIE_STRONG}' },
  { id: 'desire-to-die', kind: 'ideation', pattern: '(?:already dead|dead inside|dead already)(?: (?:{W}|[.,])){0,10} (?:catch up|make it official|finish the job|follow suit)(?= [.,?]| $| and| but| lol| soon)' },
  { id: 'desire-to-die', kind: 'ideation', person: 'first', pattern: '(?:join|be with|go be with|reunite with|be reunited with) (?:my )?{W}(?: {W})? (?:wherever (?:shes|hes|she is|he is|they are|theyre)|in heaven|up there|on the other side|in the afterlife)(?= [.,?]| $| now| and| i| soon)' },
  { id: 'death-wish', kind: 'ideation', negatable: false, pattern: '(?:no|only|one) (?:other )?(?:way out|escape|exit|option|solution)(?: left)? (?:except|but|besides|other than|apart from) (?:one|the one|the obvious one|the permanent one|the final one|the last one)(?= [.,?]| $| and| lol)' },
  { id: 'thinking-about-death', kind: 'ideation', pattern: '(?:thoughts|thinking|thought|ideas)(?: (?:{W}|[.,])){0,8} (?:about|of) (?:not being here|not existing|not being alive|not waking up|not being around|being dead|ending it|ending things|ending it all)(?= [.,?]| $| anymore| again| and| but| lately)' },
  { id: 'desire-to-die', kind: 'ideation', pattern: '(?:dont|do not|cant|cannot|no longer) trust (?:myself|himself|herself) (?:to be alone|alone|being alone|by myself|not to (?:do something|hurt|act|try))' },
  { id: 'burden', kind: 'ideation', person: 'object', negatable: false, pattern: '(?:move on|forget (?:me|about me)|get over it|be fine|be better|be happier|be relieved|be okay|be ok|even notice|notice|care|miss me|celebrate)(?: {W}){0,5} if (?:i|he|she)(?: (?:just|ever|really|suddenly|was|were)){0,2} (?:gone|wasnt here|werent here|wasnt around|werent around|dead|not here|not around|disappeared)(?= [.,?]| $| and| but| for good| forever| tomorrow| lol| honestly)' },
  { id: 'goodbye', kind: 'ideation', negatable: false, pattern: '(?:wont|will not|wont ever|will never) (?:bother|trouble|burden|annoy) (?:anyone|you|anybody|everyone|you all|yall|you guys|them|my family|people) (?:much longer|for much longer|for long)(?= [.,?]| $| and| i| lol)' },
  { id: 'goodbye', kind: 'ideation', person: 'first', pattern: '(?:i|ill|im)(?: (?:probably|prob|likely|honestly|just|really|think|feel like|know)){0,2} (?:wont|will not|might not|may not|not going to|not gonna) (?:still |even )?be alive' },
  // "she has been writing letters to all of us" is someone else's goodbye (other-at-risk rules read it).
  { id: 'goodbye', kind: 'ideation', person: 'first', negatable: false, unless: 'medical leave|work note|school note|(?:leave|absence) from', pattern: `(?<!(?:she|he|they|shes|hes|theyve|theyre|has|they have|${RELATIONS.join('|')})(?: been| had| just| already| started| keeps| is){0,2} )(?:wrote|written|writing|write|left|leaving|finished)(?: (?:a|my|some|goodbye|final|last)){0,2} (?:letters|notes) (?:to|for) (?:everyone|everybody|my family|my kids|each of|all of|the people i love|my loved ones)(?! doctor| physician| doc| practitioner| teachers?| school| coach| boss| employer| about)|(?:wrote|written|finished|writing|left) my (?:note|letter|last letter|final letter)(?= [.,?]| $| last| tonight| today| yesterday| already| and| this)` },
  { id: 'goodbye', kind: 'ideation', negatable: false, pattern: '(?:saying|said|say|making|made|started saying|been saying) (?:my|all my) goodbyes(?= [.,?]| $| to everyone| to (?:my|the) (?:family|kids|friends)| without| quietly| and| already| now)',
    unless: '(?:before|when|as) (?:he|she|they|my {W}) (?:died|passed|left|moved)|funeral|hospice|memorial|' + BEREAVED_GOODBYE },
  { id: 'goodbye', kind: 'ideation', negatable: false, pattern: '(?:ive|i have|i) (?:made|make) (?:my )?peace(?= [.,?]| $| with (?:it|everything|dying|death|my decision|leaving|going|the end))' },
  { id: 'plan', kind: 'ideation', pattern: '(?:know|knew)(?: (?:exactly|already|just|now)){0,2} how (?:id|i would|im going to|im gonna|i could) (?:do it|end it)(?= [.,?]| $| and| but| i| when)|(?:decided|made up my mind|its settled|its decided|my mind is made up)(?: (?:{W}|[.,])){0,3} (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tonight|tomorrow|this weekend) (?:is|will be|s) the (?:day|night)' },
  { id: 'method-seeking', kind: 'ideation', genericLevel: 'crisis', pattern: '(?:which|what|how high a) (?:floor|building|bridge|height|story|storey)(?: {W}){0,3} (?:is )?(?:high enough|tall enough)|high enough to (?:die|kill|not survive|be fatal)' },
  { id: 'method-seeking', kind: 'ideation', pattern: '(?:looking up|looked up|searching|searched|googling|googled|researching|researched|reading about) (?:ways|how|methods|the best way|the easiest way) (?:to )?(?:{DIE_STRONG}|die(?= [.,?]| $| painlessly| quickly| fast| on| in))' },
  { id: 'means', kind: 'ideation', pattern: '(?:thinking (?:of|about)|think about|considering|tempted to|want to|wanna|going to|gonna) (?:just )?(?:taking|take|swallowing|swallow|downing)(?: (?:just|literally))? (?:all of (?:it|them)|the whole (?:bottle|thing|lot|pack|box)|every (?:last )?(?:one|pill)|them all|it all)(?= [.,?]| $| at once| tonight| and| lol)' },
  { id: 'means', kind: 'ideation', pattern: '(?:cord|rope|belt|noose|cable|wire|leash|sheet)(?: {W}){0,2} (?:around|round|on|to) (?:my|his|her) (?:neck|throat)', unless: 'umbilical|birth|born|baby|ultrasound|delivery' },
  { id: 'means', kind: 'ideation', pattern: '(?:bridge|overpass|cliff|tracks|ledge|roof)(?: {W}){0,8} (?:thought about|think about|thinking about|wanted to|tempted to|urge to) (?:pulling over|stopping|getting out|going over|stepping off|climbing)(?= [.,?]| $| and| there| again| lol)' },
  { id: 'attempt-now', kind: 'ideation', thirdLevel: 'emergency', pattern: '(?:took|taken|swallowed|downed|ate) (?:just )?(?:everything|all of it|all of them|the whole lot|whatever (?:i|was) (?:had|could find|found)) (?:in|from) (?:my|the|his|her|our) (?:medicine cabinet|cabinet|bathroom|pill box|pillbox|drawer|cupboard|purse)' },
  { id: 'self-harm', kind: 'ideation', person: 'object', pattern: '(?:cuts|cutting|burns|wounds)(?: {W}){0,8} (?:go|going|cut|goes) (?:further|deeper)|(?:sent|send|showed|show|showing) (?:me )?(?:pics|pictures|photos|a pic|a picture|a photo) of (?:her|his|their|my) (?:cuts|wounds|burns)' },
  { id: 'desire-to-die', kind: 'ideation', person: 'first', pattern: 'mejor (?:me muero|me mato|morirme|matarme|me voy de este mundo|desaparezco)|nadie (?:me )?(?:va a|iba a|me va a|me iba a)? ?(?:extranar|extranaria|echar de menos|echaria de menos)|(?:pastillas|pildoras|cuerda|pistola|navaja)(?: {W}){0,2} (?:listas|listos|lista|listo|preparadas|preparada|guardadas)|(?:hoy|esta noche|manana|pronto) se (?:acaba|termina) (?:todo|mi vida)|se acaba todo (?:hoy|esta noche|manana)' },
];

// ---------------------------------------------------------------------------------------
// Classes from the independent writers' test set, after its first-sight score (docs/safety.md).

export const AFTER_TEST_A: RuleSpec[] = [
  // A lethal amount of one's own medicine: "how many of my sertraline would be enough", "lethal dose of my lithium".
  { id: 'method-seeking', kind: 'ideation', person: 'first', pattern: '(?:how many|how much|what amount|what dose|whats the (?:least|max|maximum|lethal|fatal)|what is the (?:least|max|lethal)|which|would \\d+|would (?:all|half))(?: {W}){0,6} (?:of )?(?:my|these|those)(?: {W}){0,5} (?:be enough|would be enough|is enough|kill me|would kill|would it kill|is lethal|be lethal|lethal|fatal|deadly|do it|too many|the end|to die)|(?:lethal|fatal|deadly) (?:dose|amount) (?:of|for) (?:my|these|those)|(?:what|how much|how many)(?: {W}){0,4} (?:is|are) (?:lethal|fatal|deadly)(?: {W}){0,3} [.,?]? ?i (?:have|got|keep)', unless: 'of my (?:dads|moms|mothers|fathers|husbands|wifes|sons|daughters|brothers|sisters|grandmas|grandpas|partners|roommates|friends|boyfriends|girlfriends|parents)', },
  // Self-harm in other words: new cuts, urges, burning, blades.
  { id: 'self-harm', kind: 'ideation', person: 'object', unless: 'on (?:her|his|their) (?:arms|forearms|wrists|legs|thighs|arm|forearm|wrist|leg|thigh|stomach)|(?:does|do|can|will|would|could) (?:ketamine|spravato|esketamine|it|this|the treatment|treatment|the infusions?)(?: {W}){0,2} (?:help|work|treat|reduce|stop|ease)(?: with)? (?:sh|self harm|cutting|cut) urges', pattern: '(?:my )?(?:new|fresh|recent) (?:cuts|scars|burns|wounds)|cuts on my (?:arms?|legs?|wrists?|thighs?|stomach|hips?)|(?:sh|self harm|cutting|cut) urges|urges? to (?:sh|self harm|cut|burn)|(?:pressed|put|held|burned|burnt)(?: {W}){0,4} (?:on|into|against) my (?:skin|arm|arms|leg|legs|wrist|thigh)|sharpener blade|(?:burn|burned|burnt|burning) (?:myself|where no one can see)' },
  // Farewells in other words.
  { id: 'goodbye', kind: 'ideation', negatable: false, pattern: '(?:wasnt|was not|isnt|is not) (?:her|his|your|their|anyones|anybodys|your guys) fault|(?:wont|will not|never) (?:see|talk to) (?:you|u|anyone) again(?! (?:until|till|til|before|for (?:a|the|two|three|\\d)|next|after|on|this|at|in))|for the (?:very )?last time(?= [.,?]| $)|goodbye (?:letter|note|message)|say (?:bye|goodbye) to (?:someone|somebody|you) before i go|by tomorrow it (?:wont|will not) matter|(?:someone|somebody) who can still be helped|signing off (?:for good|forever|for the last time)' },
  // Spanish, more.
  { id: 'self-harm', kind: 'ideation', person: 'first', pattern: 'me (?:estoy quemando|quemo|queme|sigo cortando|sigo quemando)(?! (?:al|con el) (?:cocinar|sol|horno|planchar))', unless: 'cocinando|sarten|estufa|plancha|aceite|olla|horno|cafe caliente|agua caliente', },
  { id: 'goodbye', kind: 'ideation', person: 'first', negatable: false, pattern: '(?:manana|pronto|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)) ya no (?:estare|voy a estar)|ya (?:escribi|deje) (?:las|mis) cartas|(?:compre|tengo) (?:la|una) cuerda' },
  { id: 'method-seeking', kind: 'ideation', person: 'first', pattern: '(?:cuantas|cuantos|que cantidad)(?: {W}){0,4} (?:son|es) (?:mortales|mortal|letales|letal)' },
];

// ---------------------------------------------------------------------------------------
// Classes from independent writer C's development set, read with the model trained without it
// (`npm run train:safety -- --evaluate writer-dev-c,phrasings-writer-c --misses`).

export const AFTER_DEV_C: RuleSpec[] = [
  // Whole messages: "kill me please", "end it", "tonights the night".
  { id: 'desire-to-die', kind: 'ideation', person: 'first', negatable: false, pattern: '(?<=^ )(?:please |just |someone |somebody |pls )?kill me(?: (?:please|now|already|pls))?(?= $)|(?<=^ )(?:i (?:want|need) to |i wanna |ready to |time to |gonna |going to )?end it(?: all)?(?: (?:now|tonight|today))?(?= $)|(?<=^ )tonights the night(?= $)' },
  // Not waking up, wished for: "can they just not wake me up", "disappointed that i woke up again".
  { id: 'desire-to-die', kind: 'ideation', person: 'first', pattern: '(?:just|please|could you|can you|can they) (?:not|never) wake me (?:back )?up|(?:disappointed|upset|angry|sad|annoyed|devastated)(?: (?:that|when))? i (?:woke|wake|still wake) up(?: again)?|(?:pido|pedir|rezo)(?: {W}){0,4} que no me deje despertar|no (?:me )?deje despertar' },
  // Means and methods in other words.
  { id: 'desire-to-die', kind: 'ideation', person: 'first', pattern: 'blow my brains out|put a bullet (?:in|through) my (?:head|brain)|(?:long )?walk off a (?:short )?pier|(?:loaded|cleaned|took out)(?: {W}){0,3} gun(?: {W}){0,4} (?:sat with it|held it|pointed it)' },
  // Enough of something to die, or a lethal amount of one's own medicine, in other words.
  { id: 'method-seeking', kind: 'ideation', person: 'first', pattern: 'enough (?:to|that i|so i) (?:not wake up|never wake up|end (?:it|things|it all|my life)|not be here|die)(?= [.,?]| $| if| and| when| tonight)|(?:how much|how many|what amount)(?: {W}){0,5} (?:is )?too (?:much|many) to survive(?= [.,?]| $)|(?:my|these|his|her|the) (?:{W} )?(?:pills|meds|tablets|medicine|medication)(?: {W}){0,2} (?:would|will|could) stop my heart|(?:be )?enough for (?:someone|a person|somebody) (?:my|of my) (?:size|weight)|(?:cuanto|cuanta|cuantas|cuantos)(?: {W}){0,4} (?:es|son) (?:mortal|mortales|letal|letales)' },
  // A plan with a date, a letter written, pills put by.
  { id: 'plan', kind: 'ideation', person: 'first', pattern: '(?:day|date|night|time) (?:i|that i) (?:picked|chose|set|decided on|planned) (?:to|for) (?:die|do it|end it|kill myself|go)|(?:wrote|written|finished|left) (?:the|my|a) (?:letter|note|letters|notes)(?: {W}){0,6} (?:[.,] )?(?:its time|it is time|goodbye|shell understand|hell understand|theyll understand|she will understand)|(?:saved|saving|stashed|stashing|hiding|hoarding|holding back|stockpiling|put by)(?: {W}){0,8} (?:for when im ready|for when i am ready|for when i decide|in case i need an exit|in case i need a way out)' },
  // Cancelling everything because it will not be needed: "cancel all my future appointments. i wont need them".
  { id: 'goodbye', kind: 'ideation', person: 'first', negatable: false, pattern: 'cancel (?:all|the rest of|every one of|any) (?:of )?(?:my )?(?:future |remaining |upcoming |other )?(?:appointments|sessions|infusions|visits|treatments)(?: {W}){0,6} (?:[.,] )?(?:i )?(?:wont|will not) (?:be )?(?:need|needing)|(?:wont|will not) be needing any (?:more|further) (?:treatment|treatments|appointments|sessions|infusions)(?= [.,?]| $| thank| thanks)' },
  // Short disclosures in texting shorthand: "idw b alive", "si bad today", "im cutting right now".
  { id: 'suicidal', kind: 'ideation', person: 'first', negatable: false, pattern: '(?<=^ )idw (?:b|be) (?:alive|here)(?= [.,?]| $)|(?<=^ | [.,?] )(?:the |my )?si (?:is )?(?:so |really |very )?(?:bad|worse|strong|loud|back)(?: (?:today|tonight|rn|again|lately))?(?= [.,?]| $)' },
  { id: 'self-harm', kind: 'ideation', person: 'first', negatable: false, pattern: '(?<=^ )(?:im|i am) cutting(?: myself)? (?:right now|rn|again|tonight)(?= [.,?]| $)|(?<=^ )(?:only |just )?cut (?:a little|a bit|myself) (?:tonight|today|again)(?= [.,?]| $| no| its| lol)' },
  // Spanish, more: not surviving the week, a rope at hand, easier if I did not exist.
  { id: 'desire-to-die', kind: 'ideation', person: 'first', negatable: false, pattern: 'no (?:creo|se si) que (?:siga|sigo|seguire|voy a seguir|este) (?:vivo|viva)|pienso (?:estrellarme|tirarme|aventarme|matarme)|ya tengo la (?:soga|cuerda|pistola)|seria (?:mas facil|mejor) si (?:yo )?no (?:existiera|estuviera|hubiera nacido)' },
];

export const EMERGENCY_AFTER_DEV_C: RuleSpec[] = [
  { id: 'overdose-now', kind: 'emergency', negatable: false, pattern: '(?:i|he|she|they|we|my {W}) (?:just )?(?:odd|oded)(?= [.,?]| $| on| and| help| please| i)|took (?:like |about |around |maybe )?\\d{2,} (?:tylenol|advil|ibuprofen|aspirin|pills|tablets|of (?:my|his|her|the) (?:pills|meds|tablets))' },
  { id: 'collapse', kind: 'emergency', negatable: false, pattern: '(?:turning|turned|going) (?:grey|gray|blue|purple)(?= [.,?]| $| and| help| please)|trapped in (?:the|a|his|her|their) (?:car|vehicle|wreck)|(?:got|was|been|just got) electrocuted|still inside(?: {W}){0,3}(?= [.,?]| $)(?<=fire(?: {W}){0,12} still inside(?: {W}){0,3})' },
  { id: 'seizure', kind: 'emergency', negatable: false, pattern: '(?:a |having a |hav a |has a )(?:seasure|seizure|seisure|sezure|siezure)(?: {W}){0,1} (?:right now|rn|now)(?= [.,?]| $)|(?<=^ )(?:hart|heart) (?:attak|attack)(?= [.,?]| $| i| my| help)' },
  { id: 'poisoning', kind: 'emergency', negatable: false, pattern: 'se (?:comio|trago|tomo) (?:mis|las|unas|sus|todas (?:las|mis)) (?:pastillas|pills|pildoras)|(?:tiene|con) la cara caida' },
];
