/**
 * Classes from writers T-R1 and T-R2's test set, read after its first sight (docs/safety.md): people who
 * never talk about feelings (not wanting to see another spring, no weeks left in them, the creek or the
 * snow allowed to take them, a gun kept "not for burglars", a beam looked up at, a bill paid off before
 * going) and young writers in internet register (looking forward to dying, a relapse into cutting, "the
 * friend is me", a last selfie, praying for an aneurysm, floors counted, knife and pill emoji).
 * Patterns are written for the class, not for one message.
 */
import type { RuleSpec } from './ruleSpec';
import { GOING_ELSEWHERE } from './rulesIndirect';

const END = '(?= [.,?!]| $)';
const SEASONS = '(?:another|the next|next|one more) (?:spring|summer|fall|autumn|winter|christmas|easter|thanksgiving|year|birthday|morning)';

export const AFTER_TEST_R: RuleSpec[] = [
  {
    id: 'desire-to-die',
    kind: 'ideation',
    negatable: false,
    pattern:
      `(?:dont|do not|no longer) want to see ${SEASONS}|(?:dont|do not) plan on (?:seeing|being here for|making it to) (?:it|that|another|the next|easter|christmas|spring)${END}` +
      `|(?:dont|do not|dont think i|do not think i) have (?:\\d+|a few|two|three|four|five|six|another|many|much|more) (?:more )?(?:weeks|days|months|years) (?:left )?in me` +
      '|(?:keep|kept|been|keeps) (?:looking|staring|glancing) (?:up )?at the (?:beam|rafters|rafter|ceiling fan|hook|rope|loft)' +
      '|looking forward to (?:is |was )?(?:dying|death|being dead|not waking up|the end|my funeral)' +
      `|(?:hate|hated) that i (?:woke|woken|wake) up(?: again| today| this morning)?${END}` +
      `|(?:not|im not|i am not|no not|im) (?:old|sick|dying|ill)(?: [.,])*(?: (?:im|i am|not (?:old|sick)))?(?: [.,])* (?:just|im just) (?:ready|done)${END}` +
      '|(?:hoping|hope|praying|pray) (?:that )?i (?:dont|do not|wont|never) (?:survive|make it through|wake up from|come out of) (?:my|the|this)' +
      '|(?:praying|pray|hoping|wishing|wish) for an? (?:aneurysm|heart attack|stroke|fatal (?:accident|crash)|bus to hit me|truck to hit me|meteor)' +
      `|(?:the )?only (?:thing|reason|one|person) (?:keeping|holding) me (?:here|alive|going|around)` +
      `|(?:the )?only thing stopping me(?: right now)? (?:is|are) my (?:dog|cat|kids|kid|mom|dad|family|son|daughter|wife|husband|faith|pets?|grandma|grandpa)` +
      `|(?:didnt|dont|did not|do not)(?: [.,])* permanently${END}` +
      '|(?:{START}|my )(?:suicidal |dark |bad |old |the )?(?:thoughts|urges) (?:are|r) back|thoughts (?:came|come|coming) back(?: [.,])* (?:theyre|they are|they re) back' +
      '|(?:kill myself|die|end it|do it)(?: {W}){0,3} but i (?:think|know|feel like) (?:i will|ill|i might|ill probably|i probably will|im going to|i am going to|im gonna)(?: do it| go through with it)?(?: eventually| someday| one day| soon)?(?= [.,?]| $)' +
      `|(?:die|dying|suicidal|kill (?:themselves|myself)|end (?:it|their life)|stop existing|not exist|disappear|not wake up|be dead)(?: {W}| [.,?]){0,14} (?:thats|that is|this is) (?:where (?:im|i am) at|me|how i feel)(?: right now| lately| today| tonight)?${END}` +
      `|no reason (?:for me )?to (?:stick around|stay around|keep going|be here|go on|keep living)${END}` +
      `|(?:want|wanna) (?:to )?dir${END}`,
  },
  // Not being here for a holiday, unless the message says where the writer is going instead.
  {
    id: 'desire-to-die',
    kind: 'ideation',
    negatable: false,
    pattern: `(?:aint|im not|am not|wont be|not gonna be|aint gonna be|aint going to be|not going to be|wont) (?:be )?(?:here|around) (?:for|to see) (?:easter|christmas|thanksgiving|new years?|my birthday|the holidays|spring|summer)${END}`,
    unlessInMessage: GOING_ELSEWHERE,
  },
  {
    id: 'plan',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:til|till|until) (?:it|the water|the river|the cold) takes me|let the (?:snow|water|river|cold|ocean|sea|ice) (?:bury|take|have) me' +
      '|walk out (?:further|farther) than i should' +
      '|(?:gun|pistol|revolver|rifle|shotgun|weapon)(?: {W}| [.,]){0,10} not for (?:burglars|protection|intruders|hunting|deer|bears|coyotes|security|the house)' +
      '|(?:roof|bridge|ledge|overpass|tracks|cliff)(?: {W}| [.,]){0,8} (?:wasnt|was not|werent|not) (?:fixing|there for|for) (?:anything|work|the view)' +
      '|(?:bottle|pills|gun|knife|razor|rope)(?: {W}| [.,]){0,12} staring contest' +
      '|enough (?:that|so) it (?:would|will|d) be the end(?: of (?:it|me))?' +
      '|(?:wrote|writing|written|drafted|drafting) (?:out )?my (?:own )?obituary(?! for (?:a |the |my )?(?:class|assignment|exercise|writing))' +
      `|my plan (?:was|is) to wait (?:till|until|til) after(?: the| my)? {W}${END}` +
      '|(?:its|it is|everything is) all planned(?: [.,])*(?: {W}){0,2} when (?:shes|hes|theyre|the kids are|my {W} is) (?:at|away|gone|out)' +
      '|(?:left|leaving) (?:my )?(?:keys|wallet|phone)(?: {W}| [.,]){0,10} with a note' +
      '|(?:took|taking|posted|posting) my (?:last|final) (?:selfie|photo|picture|post|video)(?= [.,]| $| ever| tonight| wanted)' +
      '|(?:decide|deciding|choose|choosing) between(?: {W}){1,6} and (?:just )?(?:ending (?:it|things|everything)|killing myself|dying)' +
      '|how many (?:floors|stories|storeys) (?:you need|it takes|is enough|to die|would it take)' +
      '|(?:meant|supposed) to stay(?: {W}| [.,]){0,8} (?:im|i am) not staying' +
      '|(?:decided|deciding) (?:tonights|tonight is|today is|todays) the (?:night|day)' +
      '|(?:before|when) i go(?: {W}){0,2} so (?:my )?(?:kids|family|wife|husband|children)(?: {W}){0,2} (?:arent|are not|wont be|dont get|dont have) (?:stuck|left)' +
      '|(?:tell|thank) (?:the )?(?:doc|doctor|nurse|nurses|staff|everyone)(?: {W}){0,2} (?:he|she|they|you) (?:did|tried) (?:what|all|everything) (?:he|she|they|you|we) could' +
      '|(?:gun|weapon|pistol|pills|rope)(?: {W}| [.,]){0,12} i think about (?:it|using it|them) every (?:night|day|time)' +
      '|(?:im|i am) (?:worth|good for)(?: {W}){0,4} (?:the |my )?life insurance|only thing (?:im|i am) good for(?: now)? is (?:the|my) life insurance' +
      '|(?:question|item|number) (?:9|nine)(?: {W}| [.,]){0,6} (?:i put|i answered|i said|i marked|i circled|i gave it) (?:a )?(?:2|3|two|three|yes)' +
      '|how (?:much|many)(?: {W}){0,4} (?:would it take|does it take|it takes|to take) to (?:not come back|never come back|be done|go to sleep forever)' +
      '|how (?:many|much)(?: {W}){0,2} (?:it takes|does it take|would it take|would i need|do i need)(?: [.,])* (?:for me|asking for me)(?= [.,?]| $)' +
      `|done (?:with )?(?:being alive|living|existing|breathing)${END}` +
      '|(?:theyre|they are|its|it is|thoughts are)(?: {W}){0,2} (?:just )?(?:plans|a plan) now' +
      '|(?:god is|hes|he is|jesus is|the lord is) ready for me(?: [.,])* (?:im|i am) ready' +
      '|(?:the|my) friend is (?:me|myself)|thinking about it for (?:me|myself)(?= [.,?]| $)' +
      '|mix(?:ing)?(?: {W}){1,6} (?:alcohol|vodka|booze|pills|meds|liquor)(?: {W}){0,2} on purpose' +
      `|{START}(?:pill ){3,8}(?:tonight|rn|right now|now|again|bye)|{START}(?:sad )?knife (?:again|tonight|rn|right now)${END}`,
  },
  {
    id: 'self-harm',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern:
      '(?:havent|hadnt|had not|have not) (?:cut|self harmed|harmed myself|burned myself|hurt myself)(?: {W}){0,4}(?: [.,])* (?:but|and) (?:i )?(?:just did|did again|relapsed|slipped)' +
      '|(?:scars|cuts)(?: {W}| [.,]){0,8} (?:making|adding|made) new ones' +
      '|burn (?:my|me)(?: {W}){0,2} on purpose' +
      '|scratches(?: {W}| [.,]){0,10} (?:thinks|think|believes) (?:its|theyre|it is|they are) (?:actually |really )?(?:from )?the cat' +
      '|(?:scratch|scratching|hit|hitting|punch|punching) (?:my )?(?:face|self|arms|legs)(?: {W}){0,3} at night',
  },
  {
    id: 'goodbye',
    kind: 'ideation',
    person: 'first',
    negatable: false,
    pattern: '(?:if (?:ur|your|youre|you are|you re) reading this|if you read this)(?: [.,])* (?:i love you|im sorry|i am sorry|its not your fault|dont blame)',
  },
];

export const EMERGENCY_AFTER_TEST_R: RuleSpec[] = [
  // Farm and road emergencies told plainly, and an overdose felt happening.
  {
    id: 'injury',
    kind: 'emergency',
    pattern:
      '(?:arm|hand|leg|foot|fingers?|sleeve|hair) (?:got )?(?:caught|stuck|crushed|pulled|mangled) in (?:the|a) (?:auger|machine|baler|pto|tractor|combine|grinder|press|machinery|belt|chipper)' +
      '|(?:car|truck|van) (?:slid|went|drove|rolled|flipped) (?:off the road )?into (?:the|a) (?:creek|river|lake|pond|water|canal)|water (?:is )?coming in(?= [.,]| $| and| fast)',
  },
  { id: 'overdose-now', kind: 'emergency', negatable: false, pattern: '(?:i think )?(?:im|i am) (?:overdosing|oding)(?= [.,]| $| right now| now| and| i)' },
];
