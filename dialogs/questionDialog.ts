import type { TurnContext } from 'botbuilder';
import { Dialog, WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from '../src/tuning/botbuilderDialogs';
import type { SendReply } from '../src/bot/send';
import { turnSafety } from '../src/bot/turnState';
import { NONE_OF_THESE, answerReply, didYouMeanReply, unknownReply } from '../src/core/answers';
import type { ClinicProfile } from '../src/core/clinic/schema';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import { goodbyeReply, shortHelloReply } from '../src/core/messages';
import type { Choice } from '../src/core/reply';
import { matchChoice } from '../src/core/render';
import type { Candidate, Decision, DialogId } from '../src/core/understanding/types';
import type { RecordRequest } from '../src/core/unanswered';

export const QUESTION_DIALOG = 'question';

/** What answering a question needs. */
export interface QuestionDeps {
  clinic: ClinicProfile;
  /** One decision per message over everything the bot can do (src/core/understanding). */
  understand: (text: string) => Decision<KnowledgeEntry>;
  entry: (id: string) => KnowledgeEntry | undefined;
  /** A line sent before an entry's answer (whether the clinic is open now, for booking and hours). */
  leadFor: (entryId: string) => string | undefined;
  send: SendReply;
  /** Keeps, redacted, a question the bot could not answer (only with UNANSWERED_QUESTIONS=on; never throws). */
  recordUnanswered: (request: RecordRequest) => Promise<boolean>;
}

/** The entry a turn answered, for the staff trace. */
export interface Answered {
  answerId: string;
  /** The match score; null when the patient picked the entry from a menu. */
  score: number | null;
}

/** What a dialog ends with when it sent an answer; passed up through the dialogs that wait on it. */
export interface AnsweredResult {
  answered: Answered;
}

export function answeredIn(result: unknown): Answered | undefined {
  return typeof result === 'object' && result !== null && 'answered' in result ? (result as AnsweredResult).answered : undefined;
}

/** What a reply to a one-message decision did: the choices of a "did you mean", or the entry it answered. */
export interface Replied {
  choices?: Choice[];
  answered?: Answered;
}

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
  deps: QuestionDeps,
  decision: Decision<KnowledgeEntry>,
  dialogLabel: (dialog: DialogId) => string,
  { promptResumes = false }: { promptResumes?: boolean } = {},
): Promise<Replied> {
  switch (decision.kind) {
    case 'answer':
      return { answered: await sendAnswer(context, deps, decision.entry, decision.confidence, { withRelated: !promptResumes }) };
    case 'did-you-mean': {
      const choices = decision.options.map((option) => candidateChoice(option, dialogLabel));
      await deps.send(context, didYouMeanReply(choices));
      return { choices };
    }
    case 'dialog':
      if (decision.dialog === 'goodbye') await deps.send(context, goodbyeReply(deps.clinic));
      else await deps.send(context, shortHelloReply({ withTopics: !promptResumes }));
      return {};
    case 'unknown':
      await deps.send(context, unknownReply(deps.clinic, { withTopics: !promptResumes }));
      await deps.recordUnanswered({ text: context.activity.text ?? '', outcome: 'dont-know', safety: turnSafety(context).level });
      return {};
  }
}

/**
 * A question asked inside another dialog (a guide step, the cost question), or a "did you mean"
 * waiting for its pick. A waterfall itself, not a component holding one: each level of nesting
 * costs a turn another dialog context.
 */
export class QuestionDialog extends WaterfallDialog {
  constructor(
    private readonly deps: QuestionDeps,
    private readonly dialogLabel: (dialog: DialogId) => string,
  ) {
    super(QUESTION_DIALOG);
    this.addStep(this.askStep.bind(this));
    this.addStep(this.pickStep.bind(this));
  }

  private async askStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    // Choices given at the start are already in the dialog's saved options: not saved twice.
    if (offeredChoices(step)) return Dialog.EndOfTurn;
    const decision = this.deps.understand(step.context.activity.text ?? '');
    const { choices, answered } = await replyTo(step.context, this.deps, decision, this.dialogLabel, { promptResumes: promptResumes(step) });
    if (!choices) return step.endDialog(answered ? ({ answered } satisfies AnsweredResult) : undefined);
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
    const entry = picked.value === NONE_OF_THESE ? undefined : this.deps.entry(picked.value);
    const resumes = promptResumes(step);
    if (entry) return step.endDialog({ answered: await sendAnswer(step.context, this.deps, entry, null, { withRelated: !resumes }) } satisfies AnsweredResult);
    await this.deps.send(step.context, unknownReply(this.deps.clinic, { withTopics: !resumes }));
    // The question itself is never kept in dialog state: staff see which entry came closest.
    const closest = choices.find((choice) => !choice.value.startsWith(DIALOG_CHOICE_PREFIX))?.value;
    await this.deps.recordUnanswered({ text: '(a "did you mean" the patient declined)', outcome: 'did-you-mean-declined', safety: turnSafety(step.context).level, closestEntryId: closest });
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

/** Sends one vetted entry as the answer, with its related entries unless a prompt follows; returns what it answered, for the staff trace. */
export async function sendAnswer(
  context: TurnContext,
  deps: Pick<QuestionDeps, 'leadFor' | 'entry' | 'send'>,
  entry: KnowledgeEntry,
  score: number | null,
  { withRelated = true }: { withRelated?: boolean } = {},
): Promise<Answered> {
  const lead = deps.leadFor(entry.id);
  if (lead) await deps.send(context, { style: 'plain', text: lead });
  const related = withRelated ? entry.related.map((id) => deps.entry(id)).filter((e): e is KnowledgeEntry => e !== undefined) : [];
  await deps.send(context, answerReply(entry, related));
  return { answerId: entry.id, score };
}
