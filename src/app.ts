import type { DestinationStream } from 'pino';
import type { Storage } from 'botbuilder';
import type { AppConfig } from './core/config';
import { loadKnowledgeBase } from './core/knowledge/loader';
import { createSearch } from './core/search/search';
import { classifyMessage } from './core/safety/classifier';
import { crisisResourcesFor } from './core/safety/resources';
import { crisisAwareFooter, crisisReply, resourcesFooter, safetyPointer } from './core/safety/crisisReply';
import { describeOpenStatus, isOpenAt, oncePerMinute, openStatus } from './core/clinic/hours';
import { loadGuides, type Guides } from './core/knowledge/guides';
import { createHandoffNotifier } from './core/handoff';
import { createRateLimiter } from './core/rateLimit';
import type { EntryFrontMatter, KnowledgeEntry } from './core/knowledge/schema';
import { createCrisisAlerter } from './core/safety/alert';
import { hashIdentifier } from './core/privacy';
import { createLocalIntentRecognizer } from './core/intents';
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
  entries: KnowledgeEntry[];
  /** Sample entries no clinician approved (served in development only). */
  unreviewedEntries: number;
}

/** The composition root: builds every service once from validated config and wires them together. */
export async function createApp(config: AppConfig, overrides: AppOverrides = {}): Promise<App> {
  const { logger, services, adapter, bot, entries, pipeline, unreviewedEntries } = await buildBot(config, overrides);
  const server = createServer({
    logger,
    adapter,
    maxBodyBytes: config.maxBodyBytes,
    keepAliveTimeoutMs: config.keepAliveTimeoutMs,
    onTurn: (context) => bot.run(context),
    health: () => ({ knowledgeEntries: entries.length }),
    ready: async () => entries.length > 0 && (await checkStorage(services.storage)),
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

  const facts = { knowledgeEntries: entries.length, unreviewedEntries, webChat: webChat.mode, smsRoute: Boolean(config.twilio) };
  return { server, logger, services, facts };
}


/** Everything but HTTP: the bot, its services and the adapter with the safety middleware first. */
export async function buildBot(config: AppConfig, overrides: AppOverrides = {}): Promise<BotRuntime> {
  const logger = createLogger(config, overrides.logDestination);
  const now = overrides.now ?? (() => new Date());

  const mode = config.env === 'production' ? 'production' : 'development';
  const knowledge = await loadKnowledgeBase({ dir: config.knowledgeDir, mode, today: now() });
  const { clinic, entries } = knowledge;
  if (knowledge.unreviewedCount > 0) {
    logger.warn({ unreviewed: knowledge.unreviewedCount, entries: entries.length }, 'serving SAMPLE knowledge entries that no clinician has approved (development mode only)');
  }
  const guides = servableGuides(await loadGuides(config.knowledgeDir, clinic, new Set(entries.map((entry) => entry.id))), mode, now());
  const search = createSearch(entries);
  const entriesById = new Map(entries.map((entry) => [entry.id, entry]));

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
      urgent: (level, at) => {
        const clinicOpenNow = clinicOpenAt(at);
        return standing.keep(`urgent ${level} ${clinicOpenNow ? 'open' : 'closed'}`, () => crisisReply(level, resources, clinic, { clinicOpenNow }));
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
  const pipeline = createTurnPipeline(services, store);
  const adapter = createAdapter(services, store, pipeline);
  const handoff = config.handoffWebhookUrl ? createHandoffNotifier({ webhookUrl: config.handoffWebhookUrl, timeoutMs: config.outboundTimeoutMs, logger }) : undefined;
  const mainDialog = new MainDialog({
    guides,
    openStatusText: oncePerMinute((at) => describeOpenStatus(openStatus(clinic, at))),
    requestHandoff: handoff
      ? (context, intent) => handoff({ conversationHash: hash(context.activity.conversation?.id ?? ''), channel: context.activity.channelId ?? 'unknown', at: now(), intent })
      : undefined,
    clinic,
    safetyPointer: services.safetyPointer,
    recognizer: createLocalIntentRecognizer(),
    search: (query) => search.search(query),
    entry: (id) => entriesById.get(id),
    send: (context, reply) => sendReply(context, services, reply),
    logger,
    now,
  }, store.dialogState);
  const bot = new ClinicBot(services, store, mainDialog);
  return { logger, services, store, pipeline, adapter, bot, entries, unreviewedEntries: knowledge.unreviewedCount };
}

/** Production serves a guide only once a named clinician has approved it and its review is current. */
function servableGuides(guides: Guides, mode: 'development' | 'production', today: Date): Partial<Guides> {
  if (mode === 'development') return guides;
  const todayText = today.toISOString().slice(0, 10);
  const approved = (review: EntryFrontMatter['review']) => review.status === 'approved' && review.reviewed_by !== null && review.next_review >= todayText;
  return {
    firstVisit: approved(guides.firstVisit.review) ? guides.firstVisit : undefined,
    checklist: approved(guides.checklist.review) ? guides.checklist : undefined,
  };
}
