import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { buildDialogMemoryScopes, DialogSet, DialogTurnStatus, shareDialogMemoryScopes, type DialogContext, type DialogState } from '../src/tuning/botbuilderDialogs';
import { turnSafety, type TurnOutcome } from '../src/bot/turnState';
import { helpfulThanksReply } from '../src/core/answers';
import type { ClinicProfile } from '../src/core/clinic/schema';
import type { PatientHandoff } from '../src/core/handoff';
import type { Guides } from '../src/core/knowledge/guides';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import { DIALOG_LABELS, helpAtPromptReply, helpReply } from '../src/core/messages';
import type { Reply } from '../src/core/reply';
import { parseHelpfulFeedback } from '../src/core/render';
import { clinicDialNumber } from '../src/core/safety/crisisReply';
import type { Decision, DialogId } from '../src/core/understanding/types';
import type { Logger } from '../src/logger';
import { CHECKLIST_DIALOG, ChecklistDialog } from './checklistDialog';
import { COST_DIALOG, CostDialog } from './costDialog';
import { FIRST_VISIT_DIALOG, FirstVisitDialog } from './firstVisitDialog';
import { answeredIn, isReroute, QUESTION_DIALOG, QuestionDialog, replyTo, sendAnswer, type Answered, type QuestionDeps, type QuestionOptions } from './questionDialog';

/** What the main dialog needs besides answering questions; built in the composition root (src/app.ts). */
export interface MainDialogDeps extends QuestionDeps {
  clinic: ClinicProfile;
  /** The country's standing crisis pointer, for "talk to a person". */
  safetyPointer: string;
  /** The step-by-step guides; absent in production until a clinician has approved them. */
  guides: Partial<Guides>;
  /** "We're open now until 5:00 PM." / "We're closed now. We open again Monday at 8:00 AM (Central Time)." */
  openStatusText: (now: Date) => string;
  /** Asks staff to contact the patient; resolves false when unreachable. Absent when no handoff webhook is configured. */
  requestHandoff?: (request: PatientHandoff) => Promise<boolean>;
  /** The value of the last menu's choice a bare number picks ("2"), if any. */
  pickedByNumber: (context: TurnContext, text: string) => Promise<string | undefined>;
  logger: Logger;
  now: () => Date;
}

/** Requests that leave a waiting prompt for something else; greetings and goodbyes go to the prompt. */
const YIELDS_PROMPT: ReadonlySet<DialogId> = new Set(['help', 'cancel', 'start-over', 'talk-to-person', 'feedback', 'cost-insurance', 'first-visit-guide', 'eligibility-checklist']);

const dialogLabel = (dialog: DialogId): string => DIALOG_LABELS[dialog];

/**
 * The main dialog: acts on the one decision the understanding stage makes for each message. What
 * one reply answers (an entry, a greeting) is answered here; what takes several turns (a "did you
 * mean" and its pick, the cost question, the guides) runs as a botbuilder dialog. While one waits,
 * a message that asks for something else (a person, another guide, help, start over) gets that
 * thing; anything else goes to the prompt, which answers a question typed there and asks again.
 */
export class MainDialog {
  private readonly dialogs: DialogSet;
  private readonly memoryScopes = buildDialogMemoryScopes();

  constructor(
    private readonly deps: MainDialogDeps,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
  ) {
    // Each dialog gets only what it uses.
    const { clinic, understand, entry, leadFor, send, recordUnanswered, guides } = deps;
    this.dialogs = new DialogSet(dialogState)
      .add(new QuestionDialog({ clinic, understand, entry, leadFor, send, recordUnanswered }, dialogLabel))
      .add(new CostDialog({ entry, understand, send }));
    if (guides.firstVisit) this.dialogs.add(new FirstVisitDialog({ clinic, send }, guides.firstVisit));
    if (guides.checklist) this.dialogs.add(new ChecklistDialog({ clinic, entry, send }, guides.checklist));
  }

