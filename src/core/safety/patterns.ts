/**
 * Building blocks for the safety rules. Rules are regular expressions over the normalised
 * token stream (see normalize.ts): tokens are separated by exactly one space and the text
 * is padded with a space at both ends, so a pattern never has to think about punctuation,
 * case or spelling. Every fragment here matches whole tokens and every repetition is
 * bounded, which keeps matching linear in the length of the message.
 *
 * A rule pattern is written with `{NAME}` placeholders that expand to the fragments below.
 * Gap fragments start with their own space: write "want{ADV} to", not "want {ADV} to".
 */

/** Negating words: a negator shortly before a phrase about dying turns it into a mention. */
export const NEGATORS = [
  'not', 'never', 'dont', 'doesnt', 'didnt', 'wont', 'wouldnt', 'cant', 'couldnt', 'shouldnt', 'isnt', 'arent', 'wasnt', 'werent', 'aint',
  'havent', 'hasnt', 'hadnt', 'no', 'nor', 'nobody', 'neither', 'nunca', 'jamas', 'ni',
] as const;

/** Fillers that may sit inside a phrase without changing who or what it is about. */
const ADVERBS = [
  'just', 'really', 'literally', 'honestly', 'actually', 'simply', 'finally', 'quietly', 'peacefully', 'seriously', 'so', 'fucking', 'fuckin', 'fking', 'fkn',
  'freaking', 'frickin', 'effing', 'kinda', 'kind', 'of', 'sort', 'lowkey', 'highkey', 'genuinely', 'truly', 'already', 'also', 'still', 'even', 'all', 'badly',
  'bad', 'desperately', 'definitely', 'probably', 'maybe', 'totally', 'completely', 'pretty', 'sometimes', 'often', 'always', 'secretly', 'like', 'go', 'rather',
  'very', 'too', 'now', 'then', 'again', 'constantly', 'tonight', 'today', 'soon', 'almost', 'nearly', 'somehow', 'ever', 'much', 'more', 'fr', 'tbh', 'lol',
  'ngl', 'def', 'prob', 'basically', 'legit', 'deadass', 'deeply', 'strongly', 'sincerely', 'please', 'pls', 'plz', 'gonna', 'want', 'wanna', 'ready',
] as const;

const WORD = '[^ .,?]+';
const NEG = `(?:${NEGATORS.join('|')})`;

/** Things people take an overdose of. */
const PILLS =
  '(?:pills|pill|meds|med|medication|medications|medicine|medicines|tablets|tablet|capsules|prescriptions|painkillers|opioids|opiates|oxys|benzos|sleeping pills|xanax|klonopin|ativan|valium|ambien|seroquel|trazodone|oxycodone|tylenol|insulin|lithium|sertraline|zoloft|lexapro|prozac|wellbutrin|effexor|amitriptyline|gabapentin|tramadol|hydrocodone|percocet|fentanyl|heroin|ibuprofen|advil|paracetamol|acetaminophen|aspirin|antidepressants|sleeping tablets)';

/** Reflexive pronouns; the person they name is who is at risk. */
const REFLEXIVE = '(?:myself|himself|herself|themselves|themself|yourself|oneself|ourselves)';
const POSSESSIVE = '(?:my|his|her|their|your|ones|our)';

/**
 * Ways to say dying, in the infinitive, that are never idioms ("going to kill myself",
 * but not "going to die", which is mostly fear or hyperbole).
 */
const DIE_STRONG = `(?:kill ${REFLEXIVE}|end (?:it all|it|things|everything|${POSSESSIVE} (?:own )?life|${REFLEXIVE}|my existence|my suffering|my misery|it once and for all)(?! with| early| now\\?| for (?:today|the day|now|the night|this session|the session|the month|the year))|take ${POSSESSIVE} (?:own )?life|commit suicide|unalive(?: ${REFLEXIVE})?|self delete|off ${REFLEXIVE}|overdose(?! on (?:snacks|food|sugar|caffeine|coffee))|od|hang ${REFLEXIVE}|shoot ${REFLEXIVE}(?! in the (?:foot|leg))|drown ${REFLEXIVE}|not (?:be here|exist|be alive|wake up(?! (?:so |too |this |that )?(?:early|late|on time|in time|before (?:noon|\\d)|at \\d|for (?:work|school|class|my alarm)))|be around|live)|never wake up|stop (?:existing|living|being alive)|cease to exist|cease existing|disappear(?:(?: {W}){0,4} (?:forever|for good|permanently)| from (?:this|the) (?:world|earth|planet)|(?= [.,?]| $| and| but| lol| honestly| tbh| fr| sometimes| completely| without| into thin air| off the face))|sleep forever|go to sleep forever|(?:go to )?sleep (?:and|n) (?:never|not|dont|wont) wake up|check out (?:for good|permanently|early|of life)|leave this (?:world|earth|life)|be gone(?: forever| for good|(?= [.,?]| $| already| and| but| lol| honestly| from (?:this|here|everyone)))|jump (?:off|from|in front of) ${WORD}(?: ${WORD})?|slit ${POSSESSIVE} (?:wrists|wrist|throat)|be with (?:god|jesus) now|sewer slide|unalive|(?:commit|kermit) sudoku|kermit suicide)`;

