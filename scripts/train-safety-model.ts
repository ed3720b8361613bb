/**
 * Trains the crisis classifier's learned layer (src/core/safety/riskModel.ts) and writes it to
 * src/core/safety/risk-model.json (`npm run train:safety`, about a minute).
 *
 * One softmax model over none / other-at-risk / emergency / crisis, trained on the team's
 * phrasings (test/fixtures/safety, mentions count as none), the independent writers'
 * development sets (test/fixtures/safety-eval/dev-*.json), patients' phrasings
 * (knowledge/phrasings, as ordinary messages), the team's ordinary test traffic and real
 * everyday text (data/everyday/everyday-train.jsonl) and patients describing symptoms
 * (data/symptoms/symptoms-train.jsonl). Classes are weighted so the rare levels
 * count; training is deterministic (fixed shuffle seeds; the weights are the mean of three runs).
 *
 * `--evaluate writer-dev-c[,source...]` trains without those sources and prints, on them, the
 * recall per level and the alarms on their ordinary messages through the same gate as
 * production, with the rules alone for comparison: a new writer's first sight, estimated.
 * The thresholds below were chosen from that table (docs/safety.md).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { classifyMessageRulesOnly } from '../src/core/safety/classifier';
import { normalizeForSafety } from '../src/core/safety/normalize';
import { raiseByModel, RISK_CLASSES, riskFeatures, RiskModel, type ModelLevel, type RiskClass, type RiskModelFile } from '../src/core/safety/riskModel';
import type { SafetyLevel } from '../src/core/safety/types';
import { ALARM_LEVELS, readSafetyFixtureFiles } from './lib/safetyFixtures';

const ROOT = join(__dirname, '..');
const TRAFFIC_FILES = ['search-eval.json', 'intents.json'].map((file) => join(ROOT, 'test', 'fixtures', file));
/** Real everyday text (data/everyday/README.md): most of it trains, every fourth line calibrates the thresholds. */
const EVERYDAY_FILE = join(ROOT, 'data', 'everyday', 'everyday-train.jsonl');
/** Patients describing their symptoms to a doctor (data/symptoms/README.md): the training part. */
const SYMPTOMS_FILE = join(ROOT, 'data', 'symptoms', 'symptoms-train.jsonl');
/** The independent writers' development sets (safety levels), and patients' phrasings as ordinary messages. */
const WRITER_SAFETY_DIR = join(ROOT, 'test', 'fixtures', 'safety-eval');
const PHRASINGS_DIR = join(ROOT, 'knowledge', 'phrasings');
const jsonFiles = (dir: string, prefix = ''): string[] =>
  readdirSync(dir)
    .filter((name) => name.startsWith(prefix) && name.endsWith('.json'))
    .sort()
    .map((name) => join(dir, name));
const writerSafetyFiles = () => jsonFiles(WRITER_SAFETY_DIR, 'dev');
const phrasingFiles = () => jsonFiles(PHRASINGS_DIR);
/** Source name of a writer's file, so --evaluate can leave it out: "writer-dev-c", "phrasings-writer-a". */
const sourceOf = (path: string, kind: string) => `${kind}-${basename(path, '.json')}`;
export const MODEL_PATH = join(ROOT, 'src', 'core', 'safety', 'risk-model.json');

interface Example {
  text: string;
  level: SafetyLevel;
  /** The fixture file, or "traffic-A" / "traffic-B" for ordinary messages (two halves, for evaluation). */
  source: string;
  features: string[];
  tokens: string[];
}

