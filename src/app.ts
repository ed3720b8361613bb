import type { DestinationStream } from 'pino';
import type { Activity, Storage } from 'botbuilder';
import type { AppConfig } from './core/config';
import { classifyMessage } from './core/safety/classifier';
import { crisisResourcesFor } from './core/safety/resources';
import { safetyPointer as safetyPointerFor } from './core/safety/crisisReply';
import type { SafetyResult } from './core/safety/types';
import type { ClinicProfile } from './core/clinic/schema';
import { createOpenNow } from './core/clinic/hours';
import { loadServableGuides } from './core/knowledge/guides';
import { createServedEntries, derivedFromServed, type ServedEntries } from './core/knowledge/expiry';
import { dateInZone, loadKnowledgeBase } from './core/knowledge/loader';
import { formatProblem } from './core/knowledge/problems';
import { createHandoffNotifier, createHandoffRequester } from './core/handoff';
import { createRateLimiter } from './core/rateLimit';
import type { Phrasings } from './core/knowledge/phrasings';
import type { KnowledgeEntry } from './core/knowledge/schema';
import { createCrisisAlerter } from './core/safety/alert';
import { hashIdentifier, type HashedId } from './core/privacy';
import { createUnansweredRecorder } from './core/unanswered';
import { createUnderstanding } from './core/understanding/decide';
import { answerLead } from './core/answers';
import { rateLimitedReply, turnErrorReply } from './core/messages';
import { clinicRenderContext, render } from './core/render';
import { StandingReplies } from './tuning';
import { createLogger, type Logger } from './logger';
import { createAdapter, type ClinicAdapter } from './bot/adapter';
import { ClinicBot } from './bot/clinicBot';
import { ConversationStore } from './bot/conversationStore';
import { createTurnErrorHandler, RateLimitMiddleware, SafetyFooterMiddleware, SafetyGate, TurnTrace, type TurnPipeline } from './bot/pipeline';
import { createSafetyReplies } from './bot/safetyReplies';
import { createSenders, rememberingChoices } from './bot/send';
import { createServer, type BotServer } from './server';
import { registerWebChat } from './webchat';
import { checkStorage, createStorage } from './storage/createStorage';
import { MainDialog } from '../dialogs/mainDialog';

export interface App {
  server: BotServer;
  logger: Logger;
  clinic: ClinicProfile;
  storage: Storage;
  /** What is switched on, for the start-up line (see core/startupSummary.ts). */
  facts: { knowledgeEntries: number; unreviewedEntries: number; webChat: 'azure' | 'local'; smsRoute: boolean };
}

export interface AppOverrides {
  logDestination?: DestinationStream;
  storage?: Storage;
  now?: () => Date;
  /** Replaces the safety classifier (tests: a classifier that throws). */
  classify?: (text: string) => SafetyResult;
}

