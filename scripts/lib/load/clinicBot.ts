/** The clinic bot as the benchmarks run it, and where the checkout is. */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';

/** The checkout: found by walking up, because this file also runs compiled, from dist-bench/scripts/lib/load. */
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
  const { createApp } = await import('../../../src/app');
  const { loadConfig } = await import('../../../src/core/config');
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