export function loadExamples(): { examples: Example[]; digest: string } {
  const examples: Example[] = [];
  const add = (text: string, level: SafetyLevel, source: string) => {
    const tokens = normalizeForSafety(text).tokens;
    examples.push({ text, level, source, tokens, features: riskFeatures(tokens) });
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
  for (const path of writerSafetyFiles()) for (const item of (JSON.parse(read(path)) as { items: { text: string; level: SafetyLevel }[] }).items) add(item.text, item.level, sourceOf(path, 'writer'));
  for (const path of phrasingFiles()) for (const item of (JSON.parse(read(path)) as { items: { text: string }[] }).items) add(item.text, 'none', sourceOf(path, 'phrasings'));
  for (const [path, source] of [[EVERYDAY_FILE, 'everyday'], [SYMPTOMS_FILE, 'symptoms']] as const) {
    read(path)
      .split('\n')
      .filter((line) => line.trim() !== '')
      .forEach((line) => add((JSON.parse(line) as { text: string }).text, 'none', source));
  }
  return { examples, digest: trainingDigest() };
}

/** A fingerprint of everything the models learn from, so a stale model file fails the tests. */
export function trainingDigest(): string {
  const hash = createHash('sha256');
  for (const { file, content } of readSafetyFixtureFiles()) hash.update(file).update(content);
  for (const path of [...TRAFFIC_FILES, ...writerSafetyFiles(), ...phrasingFiles(), EVERYDAY_FILE, SYMPTOMS_FILE]) hash.update(path.slice(ROOT.length)).update(readFileSync(path, 'utf8'));
  return hash.digest('hex');
}

/** Probabilities at which the model raises a message; without a risk cue, crisis and other-at-risk need CUELESS. */
const THRESHOLDS: Record<ModelLevel, number> = { emergency: 0.98, crisis: 0.98, 'other-at-risk': 0.98 };
const CUELESS = 0.999;
/** Over the rules' mention (suicide as a topic, no risk found) the model must be this sure. */
const OVER_MENTION = 0.995;
const EPOCHS = 12;
const LEARNING_RATE = 0.3;
const L2 = 1e-5;
/** Weights this small change no decision and are left out of the file. */
const PRUNE_BELOW = 0.3;
/** A feature seen in fewer examples is that example's fingerprint, not a way people say things. */
const MIN_EXAMPLES_PER_FEATURE = 2;
/** No class counts more than this many times an ordinary example. */
const MAX_CLASS_WEIGHT = 5;

const classOf = (level: SafetyLevel): RiskClass => level;

/** Softmax regression with AdaGrad and L2 over string features; each class weighted towards balance. */
function train(all: readonly Example[], firstSeed: number): { bias: Float64Array; weights: Map<string, Float64Array> } {
  const classes = RISK_CLASSES.length;
  const seen = new Map<string, number>();
  for (const example of all) for (const feature of example.features) seen.set(feature, (seen.get(feature) ?? 0) + 1);
  const examples = all.map((example) => ({ ...example, features: example.features.filter((feature) => (seen.get(feature) ?? 0) >= MIN_EXAMPLES_PER_FEATURE) }));
  const targets = examples.map((example) => RISK_CLASSES.indexOf(classOf(example.level)));
  const counts = new Array<number>(classes).fill(0);
  for (const target of targets) counts[target] = (counts[target] ?? 0) + 1;
  const classWeight = counts.map((count) => (count === 0 ? 0 : Math.min(MAX_CLASS_WEIGHT, Math.sqrt(examples.length / classes / count))));
  const weights = new Map<string, Float64Array>();
  const squared = new Map<string, Float64Array>();
  const bias = new Float64Array(classes);
  const z = new Float64Array(classes);
  const order = examples.map((_, index) => index);
  let seed = firstSeed;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j] as number, order[i] as number];
    }
    for (const index of order) {
      const features = (examples[index] as Example).features;
      const target = targets[index] as number;
      const sampleWeight = classWeight[target] as number;
      z.set(bias);
      for (const feature of features) {
        const row = weights.get(feature);
        if (row) for (let c = 0; c < classes; c++) z[c] = (z[c] as number) + (row[c] as number);
      }
      const top = Math.max(...z);
      let sum = 0;
      for (let c = 0; c < classes; c++) sum += z[c] = Math.exp((z[c] as number) - top);
      for (const feature of features) {
        let row = weights.get(feature);
        let row2 = squared.get(feature);
        if (!row || !row2) {
          row = new Float64Array(classes);
          row2 = new Float64Array(classes);
          weights.set(feature, row);
          squared.set(feature, row2);
        }
        for (let c = 0; c < classes; c++) {
          const gradient = sampleWeight * ((z[c] as number) / sum - (c === target ? 1 : 0)) + L2 * (row[c] as number);
          row2[c] = (row2[c] as number) + gradient * gradient;
          row[c] = (row[c] as number) - (LEARNING_RATE * gradient) / Math.sqrt((row2[c] as number) + 1e-8);
        }
      }
      for (let c = 0; c < classes; c++) bias[c] = (bias[c] as number) - 0.01 * sampleWeight * ((z[c] as number) / sum - (c === target ? 1 : 0));
    }
  }
  return { bias, weights };
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/**
 * One run's decisions on short messages moved with the shuffle (a point of crisis recall and of
 * false alarms either way on held-out writers); the mean of three runs' weights is steadier, with
 * fewer false alarms and recall within a point (docs/safety.md).
 */
