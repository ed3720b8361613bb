import type { ClinicProfile } from '../clinic/schema';
import type { Reply } from '../reply';
import { renderForSms } from './sms';
import { renderForTeams } from './teams';
import type { ChannelKind, MessageActivity, RenderContext } from './types';
import { renderForWebChat } from './webchat';

/** Channel ids that carry SMS: Azure Bot Service's Twilio channel, and a direct Twilio adapter. */
export const SMS_CHANNEL_IDS: readonly string[] = ['sms', 'twilio-sms'];

/** How a channel shows replies; channels we do not know get the Web Chat treatment. */
export function channelKind(channelId: string): ChannelKind {
  const id = channelId.trim().toLowerCase();
  if (id === 'msteams') return 'teams';
  if (SMS_CHANNEL_IDS.includes(id)) return 'sms';
  return 'webchat';
}

/** How this clinic's replies are rendered on a channel: its phone, and only its booking page as a link in SMS. */
export function clinicRenderContext(clinic: Pick<ClinicProfile, 'phone' | 'booking_url'>, channelId: string): RenderContext {
  return { channelId, clinicPhone: clinic.phone, allowedSmsUrls: [clinic.booking_url] };
}

/** The activities that show `reply` on the conversation's channel: several on SMS when it is long. */
export function render(reply: Reply, ctx: RenderContext): MessageActivity[] {
  switch (channelKind(ctx.channelId)) {
    case 'teams':
      return renderForTeams(reply, ctx);
    case 'sms':
      return renderForSms(reply, ctx);
    case 'webchat':
      return renderForWebChat(reply, ctx);
  }
}

export function renderAll(replies: readonly Reply[], ctx: RenderContext): MessageActivity[] {
  return replies.flatMap((reply) => render(reply, ctx));
}

export type * from './types';
export { ADAPTIVE_CARD_CONTENT_TYPE } from './types';
export { ADAPTIVE_CARD_VERSION, formatReviewDate, parseHelpfulFeedback } from './adaptiveCard';
export { matchChoice } from './choices';
export { contactUrl, phoneDigits } from './contacts';
export { removeBotMention, type EntityLike } from './teams';
export { SMS_MAX_MESSAGES, SMS_MESSAGE_LIMIT, packSmsTurn, renderSmsTexts, toSmsText } from './sms';
export {
  US_CRISIS_SENTENCE,
  smsHelpText,
  smsKeyword,
  smsOptInConfirmation,
  smsOptOutConfirmation,
  type SmsKeyword,
} from './smsKeywords';
