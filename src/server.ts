import restify, { type Request, type Response, type Server } from 'restify';
import type { Activity, TurnContext } from 'botbuilder';
import type { ClinicAdapter } from './bot/adapter';
import { errorSummary, type Logger } from './logger';

export interface ServerDeps {
  logger: Logger;
  adapter: ClinicAdapter;
  maxBodyBytes: number;
  /** The bot's turn logic. */
  onTurn(context: TurnContext): Promise<void>;
  /** Facts for /healthz. */
  health(): Record<string, unknown>;
  /** For /readyz: whether this instance can serve turns now (knowledge loaded, state storage reachable). */
  ready(): Promise<boolean>;
  /** How long an idle keep-alive connection stays open (above the idle timeout of a proxy in front). */
  keepAliveTimeoutMs?: number;
  /**
   * The longest a channel's POST waits for its turn: past this it gets 202 and the turn finishes
   * on its own (its replies go out through the connector anyway). Default ANSWER_WITHIN_MS.
   */
  answerWithinMs?: number;
}

/** Channels resend a message they got no answer to; nothing waits on a slow outbound call longer than this. */
export const ANSWER_WITHIN_MS = 4_000;

/** Listening failed because another program has the port; the message says what to do. */
export class PortInUseError extends Error {
  override name = 'PortInUseError';
  constructor(readonly port: number, readonly host: string) {
    super(
      `Port ${port} on ${host} is already in use (is the bot already running in another terminal?).\n` +
        `Stop the other program, or choose another port: PORT=${port === 65535 ? 3979 : port + 1} npm start (or set PORT in .env).`,
    );
  }
}

export interface BotServer {
  /** Starts listening; resolves with the bound port (use 0 for a random one). */
  listen(port: number, host?: string): Promise<number>;
  /** Stops accepting, lets turns in flight finish, then resolves. */
  close(): Promise<void>;
  /** Work to finish during close() (e.g. Web Chat's held polls), after the server stops accepting. */
  onClose(hook: () => Promise<void>): void;
  readonly restify: Server;
}

/** Builds the HTTP server without starting it, so tests can run it on port 0. */
export function createServer(deps: ServerDeps): BotServer {
  const { logger } = deps;
  const server = restify.createServer({ name: 'ketamine-clinic-bot', handleUncaughtExceptions: false });
  const closeHooks: Array<() => Promise<void>> = [];
  const lateTurns = new Set<Promise<unknown>>();
  const answerWithinMs = deps.answerWithinMs ?? ANSWER_WITHIN_MS;
  if (deps.keepAliveTimeoutMs !== undefined) {
    server.server.keepAliveTimeout = deps.keepAliveTimeoutMs;
    // Node drops a connection whose headers take longer than this; it must outlast keep-alive.
    server.server.headersTimeout = deps.keepAliveTimeoutMs + 1_000;
  }

  server.pre((req: Request, res: Response, next: restify.Next) => {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('X-Request-Id', req.getId());
    next();
  });

  server.on('after', (req: Request, res: Response) => {
    logger.info({ reqId: req.getId(), method: req.method, path: req.getPath(), status: res.statusCode, ms: Date.now() - req.time() }, 'request');
  });

  server.on('restifyError', (req: Request, res: Response, error: Error & { statusCode?: number }, callback: () => void) => {
    // Generic bodies only: restify's messages can quote the request.
    const status = error.statusCode ?? 500;
    (error as Error & { toJSON?: () => unknown }).toJSON = () => ({ error: publicMessage(status) });
    if (status >= 500) logger.error({ reqId: req.getId(), err: errorSummary(error) }, 'request failed');
    callback();
  });

  server.get('/healthz', (_req: Request, res: Response, next: restify.Next) => {
    res.send(200, { status: 'ok', ...deps.health() });
    next();
  });

  // Liveness stays /healthz; a load balancer sends no traffic to an instance that is not ready.
  server.get('/readyz', async (_req: Request, res: Response) => {
    const ready = await deps.ready().catch(() => false);
    res.send(ready ? 200 : 503, { status: ready ? 'ready' : 'not ready' });
  });

  server.post(
    '/api/messages',
    restify.plugins.bodyReader({ maxBodySize: deps.maxBodyBytes }),
    async (req: Request, res: Response) => {
      const parsed = parseActivity(req);
      if ('problem' in parsed) {
        res.send(parsed.problem.status, { error: parsed.problem.message });
        return;
      }
      try {
        const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
        const turn = deps.adapter.handleActivity(parsed.activity, authHeader, (context) => deps.onTurn(context));
        const response = await answerWithin(turn, answerWithinMs);
        if (response === 'late') {
          // Held no longer: the channel would time out and resend. The turn's replies still go out.
          logger.warn({ reqId: req.getId(), ms: answerWithinMs }, 'turn still running; answered 202 and let it finish');
          const late = turn.catch((error: unknown) => logger.error({ reqId: req.getId(), err: errorSummary(error) }, 'activity processing failed'));
          lateTurns.add(late);
          void late.finally(() => lateTurns.delete(late));
          res.send(202);
          return;
        }
        if (response.status === 401) res.send(401, { error: 'Unauthorized.' });
        else if (response.body !== undefined) res.send(response.status, response.body);
        else res.send(response.status);
      } catch (error) {
        logger.error({ reqId: req.getId(), err: errorSummary(error) }, 'activity processing failed');
        if (!res.headersSent) res.send(500, { error: publicMessage(500) });
      }
    },
  );

  return {
    restify: server,
    listen(port, host = '127.0.0.1') {
      return new Promise((resolve, reject) => {
        // On restify's server, which re-emits the HTTP server's errors (unheard, one would crash the process).
        server.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE' ? new PortInUseError(port, host) : error));
        server.listen(port, host, () => resolve((server.address()).port));
      });
    },
    /**
     * Stops accepting connections and resolves once every request in flight on any route
     * (bot turns, SMS, Web Chat) has been answered and every turn answered 202 has finished;
     * stragglers are cut after 10 s.
     */
    close() {
      return new Promise<void>((resolve) => {
        const force = setTimeout(() => server.server.closeAllConnections(), 10_000);
        force.unref();
        const closed = new Promise<void>((done) => server.server.close(() => done()));
        server.server.closeIdleConnections();
        void Promise.allSettled(closeHooks.map((hook) => hook())).then(() => server.server.closeIdleConnections());
        // Turns whose POST was already answered (202) finish too, within the same 10 s.
        const lateTurnsDone = Promise.race([Promise.allSettled([...lateTurns]), new Promise((done) => setTimeout(done, 10_000).unref())]);
        void Promise.all([closed, lateTurnsDone]).then(() => {
          clearTimeout(force);
          resolve();
        });
      });
    },
    onClose(hook) {
      closeHooks.push(hook);
    },
  };
}

