import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { hashIdentifier, type HashedId } from '../../../src/core/privacy';
import {
  alertChannel,
  alertPayload,
  createCrisisAlerter,
  CrisisAlerterOptionsError,
  type CrisisAlert,
  type WarnLogger,
} from '../../../src/core/safety/alert';

/* A real HTTP server on an ephemeral port receives the alerts; only the network edge is real. */

interface Received {
  method: string;
  contentType: string | undefined;
  body: string;
}

interface TestServer {
  url: string;
  received: Received[];
  close(): Promise<void>;
}

type Respond = (attempt: number, res: ServerResponse) => void;

const servers: TestServer[] = [];

async function startServer(respond: Respond): Promise<TestServer> {
  const received: Received[] = [];
  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      received.push({ method: req.method ?? '', contentType: req.headers['content-type'], body });
      respond(received.length, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const testServer: TestServer = {
    // The path stands in for the secret token chat webhooks carry; it must never be logged.
    url: `http://127.0.0.1:${port}/hooks/SECRET-TOKEN-123`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
  servers.push(testServer);
  return testServer;
}

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

function recordingLogger(): WarnLogger & { entries: { obj: Record<string, unknown>; msg: string }[] } {
  const entries: { obj: Record<string, unknown>; msg: string }[] = [];
  return { entries, warn: (obj, msg) => void entries.push({ obj, msg }) };
}

const conversationHash: HashedId = hashIdentifier('conversation-42', 'test-salt');
const AT = new Date('2025-01-15T16:00:00.000Z');
const anAlert: CrisisAlert = { level: 'crisis', channel: 'webchat', conversationHash, at: AT };

const status = (code: number) => (_attempt: number, res: ServerResponse) => res.writeHead(code).end();

describe('crisis alert webhook', () => {
  it('when the webhook accepts, then it receives one small JSON POST with level, channel, hash and ISO time only', async () => {
    const server = await startServer(status(204));
    const logger = recordingLogger();
    const alerter = createCrisisAlerter({ webhookUrl: server.url, timeoutMs: 2000, retries: 2, backoffMs: 10, logger });

    const outcome = await alerter.alert(anAlert);

    expect(outcome).toEqual({ delivered: true, attempts: 1 });
    expect(server.received).toHaveLength(1);
    expect(server.received[0]?.method).toBe('POST');
    expect(server.received[0]?.contentType).toBe('application/json');
    expect(JSON.parse(server.received[0]?.body ?? '')).toEqual({
      level: 'crisis',
      channel: 'webchat',
      conversationHash,
      at: '2025-01-15T16:00:00.000Z',
    });
    expect(logger.entries).toEqual([]);
  });

  it('when the webhook answers 500 once, then it retries and the second attempt delivers', async () => {
    const server = await startServer((attempt, res) => res.writeHead(attempt === 1 ? 500 : 200).end('ok'));
    const logger = recordingLogger();
    const alerter = createCrisisAlerter({ webhookUrl: server.url, timeoutMs: 2000, retries: 2, backoffMs: 10, logger });

    const outcome = await alerter.alert(anAlert);

    expect(outcome).toEqual({ delivered: true, attempts: 2 });
    expect(server.received.map((request) => request.body)).toEqual([server.received[0]?.body, server.received[0]?.body]);
    expect(logger.entries).toHaveLength(1);
    expect(logger.entries[0]?.obj).toMatchObject({ attempt: 1, reason: 'server-error', status: 500, willRetry: true });
  });

  it('when the webhook always answers 500, then it stops after the configured retries and logs that staff were not alerted', async () => {
    const server = await startServer(status(500));
    const logger = recordingLogger();
    const alerter = createCrisisAlerter({ webhookUrl: server.url, timeoutMs: 2000, retries: 2, backoffMs: 10, logger });

    expect(await alerter.alert(anAlert)).toEqual({ delivered: false, attempts: 3, reason: 'server-error' });
    expect(server.received).toHaveLength(3);
    expect(logger.entries.at(-1)?.msg).toBe('crisis alert not delivered: staff were not alerted');
    expect(logger.entries.at(-1)?.obj).toMatchObject({ alert: { level: 'crisis', channel: 'webchat', conversationHash }, willRetry: false });
  });

  it('when the webhook is too slow, then each attempt is cut off at the timeout and the whole alert stays bounded', async () => {
    const server = await startServer(() => {
      // Never answers.
    });
    const logger = recordingLogger();
    const alerter = createCrisisAlerter({ webhookUrl: server.url, timeoutMs: 200, retries: 1, backoffMs: 10, logger });

    const started = Date.now();
    const outcome = await alerter.alert(anAlert);
    const elapsed = Date.now() - started;

    expect(outcome).toEqual({ delivered: false, attempts: 2, reason: 'timeout' });
    expect(server.received).toHaveLength(2);
    expect(elapsed).toBeGreaterThanOrEqual(400);
    expect(elapsed).toBeLessThan(2000);
  });

  it('when the webhook rejects the alert (4xx), then it does not retry a request that will fail the same way', async () => {
    const server = await startServer(status(400));
    const alerter = createCrisisAlerter({ webhookUrl: server.url, timeoutMs: 2000, retries: 3, backoffMs: 10, logger: recordingLogger() });
    expect(await alerter.alert(anAlert)).toEqual({ delivered: false, attempts: 1, reason: 'rejected' });
    expect(server.received).toHaveLength(1);
  });

  it.each([429, 408])('when the webhook answers %s, then it is retried like a server error', async (code) => {
    const server = await startServer((attempt, res) => res.writeHead(attempt === 1 ? code : 204).end());
    const alerter = createCrisisAlerter({ webhookUrl: server.url, timeoutMs: 2000, retries: 1, backoffMs: 10, logger: recordingLogger() });
    expect(await alerter.alert(anAlert)).toEqual({ delivered: true, attempts: 2 });
  });

  it('when nothing listens at the webhook, then the alert resolves as a network failure instead of throwing', async () => {
    const server = await startServer(status(204));
    await server.close();
    const alerter = createCrisisAlerter({ webhookUrl: server.url, timeoutMs: 1000, retries: 1, backoffMs: 10, logger: recordingLogger() });
    expect(await alerter.alert(anAlert)).toEqual({ delivered: false, attempts: 2, reason: 'network' });
  });

  it('when fetch throws synchronously, then the promise still resolves (a caller that does not await it never sees an unhandled rejection)', async () => {
    const throwingFetch = (() => {
      throw new TypeError('boom');
    }) as unknown as typeof fetch;
    const alerter = createCrisisAlerter({ webhookUrl: 'https://example.org/hook', timeoutMs: 1000, retries: 0, fetchImpl: throwingFetch, logger: recordingLogger() });
    await expect(alerter.alert(anAlert)).resolves.toEqual({ delivered: false, attempts: 1, reason: 'network' });
  });

  it('never writes the webhook URL (it can hold a secret token) to the log, through a real pino logger', async () => {
    const server = await startServer(status(500));
    const lines: string[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        lines.push(chunk.toString());
        callback();
      },
    });
    const logger = pino({ level: 'warn' }, stream);
    const alerter = createCrisisAlerter({ webhookUrl: server.url, timeoutMs: 2000, retries: 1, backoffMs: 10, logger });

    await alerter.alert(anAlert);
    await server.close();
    await alerter.alert(anAlert);

    const output = lines.join('');
    expect(lines.length).toBeGreaterThanOrEqual(4);
    expect(output).toContain(conversationHash);
    expect(output).not.toContain('SECRET-TOKEN-123');
    expect(output).not.toContain('127.0.0.1');
  });
});

