import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyMessage, classifyMessageRulesOnly } from '../../../src/core/safety/classifier';
import { normalizeForSafety } from '../../../src/core/safety/normalize';
import { raiseByModels, RiskModels, type RiskModelsFile } from '../../../src/core/safety/riskModel';
import { MODEL_PATH, trainingDigest } from '../../../scripts/train-safety-model';

const tokens = (text: string) => normalizeForSafety(text).tokens;

/** A hand-made pair of models: "note" and "goodbye" point to crisis, "brother" to someone else. */
function tinyModels(): RiskModels {
  const file: RiskModelsFile = {
    trainedOn: { fixturesDigest: '', examples: 0 },
    models: { crisis: { threshold: 0.8, cuelessThreshold: 0.99, positives: 1, bias: -3 }, 'other-at-risk': { threshold: 0.5, cuelessThreshold: 0.99, positives: 1, bias: -3 } },
    vocabulary: ['brother', 'goodbye', 'my', 'note', 'wrote'],
    shape: {},
    features: [
      [3, -1, 0, 2, 0], // note
      [1, -1, 0, 2.5, 0], // goodbye
      [4, 3, 2, 1.5, 0], // wrote _ note
      [0, -1, 0, -1, 3.5], // brother
    ],
  };
  return new RiskModels(file);
}

describe('RiskModels', () => {
  it('adds the weights of the words and word pairs it knows, each once', () => {
    const models = tinyModels();
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    expect(models.score(tokens('last night i wrote a note')).crisis).toBeCloseTo(sigmoid(-3 + 2 + 1.5));
    // Saying "note" again does not count it twice.
    expect(models.score(tokens('note this, note that, note it')).crisis).toBeCloseTo(sigmoid(-3 + 2));
    expect(models.score(tokens('what time is my appointment')).crisis).toBeCloseTo(sigmoid(-3));
  });

  it('does not judge texts shorter than five words: a reply like "idk" or "yes i have" is not evidence', () => {
    const models = tinyModels();
    expect(models.score(tokens('note goodbye note')).crisis).toBe(0);
    expect(models.levelsFound(tokens('wrote a note goodbye'))).toEqual([]);
    expect(models.levelsFound(tokens('i wrote a note goodbye'))).toEqual(['crisis']);
  });

  it('scores one alarming sentence of a long message as if it stood nearly alone', () => {
    const models = tinyModels();
    const alone = 'i wrote a note. goodbye.';
    const padded = `parking was fine. the nurse was kind. ${alone} the weather is nice. see you on tuesday. note to self, bring a jacket.`;
    expect(models.levelsFound(tokens(alone))).toEqual(['crisis']);
    expect(models.levelsFound(tokens(padded))).toEqual(['crisis']);
  });

  it('reports every level whose model reaches its threshold, most urgent first', () => {
    const models = tinyModels();
    expect(models.levelsFound(tokens('my brother left a note, goodbye'))).toEqual(['other-at-risk']);
    expect(models.levelsFound(tokens('my brother. i wrote a note, goodbye'))).toEqual(['crisis', 'other-at-risk']);
    expect(models.levelsFound(tokens(''))).toEqual([]);
  });
});

describe('raiseByModels', () => {
  const models = tinyModels();
  const goodbye = tokens('i wrote a note. goodbye');

  it('raises none and mention to the level a model finds, and says so in the rule ids', () => {
    expect(raiseByModels({ level: 'none', rules: [] }, goodbye, models)).toEqual({ level: 'crisis', rules: ['crisis.model'] });
    expect(raiseByModels({ level: 'mention', rules: ['mention.topic'] }, goodbye, models)).toEqual({ level: 'crisis', rules: ['crisis.model', 'mention.topic'] });
  });

  it('never changes what the rules decided at crisis, emergency or other-at-risk', () => {
    for (const level of ['crisis', 'emergency', 'other-at-risk'] as const) {
      expect(raiseByModels({ level, rules: ['x.rule'] }, goodbye, models)).toEqual({ level, rules: ['x.rule'] });
    }
  });

  it('needs a near-certain model to raise a message with no word of dying, harm, means or leaving', () => {
    const cueless = tokens('my brother went to the store today');
    expect(models.score(cueless)['other-at-risk']).toBeGreaterThan(0.5);
    expect(raiseByModels({ level: 'none', rules: [] }, cueless, models)).toEqual({ level: 'none', rules: [] });
    const cued = tokens('my brother went to the bridge today');
    expect(raiseByModels({ level: 'none', rules: [] }, cued, models)).toEqual({ level: 'other-at-risk', rules: ['other.model'] });
  });

  it('leaves an explicit denial the rules read as a mention', () => {
    expect(raiseByModels({ level: 'mention', rules: ['mention.negated'] }, goodbye, models)).toEqual({ level: 'mention', rules: ['mention.negated'] });
  });
});

describe('the shipped models', () => {

  it('were trained on the current fixtures and data (retrain with npm run train:safety)', () => {
    const file = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as RiskModelsFile;
    expect(file.trainedOn.fixturesDigest).toBe(trainingDigest());
  });

  it.each([
    // Indirect disclosures no rule spells out, from holdouts the rules missed on first sight.
    'Wrote a letter to each of my kids and left them in the desk drawer where theyll find them after.',
    'I need to cancel all my future appointments. I wont need them.',
    'Cancelled my subscriptions and paid off what I could so nobody gets stuck with my bills.',
  ])('catch indirect crisis phrasings the rules miss: %j', (text) => {
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
  ])(
    'leave ordinary patient questions alone: %j',
    (text) => {
      expect(classifyMessage(text).level).toBe('none');
    },
  );
});