  /** One message; returns what was decided and answered, for the staff trace. The caller saves state afterwards. */
  async run(context: TurnContext): Promise<TurnOutcome> {
    const feedback = parseHelpfulFeedback(context.activity.value);
    if (feedback) {
      await this.onHelpfulFeedback(context, feedback.helpful === 'yes', feedback.entryId);
      return { intent: null, intentScore: null, answerId: null, score: null };
    }
    const waiting = await this.dialogWaiting(context);
    const typed = context.activity.text ?? '';
    // "2" after a menu picks its second choice (a waiting prompt reads numbers itself).
    const text = waiting ? typed : ((await this.deps.pickedByNumber(context, typed)) ?? typed);
    const decision = this.deps.understand(text);
    const outcome = (answered: Answered | undefined): TurnOutcome => ({ ...decided(decision), answerId: answered?.answerId ?? null, score: answered?.score ?? null });
    if (waiting) {
      const dc = await this.createContext(context);
      if (decision.kind === 'dialog' && YIELDS_PROMPT.has(decision.dialog)) {
        return outcome(await this.interrupt(dc, decision));
      }
      const result = await dc.continueDialog();
      if (!(result.status === DialogTurnStatus.complete && isReroute(result.result))) return outcome(answeredIn(result.result));
      // The patient said something other than a choice: act on what they said (or the dialog they picked).
      if (result.result.dialog) return outcome(await this.startDialog(context, { kind: 'dialog', dialog: result.result.dialog, confidence: 1, slots: decision.slots }));
    }
    return outcome(await this.route(context, decision));
  }

  /** A tap on "Was this helpful?" under an answer. */
  private async onHelpfulFeedback(context: TurnContext, helpful: boolean, entryId: string): Promise<void> {
    this.deps.logger.info({ event: 'answer-feedback', entryId, helpful }, 'answer feedback');
    await this.deps.send(context, helpfulThanksReply(helpful, this.deps.clinic));
    if (!helpful) {
      await this.deps.recordUnanswered({ text: '(an answer marked not helpful)', outcome: 'not-helpful', safety: turnSafety(context).level, closestEntryId: entryId });
    }
  }

  /**
   * Whether a dialog is waiting for this message. A saved dialog this bot no longer has (a guide
   * whose approval lapsed, or a conversation saved by an older version) is dropped, not an error.
   */
  private async dialogWaiting(context: TurnContext): Promise<boolean> {
    const state = await this.dialogState.get(context, { dialogStack: [] });
    if (state.dialogStack.length === 0) return false;
    if (state.dialogStack.every((instance) => this.dialogs.find(instance.id) !== undefined)) return true;
    this.deps.logger.warn({ dialogs: state.dialogStack.map((instance) => instance.id) }, 'saved dialog no longer available; starting afresh');
    await this.dialogState.set(context, { dialogStack: [] });
    return false;
  }

  private createContext(context: TurnContext): Promise<DialogContext> {
    shareDialogMemoryScopes(context, this.memoryScopes);
    return this.dialogs.createContext(context);
  }

  private async begin(context: TurnContext, dialogId: string, options?: object): Promise<Answered | undefined> {
    const dc = await this.createContext(context);
    return answeredIn((await dc.beginDialog(dialogId, options)).result);
  }

  /** A request that leaves the waiting prompt: help says how to leave it and asks again; the rest start afresh. */
  private async interrupt(dc: DialogContext, decision: Extract<Decision<KnowledgeEntry>, { kind: 'dialog' }>): Promise<Answered | undefined> {
    if (decision.dialog === 'help') {
      await this.deps.send(dc.context, helpAtPromptReply());
      await dc.repromptDialog();
      return undefined;
    }
    await dc.cancelAllDialogs();
    if (decision.dialog === 'cancel' || decision.dialog === 'start-over') {
      await this.deps.send(dc.context, { style: 'plain', text: decision.dialog === 'cancel' ? "OK, I've stopped that." : "OK, let's start over." });
      await this.deps.send(dc.context, helpReply());
      return undefined;
    }
    return this.startDialog(dc.context, decision);
  }

