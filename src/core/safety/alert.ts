import { isHashedId, type HashedId } from '../privacy';
import type { UrgentLevel } from './crisisReply';

/**
 * Tells clinic staff that a conversation hit crisis handling, through a webhook they choose.
 * The alert carries no words from the conversation: only the level, the channel, a salted
 * hash of the conversation id and the time. Staff find the conversation through their own
 * tools; a webhook (often a chat service) is not a place for health information.
 */

/** Channels are a closed list so a free-text field cannot ride along in the alert. */
export const ALERT_CHANNELS = ['webchat', 'directline', 'msteams', 'sms', 'emulator', 'test', 'other'] as const;
export type AlertChannel = (typeof ALERT_CHANNELS)[number];

const URGENT_LEVELS: readonly UrgentLevel[] = ['crisis', 'emergency', 'other-at-risk'];

/** Maps a Bot Framework channel id to an alert channel; anything unknown becomes "other". */
export function alertChannel(channelId: string | undefined): AlertChannel {
  const id = (channelId ?? '').toLowerCase();
  if (id === 'twilio-sms' || id === 'sms' || id === 'acs_sms' || id === 'telephony') return 'sms';
  return ALERT_CHANNELS.find((channel) => channel === id) ?? 'other';
}

export interface CrisisAlert {
  level: UrgentLevel;
  channel: AlertChannel;
  /** From hashIdentifier(); a raw conversation id or message does not type-check here. */
  conversationHash: HashedId;
  at: Date;
}

/** What gets POSTed, exactly. */
export interface CrisisAlertPayload {
  level: UrgentLevel;
  channel: AlertChannel;
  conversationHash: string;
  /** ISO 8601, UTC. */
  at: string;
}

/** The slice of a logger this needs; pino's Logger fits. */
export interface WarnLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
}

export interface CrisisAlerterOptions {
  /** Undefined when the clinic has not configured one: alerts are then skipped and each skip logged. */
  webhookUrl: string | undefined;
  /** Per attempt. */
  timeoutMs: number;
  /** Further attempts after the first; 0 to try once. */
  retries: number;
  /** First retry waits this long, then doubles. */
  backoffMs?: number;
  fetchImpl?: typeof fetch;
  logger: WarnLogger;
}

export type AlertFailure = 'not-configured' | 'invalid-alert' | 'timeout' | 'network' | 'rejected' | 'server-error';
export type AlertOutcome = { delivered: true; attempts: number } | { delivered: false; attempts: number; reason: AlertFailure };

export interface CrisisAlerter {
  /** Never rejects: failures are logged and reported in the outcome. Callers need not await it. */
  alert(alert: CrisisAlert): Promise<AlertOutcome>;
}

export class CrisisAlerterOptionsError extends Error {
  override name = 'CrisisAlerterOptionsError';
}

const MAX_RETRIES = 5;
const MAX_TIMEOUT_MS = 60_000;
const DEFAULT_BACKOFF_MS = 250;

function checkOptions(options: CrisisAlerterOptions): void {
  const { webhookUrl, timeoutMs, retries, backoffMs } = options;
  if (webhookUrl !== undefined) {
    let protocol: string;
    try {
      protocol = new URL(webhookUrl).protocol;
    } catch {
      // The URL may hold a secret token, so it is not repeated in the message.
      throw new CrisisAlerterOptionsError('webhookUrl is not a valid URL');
    }
    if (protocol !== 'https:' && protocol !== 'http:') throw new CrisisAlerterOptionsError('webhookUrl must be http or https');
  }
  if (!Number.isInteger(timeoutMs) || timeoutMs < 1 || timeoutMs > MAX_TIMEOUT_MS) {
    throw new CrisisAlerterOptionsError(`timeoutMs must be a whole number from 1 to ${MAX_TIMEOUT_MS}`);
  }
  if (!Number.isInteger(retries) || retries < 0 || retries > MAX_RETRIES) {
    throw new CrisisAlerterOptionsError(`retries must be a whole number from 0 to ${MAX_RETRIES}`);
  }
  if (backoffMs !== undefined && (!Number.isFinite(backoffMs) || backoffMs < 0)) {
    throw new CrisisAlerterOptionsError('backoffMs must be zero or more');
  }
}

