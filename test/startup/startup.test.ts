import { spawn } from 'node:child_process';
import net from 'node:net';
import os from 'node:os';
import { afterEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';

/**
 * `npm start` as an operator runs it: a real process (`node --import tsx src/index.ts`) with only
 * the environment given here, read through its output the way a person reads the terminal.
 */
interface Started {
  stdout: string;
  stderr: string;
  /** Resolves with the exit code once the process ends. */
  exited: Promise<number | null>;
  stop(): Promise<void>;
}

const running: Started[] = [];

function startBot(env: Record<string, string>): Started {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/index.ts'], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH ?? '', HOME: os.tmpdir(), NODE_ENV: 'development', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const started: Started = {
    stdout: '',
    stderr: '',
    exited: new Promise((resolve) => child.once('exit', (code) => resolve(code))),
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await started.exited;
    },
  };
  child.stdout.on('data', (chunk: Buffer) => (started.stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (started.stderr += chunk.toString()));
  running.push(started);
  return started;
}

/** Waits for the start-up line (or the process's end) and returns the port it names. */
async function readyPort(bot: Started): Promise<number> {
  const ended = bot.exited.then(() => undefined);
  for (;;) {
    const match = /ready on http:\/\/[^:\s]+:(\d+)/.exec(bot.stdout);
    if (match) return Number(match[1]);
    const outcome = await Promise.race([ended.then(() => 'ended' as const), new Promise((resolve) => setTimeout(resolve, 50))]);
    if (outcome === 'ended') throw new Error(`the bot exited before it was ready:\n${bot.stdout}\n${bot.stderr}`);
  }
}

function externalAddress(): string | undefined {
  return Object.values(os.networkInterfaces())
    .flat()
    .find((address) => address && address.family === 'IPv4' && !address.internal)?.address;
}

async function canConnect(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((bot) => bot.stop()));
});

describe('npm start, as an operator sees it', { timeout: 60_000 }, () => {
  it('when started without credentials, then one readable line says what is on, it listens on localhost only and says so, with no warnings', async () => {
    const bot = startBot({ PORT: '0' });
    const port = await readyPort(bot);
    const ready = bot.stdout.split('\n').find((line) => line.includes('ready on')) ?? '';
    expect(ready).toMatch(/^\d\d:\d\d:\d\d INFO /); // a readable line, not JSON
    expect(ready).toContain(`ready on http://127.0.0.1:${port}`);
    expect(ready).toMatch(/listening: 127\.0\.0\.1 only \(no MicrosoftAppId: not reachable from other machines; set HOST=0\.0\.0\.0/);
    expect(ready).toMatch(/auth: none/);
    expect(ready).toMatch(/channels: Emulator and Azure channels at \/api\/messages, Web Chat page at \/ \(local Direct Line\)/);
    expect(ready).toMatch(/SMS route: off/);
    expect(ready).toMatch(/storage: memory/);
    expect(ready).toMatch(/knowledge: development mode, \d+ entries/);
    expect(await canConnect('127.0.0.1', port)).toBe(true);
    const other = externalAddress();
    if (other) expect(await canConnect(other, port)).toBe(false);
    expect(bot.stderr).not.toMatch(/Warning|DEP\d{4}/);
  });

  it('when HOST is set and the SMS route is on, then the line says so and JSON logs carry the same facts', async () => {
    const bot = startBot({ PORT: '0', HOST: '0.0.0.0', TWILIO_AUTH_TOKEN: 'startup-test-token', LOG_FORMAT: 'json' });
    await readyPort(bot);
    const ready = bot.stdout.split('\n').find((line) => line.includes('ready on')) ?? '';
    const record = JSON.parse(ready) as { msg: string; on: Record<string, string> };
    expect(record.on.smsRoute).toMatch(/^on at \/api\/sms\/twilio/);
    expect(record.on.listening).toMatch(/^0\.0\.0\.0/);
    expect(bot.stdout).toMatch(/no MicrosoftAppId: anyone who can reach this address can talk to the bot without a token/);
    expect(bot.stderr).not.toMatch(/Warning|DEP\d{4}/);
  });

  it('when the port is taken, then it says which port and how to choose another, without a stack trace', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const { port } = blocker.address() as net.AddressInfo;
    try {
      const bot = startBot({ PORT: String(port) });
      expect(await bot.exited).toBe(1);
      expect(bot.stderr).toContain(`Port ${port} on 127.0.0.1 is already in use`);
      expect(bot.stderr).toMatch(/PORT=\d+ npm start/);
      expect(bot.stderr).not.toMatch(/^\s+at /m);
    } finally {
      await new Promise((resolve) => blocker.close(resolve));
    }
  });
});
