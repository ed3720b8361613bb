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
  /** Probability at or above which a message is at this model's level. */
  threshold: number;
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

const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '?']);

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
  /** Feature number -> row in `weights`. */
  private readonly rows: Map<number, number>;
  /** Row-major: weights[row * models + model]. */
  private readonly weights: Float64Array;
  private readonly shapeWeights: Map<string, readonly number[]>;
  /** Which text last counted each row, so a feature counts once per text without building sets. */
  private readonly seenIn: Int32Array;
  private stamp = 0;

  constructor(file: RiskModelsFile) {
    this.heads = MODEL_LEVELS.map((level) => file.models[level]);
    this.vocabularySize = file.vocabulary.length;
    this.wordIds = new Map(file.vocabulary.map((word, id) => [word, id]));
    this.rows = new Map();
    this.weights = new Float64Array(file.features.length * MODEL_LEVELS.length);
    file.features.forEach(([first = 0, second = UNKNOWN, distance = 0, ...weights], row) => {
      this.rows.set(this.featureNumber(first, second, distance), row);
      weights.forEach((weight, model) => (this.weights[row * MODEL_LEVELS.length + model] = weight));
    });
    this.seenIn = new Int32Array(file.features.length);
    this.shapeWeights = new Map(Object.entries(file.shape));
  }

  threshold(level: ModelLevel): number {
    return (this.heads[MODEL_LEVELS.indexOf(level)] as RiskModelHead).threshold;
  }

  /** The levels whose model reaches its threshold, most urgent first. */
  levelsFound(tokens: readonly string[]): ModelLevel[] {
    const scores = this.score(tokens);
    return MODEL_LEVELS.filter((level) => scores[level] >= this.threshold(level));
  }

  score(tokens: readonly string[]): RiskScores {
    const ids = tokens.map((token) => (BOUNDARY_TOKENS.has(token) ? BOUNDARY : (this.wordIds.get(token) ?? UNKNOWN)));
    const sentences = this.sentenceRows(tokens, ids);
    const best = this.sum(sentences, 0, sentences.length);
    for (let s = 0; s + 1 < sentences.length; s++) {
      const z = this.sum(sentences, s, s + 2);
      for (let m = 0; m < best.length; m++) best[m] = Math.max(best[m] as number, z[m] as number);
    }
    return Object.fromEntries(MODEL_LEVELS.map((level, m) => [level, sigmoid(best[m] as number)])) as RiskScores;
  }

  private featureNumber(first: number, second: number, distance: number): number {
    return (distance * (this.vocabularySize + 1) + (second + 1)) * this.vocabularySize + first;
  }

  /** Each sentence's trained features (clause by clause; unknown words take part in none) and word counts. */
  private sentenceRows(tokens: readonly string[], ids: readonly number[]): Sentence[] {
    const sentences: Sentence[] = [];
    let current: Sentence = { rows: [], words: 0, unknownWords: 0 };
    const add = (first: number, second: number, distance: number) => {
      const row = this.rows.get(this.featureNumber(first, second, distance));
      if (row !== undefined) current.rows.push(row);
    };
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
        add(first, UNKNOWN, 0);
        for (let b = a + 1; b < i && b <= a + SKIP_DISTANCE; b++) {
          const second = ids[b] as number;
          if (second !== UNKNOWN) add(first, second, b - a);
        }
      }
      clauseStart = i + 1;
      if (i === ids.length || SENTENCE_ENDS.has(tokens[i] as string)) {
        sentences.push(current);
        current = { rows: [], words: 0, unknownWords: 0 };
      }
    }
    return sentences;
  }

  /** Each model's z over sentences [from, to), every feature counted once. */
  private sum(sentences: readonly Sentence[], from: number, to: number): Float64Array {
    const models = MODEL_LEVELS.length;
    const { weights, seenIn } = this;
    const z = Float64Array.from(this.heads, (head) => head.bias);
    this.stamp = this.stamp === 0x7fffffff ? 1 : this.stamp + 1;
    if (this.stamp === 1) seenIn.fill(0);
    const stamp = this.stamp;
    let words = 0;
    let unknownWords = 0;
    for (let s = from; s < to; s++) {
      const sentence = sentences[s] as Sentence;
      words += sentence.words;
      unknownWords += sentence.unknownWords;
      const rows = sentence.rows;
      for (let k = 0; k < rows.length; k++) {
        const row = rows[k] as number;
        if (seenIn[row] === stamp) continue;
        seenIn[row] = stamp;
        for (let m = 0; m < models; m++) z[m] = (z[m] as number) + (weights[row * models + m] as number);
      }
    }
    // Too short to judge by word statistics: "idk", "yes i have" answer a prompt; short disclosures are the rules' job.
    if (words < MIN_WORDS) z.fill(Number.NEGATIVE_INFINITY);
    for (const feature of textShape(words, unknownWords)) {
      const shapeWeights = this.shapeWeights.get(feature);
      if (shapeWeights) for (let m = 0; m < models; m++) z[m] = (z[m] as number) + (shapeWeights[m] ?? 0);
    }
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
  const [level] = models.levelsFound(tokens);
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
