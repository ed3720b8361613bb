/**
 * The linguistic judgements the classifier makes about one match: who the sentence is about,
 * whether it is negated, hypothetical, history, a question someone else asked, or someone else's
 * quoted words. The scanning engine is classifier.ts; the rules themselves are rules*.ts.
 */
import { BOUNDARY_TOKENS } from './normalize';
import { compileTest, NEGATORS } from './patterns';
import { isRelation, personOf, type Person } from './persons';
import type { RuleSpec } from './ruleSpec';

/** How far (in tokens) context is read around a match. */
const CONTEXT_TOKENS = 10;

// ---------------------------------------------------------------------------------------
// Who is the sentence about?

/** Relative pronouns point back to the noun before them ("my son, who is 15, wants to die"). */
const TRANSPARENT = new Set(['who', 'that', 'which', 'whom', 'whos', 'whose', 'que']);

/** The nearest subject before token `start`, within the same sentence. */
export function subjectBefore(tokens: readonly string[], start: number): Person | undefined {
  for (let i = start - 1; i >= 0 && i >= start - CONTEXT_TOKENS; i--) {
    const t = tokens[i] as string;
    if (t === '.' || t === '?') return undefined;
    if (t === ',' || TRANSPARENT.has(t)) continue;
    // "my 16 yo", "our 12 year old", "my 15yo": a young person the writer speaks of, not Spanish "yo".
    if (isAgeNoun(tokens, i)) return 'third';
    // Spanish "mi hija me dijo", "me escribio": "me" is who was told, not who speaks.
    if (t === 'me' && SPANISH_TELLING.has(tokens[i + 1] ?? '')) continue;
    // "my friend sent me a picture of pills lined up": "me" is who was sent it.
    if (t === 'me' && SENDING_VERBS.has(tokens[i - 1] ?? '')) continue;
    // "letters to all of us", "worried about me": an object after a preposition is not the subject.
    if ((t === 'me' || t === 'us') && (PREPOSITIONS.has(tokens[i - 1] ?? '') || tokens[i - 1] === 'to')) continue;
    // "a patient of mine has...": the possessive names whose patient, not who has it.
    if (t === 'mine' && tokens[i - 1] === 'of') continue;
    const person = personOf(t);
    // "my teenagers group chat": someone the writer knows (a possessive "teenager's" spelled as a plural).
    if (person === 'generic' && (tokens[i - 1] === 'my' || tokens[i - 1] === 'our')) return 'third';
    // "guy on my team keeps joking about...": a possessive after a preposition is not the subject.
    if (POSSESSIVES.has(t) && PREPOSITIONS.has(tokens[i - 1] ?? '') && !isRelation(tokens[i + 1] ?? '')) continue;
    // "i hold it together for the kids": people after a preposition are not the subject either.
    if (isRelation(t) && tokens[i - 1] === 'the' && PREPOSITIONS.has(tokens[i - 2] ?? '')) continue;
    // "if a patient is going to stop existing": nobody the writer names, maybe the writer.
    if (person === 'third' && UNNAMED_ROLES.has(t) && (tokens[i - 1] === 'a' || tokens[i - 1] === 'any') && !(tokens[i + 1] === 'of' && tokens[i + 2] === 'mine') && !(HAVING.has(tokens[i - 2] ?? '') && WE_OR_I.has(tokens[i - 3] ?? ''))) return 'generic';
    if (person !== undefined) return person;
  }
  return undefined;
}
const UNNAMED_ROLES = new Set(['patient', 'client', 'member']);
/** "i have a client with...": a particular person, not people in general. */
const HAVING = new Set(['have', 'had', 'see', 'seeing', 'treat', 'treating', 'got']);
const WE_OR_I = new Set(['i', 'we', 'ive', 'im']);
const SENDING_VERBS = new Set(['sent', 'send', 'sends', 'texted', 'texts', 'texting', 'told', 'tells', 'telling', 'showed', 'shows', 'show', 'gave', 'gives', 'asked', 'asks', 'messaged', 'emailed', 'called', 'calls', 'keeps']);
const SPANISH_TELLING = new Set(['dijo', 'dice', 'decia', 'conto', 'cuenta', 'escribio', 'escribe', 'mando', 'manda', 'confeso', 'comento', 'pregunto', 'texteo', 'grito', 'confeso']);
const YEARS = new Set(['year', 'years', 'yr', 'yrs']);

