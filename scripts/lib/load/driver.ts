/**
 * Drives a bot's /api/messages with many concurrent conversations over keep-alive HTTP and measures
 * each turn until its replies have arrived at the connector.
 */
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { ReplyCollector, type ReplyTally } from './connector';

export interface RunOptions {
  /** The bot's base URL; turns go to `${baseUrl}/api/messages`. */
  baseUrl: string;
  collector: ReplyCollector;
  /** Each conversation's messages, sent in order, one turn after the previous one's HTTP response. */
  conversations: readonly (readonly string[])[];
  /** Conversations in flight at once. */
  concurrency: number;
  channelId?: string;
  /**
   * Keep-alive connections to reuse across runs, as a channel's connector service keeps its
   * connections to a bot open. Without one, each run opens its connections afresh and closes them.
   */
  agent?: Agent;
  /** Makes conversation ids unique across runs against the same bot. */
  runLabel: string;
  /** Called after each turn's HTTP response (for a breakdown by message). */
  onTurnTimed?: (turn: { text: string; turnIndex: number; ms: number; status: number }) => void;
}

export interface LatencySummary {
  p50: number;
  p99: number;
  mean: number;
  max: number;
}

export interface RunResult extends ReplyTally {
  conversations: number;
  turns: number;
  /** Turns the bot answered with a non-2xx status, or that failed at the HTTP level. */
  errors: number;
  /** What those errors were: `HTTP 500`, `ECONNRESET`, ... with how many of each. */
  errorReasons: Record<string, number>;
  /** Turns that received no message reply addressed to their own conversation. */
  lost: number;
  durationMs: number;
  turnsPerSecond: number;
  /** Milliseconds from sending the activity to the end of the bot's HTTP response, successful turns only. */
  latency: LatencySummary;
  /** The samples behind `latency`, so several runs can be pooled. */
  latenciesMs: number[];
}

const REQUEST_TIMEOUT_MS = 30_000;

/**
 * Keep-alive connections for driving a bot. An agent timeout is what makes Node honour the server's
 * `Keep-Alive: timeout=5` hint; without one, a connection left idle between runs is reused just as
 * the server closes it, and the turn fails with ECONNRESET, which is the driver's fault, not the bot's.
 */
export function keepAliveAgent(maxSockets: number): Agent {
  return new Agent({ keepAlive: true, maxSockets, timeout: REQUEST_TIMEOUT_MS });
}

export async function runConversations(options: RunOptions): Promise<RunResult> {
  const { collector, conversations, concurrency } = options;
  const channelId = options.channelId ?? 'webchat';
  const target = new URL('/api/messages', options.baseUrl);
  const agent = options.agent ?? keepAliveAgent(concurrency);
  const latencies: number[] = [];
  let errors = 0;
  const errorReasons: Record<string, number> = {};
  let turns = 0;
  let nextConversation = 0;
  collector.reset();

  const converse = async (index: number): Promise<void> => {
    const conversationId = `${options.runLabel}-conversation-${index}`;
    const messages = conversations[index] ?? [];
    for (const [turnIndex, text] of messages.entries()) {
      const activityId = `${conversationId}-turn-${turnIndex}`;
      collector.expect(activityId, conversationId);
      const payload = JSON.stringify(messageActivity({ activityId, conversationId, channelId, serviceUrl: collector.url, text }));
      turns += 1;
      const started = performance.now();
      const status = await postJson(target, payload, agent).catch((error: unknown) => {
        const reason = (error as NodeJS.ErrnoException).code ?? (error instanceof Error ? error.message : 'unknown');
        errorReasons[reason] = (errorReasons[reason] ?? 0) + 1;
        return 0;
      });
      const ms = performance.now() - started;
      if (status >= 200 && status < 300) latencies.push(ms);
      else {
        errors += 1;
        if (status !== 0) errorReasons[`HTTP ${status}`] = (errorReasons[`HTTP ${status}`] ?? 0) + 1;
      }
      options.onTurnTimed?.({ text, turnIndex, ms, status });
    }
  };

  const worker = async (): Promise<void> => {
    while (nextConversation < conversations.length) {
      const index = nextConversation;
      nextConversation += 1;
      await converse(index);
    }
  };

  const started = performance.now();
  await Promise.all(Array.from({ length: Math.min(concurrency, conversations.length) }, worker));
  const durationMs = performance.now() - started;
  if (!options.agent) agent.destroy();
  // Bots send replies before answering the turn's request; this only catches a late straggler.
  await new Promise((resolve) => setTimeout(resolve, 50));

  return {
    conversations: conversations.length,
    turns,
    errors,
    errorReasons,
    lost: collector.lostTurns(),
    ...collector.counts(),
    durationMs,
    turnsPerSecond: (turns / durationMs) * 1000,
    latency: summarize(latencies),
    latenciesMs: latencies,
  };
}

/** Several runs as one: counts and time add up; percentiles come from all their samples pooled. */
export function mergeRuns(runs: readonly RunResult[]): RunResult {
  const sum = (value: (run: RunResult) => number) => runs.reduce((total, run) => total + value(run), 0);
  const turns = sum((run) => run.turns);
  const durationMs = sum((run) => run.durationMs);
  const latenciesMs = runs.flatMap((run) => run.latenciesMs);
  return {
    conversations: sum((run) => run.conversations),
    turns,
    errors: sum((run) => run.errors),
    errorReasons: runs.reduce<Record<string, number>>((merged, run) => {
      for (const [reason, count] of Object.entries(run.errorReasons)) merged[reason] = (merged[reason] ?? 0) + count;
      return merged;
    }, {}),
    lost: sum((run) => run.lost),
    misrouted: sum((run) => run.misrouted),
    messageReplies: sum((run) => run.messageReplies),
    otherReplies: sum((run) => run.otherReplies),
    unexpectedRequests: sum((run) => run.unexpectedRequests),
    durationMs,
    turnsPerSecond: (turns / durationMs) * 1000,
    latency: summarize(latenciesMs),
    latenciesMs,
  };
}

function messageActivity(turn: { activityId: string; conversationId: string; channelId: string; serviceUrl: string; text: string }) {
  return {
    type: 'message',
    id: turn.activityId,
    timestamp: new Date().toISOString(),
    channelId: turn.channelId,
    serviceUrl: turn.serviceUrl,
    from: { id: `user-${turn.conversationId}`, name: 'Patient' },
    recipient: { id: 'bot', name: 'Clinic bot' },
    conversation: { id: turn.conversationId },
    text: turn.text,
    locale: 'en-US',
  };
}

function postJson(url: URL, payload: string, agent: Agent): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'POST', agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) } }, (res) => {
      res.on('error', reject);
      res.on('end', () => resolve(res.statusCode ?? 0));
      res.resume();
    });
    req.setTimeout(REQUEST_TIMEOUT_MS, () => req.destroy(new Error('request timed out')));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Nearest-rank percentiles: p99 of 1,000 turns is the 990th fastest. */
export function summarize(latencies: readonly number[]): LatencySummary {
  if (latencies.length === 0) return { p50: Number.NaN, p99: Number.NaN, mean: Number.NaN, max: Number.NaN };
  const sorted = [...latencies].sort((a, b) => a - b);
  const at = (p: number): number => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
  return { p50: at(50), p99: at(99), mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length, max: sorted[sorted.length - 1] ?? Number.NaN };
}

/** Errors, lost replies and misrouted replies: any of them means the run failed. */
export function failures(result: Pick<RunResult, 'errors' | 'lost' | 'misrouted' | 'unexpectedRequests'>): number {
  return result.errors + result.lost + result.misrouted + result.unexpectedRequests;
}
