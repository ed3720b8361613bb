import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ClinicProfile } from '../../../src/core/clinic/schema';
import { testClinic } from '../../support/testClinic';
import { crisisAwareFooter, crisisReply, resourcesFooter, resourcesLine } from '../../../src/core/safety/crisisReply';
import {
  allCrisisResources,
  crisisResourcesFor,
  crisisResourcesSchema,
  dialDigits,
  type CrisisResources,
} from '../../../src/core/safety/resources';
import type { Reply } from '../../../src/core/reply';

/*
 * The data files may hold only what /work/shared/crisis-resources.md verifies, and nothing it
 * marks ⚠. This test reads the doc itself, section by section, and checks both the data and
 * every reply the bot can build from it. A bullet with ⚠ is unverified with its sub-bullets;
 * "Source:" text does not count as a claim.
 */

const CRISIS_DOC = process.env.CRISIS_RESOURCES_DOC ?? '/work/shared/crisis-resources.md';

const SECTION_FOR_FILE: Record<string, string> = {
  US: 'United States',
  CA: 'Canada',
  GB: 'United Kingdom',
  IE: 'Ireland',
  AU: 'Australia',
  NZ: 'New Zealand',
  INTL: 'Rest of the world',
};

/**
 * Poison Help is not a crisis line, so crisis-resources.md does not list it; the team brief asks
 * for it in emergency replies. It was checked against HRSA's Poison Help page, which the data
 * cites. Remove this entry once the doc lists the number.
 */
const CHECKED_OUTSIDE_THE_DOC: Record<string, { digits: string; source: string }[]> = {
  US: [{ digits: '18002221222', source: 'http://www.poisonhelp.hrsa.gov/' }],
};

interface SectionFacts {
  verifiedText: string;
  verifiedNumbers: Set<string>;
  verifiedWords: Set<string>;
  /** Numbers and upper-case words (keywords such as TALK) that appear only in ⚠ items. */
  onlyUnverifiedNumbers: Set<string>;
  onlyUnverifiedWords: Set<string>;
}

/** Groups of 3+ digits joined by single spaces or hyphens: "1-866-488-7386" and "0477 13 11 14" are one number each. */
function phoneNumbersIn(text: string): string[] {
  return [...text.matchAll(/\d(?:[ -]?\d)*/g)].map((match) => match[0].replace(/[ -]/g, '')).filter((digits) => digits.length >= 3);
}

function upperCaseWordsIn(text: string): string[] {
  return [...text.matchAll(/\b[A-Z]{3,}\b/g)].map((match) => match[0]);
}

function sectionFacts(lines: string[]): SectionFacts {
  const verified: string[] = [];
  const unverified: string[] = [];
  let unverifiedIndent: number | null = null;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    const isBullet = /^\s*- /.test(line);
    if (isBullet && unverifiedIndent !== null && indent <= unverifiedIndent) unverifiedIndent = null;
    if (isBullet && line.includes('⚠') && unverifiedIndent === null) unverifiedIndent = indent;
    const sourceAt = line.indexOf('Source:');
    const claim = sourceAt === -1 ? line : line.slice(0, sourceAt);
    (unverifiedIndent !== null || line.includes('⚠') ? unverified : verified).push(claim);
  }
  const verifiedText = verified.join('\n');
  const unverifiedText = unverified.join('\n');
  const verifiedNumbers = new Set(phoneNumbersIn(verifiedText));
  const verifiedWords = new Set(upperCaseWordsIn(verifiedText));
  return {
    verifiedText,
    verifiedNumbers,
    verifiedWords,
    onlyUnverifiedNumbers: new Set(phoneNumbersIn(unverifiedText).filter((number) => !verifiedNumbers.has(number))),
    onlyUnverifiedWords: new Set(upperCaseWordsIn(unverifiedText).filter((word) => !verifiedWords.has(word))),
  };
}

