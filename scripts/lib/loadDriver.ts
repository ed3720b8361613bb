/**
 * Load driver shared by the benchmarks: drives a bot's /api/messages with many concurrent
 * conversations over keep-alive HTTP, and stands in for the channel's Bot Connector so that every
 * reply the bot POSTs back is counted and checked against the turn it answers.
 *
 * The bot under test runs in a child process (see spawnTarget / serveTarget): the driver and the
 * connector then get their own core, and their work (building requests, parsing replies) is not
 * charged to the bot's latency or memory.
 */
import { execFileSync, fork } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { Agent, createServer, request, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { Writable } from 'node:stream';

// ---------------------------------------------------------------------------------------------
// Patient messages

/** First message of a conversation: greetings and the clinic-logistics intents. */
const OPENINGS = [
  'hi',
  'hello, I have a few questions',
  'how do i book an appointment',
  'what are your hours',
  'where are you located',
  'can i talk to a real person',
  'does insurance cover spravato',
  'how much does ketamine cost',
] as const;

/** Vague questions the search answers with "did you mean ...?" and numbered choices. */
const DID_YOU_MEAN = [
  'how does it work',
  'how quickly does it start working',
  'will i trip',
  'any risks i should know about',
  'can i keep taking my antidepressant',
  'how often do i have to come in',
  'do i need a referral',
  'driving',
] as const;

/** What a patient types after a "did you mean": a pick by position. */
const PICKS = ['1', 'the first one'] as const;

/** Questions one knowledge entry answers outright (one mentions suicide without being a crisis). */
const DIRECT_QUESTIONS = [
  'what is ketamine therapy',
  'is spravato fda approved',
  'how long does an infusion take',
  'can i drive home after my treatment',
  'do i need to fast before the infusion',
  'what are the side effects',
  'is ketamine addictive',
  'is it safe if i am pregnant',
  'what is the difference between ketamine and esketamine',
  'how many sessions will i need',
  'what happens if it doesnt work for me',
  'can i bring my own music',
  "i'm not suicidal, just asking about side effects",
] as const;

/** One per conversation: the safety middleware answers these with crisis resources. */
const CRISIS_MESSAGES = [
  'I want to die.',
  'im suicidal',
  "i'm thinking about suicide",
  "I've been having suicidal thoughts every day this week",
  'i want to kill myself',
] as const;

export const PATIENT_MESSAGE_COUNT = OPENINGS.length + DID_YOU_MEAN.length + PICKS.length + DIRECT_QUESTIONS.length + CRISIS_MESSAGES.length;

/** Where the crisis message goes; never between a "did you mean" and the pick that answers it. */
const CRISIS_POSITIONS = [0, 1, 3, 4] as const;

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('empty message list');
  return item;
}

/**
 * A five-turn patient conversation, varied by index: an opening, a vague question and the pick
 * that answers it, a direct question, and one crisis message at a varying position.
 */
export function patientConversation(index: number): string[] {
  const turns: string[] = [
    pick(OPENINGS, index),
    pick(DID_YOU_MEAN, index + Math.floor(index / OPENINGS.length)),
    pick(PICKS, index),
    pick(DIRECT_QUESTIONS, index * 5),
  ];
  turns.splice(pick(CRISIS_POSITIONS, index), 0, pick(CRISIS_MESSAGES, index));
  return turns;
}

export function patientConversations(count: number, offset = 0): string[][] {
  return Array.from({ length: count }, (_, index) => patientConversation(offset + index));
}

// ---------------------------------------------------------------------------------------------
// The fake Bot Connector

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

// ---------------------------------------------------------------------------------------------
// The driver

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

// ---------------------------------------------------------------------------------------------
// The bot under test, in a child process

export interface MemorySnapshot {
  rss: number;
  heapUsed: number;
  heapTotal: number;
  external: number;
  /** Peak resident memory of the process so far. */
  maxRss: number;
}

type Command = () => unknown;

interface CommandMessage {
  id: number;
  command: string;
}

type ChildMessage = { ready: number } | { failed: string } | { id: number; result?: unknown; error?: string };

export interface TargetProcess {
  baseUrl: string;
  /** Runs a command in the child: 'memory', 'memory-after-gc', or one the child registered. */
  call<T>(command: string): Promise<T>;
  close(): Promise<void>;
}

/** A benchmark script compiled the way production runs the bot, and the node flags production uses. */
export interface ProductionBuild {
  /** The compiled script, under dist-bench/. */
  script: string;
  /** From `npm run start:production`, e.g. the heap limits. */
  nodeFlags: string[];
}

/**
 * Compiles the bot and `tsScript` (one of the benchmark scripts listed in tsconfig.bench.json) to
 * JavaScript, as `npm run build` does for production, so benchmarks measure the bot as deployed:
 * no TypeScript loader in the process, and the node flags of `npm run start:production`.
 */
