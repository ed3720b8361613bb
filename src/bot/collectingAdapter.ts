import { randomUUID } from 'node:crypto';
import { BotAdapter, TurnContext, type Activity, type ConversationReference, type ResourceResponse } from 'botbuilder';

const OUTBOX = Symbol('collectingAdapterOutbox');

/**
 * An adapter for channels that answer in the HTTP response (Twilio's TwiML) instead of POSTing
 * replies to a connector: a turn's activities are collected and handed back to the caller.
 * Install the shared middleware and error handler with `useTurnPipeline` from ./adapter.
 */
export class CollectingAdapter extends BotAdapter {
  /**
   * Runs one turn through the middleware and `logic` and resolves with what the bot sent.
   * Activities are pushed to `outbox` as they are sent, so a caller that stops waiting (a
   * deadline) can still use what was sent before it gave up.
   */
  async process(
    activity: Partial<Activity>,
    logic: (context: TurnContext) => Promise<void>,
    outbox: Partial<Activity>[] = [],
  ): Promise<Partial<Activity>[]> {
    const context = new TurnContext(this, activity);
    context.turnState.set(OUTBOX, outbox);
    await this.runMiddleware(context, logic);
    return outbox;
  }

  sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const outbox = context.turnState.get<Partial<Activity>[] | undefined>(OUTBOX);
    if (!outbox) return Promise.reject(new Error('CollectingAdapter can only send during a turn it is processing'));
    const responses = activities.map((activity) => {
      const id = randomUUID();
      // A delay only paces a live chat; the whole reply goes out at once here.
      if (activity.type !== 'delay') outbox.push({ ...activity, id });
      return { id };
    });
    return Promise.resolve(responses);
  }

  /** A sent text message cannot be edited; the update is dropped rather than failing the turn. */
  updateActivity(_context: TurnContext, _activity: Partial<Activity>): Promise<void> {
    return Promise.resolve();
  }

  /** Nor can it be deleted. */
  deleteActivity(_context: TurnContext, _reference: Partial<ConversationReference>): Promise<void> {
    return Promise.resolve();
  }

  /** There is no open HTTP response to answer into outside a turn. */
  continueConversation(_reference: Partial<ConversationReference>, _logic: (context: TurnContext) => Promise<void>): Promise<void> {
    return Promise.reject(new Error('CollectingAdapter cannot send proactive messages'));
  }
}