function isAgeNoun(tokens: readonly string[], i: number): boolean {
  const t = tokens[i] as string;
  if (t === 'yo') return /^\d+$/.test(tokens[i - 1] ?? '');
  if (t === 'o' && tokens[i - 1] === 'y') return /^\d+$/.test(tokens[i - 2] ?? ''); // "our 20 y/o"
  if (t === 'old' || t === 'olds') return YEARS.has(tokens[i - 1] ?? '') && /^\d+$/.test(tokens[i - 2] ?? '');
  return /^\d+(?:yo|yr|yrs)$/.test(t);
}
const POSSESSIVES = new Set(['my', 'his', 'her', 'their', 'our', 'your']);
const PREPOSITIONS = new Set(['on', 'in', 'at', 'from', 'with', 'for', 'of', 'about', 'into', 'onto', 'near', 'by']);

/** The last personal pronoun inside the match: the one the phrase is about ("better off without me", "you won't hear from me"). */
function pronounWithin(tokens: readonly string[], start: number, end: number): Person | undefined {
  for (let i = end; i >= start; i--) {
    const t = tokens[i] as string;
    if (isRelation(t) || t === 'nobody' || t === 'everyone' || t === 'everybody') continue;
    const person = personOf(t);
    if (person !== undefined) return person;
  }
  return undefined;
}

const THIRD_REFLEXIVES = new Set(['himself', 'herself', 'themselves', 'themself']);

/** A match that opens with "i" or "im" ("im a burden") is the writer's own, whoever was named before. */
const FIRST_SUBJECTS: ReadonlySet<string> = new Set(['i', 'im', 'ive', 'id']);
const SUBJECT_CONTRACTIONS: ReadonlySet<string> = new Set(['hes', 'shes', 'theyre', 'theyve', 'theyll', 'theyd', 'hed', 'shed', 'youre', 'youve', 'youll', 'youd']);

export function resolvePerson(spec: RuleSpec, tokens: readonly string[], start: number, end: number): Person {
  if (spec.person === 'first') return 'first';
  // A match that starts with its own subject ("shes suicidal") is about that subject, unless it
  // stands for people in general ("if a patient says theyre suicidal").
  const before = subjectBefore(tokens, start);
  const own = SUBJECT_CONTRACTIONS.has(tokens[start] as string) ? personOf(tokens[start] as string) : FIRST_SUBJECTS.has(tokens[start] as string) ? 'first' : undefined;
  // Spanish "se quiere matar", "se corta": the reflexive "se" names someone else, whatever came before ("un alumno me dijo que se...").
  const reflexive = tokens[start] === 'se' ? 'third' : undefined;
  // A clause of its own after a break is its own subject's ("just so someone knows, im suicidal").
  const ownClause = own !== undefined && (tokens[start - 1] === ',' || tokens[start - 1] === '.');
  const subject = before === 'generic' && !ownClause ? before : (own ?? reflexive ?? before);
  if (spec.person === 'object') {
    const inside = pronounWithin(tokens, start, end);
    // "he wants to kms": "myself" came from shorthand, so an explicit third-person subject wins.
    if (inside === 'first' && subject === 'third' && tokens.slice(start, end + 1).includes('myself')) return 'third';
    if (inside !== undefined) return inside;
  } else {
    for (let i = start; i <= end; i++) if (THIRD_REFLEXIVES.has(tokens[i] as string)) return subject === 'generic' ? 'generic' : 'third';
  }
  // "sounds suicidal", "seems suicidal" with no one named: a judgement of something seen, not the writer's own state.
  if (subject === undefined && (PERCEPTION_VERBS.has(tokens[start] as string) || PERCEPTION_VERBS.has(tokens[start - 1] as string))) return 'generic';
  return subject ?? spec.dropped ?? 'first';
}
const PERCEPTION_VERBS: ReadonlySet<string> = new Set(['sounds', 'sounded', 'seems', 'seemed', 'looks', 'looked']);

