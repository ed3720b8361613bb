import type { Activity } from 'botbuilder';
import restify, { type Request, type Response, type Server } from 'restify';
import { errorSummary, type Logger } from '../logger';
import { hasValidSignature, inboundSmsActivity, outgoingTexts, parseForm, signedUrl, singleField, twimlFor } from './twilioMessages';

export const TWILIO_SMS_PATH = '/api/sms/twilio';

/** Twilio drops the request after 15 s; answering at 10 s leaves room for the network both ways. */
export const DEFAULT_TURN_TIMEOUT_MS = 10_000;

export interface TwilioSmsDeps {
  /** The Twilio account's auth token: the key of the X-Twilio-Signature HMAC. */
  authToken: string;
  /** The exact webhook URL configured in Twilio; otherwise rebuilt from the request. */
  publicUrl?: string;
  logger: Logger;
  hash(value: string): string;
  /**
   * Runs one turn through the bot's middleware and logic and resolves with what it sent.
   * Pushing each activity to `outbox` as it is sent lets a turn that runs late still deliver
   * what it sent in time (a crisis reply goes out first).
   */
  runTurn(activity: Partial<Activity>, outbox?: Partial<Activity>[]): Promise<Partial<Activity>[]>;
  maxBodyBytes: number;
  /** What to text when the turn fails or runs late: a short apology with the clinic's phone and the crisis line. */
  fallbackTexts: readonly string[];
  turnTimeoutMs?: number;
  now?: () => Date;
}

/** Twilio resends a webhook it got no answer to; a MessageSid seen this recently is answered once. */
const DUPLICATE_WINDOW_MS = 60 * 60_000;
const DUPLICATES_REMEMBERED = 10_000;

export interface TwilioSmsRoute {
  /** Resolves when no SMS turn is running, including turns that ran past the deadline. */
  idle(): Promise<void>;
}

type TurnOutcome = { kind: 'answered'; sent: Partial<Activity>[] } | { kind: 'timeout' } | { kind: 'failed'; error: unknown };

/**
 * POST /api/sms/twilio: Twilio's messaging webhook in, TwiML out. Every request must carry a
 * valid X-Twilio-Signature before anything runs; the sender's number appears in logs only hashed.
 */
export function registerTwilioSms(server: Server, deps: TwilioSmsDeps): TwilioSmsRoute {
  const { logger } = deps;
  const timeoutMs = deps.turnTimeoutMs ?? DEFAULT_TURN_TIMEOUT_MS;
  const now = deps.now ?? (() => new Date());
  const turns = new TurnTracker();
  const seen = new RecentIds(DUPLICATE_WINDOW_MS, DUPLICATES_REMEMBERED);

  server.post(
    TWILIO_SMS_PATH,
    (req: Request, res: Response, next: restify.Next) => {
      const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
      if (contentType !== 'application/x-www-form-urlencoded') {
        res.send(415, { error: 'Content-Type must be application/x-www-form-urlencoded.' });
        next(false);
        return;
      }
      next();
    },
    restify.plugins.bodyReader({ maxBodySize: deps.maxBodyBytes }),
    async (req: Request, res: Response) => {
      const startedAt = Date.now();
      const reqId = req.getId();
      const params = parseForm(typeof req.body === 'string' ? req.body : '');
      const signature = headerValue(req, 'x-twilio-signature');
      const url = signedUrl(
        { host: headerValue(req, 'host'), forwardedProto: headerValue(req, 'x-forwarded-proto'), secure: req.isSecure(), pathAndQuery: req.url ?? TWILIO_SMS_PATH },
        deps.publicUrl,
      );
      if (!url || !hasValidSignature(deps.authToken, signature, url, params)) {
        logger.warn({ reqId, reason: signature ? 'invalid signature' : 'no signature' }, 'twilio sms request refused');
        res.send(403, { error: 'Forbidden.' });
        return;
      }

      const from = singleField(params, 'From')?.trim();
      const body = singleField(params, 'Body');
      if (!from || body === undefined) {
        logger.warn({ reqId, hasFrom: Boolean(from), hasBody: body !== undefined }, 'twilio sms request without From or Body');
        res.send(400, { error: 'The request was not understood.' });
        return;
      }

      const fromHash = deps.hash(from);
      const messageSid = singleField(params, 'MessageSid');
      if (messageSid && !seen.add(messageSid, Date.now())) {
        // A retry of a message already answered (or still being answered): no second turn, no second reply.
        logger.info({ reqId, fromHash }, 'duplicate MessageSid; already answered');
        res.sendRaw(200, twimlFor([]), { 'Content-Type': 'text/xml; charset=utf-8' });
        return;
      }
      const activity = inboundSmsActivity({ from, to: singleField(params, 'To') ?? '', body, messageSid }, now());
      const outbox: Partial<Activity>[] = [];
      const turn = turns.track(Promise.resolve().then(() => deps.runTurn(activity, outbox)));
      const outcome = await withDeadline(turn, timeoutMs);

      let texts: string[];
      if (outcome.kind === 'answered') {
        texts = outgoingTexts(outcome.sent);
      } else {
        // Whatever went out in time (a crisis reply comes first) is kept, then the apology.
        texts = [...outgoingTexts(outbox), ...deps.fallbackTexts];
        if (outcome.kind === 'timeout') {
          logger.warn({ reqId, fromHash, timeoutMs }, 'sms turn ran past its deadline; answered with the fallback');
          logLateTurn(turn, logger, { reqId, fromHash, startedAt });
        } else logger.error({ reqId, fromHash, err: errorSummary(outcome.error) }, 'sms turn failed; answered with the fallback');
      }
      logger.info({ reqId, fromHash, outcome: outcome.kind, messages: texts.length, ms: Date.now() - startedAt }, 'sms turn');
      res.sendRaw(200, twimlFor(texts), { 'Content-Type': 'text/xml; charset=utf-8' });
    },
  );

  return { idle: () => turns.idle() };
}

