import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, visibleText, type Harness } from '../support/botHarness';

type Reply = Record<string, unknown> & { type: string; text?: string };
const shown = (replies: Reply[]) => replies.filter((reply) => reply.type === 'message').map(visibleText).join('\n');

describe('crisis in the middle of a dialog, on every channel', () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startHarness();
  });
  afterAll(async () => {
    await bot.close();
  });

  it.each(['emulator', 'webchat', 'msteams', 'sms'])('on %s: the crisis ends the guide, shows resources, and the next reply still carries them', async (channelId) => {
    const conversationId = channelId === 'sms' ? `+1555${Date.now()}` : `conv-${randomUUID()}`;
    const extra = channelId === 'msteams' ? { conversation: { id: conversationId, conversationType: 'personal' } } : {};
    const say = (text: string) => bot.say(text, { channelId, conversationId, extra });

    expect(shown(await say('walk me through my first visit'))).toMatch(/step 1 of 10/);
    const crisis = await say('this is goodbye, i already have a plan');
    expect(shown(crisis)).toMatch(/988/);
    expect(shown(crisis)).not.toMatch(/step \d+ of 10/);
    if (channelId === 'emulator') {
      const trace = crisis.find((reply) => reply.type === 'trace');
      expect(trace?.value).toMatchObject({ safety: 'crisis', answerId: null });
    } else {
      expect(crisis.some((reply) => reply.type === 'trace')).toBe(false);
    }

    const next = shown(await say('next'));
    expect(next).not.toMatch(/step \d+ of 10/);
    expect(next).toMatch(/988/);
    expect(next).toMatch(/\(555\) 555-0100|5555550100/);
  });

  it('an indirect disclosure no rule spells out (only the learned layer finds it), wrapped in a clinic question, still gets the crisis reply', async () => {
    const conversationId = `conv-${randomUUID()}`;
    const replies = await bot.say('do i need to cancel my future appointments? i wont need them. i wrote a letter to each of my kids and left them in the drawer.', {
      channelId: 'emulator',
      conversationId,
    });
    expect(shown(replies)).toMatch(/988/);
    const trace = replies.find((reply) => reply.type === 'trace');
    expect(trace?.value).toMatchObject({ safety: 'crisis' });
  });
});

describe('the first-visit guide walked end to end over HTTP', () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startHarness({ RATE_LIMIT_BURST: '100' });
  });
  afterAll(async () => {
    await bot.close();
  });

  it.each(['webchat', 'sms'])('on %s: every step in order, the clinic\'s own fasting rule, then done', async (channelId) => {
    const conversationId = channelId === 'sms' ? `+1666${Date.now()}` : `conv-${randomUUID()}`;
    const say = async (text: string) => shown(await bot.say(text, { channelId, conversationId }));
    const first = await say('walk me through my first visit');
    expect(first).toMatch(/step 1 of 10/);
    expect(first).toMatch(/No food for 4 hours/);
    for (let step = 2; step <= 10; step++) {
      const reply = await say(channelId === 'sms' ? '1' : 'next');
      expect(reply).toMatch(new RegExp(`step ${step} of 10`));
      if (channelId === 'sms') {
        expect(reply).not.toMatch(/\*\*/);
      }
    }
    expect(await say('done')).toMatch(/whole guide/);
  });
});

describe('a slow channel', () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startHarness({ OUTBOUND_TIMEOUT_MS: '300' });
  });
  afterAll(async () => {
    await bot.close();
  });

  it('when a channel takes too long to accept replies, then the turn ends at the timeout, it is logged, and other conversations are answered', async () => {
    const slowConversation = `conv-${randomUUID()}`;
    bot.connector.slow.set(slowConversation, 2_000);
    const started = Date.now();
    const slow = bot.say('what are the side effects', { conversationId: slowConversation });
    const other = await bot.say('what are the side effects');
    expect(shown(other)).toMatch(/side effects|dizz/i);
    await slow;
    expect(Date.now() - started).toBeLessThan(1_500);
    expect(bot.logs.text).toMatch(/took longer than 300 ms/);
  });
});
