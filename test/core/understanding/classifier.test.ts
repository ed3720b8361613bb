import { describe, expect, it } from 'vitest';
import { trainIntentClassifier } from '../../../src/core/understanding/classifier';

describe('the intent classifier (the decision stage\'s main opinion)', () => {
  const classifier = trainIntentClassifier([
    { text: 'how much does it cost', label: 'cost' },
    { text: 'price per infusion', label: 'cost' },
    { text: 'what will i pay', label: 'cost' },
    { text: 'can i drive home after', label: 'driving' },
    { text: 'who drives me home after the infusion', label: 'driving' },
    { text: 'is it safe to drive the next day', label: 'driving' },
  ]);

  it('names the label whose examples share the message\'s words, most probable first', () => {
    const [best, second] = classifier.classify('how much is one infusion', 2);
    expect(best).toMatchObject({ label: 'cost' });
    expect(best!.probability).toBeGreaterThan(second!.probability);
    expect(classifier.classify('can my husband drive me home')[0]).toMatchObject({ label: 'driving' });
  });

  it('gives probabilities that add up to one, and no preference for words it never saw', () => {
    const all = classifier.classify('how much does it cost', 10);
    expect(all.reduce((sum, guess) => sum + guess.probability, 0)).toBeCloseTo(1);
    const unseen = classifier.classify('xylophone quartz', 10);
    expect(unseen[0]!.probability).toBeCloseTo(unseen[1]!.probability);
  });

  it('reads a misspelled word by its pieces', () => {
    expect(classifier.classify('how much per infussion')[0]).toMatchObject({ label: 'cost' });
    expect(classifier.classify('who drivs me hom')[0]).toMatchObject({ label: 'driving' });
  });

  it('weighs the part of a message that asks over the story around it', () => {
    expect(classifier.classify('my husband drives, how much is it')[0]).toMatchObject({ label: 'cost' });
  });

  it('reuses a classifier built from the same examples, and builds anew when one example changes', () => {
    const examples = [
      { text: 'how much does it cost', label: 'cost' },
      { text: 'can i drive home after', label: 'driving' },
    ];
    expect(trainIntentClassifier(examples.map((example) => ({ ...example })))).toBe(trainIntentClassifier(examples));
    expect(trainIntentClassifier([...examples, { text: 'price', label: 'cost' }])).not.toBe(trainIntentClassifier(examples));
  });
});