// ---------------------------------------------------------------------------------------
// Negation and hypotheticals

const NEGATOR_SET: ReadonlySet<string> = new Set(NEGATORS);
const CLAUSE_BREAKERS = new Set(['but', 'and', 'so', 'because', 'though', 'although', 'yet', 'or', 'if', 'when', 'cause', 'cuz', 'except', 'pero', 'y', 'porque']);
/** "can't stop thinking about dying" is not a negation of the thinking. */
const NOT_A_NEGATION_BEFORE = new Set(['stop', 'help', 'quit', 'resist', 'wait', 'shake', 'get', 'seem', 'even', 'escape', 'ignore', 'tell', 'explain', 'lie',
  // "if it doesnt work ill ...", "si no funciona se va a quitar la vida": the negator belongs to another verb.
  'work', 'works', 'worked', 'helps', 'lift', 'lifts', 'improve', 'improves', 'funciona', 'funcione', 'sirve', 'ayuda',
  // "my parents dont know that i...", "mis papas no saben que...": what is not known is still true.
  'know', 'knows', 'saben', 'sabe', 'sabia', 'sabian']);

const HELP_VERBS = new Set(['help', 'keep', 'make', 'stop']);
const RHETORICAL = new Set(['why', 'reason', 'stopping', 'cause', 'point']);

/** Words between a negator and what it negates that do not weaken it ("not having any thoughts of hurting myself"). */
const NEGATION_FILLERS = new Set(['having', 'have', 'any', 'thoughts', 'thought', 'of', 'about', 'urges', 'urge', 'plans', 'intention', 'intentions', 'feelings', 'desire']);

/** A negator up to four tokens (not counting fillers) before the match, before any new subject or clause. */
export function isNegated(tokens: readonly string[], start: number): boolean {
  // "not suicidal just want to die", "im not going to kill myself i just wish i'd die": a new clause after the denial.
  if (tokens[start] === 'just' && !NEGATOR_SET.has(tokens[start - 1] ?? '')) return false;
  let counted = 0;
  for (let i = start - 1; i >= 0 && i >= start - 10 && counted < 4; i--) {
    const t = tokens[i] as string;
    if (!NEGATION_FILLERS.has(t)) counted++;
    if (BOUNDARY_TOKENS.has(t) || CLAUSE_BREAKERS.has(t)) return false;
    if (t === 'just' && !NEGATOR_SET.has(tokens[i - 1] ?? '')) return false;
    if (NEGATOR_SET.has(t)) {
      if (NOT_A_NEGATION_BEFORE.has(tokens[i + 1] ?? '')) return false;
      // "help me not kill myself" pleads; "the pain never stops and neither do the thoughts of killing myself" goes on.
      if (t === 'not' && tokens[i - 1] === 'me' && HELP_VERBS.has(tokens[i - 2] ?? '')) return false;
      if (t === 'neither' && ['do', 'does', 'did', 'have', 'has'].includes(tokens[i + 1] ?? '')) return false;
      // "nobody will notice when im dead": "nobody" is the subject of another verb; "nobody wants to die" negates the match itself.
      if ((t === 'nobody' || (t === 'no' && tokens[i + 1] === 'one')) && start - i > (t === 'no' ? 2 : 1)) return false;
      // "why shouldn't i just ..." (a question in the same sentence, not "i dont know why. im not going to").
      for (let j = i - 1; j >= 0 && j >= i - 3 && !BOUNDARY_TOKENS.has(tokens[j] as string); j--) if (RHETORICAL.has(tokens[j] as string)) return false;
      return true;
    }
    // Spanish "nunca he pensado en...": "he" is the auxiliary (I have), not a subject.
    if (t === 'he' && NEGATOR_SET.has(tokens[i - 1] ?? '')) continue;
    if (t !== 'no' && personOf(t) !== undefined) return false;
  }
  return false;
}

