import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO_ROOT, conversationUpdate, messageActivity, startHarness, type Harness } from '../support/botHarness';

describe('the bot over HTTP, as a channel talks to it', () => {
  let bot: Harness;
  beforeAll(async () => {
    // The most verbose level, so the privacy test covers every log line the bot can write.
    bot = await startHarness({ LOG_LEVEL: 'trace' });
  });
  afterAll(async () => {
    await bot.close();
  });

  it('when asked for health, then it reports ready with the knowledge entries loaded', async () => {
    const response = await fetch(`${bot.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; knowledgeEntries: number };
    expect(body.status).toBe('ok');
    expect(body.knowledgeEntries).toBeGreaterThanOrEqual(40);
  });

  it('when a user joins, then one welcome says it is automated, not a clinician, and gives 988 and 911', async () => {
    const conversationId = `conv-${randomUUID()}`;
    expect(await bot.post(conversationUpdate(bot.connector.url, conversationId, 'emulator'))).toBe(200);
    const replies = bot.connector.repliesTo(conversationId).filter((a) => a.type === 'message');
    expect(replies).toHaveLength(1);
    const welcome = replies[0]!;
    expect(welcome.text).toMatch(/automated assistant/i);
    expect(welcome.text).toMatch(/not a clinician/i);
    expect(welcome.text).toMatch(/988/);
    expect(welcome.text).toMatch(/911/);
    expect(JSON.stringify(welcome.suggestedActions)).toMatch(/side effects/i);
  });

  it('when only the bot is added, then nobody is welcomed', async () => {
    const conversationId = `conv-${randomUUID()}`;
    await bot.post(conversationUpdate(bot.connector.url, conversationId, 'emulator', []));
    expect(bot.connector.repliesTo(conversationId)).toHaveLength(0);
  });

  it('when a patient asks a question in Emulator, then the answer comes from an entry and one turn trace ends the turn', async () => {
    const replies = await bot.say('can i drive home after my infusion', { channelId: 'emulator' });
    const messages = replies.filter((a) => a.type === 'message');
    expect(messages.length).toBeGreaterThan(0);
    expect(JSON.stringify(messages)).toMatch(/next day/i);
    const traces = replies.filter((a) => a.type === 'trace');
    expect(traces).toHaveLength(1);
    expect(replies.at(-1)).toMatchObject({ type: 'trace', name: 'TurnTrace', label: 'Turn trace', valueType: 'TurnTrace' });
    expect(traces[0]!.value).toEqual({ intent: 'question', safety: 'none', answerId: 'driving-and-getting-home', score: expect.any(Number) });
  });

  it('when the same question comes from Web Chat, then no trace is sent', async () => {
    const replies = await bot.say('can i drive home after my infusion', { channelId: 'webchat' });
    expect(replies.some((a) => a.type === 'message')).toBe(true);
    expect(replies.some((a) => a.type === 'trace')).toBe(false);
  });

  it.each([
    { name: 'invalid JSON', body: '{"type": "message", ', contentType: 'application/json', status: 400 },
    { name: 'a JSON array', body: '[1,2,3]', contentType: 'application/json', status: 400 },
    { name: 'an activity without a conversation', body: JSON.stringify({ type: 'message', text: 'hi', serviceUrl: 'http://127.0.0.1:1', from: { id: 'u' } }), contentType: 'application/json', status: 400 },
    { name: 'an activity without a type', body: JSON.stringify({ text: 'hi', conversation: { id: 'c' }, serviceUrl: 'http://127.0.0.1:1', from: { id: 'u' } }), contentType: 'application/json', status: 400 },
    { name: 'form data', body: 'text=hello', contentType: 'application/x-www-form-urlencoded', status: 415 },
    { name: 'a body over the limit', body: JSON.stringify({ type: 'message', text: 'x'.repeat(300 * 1024) }), contentType: 'application/json', status: 413 },
  ])('when the body is $name, then it answers $status and keeps serving', async ({ body, contentType, status }) => {
    const response = await fetch(`${bot.baseUrl}/api/messages`, { method: 'POST', headers: { 'content-type': contentType }, body });
    expect(response.status).toBe(status);
    const text = await response.text();
    expect(text).not.toContain('hello');
    const replies = await bot.say('what does a session feel like');
    expect(replies.some((a) => a.type === 'message')).toBe(true);
  });

  it('when a patient writes, then their words never reach the logs', async () => {
    const phrase = `zebra-${randomUUID()}`;
    await bot.say(`my neighbour ${phrase} asked about side effects`, { channelId: 'emulator' });
    expect(bot.logs.text.length).toBeGreaterThan(0);
    expect(bot.logs.text).not.toContain(phrase);
  });
});

describe('with LOG_MESSAGE_TEXT=true on a developer machine', () => {
  it('when a patient writes, then the text is logged, so the privacy test above would catch a leak', async () => {
    const bot = await startHarness({ LOG_LEVEL: 'debug', LOG_MESSAGE_TEXT: 'true' });
    try {
      const phrase = `giraffe-${randomUUID()}`;
      await bot.say(`my neighbour ${phrase} asked about side effects`);
      expect(bot.logs.text).toContain(phrase);
    } finally {
      await bot.close();
    }
  });
});

describe('with Bot Framework credentials configured', () => {
  let bot: Harness;
  beforeAll(async () => {
    bot = await startHarness({ MicrosoftAppId: '00000000-0000-0000-0000-000000000001', MicrosoftAppPassword: 'not-a-real-secret' });
  });
  afterAll(async () => {
    await bot.close();
  });

  it.each([
    ['no token', {}],
    ['a forged token', { authorization: 'Bearer eyJhbGciOiJSUzI1NiIsInR5cCI6IkpXVCJ9.eyJpc3MiOiJodHRwczovL2FwaS5ib3RmcmFtZXdvcmsuY29tIn0.c2lnbmF0dXJl' }],
  ])('when a request carries %s, then it gets 401 and no reply is sent', async (_name, headers) => {
    const conversationId = `conv-${randomUUID()}`;
    const status = await bot.post(messageActivity(bot.connector.url, 'hello', conversationId), headers);
    expect(status).toBe(401);
    expect(bot.connector.repliesTo(conversationId)).toHaveLength(0);
  });
});

describe('the process', () => {
  it('when started with npm start and sent SIGTERM, then it serves /healthz and exits 0', async () => {
    const child = spawn(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), 'src/index.ts'], {
      cwd: REPO_ROOT,
      env: { ...process.env, PORT: '0', NODE_ENV: 'development', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no start-up line within 45 s:\n${output}`)), 45_000);
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /ready on http:\/\/127\.0\.0\.1:(\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      });
      child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    });
    const health = await fetch(`http://127.0.0.1:${port}/healthz`);
    expect(health.status).toBe(200);
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 60_000);
});
