/**
 * Trains the crisis classifier's second layer (src/core/safety/riskModel.ts) and writes its
 * weights to src/core/safety/risk-models.json (`npm run train:safety`).
 *
 * One model per level in MODEL_LEVELS (crisis; other-at-risk), each trained on every phrasing
 * in test/fixtures/safety (its level against all the others), plus the ordinary patient
 * messages in test/fixtures/search-eval.json and intents.json as negatives, so that plain
 * questions ("any risks i should know about") are not taken for distress.
 *
 * Training is deterministic (fixed shuffle seed), so the same fixtures give the same file; a
 * test retrains and compares. `--evaluate` instead prints how the models do on phrasings they
 * were NOT trained on: each holdout file in turn is left out, the models are trained on the
 * rest and scored on it, alone and together with the rules.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { classifyMessageRulesOnly } from '../src/core/safety/classifier';
import { BOUNDARY_TOKENS, normalizeForSafety } from '../src/core/safety/normalize';
import { featureTuples, MODEL_LEVELS, raiseByModels, RiskModels, SENTENCE_ENDS, textShape, type FeatureTuple, type ModelLevel, type RiskModelsFile } from '../src/core/safety/riskModel';
import type { SafetyLevel } from '../src/core/safety/types';
import { ALARM_LEVELS, readSafetyFixtureFiles } from './lib/safetyFixtures';

const ROOT = join(__dirname, '..');
const TRAFFIC_FILES = ['search-eval.json', 'intents.json'].map((file) => join(ROOT, 'test', 'fixtures', file));
/** Real everyday text (data/everyday/README.md): most of it trains, every fourth line calibrates the thresholds. */
const EVERYDAY_FILE = join(ROOT, 'data', 'everyday', 'everyday-train.jsonl');
/** The independent writers' development sets: safety levels, and ordinary patient questions as negatives. */
const WRITER_SAFETY_FILE = join(ROOT, 'test', 'fixtures', 'safety-eval', 'dev-b.json');
const WRITER_QUESTIONS_FILE = join(ROOT, 'test', 'fixtures', 'understanding', 'dev-b.json');
export const MODEL_PATH = join(ROOT, 'src', 'core', 'safety', 'risk-models.json');

/**
 * Chosen from the `--evaluate` table (see test/fixtures/safety/README.md). Crisis: at 0.8 the
 * model alone found about 80% of the crisis phrasings of holdouts it had not seen, at the cost
 * of a few percent of their adversarial hard negatives and about 0.1% of ordinary patient
 * messages. Other-at-risk is scarcer in the data and its model less sure of itself; at 0.5 it
 * adds no false alarms on the holdouts' negatives.
 */
const THRESHOLDS: Record<ModelLevel, number> = { crisis: 0.75, 'other-at-risk': 0.7 };
const EPOCHS = 30;
const L2 = 1e-4;
const LEARNING_RATE = 0.3;
/** Weights smaller than this change no decision and are left out of the file. */
const MIN_EXAMPLES_PER_FEATURE = 2;
const PRUNE_BELOW = 0.03;

interface Example {
  text: string;
  level: SafetyLevel;
  /** The fixture file, or "traffic-A" / "traffic-B" for ordinary messages (two halves, for evaluation). */
  source: string;
  features: string[];
  tokens: string[];
}

function featureKey([first, second, distance]: FeatureTuple): string {
  return second === undefined ? first : `${first}\u0000${second}\u0000${distance}`;
}

export function loadExamples(): { examples: Example[]; digest: string } {
  const examples: Example[] = [];
  const add = (text: string, level: SafetyLevel, source: string) => {
    const tokens = normalizeForSafety(text).tokens;
    examples.push({ text, level, source, tokens, features: featureTuples(tokens).map(featureKey) });
  };
  for (const { file, items } of readSafetyFixtureFiles()) {
    for (const item of items) add(item.text, item.level, file);
  }
  const traffic: string[] = [];
  for (const path of TRAFFIC_FILES) {
    const content = readFileSync(path, 'utf8');
    const parsed = JSON.parse(content) as { inScope?: Array<{ q: string }>; outOfScope?: string[]; intents?: Record<string, Record<string, string[]>> };
    traffic.push(...(parsed.inScope ?? []).map((item) => item.q), ...(parsed.outOfScope ?? []));
    for (const splits of Object.values(parsed.intents ?? {})) for (const texts of Object.values(splits)) traffic.push(...texts);
  }
  traffic.forEach((text, index) => add(text, 'none', index % 2 === 0 ? 'traffic-A' : 'traffic-B'));
  const read = (path: string) => readFileSync(path, 'utf8');
  for (const item of (JSON.parse(read(WRITER_SAFETY_FILE)) as { items: { text: string; level: SafetyLevel }[] }).items) add(item.text, item.level, 'writer-dev');
  for (const item of (JSON.parse(read(WRITER_QUESTIONS_FILE)) as { items: { text: string }[] }).items) add(item.text, 'none', 'writer-questions');
  read(EVERYDAY_FILE)
    .split('\n')
    .filter((line) => line.trim() !== '')
    .forEach((line, index) => add((JSON.parse(line) as { text: string }).text, 'none', index % 4 === 3 ? CALIBRATION : 'everyday'));
  return { examples, digest: trainingDigest() };
}

