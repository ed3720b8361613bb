import { Dialog, type DialogContext, type DialogInstance, type DialogReason, type DialogTurnResult } from '../src/bot/botbuilderDialogs';
import type { EligibilityChecklist } from '../src/core/knowledge/guides';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import type { Choice, Reply } from '../src/core/reply';
import { matchChoice } from '../src/core/render';
import type { DialogServices } from './dialogServices';
import { QUESTION_DIALOG } from './questionDialog';

export const CHECKLIST_DIALOG = 'isThisForMe';

type Answer = 'yes' | 'no' | 'unsure';

/** Lives only in this dialog's own state, which is discarded when the dialog ends. Never logged. */
interface ChecklistState {
  index: number;
  answers: Answer[];
}

const ANSWERS: Choice[] = [
  { label: 'Yes', value: 'yes', synonyms: ['y', 'yeah', 'yep', 'yes i have', 'i have', 'i am', 'si'] },
  { label: 'No', value: 'no', synonyms: ['n', 'nope', 'nah', 'no i have not', "i haven't", 'i am not', 'never'] },
  { label: 'Not sure', value: 'unsure', synonyms: ['not sure', "don't know", 'dont know', 'idk', 'maybe', 'unsure', 'skip', 'prefer not to say'] },
];

/**
 * "Is this for me?": an informational checklist, never a verdict. It asks about what the
 * clinician will review and lists what to raise at the evaluation; only the clinician decides.
 */
export class ChecklistDialog extends Dialog<ChecklistState> {
  constructor(
    private readonly services: DialogServices,
    private readonly checklist: EligibilityChecklist,
  ) {
    super(CHECKLIST_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    dc.activeDialog!.state = { index: 0, answers: [] } satisfies ChecklistState;
    await this.services.send(dc.context, {
      style: 'plain',
      text: `${this.checklist.intro}\n\nI'll ask ${this.checklist.items.length} quick yes/no questions. Your answers are not saved once we finish.`,
    });
    await this.ask(dc, 0);
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as ChecklistState;
    const picked = matchChoice(dc.context.activity.text ?? '', ANSWERS);
    if (!picked) return dc.beginDialog(QUESTION_DIALOG);
    state.answers[state.index] = picked.value as Answer;
    state.index += 1;
    if (state.index < this.checklist.items.length) {
      await this.ask(dc, state.index);
      return Dialog.EndOfTurn;
    }
    await this.services.send(dc.context, this.summary(state.answers));
    return dc.endDialog();
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, _result?: unknown): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as ChecklistState;
    await this.services.send(dc.context, this.question(state.index, true));
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: DialogContext['context'], instance: DialogInstance<ChecklistState>): Promise<void> {
    await this.services.send(context, this.question(instance.state.index, true));
  }

  private async ask(dc: DialogContext, index: number): Promise<void> {
    await this.services.send(dc.context, this.question(index, false));
  }

  private question(index: number, resumed: boolean): Reply {
    const item = this.checklist.items[index]!;
    return {
      style: 'menu',
      text: `${resumed ? 'Back to the checklist. ' : ''}(${index + 1} of ${this.checklist.items.length}) ${item.question}`,
      choices: ANSWERS,
    };
  }

  /** What to raise at the evaluation, with the entries that explain why; never a yes/no on eligibility. */
  private summary(answers: Answer[]): Reply {
    const raise = this.checklist.items.filter((item, index) => answers[index] === item.raise_if || answers[index] === 'unsure');
    const entries = [...new Set(raise.flatMap((item) => item.entries))]
      .map((id) => this.services.entry(id))
      .filter((entry): entry is KnowledgeEntry => entry !== undefined);
    const list = raise.length > 0 ? raise.map((item) => `- ${item.raise}`).join('\n') : '- Nothing from this list, but bring your questions and your full list of medicines.';
    return {
      style: 'menu',
      title: 'What to raise at your evaluation',
      text:
        `Thanks. Here is what to bring up at your evaluation:\n\n${list}\n\n` +
        `**This is not a decision.** Only a clinician can tell whether ketamine or Spravato treatment fits you, after a full evaluation. ` +
        `To book one, call ${this.services.clinic.phone} or visit ${this.services.clinic.booking_url}.`,
      choices: entries.slice(0, 4).map((entry) => ({ label: entry.title, value: entry.title })),
    };
  }
}
