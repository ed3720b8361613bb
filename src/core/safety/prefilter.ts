/**
 * Speed for long messages without giving up any match.
 *
 * Each rule's regular expression is analysed once to find literal strings that every match
 * must contain (its "anchors") and the most tokens a match can span. At run time one
 * Aho-Corasick pass over the normalised text finds every anchor occurrence; a rule whose
 * anchors are absent cannot match and is skipped, and the others only scan token windows
 * around their anchors. Both facts are derived from the pattern itself, so the filter is
 * sound by construction: it only ever skips text where the rule could not match.
 */

// ---------------------------------------------------------------------------------------
// A small parser for the regular-expression subset the rules use.

type Atom =
  | { kind: 'char'; ch: string; min: number; max: number }
  | { kind: 'class'; spaces: boolean; min: number; max: number }
  | { kind: 'zero'; lookaround: Alternatives | undefined }
  | { kind: 'group'; body: Alternatives; min: number; max: number };
type Sequence = Atom[];
type Alternatives = Sequence[];

interface Cursor {
  src: string;
  i: number;
}

function parseAlternatives(c: Cursor): Alternatives {
  const alternatives: Alternatives = [parseSequence(c)];
  while (c.src[c.i] === '|') {
    c.i++;
    alternatives.push(parseSequence(c));
  }
  return alternatives;
}

function parseQuantifier(c: Cursor): { min: number; max: number } {
  const q = c.src[c.i];
  let result = { min: 1, max: 1 };
  if (q === '?') result = { min: 0, max: 1 };
  else if (q === '*') result = { min: 0, max: Infinity };
  else if (q === '+') result = { min: 1, max: Infinity };
  else if (q === '{') {
    const m = /^\{(\d+)(,(\d*))?\}/.exec(c.src.slice(c.i));
    if (!m) return result;
    const min = Number(m[1]);
    const max = m[2] === undefined ? min : m[3] === '' ? Infinity : Number(m[3]);
    c.i += m[0].length;
    if (c.src[c.i] === '?') c.i++;
    return { min, max };
  } else return result;
  c.i++;
  if (c.src[c.i] === '?') c.i++; // lazy
  return result;
}

function parseClass(c: Cursor): boolean {
  // Returns whether the class can match a space.
  const start = c.i;
  c.i++;
  const negated = c.src[c.i] === '^';
  let hasSpace = false;
  for (; c.i < c.src.length && c.src[c.i] !== ']'; c.i++) {
    if (c.src[c.i] === '\\') c.i++;
    else if (c.src[c.i] === ' ') hasSpace = true;
  }
  c.i++;
  if (c.i > c.src.length) throw new Error(`unterminated class at ${start}`);
  return negated ? !hasSpace : hasSpace;
}

function parseSequence(c: Cursor): Sequence {
  const seq: Sequence = [];
  while (c.i < c.src.length && c.src[c.i] !== '|' && c.src[c.i] !== ')') {
    const ch = c.src[c.i] as string;
    if (ch === '(') {
      const rest = c.src.slice(c.i, c.i + 4);
      if (rest.startsWith('(?=') || rest.startsWith('(?!') || rest.startsWith('(?<=') || rest.startsWith('(?<!')) {
        c.i += rest.startsWith('(?<') ? 4 : 3;
        const body = parseAlternatives(c);
        c.i++; // ')'
        seq.push({ kind: 'zero', lookaround: body });
        continue;
      }
      c.i += rest.startsWith('(?:') ? 3 : 1;
      const body = parseAlternatives(c);
      if (c.src[c.i] !== ')') throw new Error('unbalanced group');
      c.i++;
      seq.push({ kind: 'group', body, ...parseQuantifier(c) });
    } else if (ch === '[') {
      const spaces = parseClass(c);
      seq.push({ kind: 'class', spaces, ...parseQuantifier(c) });
    } else if (ch === '\\') {
      const e = c.src[c.i + 1] as string;
      c.i += 2;
      if ('dDwWsS'.includes(e)) seq.push({ kind: 'class', spaces: 'DWsS'.includes(e) && e !== 'S', ...parseQuantifier(c) });
      else if (e === 'b' || e === 'B') seq.push({ kind: 'zero', lookaround: undefined });
      else seq.push({ kind: 'char', ch: e, ...parseQuantifier(c) });
    } else if (ch === '^' || ch === '$') {
      c.i++;
      seq.push({ kind: 'zero', lookaround: undefined });
    } else if (ch === '.') {
      c.i++;
      seq.push({ kind: 'class', spaces: true, ...parseQuantifier(c) });
    } else {
      c.i++;
      seq.push({ kind: 'char', ch, ...parseQuantifier(c) });
    }
  }
  return seq;
}

// ---------------------------------------------------------------------------------------
// Necessary literals and span

/** Common words make poor anchors: they occur in almost every message. */
const COMMON = new Set(['i', 'a', 'to', 'my', 'me', 'im', 'it', 'is', 'in', 'on', 'of', 'the', 'and', 'so', 'be', 'do', 'just', 'want', 'have', 'that', 'this', 'for', 'with', 'can', 'not', 'you', 'like', 'get', 'go']);

