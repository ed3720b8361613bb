import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseClinicProfile } from '../../../src/core/clinic/profile';
import type { Contact, Reply } from '../../../src/core/reply';
import { packSmsTurn, render, renderSmsTexts, toSmsText, SMS_MAX_MESSAGES, SMS_MESSAGE_LIMIT, type RenderContext } from '../../../src/core/render';
import { crisisReply } from '../../../src/core/safety/crisisReply';
import { allCrisisResources } from '../../../src/core/safety/resources';

const ctx: RenderContext = { channelId: 'sms', clinicPhone: '(555) 555-0100', allowedSmsUrls: ['https://example.org/book'] };

function sms(reply: Reply): string[] {
  return render(reply, ctx).map((activity) => activity.text ?? '');
}

function digitsShown(message: string, number: string): boolean {
  return new RegExp(`(?<!\\d)${number}(?!\\d)`).test(message);
}

/** A sentence of roughly `words` words, ending with a full stop. */
function sentence(index: number, words = 12): string {
  return `Sentence ${index} ${Array.from({ length: words - 2 }, (_unused, word) => `word${word}`).join(' ')}.`;
}

describe('SMS rendering', () => {
  it('when the reply has an SMS form, then that is what is sent, as plain text with no cards or suggested actions', () => {
    const activities = render(
      {
        style: 'answer',
        title: 'Fasting',
        text: '**No food for 4 hours** before your infusion, and [read the guide](https://example.org/guide).',
        smsText: 'No food for 4 hours before your infusion. Clear liquids until 2 hours before.',
        answer: { entryId: 'fasting', source: { title: 'Protocol', url: 'https://example.org/p' }, reviewedOn: '2025-01-01', approved: true, askHelpful: true },
      },
      ctx,
    );
    expect(activities).toEqual([
      { type: 'message', text: 'No food for 4 hours before your infusion. Clear liquids until 2 hours before.', textFormat: 'plain', inputHint: 'acceptingInput' },
    ]);
  });

  it('when the twilio-sms channel is used, then replies render exactly as on sms', () => {
    const reply: Reply = { style: 'menu', text: 'Pick one.', choices: [{ label: 'Yes', value: 'yes' }] };
    expect(render(reply, { ...ctx, channelId: 'twilio-sms' })).toEqual(render(reply, ctx));
  });

  it.each([
    ['**bold** and __strong__ and *em*', 'bold and strong and em'],
    ['## Heading\n> quoted', 'Heading\nquoted'],
    ['See [our fasting guide](https://example.org/guide).', 'See our fasting guide.'],
    ['[Book online](https://example.org/book) today.', 'Book online: https://example.org/book today.'],
    ['Book at https://example.org/book/ or https://tracker.example.com/x.', 'Book at https://example.org/book/ or.'],
    ['Call [the front desk](tel:+15555550100).', 'Call the front desk (15555550100).'],
    ['Call (555) 555-0100 or 1-866-488-7386.', 'Call 5555550100 or 18664887386.'],
    ['Text HOME to 741741 😊 — we’re “here”…', 'Text HOME to 741741 - we\'re "here"...'],
    ['<b>Hello</b> <script>x</script>there', 'Hello xthere'],
  ])('when the text is %j, then SMS shows %j', (markdown, expected) => {
    expect(toSmsText(markdown, ctx.allowedSmsUrls)).toBe(expected);
  });

  it('when a reply offers choices, then they are a numbered list under "Reply 1, 2 or 3:"', () => {
    const [message] = sms({
      style: 'menu',
      text: 'Which treatment?',
      choices: [
        { label: 'IV ketamine', value: 'iv' },
        { label: '**Spravato** nasal spray', value: 'spravato' },
        { label: 'Not sure yet', value: 'unsure' },
      ],
    });
    expect(message).toBe('Which treatment?\nReply 1, 2 or 3:\n1. IV ketamine\n2. Spravato nasal spray\n3. Not sure yet');
  });

  it('when there are two choices, then the prompt reads "Reply 1 or 2:"', () => {
    expect(sms({ style: 'menu', text: 'Was this helpful?', choices: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }] })).toEqual([
      'Was this helpful?\nReply 1 or 2:\n1. Yes\n2. No',
    ]);
  });

  it('when a reply has contacts, then they are sentences with plain digits', () => {
    const contacts: Contact[] = [
      { label: 'Call 988', kind: 'call', number: '988' },
      { label: 'Text 988', kind: 'text', number: '988' },
      { label: 'Text HOME to 741741', kind: 'text', number: '741741', body: 'HOME' },
      { label: 'Call Example Clinic', kind: 'call', number: '15555550100' },
    ];
    expect(sms({ style: 'plain', text: 'Here is who you can reach.', contacts })).toEqual([
      'Here is who you can reach.\nCall or text 988. Text HOME to 741741. Call Example Clinic at 5555550100.',
    ]);
  });

  it('when only the booking page is allowed, then other links are dropped and the booking link is added once', () => {
    const [message] = sms({
      style: 'plain',
      text: 'You can book a first visit online.',
      links: [
        { title: 'Book a visit', url: 'https://example.org/book' },
        { title: 'Spravato label', url: 'https://example.org/label' },
      ],
    });
    expect(message).toBe('You can book a first visit online.\nBook a visit: https://example.org/book');
  });

  it('when the text is longer than one message, then it is split between sentences and nothing is lost', () => {
    const sentences = Array.from({ length: 8 }, (_unused, index) => sentence(index));
    const messages = sms({ style: 'plain', text: sentences.join(' ') });
    expect(messages.length).toBeGreaterThan(1);
    expect(messages.length).toBeLessThanOrEqual(SMS_MAX_MESSAGES);
    for (const message of messages) {
      expect(message.length).toBeLessThanOrEqual(SMS_MESSAGE_LIMIT);
      expect(message).toMatch(/\.$/);
    }
    expect(messages.join(' ')).toBe(sentences.join(' '));
  });

  it('when abbreviations and list numbers appear, then they do not count as sentence ends', () => {
    const text = `${'Please read this first. '.repeat(11)}Bring e.g. your ID and insurance card. Dr. Smith will see you.`;
    const messages = sms({ style: 'plain', text });
    expect(messages.some((message) => message.startsWith('your ID') || message.startsWith('Smith'))).toBe(false);
  });

  it('when the text needs more than three messages, then the third ends at a sentence with "More: call <clinic phone>"', () => {
    const text = Array.from({ length: 40 }, (_unused, index) => sentence(index)).join(' ');
    const messages = sms({ style: 'plain', text });
    expect(messages).toHaveLength(3);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(SMS_MESSAGE_LIMIT);
    expect(messages[2]).toMatch(/\. More: call 5555550100$/);
  });

  it('when a long reply also has choices, then the choices survive the cut and come last', () => {
    const text = Array.from({ length: 40 }, (_unused, index) => sentence(index)).join(' ');
    const messages = sms({ style: 'menu', text, choices: [{ label: 'Yes', value: 'yes' }, { label: 'No', value: 'no' }] });
    expect(messages).toHaveLength(3);
    expect(messages[2]).toMatch(/More: call 5555550100\nReply 1 or 2:\n1\. Yes\n2\. No$/);
  });

  it('when a single sentence is longer than a message, then it is broken between words, never mid-word', () => {
    const words = Array.from({ length: 90 }, (_unused, index) => `word${index}`);
    const messages = sms({ style: 'plain', text: `${words.join(' ')}.` });
    expect(messages.join(' ').split(' ')).toEqual([...words.slice(0, -1), `${words[89]}.`]);
    for (const message of messages) expect(message.length).toBeLessThanOrEqual(SMS_MESSAGE_LIMIT);
  });

  describe('crisis replies', () => {
    const contacts: Contact[] = [
      { label: 'Call 988', kind: 'call', number: '988' },
      { label: 'Text HOME to 741741', kind: 'text', number: '741741', body: 'HOME' },
      { label: 'Call 911', kind: 'call', number: '911' },
    ];

    it('when the numbers only appear late in a long text, then the first message still shows every number', () => {
      const text = [
        "Thank you for telling me. You're not alone, and you deserve support right now.",
        ...Array.from({ length: 6 }, (_unused, index) => sentence(index, 10)),
        'You can call or text 988, text HOME to 741741, or call 911 in an emergency.',
      ].join(' ');
      const messages = sms({ style: 'crisis', text, contacts });
      expect(messages.length).toBeLessThanOrEqual(SMS_MAX_MESSAGES);
      for (const number of ['988', '741741', '911']) expect(digitsShown(messages[0]!, number)).toBe(true);
      expect(messages[0]).toMatch(/^Thank you for telling me\./);
    });

    it('when the text already names every number up front, then nothing is repeated', () => {
      const text = 'Please call or text 988, or text HOME to 741741. Call 911 if you are in danger.';
      expect(sms({ style: 'crisis', text, contacts })).toEqual([text]);
    });

    const clinic = parseClinicProfile(readFileSync('knowledge/clinic.yml', 'utf8'), 'knowledge/clinic.yml');
    const generated = allCrisisResources().flatMap((resources) =>
      (['crisis', 'emergency', 'other-at-risk'] as const).flatMap((level) =>
        [true, false].flatMap((clinicOpenNow) => {
          const reply = crisisReply(level, resources, clinic, { clinicOpenNow });
          return [
            [`${resources.country} ${level} open=${clinicOpenNow} smsText`, reply],
            [`${resources.country} ${level} open=${clinicOpenNow} full text`, { ...reply, smsText: undefined }],
          ] as [string, Reply][];
        }),
      ),
    );

    it.each(generated)('when the safety layer sends %s, then every contact number is in the first message', (_name, reply) => {
      const messages = renderSmsTexts(reply, { clinicPhone: clinic.phone, allowedSmsUrls: [clinic.booking_url] });
      expect(messages.length).toBeLessThanOrEqual(SMS_MAX_MESSAGES);
      for (const message of messages) {
        expect(message.length).toBeLessThanOrEqual(SMS_MESSAGE_LIMIT);
        expect(message).not.toMatch(/\*\*|\]\(|https?:\/\//);
      }
      for (const contact of reply.contacts ?? []) {
        const shown = digitsShown(messages[0]!, contact.number) || digitsShown(messages[0]!, contact.number.replace(/^1(?=\d{10}$)/, ''));
        expect(shown, `${contact.number} in "${messages[0]}"`).toBe(true);
      }
    });
  });

  describe('properties', () => {
    const word = fc.stringMatching(/^[A-Za-z]{1,12}$/);
    const sentenceArb = fc
      .tuple(fc.array(word, { minLength: 1, maxLength: 40 }), fc.constantFrom('.', '!', '?'))
      .map(([words, end]) => `${words.join(' ')}${end}`);
    const textArb = fc.array(sentenceArb, { minLength: 1, maxLength: 60 }).map((sentences) => sentences.join(' '));
    const choiceArb = fc.array(word.map((label) => ({ label, value: label })), { maxLength: 6 });

    it('whatever the text, no message is over 320 characters and there are at most 3', () => {
      fc.assert(
        fc.property(textArb, choiceArb, (text, choices) => {
          const messages = sms({ style: 'menu', text, choices });
          return messages.length >= 1 && messages.length <= SMS_MAX_MESSAGES && messages.every((message) => message.length <= SMS_MESSAGE_LIMIT);
        }),
      );
    });

    it('whatever the text, a crisis reply shows every contact number in its first message', () => {
      const contactArb = fc.record({
        kind: fc.constantFrom('call' as const, 'text' as const),
        number: fc.stringMatching(/^[1-9]\d{2,10}$/),
      });
      fc.assert(
        fc.property(textArb, fc.array(contactArb, { minLength: 1, maxLength: 4 }), (text, raw) => {
          const contacts: Contact[] = raw.map((contact) => ({ ...contact, label: `${contact.kind === 'call' ? 'Call' : 'Text'} ${contact.number}` }));
          const messages = sms({ style: 'crisis', text, contacts });
          return messages.length <= SMS_MAX_MESSAGES && contacts.every((contact) => digitsShown(messages[0]!, contact.number));
        }),
      );
    });
  });
});

