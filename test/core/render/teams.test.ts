import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/reply';
import {
  removeBotMention,
  render,
  type AdaptiveCard,
  type CardButton,
  type EntityLike,
  type MessageActivity,
  type RenderContext,
} from '../../../src/core/render';

const ctx: RenderContext = { channelId: 'msteams', clinicPhone: '(555) 555-0100', allowedSmsUrls: ['https://example.org/book'] };

const choices = [
  { label: 'Spravato nasal spray', value: 'spravato' },
  { label: 'IV ketamine', value: 'iv ketamine' },
];

const replies: Record<string, Reply> = {
  answer: {
    style: 'answer',
    title: 'What is Spravato?',
    text: 'Spravato (esketamine) is a nasal spray used **in the clinic** under supervision.',
    answer: { entryId: 'what-is-spravato', source: { title: 'Spravato label', url: 'https://example.org/label' }, reviewedOn: '2025-01-15', approved: true, askHelpful: true },
    choices,
  },
  crisis: {
    style: 'crisis',
    text: "You're not alone. **Call or text 988** any time. **Text HOME to 741741.**",
    contacts: [
      { label: 'Call 988', kind: 'call', number: '988' },
      { label: 'Text HOME to 741741', kind: 'text', number: '741741', body: 'HOME' },
    ],
    choices: [{ label: 'Talk to the clinic', value: 'talk to a person' }],
  },
  menu: { style: 'menu', text: 'Which treatment are you asking about?', choices },
  plain: { style: 'plain', text: 'Thanks for letting us know.' },
};

function cardOf(activity: MessageActivity): AdaptiveCard {
  const card = activity.attachments?.[0]?.content;
  expect(card).toBeDefined();
  return card!;
}

function buttons(card: AdaptiveCard): CardButton[] {
  return card.body.flatMap((element) => (element.type === 'ActionSet' ? element.actions : []));
}

describe('Teams rendering', () => {
  it.each(Object.keys(replies))('when the reply is %s, then there are no suggested actions and every card is version 1.5 or lower', (name) => {
    for (const activity of render(replies[name]!, ctx)) {
      expect(activity.suggestedActions).toBeUndefined();
      for (const attachment of activity.attachments ?? []) {
        const [major, minor] = attachment.content.version.split('.').map(Number);
        expect(major).toBe(1);
        expect(minor).toBeLessThanOrEqual(5);
      }
    }
  });

  it('when the reply is an answer, then one full-width card holds the answer, feedback and the choices as imBack buttons', () => {
    const [activity] = render(replies.answer!, ctx);
    const card = cardOf(activity!);
    expect(activity!.text).toBeUndefined();
    expect(card.msteams).toEqual({ width: 'Full' });
    expect(JSON.stringify(card.body)).toContain('Source: [Spravato label](https://example.org/label)');
    expect(JSON.stringify(card.body)).toContain('Last reviewed January 15, 2025');
    expect(buttons(card)).toEqual([
      { type: 'Action.Submit', title: 'Yes', data: { helpful: 'yes', entryId: 'what-is-spravato' } },
      { type: 'Action.Submit', title: 'No', data: { helpful: 'no', entryId: 'what-is-spravato' } },
      { type: 'Action.Submit', title: 'Spravato nasal spray', data: { msteams: { type: 'imBack', value: 'spravato' } } },
      { type: 'Action.Submit', title: 'IV ketamine', data: { msteams: { type: 'imBack', value: 'iv ketamine' } } },
    ]);
  });

  it('when the reply is a menu, then the text stays in the message and choices are card buttons', () => {
    const [activity] = render(replies.menu!, ctx);
    expect(activity!.text).toBe('Which treatment are you asking about?');
    expect(buttons(cardOf(activity!)).map((button) => (button.type === 'Action.Submit' ? button.data : undefined))).toEqual([
      { msteams: { type: 'imBack', value: 'spravato' } },
      { msteams: { type: 'imBack', value: 'iv ketamine' } },
    ]);
  });

  it('when the reply is a crisis reply, then the numbers are in the text and calls and texts are buttons', () => {
    const [activity] = render(replies.crisis!, ctx);
    expect(activity!.text).toContain('988');
    expect(activity!.text).toContain('741741');
    expect(buttons(cardOf(activity!))).toEqual([
      { type: 'Action.OpenUrl', title: 'Call 988', url: 'tel:988' },
      { type: 'Action.OpenUrl', title: 'Text HOME to 741741', url: 'sms:741741?&body=HOME' },
      { type: 'Action.Submit', title: 'Talk to the clinic', data: { msteams: { type: 'imBack', value: 'talk to a person' } } },
    ]);
  });

  it('when a reply has neither choices nor contacts, then no card is sent', () => {
    const [activity] = render(replies.plain!, ctx);
    expect(activity).toEqual({ type: 'message', text: 'Thanks for letting us know.', textFormat: 'markdown', inputHint: 'acceptingInput' });
  });

  it('when there are more than five choices, then buttons wrap into several rows of at most five', () => {
    const many = Array.from({ length: 7 }, (_unused, index) => ({ label: `Topic ${index + 1}`, value: `topic ${index + 1}` }));
    const card = cardOf(render({ style: 'menu', text: 'Pick one.', choices: many }, ctx)[0]!);
    const rows = card.body.filter((element) => element.type === 'ActionSet');
    expect(rows.map((row) => (row.type === 'ActionSet' ? row.actions.length : 0))).toEqual([5, 2]);
  });
});

describe('removeBotMention', () => {
  const botId = '28:bot-app-id';
  const botMention: EntityLike = { type: 'mention', mentioned: { id: botId, name: 'Clinic Bot' }, text: '<at>Clinic Bot</at>' };
  const personMention: EntityLike = { type: 'mention', mentioned: { id: '29:person', name: 'Dana Lee' }, text: '<at>Dana Lee</at>' };

  it.each([
    ['<at>Clinic Bot</at> what is Spravato?', [botMention], 'what is Spravato?'],
    ['what is Spravato? <at>Clinic Bot</at>', [botMention], 'what is Spravato?'],
    ['  <at>Clinic Bot</at>\n  hi   there ', [botMention], 'hi there'],
    ['<at>Clinic Bot</at> can <at>Dana Lee</at> call me?', [botMention, personMention], 'can Dana Lee call me?'],
    ['<at id="0">Clinic Bot</at> hello', [{ type: 'mention', mentioned: { id: botId, name: 'Clinic Bot' }, text: '<at>Clinic Bot</at>' }], 'hello'],
    ['no mention here', [], 'no mention here'],
    ['<at>Clinic Bot</at> hello', undefined, 'Clinic Bot hello'],
    ['<at>Clinic Bot</at> hello', [{ type: 'clientInfo', locale: 'en-US' }], 'Clinic Bot hello'],
  ] as const)('%j -> %j', (text, entities, expected) => {
    expect(removeBotMention(text, entities as readonly EntityLike[] | undefined, botId)).toBe(expected);
  });
});