function readCrisisDoc(): Map<string, SectionFacts> {
  const text = readFileSync(CRISIS_DOC, 'utf8');
  const start = text.indexOf('## Crisis resources');
  if (start === -1) throw new Error(`${CRISIS_DOC} has no "## Crisis resources" section`);
  const end = text.indexOf('\n## ', start + 1);
  const sections = new Map<string, SectionFacts>();
  for (const chunk of text.slice(start, end === -1 ? undefined : end).split(/^### /m).slice(1)) {
    const [heading = '', ...body] = chunk.split('\n');
    sections.set(heading.trim(), sectionFacts(body));
  }
  return sections;
}

const doc = readCrisisDoc();

function factsFor(resources: CrisisResources): SectionFacts {
  const section = SECTION_FOR_FILE[resources.country];
  const facts = section ? doc.get(section) : undefined;
  if (!facts) throw new Error(`no section of ${CRISIS_DOC} for ${resources.country}`);
  return facts;
}

function allowedNumbers(resources: CrisisResources): Set<string> {
  const extra = (CHECKED_OUTSIDE_THE_DOC[resources.country] ?? []).map((item) => item.digits);
  return new Set([...factsFor(resources).verifiedNumbers, ...extra]);
}

function everyLine(resources: CrisisResources) {
  return [...resources.lines, ...(resources.poison_control ? [resources.poison_control] : [])];
}

/** Strings a person could read or dial from a data file (not its sources or review notes). */
function shownByData(resources: CrisisResources): string[] {
  const { emergency } = resources;
  return [
    emergency.label,
    emergency.number ?? '',
    emergency.alternative ?? '',
    ...everyLine(resources).flatMap((line) => [
      line.name,
      line.call ?? '',
      line.call_note ?? '',
      line.text?.number ?? '',
      line.text?.body ?? '',
      line.chat_url ?? '',
      line.web_url ?? '',
      line.email ?? '',
      line.hours ?? '',
      line.note ?? '',
    ]),
  ].filter((value) => value !== '');
}

const clinic: ClinicProfile = testClinic();
const clinicNumbers = new Set([...phoneNumbersIn(clinic.phone), '15555550100', '5555550100']);

/** Every reply the bot can build from one data file, as a person would read it (text, SMS, buttons). */
function everyReplyFor(resources: CrisisResources): { name: string; reply: Reply }[] {
  const replies: { name: string; reply: Reply }[] = [];
  for (const level of ['crisis', 'other-at-risk', 'emergency'] as const) {
    for (const clinicOpenNow of [true, false]) {
      replies.push({ name: `${level}, clinic ${clinicOpenNow ? 'open' : 'closed'}`, reply: crisisReply(level, resources, clinic, { clinicOpenNow }) });
    }
  }
  replies.push({ name: 'resources line', reply: { style: 'plain', text: resourcesLine(resources), smsText: resourcesLine(resources, 'sms') } });
  replies.push({ name: 'resources footer', reply: resourcesFooter(resources) });
  replies.push({ name: 'crisis-aware footer', reply: crisisAwareFooter(resources, clinic) });
  return replies;
}

function readable(reply: Reply): string {
  const contacts = (reply.contacts ?? []).flatMap((contact) => [contact.label, contact.number, contact.body ?? '']);
  return [reply.title ?? '', reply.text, reply.smsText ?? '', ...contacts].join('\n');
}

const files = allCrisisResources();

describe('crisis resource data', () => {
  it('has a file for each supported country and the international fallback', () => {
    expect(files.map((resources) => resources.country).sort()).toEqual(['AU', 'CA', 'GB', 'IE', 'INTL', 'NZ', 'US']);
  });

  it.each(files.map((resources) => [resources.country, resources] as const))(
    '%s: every number it can show is verified in crisis-resources.md',
    (_country, resources) => {
      const allowed = allowedNumbers(resources);
      const numbers = shownByData(resources).flatMap(phoneNumbersIn);
      expect(numbers.filter((number) => !allowed.has(number))).toEqual([]);
    },
  );

  it.each(files.map((resources) => [resources.country, resources] as const))(
    '%s: every text keyword and web address is verified in crisis-resources.md',
    (_country, resources) => {
      const facts = factsFor(resources);
      const lines = everyLine(resources);
      const keywords = lines.flatMap((line) => (line.text?.body ? [line.text.body] : []));
      expect(keywords.filter((keyword) => !facts.verifiedWords.has(keyword))).toEqual([]);
      const addresses = lines.flatMap((line) => [line.chat_url, line.web_url, line.email]).filter((value): value is string => value !== undefined);
      const verifiedLower = facts.verifiedText.toLowerCase();
      const unverifiedAddresses = addresses
        .map((value) => value.replace(/^https?:\/\/(www\.)?/, '').toLowerCase())
        .filter((value) => !verifiedLower.includes(value));
      expect(unverifiedAddresses).toEqual([]);
    },
  );

  it('lists a number checked outside the doc only with the source it was checked against', () => {
    for (const [country, items] of Object.entries(CHECKED_OUTSIDE_THE_DOC)) {
      const resources = crisisResourcesFor(country);
      for (const item of items) {
        const line = everyLine(resources).find((candidate) => candidate.call && dialDigits(candidate.call) === item.digits);
        expect(line?.sources).toContain(item.source);
      }
    }
  });

  it('reads the doc the way the doc is written (the parser itself is right)', () => {
    const us = doc.get('United States');
    const canada = doc.get('Canada');
    const ireland = doc.get('Ireland');
    expect(us?.verifiedNumbers).toContain('988');
    expect(us?.verifiedNumbers).toContain('741741');
    expect(us?.onlyUnverifiedNumbers).toContain('18002738255');
    expect(us?.onlyUnverifiedWords).toContain('MHA');
    expect(canada?.verifiedNumbers).not.toContain('911');
    expect(canada?.onlyUnverifiedNumbers).toEqual(new Set(['911', '741741', '686868']));
    expect(ireland?.onlyUnverifiedNumbers).toEqual(new Set(['50808', '2020', '1800247247', '51444', '2019']));
    expect(ireland?.onlyUnverifiedWords).toEqual(new Set(['TALK', 'HELP']));
    expect(doc.get('Rest of the world')?.onlyUnverifiedWords).toContain('IASP');
  });
});

describe('what people read never includes an unverified or ⚠ item', () => {
  const cases = files.flatMap((resources) => everyReplyFor(resources).map(({ name, reply }) => [resources.country, name, resources, reply] as const));

  it.each(cases)('%s, %s: every number is verified (or the clinic)', (_country, _name, resources, reply) => {
    const allowed = allowedNumbers(resources);
    const unverified = phoneNumbersIn(readable(reply)).filter((number) => !allowed.has(number) && !clinicNumbers.has(number));
    expect(unverified).toEqual([]);
  });

  it.each(cases)('%s, %s: nothing marked ⚠ appears', (_country, _name, resources, reply) => {
    const facts = factsFor(resources);
    const shown = readable(reply);
    const leakedNumbers = phoneNumbersIn(shown).filter((number) => facts.onlyUnverifiedNumbers.has(number));
    const leakedWords = upperCaseWordsIn(shown).filter((word) => facts.onlyUnverifiedWords.has(word));
    expect({ leakedNumbers, leakedWords }).toEqual({ leakedNumbers: [], leakedWords: [] });
    expect(shown.toLowerCase()).not.toContain('press 3');
    expect(shown.toLowerCase()).not.toContain('iasp');
    expect(shown).not.toMatch(/273[- ]?8255/);
  });

  it.each(cases)('%s, %s: every link goes to an address the doc verifies', (_country, _name, resources, reply) => {
    const verifiedLower = factsFor(resources).verifiedText.toLowerCase();
    const links = [...reply.text.matchAll(/\]\((https?:\/\/[^)]+)\)/g)].map((match) => (match[1] ?? '').replace(/^https?:\/\/(www\.)?/, '').toLowerCase());
    expect(links.filter((link) => !verifiedLower.includes(link))).toEqual([]);
  });
});