export function buildForProduction(tsScript: string): ProductionBuild {
  const root = repoRoot();
  execFileSync(process.execPath, [path.join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', path.join(root, 'tsconfig.bench.json')], { cwd: root, stdio: 'inherit' });
  const script = path.join(root, 'dist-bench', path.relative(root, tsScript).replace(/\.ts$/, '.js'));
  if (!existsSync(script)) throw new Error(`${script} was not built: list ${path.relative(root, tsScript)} in tsconfig.bench.json`);
  return { script, nodeFlags: productionNodeFlags(root) };
}

/** One line for a benchmark's output: what it runs, and how. */
export function describeBuild(build: ProductionBuild): string {
  return `The bots run compiled (${path.relative(process.cwd(), build.script)}) with production's node flags: ${build.nodeFlags.join(' ')}`;
}

/** The node flags in package.json's start:production script: what the README tells clinics to run. */
export function productionNodeFlags(root: string = repoRoot()): string[] {
  const { scripts } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { scripts?: Record<string, string> };
  const command = scripts?.['start:production'];
  if (!command) throw new Error('package.json has no start:production script');
  return command.split(/\s+/).filter((word) => word.startsWith('--'));
}

/**
 * Starts `build.script --serve ...args` with production's node flags; resolves once the child's
 * server listens. `exposeGc` lets 'memory-after-gc' force full collections.
 */
export function spawnTarget(build: ProductionBuild, args: readonly string[], options: { exposeGc?: boolean } = {}): Promise<TargetProcess> {
  // --no-deprecation: restify's process.binding warning, printed by every child, is noise here.
  const execArgv = ['--no-deprecation', ...build.nodeFlags, ...(options.exposeGc ? ['--expose-gc'] : [])];
  const child = fork(build.script, ['--serve', ...args], { execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const pending = new Map<number, { resolve: (value: unknown) => void; reject: (error: Error) => void }>();
  let nextId = 0;

  return new Promise((resolve, reject) => {
    child.once('exit', (code) => {
      const error = new Error(`benchmark target exited (code ${code ?? 'none'})`);
      reject(error);
      for (const waiter of pending.values()) waiter.reject(error);
    });
    child.on('message', (message: ChildMessage) => {
      if ('ready' in message) {
        resolve({
          baseUrl: `http://127.0.0.1:${message.ready}`,
          call<T>(command: string) {
            nextId += 1;
            const id = nextId;
            return new Promise<T>((resolveCall, rejectCall) => {
              pending.set(id, { resolve: (value) => resolveCall(value as T), reject: rejectCall });
              child.send({ id, command } satisfies CommandMessage);
            });
          },
          async close() {
            const exited = new Promise((done) => child.once('exit', done));
            child.send({ id: 0, command: 'close' } satisfies CommandMessage);
            await exited;
          },
        });
      } else if ('failed' in message) {
        reject(new Error(`benchmark target failed to start: ${message.failed}`));
      } else {
        const waiter = pending.get(message.id);
        pending.delete(message.id);
        if (message.error !== undefined) waiter?.reject(new Error(message.error));
        else waiter?.resolve(message.result);
      }
    });
  });
}

/** The child's side: starts the server, tells the parent its port, then answers commands. */
export function serveTarget(start: () => Promise<{ port: number; close(): Promise<void> }>, commands: Record<string, Command> = {}): void {
  const send = (message: ChildMessage): void => {
    process.send?.(message);
  };
  // Never outlive the benchmark.
  process.on('disconnect', () => process.exit(0));
  start().then(
    (server) => {
      const all: Record<string, Command> = {
        memory: () => memorySnapshot(false),
        'memory-after-gc': () => memorySnapshot(true),
        ...commands,
      };
      process.on('message', (message: CommandMessage) => {
        if (message.command === 'close') {
          void server.close().finally(() => process.exit(0));
          return;
        }
        const command = all[message.command];
        if (!command) {
          send({ id: message.id, error: `unknown command ${message.command}` });
          return;
        }
        Promise.resolve()
          .then(command)
          .then(
            (result) => send({ id: message.id, result }),
            (error: unknown) => send({ id: message.id, error: error instanceof Error ? error.message : String(error) }),
          );
      });
      send({ ready: server.port });
    },
    (error: unknown) => {
      send({ failed: error instanceof Error ? error.message : String(error) });
      process.exit(1);
    },
  );
}

function memorySnapshot(collectFirst: boolean): MemorySnapshot {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (collectFirst) {
    if (!gc) throw new Error('start the target with exposeGc to force garbage collection');
    // Twice: the first pass can leave objects that only a second pass frees (weak refs, finalizers).
    gc();
    gc();
  }
  const usage = process.memoryUsage();
  return { rss: usage.rss, heapUsed: usage.heapUsed, heapTotal: usage.heapTotal, external: usage.external, maxRss: process.resourceUsage().maxRSS * 1024 };
}

export function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}

// ---------------------------------------------------------------------------------------------
// The clinic bot, as both benchmarks run it

/** The checkout: found by walking up, because this file also runs compiled, from dist-bench/scripts/lib. */
export function repoRoot(): string {
  for (let dir = __dirname; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, 'package.json')) && existsSync(path.join(dir, 'knowledge'))) return dir;
  }
  throw new Error(`no checkout (package.json and knowledge/) above ${__dirname}`);
}

/**
 * Development mode (production serves only clinician-approved entries, and the samples are not),
 * info-level logging into a stream that drops it (pino still formats every line), and a rate
 * limit far above what one benchmark conversation sends.
 */
export const CLINIC_BOT_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: 'development',
  LOG_LEVEL: 'info',
  RATE_LIMIT_PER_MINUTE: '10000',
  RATE_LIMIT_BURST: '10000',
};

export async function startClinicBot(env: Record<string, string> = {}): Promise<{ port: number; close(): Promise<void> }> {
  // Loaded here, not at the top: the echo bot's process and the driver must not carry the clinic bot's modules.
  const { createApp } = await import('../../src/app');
  const { loadConfig } = await import('../../src/core/config');
  const config = loadConfig({ ...CLINIC_BOT_ENV, ...env }, { knowledgeDir: path.join(repoRoot(), 'knowledge') });
  const app = await createApp(config, { logDestination: nullStream() });
  const port = await app.server.listen(0, '127.0.0.1');
  return { port, close: () => app.server.close() };
}

/** A log destination that drops everything (pino still formats every line). */
export function nullStream(): Writable {
  return new Writable({
    write(_chunk, _encoding, callback) {
      callback();
    },
  });
}
