import { ActivityTypes, type Middleware, type TurnContext } from 'botbuilder';
import { rateLimitedReply } from '../core/messages';
import type { Reply } from '../core/reply';
import { alertChannel } from '../core/safety/alert';
import type { ConversationStore } from './conversationStore';
import { sendActivities, sendReply } from './sendReply';
import { errorSummary } from '../logger';
import type { BotServices } from './services';
import { turnInfo } from './turnInfo';

/**
 * The first middleware on the adapter. For every incoming message it classifies the text
 * before any dialog, recognizer, storage read or search runs; an urgent message is
 * answered with crisis resources at once, and nothing that fails afterwards can stop that.
 */
export class SafetyMiddleware implements Middleware {
  constructor(
    private readonly services: BotServices,
    private readonly store: ConversationStore,
    private readonly handleTurnError: (context: TurnContext, error: unknown) => Promise<void>,
  ) {}

  async onTurn(context: TurnContext, next: () => Promise<void>): Promise<void> {
    if (context.activity.type !== (ActivityTypes.Message as string)) {
      await this.runGuarded(context, next);
      return;
    }
    const text = typeof context.activity.text === 'string' ? context.activity.text : '';
    const safety = this.classifySafely(text);
    // Off by default and refused in production (config.ts): message text is health information.
    if (this.services.config.logMessageText) this.services.logger.debug({ messageText: text, safety: safety.level }, 'message text (LOG_MESSAGE_TEXT=true)');
    const info = turnInfo(context);
    info.safety = safety;

    if (safety.level === 'crisis' || safety.level === 'emergency') {
      // Never rate limited: a person in crisis always gets an answer, and nothing else that turn.
      await this.answerUrgent(context, safety.level, safety.language);
    } else if (safety.level === 'other-at-risk') {
      // Resources for helping someone else first, then the question the message asked.
      await this.answerUrgent(context, safety.level, safety.language);
      await this.runGuarded(context, next);
    } else if (!this.services.conversationLimiter.take(context.activity.conversation?.id ?? '', this.services.now().getTime()).allowed) {
      await this.sendQuietly(context, rateLimitedReply(this.services.clinic, this.services.safetyPointer), 'rate-limit reply');
    } else {
      await this.runGuarded(context, next);
      await this.addSafetyFooter(context);
    }
    await this.sendTrace(context);
  }

  /** A classifier bug must never turn into silence: treat it as a crisis. */
  private classifySafely(text: string) {
    try {
      return this.services.classify(text);
    } catch (error) {
      this.services.logger.error({ err: errorSummary(error) }, 'safety classifier failed; answering with crisis resources');
      return { level: 'crisis' as const, rules: ['classifier-error'] };
    }
  }

  private async answerUrgent(context: TurnContext, level: 'crisis' | 'emergency' | 'other-at-risk', language?: 'es'): Promise<void> {
    const { services } = this;
    const now = services.now();
    const conversationHash = services.hash(context.activity.conversation?.id ?? '');
    const channel = context.activity.channelId ?? 'unknown';
    services.logger.warn({ incident: { level, rules: turnInfo(context).safety.rules, channel, conversationHash } }, 'safety incident');

    await this.sendWithRetry(context, () => services.safetyReplies.urgent(level, now, language));

    if (services.alertStaff) {
      // Not awaited: the staff alert must never delay the person's reply.
      void services.alertStaff({ level, channel: alertChannel(channel), conversationHash, at: now }).catch((error: unknown) => {
        services.logger.warn({ err: errorSummary(error) }, 'staff alert failed');
      });
    }

    // Other-at-risk goes on to answer the question; crisis and emergency end every dialog.
    if (level === 'other-at-risk') return;
    // Best effort after the reply is out: end every dialog and remember the crisis.
    try {
      await this.store.dialogState.delete(context);
      if (level === 'crisis') await this.store.safety.set(context, { crisisAt: now.getTime() });
      await this.store.state.saveChanges(context);
    } catch (error) {
      services.logger.error({ err: errorSummary(error), conversationHash }, 'could not save crisis state');
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
      await sendReply(context, this.services, reply);
      return;
    } catch (firstError) {
      this.services.logger.error({ err: errorSummary(firstError) }, 'crisis reply failed; retrying once as plain text');
    }
    try {
      await sendActivities(context, this.services, [{ type: ActivityTypes.Message, text: reply?.smsText ?? reply?.text ?? LAST_RESORT_CRISIS_TEXT }]);
    } catch (secondError) {
      this.services.logger.error({ err: errorSummary(secondError) }, 'crisis reply failed to send twice');
    }
  }

  private async runGuarded(context: TurnContext, next: () => Promise<void>): Promise<void> {
    try {
      await next();
    } catch (error) {
      await this.handleTurnError(context, error);
    }
  }

  /** Mentions get a resources line; a conversation in its crisis-aware period gets one on every reply. */
  private async addSafetyFooter(context: TurnContext): Promise<void> {
    const { services } = this;
    if (turnInfo(context).silenced) return;
    let footer: Reply | undefined;
    try {
      const safetyState = await this.store.safety.get(context, {});
      const inCrisisPeriod = safetyState.crisisAt !== undefined && services.now().getTime() - safetyState.crisisAt < services.config.crisisAwareMs;
      if (inCrisisPeriod) footer = services.safetyReplies.crisisAwareFooter();
    } catch (error) {
      services.logger.warn({ err: errorSummary(error) }, 'could not read safety state');
    }
    if (!footer && turnInfo(context).safety.level === 'mention') footer = services.safetyReplies.mentionLine();
    if (footer) await this.sendQuietly(context, footer, 'safety footer');
  }

  private async sendQuietly(context: TurnContext, reply: Reply, what: string): Promise<void> {
    try {
      await sendReply(context, this.services, reply);
    } catch (error) {
      this.services.logger.error({ err: errorSummary(error) }, `could not send the ${what}`);
    }
  }

  /** Staff see why the bot said what it said in Emulator; no other channel gets it. */
  private async sendTrace(context: TurnContext): Promise<void> {
    if (context.activity.channelId !== 'emulator') return;
    const info = turnInfo(context);
    try {
      await sendActivities(context, this.services, [{
        type: ActivityTypes.Trace,
        name: 'TurnTrace',
        label: 'Turn trace',
        valueType: 'TurnTrace',
        value: { intent: info.intent, safety: info.safety.level, answerId: info.answerId, score: info.score },
      }]);
    } catch (error) {
      this.services.logger.warn({ err: errorSummary(error) }, 'could not send the turn trace');
    }
  }
}

/** Used only if the country's crisis reply itself cannot be built. */
const LAST_RESORT_CRISIS_TEXT =
  "You're not alone, and help is available right now. In the US, call or text 988 (Suicide & Crisis Lifeline, 24/7) or text HOME to 741741. " +
  'If you are in immediate danger or have taken something, call 911 or your local emergency number. Elsewhere, findahelpline.com lists free local lines.';