function literalCost(literal: string): number {
  const words = literal.trim().split(' ');
  if (words.join('').length === 0) return 1000;
  // A literal is as rare as its rarest word; several words together are rarer still.
  let cost = Infinity;
  for (const word of words) {
    const base = word.length >= 6 ? 1 : word.length >= 4 ? 2 : word.length === 3 ? 5 : 30;
    cost = Math.min(cost, COMMON.has(word) ? base * 20 : base);
  }
  if (words.length > 1) cost /= words.length;
  // Without spaces at its ends a literal also matches inside longer words ("end" in "weekend").
  if (!literal.startsWith(' ')) cost *= 3;
  if (!literal.endsWith(' ')) cost *= 2;
  return cost;
}

function setCost(set: readonly string[]): number {
  let total = 0;
  for (const s of set) total += literalCost(s);
  return total;
}

/**
 * Strings of which every match of the sequence contains at least one; undefined if none can
 * be promised. `lead` and `trail` are characters known to sit right before and after the
 * sequence in the text (the spaces around tokens), so "si" becomes " si ": a whole token,
 * not two letters inside "side".
 */
function isPlainChar(atom: Atom | undefined): boolean {
  return atom !== undefined && atom.kind === 'char' && atom.min === 1 && atom.max === 1;
}

/** The literal text that must follow position `from` in the sequence (zero-width atoms are transparent). */
function followingLiteral(seq: Sequence, from: number, trail: string): string {
  let text = '';
  for (let i = from; i < seq.length; i++) {
    const atom = seq[i] as Atom;
    if (atom.kind === 'zero') continue;
    if (atom.kind !== 'char' || !isPlainChar(atom)) return text;
    text += atom.ch;
  }
  return text + trail;
}

/** Every set of literals the sequence promises (each alone is a necessary condition). */
function sequenceCandidates(seq: Sequence, lead: string, trail: string): string[][] {
  const candidates: string[][] = [];
  let run = lead;
  for (let i = 0; i < seq.length; i++) {
    const atom = seq[i] as Atom;
    if (atom.kind === 'zero') continue; // consumes nothing, so the text around it is contiguous
    if (atom.kind === 'char' && isPlainChar(atom)) {
      run += atom.ch;
      continue;
    }
    if (atom.kind === 'group' && atom.min >= 1) {
      // The literal text around a required group is glued to its anchors: " to " + "die" + " ".
      const after = atom.max === 1 ? followingLiteral(seq, i + 1, trail) : '';
      const inner = alternativesAnchors(atom.body, run, after);
      if (inner) candidates.push(inner);
    } else if (atom.kind === 'char' && atom.min >= 1) {
      candidates.push([atom.ch]);
    }
    if (run.trim().length > 0) candidates.push([run]);
    run = '';
  }
  run += trail;
  if (run.trim().length > 0) candidates.push([run]);
  return candidates;
}

function cheapest(candidates: readonly string[][]): string[] | undefined {
  let best: string[] | undefined;
  for (const set of candidates) if (best === undefined || setCost(set) < setCost(best)) best = set;
  return best;
}

function sequenceAnchors(seq: Sequence, lead: string, trail: string): string[] | undefined {
  return cheapest(sequenceCandidates(seq, lead, trail));
}

function alternativesAnchors(alternatives: Alternatives, lead: string, trail: string): string[] | undefined {
  const union = new Set<string>();
  for (const seq of alternatives) {
    const anchors = sequenceAnchors(seq, lead, trail);
    if (!anchors) return undefined;
    for (const a of anchors) union.add(a);
  }
  return [...union];
}

/** The most spaces (token boundaries) a match of this can cover, look-arounds included. */
function alternativesSpan(alternatives: Alternatives): number {
  let max = 0;
  for (const seq of alternatives) max = Math.max(max, sequenceSpan(seq));
  return max;
}

function sequenceSpan(seq: Sequence): number {
  let total = 0;
  for (const atom of seq) {
    if (atom.kind === 'char') total += atom.ch === ' ' ? atom.max : 0;
    else if (atom.kind === 'class') total += atom.spaces ? atom.max : 0;
    else if (atom.kind === 'group') total += atom.max * alternativesSpan(atom.body);
    else if (atom.lookaround) total += alternativesSpan(atom.lookaround);
  }
  return total;
}

export interface PatternShape {
  /** Literal strings every match contains; undefined when the pattern promises none. */
  anchors: string[] | undefined;
  /**
   * For a pattern without top-level alternatives: up to two sets of literals that a match
   * must both contain (e.g. a "want" word and a "die" word), the rarest first.
   */
  anchorSets: string[][];
  /** Upper bound on the tokens a match (with its look-arounds) can touch; Infinity if unbounded. */
  maxTokens: number;
}

/**
 * Analyses the inner source of a compiled rule. Compiled rules are ` (?:inner)(?= )`, so a
 * match always has a space on each side; those spaces sharpen the anchors.
 */
