import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { RateLimiter } from '../../core/rateLimit';
import type { Reply } from '../../core/reply';
import { errorSummary, type Logger } from '../../logger';
import type { SendReply } from '../send';
import { turnSafety } from '../turnState';

export interface RateLimitDeps {
  /** Per-conversation flood control. */
  limiter: RateLimiter;
  /** What a flooding conversation is told (with the clinic's phone and the crisis line). */
  reply: Reply;
  sendReply: SendReply;
  now(): Date;
  logger: Logger;
}

/**
 * Per-conversation flood control, after the safety gate: a conversation over its limit gets one
 * short reply and nothing else that turn. Crisis and emergency messages never get here, and a
 * message about someone at risk is never limited.
 */
export class RateLimitMiddleware implements Middleware {
  constructor(private readonly deps: RateLimitDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== (ActivityTypes.Message as string) || turnSafety(context).level === 'other-at-risk') {
      await next();
      return;
    }
    if (this.deps.limiter.take(context.activity.conversation?.id ?? '', this.deps.now().getTime()).allowed) {
      await next();
      return;
    }
    try {
      await this.deps.sendReply(context, this.deps.reply);
    } catch (error) {
      this.deps.logger.error({ err: errorSummary(error) }, 'could not send the rate-limit reply');
    }
  }
}
