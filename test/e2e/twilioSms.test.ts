import { randomInt } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from '../support/botHarness';
import { formBody, inboundSmsParams, newMessageSid, twilioSignature } from '../sms/twilioSigning';

const AUTH_TOKEN = 'e2e-twilio-auth-token-0123456789';
const SMS_PATH = '/api/sms/twilio';

/** A fresh fictional (555-01xx) US number per test, so conversations never share state. */
function newSender(): string {
  return `+1555${String(randomInt(0, 10_000_000)).padStart(7, '0')}`;
}

function messagesOf(xml: string): string[] {
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((match) => unescapeXml(match[1] ?? ''));
}

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

interface SmsResponse {
  status: number;
  contentType: string;
  xml: string;
  messages: string[];
}

/** Texts the bot as Twilio would: a signed form POST. `signature: 'forged'` signs with the wrong token. */
async function text(bot: Harness, from: string, body: string, options: { signature?: 'valid' | 'forged' | 'missing'; messageSid?: string } = {}): Promise<SmsResponse> {
  const url = `${bot.baseUrl}${SMS_PATH}`;
  const params = inboundSmsParams(from, body, options.messageSid ? { MessageSid: options.messageSid } : {});
  const mode = options.signature ?? 'valid';
  const headers: Record<string, string> = { 'content-type': 'application/x-www-form-urlencoded' };
  if (mode !== 'missing') headers['x-twilio-signature'] = twilioSignature(mode === 'valid' ? AUTH_TOKEN : 'not-the-auth-token', url, params);
  const response = await fetch(url, { method: 'POST', headers, body: formBody(params) });
  const xml = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type') ?? '', xml, messages: messagesOf(xml) };
}

/** What the bot has stored for a number (conversation and user state); the storage reads a missing key as {}. */
async function storedStateFor(bot: Harness, from: string): Promise<Record<string, unknown>> {
  const items = await bot.app.storage.read([`sms/conversations/${from}/`, `sms/users/${from}/`]);
  return Object.fromEntries(Object.entries(items).filter(([, item]) => Object.keys(item as object).some((field) => field !== 'eTag')));
}

