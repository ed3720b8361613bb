import { ConversationState, UserState, type StatePropertyAccessor, type Storage } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';

/** What we keep per conversation. No message text is ever stored here. */
export interface SafetyState {
  /** When the conversation last triggered crisis handling (epoch ms). */
  crisisAt?: number;
}

export interface OfferedChoice {
  label: string;
  value: string;
}

/** Conversation and user state and their properties, created once and shared by middleware and dialogs. */
export class ConversationStore {
  readonly state: ConversationState;
  readonly userState: UserState;
  readonly dialogState: StatePropertyAccessor<DialogState>;
  readonly safety: StatePropertyAccessor<SafetyState>;
  /** Set once the conversation has been welcomed, so a join event and a members-added update don't both greet. */
  readonly welcomed: StatePropertyAccessor<boolean>;
  /** Teams: one welcome per user in personal chat, however often the app is added. */
  readonly welcomedUser: StatePropertyAccessor<boolean>;
  /** SMS: the number texted STOP; silence until START (crisis messages are still answered). */
  readonly smsOptedOut: StatePropertyAccessor<boolean>;
  /** The choices of the bot's last menu (its own words), so "2" picks the second on any channel. */
  readonly offeredChoices: StatePropertyAccessor<OfferedChoice[]>;

  constructor(storage: Storage) {
    this.state = new ConversationState(storage);
    this.userState = new UserState(storage);
    this.dialogState = this.state.createProperty<DialogState>('dialogState');
    this.safety = this.state.createProperty<SafetyState>('safety');
    this.welcomed = this.state.createProperty<boolean>('welcomed');
    this.welcomedUser = this.userState.createProperty<boolean>('welcomed');
    this.smsOptedOut = this.userState.createProperty<boolean>('smsOptedOut');
    this.offeredChoices = this.state.createProperty<OfferedChoice[]>('offeredChoices');
  }

  /** Remembers a reply's choices (only the bot's own labels and values) for a number typed next turn. */
  async offer(context: Parameters<ConversationState['saveChanges']>[0], choices: readonly OfferedChoice[] | undefined): Promise<void> {
    if (choices && choices.length > 0) await this.offeredChoices.set(context, choices.map(({ label, value }) => ({ label, value })));
  }

  /** The value of the offered choice a bare number picks ("2", "2."), if any. */
  async pickedByNumber(context: Parameters<ConversationState['saveChanges']>[0], text: string): Promise<string | undefined> {
    const match = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text);
    if (!match) return undefined;
    const offered = await this.offeredChoices.get(context, []);
    return offered[Number(match[1]) - 1]?.value;
  }

  /** After a crisis or an emergency reply: ends every dialog and, for a crisis (`crisisAt`), starts the crisis-aware period. */
  async endDialogsAfterCrisis(context: Parameters<ConversationState['saveChanges']>[0], crisisAt?: number): Promise<void> {
    await this.dialogState.delete(context);
    if (crisisAt !== undefined) await this.safety.set(context, { crisisAt });
    await this.state.saveChanges(context);
  }

  /** After a failed turn: the next message starts with no dialog waiting. */
  async clearDialogs(context: Parameters<ConversationState['saveChanges']>[0]): Promise<void> {
    await this.dialogState.delete(context);
    await this.state.saveChanges(context, true);
  }

  async save(context: Parameters<ConversationState['saveChanges']>[0]): Promise<void> {
    await this.state.saveChanges(context);
    await this.userState.saveChanges(context);
  }
}
