/**
 * The crisis classifier's second layer: small logistic-regression models over the same
 * normalised tokens the rules read. The rules are precise but only catch the phrasings they
 * spell out; indirect disclosures ("wrote a letter to each of my kids", "i wont need my
 * appointments", "my dad is giving away his tools") share words and word pairs with the
 * phrasings the models were trained on, so they catch many the rules miss. A model can only
 * raise a message's level, never lower one (raiseByModels decides when it may).
 *
 * Features are the words of each clause, adjacent word pairs and word pairs up to
 * SKIP_DISTANCE apart ("saving ... pills"), each counted once per text. A message is scored as
 * a whole and, when it has several sentences, as each pair of neighbouring sentences, so one
 * alarming sentence in a long post is not diluted by the rest. The weights come from
 * `npm run train:safety` (scripts/train-safety-model.ts), trained on test/fixtures/safety and
 * ordinary patient messages; risk-models.json records which fixtures they were trained on.
 */
import { hasRiskCue } from './cues';
import { BOUNDARY_TOKENS } from './normalize';
import type { SafetyResult } from './types';

/** Fewest words a text (or window) needs before the models judge it; held-out measurement lost no crisis recall at 5. */
export const MIN_WORDS = 5;

/** How many tokens apart a word pair may be, within one clause. */
export const SKIP_DISTANCE = 3;

/** The levels a model is trained for: each model tells its level from everything else. */
export const MODEL_LEVELS = ['crisis', 'other-at-risk'] as const;
export type ModelLevel = (typeof MODEL_LEVELS)[number];

export interface RiskModelHead {
  /** Probability at or above which a message is at this model's level... */
  threshold: number;
  /** ...and the probability needed when the message has no risk cue (cues.ts). */
  cuelessThreshold: number;
  /** How many training examples were at this level. */
  positives: number;
  bias: number;
}

export interface RiskModelsFile {
  /** What the weights were trained on, so a stale file fails the tests. */
  trainedOn: { fixturesDigest: string; examples: number };
  models: Record<ModelLevel, RiskModelHead>;
  /** Words seen in enough training examples to be known; any other word only counts as unknown. */
  vocabulary: string[];
  /** Weights, one per model, of what a text is like as a whole: how many words it has, how many of them unknown (see textShape). */
  shape: Record<string, number[]>;
  /** [first word, second word or -1, distance (0 for a single word), then one weight per model in MODEL_LEVELS order]; words by vocabulary index. */
  features: number[][];
}

/** A feature as strings, the training side's form: [word, second word, distance]. */
export type FeatureTuple = [string, string | undefined, number];

/** Tokens that end a sentence; training and scoring cut texts into sentences by the same set. */
export const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '?']);

/** Past this many words (or unknown words) every text has the same shape features. */
const SHAPE_CAP = 21;

/**
 * Features of a text's shape. Without them a short message of unfamiliar words ("i want a
 * callback") is judged on its familiar words alone ("i want"), which crisis phrasings share;
 * counting the unfamiliar ones lets the model learn that such messages are usually ordinary.
 */
export function textShape(words: number, unknownWords: number): string[] {
  const length = words <= 2 ? '1-2' : words <= 5 ? '3-5' : words <= 10 ? '6-10' : words <= 20 ? '11-20' : '21+';
  const unknown = unknownWords >= 4 ? '4+' : String(unknownWords);
  return [`length:${length}`, `unknown:${unknown}`];
}

const BOUNDARY = -2;
const UNKNOWN = -1;

function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/** Every model's probability for one text, highest over its whole and its neighbouring-sentence pairs. */
export type RiskScores = Record<ModelLevel, number>;

interface Sentence {
  /** Rows of the trained features in it. */
  rows: number[];
  words: number;
  unknownWords: number;
}

