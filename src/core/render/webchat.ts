import type { Reply } from '../reply';
import {
  answerCard,
  buttonCard,
  contactButtons,
  hasAnswer,
  replyMarkdown,
  suggestedChoiceActions,
} from './adaptiveCard';
import type { MessageActivity, RenderContext } from './types';

/**
 * Channels whose client opens `sms:` links: our chat page (public/page.mjs) opens them itself, as
 * Web Chat's default handler does not. The Emulator and channels we do not know get call buttons only.
 */
const OPENS_SMS_LINKS: readonly string[] = ['webchat', 'directline'];

/**
 * Web Chat, Direct Line, the Emulator and any channel we do not know: Markdown text, an Adaptive
 * Card for answers, contact buttons in a card, and choices as suggested actions.
 */
export function renderForWebChat(reply: Reply, ctx: RenderContext): MessageActivity[] {
  const smsLinkButtons = ctx.smsLinkButtons ?? OPENS_SMS_LINKS.includes(ctx.channelId.trim().toLowerCase());
  const choices = reply.choices ?? [];
  const activity: MessageActivity = {
    type: 'message',
    textFormat: 'markdown',
    inputHint: choices.length > 0 ? 'expectingInput' : 'acceptingInput',
  };

  if (hasAnswer(reply)) {
    activity.attachments = [answerCard(reply, { smsLinkButtons, extraButtons: [], fullWidth: false })];
  } else {
    activity.text = replyMarkdown(reply, { withTitle: true });
    const card = buttonCard([contactButtons(reply.contacts ?? [], smsLinkButtons)], activity.text);
    if (card) activity.attachments = [card];
  }

  if (choices.length > 0) activity.suggestedActions = { to: [], actions: suggestedChoiceActions(choices) };
  return [activity];
}
