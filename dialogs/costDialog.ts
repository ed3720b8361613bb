import { type DialogContext, type DialogTurnResult } from '../src/tuning/botbuilderDialogs';
import type { SendReply } from '../src/bot/send';
import { answerReply } from '../src/core/answers';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import type { Choice, Reply } from '../src/core/reply';
import { foldText } from '../src/core/text';
import { COST_ENTRIES, costEntriesFor } from '../src/core/understanding/outcome';
import { treatmentReply } from '../src/core/understanding/slots';
import type { Slots } from '../src/core/understanding/types';
import { PromptDialog } from './promptDialog';
import type { AnsweredResult } from './questionDialog';

export const COST_DIALOG = 'cost';

export interface CostDialogDeps {
  entry: (id: string) => KnowledgeEntry | undefined;
  send: SendReply;
}

const TREATMENTS: Choice[] = [
  { label: 'IV ketamine', value: 'iv', synonyms: ['iv', 'infusion', 'ketamine infusion', 'drip', 'ketamine'] },
  { label: 'Spravato nasal spray', value: 'spravato', synonyms: ['spravato', 'esketamine', 'nasal spray', 'spray'] },
  { label: 'Both', value: 'both', synonyms: ['both', 'all', 'either', 'not sure', 'dont know', "don't know"] },
];

/**
 * Cost and insurance. When the message already named the treatment (or an insurer), it answers at
 * once from the clinic's own entries; otherwise it asks which treatment first.
 */
export class CostDialog extends PromptDialog<object> {
  constructor(private readonly deps: CostDialogDeps) {
    super(COST_DIALOG, deps.send);
  }

  override async beginDialog(dc: DialogContext, slots?: Slots): Promise<DialogTurnResult> {
    const known = costEntriesFor(slots ?? {});
    if (known.length > 0) return this.answer(dc, known);
    return this.ask(dc, {});
  }

  protected override async onAnswer(dc: DialogContext, _state: object, text: string): Promise<DialogTurnResult | undefined> {
    const treatment = treatmentReply(foldText(text));
    return treatment ? this.answer(dc, COST_ENTRIES[treatment]) : undefined;
  }

  protected override prompt(_state: object, resumed: boolean): Reply {
    return {
      style: 'menu',
      text: `${resumed ? 'Back to cost and insurance: ' : ''}Which treatment would you like cost and insurance details for?`,
      choices: TREATMENTS,
    };
  }

  private async answer(dc: DialogContext, ids: readonly string[]): Promise<DialogTurnResult> {
    const entries = ids.map((id) => this.deps.entry(id)).filter((entry): entry is KnowledgeEntry => entry !== undefined);
    // The first entry with its related topics; the others without, so one reply stays one list of choices.
    for (const [index, entry] of entries.entries()) {
      const related = index === 0 ? entry.related.map((id) => this.deps.entry(id)).filter((e): e is KnowledgeEntry => e !== undefined) : [];
      await this.send(dc.context, answerReply(entry, related));
    }
    const first = entries[0];
    return dc.endDialog(first ? ({ answered: { answerId: first.id, score: null } } satisfies AnsweredResult) : undefined);
  }
}
