import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedActivity {
  conversationId: string;
  replyToId?: string;
  activity: Record<string, unknown> & { type: string; text?: string };
}

/**
 * Stands in for a channel's Bot Connector service: the bot POSTs its replies here, as it
 * would to Teams or Direct Line, and the test reads what a user would have seen.
 */
export class FakeConnector {
  readonly received: RecordedActivity[] = [];
  private server?: Server;
  private waiters: Array<() => void> = [];
  /** Conversations whose replies this connector answers only after a delay (a slow channel). */
  readonly slow = new Map<string, number>();
  url = '';

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/?]+))?/.exec(req.url ?? '');
        if (req.method === 'POST' && match) {
          const activity = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedActivity['activity'];
          this.received.push({ conversationId: decodeURIComponent(match[1] ?? ''), replyToId: match[2] && decodeURIComponent(match[2]), activity });
          this.waiters.splice(0).forEach((wake) => wake());
          const answer = () => {
            res.writeHead(200, { 'content-type': 'application/json' });
            res.end(JSON.stringify({ id: `reply-${this.received.length}` }));
          };
          const delay = this.slow.get(decodeURIComponent(match[1] ?? ''));
          if (delay) setTimeout(answer, delay);
          else answer();
          return;
        }
        res.writeHead(404).end();
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  /** Replies to one conversation, in the order the bot sent them. */
  repliesTo(conversationId: string): RecordedActivity['activity'][] {
    return this.received.filter((r) => r.conversationId === conversationId).map((r) => r.activity);
  }

  clear(): void {
    this.received.length = 0;
  }

  async close(): Promise<void> {
    await new Promise<void>((resolve) => this.server?.close(() => resolve()) ?? resolve());
  }
}