export class RiskModels {
  private readonly heads: readonly RiskModelHead[];
  private readonly wordIds: Map<string, number>;
  private readonly vocabularySize: number;
  /** Feature number -> row in `weights`, as an open-addressing table: the hot loop's lookup, several times faster than a Map. */
  private readonly tableKeys: Int32Array;
  private readonly tableRows: Int32Array;
  private readonly tableShift: number;
  /** Per word: the row of its single-word feature (-1 if none), and whether it starts / ends any pair, so most lookups are skipped. */
  private readonly wordRow: Int32Array;
  private readonly startsPair: Uint8Array;
  private readonly endsPair: Uint8Array;
  /** Row-major: weights[row * models + model]. */
  private readonly weights: Float64Array;
  private readonly shapeWeights: Map<string, readonly number[]>;
  private readonly shapeSums = new Map<number, Float64Array>();
  /** Which text last counted each row, so a feature counts once per text without building sets. */
  private readonly seenIn: Int32Array;
  private stamp = 0;

  constructor(file: RiskModelsFile) {
    this.heads = MODEL_LEVELS.map((level) => file.models[level]);
    this.vocabularySize = file.vocabulary.length;
    this.wordIds = new Map(file.vocabulary.map((word, id) => [word, id]));
    // Feature numbers must fit the table's 32-bit keys.
    if ((SKIP_DISTANCE + 1) * (this.vocabularySize + 1) * (this.vocabularySize + 1) >= 0x7fffffff) throw new Error('risk model vocabulary too large for 32-bit feature keys');
    const tableBits = Math.max(4, Math.ceil(Math.log2(file.features.length * 2 + 1)));
    this.tableShift = 32 - tableBits;
    this.tableKeys = new Int32Array(1 << tableBits).fill(-1);
    this.tableRows = new Int32Array(1 << tableBits);
    this.wordRow = new Int32Array(this.vocabularySize).fill(-1);
    this.startsPair = new Uint8Array(this.vocabularySize);
    this.endsPair = new Uint8Array(this.vocabularySize);
    this.weights = new Float64Array(file.features.length * MODEL_LEVELS.length);
    file.features.forEach(([first = 0, second = UNKNOWN, distance = 0, ...weights], row) => {
      this.insertRow(this.featureNumber(first, second, distance), row);
      if (second === UNKNOWN) this.wordRow[first] = row;
      else {
        this.startsPair[first] = 1;
        this.endsPair[second] = 1;
      }
      weights.forEach((weight, model) => (this.weights[row * MODEL_LEVELS.length + model] = weight));
    });
    this.seenIn = new Int32Array(file.features.length);
    this.shapeWeights = new Map(Object.entries(file.shape));
  }

  threshold(level: ModelLevel, cued = true): number {
    const head = this.heads[MODEL_LEVELS.indexOf(level)] as RiskModelHead;
    return cued ? head.threshold : head.cuelessThreshold;
  }

  /** The levels whose model reaches its threshold, most urgent first. */
  levelsFound(tokens: readonly string[]): ModelLevel[] {
    const scores = this.score(tokens);
    return MODEL_LEVELS.filter((level) => scores[level] >= this.threshold(level));
  }

  /** Every model's probability: the highest over the whole text and its neighbouring-sentence pairs. */
  score(tokens: readonly string[]): RiskScores {
    const ids = tokens.map((token) => (BOUNDARY_TOKENS.has(token) ? BOUNDARY : (this.wordIds.get(token) ?? UNKNOWN)));
    const sentences = this.sentenceRows(tokens, ids);
    const best = this.wholeLogits(sentences);
    this.pairLogits(sentences, best);
    return Object.fromEntries(MODEL_LEVELS.map((level, m) => [level, sigmoid(best[m] as number)])) as RiskScores;
  }

  private slotOf(key: number): number {
    const mask = this.tableKeys.length - 1;
    let slot = Math.imul(key, 0x9e3779b1) >>> this.tableShift;
    while (this.tableKeys[slot] !== -1 && this.tableKeys[slot] !== key) slot = (slot + 1) & mask;
    return slot;
  }

  private insertRow(key: number, row: number): void {
    const slot = this.slotOf(key);
    this.tableKeys[slot] = key;
    this.tableRows[slot] = row;
  }