const HYPOTHETICAL = compileTest(
  '(?:(?:nervous|worried|afraid|scared|anxious|concerned|worry)(?: that)? (?:ill|i will|i might|i may|id|it will|it might|it would|im going to|i am going to)|wish|wishes|wished|hope|hopes|hoping|pray|prays|praying|want|wants|wanted|what if|if (?:i|you|he|she|they|someone|my|a|the|we|it)|in case|incase|what happens if|what (?:do|should|would|can) (?:i|you|we|one) do (?:if|when)|(?:can|could|does|do|will|would|might|may|did) (?:ketamine|spravato|esketamine|it|this|that|the treatment|the infusion|infusions|the spray|the medication|the medicine|k|ket|treatment|an infusion) (?:cause|make|give|lead|trigger|induce|raise|increase|affect|result)|is it (?:possible|common|likely|dangerous|safe|rare|unusual) (?:to|for|that)|how (?:common|likely|often|rare)|any risk|risk of|risks of|chance of|chances of|prone to|worried about|worry about|afraid of|scared of|concerned about|nervous about|(?:will|could|might|would) (?:i|my {W}|he|she|they) (?:have|get|be|feel|experience|pass|stop)|should i worry|is (?:that|this|it) (?:common|normal|expected)|(?:thought|felt like) i was (?:going|gonna) to|difference between|side effects? (?:like|such as|include|including))',
);
const HISTORY = compileTest(
  '(?:history of|years ago|year ago|months ago|in the past|(?<! at )once|in college|in high school|as a teenager|back then|last time|the last time|that time|when i (?:think|get|feel|am|worry|have|exercise|run|walk|climb|lie down|eat|drink|wake up|stand up|talk|see|hear)|as a kid|as a child|as a teen|when i was (?:younger|a kid|little|a child|a teen|\\d+)|used to|once when|one time|sometimes|whenever|every time|everytime|when im (?:anxious|stressed|nervous|scared|panicking|upset)|panic attacks?|normally|usually|tend to|side effect|side effects|a while ago|long time ago|(?:\\d+|two|three|four|five|six|a few|a couple of|couple) weeks ago|in the (?:\\d0s|\\d{4}s|nineties|eighties|seventies|sixties)|back in|previously|in \\d{4}|last year|hace \\d+ (?:anos|meses)|hace (?:anos|mucho|tiempo)|el ano pasado|hace (?:un|dos|tres|cuatro|cinco) (?:anos|meses)|cuando (?:era|estaba en) (?:nina|nino|joven|adolescente|chica|chico|la prepa|la secundaria)|ya tiene (?:anos|tiempo)|last (?:week|month|monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|spring|summer|fall|winter))',
);
const CURRENT = compileTest(
  '(?:right now|currently|just now|at the moment|im having|i am having|is having|are having|hes having|shes having|started|starting|wont stop|getting worse|after my|after the|after her|after his|during my|since my|this morning|tonight|an hour ago|minutes ago|help me|please help|help|what do i do|what should i do|(?<!(?:home|stable|fine|ok|okay|better|recovering|safe|discharged|out) )now|happening)',
);

