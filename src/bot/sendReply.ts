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
  await withTimeout(context.sendActivities([...activities]), services.config.outboundTimeoutMs, 'sending a reply to the channel');
}
