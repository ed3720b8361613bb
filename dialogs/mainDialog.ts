import type { StatePropertyAccessor, TurnContext } from 'botbuilder';
import { buildDialogMemoryScopes, DialogSet, DialogTurnStatus, shareDialogMemoryScopes, type DialogContext, type DialogState } from '../src/bot/botbuilderDialogs';
import { helpfulThanksReply } from '../src/core/answers';
import type { Intent, IntentResult } from '../src/core/intents';
import { helpReply, welcomeReply } from '../src/core/messages';
import type { Reply } from '../src/core/reply';
import { clinicDialNumber } from '../src/core/safety/crisisReply';
import { turnInfo } from '../src/bot/turnInfo';
import { CHECKLIST_DIALOG, ChecklistDialog } from './checklistDialog';
import { COST_DIALOG, CostDialog } from './costDialog';
import type { DialogServices } from './dialogServices';
import { FIRST_VISIT_DIALOG, FirstVisitDialog } from './firstVisitDialog';
import { answerQuestion, isReroute, QUESTION_DIALOG, QuestionDialog, sendAnswer, type QuestionOptions } from './questionDialog';

/** Intents that work at every prompt, before the waiting dialog sees the message. */
const GLOBAL_INTENTS: ReadonlySet<Intent> = new Set(['help', 'cancel', 'start-over']);

/**
 * The main dialog: routes each message by intent. What one reply answers (a greeting, an answer
 * from the knowledge base, the clinic's hours) is answered here; what takes several turns (a
 * "did you mean" and its pick, the cost question, the guides) runs as a botbuilder dialog, and
 * while one waits for an answer, the message goes to it. A turn with no dialog waiting and none
 * to begin creates no dialog context: that machinery costs a turn about a tenth of a millisecond.
 */
export class MainDialog {
  private readonly dialogs: DialogSet;
  private readonly memoryScopes = buildDialogMemoryScopes();

  constructor(
    private readonly services: DialogServices,
    private readonly dialogState: StatePropertyAccessor<DialogState>,
  ) {
    this.dialogs = new DialogSet(dialogState).add(new QuestionDialog(services)).add(new CostDialog(services));
    if (services.guides.firstVisit) this.dialogs.add(new FirstVisitDialog(services, services.guides.firstVisit));
    if (services.guides.checklist) this.dialogs.add(new ChecklistDialog(services, services.guides.checklist));
  }

  /** One message. The caller saves state afterwards. */
  async run(context: TurnContext): Promise<void> {
    let recognized: IntentResult | undefined;
    if (await this.dialogWaiting(context)) {
      const dc = await this.createContext(context);
      // "help", "cancel" and "start over" work at every prompt; anything else goes to the waiting dialog.
      const text = context.activity.text ?? '';
      if (text.trim() !== '') recognized = await this.services.recognizer.recognize(text);
      if (recognized && GLOBAL_INTENTS.has(recognized.intent)) {
        await this.interrupt(dc, recognized);
        return;
      }
      const result = await dc.continueDialog();
      // The patient said something other than a choice: treat it as a fresh message.
      if (!(result.status === DialogTurnStatus.complete && isReroute(result.result))) return;
    }
    await this.route(context, recognized);
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

  private async interrupt(dc: DialogContext, { intent, score }: IntentResult): Promise<void> {
    const info = turnInfo(dc.context);
    info.intent = intent;
    info.intentScore = score;
    if (intent === 'help') {
      await this.services.send(dc.context, helpReply());
      await dc.repromptDialog();
      return;
    }
    await dc.cancelAllDialogs();
    await this.services.send(dc.context, intent === 'cancel' ? { style: 'plain', text: "OK, I've stopped that." } : { style: 'plain', text: "OK, let's start over." });
    await this.services.send(dc.context, helpReply());
  }

  /** `recognized`: this message's intent, when the turn already asked the recognizer. */
  private async route(context: TurnContext, recognized?: IntentResult): Promise<void> {
    const { services } = this;
    const feedback = helpfulFeedback(context.activity.value);
    if (feedback) {
      services.logger.info({ event: 'answer-feedback', entryId: feedback.entryId, helpful: feedback.helpful }, 'answer feedback');
      await services.send(context, helpfulThanksReply(feedback.helpful, services.clinic));
      return;
    }

    const { intent, score } = recognized ?? (await services.recognizer.recognize(context.activity.text ?? ''));
    const info = turnInfo(context);
    info.intent = intent;
    info.intentScore = score;

    switch (intent) {
      case 'greeting':
        return services.send(context, welcomeReply(services.clinic, services.safetyPointer));
      case 'help':
      case 'cancel':
      case 'start-over':
        return services.send(context, helpReply());
      case 'goodbye':
        return services.send(context, { style: 'plain', text: `You're welcome. Take care. You can reach ${services.clinic.name} at ${services.clinic.phone}.` });
      case 'first-visit-guide':
        return services.guides.firstVisit ? this.begin(context, FIRST_VISIT_DIALOG) : this.answerEntry(context, 'preparing-for-a-visit');
      case 'eligibility-checklist':
        return services.guides.checklist ? this.begin(context, CHECKLIST_DIALOG) : this.answerEntry(context, 'who-is-it-for');
      case 'cost-insurance':
        return this.begin(context, COST_DIALOG);
      case 'booking':
        return this.answerEntry(context, 'booking-an-appointment', services.openStatusText(services.now()));
      case 'hours-location':
        return this.answerEntry(context, 'hours-and-location', services.openStatusText(services.now()));
      case 'talk-to-person':
        return this.talkToPerson(context);
      case 'feedback':
        return services.send(context, {
          style: 'menu',
          text: `Thank you, we'd like to hear it. Please don't type personal health details here: to tell our team, call ${services.clinic.phone}${services.clinic.email ? ` or email ${services.clinic.email}` : ''}.`,
          choices: [{ label: 'Ask a question', value: 'help' }],
        });
      case 'question':
        return this.askKnowledgeBase(context);
    }
  }

  /** An answer or "I don't know" ends here; a "did you mean" waits for the pick in QuestionDialog. */
  private async askKnowledgeBase(context: TurnContext): Promise<void> {
    const choices = await answerQuestion(context, this.services);
    if (choices) await this.begin(context, QUESTION_DIALOG, { choices } satisfies QuestionOptions);
  }

  /** Answers from one vetted entry; falls back to the search if the clinic's knowledge base lacks it. */
  private async answerEntry(context: TurnContext, entryId: string, lead?: string): Promise<void> {
    const entry = this.services.entry(entryId);
    if (!entry) return this.askKnowledgeBase(context);
    if (lead) await this.services.send(context, { style: 'plain', text: lead });
    await sendAnswer(context, this.services, entry, null);
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

function helpfulFeedback(value: unknown): { helpful: boolean; entryId: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { helpful, entryId } = value as Record<string, unknown>;
  if ((helpful !== 'yes' && helpful !== 'no') || typeof entryId !== 'string') return undefined;
  return { helpful: helpful === 'yes', entryId: entryId.slice(0, 100) };
}