const SEEDS = [3, 5, 7];

function trainAveraged(examples: readonly Example[]): { bias: Float64Array; weights: Map<string, Float64Array> } {
  const runs = SEEDS.map((seed) => train(examples, seed));
  const bias = new Float64Array(RISK_CLASSES.length);
  const weights = new Map<string, Float64Array>();
  for (const run of runs) {
    for (let c = 0; c < bias.length; c++) bias[c] = (bias[c] as number) + (run.bias[c] as number) / runs.length;
    for (const [feature, row] of run.weights) {
      let sum = weights.get(feature);
      if (!sum) {
        sum = new Float64Array(bias.length);
        weights.set(feature, sum);
      }
      for (let c = 0; c < bias.length; c++) sum[c] = (sum[c] as number) + (row[c] as number) / runs.length;
    }
  }
  return { bias, weights };
}

export function buildModel(examples: readonly Example[], digest: string): RiskModelFile {
  const { bias, weights } = trainAveraged(examples);
  const kept = [...weights].filter(([, row]) => row.some((weight) => Math.abs(weight) >= PRUNE_BELOW)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return {
    trainedOn: { fixturesDigest: digest, examples: examples.length },
    thresholds: THRESHOLDS,
    cuelessThreshold: CUELESS,
    mentionThreshold: OVER_MENTION,
    bias: Array.from(bias, round),
    features: kept.map(([feature]) => feature),
    weights: kept.map(([, row]) => Array.from(row, round)),
  };
}

export function modelFileText(file: RiskModelFile): string {
  // One feature per line keeps the diff of a retrained model readable.
  const { features, weights, ...rest } = file;
  const head = JSON.stringify(rest, null, 2).slice(0, -2);
  const lines = (rows: readonly unknown[]) => rows.map((row) => `    ${JSON.stringify(row)}`).join(',\n');
  return `${head},\n  "features": [\n${lines(features)}\n  ],\n  "weights": [\n${lines(weights)}\n  ]\n}\n`;
}

function percent(hit: number, total: number): string {
  return total === 0 ? 'n/a' : `${((100 * hit) / total).toFixed(1)}% (${hit}/${total})`;
}

function evaluate(examples: readonly Example[], leftOut: readonly string[]): void {
  const held = examples.filter((example) => leftOut.includes(example.source));
  if (held.length === 0) throw new Error(`no examples from ${leftOut.join(', ')}; sources: ${[...new Set(examples.map((example) => example.source))].join(', ')}`);
  const file = buildModel(examples.filter((example) => !leftOut.includes(example.source)), '');
  const byRules = new Map(held.map((example) => [example, classifyMessageRulesOnly(example.text)]));
  const heldOutLines = (path: string) =>
    readFileSync(join(ROOT, 'data', path), 'utf8')
      .split('\n')
      .filter((line) => line.trim() !== '')
      .map((line) => (JSON.parse(line) as { text: string }).text)
      .map((text) => ({ rules: classifyMessageRulesOnly(text), tokens: normalizeForSafety(text).tokens }));
  const everyday = heldOutLines('everyday/everyday-heldout.jsonl');
  const symptoms = heldOutLines('symptoms/symptoms-heldout.jsonl');
  console.log(`Trained without ${leftOut.join(', ')}; scored on their ${held.length} examples and on the held-out everyday text (${everyday.length} lines) and symptoms (${symptoms.length}).\n`);
  // --sweep: the same trained weights at other thresholds, to choose THRESHOLDS from.
  const settings = process.argv.includes('--sweep') ? SWEEP : [{ thresholds: THRESHOLDS, cueless: CUELESS, overMention: OVER_MENTION }];
  for (const setting of [undefined, ...settings]) {
    const model = setting && new RiskModel({ ...file, thresholds: setting.thresholds, cuelessThreshold: setting.cueless, mentionThreshold: setting.overMention });
    const decide = (rules: ReturnType<typeof classifyMessageRulesOnly>, tokens: readonly string[]) => (model ? raiseByModel(rules, tokens, model) : rules).level;
    const cells = (['crisis', 'emergency', 'other-at-risk'] as const).map((level) => {
      const at = held.filter((example) => example.level === level);
      return `${level} ${percent(at.filter((example) => decide(byRules.get(example) as ReturnType<typeof classifyMessageRulesOnly>, example.tokens) === level).length, at.length)}`;
    });
    for (const level of ['none', 'mention'] as const) {
      const ordinary = held.filter((example) => example.level === level);
      cells.push(`alarms on ${level} ${percent(ordinary.filter((example) => ALARM_LEVELS.has(decide(byRules.get(example) as ReturnType<typeof classifyMessageRulesOnly>, example.tokens))).length, ordinary.length)}`);
    }
    for (const [name, lines] of [['everyday', everyday], ['symptoms', symptoms]] as const) {
      cells.push(`${name} ${percent(lines.filter((line) => ALARM_LEVELS.has(decide(line.rules, line.tokens))).length, lines.length)}`);
    }
    console.log(`${setting ? JSON.stringify(setting) : 'rules alone'}\n   ${cells.join('  ')}`);
    // --misses: what this setting missed or raised, to read (development sets only).
    if (model && process.argv.includes('--misses')) {
      for (const example of held) {
        const level = decide(byRules.get(example) as ReturnType<typeof classifyMessageRulesOnly>, example.tokens);
        const alarm = ALARM_LEVELS.has(level);
        if (ALARM_LEVELS.has(example.level) ? level !== example.level : alarm) console.log(`   ${example.level.padEnd(13)} got ${level.padEnd(13)} ${JSON.stringify(example.text)}`);
      }
    }
  }
}

/** The settings `--evaluate --sweep` compares (the first is THRESHOLDS / CUELESS / OVER_MENTION). */
const SWEEP = [
  { thresholds: { emergency: 0.98, crisis: 0.98, 'other-at-risk': 0.98 }, cueless: 0.999, overMention: 0.995 },
  { thresholds: { emergency: 0.99, crisis: 0.99, 'other-at-risk': 0.99 }, cueless: 0.999, overMention: 0.995 },
  { thresholds: { emergency: 0.95, crisis: 0.95, 'other-at-risk': 0.95 }, cueless: 0.995, overMention: 0.99 },
  { thresholds: { emergency: 0.95, crisis: 0.97, 'other-at-risk': 0.97 }, cueless: 0.999, overMention: 0.99 },
  { thresholds: { emergency: 0.95, crisis: 0.95, 'other-at-risk': 0.95 }, cueless: 1.01, overMention: 0.99 },
];

function main(): void {
  const { examples, digest } = loadExamples();
  if (process.argv.includes('--evaluate')) {
    const named = process.argv[process.argv.indexOf('--evaluate') + 1];
    evaluate(examples, named === undefined || named.startsWith('--') ? ['writer-dev-c'] : named.split(','));
    return;
  }
  const file = buildModel(examples, digest);
  writeFileSync(MODEL_PATH, modelFileText(file));
  console.log(`Trained on ${examples.length} examples: ${file.features.length} features -> ${MODEL_PATH}`);
}

if (require.main === module) main();
