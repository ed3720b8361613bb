import { unansweredSettings, type UnansweredSettings } from './unanswered';
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', ''])
  .optional()
  .transform((value) => value === 'true' || value === '1');

const optionalText = z
  .string()
  .optional()
  .transform((value) => (value === undefined || value.trim() === '' ? undefined : value.trim()));

const optionalUrl = optionalText.pipe(z.string().url().optional());

// Azure's rules for container names; checked here so a typo fails at start-up, not on the first message.
const containerName = z
  .string()
  .trim()
  .regex(/^(?=.{3,63}$)[a-z0-9]+(-[a-z0-9]+)*$/, 'must be 3-63 lowercase letters, digits and single hyphens, starting and ending with a letter or digit');

// Checked for shape only; the message never repeats the value, which holds an account key.
const storageConnectionString = optionalText.pipe(
  z
    .string()
    .regex(/(^|;)\s*(AccountName|BlobEndpoint|UseDevelopmentStorage)\s*=/i, 'must be an Azure Storage connection string (AccountName=...;AccountKey=... or BlobEndpoint=...)')
    .optional(),
);

/** Every setting the bot reads from the environment. `.env.example` documents each one. */
const envSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3978),
    HOST: optionalText.pipe(z.string().regex(/^(?:[a-z0-9.-]+|[0-9a-f:]+)$/i, 'must be an address or host name such as 127.0.0.1, 0.0.0.0 or ::').optional()),
    KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1000).max(600_000).default(65_000),
    LOG_FORMAT: optionalText.pipe(z.enum(['pretty', 'json']).optional()),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    LOG_MESSAGE_TEXT: flag,
    LOG_HASH_SALT: optionalText,
    MicrosoftAppId: optionalText,
    MicrosoftAppPassword: optionalText,
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('MultiTenant'),
    MicrosoftAppTenantId: optionalText,
    KNOWLEDGE_DIR: optionalText,
    MAX_BODY_BYTES: z.coerce.number().int().min(1024).max(10_000_000).default(256 * 1024),
    STATE_TTL_HOURS: z.coerce.number().min(1).max(24 * 90).default(72),
    CRISIS_AWARE_HOURS: z.coerce.number().min(0).max(24 * 30).default(24),
    CRISIS_ALERT_WEBHOOK_URL: optionalUrl,
    HANDOFF_WEBHOOK_URL: optionalUrl,
    RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).max(10_000).default(40),
    RATE_LIMIT_BURST: z.coerce.number().int().min(1).max(10_000).default(20),
    DIRECT_LINE_SECRET: optionalText,
    PUBLIC_BASE_URL: optionalUrl,
    WEBCHAT_FRAME_ANCESTORS: optionalText,
    TRUST_PROXY: flag,
    OUTBOUND_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5000),
    TWILIO_AUTH_TOKEN: optionalText,
    TWILIO_WEBHOOK_URL: optionalUrl,
    STORAGE: z.enum(['memory', 'blob']).default('memory'),
    BLOB_CONNECTION_STRING: storageConnectionString,
    BLOB_CONTAINER: optionalText.pipe(containerName.default('bot-state')),
  })
  .superRefine((env, ctx) => {
    if (env.LOG_MESSAGE_TEXT && env.NODE_ENV === 'production') {
      ctx.addIssue({ code: 'custom', path: ['LOG_MESSAGE_TEXT'], message: 'must not be true when NODE_ENV=production (message text is health information)' });
    }
    if (env.MicrosoftAppId && !env.MicrosoftAppPassword && env.MicrosoftAppType !== 'UserAssignedMSI') {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
    }
    if (env.MicrosoftAppType === 'SingleTenant' && env.MicrosoftAppId && !env.MicrosoftAppTenantId) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required when MicrosoftAppType=SingleTenant' });
    }
    if (env.MicrosoftAppId && !env.DIRECT_LINE_SECRET && env.NODE_ENV === 'production') {
      ctx.addIssue({ code: 'custom', path: ['DIRECT_LINE_SECRET'], message: 'is required in production when MicrosoftAppId is set (the web page needs Azure Direct Line)' });
    }
    for (const origin of (env.WEBCHAT_FRAME_ANCESTORS ?? '').split(',').map((o) => o.trim()).filter(Boolean)) {
      if (!/^https?:\/\/[^/\s]+$/.test(origin)) ctx.addIssue({ code: 'custom', path: ['WEBCHAT_FRAME_ANCESTORS'], message: `"${origin}" is not an origin such as https://www.example.org` });
    }
    if (env.STATE_TTL_HOURS < env.CRISIS_AWARE_HOURS) {
      ctx.addIssue({ code: 'custom', path: ['STATE_TTL_HOURS'], message: 'must be at least CRISIS_AWARE_HOURS, or the crisis-aware period would be forgotten early' });
    }
    if (env.NODE_ENV === 'production' && !env.LOG_HASH_SALT) {
      ctx.addIssue({ code: 'custom', path: ['LOG_HASH_SALT'], message: 'is required when NODE_ENV=production (it keeps hashed ids in logs from being reversed)' });
    }
    if (env.STORAGE === 'blob' && !env.BLOB_CONNECTION_STRING) {
      ctx.addIssue({ code: 'custom', path: ['BLOB_CONNECTION_STRING'], message: 'is required when STORAGE=blob' });
    }
    if (env.TWILIO_WEBHOOK_URL && !env.TWILIO_AUTH_TOKEN) {
      ctx.addIssue({ code: 'custom', path: ['TWILIO_AUTH_TOKEN'], message: 'is required when TWILIO_WEBHOOK_URL is set (without it the SMS route is off)' });
    }
  });

