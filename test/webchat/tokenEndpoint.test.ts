import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebChatServer, type WebChatServer } from './support';

const SECRET = 'dl-secret-NEVER-IN-A-BROWSER-0123456789';

interface SeenRequest {
  method: string;
  url: string;
  authorization?: string;
  body: unknown;
}

/** Stands in for https://directline.botframework.com: records what our server sent it. */
async function fakeDirectLine(answer: (req: IncomingMessage, res: ServerResponse) => void): Promise<{ url: string; seen: SeenRequest[]; close(): Promise<void> }> {
  const seen: SeenRequest[] = [];
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      seen.push({ method: req.method ?? '', url: req.url ?? '', authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined });
      answer(req, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function reply(status: number, contentType: string, body: string) {
  return (_req: IncomingMessage, res: ServerResponse) => {
    res.writeHead(status, { 'content-type': contentType });
    res.end(body);
  };
}

const generated = reply(200, 'application/json', JSON.stringify({ conversationId: 'AzureConv123-us', token: 'eyJ.azure.token', expires_in: 3600 }));

describe('the token endpoint with an Azure Direct Line secret', () => {
  let chat: WebChatServer | undefined;
  let directLine: Awaited<ReturnType<typeof fakeDirectLine>> | undefined;
  afterEach(async () => {
    await chat?.close();
    await directLine?.close();
    chat = undefined;
    directLine = undefined;
  });

  it('when the page asks for a token, then the server exchanges the secret and the browser gets only the token', async () => {
    directLine = await fakeDirectLine(generated);
    chat = await startWebChatServer({ directLineSecret: SECRET, directLineBaseUrl: directLine.url });
    const response = await fetch(`${chat.baseUrl}/api/directline/token`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    expect(text).not.toContain(SECRET);
    const body = JSON.parse(text) as Record<string, unknown>;
    expect(body).toMatchObject({ token: 'eyJ.azure.token', conversationId: 'AzureConv123-us', domain: `${directLine.url}/v3/directline` });
    expect(body.local).toBeUndefined();

    expect(directLine.seen).toHaveLength(1);
    const [request] = directLine.seen;
    expect(request).toMatchObject({ method: 'POST', url: '/v3/directline/tokens/generate', authorization: `Bearer ${SECRET}` });
    const userId = (request!.body as { user: { id: string } }).user.id;
    expect(userId).toMatch(/^dl_[0-9a-f]{24}$/);
    expect(body.userId).toBe(userId);
  });

  it('when two patients ask, then each gets a different user id', async () => {
    directLine = await fakeDirectLine(generated);
    chat = await startWebChatServer({ directLineSecret: SECRET, directLineBaseUrl: directLine.url });
    await fetch(`${chat.baseUrl}/api/directline/token`);
    await fetch(`${chat.baseUrl}/api/directline/token`);
    const ids = directLine.seen.map((request) => (request.body as { user: { id: string } }).user.id);
    expect(new Set(ids).size).toBe(2);
  });

  it.each([
    ['refuses the secret', reply(403, 'application/json', JSON.stringify({ error: { message: `bad secret ${SECRET}` } }))],
    ['answers garbage', reply(200, 'text/html', '<html>oops</html>')],
    ['answers JSON without a token', reply(200, 'application/json', '{"conversationId":"x"}')],
    ['never answers', () => undefined],
  ])('when Direct Line %s, then the page gets 502 and neither the answer nor the logs show the secret', async (_name, answer) => {
    directLine = await fakeDirectLine(answer);
    chat = await startWebChatServer({ directLineSecret: SECRET, directLineBaseUrl: directLine.url, outboundTimeoutMs: 300 });
    const started = Date.now();
    const response = await fetch(`${chat.baseUrl}/api/directline/token`);
    expect(response.status).toBe(502);
    expect(Date.now() - started).toBeLessThan(3000);
    const text = await response.text();
    expect(text).not.toContain(SECRET);
    expect(text).not.toContain('oops');
    expect(chat.logs.text).toContain('could not get a Direct Line token');
    expect(chat.logs.text).not.toContain(SECRET);
  });

  it('when a secret is configured, then the local Direct Line routes do not exist', async () => {
    directLine = await fakeDirectLine(generated);
    chat = await startWebChatServer({ directLineSecret: SECRET, directLineBaseUrl: directLine.url });
    const response = await fetch(`${chat.baseUrl}/v3/directline/conversations`, { method: 'POST', headers: { authorization: 'Bearer x' } });
    expect(response.status).toBe(404);
    expect(chat.webChat.mode).toBe('azure');
  });

  it('when a secret is configured, then the page may connect to Direct Line and nowhere else', async () => {
    chat = await startWebChatServer({ directLineSecret: SECRET });
    const csp = (await fetch(`${chat.baseUrl}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("connect-src 'self' https://directline.botframework.com wss://directline.botframework.com;");
    const page = await (await fetch(`${chat.baseUrl}/`)).text();
    expect(page).not.toContain(SECRET);
  });
});

describe('the token endpoint rate limit', () => {
  let chat: WebChatServer | undefined;
  afterEach(async () => {
    await chat?.close();
    chat = undefined;
  });

  it('when one address asks faster than the limit, then it gets 429 with Retry-After until a token refills', async () => {
    let clock = 1_700_000_000_000;
    chat = await startWebChatServer({ rateLimit: { perMinute: 3 }, now: () => clock });
    const ask = () => fetch(`${chat!.baseUrl}/api/directline/token`);
    const statuses = [];
    for (let i = 0; i < 4; i += 1) statuses.push((await ask()).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    // 3 a minute refills one token every 20 s.
    clock += 10_000;
    const refused = await ask();
    expect(refused.status).toBe(429);
    expect(refused.headers.get('retry-after')).toBe('10');
    expect(await refused.json()).toEqual({ error: expect.stringMatching(/wait a minute/) });
    clock += 10_000;
    expect((await ask()).status).toBe(200);
    expect((await ask()).status).toBe(429);
  });

  it('when behind a trusted proxy, then addresses are told apart by X-Forwarded-For', async () => {
    chat = await startWebChatServer({ rateLimit: { perMinute: 1 }, trustProxy: true });
    const ask = (ip: string) => fetch(`${chat!.baseUrl}/api/directline/token`, { headers: { 'x-forwarded-for': `10.0.0.9, ${ip}` } });
    expect((await ask('203.0.113.1')).status).toBe(200);
    expect((await ask('203.0.113.2')).status).toBe(200);
    expect((await ask('203.0.113.1')).status).toBe(429);
  });

  it('when not behind a proxy, then a forged X-Forwarded-For does not escape the limit', async () => {
    chat = await startWebChatServer({ rateLimit: { perMinute: 1 } });
    const ask = (ip: string) => fetch(`${chat!.baseUrl}/api/directline/token`, { headers: { 'x-forwarded-for': ip } });
    expect((await ask('203.0.113.1')).status).toBe(200);
    expect((await ask('203.0.113.2')).status).toBe(429);
  });

  it('when the local store is full, then new sessions get 503 instead of pushing memory up', async () => {
    chat = await startWebChatServer({ local: { maxConversations: 2 } });
    const statuses = [];
    for (let i = 0; i < 3; i += 1) statuses.push((await fetch(`${chat.baseUrl}/api/directline/token`)).status);
    expect(statuses).toEqual([200, 200, 503]);
  });
});
