import { Dialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from '../src/bot/botbuilderDialogs';
import { NONE_OF_THESE, answerReply, didYouMeanReply, entryChoice, unknownReply } from '../src/core/answers';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import type { Choice } from '../src/core/reply';
import { matchChoice } from '../src/core/render';
import { turnInfo } from '../src/bot/turnInfo';
import type { DialogServices } from './dialogServices';

export const QUESTION_DIALOG = 'question';

interface PickState {
  choices?: Choice[];
}

/** Tells the main dialog the patient said something else and it should be routed afresh. */
export interface RerouteResult {
  reroute: true;
}

/**
 * Answers one question from the knowledge base: an answer, a "did you mean", or an honest "I don't know".
 * A waterfall itself, not a component holding one: most turns run this dialog, and each level of
 * nesting costs a turn another dialog context.
 */
export class QuestionDialog extends WaterfallDialog {
  constructor(private readonly services: DialogServices) {
    super(QUESTION_DIALOG);
    this.addStep(this.searchStep.bind(this));
    this.addStep(this.pickStep.bind(this));
  }

  /** Reads the question from this turn's activity: the patient's words are never kept in dialog state. */
  private async searchStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const outcome = this.services.search(step.context.activity.text ?? '');
    if (outcome.kind === 'answer') {
      await this.answer(step, outcome.entry, outcome.score);
      return step.endDialog();
    }
    if (outcome.kind === 'did-you-mean') {
      const choices = outcome.options.map(entryChoice);
      (step.values as PickState).choices = choices;
      await this.services.send(step.context, didYouMeanReply(outcome.options));
      return Dialog.EndOfTurn;
    }
    await this.services.send(step.context, unknownReply(this.services.clinic));
    return step.endDialog();
  }

  private async pickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choices = (step.values as PickState).choices ?? [];
    const text = step.context.activity.text ?? '';
    const picked = matchChoice(text, [...choices, { label: NONE_OF_THESE, value: NONE_OF_THESE, synonyms: ['none', 'neither', 'no'] }]);
    if (!picked) return step.endDialog({ reroute: true } satisfies RerouteResult);
    const entry = picked.value === NONE_OF_THESE ? undefined : this.services.entry(picked.value);
    if (entry) await this.answer(step, entry, null);
    else await this.services.send(step.context, unknownReply(this.services.clinic));
    return step.endDialog();
  }

  private async answer(step: WaterfallStepContext, entry: KnowledgeEntry, score: number | null): Promise<void> {
    const info = turnInfo(step.context);
    info.answerId = entry.id;
    info.score = score;
    const related = entry.related.map((id) => this.services.entry(id)).filter((e): e is KnowledgeEntry => e !== undefined);
    await this.services.send(step.context, answerReply(entry, related));
  }
}
