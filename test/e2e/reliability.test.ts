import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageActivity, startHarness, visibleText, type Harness } from '../support/botHarness';

describe('hostile and unusual input over HTTP', () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startHarness({ RATE_LIMIT_BURST: '5', RATE_LIMIT_PER_MINUTE: '6' });
  });
  afterAll(async () => {
    await bot.close();
  });

  const activity = (overrides: Record<string, unknown>, conversationId = `conv-${randomUUID()}`) => ({
    ...messageActivity(bot.connector.url, 'hello', conversationId),
    ...overrides,
  });

  it.each([
    { name: 'an unknown activity type', overrides: { type: 'somethingNew', text: undefined } },
    { name: 'an event activity', overrides: { type: 'event', name: 'custom/event', value: { a: 1 }, text: undefined } },
    { name: 'a typing activity', overrides: { type: 'typing', text: undefined } },
    { name: 'an invoke activity', overrides: { type: 'invoke', name: 'adaptiveCard/action', value: {}, text: undefined } },
  ])('when the bot receives $name, then it answers 2xx or 4xx without crashing and the next message is answered', async ({ overrides }) => {
    const status = await bot.post(activity(overrides));
    expect(status).toBeGreaterThanOrEqual(200);
    expect(status).toBeLessThan(500);
    expect((await bot.say('what are the side effects')).some((a) => a.type === 'message')).toBe(true);
  });

  it.each([
    { name: 'only an attachment', overrides: { text: undefined, attachments: [{ contentType: 'image/png', contentUrl: 'https://example.org/x.png' }] } },
    { name: 'an empty text', overrides: { text: '   ' } },
  ])('when a message has $name, then the patient is told to type a question', async ({ overrides }) => {
    const conversationId = `conv-${randomUUID()}`;
    expect(await bot.post(activity(overrides, conversationId))).toBe(200);
    expect(JSON.stringify(bot.connector.repliesTo(conversationId))).toMatch(/type your question/);
  });

  it('when an invoke activity arrives (card actions, message extensions: features the bot has not got), then it answers 400 and sends nothing', async () => {
    const conversationId = `conv-${randomUUID()}`;
    expect(await bot.post(activity({ type: 'invoke', name: 'adaptiveCard/action', value: {}, text: undefined }, conversationId))).toBe(400);
    expect(bot.connector.repliesTo(conversationId)).toEqual([]);
  });

  it('when a card button is submitted with an unexpected value, then the bot replies politely', async () => {
    const conversationId = `conv-${randomUUID()}`;
    expect(await bot.post(activity({ text: undefined, value: { unexpected: '<b>x</b>' } }, conversationId))).toBe(200);
    expect(bot.connector.repliesTo(conversationId).some((a) => a.type === 'message')).toBe(true);
  });

  it('when a patient sends 20,000 characters, control characters and broken Unicode, then the bot still answers', async () => {
    const text = `${'\u0000\u0007\u001b[31m'}${'a'.repeat(20_000)} \ud800 can i drive after spravato`;
    const replies = await bot.say(text);
    expect(replies.some((a) => a.type === 'message')).toBe(true);
  });

  it('when the text contains HTML and script, then nothing of it is reflected back', async () => {
    const replies = await bot.say('<script>alert(1)</script><img src=x onerror=alert(2)> what does it cost');
    const shown = replies.map(visibleText).join('\n');
    expect(shown).not.toMatch(/<script|onerror=|<img/i);
  });

  it('when one conversation floods, then it is asked to slow down, a crisis message still gets crisis resources, and other conversations are unaffected', async () => {
    const conversationId = `conv-${randomUUID()}`;
    const all: string[] = [];
    for (let i = 0; i < 8; i++) all.push((await bot.say('what are the side effects', { conversationId })).map(visibleText).join(''));
    expect(all.filter((reply) => /faster than I can answer/.test(reply)).length).toBeGreaterThanOrEqual(2);
    const crisis = (await bot.say('i want to kill myself', { conversationId })).map(visibleText).join('');
    expect(crisis).toMatch(/988/);
    expect(crisis).not.toMatch(/faster than I can answer/);
    const other = (await bot.say('what are the side effects')).map(visibleText).join('');
    expect(other).not.toMatch(/faster than I can answer/);
  });
});
