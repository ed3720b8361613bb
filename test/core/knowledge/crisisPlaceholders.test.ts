import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { findForbiddenContent } from '../../../src/core/knowledge/contentRules';
import { findCrisisNumbers, resolveCrisisPlaceholder } from '../../../src/core/knowledge/crisisNumbers';
import { inspectKnowledgeBase, loadKnowledgeBase } from '../../../src/core/knowledge/loader';
import { formatProblem } from '../../../src/core/knowledge/problems';
import { entryMarkdown, sampleEntries, tempKnowledge, TODAY, type TempKnowledge } from './helpers';

let knowledge: TempKnowledge | undefined;
afterEach(() => knowledge?.cleanup());

describe('crisis placeholders', () => {
  it.each([
    ['US', 'call or text 988 (988 Suicide & Crisis Lifeline, 24/7)', '911'],
    ['GB', 'call 116 123 (Samaritans, 24/7)', '999'],
    ['AU', 'call 13 11 14 or text 0477 13 11 14 (Lifeline, 24/7)', '000'],
    ['IE', 'call 116 123 (Samaritans, 24/7)', '112 or 999'],
    ['FR', 'visit findahelpline.com (Find A Helpline)', 'your local emergency number'],
  ])('when the clinic is in %s, then {{crisis.line}} and {{crisis.emergency}} name that country\'s lines', (country, line, emergency) => {
    expect(resolveCrisisPlaceholder('crisis.line', country)).toBe(line);
    expect(resolveCrisisPlaceholder('crisis.primary', country)).toBe(line);
    expect(resolveCrisisPlaceholder('crisis.emergency', country)).toBe(emergency);
  });

  it('when a UK clinic serves an entry with crisis placeholders, then it shows UK lines and no US number', async () => {
    knowledge = tempKnowledge({
      ...sampleEntries(),
      'crisis.md': entryMarkdown({ id: 'crisis', questions: ['who do i call at night', 'night crisis number', 'help at night please'], body: 'If you are in crisis, {{crisis.line}}, or call {{crisis.emergency}}.' }),
    });
    const profile = path.join(knowledge.dir, 'clinic.yml');
    writeFileSync(profile, readFileSync(profile, 'utf8').replace('country: US', 'country: GB'));
    const base = await loadKnowledgeBase({ dir: knowledge.dir, mode: 'development', today: TODAY });
    const body = base.entries.find((entry) => entry.id === 'crisis')?.body ?? '';
    expect(body).toBe('If you are in crisis, call 116 123 (Samaritans, 24/7), or call 999.');
    expect(body).not.toMatch(/988|911/);
  });
});

describe('literal crisis and emergency numbers', () => {
  it.each([['call or text 988'], ['call 911 now'], ['ring 999'], ['call 116 123'], ['text HOME to 741741'], ['phone 13 11 14'], ['dial 000'], ['call 1-800-222-1222']])(
    'when an entry says "%s", then the content rules reject it',
    (text) => {
      expect(findCrisisNumbers(text)).not.toEqual([]);
      expect(findForbiddenContent(text).join(' ')).toContain('writes a crisis or emergency number literally');
    },
  );

  it.each([['$7,000 a year'], ['about 9,880 people'], ['ask for room 9881'], ['a 2019 study'], ['$0 after rebate']])('when the text only has "%s", then no number is flagged', (text) => {
    expect(findCrisisNumbers(text)).toEqual([]);
  });

  it('when an entry body has a literal "988", then kb:check reports it with file and field', async () => {
    knowledge = tempKnowledge({ ...sampleEntries(), 'crisis.md': entryMarkdown({ id: 'crisis', questions: ['who do i call at night', 'night crisis number', 'help at night please'], body: 'In a crisis, call or text 988.' }) });
    const inspection = await inspectKnowledgeBase(knowledge.dir, TODAY);
    expect(inspection.errors.map(formatProblem)).toContainEqual(expect.stringMatching(/crisis\.md: body: writes a crisis or emergency number literally \(988\)/));
  });

  it('when the sms form has a literal "911", then kb:check reports the sms field', async () => {
    knowledge = tempKnowledge({ ...sampleEntries(), 'crisis.md': entryMarkdown({ id: 'crisis', questions: ['who do i call at night', 'night crisis number', 'help at night please'], sms: 'In an emergency call 911.' }) });
    const inspection = await inspectKnowledgeBase(knowledge.dir, TODAY);
    expect(inspection.errors.map(formatProblem)).toContainEqual(expect.stringMatching(/crisis\.md: sms: writes a crisis or emergency number literally \(911\)/));
  });

  it('the shipped entries and guides write no crisis or emergency number literally', () => {
    const dir = path.resolve(__dirname, '../../../knowledge');
    const files = ['after-the-session.md', 'booking-an-appointment.md', 'hours-and-location.md', 'if-it-does-not-work.md', 'privacy-and-this-chat.md', 'side-effects.md', 'suicidal-thoughts-and-ketamine.md', 'who-is-it-for.md', 'guides/first-visit.md'];
    for (const file of files) {
      const text = readFileSync(path.join(dir, file), 'utf8').split('\n').filter((line) => !/^\s+(url|- title):/.test(line)).join('\n');
      expect(findCrisisNumbers(text.replace(/\{\{[^}]*\}\}/g, ' ')), file).toEqual([]);
    }
  });
});

describe('guides pass the same content rules as entries', () => {
  it('when a guide step writes 911 or a dose, then loading the guides reports the step', async () => {
    const { mkdirSync, copyFileSync } = await import('node:fs');
    const { loadGuides } = await import('../../../src/core/knowledge/guides');
    const { KnowledgeBaseError } = await import('../../../src/core/knowledge/problems');
    knowledge = tempKnowledge(sampleEntries());
    const shipped = path.resolve(__dirname, '../../../knowledge/guides');
    mkdirSync(path.join(knowledge.dir, 'guides'));
    copyFileSync(path.join(shipped, 'is-this-for-me.md'), path.join(knowledge.dir, 'guides', 'is-this-for-me.md'));
    const firstVisit = readFileSync(path.join(shipped, 'first-visit.md'), 'utf8').replace('call {{crisis.emergency}}.', 'call 911. Take 2 tablets.');
    writeFileSync(path.join(knowledge.dir, 'guides', 'first-visit.md'), firstVisit);
    const base = await loadKnowledgeBase({ dir: knowledge.dir, mode: 'development', today: TODAY });
    const ids = new Set(['who-should-not-have-it', 'blood-pressure-and-heart', 'pregnancy-and-breastfeeding', 'psychosis-and-schizophrenia', 'bipolar-disorder', 'addiction-and-misuse', 'age-limits', 'medication-interactions', 'who-is-it-for', 'current-antidepressants', ...base.entries.map((entry) => entry.id)]);
    const error = await loadGuides(knowledge.dir, base.clinic, ids).then(() => undefined, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(KnowledgeBaseError);
    const lines = (error as InstanceType<typeof KnowledgeBaseError>).problems.map(formatProblem);
    expect(lines).toContainEqual(expect.stringMatching(/first-visit\.md: steps\[\d+\]\.text: writes a crisis or emergency number literally \(911\)/));
    expect(lines).toContainEqual(expect.stringMatching(/first-visit\.md: steps\[\d+\]\.text: reads as dosing instructions/));
  });
});