async function answerWithin<T>(work: Promise<T>, ms: number): Promise<T | 'late'> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => {
    timer = setTimeout(() => resolve('late'), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}

type Parsed = { activity: Activity } | { problem: { status: number; message: string } };

/** Checks what the adapter assumes, so bad input gets a clear 4xx instead of an exception. */
function parseActivity(req: Request): Parsed {
  const problem = activityProblem(req);
  if (problem) return { problem };
  const activity = req.body as Activity & Record<string, unknown>;
  // Bot Framework sends timestamps as strings; botbuilder expects Dates.
  for (const key of ['timestamp', 'localTimestamp', 'expiration'] as const) {
    const value = activity[key] as unknown;
    if (typeof value === 'string') activity[key] = new Date(value);
  }
  return { activity };
}

function activityProblem(req: Request): { status: number; message: string } | undefined {
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') return { status: 415, message: 'Content-Type must be application/json.' };
  let body: unknown;
  try {
    body = JSON.parse(typeof req.body === 'string' ? req.body : String(req.body ?? ''));
  } catch {
    return { status: 400, message: 'The request body is not valid JSON.' };
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return { status: 400, message: 'The request body must be a JSON object (a Bot Framework activity).' };
  const activity = body as Record<string, unknown>;
  if (typeof activity.type !== 'string' || activity.type === '') return { status: 400, message: 'The activity has no type.' };
  const conversation = activity.conversation as Record<string, unknown> | undefined;
  if (typeof conversation !== 'object' || conversation === null || typeof conversation.id !== 'string' || conversation.id === '') {
    return { status: 400, message: 'The activity has no conversation.id.' };
  }
  if (typeof activity.serviceUrl !== 'string' || !/^https?:\/\//.test(activity.serviceUrl)) return { status: 400, message: 'The activity has no valid serviceUrl.' };
  if (activity.text !== undefined && typeof activity.text !== 'string') return { status: 400, message: 'The activity text must be a string.' };
  const from = activity.from as Record<string, unknown> | undefined;
  if (typeof from !== 'object' || from === null || typeof from.id !== 'string') return { status: 400, message: 'The activity has no from.id.' };
  req.body = body;
  return undefined;
}

function publicMessage(status: number): string {
  if (status === 413) return 'The request body is too large.';
  if (status === 404) return 'Not found.';
  if (status === 405) return 'Method not allowed.';
  if (status < 500) return 'The request was not understood.';
  return 'Something went wrong.';
}