/** "my psychiatrist asked if i had thoughts of suicide": a question someone else asked, not a statement. */
const REPORTED_QUESTION = compileTest('(?:pregunta|pregunto|preguntan|preguntaron|preguntara|preguntaran)(?: (?:me|si|sobre)){0,1} (?:si|sobre|por)|(?:asked|asks|ask|asking|questions?|questionnaire|form|forms|screening|screen|screened|intake)(?: (?:me|us|you|him|her|them|about|the|patient|patients|whether|if|every|each|at|session|visit|time|week|appointment)){0,4} (?:if|whether)|(?:question|item) (?:9|nine) (?:is |asks )?about|(?:screening|intake|phq 9|phq9|form|survey) question about|(?:form|rems|label|leaflet|insert)(?: {W}){0,2} mentions|(?:answered|said|put|checked|marked) (?:no|0|zero|not at all|never) (?:to|for|on)|phq(?: {W}){0,2} (?:asks|asked|asking) about|(?:phq9|phq 9|questionnaire|form|screening|question|item|survey|intake) (?:{W} ){0,2}(?:asks|asked|asking|ask) about|the (?:one|question|item) (?:that asks |asking )?about|(?:form|forms|consent|paperwork|sheet|handout|instructions|pamphlet|policy|website|discharge papers)(?: {W}){0,3} (?:says|say|said|tells|tell|told|instructs)(?: (?:me|us|you|patients))?(?: {W}){0,8} if (?:i|you|we|patients|someone|they)');
/** "i lied and said no. the answer is yes", "the one about being better off dead, thats me": answered after all. */
const LIED_ABOUT_IT = compileTest('(?:its|it is) true(?= [.,]| $)|i lied|(?:the|my) (?:real |honest |true )?answer is yes|the truth is (?:yes|i do|i have)|(?:thats|that is|that one is) (?:me|how i feel)');
const ANSWERED_YES = compileTest('(?:said|answered|told (?:him|her|them)|say|answer|admitted)(?: that)? (?:yes|yeah|yea|i do|i am|i have|i did)|(?:yes|yeah) i (?:do|am|have|did)');

/** Verbs that introduce someone's words ("my son said, i want to die"). */
const REPORTING_VERBS = new Set(['said', 'says', 'say', 'saying', 'wrote', 'writes', 'write', 'texted', 'texts', 'texting', 'messaged', 'messages', 'messaging', 'posted', 'posts', 'posting', 'typed', 'told', 'tells', 'titled', 'called', 'sending', 'sent', 'sends', 'dijo', 'dice', 'decia', 'escribio', 'puso', 'repite', 'repitio', 'diciendo']);
/** Past-tense reporting verbs that, followed straight by "i", quote the speaker even without quote marks ("my son said i want to die"). */
const QUOTING_VERBS = new Set(['said', 'wrote', 'texted', 'messaged', 'posted', 'typed', 'dijo', 'dice', 'decia', 'escribio', 'repite']);
const SPANISH_REPORTING = new Set(['dijo', 'dice', 'decia', 'escribio', 'repite']);
/**
 * Past-tense reporting verb followed straight by "i", or by "when/if/after/once" and "i": the speaker's
 * own words without quote marks ("my son said i want to die", "grandpa said when im gone dont cry").
 */
function isUnmarkedQuote(tokens: readonly string[], verb: number): boolean {
  const next = tokens[verb + 1];
  if (next === 'i' || next === 'im') return true;
  if (next === 'que' && SPANISH_REPORTING.has(tokens[verb] as string)) return true; // "me dijo que esta cansada de vivir"
  return CONDITIONALS.has(next as string) && (tokens[verb + 2] === 'i' || tokens[verb + 2] === 'im');
}
const CONDITIONALS = new Set(['when', 'if', 'after', 'once']);
/** "said, ..." or "texted me, ...": the verb opens a quote. */
function opensQuoteAfter(tokens: readonly string[], verb: number): boolean {
  return tokens[verb + 1] === ',' || (tokens[verb + 1] === 'me' && tokens[verb + 2] === ',') || (tokens[verb + 1] === 'que' && tokens[verb + 2] === ',');
}

/** Things someone else writes that a worried person reads out ("found a note in my daughters backpack: sorry for being a burden"). */
const WRITTEN_THINGS = new Set(['note', 'letter', 'message', 'text', 'post', 'story', 'caption', 'essay', 'homework', 'journal', 'diary', 'snap', 'tweet', 'list', 'history', 'search', 'notebook', 'poem', 'nota', 'carta', 'mensaje']);

