import type { TurnContext } from 'botbuilder';
import { Dialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from '../src/bot/botbuilderDialogs';
import { NONE_OF_THESE, answerReply, didYouMeanReply, unknownReply } from '../src/core/answers';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import { goodbyeReply, shortHelloReply } from '../src/core/messages';
import type { Choice } from '../src/core/reply';
import { matchChoice } from '../src/core/render';
import type { Candidate, Decision, DialogId } from '../src/core/understanding/types';
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
  /** A dialog the patient picked from a did-you-mean. */
  dialog?: DialogId;
}

export function isReroute(result: unknown): result is RerouteResult {
  return typeof result === 'object' && result !== null && (result as Partial<RerouteResult>).reroute === true;
}

const DIALOG_CHOICE_PREFIX = 'dialog:';

/** A did-you-mean option as a choice: an entry by its id, a dialog by "dialog:<id>". */
export function candidateChoice(candidate: Candidate<KnowledgeEntry>, label: (dialog: DialogId) => string): Choice {
  return candidate.kind === 'entry'
    ? { label: candidate.entry.title, value: candidate.entry.id }
    : { label: label(candidate.dialog), value: `${DIALOG_CHOICE_PREFIX}${candidate.dialog}` };
}

/**
 * Replies to a decision that one message settles: an answer, an honest "I don't know", a short
 * hello or goodbye, or a "did you mean" whose choices it returns (the pick comes next turn, in
 * QuestionDialog). Reads nothing from dialog state: the patient's words are never kept there.
 * `promptResumes`: a waiting prompt asks again right after, so the reply offers no choices of its
 * own (one list per turn: on SMS a number then picks from the prompt's list, never another).
 */
export async function replyTo(
  context: TurnContext,
  services: DialogServices,
  decision: Decision<KnowledgeEntry>,
  dialogLabel: (dialog: DialogId) => string,
  { promptResumes = false }: { promptResumes?: boolean } = {},
): Promise<Choice[] | undefined> {
  switch (decision.kind) {
    case 'answer':
      await sendAnswer(context, services, decision.entry, decision.confidence, { withRelated: !promptResumes });
      return undefined;
    case 'did-you-mean': {
      const choices = decision.options.map((option) => candidateChoice(option, dialogLabel));
      await services.send(context, didYouMeanReply(choices));
      return choices;
    }
    case 'dialog':
      if (decision.dialog === 'goodbye') await services.send(context, goodbyeReply(services.clinic));
      else await services.send(context, shortHelloReply({ withTopics: !promptResumes }));
      return undefined;
    case 'unknown':
      await services.send(context, unknownReply(services.clinic, { withTopics: !promptResumes }));
      await services.recordUnanswered({ text: context.activity.text ?? '', outcome: 'dont-know', safety: turnInfo(context).safety.level });
      return undefined;
  }
}

/**
 * A question asked inside another dialog (a guide step, the cost question), or a "did you mean"
 * waiting for its pick. A waterfall itself, not a component holding one: each level of nesting
 * costs a turn another dialog context.
 */
export class QuestionDialog extends WaterfallDialog {
  constructor(
    private readonly services: DialogServices,
    private readonly dialogLabel: (dialog: DialogId) => string,
  ) {
    super(QUESTION_DIALOG);
    this.addStep(this.askStep.bind(this));
    this.addStep(this.pickStep.bind(this));
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // Choices given at the start are already in the dialog's saved options: not saved twice.
    if (offeredChoices(step)) return Dialog.EndOfTurn;
    const decision = this.services.understand(step.context.activity.text ?? '');
    const choices = await replyTo(step.context, this.services, decision, this.dialogLabel, { promptResumes: promptResumes(step) });
    if (!choices) return step.endDialog();
    (step.values as PickState).choices = choices;
    return Dialog.EndOfTurn;
  }

  private async pickStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const choices = offeredChoices(step) ?? (step.values as PickState).choices ?? [];
    const text = step.context.activity.text ?? '';
    const picked = matchChoice(text, [...choices, { label: NONE_OF_THESE, value: NONE_OF_THESE, synonyms: ['none', 'neither', 'no'] }]);
    if (!picked) return step.endDialog({ reroute: true } satisfies RerouteResult);
    if (picked.value.startsWith(DIALOG_CHOICE_PREFIX)) {
      return step.endDialog({ reroute: true, dialog: picked.value.slice(DIALOG_CHOICE_PREFIX.length) as DialogId } satisfies RerouteResult);
    }
    const entry = picked.value === NONE_OF_THESE ? undefined : this.services.entry(picked.value);
    const resumes = promptResumes(step);
    if (entry) await sendAnswer(step.context, this.services, entry, null, { withRelated: !resumes });
    else {
      await this.services.send(step.context, unknownReply(this.services.clinic, { withTopics: !resumes }));
      // The question itself is never kept in dialog state: staff see which entry came closest.
      const closest = choices.find((choice) => !choice.value.startsWith(DIALOG_CHOICE_PREFIX))?.value;
      await this.services.recordUnanswered({ text: '(a "did you mean" the patient declined)', outcome: 'did-you-mean-declined', safety: turnInfo(step.context).safety.level, closestEntryId: closest });
    }
    return step.endDialog();
  }
}

/** Whether a prompt (a guide step, the cost question) began this one and asks again when it ends. */
function promptResumes(step: WaterfallStepContext): boolean {
  return step.stack.length > 1;
}

function offeredChoices(step: WaterfallStepContext): Choice[] | undefined {
  return (step.options as Partial<QuestionOptions> | undefined)?.choices;
}

/** Sends one vetted entry as the answer, with its related entries unless a prompt follows, and records it for the turn trace. */
export async function sendAnswer(context: TurnContext, services: DialogServices, entry: KnowledgeEntry, score: number | null, { withRelated = true }: { withRelated?: boolean } = {}): Promise<void> {
  const info = turnInfo(context);
  info.answerId = entry.id;
  info.score = score;
  const lead = services.leadFor(entry.id);
  if (lead) await services.send(context, { style: 'plain', text: lead });
  const related = withRelated ? entry.related.map((id) => services.entry(id)).filter((e): e is KnowledgeEntry => e !== undefined) : [];
  await services.send(context, answerReply(entry, related));
}
