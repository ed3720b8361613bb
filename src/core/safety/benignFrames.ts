/** Everyday frames around a match (context.ts reads the rest of its sentence). */
import { contextWindow, countSpaces, spanText } from './context';
import { compileTest } from './patterns';

/**
 * Everyday frames that borrow the words of a disclosure: sleeping deeply after an infusion ("felt like i
 * could sleep forever"), a game or film, a goodbye to a retiring therapist or a childhood home, the last
 * message for today, affairs put in order for a trip, a weekly pill organiser, being tired of paperwork,
 * "i'd rather die than get a needle". A match inside one is not a disclosure; other matches still count.
 */
const BENIGN_FRAME = compileTest(
  [
    '(?:slept|sleep|sleeps|sleeping|nap|napped|drowsy|sleepy|knocked out|crashed)(?: [^ .?]+){0,8} (?:could|would|will|ll|hell|shell|like) (?:i |he |she )?(?:could )?(?:sleep forever|never wake up)',
    '(?:joke|joked|joking|jokes|kidding)(?: {W}){0,3} (?:that )?(?:hell|shell|he will|she will|ill|i will|i could|he could|she could|they will|theyll) (?:never wake up|sleep forever)',
    '(?:novel|story|book|screenplay|script|fiction|short story) (?:where|about|in which)(?: {W}){0,14}|(?:my|his|her|the) (?:character|avatar|sim)|in (?:the|a|this|that) (?:game|video game|movie|film|book|novel|show|episode)',
    'goodbye (?:letter |card |note |message )?(?:to|for) (?:my|the|our) (?:therapist|teacher|coworker|colleague|boss|team|doctor|nurse|childhood|old|home|house|apartment|job|office|city|town|students|class|neighbors?)',
    '(?:shes|hes|theyre|she is|he is|they are) (?:retiring|moving away|moving|leaving (?:the|her|his|their) (?:practice|job|clinic))',
    'last (?:message|text|question) (?:for (?:today|tonight|now|the day|a while)|before (?:i go on|my|the|vacation|i leave for|i head))|por hoy|lo prometo',
    'affairs in order (?:for|before|after)(?: (?:the|my|this|next|his|her))?(?: {W})? (?:week|trip|surgery|replacement|operation|appointment|infusion|treatment|vacation|leave|procedure|time off)',
    'affairs in order(?: {W}){0,4}(?: [.,])* (?:taxes|insurance paperwork|the boring stuff|paperwork|receipts|bills)',
    '(?:pills|meds) (?:all )?lined up (?:in|for) (?:the|my|a) (?:weekly |daily )?(?:organizer|organiser|pill box|pillbox|pill case|week)',
    '(?:tired|sick) of (?:it all|everything)(?: [.,])? (?:the|all the|with the) (?:paperwork|calls|bills|insurance|forms|traffic|waiting|emails|prior auth|phone calls)',
    'stuck in (?:a|some|an|the|that)(?: {W}){0,2} (?:trip|session|experience|state|k hole|khole|dissociation)',
    '(?:i|he|she) (?:take|takes) all (?:of )?(?:my|his|her) (?:pills|meds|medications|medicines|medication)(?= [.,]| $| on time| every| as prescribed| daily| like| regularly)',
    'sleep when (?:im|i am|hes|shes|youre) dead|(?:my|the) characters (?:die|dying)|(?:novel|crime|mystery|horror) writer|dead broke|feel like death (?:today|warmed over)|overdid it',
    '(?:jump off|throw myself off|drive off) (?:a|the) (?:cliff|bridge|roof)(?: {W}){0,2} (?:for|over) (?:a|this|the)|tired (?:that )?i could sleep forever|(?:dont|do not) (?:wanna|want to) be here anymore(?: [.,])* the (?:waiting room|tv|music)',
    '(?:rather|prefer to|prefiero) (?:die|be dead|morirme|morir) (?:than|antes (?:de )?que|que) (?:do|doing|sit through|sitting through|attend|watch|go to) (?:another|one more|a|the)',
    '(?:rather|prefer to|prefiero) (?:die|be dead|morirme|morir) (?:than|antes (?:de )?que|que) (?:get|getting|have|having|take|taking|go back on|go back to|eat|eating|wear|use|be seen|pay|wait|fly|flying|drive|work|go to|let|me pongan|ir|comer|pagar)(?!(?: {W}){0,4} (?:another day|this life|living|pain|like this))',
    // Goodbyes to someone who died, a clinician who leaves, a city one moves from.
    'goodbyes?(?: {W}){0,6} (?:before|when|after|as) (?:he|she|they) (?:passed|died|went into hospice)|(?:passed|died|passing)(?: {W}){0,8} (?:say|said|saying) (?:my |our )?(?:last |final )?goodbyes?|(?:to|for) (?:my|our) late {W}|goodbye(?: {W}){0,6} (?:in |into |to )?hospice',
    '(?:moving|relocating|graduating|transferring) (?:to|away|out)(?: {W}){0,8} (?:goodbye|bye)|(?:goodbye|bye)(?: {W}){0,12} (?:moving|relocating) (?:to|away)|goodbye cruel world(?: ,)? hello',
    '(?:help|helps|helped|treat|treats|work|works|effective|evidence|funciona|ayuda)(?: (?:with|for|on|against|in|para|con))? (?:self harm|selfharm|suicidal|personas que se autolesionan) ?(?:urges|thoughts|ideation|behaviou?r)?',
    // Letters that are thanks, goodbyes to an illness, a view from the roof.
    '(?:letters|notes|cards) to (?:everyone|everybody|all)(?: {W}){0,4} (?:baby shower|wedding|shower|party|graduation|who came)|goodbye (?:letter|note|card)s? to (?:my|your|the) (?:depression|anxiety|addiction|eating disorder|old self|younger self|past self|old life)',
    '(?:on|from) the roof(?: {W}){0,6} (?:fireworks|sunset|sunrise|stars|view|eclipse|party|bbq|barbecue|enjoying|sun|deck)|(?:fireworks|sunset|sunrise|eclipse) from the roof',
    '(?:letter|letters|note|notes) (?:to|for) (?:my|each of my|all my)(?: {W}){1,2} for (?:their|his|her|the)',
    '(?:feeling|floating|dissociation|infusion|session|trip|it|k hole|khole) (?:ever |will |would |can )?(?:feel|feels|felt) like (?:dying|death)',
    'plan (?:for|of) (?:how to get|getting|the ride|a ride|my ride|the drive|transport)|(?:all )?planned out(?: [.,])? (?:infusion|session|appointment|treatment)|(?:everything|all) ready for (?:my|the) (?:first )?(?:session|infusion|appointment|visit|treatment|trip)',
    '(?:cant take|cant do|cant stand) (?:this|it) anymore(?: [.,])? (?:the|this|my) (?:hold music|traffic|printer|weather|heat|noise|wifi|internet|commute|homework)|over (?:winter|summer|this weather|the rain|the snow|this cold|mondays)',
    '(?:cant take|cant do|cant stand) (?:this|it) anymore(?: [.,])? (?:the|this|my|these) (?:{W} )?(?:slot|forms|paperwork|insurance|commute|schedule|meetings|emails)',
    'rope(?: {W}){0,2} for (?:the|a|my|our) (?:climbing|tire swing|swing|boat|tent|camping|garden|hammock|dog|tree house|treehouse|gym)|end (?:things|it) on a (?:good|high|positive) note|wont make it(?: [.,])? (?:my|the) (?:flight|train|bus|car|ride)',
  ].join('|'),
);

/** How near a frame must be to the match it explains: "my character | jumped off a bridge", "stuck in some awful trip | with | no way out". */
const FRAME_REACH = 2;

/**
 * Whether an everyday frame covers the match or ends right before it. A frame elsewhere in the
 * sentence explains nothing: "a goodbye to my childhood home, i want to die" is still a crisis.
 */
export function isBenignFrame(tokens: readonly string[], start: number, end: number): boolean {
  const { from, to } = contextWindow(tokens, start, end, 12, 12);
  const text = spanText(tokens, from, to);
  const frames = new RegExp(BENIGN_FRAME.source, 'g');
  for (let match = frames.exec(text); match !== null; match = frames.exec(text)) {
    // The window's text is " tok tok ... ": the tokens a match spans are counted by the spaces before it.
    const first = from + countSpaces(text, match.index + 1) - 1;
    const last = first + countSpaces(match[0], match[0].length) - 1;
    if (first <= end + FRAME_REACH && last >= start - FRAME_REACH) return true;
    frames.lastIndex = match.index + 1;
  }
  return false;
}

/** For compiling at start-up with the rules. */
export const FRAME_PATTERNS: readonly RegExp[] = [BENIGN_FRAME];