  private async route(context: TurnContext, decision: Decision<KnowledgeEntry>): Promise<Answered | undefined> {
    if (decision.kind === 'dialog') return this.startDialog(context, decision);
    const { choices, answered } = await replyTo(context, this.deps, decision, dialogLabel);
    if (choices) await this.begin(context, QUESTION_DIALOG, { choices } satisfies QuestionOptions);
    return answered;
  }

  private async startDialog(context: TurnContext, decision: Extract<Decision<KnowledgeEntry>, { kind: 'dialog' }>): Promise<Answered | undefined> {
    const { deps } = this;
    switch (decision.dialog) {
      case 'greeting':
      case 'goodbye':
        await replyTo(context, deps, decision, dialogLabel);
        return undefined;
      case 'help':
      case 'cancel':
      case 'start-over':
        await deps.send(context, helpReply());
        return undefined;
      case 'first-visit-guide':
        return deps.guides.firstVisit ? this.begin(context, FIRST_VISIT_DIALOG) : this.answerEntry(context, 'preparing-for-a-visit');
      case 'eligibility-checklist':
        return deps.guides.checklist ? this.begin(context, CHECKLIST_DIALOG) : this.answerEntry(context, 'who-is-it-for');
      case 'cost-insurance':
        return this.begin(context, COST_DIALOG, decision.slots);
      case 'talk-to-person':
        await this.talkToPerson(context);
        return undefined;
      case 'feedback':
        await deps.send(context, {
          style: 'menu',
          text: `Thank you, we'd like to hear it. Please don't type personal health details here: to tell our team, call ${deps.clinic.phone}${deps.clinic.email ? ` or email ${deps.clinic.email}` : ''}.`,
          choices: [{ label: 'Ask a question', value: 'help' }],
        });
        return undefined;
    }
  }

  /** Answers from one vetted entry; says it does not know if the clinic's knowledge base lacks it. */
  private async answerEntry(context: TurnContext, entryId: string): Promise<Answered | undefined> {
    const entry = this.deps.entry(entryId);
    if (entry) return sendAnswer(context, this.deps, entry, null);
    await replyTo(context, this.deps, { kind: 'unknown', slots: {} }, dialogLabel);
    return undefined;
  }

  private async talkToPerson(context: TurnContext): Promise<void> {
    const { clinic } = this.deps;
    const open = this.deps.openStatusText(this.deps.now());
    const requested = this.deps.requestHandoff
      ? await this.deps.requestHandoff({ conversationId: context.activity.conversation?.id ?? '', channel: context.activity.channelId ?? 'unknown', intent: 'talk-to-person' })
      : false;
    const next = requested
      ? `I've let our front desk know you'd like to talk with someone. They'll follow up in this conversation or by phone during opening hours. You can also call us at ${clinic.phone}.`
      : `The quickest way to reach a person is to call us at ${clinic.phone}.`;
    const reply: Reply = {
      style: 'menu',
      text: `${next} ${open}\n\n${this.deps.safetyPointer}`,
      contacts: [{ label: `Call ${clinic.name}`, kind: 'call', number: clinicDialNumber(clinic) }],
    };
    await this.deps.send(context, reply);
  }
}

/** For the staff trace: what was decided, never the words. */
function decided(decision: Decision<KnowledgeEntry>): Pick<TurnOutcome, 'intent' | 'intentScore'> {
  return {
    intent: decision.kind === 'dialog' ? decision.dialog : decision.kind === 'answer' ? 'question' : decision.kind,
    intentScore: decision.kind === 'answer' || decision.kind === 'dialog' ? decision.confidence : null,
  };
}