export interface BotRuntime {
  logger: Logger;
  clinic: ClinicProfile;
  storage: Storage;
  store: ConversationStore;
  /** The safety gate, rate limit, safety footer and turn-error handler every adapter must use (tests' TestAdapter too). */
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

/** The composition root: builds every service once from validated config and wires them together. Policies live in the modules it wires. */
export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<App> {
  const { runtime, hash, smsApology } = await wireBot(config, overrides);
  const { logger, clinic, storage, adapter, bot, knowledge, pipeline, unreviewedEntries } = runtime;
  const server = createServer({
    logger,
    adapter,
    maxBodyBytes: config.maxBodyBytes,
    keepAliveTimeoutMs: config.keepAliveTimeoutMs,
    onTurn: (context) => bot.run(context),
    health: () => ({ knowledgeEntries: knowledge.entries().length }),
    ready: async () => knowledge.entries().length > 0 && (await checkStorage(storage)),
  });
  server.onClose(() => {
    knowledge.stop();
    return Promise.resolve();
  });

  // SMS through Twilio (POST /api/sms/twilio), only when TWILIO_AUTH_TOKEN is set. Loaded only
  // then: the Twilio SDK is heap that a bot without SMS never uses.
  if (config.twilio) {
    const { enableTwilioSms, SMS_CHANNEL_ID } = await import('./sms');
    enableTwilioSms(server.restify, {
      twilio: config.twilio,
      maxBodyBytes: config.maxBodyBytes,
      logger,
      hash,
      pipeline,
      onTurn: (context) => bot.run(context),
      fallbackActivities: smsApology(SMS_CHANNEL_ID),
    });
  }

  // Website chat: GET / (the Web Chat page), GET /api/directline/token, and, with no Direct Line
  // secret and no Azure credentials, a local Direct Line so `npm start` needs no Azure account.
  const webChat = registerWebChat(server.restify, {
    clinic,
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
  return { server, logger, clinic, storage, facts };
}

/** Everything but HTTP: the bot, its services and the adapter with the safety gate first. */
export async function buildBot(config: AppConfig, overrides: AppOverrides = {}): Promise<BotRuntime> {
  return (await wireBot(config, overrides)).runtime;
}

/** The bot, and what the HTTP routes around it need besides. */
async function wireBot(config: AppConfig, overrides: AppOverrides): Promise<{ runtime: BotRuntime; hash: (value: string) => HashedId; smsApology: (channelId: string) => readonly Partial<Activity>[] }> {
  const logger = createLogger(config, overrides.logDestination);
  const now = overrides.now ?? (() => new Date());

  const mode = config.env === 'production' ? 'production' : 'development';
  const knowledge = await loadKnowledgeBase({ dir: config.knowledgeDir, mode, today: now() });
  const { clinic, entries } = knowledge;
  for (const problem of knowledge.problems) logger.warn({ knowledgeProblem: formatProblem(problem) }, 'knowledge base note');
  if (knowledge.unreviewedCount > 0) {
    logger.warn({ unreviewed: knowledge.unreviewedCount, entries: entries.length }, 'serving SAMPLE knowledge entries that no clinician has approved (development mode only)');
  }
  const guides = await loadServableGuides(config.knowledgeDir, clinic, new Set(entries.map((entry) => entry.id)), mode, dateInZone(now(), clinic.timezone));

  // Expiry while running: an entry whose review date passes stops being served without a restart.
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
  const understanding = derivedFromServed(served, (current) => {
    const built = createUnderstanding(current, { phrasings });
    built.prepare();
    return built;
  });

  const resources = crisisResourcesFor(clinic.country);
  const safetyPointer = safetyPointerFor(resources);
  const hash = (value: string) => hashIdentifier(value, config.hashSalt);
  const openNow = createOpenNow(clinic);
  const standing = new StandingReplies((reply, channelId) => render(reply, clinicRenderContext(clinic, channelId)));
  const renderFor = (reply: Parameters<typeof standing.render>[0], channelId: string) => standing.render(reply, channelId);
  const { sendReply, sendActivities } = createSenders(renderFor, config.outboundTimeoutMs);
  const apology = turnErrorReply(clinic, safetyPointer);
  const safetyReplies = createSafetyReplies({ resources, clinic, clinicOpenAt: (at) => openNow.isOpen(at), standing });
  const alerter = config.crisisAlertWebhookUrl
    ? createCrisisAlerter({ webhookUrl: config.crisisAlertWebhookUrl, timeoutMs: config.outboundTimeoutMs, retries: 2, logger })
    : undefined;

  const storage = overrides.storage ?? createStorage(config, logger);
  const store = new ConversationStore(storage);
  const trace = new TurnTrace({ sendActivities, logger });
  const pipeline: TurnPipeline = {
    safetyGate: new SafetyGate({
      classify: overrides.classify ?? classifyMessage,
      replies: safetyReplies,
      sendReply,
      sendActivities,
      store,
      alertStaff: alerter ? (alert) => alerter.alert(alert) : undefined,
      hash,
      now,
      logger,
      logMessageText: config.logMessageText,
      trace,
    }),
    rateLimit: new RateLimitMiddleware({ limiter: createRateLimiter(config.rateLimit), reply: rateLimitedReply(clinic, safetyPointer), sendReply, now, logger }),
    safetyFooter: new SafetyFooterMiddleware({ replies: safetyReplies, store, crisisAwareMs: config.crisisAwareMs, sendReply, now, logger }),
    handleTurnError: createTurnErrorHandler({ apology, sendReply, store, hash, logger }),
  };
  const adapter: ClinicAdapter = createAdapter(config.botAuth, pipeline);

  const unanswered = createUnansweredRecorder({ ...config.unanswered, storage, now });
  const notifyHandoff = config.handoffWebhookUrl ? createHandoffNotifier({ webhookUrl: config.handoffWebhookUrl, timeoutMs: config.outboundTimeoutMs, logger }) : undefined;
  const mainDialog = new MainDialog({
    clinic,
    safetyPointer,
    guides,
    understand: (text) => understanding().understand(text),
    entry: (id) => served.entry(id),
    leadFor: (entryId) => answerLead(entryId, () => openNow.statusText(now())),
    openStatusText: (at) => openNow.statusText(at),
    requestHandoff: notifyHandoff ? createHandoffRequester(notifyHandoff, hash, now) : undefined,
    send: rememberingChoices(sendReply, store),
    pickedByNumber: (context, text) => store.pickedByNumber(context, text),
    recordUnanswered: (request) => unanswered.record(request),
    logger,
    now,
  }, store.dialogState);
  const bot = new ClinicBot({ clinic, safetyPointer, sendReply, store, mainDialog, trace });
  const runtime: BotRuntime = { logger, clinic, storage, store, pipeline, adapter, bot, entries, phrasings, knowledge: served, unreviewedEntries: knowledge.unreviewedCount };
  return { runtime, hash, smsApology: (channelId) => renderFor(apology, channelId) };
}
