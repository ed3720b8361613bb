import type { DestinationStream } from 'pino';
import type { Storage } from 'botbuilder';
import type { AppConfig } from './core/config';
import { classifyMessage } from './core/safety/classifier';
import { crisisResourcesFor } from './core/safety/resources';
import { crisisAwareFooter, crisisReply, resourcesFooter, safetyPointer } from './core/safety/crisisReply';
import { crisisReplySpanish } from './core/safety/crisisReplySpanish';
import { describeOpenStatus, isOpenAt, oncePerMinute, openStatus } from './core/clinic/hours';
import { loadGuides, servableGuides } from './core/knowledge/guides';
import { createServedEntries, type ServedEntries } from './core/knowledge/expiry';
import { dateInZone, loadKnowledgeBase } from './core/knowledge/loader';
import { formatProblem } from './core/knowledge/problems';
import { createHandoffNotifier } from './core/handoff';
import { createRateLimiter } from './core/rateLimit';
import type { Phrasings } from './core/knowledge/phrasings';
import type { KnowledgeEntry } from './core/knowledge/schema';
import { createCrisisAlerter } from './core/safety/alert';
import { hashIdentifier } from './core/privacy';
import { createUnansweredRecorder } from './core/unanswered';
import { createUnderstanding } from './core/understanding/decide';
import { OPEN_STATUS_ENTRIES } from './core/answers';
import { render } from './core/render';
import { StandingReplies } from './core/render/standing';
import { createLogger, type Logger } from './logger';
import { createAdapter, createTurnPipeline, type ClinicAdapter, type TurnPipeline } from './bot/adapter';
import { ClinicBot } from './bot/clinicBot';
import { ConversationStore } from './bot/conversationStore';
import { sendReply } from './bot/sendReply';
import type { BotServices } from './bot/services';
import { createServer, type BotServer } from './server';
import { registerWebChat } from './webchat';
import { checkStorage, createStorage } from './storage/createStorage';
import { MainDialog } from '../dialogs/mainDialog';

export interface App {
  server: BotServer;
  logger: Logger;
  services: BotServices;
  /** What is switched on, for the start-up line (see core/startupSummary.ts). */
  facts: { knowledgeEntries: number; unreviewedEntries: number; webChat: 'azure' | 'local'; smsRoute: boolean };
}

export interface AppOverrides {
  logDestination?: DestinationStream;
  storage?: Storage;
  now?: () => Date;
}

export interface BotRuntime {
  logger: Logger;
  services: BotServices;
  store: ConversationStore;
  /** The safety middleware and turn-error handler every adapter must use (tests' TestAdapter too). */
  pipeline: TurnPipeline;
  adapter: ClinicAdapter;
  bot: ClinicBot;
  /** The entries served at start-up. */
  entries: KnowledgeEntry[];
  /** How patients ask (knowledge/phrasings/), for the decision stage. */
  phrasings: Phrasings;
  /** The entries served now: production drops an entry once its review date passes. */
  knowledge: ServedEntries;
  /** Sample entries no clinician approved (served in development only). */
  unreviewedEntries: number;
}

/** The composition root: builds every service once from validated config and wires them together. */
export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<App> {
  const { logger, services, adapter, bot, knowledge, pipeline, unreviewedEntries } = await buildBot(config, overrides);
  const server = createServer({
    logger,
    adapter,
    maxBodyBytes: config.maxBodyBytes,
    keepAliveTimeoutMs: config.keepAliveTimeoutMs,
    onTurn: (context) => bot.run(context),
    health: () => ({ knowledgeEntries: knowledge.entries().length }),
    ready: async () => knowledge.entries().length > 0 && (await checkStorage(services.storage)),
  });
  server.onClose(() => {
    knowledge.stop();
    return Promise.resolve();
  });

  // SMS through Twilio (POST /api/sms/twilio), only when TWILIO_AUTH_TOKEN is set: the same
  // pipeline (safety middleware first, turn-error handler) and bot as /api/messages. Loaded only
  // then: the Twilio SDK is about 1 MB of heap that a bot without SMS never uses.
  if (config.twilio) {
    const { enableTwilioSms } = await import('./sms');
    enableTwilioSms(server.restify, services, pipeline, (context) => bot.run(context));
  }

  // Website chat: GET / (the Web Chat page), GET /api/directline/token, and, with no Direct Line
  // secret and no Azure credentials, a local Direct Line so `npm start` needs no Azure account.
  const webChat = registerWebChat(server.restify, {
    clinic: services.clinic,
    logger,
    directLineSecret: config.webChat.directLineSecret,
    publicBaseUrl: config.webChat.publicBaseUrl,
    frameAncestors: config.webChat.frameAncestors,
    trustProxy: config.webChat.trustProxy,
    outboundTimeoutMs: config.outboundTimeoutMs,
    processActivity: (activity) => adapter.processActivityDirect('', activity, (context) => bot.run(context)),
  });
  server.onClose(() => webChat.close());

  const facts = { knowledgeEntries: knowledge.entries().length, unreviewedEntries, webChat: webChat.mode, smsRoute: Boolean(config.twilio) };
  return { server, logger, services, facts };
}


