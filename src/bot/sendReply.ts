import type { Activity, TurnContext } from 'botbuilder';
import type { Reply } from '../core/reply';
import { withTimeout } from '../core/timeout';
import type { BotServices } from './services';

type SendServices = Pick<BotServices, 'render' | 'config'>;

/** Renders a channel-neutral reply for this conversation's channel and sends it, within the outbound timeout. */
export async function sendReply(context: TurnContext, services: SendServices, reply: Reply): Promise<void> {
  await sendActivities(context, services, services.render(reply, context.activity.channelId ?? 'webchat'));
}

export async function sendActivities(context: TurnContext, services: Pick<BotServices, 'config'>, activities: readonly Partial<Activity>[]): Promise<void> {
  // A reply with nothing to show on this channel (an intro SMS folds into the next text) sends nothing; botbuilder refuses an empty batch.
  if (activities.length === 0) return;
  await withTimeout(context.sendActivities([...activities]), services.config.outboundTimeoutMs, 'sending a reply to the channel');
}