export type AppConfig = Readonly<{
  env: 'development' | 'production' | 'test';
  port: number;
  /** Where to listen. Without Bot Framework credentials and without HOST: 127.0.0.1 only. */
  host: string;
  /** Whether HOST was set (else the address was chosen from whether credentials are set). */
  hostFromEnv: boolean;
  /** How long an idle keep-alive connection stays open; above the idle timeout of any proxy in front. */
  keepAliveTimeoutMs: number;
  /** `pretty` (one readable line per event) in development, `json` otherwise, unless LOG_FORMAT says. */
  logFormat: 'pretty' | 'json';
  logLevel: z.infer<typeof envSchema>['LOG_LEVEL'];
  logMessageText: boolean;
  hashSalt: string;
  botAuth: { appId?: string; appPassword?: string; appType: string; tenantId?: string };
  knowledgeDir: string;
  maxBodyBytes: number;
  crisisAwareMs: number;
  /** In-memory state of a conversation nobody has written to for this long is dropped. */
  stateTtlMs: number;
  crisisAlertWebhookUrl?: string;
  handoffWebhookUrl?: string;
  outboundTimeoutMs: number;
  rateLimit: { perMinute: number; burst: number };
  webChat: { directLineSecret?: string; publicBaseUrl?: string; frameAncestors: string[]; trustProxy: boolean };
  /** Set only when TWILIO_AUTH_TOKEN is: the clinic's own SMS route (POST /api/sms/twilio) is off otherwise. */
  twilio?: { authToken: string; webhookUrl?: string };
  /** Questions the bot could not answer, kept redacted for staff (off by default). */
  unanswered: UnansweredSettings;
  /** Where conversation state lives: memory is lost on restart and not shared between instances. */
  storage: StorageConfig;
}>;

export type StorageConfig = { kind: 'memory' } | { kind: 'blob'; connectionString: string; container: string };

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Reads and validates the environment once, at start-up. Errors name the variable. */
function readUnanswered(env: Record<string, string | undefined>): UnansweredSettings {
  try {
    return unansweredSettings(env);
  } catch (error) {
    throw new ConfigError(`Invalid configuration:\n  ${error instanceof Error ? error.message : 'UNANSWERED_QUESTIONS'}`);
  }
}

export function loadConfig(env: Record<string, string | undefined>, defaults: { knowledgeDir: string }): AppConfig {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.') || '(environment)'}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST ?? (e.MicrosoftAppId ? '0.0.0.0' : '127.0.0.1'),
    hostFromEnv: e.HOST !== undefined,
    keepAliveTimeoutMs: e.KEEP_ALIVE_TIMEOUT_MS,
    logFormat: e.LOG_FORMAT ?? (e.NODE_ENV === 'development' ? 'pretty' : 'json'),
    logLevel: e.LOG_LEVEL,
    logMessageText: e.LOG_MESSAGE_TEXT,
    hashSalt: e.LOG_HASH_SALT ?? 'development-only-salt',
    botAuth: { appId: e.MicrosoftAppId, appPassword: e.MicrosoftAppPassword, appType: e.MicrosoftAppType, tenantId: e.MicrosoftAppTenantId },
    knowledgeDir: e.KNOWLEDGE_DIR ?? defaults.knowledgeDir,
    maxBodyBytes: e.MAX_BODY_BYTES,
    crisisAwareMs: e.CRISIS_AWARE_HOURS * 3_600_000,
    stateTtlMs: e.STATE_TTL_HOURS * 3_600_000,
    crisisAlertWebhookUrl: e.CRISIS_ALERT_WEBHOOK_URL,
    handoffWebhookUrl: e.HANDOFF_WEBHOOK_URL,
    outboundTimeoutMs: e.OUTBOUND_TIMEOUT_MS,
    rateLimit: { perMinute: e.RATE_LIMIT_PER_MINUTE, burst: e.RATE_LIMIT_BURST },
    webChat: {
      directLineSecret: e.DIRECT_LINE_SECRET,
      publicBaseUrl: e.PUBLIC_BASE_URL,
      frameAncestors: (e.WEBCHAT_FRAME_ANCESTORS ?? '').split(',').map((origin) => origin.trim()).filter((origin) => origin !== ''),
      trustProxy: e.TRUST_PROXY,
    },
    twilio: e.TWILIO_AUTH_TOKEN ? { authToken: e.TWILIO_AUTH_TOKEN, webhookUrl: e.TWILIO_WEBHOOK_URL } : undefined,
    unanswered: readUnanswered(env),
    storage:
      e.STORAGE === 'blob' && e.BLOB_CONNECTION_STRING
        ? { kind: 'blob', connectionString: e.BLOB_CONNECTION_STRING, container: e.BLOB_CONTAINER }
        : { kind: 'memory' },
  };
}