describe('packing a turn\'s texts', () => {
  it('when short texts follow each other, then they share a text, in order, on new lines', () => {
    expect(packSmsTurn(['We are closed now.', 'Call 5555550100.', 'If you are in crisis, call or text 988.'])).toEqual([
      'We are closed now.\nCall 5555550100.\nIf you are in crisis, call or text 988.',
    ]);
  });

  it('when two texts would not fit in one, then each is sent whole, never split or reordered', () => {
    const long = 'x'.repeat(SMS_MESSAGE_LIMIT - 10);
    expect(packSmsTurn([long, 'Reply 1 or 2:\n1. Yes\n2. No', 'Short.'])).toEqual([long, 'Reply 1 or 2:\n1. Yes\n2. No\nShort.']);
    expect(packSmsTurn([])).toEqual([]);
  });

  it('when a turn\'s replies would take more than three texts, then they are packed sentence by sentence, the first reply whole and first, and never more than three go out', () => {
    const help = 'If they are in immediate danger, call 911 now. Call or text 988, 24/7. Stay with them if it is safe.';
    const sentence = 'Ketamine is studied for depression that has not improved with other treatments and it is given under supervision.';
    const answer = Array.from({ length: 7 }, () => sentence).join(' ');
    const texts = [help, answer.slice(0, 300), answer.slice(300, 600), answer.slice(600)];
    const packed = packSmsTurn(texts);
    expect(packed.length).toBeLessThanOrEqual(SMS_MAX_MESSAGES);
    expect(packed[0]).toContain(help);
    expect(packed.every((text) => text.length <= SMS_MESSAGE_LIMIT)).toBe(true);
  });
});
