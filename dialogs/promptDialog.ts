import type { TurnContext } from 'botbuilder';
import { Dialog, DialogTurnStatus, type DialogContext, type DialogInstance, type DialogReason, type DialogTurnResult } from '../src/tuning/botbuilderDialogs';
import type { SendReply } from '../src/bot/send';
import type { Reply } from '../src/core/reply';
import { QUESTION_DIALOG } from './questionDialog';

/**
 * What every prompt that waits for a choice shares (the botbuilder samples' cancel-and-help base
 * dialog is the pattern). Each message is either an answer to the prompt (`onAnswer`) or a
 * question typed at it: QuestionDialog answers that, then the prompt comes back (`resumeDialog`).
 * Help, cancel, start over and requests for something else are handled above, in MainDialog, for
 * every prompt alike. A child's result (an answer it sent) is passed up, for the staff trace.
 */
export abstract class PromptDialog<State extends object> extends Dialog<State> {
  protected constructor(
    dialogId: string,
    protected readonly send: SendReply,
  ) {
    super(dialogId);
  }

  /** The prompt for this state; `resumed` after an interruption (a question typed at it, "help"). */
  protected abstract prompt(state: State, resumed: boolean): Reply;

  /** Acts on the patient's reply to the prompt; undefined when the message is not one (it is then answered as a question). */
  protected abstract onAnswer(dc: DialogContext, state: State, text: string): Promise<DialogTurnResult | undefined>;

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as State;
    return (await this.onAnswer(dc, state, dc.context.activity.text ?? '')) ?? dc.beginDialog(QUESTION_DIALOG);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, result?: unknown): Promise<DialogTurnResult> {
    await this.send(dc.context, this.prompt(dc.activeDialog!.state as State, true));
    return { status: DialogTurnStatus.waiting, result };
  }

  override async repromptDialog(context: TurnContext, instance: DialogInstance<State>): Promise<void> {
    await this.send(context, this.prompt(instance.state, true));
  }

  /** Sends the prompt and waits for the next message. */
  protected async ask(dc: DialogContext, state: State): Promise<DialogTurnResult> {
    await this.send(dc.context, this.prompt(state, false));
    return Dialog.EndOfTurn;
  }
}