describe('crisisResourcesFor', () => {
  it.each([
    ['US', 'US'],
    ['us', 'US'],
    [' CA ', 'CA'],
    ['GB', 'GB'],
    ['UK', 'GB'],
    ['IE', 'IE'],
    ['AU', 'AU'],
    ['NZ', 'NZ'],
    ['FR', 'INTL'],
    ['', 'INTL'],
  ])('when the clinic country is "%s", then it uses the %s resources', (code, expected) => {
    expect(crisisResourcesFor(code).country).toBe(expected);
  });

  it('when the country has no verified emergency number, then the data says "your local emergency number"', () => {
    for (const code of ['CA', 'FR']) {
      const { emergency } = crisisResourcesFor(code);
      expect(emergency.number).toBeUndefined();
      expect(emergency.label).toBe('your local emergency number');
    }
  });
});

describe('crisisResourcesSchema (checked when the module loads)', () => {
  const valid = JSON.parse(JSON.stringify(crisisResourcesFor('AU'))) as Record<string, unknown>;
  const variant = (change: (data: { lines: Record<string, unknown>[]; emergency: Record<string, unknown> }) => void) => {
    const copy = JSON.parse(JSON.stringify(valid)) as { lines: Record<string, unknown>[]; emergency: Record<string, unknown> };
    change(copy);
    return copy;
  };

  it('accepts a real file', () => {
    expect(crisisResourcesSchema.safeParse(valid).success).toBe(true);
  });

  it.each([
    ['a line without sources', variant((data) => void (data.lines[0] = { ...data.lines[0], sources: [] }))],
    ['a number with letters', variant((data) => void (data.lines[0] = { ...data.lines[0], call: '1-800-TALK' }))],
    ['a lower-case text keyword', variant((data) => void (data.lines[0] = { ...data.lines[0], text: { number: '741741', body: 'home' } }))],
    ['an emergency number without a source', variant((data) => void (data.emergency = { number: '000', label: '000', sources: [] }))],
    ['no primary line', variant((data) => void (data.lines = data.lines.map((line) => ({ ...line, primary: false }))))],
    ['an unknown field (a typo would otherwise be dropped silently)', variant((data) => void (data.lines[0] = { ...data.lines[0], chat_ulr: 'https://x.org' }))],
  ])('rejects %s', (_name, data) => {
    expect(crisisResourcesSchema.safeParse(data).success).toBe(false);
  });
});
