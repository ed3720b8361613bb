import { Dialog, type DialogContext, type DialogTurnResult } from '../src/tuning/botbuilderDialogs';
import type { SendReply } from '../src/bot/send';
import type { ClinicProfile } from '../src/core/clinic/schema';
import type { FirstVisitGuide } from '../src/core/knowledge/guides';
import type { Choice, Reply } from '../src/core/reply';
import { matchChoice } from '../src/core/render';
import { PromptDialog } from './promptDialog';

export const FIRST_VISIT_DIALOG = 'firstVisit';

export interface FirstVisitDialogDeps {
  clinic: Pick<ClinicProfile, 'name' | 'phone'>;
  send: SendReply;
}

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
export class FirstVisitDialog extends PromptDialog<GuideState> {
  constructor(
    private readonly deps: FirstVisitDialogDeps,
    private readonly guide: FirstVisitGuide,
  ) {
    super(FIRST_VISIT_DIALOG, deps.send);
  }

  override async beginDialog(dc: DialogContext): Promise<DialogTurnResult> {
    const state: GuideState = { step: 0 };
    dc.activeDialog!.state = state;
    await this.send(dc.context, { style: 'plain', text: this.guide.intro, smsText: '' });
    // On SMS the intro opens the first step's texts rather than costing a text of its own.
    const first = this.stepReply(state.step, false);
    await this.send(dc.context, { ...first, smsText: `${this.guide.intro}\n\n${first.smsText ?? first.text}` });
    return Dialog.EndOfTurn;
  }

  protected override async onAnswer(dc: DialogContext, state: GuideState, text: string): Promise<DialogTurnResult | undefined> {
    const picked = matchChoice(text, this.choicesFor(state.step));
    if (!picked) return undefined;
    if (picked.value === DONE.value) return this.finish(dc);
    state.step = picked.value === BACK.value ? Math.max(0, state.step - 1) : state.step + 1;
    if (state.step >= this.guide.steps.length) return this.finish(dc);
    return this.ask(dc, state);
  }

  /** After an interruption: the step the patient was on. */
  protected override prompt(state: GuideState, resumed: boolean): Reply {
    return this.stepReply(state.step, resumed);
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
    await this.send(dc.context, {
      style: 'plain',
      text: `That's the whole guide. If you have more questions, just ask, or call ${this.deps.clinic.name} at ${this.deps.clinic.phone}.`,
    });
    return dc.endDialog();
  }
}
