import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import type { Reply } from '../../core/reply';
import type { CrisisAlert } from '../../core/safety/alert';
import { alertChannel } from '../../core/safety/alert';
import type { UrgentLevel } from '../../core/safety/crisisReply';
import type { HashedId } from '../../core/privacy';
import type { SafetyResult } from '../../core/safety/types';
import { errorSummary, type Logger } from '../../logger';
import type { ConversationStore } from '../conversationStore';
import type { SafetyReplies } from '../safetyReplies';
import type { SendActivities, SendReply } from '../send';
import { setTurnSafety } from '../turnState';
import type { TurnTrace } from './turnTrace';

export interface SafetyGateDeps {
  classify(text: string): SafetyResult;
  replies: Pick<SafetyReplies, 'urgent'>;
  sendReply: SendReply;
  sendActivities: SendActivities;
  /** Ends every dialog and remembers the crisis, after the reply is out. */
  store: Pick<ConversationStore, 'endDialogsAfterCrisis'>;
  /** Fire-and-forget staff alert; never awaited before the person's reply. */
  alertStaff?(alert: CrisisAlert): Promise<unknown>;
  hash(value: string): HashedId;
  now(): Date;
  logger: Logger;
  /** LOG_MESSAGE_TEXT: off by default and refused in production (config.ts). */
  logMessageText: boolean;
  /** Sent when the turn is over, crisis turns included. */
  trace: TurnTrace;
}

/**
 * The first middleware on the adapter. For every incoming message it classifies the text
 * before any dialog, recognizer, storage read or search runs; an urgent message is answered
 * with crisis resources at once, and nothing that fails afterwards can stop that. A crisis or
 * an emergency ends the turn here; other-at-risk goes on to the question the message asked.
 */
export class SafetyGate implements Middleware {
  constructor(private readonly deps: SafetyGateDeps) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== (ActivityTypes.Message as string)) {
      await next();
      return;
    }
    const text = typeof context.activity.text === 'string' ? context.activity.text : '';
    const safety = this.classifySafely(text);
    // Message text is health information: logged only when LOG_MESSAGE_TEXT allows it.
    if (this.deps.logMessageText) this.deps.logger.debug({ messageText: text, safety: safety.level }, 'message text (LOG_MESSAGE_TEXT=true)');
    setTurnSafety(context, safety);

    if (safety.level === 'crisis' || safety.level === 'emergency' || safety.level === 'other-at-risk') {
      // Never rate limited: a person in crisis always gets an answer.
      await this.answerUrgent(context, safety.level, safety.rules, safety.language);
    }
    // Crisis and emergency get the resources and nothing else that turn; the gate ends it, so it sends its trace.
    if (safety.level === 'crisis' || safety.level === 'emergency') await this.deps.trace.send(context, safety);
    else await next();
  }

  /** A classifier bug must never turn into silence: treat it as a crisis. */
  private classifySafely(text: string): SafetyResult {
    try {
      return this.deps.classify(text);
    } catch (error) {
      this.deps.logger.error({ err: errorSummary(error) }, 'safety classifier failed; answering with crisis resources');
      return { level: 'crisis', rules: ['classifier-error'] };
    }
  }

  private async answerUrgent(context: TurnContext, level: UrgentLevel, rules: readonly string[], language?: 'es'): Promise<void> {
    const { deps } = this;
    const now = deps.now();
    const conversationHash = deps.hash(context.activity.conversation?.id ?? '');
    const channel = context.activity.channelId ?? 'unknown';
    deps.logger.warn({ incident: { level, rules, channel, conversationHash } }, 'safety incident');

    await this.sendWithRetry(context, () => deps.replies.urgent(level, now, language));

    if (deps.alertStaff) {
      // Not awaited: the staff alert must never delay the person's reply.
      void deps.alertStaff({ level, channel: alertChannel(channel), conversationHash, at: now }).catch((error: unknown) => {
        deps.logger.warn({ err: errorSummary(error) }, 'staff alert failed');
      });
    }

    // Other-at-risk goes on to answer the question; crisis and emergency end every dialog.
    if (level === 'other-at-risk') return;
    // Best effort after the reply is out.
    try {
      await deps.store.endDialogsAfterCrisis(context, level === 'crisis' ? now.getTime() : undefined);
    } catch (error) {
      deps.logger.error({ err: errorSummary(error), conversationHash }, 'could not save crisis state');
    }
  }

  /**
   * Sends the crisis reply; if building, rendering or sending it fails, retries once with the
   * plainest possible message, so a bug in a card can never leave the person without numbers.
   */
  private async sendWithRetry(context: TurnContext, buildReply: () => Reply): Promise<void> {
    let reply: Reply | undefined;
    try {
      reply = buildReply();
      await this.deps.sendReply(context, reply);
      return;
    } catch (firstError) {
      this.deps.logger.error({ err: errorSummary(firstError) }, 'crisis reply failed; retrying once as plain text');
    }
    try {
      await this.deps.sendActivities(context, [{ type: ActivityTypes.Message, text: reply?.smsText ?? reply?.text ?? LAST_RESORT_CRISIS_TEXT }]);
    } catch (secondError) {
      this.deps.logger.error({ err: errorSummary(secondError) }, 'crisis reply failed to send twice');
    }
  }
}

/** Used only if the country's crisis reply itself cannot be built. */
const LAST_RESORT_CRISIS_TEXT =
  "You're not alone, and help is available right now. In the US, call or text 988 (Suicide & Crisis Lifeline, 24/7) or text HOME to 741741. " +
  'If you are in immediate danger or have taken something, call 911 or your local emergency number. Elsewhere, findahelpline.com lists free local lines.';
