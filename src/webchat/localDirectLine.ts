import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity } from 'botbuilder';
import { errorSummary, type Logger } from '../logger';
import { botActivityFrom, isVisibleToUser, userActivityFrom } from './activities';
import { bearerToken, jsonBody, routeParam, sendPrivateJson } from './http';
import type { LocalConversation, LocalConversations } from './localConversations';

/**
 * Direct Line 3.0 over REST, served by the bot itself, so the real Web Chat client works with
 * no Azure resource: the browser side (/v3/directline/...) and the connector side the bot
 * replies to (/local-directline/<key>/v3/conversations/...). Web Chat polls; a poll with
 * nothing new is held open briefly, so replies arrive at once and idle tabs make few requests.
 * https://learn.microsoft.com/azure/bot-service/rest-api/bot-framework-rest-direct-line-3-0-concepts
 */

export interface LocalDirectLineOptions {
  conversations: LocalConversations;
  logger: Logger;
  /** Runs one bot turn; the bot's replies come back through the connector routes. */
  processActivity(activity: Activity): Promise<void>;
  botName: string;
  /** How long a poll with nothing new waits for the bot (ms); 0 answers at once. */
  longPollMs?: number;
  /** Turns queued per conversation before further messages get 429. */
  maxQueuedTurns?: number;
  now?: () => number;
}

export interface LocalDirectLine {
  /** Waits for turns in flight and answers held polls; call before closing the server. */
  close(): Promise<void>;
}

const BOT_ID = 'bot';
const USER_BODY_LIMIT = 64 * 1024;
const BOT_BODY_LIMIT = 512 * 1024;

export function registerLocalDirectLine(server: Server, options: LocalDirectLineOptions): LocalDirectLine {
  const { conversations, logger } = options;
  const longPollMs = options.longPollMs ?? 10_000;
  const maxQueuedTurns = options.maxQueuedTurns ?? 5;
  const now = options.now ?? Date.now;
  // The connector side is reachable by anyone who can reach the server, so the bot proves
  // itself with a key that only this process knows: it is part of the serviceUrl.
  const connectorKey = randomBytes(24).toString('base64url');
  const waiters = new PollWaiters();
  const turns = new TurnQueues(maxQueuedTurns);
  let closing = false;

  const serviceUrl = () => `${loopbackBase(server)}/local-directline/${connectorKey}`;

  // Start (or, after a page reconnect, resume) the one conversation this token was issued for.
  server.post('/v3/directline/conversations', (req: Request, res: Response, next: restify.Next) => {
    const token = bearerToken(req);
    const conversation = conversations.byToken(token);
    if (!token || !conversation) {
      sendPrivateJson(res, 403, { error: 'This token does not open a conversation.' });
      return next();
    }
    conversations.open(conversation);
    sendPrivateJson(res, 201, conversationResponse(conversation, token, conversations.idleMs));
    return next();
  });

  // Web Chat refreshes every 15 minutes; local tokens live as long as their conversation, so the same one comes back.
  server.post('/v3/directline/tokens/refresh', (req: Request, res: Response, next: restify.Next) => {
    const token = bearerToken(req);
    const conversation = conversations.byToken(token);
    if (!token || !conversation) sendPrivateJson(res, 403, { error: 'This token is not valid.' });
    else sendPrivateJson(res, 200, conversationResponse(conversation, token, conversations.idleMs));
    return next();
  });

  server.get('/v3/directline/conversations/:conversationId/activities', async (req: Request, res: Response) => {
    const access = conversations.authorize(routeParam(req, 'conversationId'), bearerToken(req));
    if (!access.ok) return sendPrivateJson(res, access.status, { error: accessMessage(access.status) });
    const watermark = new URL(req.url ?? '/', 'http://localhost').searchParams.get('watermark') ?? undefined;
    let page = conversations.since(access.conversation, watermark);
    if (page.activities.length === 0 && longPollMs > 0 && !closing) {
      await waiters.wait(access.conversation.id, longPollMs, res);
      page = conversations.since(access.conversation, watermark);
    }
    if (!res.writableEnded && !res.destroyed) sendPrivateJson(res, 200, page);
  });

  server.post(
    '/v3/directline/conversations/:conversationId/activities',
    restify.plugins.bodyReader({ maxBodySize: USER_BODY_LIMIT }),
    (req: Request, res: Response, next: restify.Next) => {
      const access = conversations.authorize(routeParam(req, 'conversationId'), bearerToken(req));
      if (!access.ok) {
        sendPrivateJson(res, access.status, { error: accessMessage(access.status) });
        return next();
      }
      const body = jsonBody(req);
      if (!body.ok) {
        sendPrivateJson(res, body.status, { error: body.message });
        return next();
      }
      const { conversation } = access;
      const checked = userActivityFrom(body.value, {
        conversationId: conversation.id,
        userId: conversation.userId,
        serviceUrl: serviceUrl(),
        botId: BOT_ID,
        botName: options.botName,
        timestamp: new Date(now()).toISOString(),
      });
      if (!checked.ok) {
        sendPrivateJson(res, 400, { error: checked.problem });
        return next();
      }
      if (closing || !turns.hasRoom(conversation.id)) {
        sendPrivateJson(res, closing ? 503 : 429, { error: 'Please wait for the answer before sending more.' }, { 'Retry-After': '2' });
        return next();
      }
      const stored = conversations.append(conversation, checked.value);
      waiters.notify(conversation.id);
      sendPrivateJson(res, 200, { id: stored.id });
      turns.enqueue(conversation.id, () => runTurn(stored));
      return next();
    },
  );

  const receiveFromBot = (req: Request, res: Response, next: restify.Next) => {
    if (!sameKey(routeParam(req, 'key'), connectorKey)) {
      res.send(403, { error: 'Forbidden.' });
      return next();
    }
    const conversation = conversations.get(routeParam(req, 'conversationId'));
    if (!conversation) {
      res.send(404, { error: 'Conversation not found.' });
      return next();
    }
    const body = jsonBody(req);
    if (!body.ok) {
      res.send(body.status, { error: body.message });
      return next();
    }
    const replyToId = routeParam(req, 'replyToId') || undefined;
    const checked = botActivityFrom(body.value, conversation.id, replyToId, new Date(now()).toISOString());
    if (!checked.ok) {
      res.send(400, { error: checked.problem });
      return next();
    }
    if (!isVisibleToUser(checked.value)) {
      res.send(200, { id: `${conversation.id}|hidden` });
      return next();
    }
    const stored = conversations.append(conversation, checked.value);
    waiters.notify(conversation.id);
    res.send(200, { id: stored.id });
    return next();
  };
  const botBody = restify.plugins.bodyReader({ maxBodySize: BOT_BODY_LIMIT });
  server.post('/local-directline/:key/v3/conversations/:conversationId/activities', botBody, receiveFromBot);
  server.post('/local-directline/:key/v3/conversations/:conversationId/activities/:replyToId', botBody, receiveFromBot);

  async function runTurn(stored: Record<string, unknown>): Promise<void> {
    // A copy: the bot may decorate the activity, the transcript keeps what was received.
    const activity = { ...structuredClone(stored), timestamp: new Date(String(stored.timestamp)) };
    try {
      // Channels omit fields that botframework-schema marks required (label, valueType...); botbuilder treats them as optional.
      await options.processActivity(activity as unknown as Activity);
    } catch (error) {
      logger.error({ err: errorSummary(error), channel: 'webchat-local' }, 'local Direct Line turn failed');
    }
  }

  return {
    async close() {
      closing = true;
      waiters.releaseAll();
      await turns.idle();
    },
  };
}

