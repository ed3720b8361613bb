import { Dialog, type DialogContext, type DialogInstance, type DialogReason, type DialogTurnResult } from '../src/bot/botbuilderDialogs';
import { answerReply } from '../src/core/answers';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import type { Choice, Reply } from '../src/core/reply';
import { matchChoice } from '../src/core/render';
import { foldText } from '../src/core/text';
import { COST_ENTRIES, costEntriesFor } from '../src/core/understanding/outcome';
import { treatmentReply } from '../src/core/understanding/slots';
import type { Slots, Treatment } from '../src/core/understanding/types';
import { turnInfo } from '../src/bot/turnInfo';
import type { DialogServices } from './dialogServices';
import { QUESTION_DIALOG } from './questionDialog';

export const COST_DIALOG = 'cost';

const TREATMENTS: Choice[] = [
  { label: 'IV ketamine', value: 'iv', synonyms: ['iv', 'infusion', 'ketamine infusion', 'drip', 'ketamine'] },
  { label: 'Spravato nasal spray', value: 'spravato', synonyms: ['spravato', 'esketamine', 'nasal spray', 'spray'] },
  { label: 'Both', value: 'both', synonyms: ['both', 'all', 'either', 'not sure', 'dont know', "don't know"] },
];

/** A reply to "which treatment?" is a few words; a question about something else is longer. */
const SHORT_REPLY_WORDS = 4;

/**
 * Cost and insurance. When the message already named the treatment (or an insurer), it answers at
 * once from the clinic's own entries; otherwise it asks which treatment first.
 */
export class CostDialog extends Dialog {
  constructor(private readonly services: DialogServices) {
    super(COST_DIALOG);
  }

  override async beginDialog(dc: DialogContext, slots?: Slots): Promise<DialogTurnResult> {
    const known = costEntriesFor(slots ?? {});
    if (known.length > 0) return this.answer(dc, known);
    await this.services.send(dc.context, this.question(false));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const text = dc.context.activity.text ?? '';
    // A choice picked by its number, position or words ("1", "the second", "IV ketamine"), else a
    // treatment named in a short reply ("the infusion", "not sure"). A longer message that a fresh
    // message would answer from an entry is a question, even if it names a treatment ("can I drive
    // home after my infusion"); it is answered, then the prompt comes back, as is anything else.
    const picked = matchChoice(text, TREATMENTS)?.value as Treatment | undefined;
    const treatment = picked ?? (this.isQuestion(text) ? undefined : treatmentReply(foldText(text)));
    if (!treatment) return dc.beginDialog(QUESTION_DIALOG);
    return this.answer(dc, COST_ENTRIES[treatment]);
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, _result?: unknown): Promise<DialogTurnResult> {
    await this.services.send(dc.context, this.question(true));
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: DialogContext['context'], _instance: DialogInstance): Promise<void> {
    await this.services.send(context, this.question(true));
  }

  private async answer(dc: DialogContext, ids: readonly string[]): Promise<DialogTurnResult> {
    const entries = ids.map((id) => this.services.entry(id)).filter((entry): entry is KnowledgeEntry => entry !== undefined);
    turnInfo(dc.context).answerId = entries[0]?.id ?? null;
    // One list of choices, after the last answer: the first entry's related topics not already answered.
    const answered = new Set(entries.map((entry) => entry.id));
    const related = (entries[0]?.related ?? [])
      .filter((id) => !answered.has(id))
      .map((id) => this.services.entry(id))
      .filter((e): e is KnowledgeEntry => e !== undefined);
    for (const [index, entry] of entries.entries()) {
      await this.services.send(dc.context, answerReply(entry, index === entries.length - 1 ? related : []));
    }
    return dc.endDialog();
  }

  private isQuestion(text: string): boolean {
    const words = text.trim().split(/\s+/).length;
    return words > SHORT_REPLY_WORDS && this.services.understand(text).kind === 'answer';
  }

  private question(resumed: boolean): Reply {
    return {
      style: 'menu',
      text: `${resumed ? 'Back to cost and insurance: ' : ''}Which treatment would you like cost and insurance details for?`,
      choices: TREATMENTS,
    };
  }
}