/** Idioms built on "die": die of embarrassment, to die for, dye my hair. */
const DIE_BARE = `(?:die(?! (?:of|from|with) (?:embarrassment|laughter|laughing|boredom|shame|happiness|excitement|cuteness|hunger|thirst|curiosity|jealousy|envy|old age|cringe|anticipation|suspense|the heat|heat)| for(?! (?:years|months|weeks|days|so long|a while|a long time|ages|the (?:last|past)|most of|as long|a few|\\d+ (?:years|months|weeks|days)))| laughing| happy| old| my hair| your hair| her hair| his hair| alone at)|be dead|dye(?= [.,?]| $| lol| honestly| rn))`;
const DIE_ANY = `(?:${DIE_BARE}|${DIE_STRONG})`;

/** Gerunds and nouns for dying, as in "thinking about ___". */
const DYING = `(?:dying(?! to| for| of (?:embarrassment|laughter|thirst|hunger|boredom|curiosity))|being dead|death(?! of| penalty| metal| row| certificate| toll| rate| rates)|my death|my own death|my funeral|my own funeral|killing ${REFLEXIVE}|ending (?:it all|it|things|everything|${POSSESSIVE} (?:own )?life|${REFLEXIVE}|my existence|my suffering)(?! with| early| for (?:today|the day|now|the night))|taking ${POSSESSIVE} (?:own )?life|committing suicide|suicide(?! prevention| rates| rate| risk| hotline| line| squad| doors)|unaliving(?: ${REFLEXIVE})?|self deleting|overdosing|oding|hanging ${REFLEXIVE}|shooting ${REFLEXIVE}(?! in the foot)|drowning ${REFLEXIVE}|slitting ${POSSESSIVE} wrists|not (?:being here|existing|being alive|waking up(?! (?:so |too |this |that )?(?:early|late|on time|in time|before (?:noon|\\d)|at \\d|for (?:work|school|class|my alarm)))|being around|living)|never waking up|jumping(?: (?:off|from|in front of) ${WORD}(?: ${WORD})?|(?= [.,?]| $| again| lately| sometimes| and| but))|driving (?:off|into|in front of) (?:the|a|an|oncoming) (?:road|cliff|bridge|tree|wall|river|lake|traffic|truck|train|pole|barrier|overpass)|crashing (?:my|the|his|her) car|swallowing (?:all|everything)(?: (?:of|my|the|in))*(?: [^ .,?]+)?|overdoses|lethal doses|suicide methods|ways to die|how to (?:die|kill myself|end it|do it)|disappearing(?: forever| for good)?(?= [.,?]| $| forever| and| but)|cutting ${REFLEXIVE}|hurting ${REFLEXIVE}|harming ${REFLEXIVE}|sewer slide|unalive)`;

/** What someone wants to keep doing, when they say they no longer want it. */
const LIFE = `(?:live(?! (?:in|with|at|near|on|there|here|off|through|by|alone|together|abroad|closer|far|somewhere|a lie|up|it up|out|like that|in fear|without))|living(?! (?:in|with|at|near|on|there|here|arrangements|room|situation|expenses|alone|together|abroad|costs))|be alive|being alive|stay alive|staying alive|exist|existing|be here(?= [.,?]| $| anymore| any longer| on this earth| in this world| now| lol| honestly| and| but| tbh| fr| rn| no more)|be around(?= anymore| any longer| much longer| [.,?]| $)|wake up(?! (?:early|at|before|so early|in time|on time|for|this early|every|to go|to the|with|that early|till|until)| \\d)|go on(?= [.,?]| $| anymore| any longer| living| like this| with life| with this life| and| no more)|keep going(?= [.,?]| $| anymore| any longer| like this| on)|keep living|continue living|continue(?= [.,?]| $| anymore| any longer| like this| my life| on)|do life|do this life|see tomorrow|see another day|see the next day|survive(?= [.,?]| $| anymore| another| this| much)|breathe anymore|be on this earth|be in this world|be a person anymore|be me anymore|try anymore)`;

/** A clause ends here: a boundary, the end of the text, or a word that starts a new thought. */
const CLAUSE_END =
  '(?= [.,?]| $| (?:and|but|so|because|cause|cuz|lol|lmao|haha|tbh|honestly|fr|anymore|tonight|today|now|right|already|though|tho|i|im|its|please|idk|ok|then|soon|again|ngl|or|like|rn|smh|sorry|lmfao|xd|ive|ill|id|my|this|just|for real|forreal|if)(?= ))';

