import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply';
import { render, type AdaptiveCard, type CardButton, type CardElement, type MessageActivity, type RenderContext } from '../../../src/core/render';

const ctx: RenderContext = { channelId: 'webchat', clinicPhone: '(555) 555-0100', allowedSmsUrls: ['https://example.org/book'] };

const answerReply: Reply = {
  style: 'answer',
  title: 'Fasting before IV ketamine',
  text: '**No food for 4 hours** before your infusion. Clear liquids are fine until 2 hours before.',
  smsText: 'No food for 4 hours before your infusion; clear liquids until 2 hours before.',
  answer: {
    entryId: 'fasting-iv',
    source: { title: 'Clinic infusion protocol', url: 'https://example.org/protocol' },
    reviewedOn: '2025-03-07',
    approved: true,
    askHelpful: true,
  },
  choices: [
    { label: 'What to bring', value: 'what to bring' },
    { label: 'Cost and insurance', value: 'cost and insurance' },
  ],
};

const crisisReply: Reply = {
  style: 'crisis',
  title: 'You deserve support right now',
  text: "Thank you for telling me. You're not alone.\n\n**Call or text 988** (988 Suicide & Crisis Lifeline, 24/7).\n\n**Call 911** if you're in immediate danger.",
  contacts: [
    { label: 'Call 988', kind: 'call', number: '988' },
    { label: 'Text 988', kind: 'text', number: '988' },
    { label: 'Text HOME to 741741', kind: 'text', number: '741741', body: 'HOME' },
    { label: 'Call 911', kind: 'call', number: '911' },
  ],
};

const menuReply: Reply = {
  style: 'menu',
  title: 'Welcome',
  text: 'Pick a topic or ask in your own words.',
  choices: [
    { label: 'Side effects', value: 'What are the side effects?' },
    { label: 'My first visit', value: 'first visit guide' },
    { label: 'Talk to a person', value: 'talk to a person' },
  ],
  links: [{ title: 'Book a visit', url: 'https://example.org/book' }],
};

function only(activities: MessageActivity[]): MessageActivity {
  expect(activities).toHaveLength(1);
  return activities[0]!;
}

function cardOf(activity: MessageActivity): AdaptiveCard {
  expect(activity.attachments).toHaveLength(1);
  const attachment = activity.attachments![0]!;
  expect(attachment.contentType).toBe('application/vnd.microsoft.card.adaptive');
  return attachment.content;
}

function texts(card: AdaptiveCard): string[] {
  return card.body.flatMap((element: CardElement) => (element.type === 'TextBlock' ? [element.text] : []));
}

function buttons(card: AdaptiveCard): CardButton[] {
  return card.body.flatMap((element: CardElement) => (element.type === 'ActionSet' ? element.actions : []));
}

function versionAtMost(version: string, max: string): boolean {
  const [major, minor] = version.split('.').map(Number);
  const [maxMajor, maxMinor] = max.split('.').map(Number);
  return major! < maxMajor! || (major === maxMajor && minor! <= maxMinor!);
}

