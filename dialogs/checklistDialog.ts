import { type DialogContext, type DialogTurnResult } from '../src/tuning/botbuilderDialogs';
import type { SendReply } from '../src/bot/send';
import type { ClinicProfile } from '../src/core/clinic/schema';
import type { EligibilityChecklist } from '../src/core/knowledge/guides';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import type { Choice, Reply } from '../src/core/reply';
import { matchChoice } from '../src/core/render';
import { PromptDialog } from './promptDialog';

export const CHECKLIST_DIALOG = 'isThisForMe';

export interface ChecklistDialogDeps {
  clinic: Pick<ClinicProfile, 'phone' | 'booking_url'>;
  entry: (id: string) => KnowledgeEntry | undefined;
  send: SendReply;
}

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
export class ChecklistDialog extends PromptDialog<ChecklistState> {
  constructor(
    private readonly deps: ChecklistDialogDeps,
    private readonly checklist: EligibilityChecklist,
  ) {
    super(CHECKLIST_DIALOG, deps.send);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state: ChecklistState = { index: 0, answers: [] };
    dc.activeDialog!.state = state;
    await this.send(dc.context, {
      style: 'plain',
      text: `${this.checklist.intro}\n\nI'll ask ${this.checklist.items.length} quick yes/no questions. Your answers are not saved once we finish.`,
    });
    return this.ask(dc, state);
  }

  protected override async onAnswer(dc: DialogContext, state: ChecklistState, text: string): Promise<DialogTurnResult | undefined> {
    const picked = matchChoice(text, ANSWERS);
    if (!picked) return undefined;
    state.answers[state.index] = picked.value as Answer;
    state.index += 1;
    if (state.index < this.checklist.items.length) return this.ask(dc, state);
    await this.send(dc.context, this.summary(state.answers));
    return dc.endDialog();
  }

  protected override prompt(state: ChecklistState, resumed: boolean): Reply {
    return this.question(state.index, resumed);
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
      .map((id) => this.deps.entry(id))
      .filter((entry): entry is KnowledgeEntry => entry !== undefined);
    const list = raise.length > 0 ? raise.map((item) => `- ${item.raise}`).join('\n') : '- Nothing from this list, but bring your questions and your full list of medicines.';
    return {
      style: 'menu',
      title: 'What to raise at your evaluation',
      text:
        `Thanks. Here is what to bring up at your evaluation:\n\n${list}\n\n` +
        `**This is not a decision.** Only a clinician can tell whether ketamine or Spravato treatment fits you, after a full evaluation. ` +
        `To book one, call ${this.deps.clinic.phone} or visit ${this.deps.clinic.booking_url}.`,
      choices: entries.slice(0, 4).map((entry) => ({ label: entry.title, value: entry.title })),
    };
  }
}
