import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { inspectKnowledgeBase } from '../../../src/core/knowledge/loader';
import { LABEL_DOCUMENT, type KnowledgeEntry } from '../../../src/core/knowledge/schema';

/** Issue 15's content review of the shipped sample base: each test fails on the text before the fix. */
const KNOWLEDGE = path.resolve(__dirname, '../../../knowledge');
let entries: KnowledgeEntry[] = [];
const entry = (id: string): KnowledgeEntry => {
  const found = entries.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`no entry ${id}`);
  return found;
};
const readText = (id: string): string => `${entry(id).title}\n${entry(id).body}\n${entry(id).sms ?? ''}`;

beforeAll(async () => {
  const inspection = await inspectKnowledgeBase(KNOWLEDGE, new Date('2026-12-06T12:00:00Z'));
  expect(inspection.errors).toEqual([]);
  entries = inspection.entries;
});

describe('the shipped knowledge base after the clinician-editor review', () => {
  it('spravato-savings-program names SPRAVATO withMe and its observation rebate, without the stale yearly cap', () => {
    const text = readText('spravato-savings-program');
    expect(text).toContain('SPRAVATO withMe');
    expect(text).toMatch(/rebate[^.]*observation|observation[^.]*rebate|rebate may bring the observation fee/i);
    expect(text).toContain('$0');
    expect(text).toMatch(/not valid for residents of some states|not in all states/);
    expect(text).not.toContain('$7,150');
    expect(text).not.toMatch(/not the clinic's cost of giving the treatment and watching you/);
  });

  it('success-rates frames ELEKT-D as non-inferiority in people without psychosis and keeps ECT as a first-line option', () => {
    const { body } = entry('success-rates');
    expect(body).toMatch(/not worse/);
    expect(body).toMatch(/none with psychosis|without psychosis/);
    expect(body).toMatch(/ECT remains a first-line option for severe depression/);
    expect(body).toMatch(/does not make ketamine better/);
  });

  it('who-should-not-have-it lists pregnancy and breastfeeding with the things that rule Spravato out, not under extra care', () => {
    const { body, sms } = entry('who-should-not-have-it');
    const [shouldNot = '', extraCare = ''] = body.split('Extra care');
    expect(shouldNot).toMatch(/not be used during pregnancy/);
    expect(shouldNot).toMatch(/not breastfeed/);
    expect(extraCare).not.toMatch(/pregnan|breastfeed/);
    expect(sms).toMatch(/must not be used[^.]*pregnancy/);
  });

  it('side-effects says which risks carry the boxed warning and mentions brief loss of consciousness and slower thinking and coordination', () => {
    const { body, sms } = entry('side-effects');
    expect(body).toContain('**boxed warning**');
    for (const risk of [/sedation and dissociation/, /slowed or shallow breathing/, /abuse and misuse/, /suicidal thoughts and actions/]) expect(body).toMatch(risk);
    expect(body).toMatch(/briefly lost consciousness/);
    expect(body).toMatch(/thinking, attention and coordination are slower/);
    expect(sms).toMatch(/boxed warning/);
  });

  it('privacy-and-this-chat answers "is this chat private?" first and does not promise that messages are kept only briefly', () => {
    const { body, sms } = entry('privacy-and-this-chat');
    expect(body.split('\n')[0]).toMatch(/^Not completely\./);
    expect(sms).toMatch(/^Not fully private\./);
    expect(`${body} ${sms}`).not.toMatch(/for a short time|only briefly/);
    expect(body).toMatch(/may be kept until the clinic deletes it/);
    expect(body).toMatch(/keeps its own copy/);
  });

  it('bad-experience-during-session and hours-and-location claim only what their sources support', () => {
    const bad = entry('bad-experience-during-session');
    expect(bad.body).not.toMatch(/dim the lights|change the music|slow or pause/);
    expect(bad.sources.map((source) => source.url)).toContainEqual(expect.stringContaining('accessdata.fda.gov/scripts/cder/rems'));
    expect(bad.sources.map((source) => source.url)).not.toContainEqual(expect.stringContaining('jamanetwork.com'));
    const hours = entry('hours-and-location');
    expect(hours.body).not.toMatch(/An IV visit also includes time to recover/);
    expect(hours.sources.map((source) => source.url)).not.toContainEqual(expect.stringContaining('brighamandwomensfaulkner'));
  });

  it('no entry cites a DailyMed search page, and every label source records the version it was checked against', () => {
    for (const item of entries) {
      for (const source of item.sources) {
        expect(source.url, item.id).not.toMatch(/dailymed\/search\.cfm/);
        if (LABEL_DOCUMENT.test(source.url)) expect(source.version, `${item.id} ${source.url}`).toMatch(/\S{4}/);
      }
    }
  });

  const NEW_ENTRIES = [
    'medicare-medicaid-and-va', 'spravato-cost-without-insurance', 'awake-and-memory', 'long-term-memory-and-brain', 'drug-tests',
    'other-health-conditions', 'how-the-dose-is-chosen', 'who-watches-me', 'how-progress-is-measured', 'ketamine-assisted-psychotherapy',
    'postpartum-depression', 'telehealth-evaluation', 'interpreters-and-language', 'support-person', 'anti-nausea-medicine',
    'cannabis-and-ketamine', 'opioids-and-oud-medicines', 'caffeine-and-coffee',
  ];

  it.each(NEW_ENTRIES)('covers a topic that was missing: %s, with five patient questions, sources, an SMS form and a draft review record', (id) => {
    const item = entry(id);
    expect(item.questions.length).toBeGreaterThanOrEqual(5);
    expect(item.sources.length).toBeGreaterThanOrEqual(1);
    expect(item.tags.length).toBeGreaterThanOrEqual(3);
    expect(item.related.length).toBeGreaterThanOrEqual(1);
    expect(item.sms).toBeDefined();
    expect(item.review.status).toBe('draft');
    expect(item.review.reviewed_by).toBeNull();
  });
});
