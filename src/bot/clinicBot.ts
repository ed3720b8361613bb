import { ActivityTypes, type TurnContext } from 'botbuilder';
import type { ClinicProfile } from '../core/clinic/schema';
import { unsupportedInputReply, welcomeReply } from '../core/messages';
import { channelKind, removeBotMention, smsHelpText, smsKeyword, smsOptInConfirmation, smsOptOutConfirmation } from '../core/render';
import type { ConversationStore } from './conversationStore';
import type { SendReply } from './send';
import { NO_OUTCOME, turnSafety, type TurnOutcome } from './turnState';
import type { TurnTrace } from './pipeline/turnTrace';

/** What answers a message once safety has run: the main dialog (dialogs/mainDialog.ts). It returns what it did, for the staff trace. */
export interface MessageHandler {
  run(context: TurnContext): Promise<TurnOutcome>;
}

export interface ClinicBotDeps {
  clinic: ClinicProfile;
  /** The country's standing crisis pointer ("call or text 988, or call 911"), for the welcome and the SMS keywords. */
  safetyPointer: string;
  sendReply: SendReply;
  store: Pick<ConversationStore, 'welcomed' | 'welcomedUser' | 'smsOptedOut' | 'offer' | 'save'>;
  mainDialog: MessageHandler;
  /** The Emulator trace: what this turn did (sends only on Emulator). */
  trace: Pick<TurnTrace, 'send'>;
}

/** Sent by our Web Chat page on connect, because Web Chat announces the user only when they first speak. */
export const WEBCHAT_JOIN_EVENT = 'webchat/join';

/**
 * Turns activities into dialog turns. Safety has already run (it is adapter middleware);
 * this class only greets, routes messages to the main dialog and saves state. A switch on the
 * activity type rather than botbuilder's ActivityHandler: the bot handles four types, and the
 * handler's chain of dispatch steps costs every turn more than this whole class does.
 */
export class ClinicBot {
  private readonly store: ClinicBotDeps['store'];
  private readonly sendReply: SendReply;

  constructor(private readonly deps: ClinicBotDeps) {
    this.store = deps.store;
    this.sendReply = deps.sendReply;
  }

  /** One turn; for a message, what it did goes to the staff trace. */
  async run(context: TurnContext): Promise<void> {
    switch (context.activity.type as ActivityTypes) {
      case ActivityTypes.Message:
        await this.deps.trace.send(context, turnSafety(context), await this.onMessage(context));
        return;
      case ActivityTypes.ConversationUpdate:
        if (this.someoneJoined(context)) await this.welcomeOnce(context);
        return;
      case ActivityTypes.Event:
        if (context.activity.name === WEBCHAT_JOIN_EVENT) await this.welcomeOnce(context);
        return;
      case ActivityTypes.Invoke:
        // No invoke features (no Action.Execute, no message extensions): a clear 4xx.
        await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: { status: 400, body: { error: 'This bot does not support invoke activities.' } } });
        return;
      default:
        // Typing, reactions, edits, deletes, end of conversation: nothing to answer.
        return;
    }
  }

  private async onMessage(context: TurnContext): Promise<TurnOutcome> {
    const { activity } = context;
    if (activity.channelId === 'msteams' && activity.text) {
      // In Teams chats the text starts with "<at>Bot name</at>"; the recognizer must not see it.
      activity.text = removeBotMention(activity.text, activity.entities, activity.recipient?.id ?? '');
    }
    if (isSms(context) && (await this.handledAsSmsKeyword(context))) return NO_OUTCOME;
    // SMS has no join event: a number's first text gets the "automated, not a clinician" disclosure.
    if (isSms(context)) await this.discloseOnce(context);
    if (!hasText(context)) {
      await this.sendReply(context, unsupportedInputReply());
      return NO_OUTCOME;
    }
    const outcome = await this.deps.mainDialog.run(context);
    await this.store.save(context);
    return outcome;
  }

  private someoneJoined(context: TurnContext): boolean {
    const botId = context.activity.recipient?.id;
    return (context.activity.membersAdded ?? []).some((member) => member.id !== botId);
  }

  /**
   * One welcome per conversation; in Teams only in personal chat and once per user, not every
   * time the app is added to a team.
   */
  private async welcomeOnce(context: TurnContext): Promise<void> {
    const teams = context.activity.channelId === 'msteams';
    if (teams && context.activity.conversation?.conversationType !== 'personal') return;
    const alreadyWelcomed = teams ? await this.store.welcomedUser.get(context, false) : await this.store.welcomed.get(context, false);
    if (alreadyWelcomed) return;
    const welcome = welcomeReply(this.deps.clinic, this.deps.safetyPointer);
    await this.sendReply(context, welcome);
    await this.store.offer(context, welcome.choices);
    if (teams) await this.store.welcomedUser.set(context, true);
    else await this.store.welcomed.set(context, true);
    await this.store.save(context);
  }

  /**
   * Carrier rules for SMS: STOP and its synonyms opt the number out (one confirmation, then
   * silence until START), START opts back in, HELP always answers. Crisis messages never reach
   * here: the safety gate has already answered them, opted out or not. A turn the bot keeps
   * silent sends nothing, so the safety footer (which follows replies only) stays silent too.
   */
  private async handledAsSmsKeyword(context: TurnContext): Promise<boolean> {
    const { clinic, safetyPointer } = this.deps;
    const keyword = smsKeyword(context.activity.text ?? '');
    const optedOut = await this.store.smsOptedOut.get(context, false);
    if (keyword === 'stop') {
      if (!optedOut) await this.sendReply(context, { style: 'plain', text: smsOptOutConfirmation(clinic.name, safetyPointer) });
      await this.store.smsOptedOut.set(context, true);
    } else if (keyword === 'start') {
      await this.store.smsOptedOut.set(context, false);
      await this.sendReply(context, { style: 'plain', text: smsOptInConfirmation(clinic.name) });
    } else if (keyword === 'help') {
      await this.sendReply(context, { style: 'plain', text: smsHelpText(clinic.name, clinic.phone, safetyPointer) });
    } else if (!optedOut) {
      return false;
    }
    await this.store.save(context);
    return true;
  }

  private async discloseOnce(context: TurnContext): Promise<void> {
    if (await this.store.welcomed.get(context, false)) return;
    const { choices: _topics, ...disclosure } = welcomeReply(this.deps.clinic, this.deps.safetyPointer);
    await this.sendReply(context, disclosure);
    await this.store.welcomed.set(context, true);
  }
}

function isSms(context: TurnContext): boolean {
  return channelKind(context.activity.channelId ?? '') === 'sms';
}

/** A typed message, or a card button's submit (which carries a value instead of text). */
function hasText(context: TurnContext): boolean {
  const { activity } = context;
  if (activity.type !== (ActivityTypes.Message as string)) return false;
  const typed = typeof activity.text === 'string' && activity.text.trim() !== '';
  const submitted = typeof activity.value === 'object' && activity.value !== null;
  return typed || submitted;
}
