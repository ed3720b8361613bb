import pino, { type Logger } from 'pino';
import type { AppConfig } from './core/config';

export type { Logger };

/**
 * Structured JSON logs. Message text is health information: nothing here logs it, and
 * redaction is a second line of defence for any field that could carry it or a secret.
 */
export function createLogger(config: Pick<AppConfig, 'logLevel'>, destination?: pino.DestinationStream): Logger {
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
    destination,
  );
}