describe('what an alert can carry', () => {
  it('when the caller sneaks extra fields in, then only level, channel, hash and time are sent', async () => {
    const server = await startServer(status(204));
    const alerter = createCrisisAlerter({ webhookUrl: server.url, timeoutMs: 2000, retries: 0, logger: recordingLogger() });
    const withText = { ...anAlert, text: 'the words the person wrote', userName: 'Sam' };

    await alerter.alert(withText);

    const body = server.received[0]?.body ?? '';
    expect(Object.keys(JSON.parse(body) as object).sort()).toEqual(['at', 'channel', 'conversationHash', 'level']);
    expect(body).not.toContain('the words the person wrote');
    expect(body).not.toContain('Sam');
  });

  it('does not type-check with message text or a raw conversation id, and refuses them at run time too', () => {
    // @ts-expect-error: there is no field for message text.
    const withText = alertPayload({ level: 'crisis', channel: 'webchat', conversationHash, at: AT, text: 'the words the person wrote' });
    expect(JSON.stringify(withText)).not.toContain('the words');

    // @ts-expect-error: a raw id is not a HashedId; only hashIdentifier makes one.
    expect(alertPayload({ level: 'crisis', channel: 'webchat', conversationHash: 'conversation-42', at: AT })).toBeUndefined();

    // @ts-expect-error: the channel is a closed list, not free text.
    expect(alertPayload({ level: 'crisis', channel: 'the words the person wrote', conversationHash, at: AT })).toBeUndefined();

    // @ts-expect-error: only urgent levels raise an alert.
    expect(alertPayload({ level: 'mention', channel: 'webchat', conversationHash, at: AT })).toBeUndefined();

    expect(alertPayload({ level: 'crisis', channel: 'webchat', conversationHash, at: new Date(Number.NaN) })).toBeUndefined();
  });

  it('when the alert is malformed, then nothing is sent and the log says so without repeating the values', async () => {
    const server = await startServer(status(204));
    const logger = recordingLogger();
    const alerter = createCrisisAlerter({ webhookUrl: server.url, timeoutMs: 2000, retries: 0, logger });
    const malformed = { ...anAlert, conversationHash: 'my phone is 5555550100' } as unknown as CrisisAlert;

    expect(await alerter.alert(malformed)).toEqual({ delivered: false, attempts: 0, reason: 'invalid-alert' });
    expect(server.received).toHaveLength(0);
    expect(JSON.stringify(logger.entries)).not.toContain('5555550100');
  });

  it.each([
    ['webchat', 'webchat'],
    ['directline', 'directline'],
    ['msteams', 'msteams'],
    ['twilio-sms', 'sms'],
    ['acs_sms', 'sms'],
    ['emulator', 'emulator'],
    ['slack', 'other'],
    [undefined, 'other'],
  ])('Bot Framework channel %s is reported as %s', (channelId, expected) => {
    expect(alertChannel(channelId)).toBe(expected);
  });
});