const FINDING_VERBS = new Set(['found', 'find', 'read', 'saw', 'discovered', 'got', 'received', 'encontre', 'lei', 'vi']);
const THIRD_POSSESSIVES = new Set(['his', 'her', 'their', 'su']);

/** "found a note in my daughters backpack", "her post": writing the writer came across, by someone else. */
function isSomeoneElsesWriting(tokens: readonly string[], at: number): boolean {
  if (THIRD_POSSESSIVES.has(tokens[at - 1] as string)) return true;
  const found = [1, 2, 3, 4, 5].some((back) => FINDING_VERBS.has(tokens[at - back] as string));
  return found && thirdPersonNear(tokens, at);
}

/** A third person within a few tokens of position `at`. */
function thirdPersonNear(tokens: readonly string[], at: number): boolean {
  for (let i = Math.max(0, at - 4); i <= Math.min(tokens.length - 1, at + 4); i++) if (personOf(tokens[i] as string) === 'third') return true;
  return false;
}

/**
 * Whether a first-person match sits inside someone else's quoted words: after a reporting verb
 * whose subject is another person and a quote (a "," here, as normalisation turns quotes into
 * soft breaks), or after a note or message of theirs that the writer found and quotes.
 */
export function isQuotedFromSomeoneElse(tokens: readonly string[], start: number): boolean {
  let quoted = false;
  let crossedSentence = false;
  let innerBreaker = false;
  for (let i = start - 1; i >= 0 && i >= start - 24; i--) {
    const t = tokens[i] as string;
    if (t === ',') quoted = true;
    else if (t === '.' || t === '?') {
      // A found note's words often follow a colon, which ends the sentence.
      if (crossedSentence) return false;
      crossedSentence = true;
    } else if (CLAUSE_BREAKERS.has(t)) {
      // A list of quotes ("keeps saying, i wish i was never born, and, i want to die") and an
      // intensifier inside one ("im so done, i just want to disappear") do not end the quote.
      const listOfQuotes = (t === 'and' || t === 'or') && tokens[i + 1] === ',' && tokens[i - 1] === ',';
      const intensifier = t === 'so' && personOf(tokens[i + 1] as string) === undefined;
      // The quote opens with it ("my wife said, if this doesnt work im going to kill myself").
      const opensQuote = tokens[i - 1] === ',' && REPORTING_VERBS.has(tokens[i - 2] ?? '');
      if (listOfQuotes || intensifier) continue;
      if (opensQuote) continue;
      // A clause of its own after a break ("..., but i want to die") is the writer's.
      if (tokens[i - 1] === ',' || i === 0) return false;
      // Inside quoted words ("nobody would care if i killed myself"): only a verb that opens the quote can claim them.
      innerBreaker = true;
    } else if (WRITTEN_THINGS.has(t) && (quoted || crossedSentence)) return isSomeoneElsesWriting(tokens, i);
    else if (REPORTING_VERBS.has(t) && !crossedSentence && (quoted || (QUOTING_VERBS.has(t) && isUnmarkedQuote(tokens, i) && start - i <= 5))) {
      if (innerBreaker && !opensQuoteAfter(tokens, i)) return false;
      return subjectBefore(tokens, i) === 'third' || thirdPersonNear(tokens, i);
    }
  }
  return false;
}

const SPEAKING_I = new Set(['i', 'im', 'ive', 'id', 'ill', 'yo']);

/**
 * A quote that comes before the person who said it: "i want to die" -- my 16 year old, tonight;
 * "im so tired of being alive" is what my daughter told me. The quote opens the sentence (a soft
 * break first), closes after the match, and a third person follows within a few words.
 */