function headerValue(req: Request, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

/** A turn that missed its deadline keeps running (it may still save state); say how it ended. */
function logLateTurn(turn: Promise<unknown>, logger: Logger, at: { reqId: string; fromHash: string; startedAt: number }): void {
  turn.then(
    () => logger.info({ reqId: at.reqId, fromHash: at.fromHash, ms: Date.now() - at.startedAt }, 'late sms turn finished; its replies were not sent'),
    (error: unknown) => logger.error({ reqId: at.reqId, fromHash: at.fromHash, err: errorSummary(error) }, 'late sms turn failed'),
  );
}

async function withDeadline(turn: Promise<Partial<Activity>[]>, timeoutMs: number): Promise<TurnOutcome> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<TurnOutcome>((resolve) => {
    timer = setTimeout(() => resolve({ kind: 'timeout' }), timeoutMs);
  });
  const finished = turn.then(
    (sent): TurnOutcome => ({ kind: 'answered', sent }),
    (error: unknown): TurnOutcome => ({ kind: 'failed', error }),
  );
  try {
    return await Promise.race([finished, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Ids seen within the window, oldest forgotten first when full. Per instance: see the README. */
class RecentIds {
  private readonly seenAt = new Map<string, number>();

  constructor(
    private readonly windowMs: number,
    private readonly capacity: number,
  ) {}

  /** Records `id`; false when it was already seen within the window. */
  add(id: string, at: number): boolean {
    for (const [oldest, seenAt] of this.seenAt) {
      if (at - seenAt < this.windowMs && this.seenAt.size < this.capacity) break;
      this.seenAt.delete(oldest);
    }
    if (this.seenAt.has(id)) return false;
    this.seenAt.set(id, at);
    return true;
  }
}

/** Counts turns still running, so shutdown can wait for a late turn to save its state. */
class TurnTracker {
  private running = 0;
  private waiters: Array<() => void> = [];

  track<T>(turn: Promise<T>): Promise<T> {
    this.running += 1;
    const settle = () => {
      this.running -= 1;
      if (this.running === 0) this.waiters.splice(0).forEach((wake) => wake());
    };
    turn.then(settle, settle);
    return turn;
  }

  idle(): Promise<void> {
    return this.running === 0 ? Promise.resolve() : new Promise((resolve) => this.waiters.push(resolve));
  }
}
