import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { loadKnowledgeBase } from '../../src/core/knowledge/loader';
import { REPO_ROOT, conversationUpdate, startHarness, visibleText, type Harness } from '../support/botHarness';

/** Two entries answer it about equally well (side effects, and how long the effects last): the bot asks which. */
const AMBIGUOUS = 'effects';

type Reply = Record<string, unknown> & { type: string; text?: string };

const messages = (replies: Reply[]) => replies.filter((reply) => reply.type === 'message');
const cards = (replies: Reply[]) =>
  messages(replies).flatMap((reply) => ((reply.attachments as Array<{ contentType: string; content: { version?: string } }> | undefined) ?? []));

describe('one bot, four channels, each rendered as its users expect', () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startHarness();
  });
  afterAll(async () => {
    await bot.close();
  });

  const teamsMention = (text: string) => {
    const conversationId = `teams-${randomUUID()}`;
    return {
      conversationId,
      extra: {
        text: `<at>Clinic bot</at> ${text}`,
        entities: [{ type: 'mention', text: '<at>Clinic bot</at>', mentioned: { id: 'bot', name: 'Clinic bot' } }],
        conversation: { id: conversationId, conversationType: 'personal' },
      },
    };
  };

  describe.each(['emulator', 'webchat'])('on %s', (channelId) => {
    it('when a patient asks a question, then the answer is an Adaptive Card with its source, review date and helpful buttons', async () => {
      const replies = messages(await bot.say('can i drive home after my infusion', { channelId }));
      const card = cards(replies).find((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive');
      expect(card).toBeDefined();
      const shown = JSON.stringify(card);
      expect(shown).toMatch(/next day/i);
      expect(shown).toMatch(/Source/);
      expect(shown).toMatch(/reviewed/i);
      expect(shown).toMatch(/"helpful":"yes"/);
    });

    it('when a patient writes a crisis message, then 988 is shown with a tap-to-call button', async () => {
      const shown = messages(await bot.say('i want to kill myself', { channelId })).map(visibleText).join('');
      expect(shown).toMatch(/988/);
      expect(shown).toMatch(/tel:988/);
    });

    it('when the bot is unsure, then "did you mean" options are suggested actions', async () => {
      const replies = messages(await bot.say(AMBIGUOUS, { channelId }));
      const suggested = replies.flatMap((reply) => ((reply.suggestedActions as { actions?: Array<{ title: string }> } | undefined)?.actions ?? []));
      expect(suggested.length).toBeGreaterThanOrEqual(3);
      expect(suggested.map((action) => action.title)).toContain('None of these');
    });
  });

  describe('on msteams', () => {
    it('when a patient @mentions the bot with a question, then the mention is ignored and the answer card is within Teams\' schema', async () => {
      const replies = messages(await bot.say('can i drive home after my infusion', { channelId: 'msteams', ...teamsMention('can i drive home after my infusion') }));
      const card = cards(replies)[0];
      expect(card?.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(Number(card?.content.version)).toBeLessThanOrEqual(1.5);
      expect(JSON.stringify(card)).toMatch(/next day/i);
      expect(replies.every((reply) => reply.suggestedActions === undefined)).toBe(true);
    });

    it('when the bot is unsure, then the choices are card buttons, not suggested actions', async () => {
      const replies = messages(await bot.say(AMBIGUOUS, { channelId: 'msteams', ...teamsMention(AMBIGUOUS) }));
      expect(replies.every((reply) => reply.suggestedActions === undefined)).toBe(true);
      expect(JSON.stringify(cards(replies))).toMatch(/None of these/);
    });

    it('when a patient writes a crisis message, then 988 is shown', async () => {
      const shown = messages(await bot.say('i want to kill myself', { channelId: 'msteams', ...teamsMention('i want to kill myself') })).map(visibleText).join('');
      expect(shown).toMatch(/988/);
    });

    it('when the app is added to a team, then nobody is welcomed; in personal chat the user is welcomed once', async () => {
      const teamConversation = `team-${randomUUID()}`;
      await bot.post({ ...conversationUpdate(bot.connector.url, teamConversation, 'msteams'), conversation: { id: teamConversation, conversationType: 'channel' } });
      expect(bot.connector.repliesTo(teamConversation)).toHaveLength(0);

      const userId = `user-${randomUUID()}`;
      const personal = [`p-${randomUUID()}`, `p-${randomUUID()}`];
      for (const id of personal) {
        await bot.post({ ...conversationUpdate(bot.connector.url, id, 'msteams', [{ id: userId }]), from: { id: userId }, conversation: { id, conversationType: 'personal' } });
      }
      const welcomes = personal.flatMap((id) => bot.connector.repliesTo(id)).filter((reply) => /automated assistant/.test(visibleText(reply)));
      expect(welcomes).toHaveLength(1);
    });
  });

  describe('on sms', () => {
    const sms = (text: string, conversationId: string) => bot.say(text, { channelId: 'sms', conversationId });

    it('when a number texts for the first time, then it is told it is talking to an automated assistant, not a clinician', async () => {
      const first = messages(await sms('how long is a session', `+1555${Date.now()}7`)).map((reply) => reply.text).join(' ');
      expect(first).toMatch(/automated assistant/);
      expect(first).toMatch(/not a clinician/);
    });

    it('when a patient texts a question, then replies are plain text of at most 320 characters, at most 3 of them', async () => {
      const conversationId = `+1555${Date.now()}`;
      await sms('hello', conversationId);
      const replies = messages(await sms('can i drive home after my infusion', conversationId));
      expect(replies.length).toBeGreaterThan(0);
      expect(replies.length).toBeLessThanOrEqual(3);
      for (const reply of replies) {
        expect(reply.attachments ?? []).toHaveLength(0);
        expect(reply.text!.length).toBeLessThanOrEqual(320);
        expect(reply.text).not.toMatch(/\*\*|\]\(/);
      }
      expect(replies.map((reply) => reply.text).join(' ')).toMatch(/next day/i);
    });

    it('when the bot is unsure, then the choices are a numbered list and "2" picks the second', async () => {
      const conversationId = `+1555${Date.now()}1`;
      const offer = messages(await sms(AMBIGUOUS, conversationId)).map((reply) => reply.text).join('\n');
      const numbered = [...offer.matchAll(/^(\d)\. (.+)$/gm)].map((match) => match[2]!);
      expect(numbered.length).toBeGreaterThanOrEqual(3);
      const picked = messages(await sms('2', conversationId)).map((reply) => reply.text).join(' ');
      expect(picked).not.toMatch(/right question/);
      // The reply is the second option's own SMS form.
      const { entries } = await loadKnowledgeBase({ dir: path.join(REPO_ROOT, 'knowledge'), mode: 'development', today: new Date() });
      const second = entries.find((entry) => entry.title === numbered[1]);
      expect(second?.sms).toBeDefined();
      expect(picked).toContain(second!.sms!.slice(0, 60));
    });

    it('when a patient texts a crisis message, then the first text has 988 and 741741 as plain digits', async () => {
      const [first] = messages(await sms('i want to kill myself', `+1555${Date.now()}2`));
      expect(first?.text).toMatch(/988/);
      expect(first?.text).toMatch(/741741/);
      expect(first?.text!.length).toBeLessThanOrEqual(320);
    });

    it('when a number texts STOP, then it gets one confirmation and silence until START, but crisis messages are still answered', async () => {
      const conversationId = `+1555${Date.now()}3`;
      expect(messages(await sms('STOP', conversationId)).map((r) => r.text).join('')).toMatch(/unsubscribed/i);
      expect(messages(await sms('what are the side effects', conversationId))).toHaveLength(0);
      expect(messages(await sms('stop', conversationId))).toHaveLength(0);
      expect(messages(await sms('i want to kill myself', conversationId)).map((r) => r.text).join('')).toMatch(/988/);
      expect(messages(await sms('HELP', conversationId)).map((r) => r.text).join('')).toMatch(/STOP/);
      expect(messages(await sms('START', conversationId)).map((r) => r.text).join('')).toMatch(/subscribed again/i);
      expect(messages(await sms('what are the side effects', conversationId)).length).toBeGreaterThan(0);
    });
  });
});
