import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { Reply } from '../../core/reply';
import { errorSummary, type Logger } from '../../logger';
import type { ConversationStore } from '../conversationStore';
import type { SafetyReplies } from '../safetyReplies';
import type { SendReply } from '../send';
import { turnSafety } from '../turnState';

export interface SafetyFooterDeps {
  replies: Pick<SafetyReplies, 'mentionLine' | 'crisisAwareFooter'>;
  store: Pick<ConversationStore, 'safety'>;
  /** How long after a crisis every reply carries the crisis-aware footer. */
  crisisAwareMs: number;
  sendReply: SendReply;
  now(): Date;
  logger: Logger;
}

/**
 * After the bot's reply (or its apology): a message that mentions suicide gets a resources line,
 * and a conversation in its crisis-aware period gets one on every reply. A turn the bot kept
 * silent (an SMS number that opted out) gets none either.
 */
export class SafetyFooterMiddleware implements Middleware {
  constructor(private readonly deps: SafetyFooterDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    await next();
    if (context.activity.type !== (ActivityTypes.Message as string) || !context.responded) return;
    const { level } = turnSafety(context);
    // Urgent messages already got the resources themselves.
    if (level !== 'none' && level !== 'mention') return;
    const footer = (await this.crisisAwareFooter(context)) ?? (level === 'mention' ? this.deps.replies.mentionLine() : undefined);
    if (!footer) return;
    try {
      await this.deps.sendReply(context, footer);
    } catch (error) {
      this.deps.logger.error({ err: errorSummary(error) }, 'could not send the safety footer');
    }
  }

  private async crisisAwareFooter(context: TurnContext): Promise<Reply | undefined> {
    try {
      const { crisisAt } = await this.deps.store.safety.get(context, {});
      const inCrisisPeriod = crisisAt !== undefined && this.deps.now().getTime() - crisisAt < this.deps.crisisAwareMs;
      return inCrisisPeriod ? this.deps.replies.crisisAwareFooter() : undefined;
    } catch (error) {
      this.deps.logger.warn({ err: errorSummary(error) }, 'could not read safety state');
      return undefined;
    }
  }
}
