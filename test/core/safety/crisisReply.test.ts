import { describe, expect, it } from 'vitest';
import type { ClinicProfile } from '../../../src/core/clinic/schema';
import type { Contact, Reply } from '../../../src/core/reply';
import {
  clinicDialNumber,
  crisisAwareFooter,
  crisisReply,
  resourcesFooter,
  resourcesLine,
  SMS_LIMIT,
  type UrgentLevel,
} from '../../../src/core/safety/crisisReply';
import { crisisReplySpanish } from '../../../src/core/safety/crisisReplySpanish';
import { crisisResourcesFor } from '../../../src/core/safety/resources';
import { testClinic } from '../../support/testClinic';

function clinicIn(country: string, overrides: Partial<ClinicProfile> = {}): ClinicProfile {
  return testClinic({ country, ...overrides });
}

function replyFor(country: string, level: UrgentLevel, clinicOpenNow = true): Reply {
  return crisisReply(level, crisisResourcesFor(country), clinicIn(country), { clinicOpenNow });
}

const call = (number: string): Pick<Contact, 'kind' | 'number'> => ({ kind: 'call', number });
const text = (number: string, body?: string): Pick<Contact, 'kind' | 'number' | 'body'> => ({ kind: 'text', number, ...(body ? { body } : {}) });
const dialled = (reply: Reply) => (reply.contacts ?? []).map(({ kind, number, body }) => ({ kind, number, ...(body ? { body } : {}) }));

const COUNTRIES = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'FR'] as const;
const LEVELS: UrgentLevel[] = ['crisis', 'other-at-risk', 'emergency'];

