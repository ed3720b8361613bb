/**
 * Stands in for the channel's Bot Connector: every reply the bot POSTs back is counted and checked
 * against the turn it answers (lost, misrouted, unexpected).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReplyTally {
  /** Message replies addressed to the turn they answer. */
  messageReplies: number;
  /** Other activities addressed correctly (traces, typing). */
  otherReplies: number;
  /** Replies whose conversation or replyToId does not match a turn the driver sent. */
  misrouted: number;
  /** Connector calls that are not a reply (or not JSON): the bot did something the driver does not expect. */
  unexpectedRequests: number;
}

interface ExpectedTurn {
  conversationId: string;
  messageReplies: number;
}

const REPLY_PATH = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?(?:\?.*)?$/;

/**
 * Stands in for the channel's connector service, cheaply: it keeps a count per turn, not the
 * replies. A reply counts for a turn only when the URL's conversation, the body's conversation and
 * the body's replyToId all match the turn the driver sent.
 */
export class ReplyCollector {
  url = '';
  private server?: Server;
  private expected = new Map<string, ExpectedTurn>();
  private tally: ReplyTally = emptyTally();
  private replyIds = 0;

  async start(): Promise<void> {
    this.server = createServer({ keepAlive: true }, (req, res) => this.handle(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Called before a turn is sent, so its replies can be matched to it. */
  expect(activityId: string, conversationId: string): void {
    this.expected.set(activityId, { conversationId, messageReplies: 0 });
  }

  /** Forgets all turns and counts: each run starts clean. */
  reset(): void {
    this.expected.clear();
    this.tally = emptyTally();
  }

  /** Turns that received no message reply addressed to them. */
  lostTurns(): number {
    let lost = 0;
    for (const turn of this.expected.values()) if (turn.messageReplies === 0) lost += 1;
    return lost;
  }

  counts(): ReplyTally {
    return { ...this.tally };
  }

  async close(): Promise<void> {
    const server = this.server;
    if (!server) return;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
  }

  private handle(req: IncomingMessage, res: ServerResponse): void {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const match = REPLY_PATH.exec(req.url ?? '');
      const body = req.method === 'POST' && match ? parseJson(Buffer.concat(chunks).toString('utf8')) : undefined;
      if (!match || body === undefined) {
        this.tally.unexpectedRequests += 1;
        res.writeHead(404).end();
        return;
      }
      this.record(decodeURIComponent(match[1] ?? ''), match[2] === undefined ? undefined : decodeURIComponent(match[2]), body);
      this.replyIds += 1;
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(`{"id":"reply-${this.replyIds}"}`);
    });
  }

  private record(urlConversationId: string, urlReplyToId: string | undefined, body: unknown): void {
    const activity = (typeof body === 'object' && body !== null ? body : {}) as { type?: unknown; replyToId?: unknown; conversation?: { id?: unknown } };
    const replyToId = typeof activity.replyToId === 'string' ? activity.replyToId : undefined;
    const turn = replyToId === undefined ? undefined : this.expected.get(replyToId);
    const addressedToItsTurn =
      turn !== undefined &&
      (urlReplyToId === undefined || urlReplyToId === replyToId) &&
      urlConversationId === turn.conversationId &&
      activity.conversation?.id === turn.conversationId;
    if (!addressedToItsTurn) {
      this.tally.misrouted += 1;
      return;
    }
    if (activity.type === 'message') {
      turn.messageReplies += 1;
      this.tally.messageReplies += 1;
    } else {
      this.tally.otherReplies += 1;
    }
  }
}

function emptyTally(): ReplyTally {
  return { messageReplies: 0, otherReplies: 0, misrouted: 0, unexpectedRequests: 0 };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}
