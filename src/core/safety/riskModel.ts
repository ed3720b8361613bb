/**
 * The crisis classifier's learned layer: one softmax model over four classes (none,
 * other-at-risk, emergency, crisis) that reads the same normalised tokens as the rules. The
 * rules are precise but catch only what they spell out; the model catches the many other ways
 * people say it ("wrote a letter to each of my kids", "hes not breathin plz", "ya no kiero
 * bivir"), because it learned from several independent writers, real everyday text and
 * patients' questions (scripts/train-safety-model.ts, data in its README).
 *
 * Features (riskFeatures): the words, word pairs up to SKIP_DISTANCE apart within a clause,
 * four-letter pieces of longer words (so a misspelling shares most of its pieces with the
 * word) and the text's length. A model can only raise a message's level, never lower one
 * (raiseByModel decides when it may).
 */
import { hasEmergencyCue, hasRiskCue } from './cues';
import { BOUNDARY_TOKENS } from './normalize';
import type { SafetyResult } from './types';

/** The model's classes, in the order of each feature's weights. */
export const RISK_CLASSES = ['none', 'mention', 'other-at-risk', 'emergency', 'crisis'] as const;
export type RiskClass = (typeof RISK_CLASSES)[number];
/** The classes that are an alarm, most urgent first: the order in which thresholds are tried. */
export const MODEL_LEVELS = ['emergency', 'crisis', 'other-at-risk'] as const;
export type ModelLevel = (typeof MODEL_LEVELS)[number];

/** How many tokens apart a word pair may be, within one clause. */
export const SKIP_DISTANCE = 3;
/** Length of the word pieces; words shorter than this count only as words. */
export const PIECE_LENGTH = 4;

export interface RiskModelFile {
  /** What the weights were trained on, so a stale file fails the tests. */
  trainedOn: { fixturesDigest: string; examples: number };
  /** Probability at or above which the model raises a message to each level... */
  thresholds: Record<ModelLevel, number>;
  /** ...and the probability it needs when the message has no risk cue (cues.ts); emergencies need none... */
  cuelessThreshold: number;
  /** ...and when the rules read the message as a mention (suicide as a topic): the rules looked closely and found no risk. */
  mentionThreshold: number;
  /** One bias per class, in RISK_CLASSES order. */
  bias: number[];
  /** Feature keys (see riskFeatures)... */
  features: string[];
  /** ...and their weights, one row per feature, one weight per class. */
  weights: number[][];
}

/** A text's features, each once: what training learns from and scoring reads. */
export function riskFeatures(tokens: readonly string[]): string[] {
  const features = new Set<string>();
  let clause: string[] = [];
  let words = 0;
  const flush = () => {
    for (let a = 0; a < clause.length; a++) {
      const word = clause[a] as string;
      features.add(word);
      for (let b = a + 1; b < clause.length && b <= a + SKIP_DISTANCE; b++) features.add(`${word} ${clause[b] as string} ${b - a}`);
      if (word.length >= PIECE_LENGTH) {
        const marked = `<${word}>`;
        for (let i = 0; i + PIECE_LENGTH <= marked.length; i++) features.add(`#${marked.slice(i, i + PIECE_LENGTH)}`);
      }
    }
    words += clause.length;
    clause = [];
  };
  for (const token of tokens) {
    if (BOUNDARY_TOKENS.has(token)) flush();
    else clause.push(token);
  }
  flush();
  features.add(`length:${lengthBucket(words)}`);
  return [...features];
}

function lengthBucket(words: number): string {
  if (words <= 2) return '1-2';
  if (words <= 5) return '3-5';
  if (words <= 10) return '6-10';
  if (words <= 20) return '11-20';
  return words <= 40 ? '21-40' : '41+';
}

export type RiskProbabilities = Record<RiskClass, number>;