describe('crisis reply, per country', () => {
  it.each([
    {
      country: 'US',
      says: ['**Call or text 988**', '24/7', '988lifeline.org', '**Text HOME to 741741**', '**Call 911** if you\'re in immediate danger or have taken something'],
      buttons: [call('988'), text('988'), text('741741', 'HOME'), call('911'), call('15555550100')],
    },
    {
      country: 'CA',
      says: ['**Call or text 9-8-8**', 'in English and French', '**Call your local emergency number**'],
      buttons: [call('988'), text('988'), call('15555550100')],
    },
    {
      country: 'GB',
      says: ['**Call 116 123** (Samaritans', '**Text SHOUT to 85258**', '**Call 999 (or go to A&E)**'],
      buttons: [call('116123'), text('85258', 'SHOUT'), call('999'), call('5555550100')],
    },
    {
      country: 'IE',
      says: ['**Call 116 123** (Samaritans', '**Call 112 or 999**'],
      buttons: [call('116123'), call('112'), call('5555550100')],
    },
    {
      country: 'AU',
      says: ['**Call 13 11 14 or text 0477 13 11 14** (Lifeline', '**Call 000**'],
      buttons: [call('131114'), text('0477131114'), call('000'), call('5555550100')],
    },
    {
      country: 'NZ',
      says: ['**Call or text 1737**', '**Call 111**'],
      buttons: [call('1737'), text('1737'), call('111'), call('5555550100')],
    },
    {
      country: 'FR',
      says: ['[findahelpline.com](https://findahelpline.com)', '**Call your local emergency number**'],
      buttons: [call('5555550100')],
    },
  ])('when a person in $country is in crisis, then they read the local lines and get a button for each', ({ country, says, buttons }) => {
    const reply = replyFor(country, 'crisis');
    expect(reply.style).toBe('crisis');
    for (const phrase of says) expect(reply.text).toContain(phrase);
    expect(dialled(reply)).toEqual(buttons);
  });

  it('when in crisis, then the reply opens with warmth and says the person is not alone', () => {
    const reply = replyFor('US', 'crisis');
    expect(reply.text.split('\n\n')[0]).toMatch(/you're not alone/i);
    expect(reply.text).toMatch(/you deserve support right now/i);
  });

  it('when in crisis in Canada, then no 911 and no Crisis Text Line 741741 (both unverified for Canada)', () => {
    const reply = replyFor('CA', 'crisis');
    const everything = [reply.text, reply.smsText, ...dialled(reply).map((contact) => contact.number)].join(' ');
    expect(everything).not.toContain('911');
    expect(everything).not.toContain('741741');
  });
});

describe('emergency reply', () => {
  it.each([
    { country: 'US', first: '**Call 911 now.**', firstButton: call('911') },
    { country: 'GB', first: '**Call 999 (or go to A&E) now.**', firstButton: call('999') },
    { country: 'IE', first: '**Call 112 or 999 now.**', firstButton: call('112') },
    { country: 'AU', first: '**Call 000 now.**', firstButton: call('000') },
    { country: 'NZ', first: '**Call 111 now.**', firstButton: call('111') },
  ])('when $country has an emergency, then the first thing read and the first button is the emergency number', ({ country, first, firstButton }) => {
    const reply = replyFor(country, 'emergency');
    expect(reply.text.startsWith(first)).toBe(true);
    expect(dialled(reply)[0]).toEqual(firstButton);
  });

  it('when the US has an emergency, then Poison Control 1-800-222-1222 comes after 911 and before the clinic', () => {
    const reply = replyFor('US', 'emergency');
    expect(reply.text).toContain('call **1-800-222-1222** (24/7)');
    expect(reply.text.indexOf('911')).toBeLessThan(reply.text.indexOf('1-800-222-1222'));
    expect(reply.text.indexOf('1-800-222-1222')).toBeLessThan(reply.text.indexOf('(555) 555-0100'));
    expect(dialled(reply)).toEqual([call('911'), call('18002221222'), call('15555550100')]);
  });

  it.each(['GB', 'IE', 'AU', 'NZ', 'CA', 'FR'])('when %s has an emergency, then no US Poison Control number is shown', (country) => {
    expect(replyFor(country, 'emergency').text).not.toContain('222-1222');
  });

  it('when the country has no verified emergency number, then there is no call button for one', () => {
    const reply = replyFor('CA', 'emergency');
    expect(reply.text.startsWith('**Call your local emergency number now.**')).toBe(true);
    expect(dialled(reply)).toEqual([call('15555550100')]);
  });
});

describe('reply for someone worried about another person', () => {
  it('when in the US, then it says 911 first, that 988 helps people worried about someone, and to stay with them if safe', () => {
    const reply = replyFor('US', 'other-at-risk');
    expect(reply.text).toContain("**If they're in immediate danger, call 911 now.**");
    expect(reply.text).toMatch(/988.*also help people who are worried about someone else/);
    expect(reply.text).toMatch(/If it's safe for you, stay with them/);
    expect(reply.text.indexOf('911')).toBeLessThan(reply.text.indexOf('988'));
    expect(dialled(reply)[0]).toEqual(call('911'));
  });

  it.each(['GB', 'IE', 'AU', 'NZ', 'CA'])('when in %s, then it does not claim the line serves worried others (not verified there)', (country) => {
    expect(replyFor(country, 'other-at-risk').text).not.toContain('worried about someone else');
  });
});

describe('the clinic in urgent replies', () => {
  it.each(LEVELS)('when the clinic is open, then the %s reply says so and offers a button to call it', (level) => {
    const reply = replyFor('US', level, true);
    expect(reply.text).toContain("(555) 555-0100 (we're open now)");
    expect(dialled(reply)).toContainEqual(call('15555550100'));
  });

  it.each(LEVELS)('when the clinic is closed, then the %s reply says so and offers no button to a phone nobody answers', (level) => {
    const reply = replyFor('US', level, false);
    expect(reply.text).toContain("we're closed right now");
    expect(reply.smsText).toContain('closed now');
    expect(dialled(reply)).not.toContainEqual(call('15555550100'));
  });

  it('when in crisis, then the 24/7 lines come before the clinic', () => {
    const reply = replyFor('US', 'crisis');
    expect(reply.text.indexOf('988')).toBeLessThan(reply.text.indexOf('(555) 555-0100'));
    expect(dialled(reply)[0]).toEqual(call('988'));
  });

  it.each([
    ['(555) 555-0100', 'US', '15555550100'],
    ['555-555-0100', 'CA', '15555550100'],
    ['+44 20 7946 0000', 'GB', '+442079460000'],
    ['(02) 5550 1234', 'AU', '0255501234'],
  ])('when the clinic phone is %s in %s, then the button dials %s', (phone, country, expected) => {
    expect(clinicDialNumber(clinicIn(country, { phone }))).toBe(expected);
  });
});

describe('safe messaging', () => {
  const everyUrgentReply = COUNTRIES.flatMap((country) =>
    LEVELS.flatMap((level) => [true, false].map((open) => [country, level, open, replyFor(country, level, open)] as const)),
  );
  /** What the bot adds: the clinic's own name is left out. */
  const botWords = (reply: Reply) => [reply.title ?? '', reply.text, reply.smsText ?? ''].join('\n').replaceAll('Example Ketamine Clinic', 'the clinic');

  it.each(everyUrgentReply)('%s %s (clinic open: %s): no treatment, method or dose talk', (_country, _level, _open, reply) => {
    expect(botWords(reply)).not.toMatch(/ketamine|spravato|esketamine|treatment|dose|overdose|pill|tablet|medication|method|lethal|infusion/i);
  });

  it.each(everyUrgentReply)('%s %s (clinic open: %s): no stigmatising or fatalistic language', (_country, _level, _open, reply) => {
    expect(botWords(reply)).not.toMatch(/commit(ted)? suicide|successful attempt|failed attempt|epidemic|inevitable/i);
  });

  it.each(everyUrgentReply)('%s %s (clinic open: %s): says it is an automated assistant, not a clinician', (_country, _level, _open, reply) => {
    expect(reply.text).toContain("I'm an automated assistant, not a clinician.");
    expect(reply.style).toBe('crisis');
  });

  it.each(everyUrgentReply)('%s %s (clinic open: %s): the SMS form fits and shows numbers as plain digits', (_country, _level, _open, reply) => {
    const sms = reply.smsText ?? '';
    expect(sms.length).toBeGreaterThan(0);
    expect(sms.length).toBeLessThanOrEqual(SMS_LIMIT);
    // "13 11 14" or "1-800-222-1222" would be split by some phones' number detection.
    expect(sms).not.toMatch(/\d[ -]\d/);
    expect(sms).not.toMatch(/\]\(|\*\*/);
    for (const contact of reply.contacts ?? []) {
      if (contact.number !== clinicDialNumber(clinicIn('US'))) expect(sms.replace(/\+/g, '')).toContain(contact.number.replace(/^\+/, ''));
    }
  });

  it.each(everyUrgentReply)('%s %s (clinic open: %s): every button dials digits only', (_country, _level, _open, reply) => {
    for (const contact of reply.contacts ?? []) expect(contact.number).toMatch(/^\+?\d{3,15}$/);
  });
});

describe('resources line (a message that mentions suicide)', () => {
  it.each([
    ['US', "If you're ever thinking about suicide, you can call or text 988, any time."],
    ['CA', "If you're ever thinking about suicide, you can call or text 9-8-8, any time."],
    ['GB', "If you're ever thinking about suicide, you can call 116 123 (Samaritans), any time."],
    ['IE', "If you're ever thinking about suicide, you can call 116 123 (Samaritans), any time."],
    ['AU', "If you're ever thinking about suicide, you can call 13 11 14 or text 0477 13 11 14 (Lifeline), any time."],
    ['NZ', "If you're ever thinking about suicide, you can call or text 1737, any time."],
    ['FR', "If you're ever thinking about suicide, you can visit [findahelpline.com](https://findahelpline.com) (Find A Helpline) for free, verified helplines listed by country."],
  ])('in %s it reads: %s', (country, expected) => {
    expect(resourcesLine(crisisResourcesFor(country))).toBe(expected);
  });

  it('as a footer reply, it is plain (not an alarm) and has the line as buttons', () => {
    const footer = resourcesFooter(crisisResourcesFor('US'));
    expect(footer.style).toBe('plain');
    expect(dialled(footer)).toEqual([call('988'), text('988')]);
    expect(footer.smsText).toBe("If you're ever thinking about suicide, you can call or text 988, any time.");
  });
});

describe('crisis-aware footer (the hours after a crisis)', () => {
  it.each([
    ['US', 'call or text 988, any time', [call('988'), text('988')]],
    ['GB', 'call 116 123 (Samaritans), any time', [call('116123')]],
  ] as const)('in %s, then it repeats the line and offers the clinic staff', (country, phrase, lineButtons) => {
    const clinic = clinicIn(country);
    const footer = crisisAwareFooter(crisisResourcesFor(country), clinic);
    expect(footer.text).toContain(phrase);
    expect(footer.text).toContain("If you'd like to talk with someone at Example Ketamine Clinic, call us at (555) 555-0100.");
    expect(dialled(footer)).toEqual([...lineButtons, call(clinicDialNumber(clinic))]);
    expect((footer.smsText ?? '').length).toBeLessThanOrEqual(SMS_LIMIT);
  });

  it('when the clinic has a long name, then the SMS form still fits', () => {
    const clinic = clinicIn('AU', { name: 'The Very Long Named Ketamine and Esketamine Wellness Clinic of Greater Springfield' });
    for (const country of COUNTRIES) {
      expect((crisisAwareFooter(crisisResourcesFor(country), clinic).smsText ?? '').length).toBeLessThanOrEqual(SMS_LIMIT);
    }
  });
});

describe('one way to write the clinic number, one way to dial it', () => {
  it('when a crisis reply goes out by SMS, then the clinic number reads as in every other SMS (5555550100) while buttons dial 15555550100', async () => {
    const { render, smsHelpText } = await import('../../../src/core/render');
    const reply = replyFor('US', 'crisis');
    const ctx = { channelId: 'sms', clinicPhone: '(555) 555-0100', allowedSmsUrls: [] };
    const texts = [...render(reply, ctx), ...render(replyFor('US', 'emergency'), ctx)].map((activity) => activity.text ?? '');
    texts.push(smsHelpText('Example Ketamine Clinic', '(555) 555-0100'));
    for (const sms of texts) {
      expect(sms).toContain('5555550100');
      expect(sms).not.toContain('15555550100');
    }
    expect(reply.contacts).toContainEqual(expect.objectContaining({ kind: 'call', number: '15555550100' }));
  });

  it('when the clinic is abroad, then SMS shows its number with the + it needs', async () => {
    const { displayNumber } = await import('../../../src/core/render/contacts');
    expect(displayNumber(clinicDialNumber(clinicIn('GB', { phone: '+44 20 7946 0000' })))).toBe('+442079460000');
    expect(displayNumber('988')).toBe('988');
  });
});

describe('crisis replies in Spanish', () => {
  const countries = ['US', 'CA', 'GB', 'IE', 'AU', 'NZ', 'INTL'] as const;
  it.each(countries)('for %s: every level fits one SMS, gives the emergency number first in an emergency, and says the bot is automated', (country) => {
    const resources = crisisResourcesFor(country);
    for (const level of ['crisis', 'other-at-risk', 'emergency'] as const) {
      const reply = crisisReplySpanish(level, resources, clinicIn(country === 'INTL' ? 'US' : country), { clinicOpenNow: false });
      expect((reply.smsText ?? '').length).toBeLessThanOrEqual(SMS_LIMIT);
      expect(reply.text).toMatch(/asistente automatizado/);
      if (resources.emergency.number) expect(reply.smsText).toContain(resources.emergency.number);
    }
  });

  it('for the US, leads with 988 in Spanish (press 2, or text AYUDA)', () => {
    const reply = crisisReplySpanish('crisis', crisisResourcesFor('US'), clinicIn('US'), { clinicOpenNow: true });
    expect(reply.smsText).toMatch(/marca 2/);
    expect(reply.smsText).toMatch(/AYUDA al 988/);
  });
});
