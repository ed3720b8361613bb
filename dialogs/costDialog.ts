import { type DialogContext, type DialogTurnResult } from '../src/tuning/botbuilderDialogs';
import type { SendReply } from '../src/bot/send';
import { answerReply } from '../src/core/answers';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import type { Choice, Reply } from '../src/core/reply';
import { matchChoice } from '../src/core/render';
import { foldText } from '../src/core/text';
import { COST_ENTRIES, costEntriesFor } from '../src/core/understanding/outcome';
import { treatmentReply } from '../src/core/understanding/slots';
import type { Decision, Slots, Treatment } from '../src/core/understanding/types';
import { PromptDialog } from './promptDialog';
import type { AnsweredResult } from './questionDialog';

export const COST_DIALOG = 'cost';

export interface CostDialogDeps {
  entry: (id: string) => KnowledgeEntry | undefined;
  /** The decision stage, to tell a question typed at the prompt from a reply to it. */
  understand: (text: string) => Decision<KnowledgeEntry>;
  send: SendReply;
}

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
    // A choice picked by its number, position or words ("1", "the second", "IV ketamine"), else a
    // treatment named in a short reply ("the infusion", "not sure"). A longer message that a fresh
    // message would answer from an entry is a question, even if it names a treatment ("can I drive
    // home after my infusion"); it is answered, then the prompt comes back.
    const picked = matchChoice(text, TREATMENTS)?.value as Treatment | undefined;
    const treatment = picked ?? (this.isQuestion(text) ? undefined : treatmentReply(foldText(text)));
    return treatment ? this.answer(dc, COST_ENTRIES[treatment]) : undefined;
  }

  private isQuestion(text: string): boolean {
    return text.trim().split(/\s+/).length > SHORT_REPLY_WORDS && this.deps.understand(text).kind === 'answer';
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
    // One list of choices, after the last answer: the first entry's related topics not already answered.
    const answered = new Set(entries.map((entry) => entry.id));
    const related = (entries[0]?.related ?? [])
      .filter((id) => !answered.has(id))
      .map((id) => this.deps.entry(id))
      .filter((e): e is KnowledgeEntry => e !== undefined);
    for (const [index, entry] of entries.entries()) await this.send(dc.context, answerReply(entry, index === entries.length - 1 ? related : []));
    const first = entries[0];
    return dc.endDialog(first ? ({ answered: { answerId: first.id, score: null } } satisfies AnsweredResult) : undefined);
  }
}