export class RiskModel {
  /** Feature -> the offset of its weights in `weights` (one flat array: a row object per feature cost megabytes). */
  private readonly rows: Map<string, number>;
  private readonly weights: Float64Array;
  private readonly bias: Float64Array;
  readonly thresholds: Readonly<Record<ModelLevel, number>>;
  readonly cuelessThreshold: number;
  readonly mentionThreshold: number;

  constructor(file: RiskModelFile) {
    if (file.bias.length !== RISK_CLASSES.length || file.features.length !== file.weights.length) throw new Error('risk model file does not match RISK_CLASSES');
    this.bias = Float64Array.from(file.bias);
    const classes = RISK_CLASSES.length;
    this.weights = new Float64Array(file.features.length * classes);
    file.weights.forEach((row, index) => this.weights.set(row.slice(0, classes), index * classes));
    this.rows = new Map(file.features.map((feature, index) => [feature, index * classes]));
    this.thresholds = file.thresholds;
    this.cuelessThreshold = file.cuelessThreshold;
    this.mentionThreshold = file.mentionThreshold;
  }

  probabilities(tokens: readonly string[]): RiskProbabilities {
    const z = Float64Array.from(this.bias);
    for (const feature of riskFeatures(tokens)) {
      const at = this.rows.get(feature);
      if (at !== undefined) for (let c = 0; c < z.length; c++) z[c] = (z[c] as number) + (this.weights[at + c] as number);
    }
    const top = Math.max(...z);
    let sum = 0;
    for (let c = 0; c < z.length; c++) sum += z[c] = Math.exp((z[c] as number) - top);
    return Object.fromEntries(RISK_CLASSES.map((level, c) => [level, (z[c] as number) / sum])) as RiskProbabilities;
  }

  /**
   * The level the model finds, if any: its likeliest alarm, when the alarms together reach that
   * level's threshold ("no need to make plans past this month" is an alarm for certain, crisis or
   * a worried relative less so). Without a risk cue (for an emergency, a word of the body in
   * trouble) only a near-certain alarm counts, and over the rules' mention only a near-certain one.
   */
  levelFound(tokens: readonly string[], rulesSawMention = false): ModelLevel | undefined {
    if (tokens.length === 0) return undefined;
    const probabilities = this.probabilities(tokens);
    let top: ModelLevel = MODEL_LEVELS[0];
    let alarm = 0;
    for (const level of MODEL_LEVELS) {
      alarm += probabilities[level];
      if (probabilities[level] > probabilities[top]) top = level;
    }
    let needed = this.thresholds[top];
    if (!(top === 'emergency' ? hasEmergencyCue(tokens) : hasRiskCue(tokens))) needed = Math.max(needed, this.cuelessThreshold);
    if (rulesSawMention) needed = Math.max(needed, this.mentionThreshold);
    return alarm >= needed ? top : undefined;
  }
}

/** The rule ids reported when the model, not a rule, decided the level. */
export const MODEL_RULE_IDS: Readonly<Record<ModelLevel, string>> = { crisis: 'crisis.model', emergency: 'emergency.model', 'other-at-risk': 'other.model' };
const NEGATED_MENTION = 'mention.negated';
/** A denial, or an everyday reading a rule recognised (rules of kind `ordinary`, reported as `none.*`). */
const isReadAsOrdinary = (id: string): boolean => id === NEGATED_MENTION || id.startsWith('none.');

/**
 * The rules' decision, raised where the model finds more. Never over a rule's crisis, emergency
 * or other-at-risk (the rules' answer is the more specific one), nor over an explicit denial the
 * rules read ("i dont want to kill myself, i just want the pain to stop") or an everyday reading
 * they recognise (a finished course of pills): word statistics cannot weigh a "not".
 */
export function raiseByModel(byRules: SafetyResult, tokens: readonly string[], model: RiskModel): SafetyResult {
  if ((byRules.level !== 'none' && byRules.level !== 'mention') || byRules.rules.some(isReadAsOrdinary)) return byRules;
  const level = model.levelFound(tokens, byRules.level === 'mention');
  return level === undefined ? byRules : { level, rules: [MODEL_RULE_IDS[level], ...byRules.rules] };
}
