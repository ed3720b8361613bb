import type { AddressInfo } from 'node:net';
import type { Activity } from 'botbuilder';
import restify from 'restify';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/logger';
import { TWILIO_SMS_PATH, registerTwilioSms, type TwilioSmsDeps } from '../../src/sms/twilioSms';
import { formBody, inboundSmsParams, twilioSignature } from './twilioSigning';
import { LogCapture as Lines } from '../support/logCapture';

const TOKEN = 'test-auth-token-0123456789abcdef';
const SENDER = '+15555550123';
const FALLBACK = "Sorry, I couldn't answer in time. Please call us at 5555550100. If you are in crisis, call or text 988.";


type TurnBehaviour = (activity: Partial<Activity>, outbox: Partial<Activity>[]) => Promise<Partial<Activity>[]>;

/** A restify server with only the SMS route, whose bot turn each test scripts. */
async function startRoute(overrides: Partial<TwilioSmsDeps> = {}) {
  const logs = new Lines();
  const turns: Partial<Activity>[] = [];
  let behaviour: TurnBehaviour = (activity, outbox) => {
    outbox.push({ type: 'message', text: `You said ${activity.text?.length ?? 0} characters.` });
    return Promise.resolve(outbox);
  };
  const server = restify.createServer({ handleUncaughtExceptions: false });
  const route = registerTwilioSms(server, {
    authToken: TOKEN,
    logger: createLogger({ logLevel: 'info' }, logs),
    hash: (value) => `hash(${value.length})`,
    runTurn: (activity, outbox = []) => {
      turns.push(activity);
      return behaviour(activity, outbox);
    },
    maxBodyBytes: 4096,
    fallbackTexts: [FALLBACK],
    turnTimeoutMs: 300,
    ...overrides,
  });
  await new Promise<void>((resolve) => {
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.server.address() as AddressInfo;
  const localUrl = `http://127.0.0.1:${port}${TWILIO_SMS_PATH}`;

  const post = async (body: string, headers: Record<string, string>) => {
    const response = await fetch(localUrl, { method: 'POST', headers, body });
    return { status: response.status, contentType: response.headers.get('content-type') ?? '', text: await response.text() };
  };
  /** Posts as Twilio does: form fields, signed for `signedFor` (the URL Twilio was configured with). */
  const sendSms = (params: Record<string, string>, options: { signedFor?: string; signature?: string | null; headers?: Record<string, string> } = {}) => {
    const signature = options.signature === undefined ? twilioSignature(TOKEN, options.signedFor ?? localUrl, params) : options.signature;
    return post(formBody(params), {
      'content-type': 'application/x-www-form-urlencoded',
      ...(signature === null ? {} : { 'x-twilio-signature': signature }),
      ...options.headers,
    });
  };
  return {
    logs,
    turns,
    route,
    localUrl,
    port,
    post,
    sendSms,
    script(next: TurnBehaviour) {
      behaviour = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
      }),
  };
}

function messagesOf(xml: string): string[] {
  return [...xml.matchAll(/<Message>([\s\S]*?)<\/Message>/g)].map((match) => match[1] ?? '');
}

describe('POST /api/sms/twilio', () => {
  let sms: Awaited<ReturnType<typeof startRoute>>;
  beforeAll(async () => {
    sms = await startRoute();
  });
  afterAll(async () => {
    await sms.close();
  });
  beforeEach(() => {
    sms.turns.length = 0;
    sms.script((activity, outbox) => {
      outbox.push({ type: 'message', text: `You said ${activity.text?.length ?? 0} characters.` });
      return Promise.resolve(outbox);
    });
  });

  it('runs a signed text as an sms turn from the sender and answers with TwiML', async () => {
    const response = await sms.sendSms(inboundSmsParams(SENDER, 'what does a session feel like'));
    expect(response.status).toBe(200);
    expect(response.contentType).toMatch(/^text\/xml/);
    expect(messagesOf(response.text)).toEqual(['You said 29 characters.']);
    expect(sms.turns).toHaveLength(1);
    expect(sms.turns[0]).toMatchObject({ type: 'message', channelId: 'sms', text: 'what does a session feel like', from: { id: SENDER }, conversation: { id: SENDER } });
  });

  it('sends every message the bot sent, in order, and nothing else', async () => {
    sms.script((_activity, outbox) => {
      outbox.push({ type: 'message', text: 'First & <one>' }, { type: 'trace', name: 'TurnTrace', value: {} }, { type: 'message', text: 'Second' });
      return Promise.resolve(outbox);
    });
    const response = await sms.sendSms(inboundSmsParams(SENDER, 'hi'));
    expect(messagesOf(response.text)).toEqual(['First &amp; &lt;one&gt;', 'Second']);
    expect(response.text).not.toContain('TurnTrace');
  });

  it('answers an empty <Response/> when the bot stays silent', async () => {
    sms.script((_activity, outbox) => Promise.resolve(outbox));
    const response = await sms.sendSms(inboundSmsParams(SENDER, 'STOP'));
    expect(response.status).toBe(200);
    expect(response.text).toBe('<?xml version="1.0" encoding="UTF-8"?><Response/>');
  });

  it('runs a picture-only message as a turn with empty text', async () => {
    const response = await sms.sendSms(inboundSmsParams(SENDER, '', { NumMedia: '1', MediaUrl0: 'https://api.twilio.com/media/ME1', MediaContentType0: 'image/jpeg' }));
    expect(response.status).toBe(200);
    expect(sms.turns[0]?.text).toBe('');
    expect(JSON.stringify(sms.turns[0])).not.toContain('MediaUrl');
  });

  it.each<[string, { signature?: string | null; signedFor?: string; tamper?: Record<string, string> }]>([
    ['no signature', { signature: null }],
    ['an empty signature', { signature: '' }],
    ['a made-up signature', { signature: 'bm90IGEgc2lnbmF0dXJl' }],
    ['a signature for another URL', { signedFor: 'https://elsewhere.test/api/sms/twilio' }],
    ['a signature over other fields', { tamper: { Body: 'something the attacker wrote' } }],
  ])('refuses %s with 403 and runs no turn', async (_name, scenario) => {
    const params = inboundSmsParams(SENDER, 'i want to kill myself');
    const signature = scenario.signature === undefined ? twilioSignature(TOKEN, scenario.signedFor ?? sms.localUrl, params) : scenario.signature;
    const response = await sms.sendSms({ ...params, ...scenario.tamper }, { signature });
    expect(response.status).toBe(403);
    expect(response.text).not.toContain('<Message>');
    expect(response.text).not.toContain(SENDER);
    expect(sms.turns).toHaveLength(0);
  });

  it('refuses a body that is not a form with 415 before reading it', async () => {
    const response = await sms.post(JSON.stringify({ From: SENDER, Body: 'hello' }), { 'content-type': 'application/json' });
    expect(response.status).toBe(415);
    expect(sms.turns).toHaveLength(0);
  });

  it('refuses a body over the limit with 413', async () => {
    const response = await sms.sendSms(inboundSmsParams(SENDER, 'x'.repeat(5000)));
    expect(response.status).toBe(413);
    expect(sms.turns).toHaveLength(0);
  });

  it.each([
    ['without From', (() => {
      const { From: _from, ...rest } = inboundSmsParams(SENDER, 'hello');
      return rest;
    })()],
    ['without Body', (() => {
      const { Body: _body, ...rest } = inboundSmsParams(SENDER, 'hello');
      return rest;
    })()],
    ['with a blank From', inboundSmsParams('  ', 'hello')],
  ])('refuses a signed request %s with 400', async (_name, params) => {
    const response = await sms.sendSms(params);
    expect(response.status).toBe(400);
    expect(sms.turns).toHaveLength(0);
  });

  it('when the turn runs late, sends what went out in time and then the apology, within the deadline', async () => {
    let finishLate: () => void = () => undefined;
    sms.script((_activity, outbox) => {
      outbox.push({ type: 'message', text: 'Call or text 988 now.' });
      return new Promise((resolve) => {
        finishLate = () => {
          outbox.push({ type: 'message', text: 'Too late to send' });
          resolve(outbox);
        };
      });
    });
    const started = Date.now();
    const response = await sms.sendSms(inboundSmsParams(SENDER, 'a slow one'));
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(200);
    expect(messagesOf(response.text)).toEqual(['Call or text 988 now.', FALLBACK]);
    expect(sms.logs.text).toContain('ran past its deadline');

    let idle = false;
    const waiting = sms.route.idle().then(() => (idle = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(idle).toBe(false);
    finishLate();
    await waiting;
    expect(idle).toBe(true);
  });

  it('when the turn throws, answers with the apology and logs the failure', async () => {
    sms.script(() => Promise.reject(new Error('storage is down')));
    const response = await sms.sendSms(inboundSmsParams(SENDER, 'hello'));
    expect(response.status).toBe(200);
    expect(messagesOf(response.text)).toEqual([FALLBACK]);
    expect(sms.logs.text).toContain('storage is down');
  });

  it('never logs the sender number or the message, only its hash', async () => {
    const words = 'my secret words about my medication';
    await sms.sendSms(inboundSmsParams(SENDER, words));
    await sms.sendSms(inboundSmsParams(SENDER, words), { signature: 'forged' });
    await sms.sendSms(inboundSmsParams(SENDER, words, { From: '' }));
    sms.script(() => Promise.reject(new Error('boom')));
    await sms.sendSms(inboundSmsParams(SENDER, words));
    expect(sms.logs.text).toContain(`"fromHash":"hash(${SENDER.length})"`);
    expect(sms.logs.text).not.toContain(SENDER);
    expect(sms.logs.text).not.toContain('5555550123');
    expect(sms.logs.text).not.toContain('secret words');
  });
});

describe('the URL the signature covers', () => {
  it('behind a TLS proxy, accepts a signature over the https URL Twilio called', async () => {
    const sms = await startRoute();
    try {
      const publicUrl = `https://127.0.0.1:${sms.port}${TWILIO_SMS_PATH}`;
      const params = inboundSmsParams(SENDER, 'hello');
      const viaProxy = await sms.sendSms(params, { signedFor: publicUrl, headers: { 'x-forwarded-proto': 'https' } });
      expect(viaProxy.status).toBe(200);
      const withoutHeader = await sms.sendSms(params, { signedFor: publicUrl });
      expect(withoutHeader.status).toBe(403);
    } finally {
      await sms.close();
    }
  });

  it('with a configured public URL, accepts only signatures over that URL', async () => {
    const publicUrl = 'https://sms.example-clinic.test/hooks/twilio';
    const sms = await startRoute({ publicUrl });
    try {
      const params = inboundSmsParams(SENDER, 'hello');
      expect((await sms.sendSms(params, { signedFor: publicUrl })).status).toBe(200);
      expect((await sms.sendSms(params, { signedFor: sms.localUrl })).status).toBe(403);
    } finally {
      await sms.close();
    }
  });
});
