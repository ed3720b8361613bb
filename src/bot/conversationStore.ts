import { ConversationState, UserState, type StatePropertyAccessor, type Storage } from 'botbuilder';
import type { DialogState } from 'botbuilder-dialogs';

/** What we keep per conversation. No message text is ever stored here. */
export interface SafetyState {
  /** When the conversation last triggered crisis handling (epoch ms). */
  crisisAt?: number;
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

  constructor(storage: Storage) {
    this.state = new ConversationState(storage);
    this.userState = new UserState(storage);
    this.dialogState = this.state.createProperty<DialogState>('dialogState');
    this.safety = this.state.createProperty<SafetyState>('safety');
    this.welcomed = this.state.createProperty<boolean>('welcomed');
    this.welcomedUser = this.userState.createProperty<boolean>('welcomed');
    this.smsOptedOut = this.userState.createProperty<boolean>('smsOptedOut');
  }

  async save(context: Parameters<ConversationState['saveChanges']>[0]): Promise<void> {
    await this.state.saveChanges(context);
    await this.userState.saveChanges(context);
  }
}
