import type { Middleware, TurnContext } from 'botbuilder';
import type { Reply } from '../../core/reply';
import { errorSummary, type Logger } from '../../logger';
import { StorageUnavailableError } from '../../storage/timeoutStorage';
import type { ConversationStore } from '../conversationStore';
import type { SendReply } from '../send';

export type TurnErrorHandler = (context: TurnContext, error: unknown) => Promise<void>;

export interface TurnErrorDeps {
  /** The apology: the clinic's number and the crisis line. */
  apology: Reply;
  sendReply: SendReply;
  store: Pick<ConversationStore, 'clearDialogs'>;
  hash(value: string): string;
  logger: Logger;
}

/**
 * Logs the failure (never the user's text), apologises with the clinic's number and the crisis
 * line, and clears the conversation's dialog state so the next message starts clean.
 */
export function createTurnErrorHandler(deps: TurnErrorDeps): TurnErrorHandler {
  return async (context, error) => {
    const conversationHash = deps.hash(context.activity.conversation?.id ?? '');
    deps.logger.error({ err: errorSummary(error), conversationHash, channel: context.activity.channelId }, 'turn failed');
    try {
      await deps.sendReply(context, deps.apology);
    } catch (sendError) {
      deps.logger.error({ err: errorSummary(sendError), conversationHash }, 'could not send the error reply');
    }
    // With storage down there is nothing to clear, and another attempt would only wait out its timeout.
    if (error instanceof StorageUnavailableError) return;
    try {
      await deps.store.clearDialogs(context);
    } catch (stateError) {
      deps.logger.error({ err: errorSummary(stateError), conversationHash }, 'could not clear dialog state after an error');
    }
  };
}

/** The last middleware: a turn that fails gets the apology here, so the safety footer and the trace still follow it. */
export class TurnErrorGuard implements Middleware {
  constructor(private readonly handleTurnError: TurnErrorHandler) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    try {
      await next();
    } catch (error) {
      await this.handleTurnError(context, error);
    }
  }
}
