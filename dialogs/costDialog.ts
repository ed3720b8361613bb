import { Dialog, type DialogContext, type DialogInstance, type DialogReason, type DialogTurnResult } from '../src/bot/botbuilderDialogs';
import { answerReply } from '../src/core/answers';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import type { Choice, Reply } from '../src/core/reply';
import { matchChoice } from '../src/core/render';
import { turnInfo } from '../src/bot/turnInfo';
import type { DialogServices } from './dialogServices';
import { QUESTION_DIALOG } from './questionDialog';

export const COST_DIALOG = 'cost';

const TREATMENTS: Choice[] = [
  { label: 'IV ketamine', value: 'iv', synonyms: ['iv', 'infusion', 'ketamine infusion', 'drip', 'ketamine'] },
  { label: 'Spravato nasal spray', value: 'spravato', synonyms: ['spravato', 'esketamine', 'nasal spray', 'spray'] },
  { label: 'Both', value: 'both', synonyms: ['both', 'all', 'either', 'not sure', 'dont know', "don't know"] },
];

/** Which vetted entries answer cost for each treatment; prices come from the clinic profile through them. */
const ENTRIES_FOR: Record<string, string[]> = {
  iv: ['cost', 'insurance-and-payment'],
  spravato: ['insurance-and-payment', 'spravato-savings-program'],
  both: ['cost', 'insurance-and-payment'],
};

/** Cost and insurance: asks which treatment, then answers from the clinic's own entries. */
export class CostDialog extends Dialog {
  constructor(private readonly services: DialogServices) {
    super(COST_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    await this.services.send(dc.context, this.question(false));
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const picked = matchChoice(dc.context.activity.text ?? '', TREATMENTS);
    if (!picked) return dc.beginDialog(QUESTION_DIALOG);
    const entries = (ENTRIES_FOR[picked.value] ?? [])
      .map((id) => this.services.entry(id))
      .filter((entry): entry is KnowledgeEntry => entry !== undefined);
    turnInfo(dc.context).answerId = entries[0]?.id ?? null;
    for (const entry of entries) {
      const related = entry.related.map((id) => this.services.entry(id)).filter((e): e is KnowledgeEntry => e !== undefined);
      await this.services.send(dc.context, answerReply(entry, related));
    }
    return dc.endDialog();
  }

  override async resumeDialog(dc: DialogContext, _reason: DialogReason, _result?: unknown): Promise<DialogTurnResult> {
    await this.services.send(dc.context, this.question(true));
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: DialogContext['context'], _instance: DialogInstance): Promise<void> {
    await this.services.send(context, this.question(true));
  }

  private question(resumed: boolean): Reply {
    return {
      style: 'menu',
      text: `${resumed ? 'Back to cost and insurance: ' : ''}Which treatment would you like cost and insurance details for?`,
      choices: TREATMENTS,
    };
  }
}
