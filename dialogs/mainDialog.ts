import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { buildDialogMemoryScopes, DialogSet, DialogTurnStatus, shareDialogMemoryScopes, type DialogContext, type DialogState } from '../src/bot/botbuilderDialogs';
import { helpfulThanksReply } from '../src/core/answers';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import { DIALOG_LABELS, helpAtPromptReply, helpReply } from '../src/core/messages';
import type { Reply } from '../src/core/reply';
import { clinicDialNumber } from '../src/core/safety/crisisReply';
import type { Decision, DialogId } from '../src/core/understanding/types';
import { turnInfo } from '../src/bot/turnInfo';
import { CHECKLIST_DIALOG, ChecklistDialog } from './checklistDialog';
import { COST_DIALOG, CostDialog } from './costDialog';
import type { DialogServices } from './dialogServices';
import { FIRST_VISIT_DIALOG, FirstVisitDialog } from './firstVisitDialog';
import { isReroute, QUESTION_DIALOG, QuestionDialog, replyTo, sendAnswer, type QuestionOptions } from './questionDialog';

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
    private readonly services: DialogServices,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
  ) {
    this.dialogs = new DialogSet(dialogState).add(new QuestionDialog(services, dialogLabel)).add(new CostDialog(services));
    if (services.guides.firstVisit) this.dialogs.add(new FirstVisitDialog(services, services.guides.firstVisit));
    if (services.guides.checklist) this.dialogs.add(new ChecklistDialog(services, services.guides.checklist));
  }

  /** One message. The caller saves state afterwards. */
  async run(context: TurnContext): Promise<void> {
    const feedback = helpfulFeedback(context.activity.value);
    if (feedback) {
      this.services.logger.info({ event: 'answer-feedback', entryId: feedback.entryId, helpful: feedback.helpful }, 'answer feedback');
      await this.services.send(context, helpfulThanksReply(feedback.helpful, this.services.clinic));
      if (!feedback.helpful) {
        await this.services.recordUnanswered({ text: '(an answer marked not helpful)', outcome: 'not-helpful', safety: turnInfo(context).safety.level, closestEntryId: feedback.entryId });
      }
      return;
    }
    const waiting = await this.dialogWaiting(context);
    const typed = context.activity.text ?? '';
    // "2" after a menu picks its second choice (a waiting prompt reads numbers itself).
    const text = waiting ? typed : ((await this.services.pickedByNumber(context, typed)) ?? typed);
    const decision = this.services.understand(text);
    recordDecision(context, decision);
    if (waiting) {
      const dc = await this.createContext(context);
      if (decision.kind === 'dialog' && YIELDS_PROMPT.has(decision.dialog)) {
        await this.interrupt(dc, decision);
        return;
      }
      const result = await dc.continueDialog();
      if (!(result.status === DialogTurnStatus.complete && isReroute(result.result))) return;
      // The patient said something other than a choice: act on what they said (or the dialog they picked).
      if (result.result.dialog) return this.startDialog(context, { kind: 'dialog', dialog: result.result.dialog, confidence: 1, slots: decision.slots });
    }
    await this.route(context, decision);
  }

  /**
   * Whether a dialog is waiting for this message. A saved dialog this bot no longer has (a guide
   * whose approval lapsed, or a conversation saved by an older version) is dropped, not an error.
   */
  private async dialogWaiting(context: TurnContext): Promise<boolean> {
    const state = await this.dialogState.get(context, { dialogStack: [] });
    if (state.dialogStack.length === 0) return false;
    if (state.dialogStack.every((instance) => this.dialogs.find(instance.id) !== undefined)) return true;
    this.services.logger.warn({ dialogs: state.dialogStack.map((instance) => instance.id) }, 'saved dialog no longer available; starting afresh');
    await this.dialogState.set(context, { dialogStack: [] });
    return false;
  }

  private createContext(context: TurnContext): Promise<DialogContext> {
    shareDialogMemoryScopes(context, this.memoryScopes);
    return this.dialogs.createContext(context);
  }

  private async begin(context: TurnContext, dialogId: string, options?: object): Promise<void> {
    const dc = await this.createContext(context);
    await dc.beginDialog(dialogId, options);
  }

  /** A request that leaves the waiting prompt: help says how to leave it and asks again; the rest start afresh. */
  private async interrupt(dc: DialogContext, decision: Extract<Decision<KnowledgeEntry>, { kind: 'dialog' }>): Promise<void> {
    if (decision.dialog === 'help') {
      await this.services.send(dc.context, helpAtPromptReply());
      await dc.repromptDialog();
      return;
    }
    await dc.cancelAllDialogs();
    if (decision.dialog === 'cancel' || decision.dialog === 'start-over') {
      await this.services.send(dc.context, { style: 'plain', text: decision.dialog === 'cancel' ? "OK, I've stopped that." : "OK, let's start over." });
      await this.services.send(dc.context, helpReply());
      return;
    }
    await this.startDialog(dc.context, decision);
  }

  private async route(context: TurnContext, decision: Decision<KnowledgeEntry>): Promise<void> {
    if (decision.kind === 'dialog') return this.startDialog(context, decision);
    const choices = await replyTo(context, this.services, decision, dialogLabel);
    if (choices) await this.begin(context, QUESTION_DIALOG, { choices } satisfies QuestionOptions);
  }

  private async startDialog(context: TurnContext, decision: Extract<Decision<KnowledgeEntry>, { kind: 'dialog' }>): Promise<void> {
    const { services } = this;
    switch (decision.dialog) {
      case 'greeting':
      case 'goodbye':
        await replyTo(context, services, decision, dialogLabel);
        return;
      case 'help':
      case 'cancel':
      case 'start-over':
        return services.send(context, helpReply());
      case 'first-visit-guide':
        return services.guides.firstVisit ? this.begin(context, FIRST_VISIT_DIALOG) : this.answerEntry(context, 'preparing-for-a-visit');
      case 'eligibility-checklist':
        return services.guides.checklist ? this.begin(context, CHECKLIST_DIALOG) : this.answerEntry(context, 'who-is-it-for');
      case 'cost-insurance':
        return this.begin(context, COST_DIALOG, decision.slots);
      case 'talk-to-person':
        return this.talkToPerson(context);
      case 'feedback':
        return services.send(context, {
          style: 'menu',
          text: `Thank you, we'd like to hear it. Please don't type personal health details here: to tell our team, call ${services.clinic.phone}${services.clinic.email ? ` or email ${services.clinic.email}` : ''}.`,
          choices: [{ label: 'Ask a question', value: 'help' }],
        });
    }
  }

  /** Answers from one vetted entry; says it does not know if the clinic's knowledge base lacks it. */
  private async answerEntry(context: TurnContext, entryId: string): Promise<void> {
    const entry = this.services.entry(entryId);
    if (entry) await sendAnswer(context, this.services, entry, null);
    else await replyTo(context, this.services, { kind: 'unknown', slots: {} }, dialogLabel);
  }

  private async talkToPerson(context: TurnContext): Promise<void> {
    const { clinic } = this.services;
    const open = this.services.openStatusText(this.services.now());
    const requested = this.services.requestHandoff ? await this.services.requestHandoff(context, 'talk-to-person') : false;
    const next = requested
      ? `I've let our front desk know you'd like to talk with someone. They'll follow up in this conversation or by phone during opening hours. You can also call us at ${clinic.phone}.`
      : `The quickest way to reach a person is to call us at ${clinic.phone}.`;
    const reply: Reply = {
      style: 'menu',
      text: `${next} ${open}\n\n${this.services.safetyPointer}`,
      contacts: [{ label: `Call ${clinic.name}`, kind: 'call', number: clinicDialNumber(clinic) }],
    };
    await this.services.send(context, reply);
  }
}

/** For the staff trace: what was decided, never the words. */
function recordDecision(context: TurnContext, decision: Decision<KnowledgeEntry>): void {
  const info = turnInfo(context);
  info.intent = decision.kind === 'dialog' ? decision.dialog : decision.kind === 'answer' ? 'question' : decision.kind;
  info.intentScore = decision.kind === 'answer' || decision.kind === 'dialog' ? decision.confidence : null;
}

function helpfulFeedback(value: unknown): { helpful: boolean; entryId: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { helpful, entryId } = value as Record<string, unknown>;
  if ((helpful !== 'yes' && helpful !== 'no') || typeof entryId !== 'string') return undefined;
  return { helpful: helpful === 'yes', entryId: entryId.slice(0, 100) };
}