export function analysePattern(source: string): PatternShape {
  const cursor: Cursor = { src: source, i: 0 };
  const alternatives = parseAlternatives(cursor);
  if (cursor.i !== source.length) throw new Error(`could not analyse safety pattern at ${cursor.i}`);
  const anchors = alternativesAnchors(alternatives, ' ', ' ');
  let anchorSets: string[][] = anchors ? [anchors] : [];
  const only = alternatives.length === 1 ? alternatives[0] : undefined;
  if (only) {
    const candidates = sequenceCandidates(only, ' ', ' ').sort((a, b) => setCost(a) - setCost(b));
    anchorSets = candidates.slice(0, 2);
  }
  return { anchors, anchorSets, maxTokens: alternativesSpan(alternatives) + 2 };
}

// ---------------------------------------------------------------------------------------
// Aho-Corasick over all anchors

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz0123456789 .,?';
const MAX_ANCHOR_LENGTH = 10;
const OTHER = ALPHABET.length;
const SYMBOLS = OTHER + 1;
const SYMBOL_OF = new Int8Array(128).fill(OTHER);
for (let i = 0; i < ALPHABET.length; i++) SYMBOL_OF[ALPHABET.charCodeAt(i)] = i;

function symbolAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  return code < 128 ? (SYMBOL_OF[code] as number) : OTHER;
}

/** Finds, in one pass, where each set of anchors occurs. */
export class AnchorIndex {
  private readonly next: Uint16Array;
  private readonly outputs: (number[] | undefined)[];
  /** For each anchor: the rules it belongs to and its length. */
  private readonly anchorRules: number[][];
  private readonly anchorLength: number[];

  constructor(ruleAnchors: readonly (readonly string[] | undefined)[]) {
    const ids = new Map<string, number>();
    this.anchorRules = [];
    this.anchorLength = [];
    ruleAnchors.forEach((anchors, rule) => {
      // Any piece of a necessary literal is necessary too; short pieces keep the automaton small.
      for (const anchor of new Set((anchors ?? []).map((a) => a.slice(0, MAX_ANCHOR_LENGTH)))) {
        let id = ids.get(anchor);
        if (id === undefined) {
          id = this.anchorRules.length;
          ids.set(anchor, id);
          this.anchorRules.push([]);
          this.anchorLength.push(anchor.length);
        }
        (this.anchorRules[id] as number[]).push(rule);
      }
    });
    // Trie
    const goto: number[][] = [new Array<number>(SYMBOLS).fill(-1)];
    const out: number[][] = [[]];
    for (const [anchor, id] of ids) {
      let state = 0;
      for (let i = 0; i < anchor.length; i++) {
        const sym = symbolAt(anchor, i);
        const row = goto[state] as number[];
        if ((row[sym] as number) < 0) {
          row[sym] = goto.length;
          goto.push(new Array<number>(SYMBOLS).fill(-1));
          out.push([]);
        }
        state = row[sym] as number;
      }
      (out[state] as number[]).push(id);
    }
    // Failure links, breadth first, turning the trie into a full automaton.
    const fail = new Array<number>(goto.length).fill(0);
    const queue: number[] = [];
    const root = goto[0] as number[];
    for (let s = 0; s < SYMBOLS; s++) {
      if ((root[s] as number) < 0) root[s] = 0;
      else {
        fail[root[s] as number] = 0;
        queue.push(root[s] as number);
      }
    }
    for (let head = 0; head < queue.length; head++) {
      const state = queue[head] as number;
      const row = goto[state] as number[];
      (out[state] as number[]).push(...(out[fail[state] as number] as number[]));
      for (let s = 0; s < SYMBOLS; s++) {
        const target = row[s] as number;
        const fallback = (goto[fail[state] as number] as number[])[s] as number;
        if (target < 0) row[s] = fallback;
        else {
          fail[target] = fallback;
          queue.push(target);
        }
      }
    }
    this.next = new Uint16Array(goto.length * SYMBOLS);
    if (goto.length > 0xffff) throw new Error('too many anchor states for a 16-bit automaton');
    goto.forEach((row, state) => this.next.set(row, state * SYMBOLS));
    this.outputs = out.map((list) => (list.length > 0 ? list : undefined));
  }

  /** For each set, the start offsets of its anchor occurrences (undefined: none found). */
  scan(text: string, ruleCount: number): (number[] | undefined)[] {
    const hits: (number[] | undefined)[] = new Array<number[] | undefined>(ruleCount).fill(undefined);
    let state = 0;
    const next = this.next;
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      state = next[state * SYMBOLS + (code < 128 ? (SYMBOL_OF[code] as number) : OTHER)] as number;
      const found = this.outputs[state];
      if (found === undefined) continue;
      for (const anchor of found) {
        const start = i + 1 - (this.anchorLength[anchor] as number);
        for (const rule of this.anchorRules[anchor] as number[]) {
          const list = hits[rule];
          if (list === undefined) hits[rule] = [start];
          else if (list[list.length - 1] !== start) list.push(start);
        }
      }
    }
    return hits;
  }
}
