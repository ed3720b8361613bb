import { spawnSync } from 'node:child_process';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEchoBot, type EchoBotServer } from '../../scripts/lib/echoBot';
import { patientConversations, productionNodeFlags, ReplyCollector, runConversations, summarize, type RunResult } from '../../scripts/lib/load';

/** How the fake bot answers a message whose text names the behaviour. */
type Behaviour =
  | 'reply'
  | 'reply-twice'
  | 'no-reply'
  | 'trace-only'
  | 'reply-to-other-conversation'
  | 'reply-with-other-conversation-in-body'
  | 'reply-to-unknown-activity'
  | 'reply-without-reply-to-id'
  | 'reply-then-http-500';

interface IncomingActivity {
  id: string;
  text: string;
  serviceUrl: string;
  conversation: { id: string };
}

/**
 * A bot that misbehaves on request, without botbuilder: it POSTs its replies to the activity's
 * serviceUrl the way the Bot Connector client does, addressed right or wrong.
 */
async function startFakeBot(): Promise<{ url: string; textsByConversation: Map<string, string[]>; close(): Promise<void> }> {
  const textsByConversation = new Map<string, string[]>();
  const server: Server = createServer((req, res) => {
    void readJson(req).then(async (activity) => {
      const texts = textsByConversation.get(activity.conversation.id) ?? [];
      texts.push(activity.text);
      textsByConversation.set(activity.conversation.id, texts);
      await behave(activity.text as Behaviour, activity);
      res.statusCode = activity.text === 'reply-then-http-500' ? 500 : 200;
      res.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    textsByConversation,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function behave(behaviour: Behaviour, activity: IncomingActivity): Promise<void> {
  const own = activity.conversation.id;
  const send = (urlConversation: string, replyToId: string | undefined, body: Record<string, unknown>) =>
    fetch(`${activity.serviceUrl}/v3/conversations/${encodeURIComponent(urlConversation)}/activities${replyToId ? `/${encodeURIComponent(replyToId)}` : ''}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ conversation: { id: own }, replyToId, ...body }),
    }).then((response) => response.arrayBuffer());
  const message = { type: 'message', text: 'an answer' };
  switch (behaviour) {
    case 'reply':
    case 'reply-then-http-500':
      await send(own, activity.id, message);
      return;
    case 'reply-twice':
      await send(own, activity.id, message);
      await send(own, activity.id, message);
      return;
    case 'no-reply':
      return;
    case 'trace-only':
      await send(own, activity.id, { type: 'trace', name: 'TurnTrace' });
      return;
    case 'reply-to-other-conversation':
      await send('someone-else', activity.id, { ...message, conversation: { id: 'someone-else' } });
      return;
    case 'reply-with-other-conversation-in-body':
      await send(own, activity.id, { ...message, conversation: { id: 'someone-else' } });
      return;
    case 'reply-to-unknown-activity':
      await send(own, 'an-activity-nobody-sent', { ...message, replyToId: 'an-activity-nobody-sent' });
      return;
    case 'reply-without-reply-to-id':
      await send(own, undefined, message);
      return;
  }
}

function readJson(req: IncomingMessage): Promise<IncomingActivity> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')) as IncomingActivity));
  });
}

function tally(result: RunResult) {
  const { turns, errors, lost, misrouted, messageReplies, otherReplies, unexpectedRequests } = result;
  return { turns, errors, lost, misrouted, messageReplies, otherReplies, unexpectedRequests };
}

describe('load driver', () => {
  const collector = new ReplyCollector();
  let fakeBot: Awaited<ReturnType<typeof startFakeBot>>;
  let echoBot: EchoBotServer;

  beforeAll(async () => {
    await collector.start();
    fakeBot = await startFakeBot();
    echoBot = await startEchoBot();
  });

  afterAll(async () => {
    await echoBot.close();
    await fakeBot.close();
    await collector.close();
  });

  it('counts every turn of the botbuilder echo bot as answered in its own conversation', async () => {
    const result = await runConversations({
      baseUrl: `http://127.0.0.1:${echoBot.port}`,
      collector,
      runLabel: 'echo',
      concurrency: 2,
      conversations: patientConversations(3),
    });
    expect(tally(result)).toEqual({ turns: 15, errors: 0, lost: 0, misrouted: 0, messageReplies: 15, otherReplies: 0, unexpectedRequests: 0 });
    expect(result.latency.p50).toBeGreaterThan(0);
  });

  const cases: Array<{ behaviour: Behaviour; expected: Partial<ReturnType<typeof tally>> }> = [
    { behaviour: 'reply', expected: { errors: 0, lost: 0, misrouted: 0, messageReplies: 1 } },
    { behaviour: 'reply-twice', expected: { errors: 0, lost: 0, misrouted: 0, messageReplies: 2 } },
    { behaviour: 'no-reply', expected: { errors: 0, lost: 1, misrouted: 0, messageReplies: 0 } },
    { behaviour: 'trace-only', expected: { errors: 0, lost: 1, misrouted: 0, messageReplies: 0, otherReplies: 1 } },
    { behaviour: 'reply-to-other-conversation', expected: { errors: 0, lost: 1, misrouted: 1, messageReplies: 0 } },
    { behaviour: 'reply-with-other-conversation-in-body', expected: { errors: 0, lost: 1, misrouted: 1, messageReplies: 0 } },
    { behaviour: 'reply-to-unknown-activity', expected: { errors: 0, lost: 1, misrouted: 1, messageReplies: 0 } },
    { behaviour: 'reply-without-reply-to-id', expected: { errors: 0, lost: 1, misrouted: 1, messageReplies: 0 } },
    { behaviour: 'reply-then-http-500', expected: { errors: 1, lost: 0, misrouted: 0, messageReplies: 1 } },
  ];

  it.each(cases)('a bot that does "$behaviour" is counted as $expected', async ({ behaviour, expected }) => {
    const result = await runConversations({ baseUrl: fakeBot.url, collector, runLabel: behaviour, concurrency: 1, conversations: [[behaviour]] });
    expect(tally(result)).toMatchObject({ turns: 1, ...expected });
  });

  it('keeps the counts of concurrent conversations apart', async () => {
    const conversations = [
      ['reply', 'no-reply', 'reply'],
      ['reply-to-other-conversation', 'reply'],
      ['reply', 'reply', 'reply', 'reply-then-http-500'],
      ['trace-only'],
    ];
    const result = await runConversations({ baseUrl: fakeBot.url, collector, runLabel: 'mixed', concurrency: 4, conversations });
    expect(tally(result)).toEqual({ turns: 10, errors: 1, lost: 3, misrouted: 1, messageReplies: 7, otherReplies: 1, unexpectedRequests: 0 });
  });

  it("sends each conversation's messages in order, each after the previous turn's response", async () => {
    const conversations = [
      ['reply', 'reply-twice', 'no-reply'],
      ['no-reply', 'reply'],
    ];
    await runConversations({ baseUrl: fakeBot.url, collector, runLabel: 'order', concurrency: 2, conversations });
    expect(fakeBot.textsByConversation.get('order-conversation-0')).toEqual(conversations[0]);
    expect(fakeBot.textsByConversation.get('order-conversation-1')).toEqual(conversations[1]);
  });

  it('counts a bot that cannot be reached as errors and lost replies', async () => {
    const result = await runConversations({ baseUrl: 'http://127.0.0.1:9', collector, runLabel: 'unreachable', concurrency: 1, conversations: [['reply']] });
    expect(tally(result)).toMatchObject({ turns: 1, errors: 1, lost: 1 });
  });
});

describe('summarize', () => {
  it.each([
    { latencies: Array.from({ length: 100 }, (_, index) => index + 1), p50: 50, p99: 99, max: 100 },
    { latencies: [5, 1, 3], p50: 3, p99: 5, max: 5 },
    { latencies: [7], p50: 7, p99: 7, max: 7 },
  ])('uses nearest-rank percentiles: p50 $p50, p99 $p99 of $latencies.length samples', ({ latencies, p50, p99, max }) => {
    expect(summarize(latencies)).toMatchObject({ p50, p99, max });
  });
});

describe('productionNodeFlags (the benchmarks run the bot with the flags production starts it with)', () => {
  it('reads the heap limits from npm run start:production, and node accepts every one of them', () => {
    const flags = productionNodeFlags();
    expect(flags).toEqual(expect.arrayContaining([expect.stringMatching(/^--max-old-space-size=\d+$/)]));
    const run = spawnSync(process.execPath, [...flags, '-e', '0'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
