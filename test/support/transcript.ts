import { MemoryStorage, TestAdapter, type Activity, type Storage } from 'botbuilder';
import path from 'node:path';
import { buildBot, type AppOverrides, type BotRuntime } from '../../src/app';
import { useTurnPipeline } from '../../src/bot/pipeline';
import { loadConfig } from '../../src/core/config';
import { REPO_ROOT } from './paths';

/** One reply as a patient sees it, in parts a test can assert on without matching regexes against JSON. */
export interface SeenReply {
  type: string;
  /** The message text ('' for a card-only answer). */
  text: string;
  /** Every button's title: suggested actions, then card buttons, in order. */
  buttons: string[];
  /** The value a tap on each button sends back (suggested actions: what becomes the text; card submits: their data). */
  buttonValues: unknown[];
  /** The bold heading of each Adaptive Card (an answer's entry title). */
  cardTitles: string[];
  /** All text blocks of every card, one per line. */
  cardText: string;
  /** Text, card text and button titles together: everything the patient reads. */
  visible: string;
  activity: Partial<Activity>;
}

interface CardElement {
  type: string;
  text?: string;
  weight?: string;
  actions?: Array<{ title?: string; data?: unknown; url?: string }>;
}

export function seen(activity: Partial<Activity>): SeenReply {
  const suggested = activity.suggestedActions?.actions ?? [];
  const cards = (activity.attachments ?? [])
    .filter((attachment) => attachment.contentType === 'application/vnd.microsoft.card.adaptive')
    .map((attachment) => ((attachment.content as { body?: CardElement[] } | undefined)?.body ?? []));
  const blocks = cards.flat();
  const cardButtons = blocks.flatMap((element) => element.actions ?? []);
  const text = activity.text ?? '';
  const buttons = [...suggested.map((action) => action.title ?? ''), ...cardButtons.map((button) => button.title ?? '')];
  const cardText = blocks.filter((element) => element.type === 'TextBlock').map((element) => element.text ?? '').join('\n');
  return {
    type: activity.type ?? '',
    text,
    buttons,
    buttonValues: [...suggested.map((action) => action.value as unknown), ...cardButtons.map((button) => button.data ?? button.url)],
    cardTitles: cards.flatMap((body) => body.filter((element) => element.type === 'TextBlock' && element.weight === 'Bolder').map((element) => element.text ?? '')),
    cardText,
    visible: [text, cardText, ...buttons].filter(Boolean).join('\n'),
    activity,
  };
}

export interface Transcript {
  /** Sends a typed message, or any activity (a card button's submit); returns the bot's replies. */
  say: (message: string | Partial<Activity>) => Promise<SeenReply[]>;
  /** Taps a card button whose submit data is `value` (e.g. "Was this helpful?"). */
  tap: (value: object) => Promise<SeenReply[]>;
  runtime: BotRuntime;
  storage: Storage;
}

/**
 * The real bot (the same pipeline, dialogs, knowledge and renderer) on botbuilder's TestAdapter,
 * one patient message at a time. `env`: extra configuration, as environment variables; `channelId`:
 * the channel the messages come from (the renderer and the Emulator trace depend on it).
 */
export async function startTranscript(env: Record<string, string> = {}, overrides: AppOverrides = {}, options: { channelId?: string } = {}): Promise<Transcript> {
  const storage = overrides.storage ?? new MemoryStorage();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1000', ...env }, { knowledgeDir: path.join(REPO_ROOT, 'knowledge') });
  const runtime = await buildBot(config, { ...overrides, storage });
  const adapter = useTurnPipeline(new TestAdapter((context) => runtime.bot.run(context), options.channelId ? { channelId: options.channelId } : undefined, true), runtime.pipeline);
  const say = async (message: string | Partial<Activity>) => {
    await adapter.receiveActivity(message);
    return adapter.activeQueue.splice(0).map(seen);
  };
  return { say, tap: (value) => say({ type: 'message', value }), runtime, storage };
}

/** Everything visible in these replies, one reply per line. */
export function visible(replies: readonly SeenReply[]): string {
  return replies.map((reply) => reply.visible).join('\n');
}