function conversationResponse(conversation: LocalConversation, token: string, idleMs: number) {
  return { conversationId: conversation.id, token, expires_in: Math.floor(idleMs / 1000) };
}

function accessMessage(status: 401 | 403 | 404): string {
  if (status === 401) return 'A bearer token is required.';
  if (status === 403) return 'This token does not open that conversation.';
  return 'Conversation not found; it may have expired. Reload the page to start again.';
}

function sameKey(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The bot posts its replies to itself over loopback, never out through a proxy or the internet. */
function loopbackBase(server: Server): string {
  const address = server.address() as AddressInfo | null;
  if (!address) throw new Error('the server is not listening');
  const wildcard = address.address === '0.0.0.0' || address.address === '::' || address.address === '';
  const host = wildcard ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${host}:${address.port}`;
}

/** Held polls waiting for something new in their conversation. */
class PollWaiters {
  private readonly byConversation = new Map<string, Set<() => void>>();

  wait(conversationId: string, ms: number, res: Response): Promise<void> {
    return new Promise((resolve) => {
      const set = this.byConversation.get(conversationId) ?? new Set<() => void>();
      this.byConversation.set(conversationId, set);
      const done = () => {
        clearTimeout(timer);
        res.off('close', done);
        set.delete(done);
        if (set.size === 0 && this.byConversation.get(conversationId) === set) this.byConversation.delete(conversationId);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      res.once('close', done);
      set.add(done);
    });
  }

  notify(conversationId: string): void {
    for (const done of [...(this.byConversation.get(conversationId) ?? [])]) done();
  }

  releaseAll(): void {
    for (const conversationId of [...this.byConversation.keys()]) this.notify(conversationId);
  }
}

/** One turn at a time per conversation, so replies come in the order the patient wrote. */
class TurnQueues {
  private readonly queues = new Map<string, { tail: Promise<void>; size: number }>();

  constructor(private readonly maxQueued: number) {}

  hasRoom(conversationId: string): boolean {
    return (this.queues.get(conversationId)?.size ?? 0) < this.maxQueued;
  }

  enqueue(conversationId: string, turn: () => Promise<void>): void {
    const queue = this.queues.get(conversationId) ?? { tail: Promise.resolve(), size: 0 };
    queue.size += 1;
    queue.tail = queue.tail.then(turn).finally(() => {
      queue.size -= 1;
      if (queue.size === 0 && this.queues.get(conversationId) === queue) this.queues.delete(conversationId);
    });
    this.queues.set(conversationId, queue);
  }

  async idle(): Promise<void> {
    while (this.queues.size > 0) await Promise.all([...this.queues.values()].map((queue) => queue.tail));
  }
}
