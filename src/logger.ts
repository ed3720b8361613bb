import pino, { type Logger } from 'pino';
import type { AppConfig } from './core/config';

export type { Logger };

/**
 * Structured logs: JSON in production (for a log collector), one readable line per event in
 * development. Message text is health information: nothing here logs it, and redaction is a
 * second line of defence for any field that could carry it or a secret.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel'> & Partial<Pick<AppConfig, 'logFormat'>>, destination?: pino.DestinationStream): Logger {
  const pretty = config.logFormat === 'pretty' && destination === undefined;
  return pino(
    {
      level: config.logLevel,
      base: { service: 'ketamine-clinic-bot' },
      redact: {
        paths: [
          'text',
          '*.text',
          'activity.text',
          'body',
          '*.body',
          'req.headers.authorization',
          'headers.authorization',
          '*.password',
          '*.secret',
          '*.token',
          '*.connectionString',
        ],
        censor: '[redacted]',
      },
    },
    pretty ? prettyDestination(process.stdout) : destination,
  );
}

const LEVELS: Readonly<Record<number, string>> = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' };
const COLOURS: Readonly<Record<number, string>> = { 40: '\x1b[33m', 50: '\x1b[31m', 60: '\x1b[31m' };

/**
 * "21:14:03 INFO  bot listening  port=3978 host=127.0.0.1": pino's JSON line, formatted in this
 * process (pino-pretty would add a worker thread and ten packages for the same few lines).
 */
export function formatPretty(line: string, colour = false): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const { level, time, msg, service: _service, err, ...fields } = record;
  const levelNumber = typeof level === 'number' ? level : 30;
  const clock = new Date(typeof time === 'number' ? time : Date.now()).toTimeString().slice(0, 8);
  const name = LEVELS[levelNumber] ?? String(level);
  const shownLevel = colour && COLOURS[levelNumber] ? `${COLOURS[levelNumber]}${name}\x1b[0m` : name;
  const pairs = Object.entries(fields).map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const error = err && typeof err === 'object' ? (err as { stack?: unknown; message?: unknown }) : undefined;
  const errorLines = typeof error?.stack === 'string' ? error.stack : typeof error?.message === 'string' ? error.message : '';
  const errorText = error ? `\n    ${errorLines.split('\n').slice(0, 6).join('\n    ')}` : '';
  return `${clock} ${shownLevel} ${typeof msg === 'string' ? msg : ''}${pairs.length > 0 ? `  ${pairs.join(' ')}` : ''}${errorText}\n`;
}

function prettyDestination(stream: NodeJS.WriteStream): pino.DestinationStream {
  const colour = stream.isTTY;
  return { write: (chunk: string) => void stream.write(chunk.split('\n').filter(Boolean).map((line) => formatPretty(line, colour)).join('')) };
}

/** Error details safe to log: never the activity or message text. */
export function errorSummary(error: unknown): { name: string; message: string; stack?: string } {
  if (error instanceof Error) return { name: error.name, message: error.message, stack: error.stack };
  return { name: 'NonError', message: typeof error };
}
