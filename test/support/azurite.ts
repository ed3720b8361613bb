import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { connect, createServer, type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from './paths';

/** Azurite's fixed, publicly documented development account; not a secret. */
const DEV_ACCOUNT = 'devstoreaccount1';
const DEV_KEY = 'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';
const AZURITE_BLOB_MAIN = path.join(REPO_ROOT, 'node_modules/azurite/dist/src/blob/main.js');

export interface Azurite {
  connectionString: string;
  port: number;
  /** Azurite's data folder: blob contents land in its files, so tests can check what was stored. */
  location: string;
  /** Stops the blob service; its data stays on disk for restart(). */
  stop(): Promise<void>;
  /** Starts it again on the same port and data folder (also after stop()). */
  restart(): Promise<void>;
  /** Stops it and deletes its data. */
  dispose(): Promise<void>;
}

/**
 * A real Azure Blob Storage API (Azurite) on a free port with its data in a temporary folder.
 * Call dispose() in afterAll; a process exit handler kills it if a test run is interrupted.
 */
export async function startAzurite(): Promise<Azurite> {
  const location = await mkdtemp(path.join(os.tmpdir(), 'azurite-'));
  const port = await freePort();
  let child: ChildProcess | undefined;

  const start = async () => {
    const process_ = spawn(
      process.execPath,
      [AZURITE_BLOB_MAIN, '--blobHost', '127.0.0.1', '--blobPort', String(port), '--location', location, '--silent', '--skipApiVersionCheck', '--loose', '--disableTelemetry'],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    child = process_;
    let stderr = '';
    process_.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<never>((_resolve, reject) => {
      process_.once('exit', (code) => reject(new Error(`Azurite exited with code ${code ?? 'null'} before accepting connections:\n${stderr}`)));
    });
    exited.catch(() => undefined);
    await Promise.race([waitForPort(port, 20_000), exited]);
  };

  const stop = async () => {
    const running = child;
    child = undefined;
    if (!running || running.exitCode !== null || running.signalCode !== null) return;
    const exited = new Promise<void>((resolve) => running.once('exit', () => resolve()));
    running.kill('SIGTERM');
    const timer = setTimeout(() => running.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };

  const killOnExit = () => child?.kill('SIGKILL');
  process.once('exit', killOnExit);

  await start();
  return {
    port,
    location,
    connectionString: `DefaultEndpointsProtocol=http;AccountName=${DEV_ACCOUNT};AccountKey=${DEV_KEY};BlobEndpoint=http://127.0.0.1:${port}/${DEV_ACCOUNT};`,
    stop,
    async restart() {
      await stop();
      await start();
    },
    async dispose() {
      await stop();
      process.removeListener('exit', killOnExit);
      await rm(location, { recursive: true, force: true });
    },
  };
}

/** A port nobody listens on now: the OS picks it, we release it and hand it to Azurite. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

async function waitForPort(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const open = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error(`Azurite did not accept connections on port ${port} within ${timeoutMs} ms`);
}
