import { ComponentDialog, DialogTurnStatus, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from '../src/bot/botbuilderDialogs';
import { answerReply, helpfulThanksReply } from '../src/core/answers';
import type { Intent } from '../src/core/intents';
import type { KnowledgeEntry } from '../src/core/knowledge/schema';
import { helpReply, welcomeReply } from '../src/core/messages';
import type { Reply } from '../src/core/reply';
import { clinicDialNumber } from '../src/core/safety/crisisReply';
import { turnInfo } from '../src/bot/turnInfo';
import { CHECKLIST_DIALOG, ChecklistDialog } from './checklistDialog';
import { COST_DIALOG, CostDialog } from './costDialog';
import type { DialogServices } from './dialogServices';
import { FIRST_VISIT_DIALOG, FirstVisitDialog } from './firstVisitDialog';
import { QUESTION_DIALOG, QuestionDialog, type RerouteResult } from './questionDialog';

export const MAIN_DIALOG = 'main';

/** Intents that work at every prompt, before the active dialog sees the message. */
const GLOBAL_INTENTS: ReadonlySet<Intent> = new Set(['help', 'cancel', 'start-over']);

/** Routes each message by intent to the dialog or reply that serves it. */
export class MainDialog extends ComponentDialog {
  constructor(private readonly services: DialogServices) {
    super(MAIN_DIALOG);
    this.addDialog(new QuestionDialog(services));
    this.addDialog(new CostDialog(services));
    if (services.guides.firstVisit) this.addDialog(new FirstVisitDialog(services, services.guides.firstVisit));
    if (services.guides.checklist) this.addDialog(new ChecklistDialog(services, services.guides.checklist));
    this.addDialog(new WaterfallDialog(`${MAIN_DIALOG}.flow`, [this.routeStep.bind(this), this.afterChildStep.bind(this)]));
    this.initialDialogId = `${MAIN_DIALOG}.flow`;
  }

  /** "help", "cancel" and "start over" work at every prompt; anything else goes to the active dialog. */
  protected override async onContinueDialog(innerDc: DialogContext): Promise<DialogTurnResult> {
    const text = innerDc.context.activity.text ?? '';
    if (text.trim() !== '') {
      const { intent, score } = await this.services.recognizer.recognize(text);
      if (GLOBAL_INTENTS.has(intent)) {
        const info = turnInfo(innerDc.context);
        info.intent = intent;
        info.intentScore = score;
        if (intent === 'help') {
          await this.services.send(innerDc.context, helpReply());
          await innerDc.repromptDialog();
          return { status: DialogTurnStatus.waiting };
        }
        await innerDc.cancelAllDialogs();
        await this.services.send(innerDc.context, intent === 'cancel' ? { style: 'plain', text: "OK, I've stopped that." } : { style: 'plain', text: "OK, let's start over." });
        await this.services.send(innerDc.context, helpReply());
        return { status: DialogTurnStatus.complete };
      }
    }
    return super.onContinueDialog(innerDc);
  }

  private async routeStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { context } = step;
    const { services } = this;
    const feedback = helpfulFeedback(context.activity.value);
    if (feedback) {
      services.logger.info({ event: 'answer-feedback', entryId: feedback.entryId, helpful: feedback.helpful }, 'answer feedback');
      await services.send(context, helpfulThanksReply(feedback.helpful, services.clinic));
      return step.endDialog();
    }

    const text = context.activity.text ?? '';
    const { intent, score } = await services.recognizer.recognize(text);
    const info = turnInfo(context);
    info.intent = intent;
    info.intentScore = score;

    switch (intent) {
      case 'greeting':
        return this.replyAndEnd(step, welcomeReply(services.clinic, services.safetyPointer));
      case 'help':
      case 'cancel':
      case 'start-over':
        return this.replyAndEnd(step, helpReply());
      case 'goodbye':
        return this.replyAndEnd(step, { style: 'plain', text: `You're welcome. Take care. You can reach ${services.clinic.name} at ${services.clinic.phone}.` });
      case 'first-visit-guide':
        return services.guides.firstVisit ? step.beginDialog(FIRST_VISIT_DIALOG) : this.answerEntry(step, 'preparing-for-a-visit');
      case 'eligibility-checklist':
        return services.guides.checklist ? step.beginDialog(CHECKLIST_DIALOG) : this.answerEntry(step, 'who-is-it-for');
      case 'cost-insurance':
        return step.beginDialog(COST_DIALOG);
      case 'booking':
        return this.answerEntry(step, 'booking-an-appointment', services.openStatusText(services.now()));
      case 'hours-location':
        return this.answerEntry(step, 'hours-and-location', services.openStatusText(services.now()));
      case 'talk-to-person':
        return this.talkToPerson(step);
      case 'feedback':
        return this.replyAndEnd(step, {
          style: 'menu',
          text: `Thank you, we'd like to hear it. Please don't type personal health details here: to tell our team, call ${services.clinic.phone}${services.clinic.email ? ` or email ${services.clinic.email}` : ''}.`,
          choices: [{ label: 'Ask a question', value: 'help' }],
        });
      case 'question':
        return step.beginDialog(QUESTION_DIALOG);
    }
  }

  private async afterChildStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const result = step.result as RerouteResult | undefined;
    // The patient said something other than a choice: treat it as a fresh message.
    if (result?.reroute) return step.replaceDialog(`${MAIN_DIALOG}.flow`);
    return step.endDialog();
  }

  private async replyAndEnd(step: WaterfallStepContext, reply: Reply): Promise<DialogTurnResult> {
    await this.services.send(step.context, reply);
    return step.endDialog();
  }

  /** Answers from one vetted entry; falls back to the search if the clinic's knowledge base lacks it. */
  private async answerEntry(step: WaterfallStepContext, entryId: string, lead?: string): Promise<DialogTurnResult> {
    const entry = this.services.entry(entryId);
    if (!entry) return step.beginDialog(QUESTION_DIALOG);
    turnInfo(step.context).answerId = entry.id;
    if (lead) await this.services.send(step.context, { style: 'plain', text: lead });
    const related = entry.related.map((id) => this.services.entry(id)).filter((e): e is KnowledgeEntry => e !== undefined);
    return this.replyAndEnd(step, answerReply(entry, related));
  }

  private async talkToPerson(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { clinic } = this.services;
    const open = this.services.openStatusText(this.services.now());
    const requested = this.services.requestHandoff ? await this.services.requestHandoff(step.context, 'talk-to-person') : false;
    const next = requested
      ? `I've let our front desk know you'd like to talk with someone. They'll follow up in this conversation or by phone during opening hours. You can also call us at ${clinic.phone}.`
      : `The quickest way to reach a person is to call us at ${clinic.phone}.`;
    return this.replyAndEnd(step, {
      style: 'menu',
      text: `${next} ${open}\n\n${this.services.safetyPointer}`,
      contacts: [{ label: `Call ${clinic.name}`, kind: 'call', number: clinicDialNumber(clinic) }],
    });
  }
}

function helpfulFeedback(value: unknown): { helpful: boolean; entryId: string } | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { helpful, entryId } = value as Record<string, unknown>;
  if ((helpful !== 'yes' && helpful !== 'no') || typeof entryId !== 'string') return undefined;
  return { helpful: helpful === 'yes', entryId: entryId.slice(0, 100) };
}
