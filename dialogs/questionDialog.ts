import type { TurnContext } from 'botbuilder';
import { Dialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from '../src/bot/botbuilderDialogs';
import { NONE_OF_THESE, answerReply, didYouMeanReply, entryChoice, unknownReply } from '../src/core/answers';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import type { Choice } from '../src/core/reply';
import { matchChoice } from '../src/core/render';
import { turnInfo } from '../src/bot/turnInfo';
import type { DialogServices } from './dialogServices';

export const QUESTION_DIALOG = 'question';

/** Begin the question dialog with these when the "did you mean" has already been sent. */
export interface QuestionOptions {
  choices: Choice[];
}

interface PickState {
  choices?: Choice[];
}

/** Tells whoever began the dialog that the patient said something else and it should be routed afresh. */
export interface RerouteResult {
  reroute: true;
}

export function isReroute(result: unknown): result is RerouteResult {
  return typeof result === 'object' && result !== null && (result as Partial<RerouteResult>).reroute === true;
}

/**
 * Answers this turn's message from the knowledge base: an answer, an honest "I don't know", or a
 * "did you mean" whose choices it returns (the patient's pick comes next turn, in QuestionDialog).
 * Reads the question from the activity: the patient's words are never kept in dialog state.
 */
export async function answerQuestion(context: TurnContext, services: DialogServices): Promise<Choice[] | undefined> {
  const outcome = services.search(context.activity.text ?? '');
  if (outcome.kind === 'answer') {
    await sendAnswer(context, services, outcome.entry, outcome.score);
    return undefined;
  }
  if (outcome.kind === 'did-you-mean') {
    await services.send(context, didYouMeanReply(outcome.options));
    return outcome.options.map(entryChoice);
  }
  await services.send(context, unknownReply(services.clinic));
  return undefined;
}

/**
 * A question asked inside another dialog (a guide step, the cost question), or a "did you mean"
 * waiting for its pick. A waterfall itself, not a component holding one: each level of nesting
 * costs a turn another dialog context.
 */
export class QuestionDialog extends WaterfallDialog {
  constructor(private readonly services: DialogServices) {
    super(QUESTION_DIALOG);
    this.addStep(this.askStep.bind(this));
    this.addStep(this.pickStep.bind(this));
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // Choices given at the start are already in the dialog's saved options: not saved twice.
    if (offeredChoices(step)) return Dialog.EndOfTurn;
    const choices = await answerQuestion(step.context, this.services);
    if (!choices) return step.endDialog();
    (step.values as PickState).choices = choices;
    return Dialog.EndOfTurn;
  }

  private async pickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choices = offeredChoices(step) ?? (step.values as PickState).choices ?? [];
    const text = step.context.activity.text ?? '';
    const picked = matchChoice(text, [...choices, { label: NONE_OF_THESE, value: NONE_OF_THESE, synonyms: ['none', 'neither', 'no'] }]);
    if (!picked) return step.endDialog({ reroute: true } satisfies RerouteResult);
    const entry = picked.value === NONE_OF_THESE ? undefined : this.services.entry(picked.value);
    if (entry) await sendAnswer(step.context, this.services, entry, null);
    else await this.services.send(step.context, unknownReply(this.services.clinic));
    return step.endDialog();
  }
}

function offeredChoices(step: WaterfallStepContext): Choice[] | undefined {
  return (step.options as Partial<QuestionOptions> | undefined)?.choices;
}

/** Sends one vetted entry as the answer, with its related entries, and records it for the turn trace. */
export async function sendAnswer(context: TurnContext, services: DialogServices, entry: KnowledgeEntry, score: number | null): Promise<void> {
  const info = turnInfo(context);
  info.answerId = entry.id;
  info.score = score;
  const related = entry.related.map((id) => services.entry(id)).filter((e): e is KnowledgeEntry => e !== undefined);
  await services.send(context, answerReply(entry, related));
}
