import type { Activity, TurnContext } from 'botbuilder';
import type { Reply } from '../core/reply';
import { withTimeout } from '../core/timeout';
import type { ConversationStore } from './conversationStore';

/** Renders a channel-neutral reply for this conversation's channel and sends it. */
export type SendReply = (context: TurnContext, reply: Reply) => Promise<void>;

/** Sends activities as they are (a trace, the last-resort crisis text). */
export type SendActivities = (context: TurnContext, activities: readonly Partial<Activity>[]) => Promise<void>;

export interface Senders {
  sendReply: SendReply;
  sendActivities: SendActivities;
}

/** Both senders, within the outbound timeout: a channel that does not answer cannot hold a turn. */
export function createSenders(render: (reply: Reply, channelId: string) => readonly Partial<Activity>[], outboundTimeoutMs: number): Senders {
  const sendActivities: SendActivities = async (context, activities) => {
    // A reply with nothing to show on this channel (an intro SMS folds into the next text) sends nothing; botbuilder refuses an empty batch.
    if (activities.length === 0) return;
    await withTimeout(context.sendActivities([...activities]), outboundTimeoutMs, 'sending a reply to the channel');
  };
  return {
    sendActivities,
    sendReply: (context, reply) => sendActivities(context, render(reply, context.activity.channelId ?? 'webchat')),
  };
}

/** A sender that first remembers the reply's choices (the bot's own words), so a number typed next turn picks one. */
export function rememberingChoices(sendReply: SendReply, store: Pick<ConversationStore, 'offer'>): SendReply {
  return async (context, reply) => {
    await store.offer(context, reply.choices);
    await sendReply(context, reply);
  };
}
