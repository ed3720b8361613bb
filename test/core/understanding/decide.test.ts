import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadKnowledgeBase } from '../../../src/core/knowledge/loader';
import type { KnowledgeEntry } from '../../../src/core/knowledge/schema';
import { createUnderstanding, decide, type Understanding } from '../../../src/core/understanding/decide';
import { answeredEntries } from '../../../src/core/understanding/outcome';
import type { Decision } from '../../../src/core/understanding/types';
import { REPO_ROOT } from '../../support/paths';

let understanding: Understanding<KnowledgeEntry>;

beforeAll(async () => {
  const knowledge = await loadKnowledgeBase({ dir: path.join(REPO_ROOT, 'knowledge'), mode: 'development', today: new Date('2026-12-06T12:00:00Z') });
  understanding = createUnderstanding(knowledge.entries, { phrasings: knowledge.phrasings });
});

/** What the patient is shown, as an id: the entry answered, the dialog started (and what it answers at once), or the kind. */
function shown(decision: Decision<KnowledgeEntry>): string {
  if (decision.kind === 'answer') return decision.entry.id;
  if (decision.kind === 'dialog') {
    const answered = answeredEntries(decision);
    return answered && answered.length > 0 ? `dialog:${decision.dialog} -> ${answered.join(',')}` : `dialog:${decision.dialog}`;
  }
  return decision.kind;
}

describe('one decision per message', () => {
  it.each([
    // Questions that a dialog used to take before the knowledge base was asked.
    ['i have bipolar 2 can i do ketamine', 'bipolar-disorder'],
    ['im 71, am i too old for this', 'age-limits'],
    ['will i get in trouble w the law for doing ketamine', 'party-drug-and-legality'],
    ['my cousin did ketamine and said it was amazing for like 3 weeks then she crashed. is that normal? does it wear off?', 'how-long-it-lasts'],
    // Once a did-you-mean whose first option was right: now answered outright.
    ['what is ketamine therapy', 'what-is-ketamine-therapy'],
    ['fda approved?', 'fda-status'],
    ['how long does an infusion take', 'session-length'],
    ['can i bring my own music', 'session-setting'],
    // The treatment or insurer named in the message is used, not asked for again.
    ['how much is it per infussion', 'cost'],
    ['my plan is bcbs ppo will they cover the infusions', 'insurance-and-payment'],
  ])('when a patient asks %j, then the answer is %s, outright', (text, expected) => {
    expect(shown(understanding.understand(text))).toBe(expected);
  });

  it.each([
    ['talk to a person', 'dialog:talk-to-person'],
    ['is this for me?', 'dialog:eligibility-checklist'],
    ['first visit guide', 'dialog:first-visit-guide'],
    ['hi', 'dialog:greeting'],
    ['goood morning', 'dialog:greeting'],
    ['start over', 'dialog:start-over'],
    ['menu', 'dialog:help'],
    ['thanks, bye', 'dialog:goodbye'],
  ])('when a patient asks for a conversation (%j), then that dialog starts', (text, expected) => {
    expect(shown(understanding.understand(text))).toBe(expected);
  });

  it('when a greeting comes with a question, then the question is answered', () => {
    expect(shown(understanding.understand('hi, how long does an infusion take?'))).toBe('session-length');
  });

  it.each(['what time does target close', "TypeError: Cannot read properties of undefined (reading 'map')", 'how do i treat a sprained ankle', 'where can i buy ketamine online'])(
    'when a message is out of scope (%j), then the bot says it does not know',
    (text) => {
      expect(understanding.understand(text).kind).toBe('unknown');
    },
  );

  it('when the message names the treatment or an insurer, then the decision carries it for the dialog', () => {
    expect(understanding.understand('how much is spravato per session').slots).toMatchObject({ treatment: 'spravato' });
    expect(understanding.understand('do you take aetna for the iv infusions').slots).toMatchObject({ treatment: 'iv', insurer: 'aetna' });
    expect(understanding.understand('are you open saturday morning').slots).toMatchObject({ when: 'saturday' });
  });

  it('never throws, whatever the text', () => {
    for (const text of ['', '   ', '??', 'a'.repeat(10_000), 'constructor __proto__ toString', '\u0000\uFFFF😀', 'ñandú ça'])
      expect(['answer', 'dialog', 'did-you-mean', 'unknown']).toContain(understanding.understand(text).kind);
  });
});

describe('decide', () => {
  const entry = (id: string) => ({ kind: 'entry' as const, entry: id });
  const thresholds = { sure: 0.99, agreedScore: 0.3, pairSure: 0.8, secondAtLeast: 0.25, disagreeSure: 0.9 };
  const ranked = [{ candidate: entry('a'), score: 0.9 }, { candidate: entry('b'), score: 0.5 }];
  const analysis = (guesses: { candidate?: ReturnType<typeof entry>; probability: number; agrees: boolean }[], rankedAs = ranked) => ({ ranked: rankedAs, guesses, slots: {} });

  it('answers outright what the classifier is sure of, even where the ranker put another candidate first', () => {
    expect(decide(analysis([{ candidate: entry('c'), probability: 0.995, agrees: false }]), thresholds)).toMatchObject({ kind: 'answer', entry: 'c' });
  });

  it('answers a less sure pick only when the ranker puts it first with a real match', () => {
    expect(decide(analysis([{ candidate: entry('a'), probability: 0.5, agrees: true }]), thresholds)).toMatchObject({ kind: 'answer', entry: 'a' });
    expect(decide(analysis([{ candidate: entry('c'), probability: 0.5, agrees: false }]), thresholds).kind).toBe('unknown');
    expect(decide(analysis([{ candidate: entry('a'), probability: 0.5, agrees: true }], [{ candidate: entry('a'), score: 0.2 }]), thresholds).kind).toBe('unknown');
  });

  it('offers a did-you-mean when the classifier hesitates between two candidates it is sure of together', () => {
    const split = analysis([{ candidate: entry('c'), probability: 0.55, agrees: false }, { candidate: entry('d'), probability: 0.4, agrees: false }]);
    expect(decide(split, thresholds)).toMatchObject({ kind: 'did-you-mean', options: [entry('c'), entry('d')] });
    // A distant second is no real choice.
    const lopsided = analysis([{ candidate: entry('c'), probability: 0.7, agrees: false }, { candidate: entry('d'), probability: 0.2, agrees: false }]);
    expect(decide(lopsided, thresholds).kind).toBe('unknown');
  });

  it('offers its pick beside the ranker\'s when the classifier is nearly sure and the ranker names another', () => {
    expect(decide(analysis([{ candidate: entry('c'), probability: 0.95, agrees: false }]), thresholds)).toMatchObject({ kind: 'did-you-mean', options: [entry('c'), entry('a')] });
  });

  it('says it does not know when the classifier picks out of scope or has nothing', () => {
    expect(decide(analysis([{ probability: 0.999, agrees: false }]), thresholds).kind).toBe('unknown');
    expect(decide(analysis([]), thresholds).kind).toBe('unknown');
  });
});
