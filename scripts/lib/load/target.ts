/**
 * The bot under test, in a child process, compiled the way production runs it: the driver and the
 * connector then get their own core, and their work (building requests, parsing replies) is not
 * charged to the bot's latency or memory.
 */
import { execFileSync, fork, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from './clinicBot';

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

/**
 * Runs a compiled benchmark script itself (not a bot to talk to) with `nodeFlags` (production's,
 * unless a measurement needs others): what it printed and its exit status; its errors go to this terminal.
 */
export function runCompiled(build: ProductionBuild, args: readonly string[], nodeFlags: readonly string[] = build.nodeFlags): { output: string; status: number } {
  const result = spawnSync(process.execPath, ['--no-deprecation', ...nodeFlags, build.script, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  if (result.error) throw result.error;
  return { output: result.stdout, status: result.status ?? 1 };
}

/** One line for a benchmark's output: what it runs, and how. */
export function describeBuild(build: ProductionBuild): string {
  return `Compiled (${path.relative(process.cwd(), build.script)}), run with production's node flags: ${build.nodeFlags.join(' ')}`;
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