/** Everything but HTTP: the bot, its services and the adapter with the safety middleware first. */
export async function buildBot(config: AppConfig, overrides: AppOverrides = {}): Promise<BotRuntime> {
  const logger = createLogger(config, overrides.logDestination);
  const now = overrides.now ?? (() => new Date());

  const mode = config.env === 'production' ? 'production' : 'development';
  const knowledge = await loadKnowledgeBase({ dir: config.knowledgeDir, mode, today: now() });
  const { clinic, entries } = knowledge;
  for (const problem of knowledge.problems) logger.warn({ knowledgeProblem: formatProblem(problem) }, 'knowledge base note');
  if (knowledge.unreviewedCount > 0) {
    logger.warn({ unreviewed: knowledge.unreviewedCount, entries: entries.length }, 'serving SAMPLE knowledge entries that no clinician has approved (development mode only)');
  }
  const guides = servableGuides(await loadGuides(config.knowledgeDir, clinic, new Set(entries.map((entry) => entry.id))), mode, dateInZone(now(), clinic.timezone));

  // Expiry while running: an entry whose review date passes stops being served without a restart
  // (checked hourly and, at most once a minute, when entries are read); the log says so once.
  const served = createServedEntries({
    entries,
    mode,
    timeZone: clinic.timezone,
    now,
    onExpired: (entry, dueOn) =>
      logger.warn({ entryId: entry.id, dueOn }, mode === 'production' ? 'knowledge entry review date passed: no longer served' : 'knowledge entry review date passed (development still serves it)'),
  });
  served.start();
  const phrasings = knowledge.phrasings;
  let understanding = createUnderstanding(entries, { phrasings });
  let understandingVersion = served.version;
  const currentUnderstanding = () => {
    if (served.version !== understandingVersion) {
      understandingVersion = served.version;
      understanding = createUnderstanding(served.entries(), { phrasings });
    }
    return understanding;
  };

  const resources = crisisResourcesFor(clinic.country);
  const hash = (value: string) => hashIdentifier(value, config.hashSalt);
  const alerter = config.crisisAlertWebhookUrl
    ? createCrisisAlerter({ webhookUrl: config.crisisAlertWebhookUrl, timeoutMs: config.outboundTimeoutMs, retries: 2, logger })
    : undefined;

  // A bug in opening hours must not block a crisis reply: assume closed, the lines are 24/7.
  const clinicOpenAt = oncePerMinute((at: Date) => {
    try {
      return isOpenAt(clinic, at);
    } catch {
      return false;
    }
  });

  const renderContext = (channelId: string) => ({ channelId, clinicPhone: clinic.phone, allowedSmsUrls: [clinic.booking_url] });
  const standing = new StandingReplies((reply, channelId) => render(reply, renderContext(channelId)));

  const services: BotServices = {
    config,
    logger,
    clinic,
    storage: overrides.storage ?? createStorage(config, logger),
    classify: classifyMessage,
    safetyReplies: {
      urgent: (level, at, language) => {
        const clinicOpenNow = clinicOpenAt(at);
        const build = language === 'es' ? crisisReplySpanish : crisisReply;
        return standing.keep(`urgent ${level} ${clinicOpenNow ? 'open' : 'closed'} ${language ?? 'en'}`, () => build(level, resources, clinic, { clinicOpenNow }));
      },
      mentionLine: () => standing.keep('mention line', () => resourcesFooter(resources)),
      crisisAwareFooter: () => standing.keep('crisis-aware footer', () => crisisAwareFooter(resources, clinic)),
    },
    safetyPointer: safetyPointer(resources),
    alertStaff: alerter ? (alert) => alerter.alert(alert) : undefined,
    conversationLimiter: createRateLimiter(config.rateLimit),
    render: (reply, channelId) => standing.render(reply, channelId),
    hash,
    now,
  };

  const store = new ConversationStore(services.storage);
  const unanswered = createUnansweredRecorder({ ...config.unanswered, storage: services.storage, now });
  const pipeline = createTurnPipeline(services, store);
  const adapter = createAdapter(services, store, pipeline);
  const handoff = config.handoffWebhookUrl ? createHandoffNotifier({ webhookUrl: config.handoffWebhookUrl, timeoutMs: config.outboundTimeoutMs, logger }) : undefined;
  const openStatusText = oncePerMinute((at: Date) => describeOpenStatus(openStatus(clinic, at)));
  const mainDialog = new MainDialog({
    guides,
    openStatusText,
    leadFor: (entryId) => (OPEN_STATUS_ENTRIES.has(entryId) ? openStatusText(now()) : undefined),
    requestHandoff: handoff
      ? (context, intent) => handoff({ conversationHash: hash(context.activity.conversation?.id ?? ''), channel: context.activity.channelId ?? 'unknown', at: now(), intent })
      : undefined,
    clinic,
    safetyPointer: services.safetyPointer,
    understand: (text) => currentUnderstanding().understand(text),
    entry: (id) => served.entry(id),
    send: async (context, reply) => {
      await store.offer(context, reply.choices);
      await sendReply(context, services, reply);
    },
    pickedByNumber: (context, text) => store.pickedByNumber(context, text),
    recordUnanswered: (request) => unanswered.record(request),
    logger,
    now,
  }, store.dialogState);
  const bot = new ClinicBot(services, store, mainDialog);
  return { logger, services, store, pipeline, adapter, bot, entries, phrasings, knowledge: served, unreviewedEntries: knowledge.unreviewedCount };
}