export function isQuoteBeforeItsSpeaker(tokens: readonly string[], start: number, end: number, opensWithQuote: boolean): boolean {
  let open = start - 1;
  while (open >= 0 && open >= start - 16 && tokens[open] !== ',' && !isSentenceEnd(tokens[open] as string)) open--;
  const quoteOpensMessage = open < 0 && opensWithQuote;
  if (!quoteOpensMessage && (tokens[open] !== ',' || (open > 0 && !isSentenceEnd(tokens[open - 1] as string)))) return false;
  let close = end + 1;
  while (close < tokens.length && close <= end + 16 && tokens[close] !== ',' && !isSentenceEnd(tokens[close] as string)) close++;
  for (let i = close + 1; i < tokens.length && i <= close + 6; i++) {
    const t = tokens[i] as string;
    if (isAgeNoun(tokens, i) || personOf(t) === 'third') return true;
    if (isSentenceEnd(t) || SPEAKING_I.has(t)) return false; // "i want to die" i told my mom: the writer's own words
  }
  return false;
}

export const BEREAVED = compileTest('(?:he|she|they|who) (?:passed|died)|passed away|(?:his|her|their) funeral|rest in peace|rip');

/** Rules about an attempt or about having been suicidal, which a time marker can put in the past. */
const EPISODE_RULES = new Set(['attempt', 'suicidal', 'no-will-to-live', 'self-harm', 'goodbye', 'attempt-now', 'means', 'thinking-about-death']);
const PAST_EPISODE = compileTest(
  '(?:years ago|year ago|months ago|a decade ago|decades ago|long time ago|a while ago|in (?:19|20)\\d\\d|back in|in college|in high school|in my (?:teens|twenties|thirties|forties|20s|30s|40s)|when i was (?:younger|a kid|little|a child|a teen|a teenager|in|\\d+)|when (?:i|he|she) was (?:younger|a kid|little|\\d+)|as a (?:kid|child|teen|teenager)|used to|last year|over a year|in the past|over the years|on and off|off and on|in the (?:\\d0s|\\d{4}s|nineties|eighties|seventies)|attempt at \\d\\d(?= [.,]| $| and| but)|long behind me|in my past|the (?:19|20)\\d\\d me|(?:for )?(?:most of|all of|much of) (?:\\d{4}|last year)|was (?:back )?(?:in )?(?:19|20)\\d\\d(?= [.,]| $| and| but)|cuando tenia (?:\\d+|quince|dieciseis|diecisiete|dieciocho|veinte) anos|(?:havent|have not) (?:in|since)(?: over)? (?:a decade|decades|years|\\d+ years)|hace (?:anos|mucho tiempo)|hace (?:mas de |unos |como )?(?:\\d+|muchos|varios|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta) (?:anos|meses))',
);
const STILL_GOING = compileTest(
  '(?:again|still|(?<!not )lately|recently|(?:are|is|came|come|coming|its|theyre) back|(?<!not )these days|this week|this month|last night|yesterday|today|tonight|(?<!not )right now|(?<!not )currently|(?<!not )(?:but|and|right|until|til) now|now (?:he|she|they|hes|shes|theyre|i|im|ive|its|it|my|his|her|the|we|were)|coming back|back again|starting to|started to|keeps|keep saying|says|saying|talks|talking|has been(?! (?:stable|well|fine|doing (?:well|great|fine|better)|better|okay|ok|in remission|good|in therapy))|otra vez|de nuevo|ahora(?! (?:estoy|esta|me siento|se siente|me encuentro|se encuentra) (?:bien|estable|mejor)| tengo \\d+))',
);

/**
 * A past attempt or a past suicidal period told as history ("i attempted in 2012, stable for years",
 * "my mom attempted when i was a kid"), with nothing saying it is back: a mention, not a crisis.
 * The same for anything about someone else that is clearly over ("my ex used to threaten suicide").
 */
export function isPastEpisode(spec: RuleSpec, person: Person, tokens: readonly string[], start: number, end: number): boolean {
  // An attempt told with "tried to" ("i tried to kill myself when i was 17") is an episode whatever the rule.
  const tried = tokens[start] === 'tried' || tokens[start - 1] === 'tried' || tokens[start - 2] === 'tried';
  if (!EPISODE_RULES.has(spec.id) && person !== 'third' && !tried) return false;
  const { from, to } = contextWindow(tokens, start, end, 14, 14);
  const sentence = spanText(tokens, from, to);
  return PAST_EPISODE.test(sentence) && !STILL_GOING.test(sentence);
}