describe('Web Chat rendering', () => {
  describe('when the reply is a knowledge-base answer', () => {
    const activity = only(render(answerReply, ctx));
    const card = cardOf(activity);

    it('then the whole answer is in one Adaptive Card of version 1.5 or lower, with no duplicate text bubble', () => {
      expect(activity.text).toBeUndefined();
      expect(card.type).toBe('AdaptiveCard');
      expect(versionAtMost(card.version, '1.5')).toBe(true);
    });

    it('then the card shows title, answer, source link and review date', () => {
      expect(texts(card)).toEqual([
        'Fasting before IV ketamine',
        '**No food for 4 hours** before your infusion. Clear liquids are fine until 2 hours before.',
        'Source: [Clinic infusion protocol](https://example.org/protocol)',
        'Last reviewed March 7, 2025',
        'Was this helpful?',
      ]);
    });

    it('then sample content that no clinician approved never says "Last reviewed"', () => {
      const [draft] = render({ ...answerReply, answer: { ...answerReply.answer!, approved: false } }, ctx);
      const shown = texts(draft!.attachments![0]!.content);
      expect(shown.join('\n')).not.toMatch(/Last reviewed/);
      expect(shown.join('\n')).toMatch(/not yet reviewed by a clinician/);
    });

    it('then Yes and No send the entry id back', () => {
      expect(buttons(card)).toEqual([
        { type: 'Action.Submit', title: 'Yes', data: { helpful: 'yes', entryId: 'fasting-iv' } },
        { type: 'Action.Submit', title: 'No', data: { helpful: 'no', entryId: 'fasting-iv' } },
      ]);
    });

    it('then related topics are suggested actions that post their value back', () => {
      expect(activity.suggestedActions).toEqual({
        to: [],
        actions: [
          { type: 'imBack', title: 'What to bring', value: 'what to bring' },
          { type: 'imBack', title: 'Cost and insurance', value: 'cost and insurance' },
        ],
      });
      expect(activity.inputHint).toBe('expectingInput');
    });

    it('then clients without card support get readable fallback text', () => {
      expect(card.fallbackText).toContain('No food for 4 hours before your infusion.');
      expect(card.fallbackText).not.toContain('**');
    });
  });

  it('when hundreds of different answers are rendered, then each card falls back to its own text, also when rendered again', () => {
    const numbered = (n: number): Reply => ({ ...answerReply, title: `Topic ${n}`, text: `Answer **number ${n}** only.` });
    const fallbackOf = (n: number) => cardOf(only(render(numbered(n), ctx))).fallbackText;
    const first = Array.from({ length: 600 }, (_, n) => fallbackOf(n));
    const again = [599, 0, 300, 1].map((n) => [n, fallbackOf(n)] as const);
    first.forEach((text, n) => expect(text).toContain(`Answer number ${n} only.`));
    for (const [n, text] of again) expect(text).toBe(first[n]);
  });

  it('when the answer does not ask for feedback, then the card has no Yes/No buttons', () => {
    const reply: Reply = { ...answerReply, answer: { ...answerReply.answer!, askHelpful: false } };
    const card = cardOf(only(render(reply, ctx)));
    expect(buttons(card)).toEqual([]);
    expect(texts(card)).not.toContain('Was this helpful?');
  });

  describe('when the reply is a crisis reply with contacts', () => {
    const activity = only(render(crisisReply, ctx));

    it('then every number is readable in the text without tapping, including one the text left out', () => {
      expect(activity.text).toContain('988');
      expect(activity.text).toContain('911');
      expect(activity.text).toContain('Text HOME to 741741.');
      expect(activity.textFormat).toBe('markdown');
    });

    it('then the card has the four crisis actions: Call 988, Text 988, Text HOME to 741741 and Call 911 (the chat page opens sms: links)', () => {
      const actions = buttons(cardOf(activity)).map((button) => (button.type === 'Action.OpenUrl' ? [button.title, button.url] : []));
      expect(actions).toEqual([
        ['Call 988', 'tel:988'],
        ['Text 988', 'sms:988'],
        ['Text HOME to 741741', 'sms:741741?&body=HOME'],
        ['Call 911', 'tel:911'],
      ]);
    });

    it('when the client cannot open sms: links (the Emulator, an unknown channel), then only calls are buttons and the text still says what to text', () => {
      for (const channelId of ['emulator', 'some-new-channel']) {
        const plain = only(render(crisisReply, { ...ctx, channelId }));
        const urls = buttons(cardOf(plain)).map((button) => (button.type === 'Action.OpenUrl' ? button.url : ''));
        expect(urls).toEqual(['tel:988', 'tel:911']);
        expect(plain.text).toContain('Text HOME to 741741.');
      }
    });

    it('when a page cannot open sms: links, then it can turn text buttons off', () => {
      const withoutSms = only(render(crisisReply, { ...ctx, smsLinkButtons: false }));
      expect(JSON.stringify(withoutSms.attachments)).not.toContain('sms:');
    });
  });

  describe('when the reply is a menu of choices', () => {
    const activity = only(render(menuReply, ctx));

    it('then the title is bold above the Markdown text and links are Markdown links', () => {
      expect(activity.text).toBe('**Welcome**\n\nPick a topic or ask in your own words.\n\n- [Book a visit](https://example.org/book)');
    });

    it('then each choice is a suggested action with its value', () => {
      expect(activity.suggestedActions?.actions.map((action) => [action.title, action.value])).toEqual([
        ['Side effects', 'What are the side effects?'],
        ['My first visit', 'first visit guide'],
        ['Talk to a person', 'talk to a person'],
      ]);
      expect(activity.attachments).toBeUndefined();
    });
  });

  it('when text contains HTML or unsafe links, then none of it reaches the client', () => {
    const reply: Reply = {
      style: 'plain',
      title: 'Hi <img src=x onerror=alert(1)>',
      text: 'Hello <script>alert(1)</script>there. [Click](javascript:alert(1)) and [ok](https://example.org).',
      links: [{ title: 'Bad](javascript:alert(1))', url: 'https://example.org/a' }],
    };
    const text = only(render(reply, ctx)).text ?? '';
    const linkTargets = [...text.matchAll(/\]\(([^)]*)\)/g)].map((match) => match[1]);
    expect(text).not.toMatch(/<[a-z]/i);
    expect(linkTargets).toEqual(['https://example.org', 'https://example.org/a']);
    expect(text).toContain('**Hi**');
    expect(text).toContain('Click and [ok](https://example.org).');
  });

  it('when a source link is not https, then the card shows its title without a link', () => {
    const reply: Reply = { ...answerReply, answer: { ...answerReply.answer!, source: { title: 'Leaflet', url: 'javascript:alert(1)' } } };
    expect(texts(cardOf(only(render(reply, ctx))))).toContain('Source: Leaflet');
  });

  it.each(['emulator', 'directline', 'test', 'some-new-channel'])('when the channel is %s, then it renders exactly like Web Chat (but for sms: buttons)', (channelId) => {
    for (const reply of [answerReply, crisisReply, menuReply]) {
      expect(render(reply, { ...ctx, channelId, smsLinkButtons: true })).toEqual(render(reply, ctx));
    }
  });
});