/** A fingerprint of everything the models learn from, so a stale model file fails the tests. */
export function trainingDigest(): string {
  const hash = createHash('sha256');
  for (const { file, content } of readSafetyFixtureFiles()) hash.update(file).update(content);
  for (const path of [...TRAFFIC_FILES, WRITER_SAFETY_FILE, WRITER_QUESTIONS_FILE, EVERYDAY_FILE]) hash.update(path.slice(ROOT.length)).update(readFileSync(path, 'utf8'));
  return hash.digest('hex');
}

const SHAPE_PREFIX = '\u0001';
/** Everyday lines kept out of training to choose the thresholds on. */
const CALIBRATION = 'everyday-calibration';

/** A text the models learn from: a whole example or, for a long one, a window of it. */
interface TrainingText {
  level: SafetyLevel;
  /** A pair of neighbouring sentences from a longer example, not the example itself. */
  window: boolean;
  tokens: string[];
  features: string[];
}

/**
 * Every example, and every pair of neighbouring sentences of examples of three sentences or
 * more: the models score such windows too (riskModel.ts), so they must learn that the windows of
 * an ordinary long message are ordinary. (A window of a crisis message may not hold the crisis,
 * so windows only ever count against a level, never for it.)
 */
function trainingTexts(examples: readonly Example[]): TrainingText[] {
  const texts: TrainingText[] = [];
  for (const example of examples) {
    texts.push({ level: example.level, window: false, tokens: example.tokens, features: example.features });
    const sentences: string[][] = [[]];
    for (const token of example.tokens) {
      if (SENTENCE_ENDS.has(token)) sentences.push([]);
      else (sentences[sentences.length - 1] as string[]).push(token);
    }
    const nonEmpty = sentences.filter((sentence) => sentence.length > 0);
    if (nonEmpty.length < 3) continue;
    for (let i = 0; i + 1 < nonEmpty.length; i++) {
      const tokens = [...(nonEmpty[i] as string[]), '.', ...(nonEmpty[i + 1] as string[])];
      texts.push({ level: example.level, window: true, tokens, features: featureTuples(tokens).map(featureKey) });
    }
  }
  return texts;
}

/**
 * What training sees of each text: its features seen in at least MIN_EXAMPLES_PER_FEATURE
 * examples (one seen once is that example's fingerprint, not a way people say things), plus its
 * shape. Words seen that rarely are the unknown words the shape counts; the others are the vocabulary.
 */
function trainingFeatures(examples: readonly Example[], texts: readonly TrainingText[]): { usable: string[][]; vocabulary: string[] } {
  const seen = new Map<string, number>();
  for (const example of examples) for (const feature of example.features) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  const known = (feature: string) => (seen.get(feature) ?? 0) >= MIN_EXAMPLES_PER_FEATURE;
  const usable = texts.map((text) => {
    const words = text.tokens.filter((token) => !BOUNDARY_TOKENS.has(token));
    const shape = textShape(words.length, words.filter((word) => !known(word)).length).map((feature) => SHAPE_PREFIX + feature);
    return [...text.features.filter(known), ...shape];
  });
  const vocabulary = [...seen.keys()].filter((feature) => !feature.includes('\u0000') && known(feature)).sort();
  return { usable, vocabulary };
}