describe('SMS through Twilio, against the real app', () => {
  let bot: Harness;
  const sendersUsed: string[] = [];
  const wordsSent: string[] = [];
  const sms = (from: string, body: string, options?: Parameters<typeof text>[3]) => {
    sendersUsed.push(from);
    wordsSent.push(body);
    return text(bot, from, body, options);
  };

  beforeAll(async () => {
    bot = await startHarness({ TWILIO_AUTH_TOKEN: AUTH_TOKEN });
  });
  afterAll(async () => {
    await bot.close();
  });

  it('when a patient texts a question, then the answer comes back as TwiML texts of at most 320 plain characters', async () => {
    const reply = await sms(newSender(), 'can i drive home after my infusion');
    expect(reply.status).toBe(200);
    expect(reply.contentType).toMatch(/^text\/xml/);
    expect(reply.xml.startsWith('<?xml version="1.0" encoding="UTF-8"?><Response><Message>')).toBe(true);
    expect(reply.messages.length).toBeGreaterThan(0);
    for (const message of reply.messages) {
      expect(message.length).toBeLessThanOrEqual(320);
      expect(message).not.toMatch(/\*\*|<[a-z]|\]\(/i);
    }
    expect(reply.messages.join(' ')).toMatch(/next day/i);
    expect(reply.xml).not.toMatch(/TurnTrace|"intent"/);
  });

  it('when a patient texts that they want to kill themselves, then the first text gives 988', async () => {
    const from = newSender();
    const reply = await sms(from, 'i want to kill myself');
    expect(reply.status).toBe(200);
    expect(reply.messages.length).toBeGreaterThan(0);
    expect(reply.messages[0]).toMatch(/\b988\b/);
    expect(reply.messages[0]!.length).toBeLessThanOrEqual(320);
    expect(bot.logs.text).toMatch(/safety incident/);
  });

  it('when the next text comes from the same number, then it continues the same conversation (still crisis-aware)', async () => {
    const from = newSender();
    await sms(from, 'i want to kill myself');
    const followUp = await sms(from, 'what does a session feel like');
    expect(followUp.status).toBe(200);
    expect(followUp.messages.join(' ')).toMatch(/\b988\b/);
    const strangerNumber = newSender();
    await sms(strangerNumber, 'hello'); // the first text gets the welcome, which names 988 for everyone
    const stranger = await sms(strangerNumber, 'what does a session feel like');
    expect(stranger.messages.join(' ')).not.toMatch(/\b988\b/);
  });

  it.each(['forged', 'missing'] as const)('when the signature is %s, then it answers 403 and runs no turn', async (signature) => {
    const from = newSender();
    const incidentsBefore = bot.logs.text.split('safety incident').length;
    const reply = await sms(from, 'i want to kill myself', { signature });
    expect(reply.status).toBe(403);
    expect(reply.messages).toEqual([]);
    expect(reply.xml).not.toMatch(/988|kill/);
    expect(bot.logs.text.split('safety incident').length).toBe(incidentsBefore);
    expect(await storedStateFor(bot, from)).toEqual({});

    // The same text, signed, does run and store state, so the checks above could have failed.
    await sms(from, 'i want to kill myself');
    expect(Object.keys(await storedStateFor(bot, from)).length).toBeGreaterThan(0);
  });

  it('when a patient texts STOP, then one confirmation, silence until START, and a crisis text is still answered', async () => {
    const from = newSender();
    const stop = await sms(from, 'STOP');
    expect(stop.messages).toHaveLength(1);
    expect(stop.messages[0]).toMatch(/unsubscribed/i);
    expect(stop.messages[0]).toMatch(/START/);

    const silenced = await sms(from, 'what does a session feel like');
    expect(silenced.status).toBe(200);
    expect(silenced.xml).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
    expect((await sms(from, 'stop')).xml).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');

    const help = await sms(from, 'HELP');
    expect(help.messages).toHaveLength(1);
    expect(help.messages[0]).toMatch(/STOP/);
    expect(help.messages[0]).toMatch(/\b988\b/);

    const crisis = await sms(from, 'i want to kill myself');
    expect(crisis.messages[0]).toMatch(/\b988\b/);

    // After the crisis text every reply carries the crisis-aware line, after START's confirmation.
    const start = await sms(from, 'START');
    expect(start.messages[0]).toMatch(/^.*subscribed again/i);
    expect(start.messages.join('\n')).toMatch(/subscribed again[\s\S]*\b988\b/i);
    const answered = await sms(from, 'can i drive home after my infusion');
    expect(answered.messages.join(' ')).toMatch(/next day/i);
  });

  it.each([
    ['STOPALL', 'UNSTOP', 'INFO'],
    ['UNSUBSCRIBE', 'START', 'help'],
    ['Cancel', 'unstop', 'Info.'],
    ['END', 'START', 'HELP'],
    ['quit', 'START', 'INFO'],
  ])('when a patient texts %s, then they are opted out until %s, and %s is answered even while opted out', async (optOut, optIn, help) => {
    const from = newSender();
    expect((await sms(from, optOut)).messages.join(' ')).toMatch(/unsubscribed/i);
    expect((await sms(from, 'what does a session feel like')).messages).toEqual([]);
    const helpReply = await sms(from, help);
    expect(helpReply.messages).toHaveLength(1);
    expect(helpReply.messages[0]).toMatch(/STOP to opt out/);
    expect((await sms(from, optIn)).messages.join(' ')).toMatch(/subscribed again/i);
    expect((await sms(from, 'what does a session feel like')).messages.length).toBeGreaterThan(0);
  });

  it('when Twilio resends a webhook with the same MessageSid, then the patient is answered once', async () => {
    const from = newSender();
    const messageSid = newMessageSid();
    const first = await sms(from, 'what does a session feel like', { messageSid });
    const resent = await sms(from, 'what does a session feel like', { messageSid });
    expect(first.messages.length).toBeGreaterThan(0);
    expect(resent.status).toBe(200);
    expect(resent.messages).toEqual([]);
    // A new message with the same words is a new message.
    expect((await sms(from, 'what does a session feel like')).messages.length).toBeGreaterThan(0);
  });

  it('when Twilio posts something else than a form, then it answers 415', async () => {
    const response = await fetch(`${bot.baseUrl}${SMS_PATH}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"From":"+15555550000","Body":"hi"}' });
    expect(response.status).toBe(415);
  });

  it('when the form is over the size limit, then it answers 413 with a generic body', async () => {
    const response = await fetch(`${bot.baseUrl}${SMS_PATH}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: formBody(inboundSmsParams('+15555550000', `hello ${'x'.repeat(300 * 1024)}`)),
    });
    expect(response.status).toBe(413);
    expect(await response.text()).not.toContain('hello');
  });

  it('when patients have texted, then the logs hold neither their numbers nor their words', () => {
    expect(sendersUsed.length).toBeGreaterThan(3);
    const logs = bot.logs.text;
    expect(logs).toMatch(/"fromHash":"[0-9a-f]{16}"/);
    for (const number of sendersUsed) {
      expect(logs).not.toContain(number);
      expect(logs).not.toContain(number.slice(2));
    }
    for (const words of new Set(wordsSent)) expect(logs).not.toContain(words);
    expect(logs).not.toMatch(/kill myself|drive home/i);
  });
});

describe('SMS route without a Twilio auth token', () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startHarness();
  });
  afterAll(async () => {
    await bot.close();
  });

  it('does not exist (404), even for a correctly signed request', async () => {
    const reply = await text(bot, newSender(), 'hello');
    expect(reply.status).toBe(404);
  });
});