/**
 * A relative says in so many words that the person is safe now ("he's safe right now and in
 * therapy", "they're currently safe"): a history of suicidal thoughts or an attempt told as
 * background to a question is a mention. Only for those rules: "he's safe now. yesterday he said he
 * wants to die" stays other-at-risk.
 */
const SAID_SAFE_NOW = compileTest(
  '(?:hes|shes|theyre|he is|she is|they are|who is|whos) (?:currently |now |doing well and |stable and )?(?:safe|stable)(?: (?:right now|now|currently|today|these days))?(?= [.,?]| and (?:in|sees|seeing|with|doing|getting|under|(?:has|have) a (?:safety )?plan with|(?:has|have) a safety plan|(?:has|have) (?:a|his|her|their) (?:psychiatrist|therapist|doctor|counselor|counsellor|care team))| $)',
);

export function isSaidSafeNow(spec: RuleSpec, tokens: readonly string[]): boolean {
  return EPISODE_RULES.has(spec.id) && SAID_SAFE_NOW.test(spanText(tokens, 0, tokens.length - 1));
}

export function contextWindow(tokens: readonly string[], start: number, end: number, before = CONTEXT_TOKENS, after = CONTEXT_TOKENS): { from: number; to: number } {
  let from = start;
  while (from > 0 && start - from < before && !isSentenceEnd(tokens[from - 1] as string)) from--;
  let to = end;
  while (to < tokens.length - 1 && to - end < after && !isSentenceEnd(tokens[to + 1] as string)) to++;
  return { from, to };
}

function isSentenceEnd(t: string): boolean {
  return t === '.' || t === '?';
}

export function spanText(tokens: readonly string[], from: number, to: number): string {
  return ` ${tokens.slice(from, to + 1).join(' ')} `;
}

/** Spaces before offset `upTo` of a span's text (" tok tok "): how many of its tokens start before it, plus one. */
export function countSpaces(text: string, upTo: number): number {
  let count = 0;
  for (let i = 0; i < upTo && i < text.length; i++) if (text.charCodeAt(i) === 32) count++;
  return count;
}

/** Whether an emergency phrase is told as a hypothetical ("what if i pass out") or as history ("years ago"), rather than happening now. */
export function emergencyFrame(tokens: readonly string[], start: number, end: number): 'hypothetical' | 'history' | undefined {
  const { from, to } = contextWindow(tokens, start, end);
  if (HYPOTHETICAL.test(spanText(tokens, from, end))) return 'hypothetical';
  const whole = spanText(tokens, from, to);
  return HISTORY.test(whole) && !CURRENT.test(whole) ? 'history' : undefined;
}

export function isSuppressedEmergency(tokens: readonly string[], start: number, end: number): boolean {
  return emergencyFrame(tokens, start, end) !== undefined;
}


export function isReportedQuestion(tokens: readonly string[], start: number, end: number): boolean {
  // A form's instructions can run long before the condition they name ("the form says to call 911 or 988 if i have thoughts of").
  const { from, to } = contextWindow(tokens, start, end, 14);
  return REPORTED_QUESTION.test(spanText(tokens, from, start)) && !ANSWERED_YES.test(spanText(tokens, from, to)) && !LIED_ABOUT_IT.test(spanText(tokens, 0, tokens.length - 1));
}

/** The context patterns, for compiling them at start-up with the rules. */
export const CONTEXT_PATTERNS: readonly RegExp[] = [HYPOTHETICAL, HISTORY, CURRENT, REPORTED_QUESTION, ANSWERED_YES, LIED_ABOUT_IT, PAST_EPISODE, STILL_GOING, BEREAVED, SAID_SAFE_NOW];