/** Class-balanced logistic regression with AdaGrad and L2, over string feature keys. */
function train(texts: readonly TrainingText[], usable: readonly string[][], target: ModelLevel): { bias: number; weights: Map<string, number> } {
  const weights = new Map<string, number>();
  const squaredGradients = new Map<string, number>();
  let bias = 0;
  let biasSquaredGradient = 0;
  const order = texts.flatMap((text, index) => (text.window && text.level === target ? [] : [index]));
  const positives = order.filter((index) => (texts[index] as TrainingText).level === target).length;
  const positiveWeight = order.length / (2 * positives);
  const negativeWeight = order.length / (2 * (order.length - positives));
  let seed = 1;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const text = texts[index] as TrainingText;
      let z = bias;
      const features = usable[index] as readonly string[];
      for (const feature of features) z += weights.get(feature) ?? 0;
      const positive = text.level === target;
      const error = (1 / (1 + Math.exp(-z)) - (positive ? 1 : 0)) * (positive ? positiveWeight : negativeWeight);
      for (const feature of features) {
        const weight = weights.get(feature) ?? 0;
        const gradient = error + L2 * weight;
        const squared = (squaredGradients.get(feature) ?? 0) + gradient * gradient;
        squaredGradients.set(feature, squared);
        weights.set(feature, weight - (LEARNING_RATE * gradient) / Math.sqrt(squared + 1e-8));
      }
      biasSquaredGradient += error * error;
      bias -= (LEARNING_RATE * error) / Math.sqrt(biasSquaredGradient + 1e-8);
    }
  }
  return { bias, weights };
}

const round = (value: number) => Math.round(value * 10_000) / 10_000;

export function buildModels(examples: readonly Example[], digest: string): RiskModelsFile {
  const texts = trainingTexts(examples);
  const { usable, vocabulary } = trainingFeatures(examples, texts);
  const trained = MODEL_LEVELS.map((level) => ({ level, ...train(texts, usable, level) }));
  const keys = [...new Set(trained.flatMap(({ weights }) => [...weights].filter(([, weight]) => Math.abs(weight) >= PRUNE_BELOW).map(([key]) => key)))].sort();
  const shapeKeys = keys.filter((key) => key.startsWith(SHAPE_PREFIX));
  const kept = keys.filter((key) => !key.startsWith(SHAPE_PREFIX));
  const ids = new Map(vocabulary.map((word, id) => [word, id]));
  const weightsOf = (key: string) => trained.map(({ weights }) => round(weights.get(key) ?? 0));
  return {
    trainedOn: { fixturesDigest: digest, examples: examples.length },
    models: Object.fromEntries(
      trained.map(({ level, bias }) => [level, { threshold: THRESHOLDS[level], cuelessThreshold: 1, positives: examples.filter((example) => example.level === level).length, bias: round(bias) }]),
    ) as RiskModelsFile['models'],
    vocabulary,
    shape: Object.fromEntries(shapeKeys.map((key) => [key.slice(SHAPE_PREFIX.length), weightsOf(key)])),
    features: kept.map((key) => {
      const [first = '', second, distance] = key.split('\u0000');
      return [ids.get(first) as number, second === undefined ? -1 : (ids.get(second) as number), distance === undefined ? 0 : Number(distance), ...weightsOf(key)];
    }),
  };
}

export function modelFileText(file: RiskModelsFile): string {
  // One feature per line keeps the diff of a retrained model readable.
  const { features, vocabulary, ...rest } = file;
  const head = JSON.stringify(rest, null, 2).slice(0, -2);
  return `${head},\n  "vocabulary": ${JSON.stringify(vocabulary)},\n  "features": [\n${features.map((row) => `    ${JSON.stringify(row)}`).join(',\n')}\n  ]\n}\n`;
}

function percent(hit: number, total: number): string {
  return total === 0 ? 'n/a' : `${((100 * hit) / total).toFixed(1)}% (${hit}/${total})`;
}

