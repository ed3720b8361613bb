import { Dialog, type DialogContext, type DialogInstance, type DialogReason, type DialogTurnResult } from '../src/bot/botbuilderDialogs';
import type { FirstVisitGuide } from '../src/core/knowledge/guides';
import type { Choice, Reply } from '../src/core/reply';
import { matchChoice } from '../src/core/render';
import type { DialogServices } from './dialogServices';
import { QUESTION_DIALOG } from './questionDialog';

export const FIRST_VISIT_DIALOG = 'firstVisit';

interface GuideState {
  step: number;
}

const NEXT: Choice = { label: 'Next', value: 'next', synonyms: ['n', 'continue', 'go on', 'ok', 'okay', 'next step'] };
const BACK: Choice = { label: 'Back', value: 'back', synonyms: ['b', 'previous', 'go back', 'prev'] };
const DONE: Choice = { label: 'Done', value: 'done', synonyms: ['d', 'finish', 'finished', 'exit guide', "that's enough", 'end guide'] };

const PHASE_LABEL = { before: 'Before your visit', during: 'During your visit', after: 'After your visit' } as const;

/**
 * Walks a patient through their first visit one short step at a time (next / back / done).
 * The words come from knowledge/guides/first-visit.md; a question typed at any step is answered
 * and the guide picks up where it was.
 */
export class FirstVisitDialog extends Dialog<GuideState> {
  constructor(
    private readonly services: DialogServices,
    private readonly guide: FirstVisitGuide,
  ) {
    super(FIRST_VISIT_DIALOG);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state: GuideState = { step: 0 };
    dc.activeDialog!.state = state;
    await this.services.send(dc.context, { style: 'plain', text: this.guide.intro, smsText: '' });
    // On SMS the intro opens the first step's texts rather than costing a text of its own.
    const first = this.stepReply(state.step, false);
    await this.services.send(dc.context, { ...first, smsText: `${this.guide.intro}\n\n${first.smsText ?? first.text}` });
    return Dialog.EndOfTurn;
  }

  override async continueDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as GuideState;
    const picked = matchChoice(dc.context.activity.text ?? '', this.choicesFor(state.step));
    if (!picked) return dc.beginDialog(QUESTION_DIALOG);
    if (picked.value === DONE.value) return this.finish(dc);
    state.step = picked.value === BACK.value ? Math.max(0, state.step - 1) : state.step + 1;
    if (state.step >= this.guide.steps.length) return this.finish(dc);
    await this.showStep(dc, state.step);
    return Dialog.EndOfTurn;
  }

  /** After an interrupting question: back to the step the patient was on. */
  override async resumeDialog(dc: DialogContext, _reason: DialogReason, _result?: unknown): Promise<DialogTurnResult> {
    const state = dc.activeDialog!.state as GuideState;
    await this.showStep(dc, state.step, true);
    return Dialog.EndOfTurn;
  }

  override async repromptDialog(context: DialogContext['context'], instance: DialogInstance<GuideState>): Promise<void> {
    await this.services.send(context, this.stepReply(instance.state.step, true));
  }

  private async showStep(dc: DialogContext, step: number, resumed = false): Promise<void> {
    await this.services.send(dc.context, this.stepReply(step, resumed));
  }

  private stepReply(step: number, resumed: boolean): Reply {
    const item = this.guide.steps[step]!;
    const count = this.guide.steps.length;
    const heading = `**${PHASE_LABEL[item.phase]} — ${item.title}** (step ${step + 1} of ${count})`;
    return {
      style: 'menu',
      title: `${PHASE_LABEL[item.phase]} (step ${step + 1} of ${count})`,
      text: `${resumed ? 'Back to your first-visit guide. ' : ''}${heading}\n\n${item.text}`,
      // On SMS, coming back after an answer names the step without repeating it, so the turn stays within three texts.
      ...(resumed ? { smsText: `Back to your first-visit guide: ${heading}.` } : {}),
      choices: this.choicesFor(step),
    };
  }

  private choicesFor(step: number): Choice[] {
    const last = step === this.guide.steps.length - 1;
    return [...(last ? [] : [NEXT]), ...(step > 0 ? [BACK] : []), DONE];
  }

  private async finish(dc: DialogContext): Promise<DialogTurnResult> {
    await this.services.send(dc.context, {
      style: 'plain',
      text: `That's the whole guide. If you have more questions, just ask, or call ${this.services.clinic.name} at ${this.services.clinic.phone}.`,
    });
    return dc.endDialog();
  }
}