export const MACROS: Readonly<Record<string, string>> = {
  W: WORD,
  G1: `(?: ${WORD}){0,1}`,
  G2: `(?: ${WORD}){0,2}`,
  G3: `(?: ${WORD}){0,3}`,
  G4: `(?: ${WORD}){0,4}`,
  G6: `(?: ${WORD}){0,6}`,
  G8: `(?: ${WORD}){0,8}`,
  G10: `(?: ${WORD}){0,10}`,
  /** A gap of up to three words, none of them a negator. */
  N3: `(?: (?!${NEG} )${WORD}){0,3}`,
  ADV: `(?: (?:${ADVERBS.join('|')})){0,3}`,
  NEG,
  PILLS,
  REFLEXIVE,
  POSSESSIVE,
  DIE_STRONG,
  DIE_ANY,
  DYING,
  LIFE,
  EOC: CLAUSE_END,
  /** Not followed by an appointment the writer may miss ("be here for the 3pm", "make it by noon"): a plan for the day, not the future. */
  ON_TIME: '(?! (?:for|by|at|in time for|until|til|till|on time for)(?: the| my| our| your| this| that)? (?:\\d|appointment|appt|session|infusion|visit|meeting|call|class|pickup|pick up|noon|lunch|dinner|ride|check ?in))',
  /** At the start of a sentence or clause (for fragments: "suicidal again.", "cut again last night"). */
  START: '(?<=^ | [.,?] )',
};

/** Expands `{NAME}` placeholders; an unknown name is a programming error caught at load. */
export function expandMacros(source: string): string {
  return source.replace(/\{([A-Z][A-Z0-9_]*)\}/g, (_whole, name: string) => {
    const fragment = MACROS[name];
    if (fragment === undefined) throw new Error(`unknown safety pattern macro {${name}}`);
    // Fragments may themselves use macros (none do today); expand once more to be safe.
    return fragment.includes('{') && /\{[A-Z][A-Z0-9_]*\}/.test(fragment) ? expandMacros(fragment) : fragment;
  });
}

/** Index of the `]` that closes the character class opening at `start`. */
function classEnd(source: string, start: number): number {
  for (let i = start + 1; i < source.length; i++) {
    if (source[i] === '\\') i++;
    else if (source[i] === ']') return i;
  }
  return source.length - 1;
}

/** Index of the `)` that closes the group opening at `start`. */
function groupEnd(source: string, start: number): number {
  let depth = 0;
  for (let i = start; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  throw new Error('unbalanced group in safety pattern');
}

/** Splits a regular-expression source at its top-level `|`. */
export function splitAlternatives(source: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') i = classEnd(source, i);
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) {
      parts.push(source.slice(from, i));
      from = i + 1;
    }
  }
  parts.push(source.slice(from));
  return parts;
}

/** A look-ahead alternative such as " and" must end on a token boundary, or " i" would match " in". */
function needsTokenEnd(alternative: string): boolean {
  return alternative.startsWith(' ') && /[a-z0-9)?*+}]$/.test(alternative) && !/\\[a-zA-Z]$/.test(alternative);
}

/**
 * Rewrites every look-ahead so that each of its word alternatives ends at a token boundary.
 * Rule authors can then write `(?= and| i)` or `(?! for)` without thinking about "in" or "forever".
 */
export function boundLookaheads(source: string): string {
  let out = '';
  for (let i = 0; i < source.length; ) {
    const c = source[i] as string;
    if (c === '\\') {
      out += source.slice(i, i + 2);
      i += 2;
    } else if (c === '[') {
      const end = classEnd(source, i);
      out += source.slice(i, end + 1);
      i = end + 1;
    } else if (source.startsWith('(?=', i) || source.startsWith('(?!', i)) {
      const end = groupEnd(source, i);
      const alternatives = splitAlternatives(source.slice(i + 3, end)).map((alt) => {
        const inner = boundLookaheads(alt);
        return needsTokenEnd(inner) ? `${inner}(?= )` : inner;
      });
      out += `${source.slice(i, i + 3)}${alternatives.join('|')})`;
      i = end + 1;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}

/** Group repetition is always bounded, so no pattern can run away on long input. */
function boundRepetition(source: string): string {
  return source.replace(/\)\*/g, '){0,8}').replace(/\)\+/g, '){1,8}');
}

/** The inner regular-expression source for a rule pattern (what the prefilter analyses). */
export function innerSource(source: string): string {
  return boundRepetition(boundLookaheads(expandMacros(source)));
}

/** The regular-expression source for a rule pattern: whole tokens only, bounded look-aheads. */
export function patternSource(source: string): string {
  return ` (?:${innerSource(source)})(?= )`;
}

/** Compiles a rule pattern for scanning a whole message. */
export function compilePattern(source: string): RegExp {
  return new RegExp(patternSource(source), 'g');
}

/** Compiles one top-level alternative of an already expanded inner source. */
export function compileAlternative(inner: string): RegExp {
  return new RegExp(` (?:${inner})(?= )`, 'g');
}

/** Compiles a pattern for a single yes/no test on a span of text. */
export function compileTest(source: string): RegExp {
  return new RegExp(patternSource(source));
}