function evaluate(examples: readonly Example[]): void {
  const sources = [...new Set(examples.map((example) => example.source))].filter((source) => source.startsWith('holdout') || source.startsWith('traffic'));
  console.log(`Leave-one-out: each set in turn is left out, the models are trained on the rest and scored on it (thresholds ${JSON.stringify(THRESHOLDS)}).\n`);
  console.log('| left-out set | crisis: rules | crisis model alone | rules + models | other-at-risk: rules | rules + models | hard negatives alarmed: rules | rules + models | mentions raised |');
  console.log('|---|---|---|---|---|---|---|---|---|');
  type Tally = [hit: number, total: number];
  const columns = ['crisisRules', 'crisisModel', 'crisisBoth', 'otherRules', 'otherBoth', 'alarmsRules', 'alarmsBoth', 'mentionsRaised'] as const;
  const empty = () => Object.fromEntries(columns.map((column) => [column, [0, 0]])) as Record<(typeof columns)[number], Tally>;
  const count = (tally: Tally, hit: boolean) => {
    tally[0] += hit ? 1 : 0;
    tally[1] += 1;
  };
  const totals = empty();
  const row = (label: string, t: Record<(typeof columns)[number], Tally>) => `| ${label} | ${columns.map((column) => percent(...t[column])).join(' | ')} |`;
  for (const source of sources) {
    const models = new RiskModels(buildModels(examples.filter((example) => example.source !== source), ''));
    const t = empty();
    for (const example of examples.filter((candidate) => candidate.source === source)) {
      const byRules = classifyMessageRulesOnly(example.text);
      const combined = raiseByModels(byRules, example.tokens, models);
      if (example.level === 'crisis') {
        count(t.crisisRules, byRules.level === 'crisis');
        count(t.crisisModel, models.score(example.tokens).crisis >= models.threshold('crisis'));
        count(t.crisisBoth, combined.level === 'crisis');
      } else if (example.level === 'other-at-risk') {
        count(t.otherRules, byRules.level === 'other-at-risk');
        count(t.otherBoth, combined.level === 'other-at-risk');
      } else if (example.level === 'none') {
        count(t.alarmsRules, ALARM_LEVELS.has(byRules.level));
        count(t.alarmsBoth, ALARM_LEVELS.has(combined.level));
      } else if (example.level === 'mention') {
        count(t.mentionsRaised, ALARM_LEVELS.has(combined.level) && !ALARM_LEVELS.has(byRules.level));
      }
    }
    for (const column of columns) {
      totals[column][0] += t[column][0];
      totals[column][1] += t[column][1];
    }
    console.log(row(source, t));
  }
  console.log(row('all', totals));
  console.log('\nThe rules were tuned on every holdout but the newest, so "rules" is optimistic for the older ones; the model columns are not.');
}

/**
 * Each model's threshold: the lowest on the grid at which it raises at most CALIBRATION_ALARMS of
 * the everyday lines it never trained on, through the same gate as production (raiseByModels).
 */
const CALIBRATION_ALARMS = 0.001;
const CUELESS_GRID = [0.9, 0.95, 0.97, 0.98, 0.99, 0.995, 0.999, 1.01];
const THRESHOLD_GRID = [0.5, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.85, 0.9, 0.92, 0.94, 0.95, 0.96, 0.97, 0.98, 0.99, 0.995];

function calibrate(file: RiskModelsFile, calibration: readonly Example[]): void {
  const rules = calibration.map((example) => classifyMessageRulesOnly(example.text));
  const raised = (level: ModelLevel) => {
    const models = new RiskModels(file);
    return calibration.filter((example, index) => {
      const before = rules[index] as ReturnType<typeof classifyMessageRulesOnly>;
      return raiseByModels(before, example.tokens, models).level === level && before.level !== level;
    }).length;
  };
  for (const level of MODEL_LEVELS) {
    const head = file.models[level];
    // First with cues only (no cue-less alarms at all), then the lowest cue-less threshold within the budget.
    head.cuelessThreshold = 1.01;
    for (const threshold of THRESHOLD_GRID) {
      head.threshold = threshold;
      if (raised(level) / calibration.length <= CALIBRATION_ALARMS) break;
    }
    for (const threshold of CUELESS_GRID) {
      head.cuelessThreshold = threshold;
      const alarms = raised(level);
      if (alarms / calibration.length <= CALIBRATION_ALARMS) {
        console.log(`${level}: threshold ${head.threshold} (${threshold} without a risk cue) raises ${percent(alarms, calibration.length)} of the calibration lines`);
        break;
      }
    }
  }
}

function main(): void {
  const { examples, digest } = loadExamples();
  if (process.argv.includes('--evaluate')) {
    evaluate(examples);
    return;
  }
  // --calibrate: keep the trained weights, choose the thresholds again (after changing the calibration budget).
  const file = process.argv.includes('--calibrate')
    ? (JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as RiskModelsFile)
    : buildModels(examples.filter((example) => example.source !== CALIBRATION), digest);
  calibrate(file, examples.filter((example) => example.source === CALIBRATION));
  writeFileSync(MODEL_PATH, modelFileText(file));
  const described = MODEL_LEVELS.map((level) => `${level} (${file.models[level].positives} positives)`).join(', ');
  console.log(`Trained on ${examples.length} examples, models for ${described}: ${file.features.length} features over ${file.vocabulary.length} words -> ${MODEL_PATH}`);
}

if (require.main === module) main();