  /** The row of feature `key`, or -1. */
  private rowOf(key: number): number {
    const slot = this.slotOf(key);
    return this.tableKeys[slot] === key ? (this.tableRows[slot] as number) : -1;
  }

  private featureNumber(first: number, second: number, distance: number): number {
    return (distance * (this.vocabularySize + 1) + (second + 1)) * this.vocabularySize + first;
  }

  /** The shape features' weights summed, per model; cached, as there are only a few dozen shapes. */
  private shapeSum(words: number, unknownWords: number): Float64Array {
    const key = Math.min(words, SHAPE_CAP) * (SHAPE_CAP + 1) + Math.min(unknownWords, SHAPE_CAP);
    let sum = this.shapeSums.get(key);
    if (!sum) {
      sum = new Float64Array(MODEL_LEVELS.length);
      for (const feature of textShape(words, unknownWords)) {
        const weights = this.shapeWeights.get(feature);
        if (weights) for (let m = 0; m < sum.length; m++) sum[m] = (sum[m] as number) + (weights[m] ?? 0);
      }
      this.shapeSums.set(key, sum);
    }
    return sum;
  }

  private newSentence(): Sentence {
    return { rows: [], words: 0, unknownWords: 0 };
  }

  /** Each sentence's trained features (clause by clause; unknown words take part in none) and word counts. */
  private sentenceRows(tokens: readonly string[], ids: readonly number[]): Sentence[] {
    const sentences: Sentence[] = [];
    let current: Sentence = this.newSentence();
    const { wordRow, startsPair, endsPair } = this;
    let clauseStart = 0;
    for (let i = 0; i <= ids.length; i++) {
      if (i < ids.length && ids[i] !== BOUNDARY) continue;
      for (let a = clauseStart; a < i; a++) {
        const first = ids[a] as number;
        current.words++;
        if (first === UNKNOWN) {
          current.unknownWords++;
          continue;
        }
        const single = wordRow[first] as number;
        if (single >= 0) current.rows.push(single);
        if (startsPair[first] === 0) continue;
        for (let b = a + 1; b < i && b <= a + SKIP_DISTANCE; b++) {
          const second = ids[b] as number;
          if (second === UNKNOWN || endsPair[second] === 0) continue;
          const row = this.rowOf(this.featureNumber(first, second, b - a));
          if (row >= 0) current.rows.push(row);
        }
      }
      clauseStart = i + 1;
      if (i === ids.length || SENTENCE_ENDS.has(tokens[i] as string)) {
        sentences.push(current);
        current = this.newSentence();
      }
    }
    return sentences;
  }

  /** A fresh run of marks for `count` texts; marks from earlier calls never collide with them. */
  private nextMarks(count: number): number {
    if (this.stamp > 0x7fffffff - count - 2) {
      this.stamp = 0;
      this.seenIn.fill(0);
    }
    const first = this.stamp + 1;
    this.stamp += count + 1;
    return first;
  }

  /** Each model's logit for the whole text, every feature counted once. */
  private wholeLogits(sentences: readonly Sentence[]): Float64Array {
    const models = MODEL_LEVELS.length;
    const { weights, seenIn } = this;
    const z = Float64Array.from(this.heads, (head) => head.bias);
    const mark = this.nextMarks(1);
    let words = 0;
    let unknownWords = 0;
    for (const sentence of sentences) {
      words += sentence.words;
      unknownWords += sentence.unknownWords;
      for (const row of sentence.rows) {
        if (seenIn[row] === mark) continue;
        seenIn[row] = mark;
        for (let m = 0; m < models; m++) z[m] = (z[m] as number) + (weights[row * models + m] as number);
      }
    }
    return this.finish(z, words, unknownWords);
  }