describe('when the webhook is not configured', () => {
  it('then it warns once at start-up and again on each skipped alert, and sends nothing', async () => {
    const logger = recordingLogger();
    const alerter = createCrisisAlerter({ webhookUrl: undefined, timeoutMs: 1000, retries: 0, logger });
    expect(logger.entries.map((entry) => entry.msg)).toEqual(['no crisis alert webhook configured: staff will not be alerted to crises']);

    expect(await alerter.alert(anAlert)).toEqual({ delivered: false, attempts: 0, reason: 'not-configured' });
    expect(logger.entries).toHaveLength(2);
    expect(logger.entries[1]?.obj).toMatchObject({ alert: { level: 'crisis', channel: 'webchat', conversationHash }, reason: 'not-configured' });
  });
});

describe('createCrisisAlerter options', () => {
  const good = { webhookUrl: 'https://example.org/hooks/SECRET', timeoutMs: 1000, retries: 2, logger: recordingLogger() };

  it.each([
    ['a webhook URL that is not a URL', { webhookUrl: 'not a url SECRET' }, /webhookUrl is not a valid URL/],
    ['a non-HTTP webhook', { webhookUrl: 'ftp://example.org/SECRET' }, /webhookUrl must be http or https/],
    ['a zero timeout', { timeoutMs: 0 }, /timeoutMs/],
    ['a timeout over a minute', { timeoutMs: 60_001 }, /timeoutMs/],
    ['negative retries', { retries: -1 }, /retries/],
    ['fractional retries', { retries: 1.5 }, /retries/],
    ['too many retries', { retries: 6 }, /retries/],
    ['a negative backoff', { backoffMs: -5 }, /backoffMs/],
  ])('rejects %s, without repeating the URL', (_what, change, message) => {
    const create = () => createCrisisAlerter({ ...good, ...change });
    expect(create).toThrow(CrisisAlerterOptionsError);
    expect(create).toThrow(message);
    try {
      create();
    } catch (error) {
      expect(String(error)).not.toContain('SECRET');
    }
  });
});
