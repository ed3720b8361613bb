import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { normalizeForSafety } from '../../../src/core/safety/normalize';
import { raiseByModel, RISK_CLASSES, riskFeatures, RiskModel, type RiskModelFile } from '../../../src/core/safety/riskModel';
import { MODEL_PATH, trainingDigest } from '../../../scripts/train-safety-model';

const tokens = (text: string) => normalizeForSafety(text).tokens;

/** Weights by class name, in RISK_CLASSES order. */
const row = (weights: Partial<Record<(typeof RISK_CLASSES)[number], number>>) => RISK_CLASSES.map((level) => weights[level] ?? 0);

/** A hand-made model: "note" and "goodbye" point to crisis, "brother" to someone else, "breathing" to an emergency. */
function tinyModel(overrides: Partial<RiskModelFile> = {}): RiskModel {
  return new RiskModel({
    trainedOn: { fixturesDigest: '', examples: 0 },
    thresholds: { emergency: 0.8, crisis: 0.8, 'other-at-risk': 0.8 },
    cuelessThreshold: 0.99,
    mentionThreshold: 0.99,
    bias: row({ none: 3 }),
    features: ['brother', 'breathing', 'goodbye', 'note', 'wrote note 2'],
    weights: [row({ 'other-at-risk': 6 }), row({ emergency: 7 }), row({ crisis: 4 }), row({ crisis: 2 }), row({ crisis: 1.5 })],
    ...overrides,
  });
}

describe('riskFeatures', () => {
  it('reads words, word pairs within a clause, pieces of longer words and the length, each once', () => {
    const features = riskFeatures(tokens('i wrote a note, note it'));
    expect(features).toEqual(expect.arrayContaining(['wrote', 'note', 'wrote note 2', '#<wro', '#ote>', 'length:6-10']));
    expect(features.filter((feature) => feature === 'note')).toHaveLength(1);
    // A comma ends the clause: no pair across it.
    expect(features).not.toContain('note note 1');
  });

  it('gives a misspelling most of the pieces of the word it misspells', () => {
    const pieces = (text: string) => new Set(riskFeatures(tokens(text)).filter((feature) => feature.startsWith('#')));
    const right = pieces('suicidal');
    const typo = pieces('suicidle');
    expect([...typo].filter((piece) => right.has(piece)).length).toBeGreaterThanOrEqual(2);
  });
});

describe('RiskModel', () => {
  it('adds the weights of the features it knows and returns one probability per class', () => {
    const probabilities = tinyModel().probabilities(tokens('last night i wrote a note'));
    const crisis = Math.exp(2 + 1.5);
    expect(probabilities.crisis).toBeCloseTo(crisis / (crisis + Math.exp(3) + 3));
    expect(Object.values(probabilities).reduce((sum, p) => sum + p, 0)).toBeCloseTo(1);
  });

  it('finds the most urgent level over its threshold, and nothing in an empty message', () => {
    const model = tinyModel();
    expect(model.levelFound(tokens('he is not breathing'))).toBe('emergency');
    expect(model.levelFound(tokens('i wrote a note goodbye'))).toBe('crisis');
    expect(model.levelFound(tokens('what time is my appointment'))).toBeUndefined();
    expect(model.levelFound([])).toBeUndefined();
  });

  it('needs near certainty for crisis or other-at-risk when the message has no word of dying, harm, means or leaving', () => {
    const model = tinyModel();
    const cueless = tokens('my brother went to the store today');
    expect(model.probabilities(cueless)['other-at-risk']).toBeGreaterThan(0.8);
    expect(model.probabilities(cueless)['other-at-risk']).toBeLessThan(0.99);
    expect(model.levelFound(cueless)).toBeUndefined();
    expect(model.levelFound(tokens('my brother went to the bridge today'))).toBe('other-at-risk');
  });

  it('needs near certainty over a message the rules read as a mention', () => {
    const model = tinyModel();
    const goodbye = tokens('i wrote a note goodbye');
    expect(model.probabilities(goodbye).crisis).toBeLessThan(0.99);
    expect(model.levelFound(goodbye, true)).toBeUndefined();
  });

  it('refuses a file whose weights do not match its classes', () => {
    expect(() => tinyModel({ bias: [0, 0] })).toThrow();
  });
});

describe('raiseByModel', () => {
  const model = tinyModel();
  const goodbye = tokens('i wrote a note. goodbye');

  it('raises none to the level the model finds, and says so in the rule ids', () => {
    expect(raiseByModel({ level: 'none', rules: [] }, goodbye, model)).toEqual({ level: 'crisis', rules: ['crisis.model'] });
    expect(raiseByModel({ level: 'none', rules: [] }, tokens('he is not breathing'), model)).toEqual({ level: 'emergency', rules: ['emergency.model'] });
  });

  it('never changes what the rules decided at crisis, emergency or other-at-risk', () => {
    for (const level of ['crisis', 'emergency', 'other-at-risk'] as const) {
      expect(raiseByModel({ level, rules: ['x.rule'] }, goodbye, model)).toEqual({ level, rules: ['x.rule'] });
    }
  });

  it('leaves an explicit denial the rules read as a mention', () => {
    expect(raiseByModel({ level: 'mention', rules: ['mention.negated'] }, goodbye, model)).toEqual({ level: 'mention', rules: ['mention.negated'] });
  });
});

describe('the shipped model', () => {
  it('was trained on the current fixtures and data (retrain with npm run train:safety)', () => {
    const file = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as RiskModelFile;
    expect(file.trainedOn.fixturesDigest).toBe(trainingDigest());
  });

  it.each([
    // Indirect disclosures no rule spells out.
    'Wrote a letter to each of my kids and left them in the desk drawer where theyll find them after.',
    'Cancelled my subscriptions and paid off what I could so nobody gets stuck with my bills.',
  ])('catches indirect crisis phrasings the rules miss: %j', (text) => {
    expect(classifyMessageRulesOnly(text).level).toBe('none');
    expect(classifyMessage(text)).toMatchObject({ level: 'crisis', rules: ['crisis.model'] });
  });

  it.each([
    'how much does ketamine cost',
    'any risks i should know about',
    'can i drive home after my infusion',
    'im so tired of waiting for insurance to call back',
    // Replies to the bot's own questions.
    'idk',
    'i dont know',
    'yes i have',
  ])('leaves ordinary patient questions alone: %j', (text) => {
    expect(classifyMessage(text).level).toBe('none');
  });
});