/**
 * Builds the payload field by field, so nothing else on the object can leak into it, and
 * re-checks at run time what the types promise (a cast or a JavaScript caller can break them).
 */
export function alertPayload(alert: CrisisAlert): CrisisAlertPayload | undefined {
  const { level, channel, conversationHash, at } = alert;
  const valid =
    URGENT_LEVELS.includes(level) &&
    ALERT_CHANNELS.includes(channel) &&
    typeof conversationHash === 'string' &&
    isHashedId(conversationHash) &&
    at instanceof Date &&
    !Number.isNaN(at.getTime());
  return valid ? { level, channel, conversationHash, at: at.toISOString() } : undefined;
}

type AttemptResult = { ok: true } | { ok: false; reason: Exclude<AlertFailure, 'not-configured' | 'invalid-alert'>; status?: number; error?: string };

function retryable(result: AttemptResult): boolean {
  return !result.ok && result.reason !== 'rejected';
}

/** Error name and system code only: messages from fetch can quote the URL. */
function errorDetail(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const cause: unknown = error.cause;
  const code = cause && typeof cause === 'object' && 'code' in cause && typeof cause.code === 'string' ? `:${cause.code}` : '';
  return `${error.name}${code}`;
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createCrisisAlerter(options: CrisisAlerterOptions): CrisisAlerter {
  checkOptions(options);
  const { webhookUrl, timeoutMs, retries, logger } = options;
  const backoffMs = options.backoffMs ?? DEFAULT_BACKOFF_MS;
  const fetchImpl = options.fetchImpl ?? fetch;

  if (webhookUrl === undefined) logger.warn({}, 'no crisis alert webhook configured: staff will not be alerted to crises');

  async function attempt(body: string): Promise<AttemptResult> {
    try {
      const response = await fetchImpl(webhookUrl ?? '', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
        signal: AbortSignal.timeout(timeoutMs),
      });
      // Free the connection; the body is of no interest.
      await response.body?.cancel().catch(() => undefined);
      if (response.ok) return { ok: true };
      const status = response.status;
      const serverSide = status >= 500 || status === 408 || status === 429;
      return { ok: false, reason: serverSide ? 'server-error' : 'rejected', status };
    } catch (error) {
      const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
      return { ok: false, reason: timedOut ? 'timeout' : 'network', error: errorDetail(error) };
    }
  }

  async function deliver(alert: CrisisAlert): Promise<AlertOutcome> {
    const payload = alertPayload(alert);
    if (!payload) {
      logger.warn({ reason: 'invalid-alert' }, 'crisis alert not sent: the alert was malformed');
      return { delivered: false, attempts: 0, reason: 'invalid-alert' };
    }
    const context = { level: payload.level, channel: payload.channel, conversationHash: payload.conversationHash };
    if (webhookUrl === undefined) {
      logger.warn({ alert: context, reason: 'not-configured' }, 'crisis alert not sent: no webhook configured');
      return { delivered: false, attempts: 0, reason: 'not-configured' };
    }

    const body = JSON.stringify(payload);
    const maxAttempts = retries + 1;
    for (let attemptNumber = 1; ; attemptNumber++) {
      const result = await attempt(body);
      if (result.ok) return { delivered: true, attempts: attemptNumber };
      const willRetry = retryable(result) && attemptNumber < maxAttempts;
      logger.warn(
        { alert: context, attempt: attemptNumber, maxAttempts, reason: result.reason, status: result.status, error: result.error, willRetry },
        willRetry ? 'crisis alert attempt failed; retrying' : 'crisis alert not delivered: staff were not alerted',
      );
      if (!willRetry) return { delivered: false, attempts: attemptNumber, reason: result.reason };
      await sleep(backoffMs * 2 ** (attemptNumber - 1));
    }
  }

  return {
    alert(alert: CrisisAlert): Promise<AlertOutcome> {
      // The outer catch covers a logger or fetch that throws where it should not: alerts never reject.
      return deliver(alert).catch((error: unknown) => {
        try {
          logger.warn({ error: errorDetail(error) }, 'crisis alert failed unexpectedly');
        } catch {
          // Nothing left to report to.
        }
        return { delivered: false, attempts: 0, reason: 'network' as const };
      });
    },
  };
}
