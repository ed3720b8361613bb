import type { AppConfig } from './config';

/** What the running bot has switched on, for the one start-up line. */
export interface StartupFacts {
  port: number;
  knowledgeEntries: number;
  unreviewedEntries: number;
  webChat: 'azure' | 'local';
  smsRoute: boolean;
}

export interface StartupSummary {
  /** One line a person reads: what is on, and where. */
  text: string;
  /** The same facts as fields, for JSON logs. */
  on: Record<string, string>;
}

/** Loopback addresses: nothing on another machine can reach the bot. */
export function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\./.test(host);
}

/**
 * "ready on http://127.0.0.1:3978 | auth: none ... | channels: ... | SMS route: off | storage: memory | knowledge: ...".
 * Read once at start-up, so an operator sees at a glance whether the bot runs as intended.
 */
export function startupSummary(config: AppConfig, facts: StartupFacts): StartupSummary {
  const shownHost = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;
  const where = isLoopback(config.host)
    ? `${config.host} only${config.hostFromEnv ? '' : ' (no MicrosoftAppId: not reachable from other machines; set HOST=0.0.0.0 to change that)'}`
    : `${config.host} (every interface${config.host === '0.0.0.0' || config.host === '::' ? '' : ' named'})`;
  const on: Record<string, string> = {
    listening: where,
    auth: config.botAuth.appId ? `Bot Framework tokens required (${config.botAuth.appType})` : 'none (development: requests are not authenticated)',
    channels: [
      'Emulator and Azure channels at /api/messages',
      `Web Chat page at / (${facts.webChat === 'azure' ? 'Azure Direct Line' : 'local Direct Line'})`,
    ].join(', '),
    smsRoute: config.twilio ? 'on at /api/sms/twilio (Twilio signature required)' : 'off (set TWILIO_AUTH_TOKEN to turn it on)',
    storage: config.storage.kind === 'blob' ? `Azure Blob Storage (container ${config.storage.container})` : 'memory (lost on restart, one instance)',
    knowledge: `${config.env === 'production' ? 'production' : 'development'} mode, ${facts.knowledgeEntries} entries${facts.unreviewedEntries > 0 ? `, ${facts.unreviewedEntries} of them unreviewed samples` : ''}`,
  };
  const text = [
    `ready on http://${shownHost}:${facts.port}`,
    `listening: ${on.listening}`,
    `auth: ${on.auth}`,
    `channels: ${on.channels}`,
    `SMS route: ${on.smsRoute}`,
    `storage: ${on.storage}`,
    `knowledge: ${on.knowledge}`,
  ].join(' | ');
  return { text, on };
}