  /**
   * Raises `best` to each pair of neighbouring sentences' logit, in one pass: a pair's sum is
   * the two sentences' sums less the features they share, found by marking each sentence's rows.
   */
  private pairLogits(sentences: readonly Sentence[], best: Float64Array): void {
    if (sentences.length < 2) return;
    const models = MODEL_LEVELS.length;
    const { weights, seenIn } = this;
    const base = this.nextMarks(sentences.length);
    const own = new Float64Array(models);
    const shared = new Float64Array(models);
    const previous = new Float64Array(models);
    const pair = new Float64Array(models);
    for (let s = 0; s < sentences.length; s++) {
      const sentence = sentences[s] as Sentence;
      own.fill(0);
      shared.fill(0);
      for (const row of sentence.rows) {
        const mark = seenIn[row] as number;
        if (mark === base + s) continue;
        if (mark === base + s - 1 && s > 0) for (let m = 0; m < models; m++) shared[m] = (shared[m] as number) + (weights[row * models + m] as number);
        seenIn[row] = base + s;
        for (let m = 0; m < models; m++) own[m] = (own[m] as number) + (weights[row * models + m] as number);
      }
      if (s > 0) {
        const before = sentences[s - 1] as Sentence;
        for (let m = 0; m < models; m++) pair[m] = (this.heads[m] as RiskModelHead).bias + (previous[m] as number) + (own[m] as number) - (shared[m] as number);
        this.finish(pair, before.words + sentence.words, before.unknownWords + sentence.unknownWords);
        for (let m = 0; m < models; m++) best[m] = Math.max(best[m] as number, pair[m] as number);
      }
      previous.set(own);
    }
  }

  /** Adds the text-shape weights to logits `z`, or rules them out for a text too short to judge. */
  private finish(z: Float64Array, words: number, unknownWords: number): Float64Array {
    // Too short to judge by word statistics: "idk", "yes i have" answer a prompt; short disclosures are the rules' job.
    if (words < MIN_WORDS) return z.fill(Number.NEGATIVE_INFINITY);
    const shape = this.shapeSum(words, unknownWords);
    for (let m = 0; m < z.length; m++) z[m] = (z[m] as number) + (shape[m] as number);
    return z;
  }
}

/** The rule ids reported when a model, not a rule, decided the level. */
export const MODEL_RULE_IDS: Readonly<Record<ModelLevel, string>> = { crisis: 'crisis.model', 'other-at-risk': 'other.model' };
const NEGATED_MENTION = 'mention.negated';

/**
 * The rules' decision, raised where a model finds more. Never over a rule's crisis, emergency or
 * other-at-risk (the rules' answer is the more specific one), nor over an explicit denial the
 * rules read ("i dont want to kill myself, i just want the pain to stop"): word statistics
 * cannot weigh a "not".
 */
export function raiseByModels(byRules: SafetyResult, tokens: readonly string[], models: RiskModels): SafetyResult {
  if ((byRules.level !== 'none' && byRules.level !== 'mention') || byRules.rules.includes(NEGATED_MENTION)) return byRules;
  // Without any word of dying, harm, means or leaving (cues.ts) a model must be far surer: on text
  // unlike its training data its scores are noise, and an alarm on noise teaches people to ignore alarms.
  const scores = models.score(tokens);
  const cued = hasRiskCue(tokens);
  const level = MODEL_LEVELS.find((candidate) => scores[candidate] >= models.threshold(candidate, cued));
  return level === undefined ? byRules : { level, rules: [MODEL_RULE_IDS[level], ...byRules.rules] };
}

/** Training side: the features of a token list, each once, in the order they occur. */
export function featureTuples(tokens: readonly string[]): FeatureTuple[] {
  const tuples: FeatureTuple[] = [];
  const seen = new Set<string>();
  const add = (tuple: FeatureTuple) => {
    const key = tuple.join(' ');
    if (seen.has(key)) return;
    seen.add(key);
    tuples.push(tuple);
  };
  let clause: string[] = [];
  const flush = () => {
    for (let a = 0; a < clause.length; a++) {
      add([clause[a] as string, undefined, 0]);
      for (let b = a + 1; b < clause.length && b <= a + SKIP_DISTANCE; b++) add([clause[a] as string, clause[b], b - a]);
    }
    clause = [];
  };
  for (const token of tokens) {
    if (BOUNDARY_TOKENS.has(token)) flush();
    else clause.push(token);
  }
  flush();
  return tuples;
}
