import type { TurnContext } from 'botbuilder';
import type { Reply } from '../core/reply';
import type { BotServices } from './services';

/** Renders a channel-neutral reply for this conversation's channel and sends it. */
export async function sendReply(context: TurnContext, services: Pick<BotServices, 'render'>, reply: Reply): Promise<void> {
  const activities = services.render(reply, context.activity.channelId ?? 'webchat');
  await context.sendActivities(activities);
}
