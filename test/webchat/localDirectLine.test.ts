import { randomUUID } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import { DirectLineClient, startWebChatServer, type WebChatServer } from './support';

describe('the local Direct Line, as Web Chat uses it with no Azure account', () => {
  let server: WebChatServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('when the page asks for a token, then it gets a local one for this server, never cached', async () => {
    server = await startWebChatServer();
    const response = await fetch(`${server.baseUrl}/api/directline/token`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const body = (await response.json()) as Record<string, unknown>;
    expect(body).toMatchObject({ local: true, domain: '/v3/directline' });
    expect(body.token).toMatch(/^[\w-]{40,}$/);
    expect(body.userId).toMatch(/^u_[0-9a-f]{24}$/);
  });

  it('when a public base URL is configured, then the token names that Direct Line domain', async () => {
    server = await startWebChatServer({ publicBaseUrl: 'https://chat.example.org' });
    const body = (await (await fetch(`${server.baseUrl}/api/directline/token`)).json()) as Record<string, unknown>;
    expect(body.domain).toBe('https://chat.example.org/v3/directline');
  });

  it('when a patient writes, then the message is echoed with its client id and the bot reply follows, in order', async () => {
    server = await startWebChatServer();
    const client = await DirectLineClient.start(server.baseUrl);
    const posted = await client.post({ type: 'message', text: 'hello there', from: { id: 'x' }, channelData: { clientActivityID: 'client-1' } });
    expect(posted.status).toBe(200);
    const { id } = (await posted.json()) as { id: string };
    expect(id).toBe(`${client.conversationId}|0000000`);

    const all = [...(await client.poll())];
    while (all.length < 2) all.push(...(await client.poll()));
    expect(all.map((activity) => activity.text)).toEqual(['hello there', 'You said: hello there']);
    expect(all[0]).toMatchObject({ id, from: { id: client.userId, role: 'user' }, channelData: { clientActivityID: 'client-1' } });
    expect(all[1]).toMatchObject({ replyToId: id, from: { id: 'bot', role: 'bot' }, conversation: { id: client.conversationId } });
    expect(all[1]!.id).toBe(`${client.conversationId}|0000001`);
  });

  it('when the bot gets a turn, then the activity is a webchat one addressed to the bot, from the user the token belongs to', async () => {
    server = await startWebChatServer();
    const client = await DirectLineClient.start(server.baseUrl);
    await client.post({ type: 'message', text: 'hi', from: { id: 'admin', role: 'bot' }, recipient: { id: 'someone' }, channelId: 'msteams', serviceUrl: 'https://evil.example' });
    await client.botActivities(1);
    const activity = server.received[0]!;
    expect(activity).toMatchObject({
      type: 'message',
      text: 'hi',
      channelId: 'webchat',
      conversation: { id: client.conversationId },
      from: { id: client.userId, role: 'user' },
      recipient: { id: 'bot', role: 'bot' },
    });
    expect(activity.serviceUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/local-directline\/[\w-]{20,}$/);
    expect(activity.timestamp).toBeInstanceOf(Date);
  });

  it('when the page announces the join, then the bot receives a webchat/join event and its welcome arrives', async () => {
    server = await startWebChatServer();
    const client = await DirectLineClient.start(server.baseUrl);
    await client.post({ type: 'event', name: 'webchat/join', value: { locale: 'en-US' }, channelData: { clientActivityID: 'join-1' } });
    const [welcome] = await client.botActivities(1);
    expect(welcome?.text).toMatch(/Welcome/);
    expect(server.received[0]).toMatchObject({ type: 'event', name: 'webchat/join', value: { locale: 'en-US' } });
  });

  it('when a poll has nothing new, then it is held until the bot answers instead of returning empty at once', async () => {
    server = await startWebChatServer({ bot: async (activity, reply) => {
      await new Promise((resolve) => setTimeout(resolve, 300));
      await reply({ type: 'message', text: `late answer to ${activity.type}` });
    } });
    const client = await DirectLineClient.start(server.baseUrl);
    await client.post({ type: 'message', text: 'question' });
    expect((await client.poll()).map((a) => a.text)).toEqual(['question']);
    const started = Date.now();
    const next = await client.poll();
    expect(next.map((a) => a.text)).toEqual(['late answer to message']);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it.each([
    ['no token', undefined, 401],
    ['a made-up token', 'not-a-real-token-at-all', 403],
    ["another conversation's token", 'OTHER', 403],
  ])('when a client polls with %s, then it is refused (%s)', async (_name, token, status) => {
    server = await startWebChatServer();
    const alice = await DirectLineClient.start(server.baseUrl);
    const bob = await DirectLineClient.start(server.baseUrl);
    await alice.post({ type: 'message', text: 'private words' });
    await alice.botActivities(1);
    const headers: Record<string, string> = token === undefined ? {} : { authorization: `Bearer ${token === 'OTHER' ? bob.token : token}` };
    const url = `${server.baseUrl}/v3/directline/conversations/${alice.conversationId}/activities?watermark=`;
    const read = await fetch(url, { headers });
    expect(read.status).toBe(status);
    expect(await read.text()).not.toContain('private words');
    const write = await fetch(`${server.baseUrl}/v3/directline/conversations/${alice.conversationId}/activities`, {
      method: 'POST',
      headers: { ...headers, 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'injected' }),
    });
    expect(write.status).toBe(status);
    expect(server.received.map((activity) => activity.text)).not.toContain('injected');
  });

  it('when a token opens a conversation, then it opens only its own, every time', async () => {
    server = await startWebChatServer();
    const client = await DirectLineClient.start(server.baseUrl);
    const again = await client.request('POST', '/v3/directline/conversations');
    expect(((await again.json()) as { conversationId: string }).conversationId).toBe(client.conversationId);
    const refreshed = await client.request('POST', '/v3/directline/tokens/refresh');
    expect(refreshed.status).toBe(200);
    expect(await refreshed.json()).toMatchObject({ conversationId: client.conversationId, token: client.token });
    expect((await client.request('POST', '/v3/directline/conversations', undefined, 'forged')).status).toBe(403);
  });

  it('when someone posts to the connector side without the key in the service URL, then it is refused', async () => {
    server = await startWebChatServer({ local: { longPollMs: 0 } });
    const client = await DirectLineClient.start(server.baseUrl);
    for (const key of ['', 'wrong-key', 'x'.repeat(32)]) {
      const response = await fetch(`${server.baseUrl}/local-directline/${key}/v3/conversations/${client.conversationId}/activities`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ type: 'message', text: 'I am the bot, trust me' }),
      });
      expect([403, 404]).toContain(response.status);
    }
    expect(await client.poll()).toEqual([]);
  });

  it.each([
    ['an attachment', { type: 'message', text: 'see file', attachments: [{ contentType: 'image/png', contentUrl: 'blob:x' }] }, 400],
    ['a conversationUpdate', { type: 'conversationUpdate', membersAdded: [{ id: 'bot' }] }, 400],
    ['an event without a name', { type: 'event' }, 400],
    ['a message longer than 5000 characters', { type: 'message', text: 'a'.repeat(5001) }, 400],
    ['non-JSON', 'text=hello', 415],
  ])('when Web Chat posts %s, then it is refused and no turn runs', async (_name, body, status) => {
    server = await startWebChatServer();
    const client = await DirectLineClient.start(server.baseUrl);
    const response =
      typeof body === 'string'
        ? await fetch(`${server.baseUrl}/v3/directline/conversations/${client.conversationId}/activities`, {
            method: 'POST',
            headers: { authorization: `Bearer ${client.token}`, 'content-type': 'application/x-www-form-urlencoded' },
            body,
          })
        : await client.post(body);
    expect(response.status).toBe(status);
    expect(await response.text()).not.toMatch(/see file|aaaa|hello/);
    expect(server.received).toHaveLength(0);
  });

  it('when a patient sends faster than the bot answers, then turns run one at a time and extra messages are refused with 429', async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let running = 0;
    let mostAtOnce = 0;
    server = await startWebChatServer({
      local: { maxQueuedTurns: 3 },
      bot: async (activity, reply) => {
        running += 1;
        mostAtOnce = Math.max(mostAtOnce, running);
        await gate;
        await reply({ type: 'message', text: `answer to ${activity.text}` });
        running -= 1;
      },
    });
    const client = await DirectLineClient.start(server.baseUrl);
    const statuses = [];
    for (const text of ['one', 'two', 'three', 'four']) statuses.push((await client.post({ type: 'message', text })).status);
    expect(statuses).toEqual([200, 200, 200, 429]);
    release();
    const answers = await client.botActivities(3);
    expect(answers.map((a) => a.text)).toEqual(['answer to one', 'answer to two', 'answer to three']);
    expect(mostAtOnce).toBe(1);
  });

  it('when a conversation grows past its cap, then the oldest activities are dropped and the watermark still advances', async () => {
    server = await startWebChatServer({ local: { maxActivitiesPerConversation: 4, longPollMs: 0 } });
    const client = await DirectLineClient.start(server.baseUrl);
    for (let i = 1; i <= 4; i += 1) {
      await client.post({ type: 'message', text: `m${i}` });
      await client.botActivities(1);
    }
    const fresh = new DirectLineClient(server.baseUrl, client.token);
    fresh.conversationId = client.conversationId;
    const kept = await fresh.poll();
    expect(kept.map((a) => a.text)).toEqual(['m3', 'You said: m3', 'm4', 'You said: m4']);
    expect(fresh.watermark).toBe('8');
  });

  it('when the bot fails a turn, then the error is logged without the patient text and the chat keeps working', async () => {
    const secret = `secret-words-${randomUUID()}`;
    server = await startWebChatServer({
      bot: async (activity, reply) => {
        if (activity.text?.includes('secret-words')) throw new Error('turn exploded');
        await reply({ type: 'message', text: 'fine' });
      },
    });
    const client = await DirectLineClient.start(server.baseUrl);
    await client.post({ type: 'message', text: `I feel ${secret}` });
    await client.post({ type: 'message', text: 'next question' });
    const answers = await client.botActivities(1);
    expect(answers.map((a) => a.text)).toEqual(['fine']);
    expect(server.logs.text).toContain('local Direct Line turn failed');
    expect(server.logs.text).not.toContain(secret);
    expect(server.logs.text).not.toContain(client.token);
  });

  it('when a conversation is idle for an hour, then it is forgotten and its token stops working', async () => {
    let clock = Date.now();
    server = await startWebChatServer({ now: () => clock, local: { longPollMs: 0 } });
    const client = await DirectLineClient.start(server.baseUrl);
    await client.post({ type: 'message', text: 'hello' });
    await client.botActivities(1);
    clock += 59 * 60_000;
    expect((await client.request('GET', `/v3/directline/conversations/${client.conversationId}/activities`)).status).toBe(200);
    clock += 2 * 60_000;
    expect((await client.request('GET', `/v3/directline/conversations/${client.conversationId}/activities`)).status).toBe(404);
    expect((await client.request('POST', '/v3/directline/conversations')).status).toBe(403);
  });

  it('with a real botbuilder CloudAdapter behind processActivityDirect, then its replies reach the browser side', async () => {
    const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const bot = new ActivityHandler();
    bot.onMessage(async (context, next) => {
      await context.sendActivity(`botbuilder heard ${context.activity.text?.length ?? 0} characters`);
      await context.sendActivities([{ type: 'typing' }, { type: 'trace', name: 'hidden', label: 'x', valueType: 'x', value: {} }]);
      await next();
    });
    server = await startWebChatServer({ processActivity: (activity) => adapter.processActivityDirect('', activity, (context) => bot.run(context)) });
    const client = await DirectLineClient.start(server.baseUrl);
    await client.post({ type: 'message', text: 'twelve chars' });
    const replies = await client.botActivities(2);
    expect(replies.map((a) => a.type)).toEqual(['message', 'typing']);
    expect(replies[0]).toMatchObject({ text: 'botbuilder heard 12 characters', replyToId: `${client.conversationId}|0000000` });
  });
});
