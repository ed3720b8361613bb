/**
 * Plain-JSON shapes of the Bot Framework activities and Adaptive Cards the renderer produces.
 * They mirror botframework-schema field for field so the glue can send them as they are,
 * without the core depending on the platform.
 */

export interface RenderContext {
  /** `activity.channelId` of the conversation being answered. */
  channelId: string;
  /** The clinic's phone number as patients see it, e.g. "(555) 555-0100". */
  clinicPhone: string;
  /** The only web addresses allowed in SMS text (the booking page); every other URL is left out there. */
  allowedSmsUrls: readonly string[];
  /**
   * Whether text-message contacts become `sms:` buttons. Web Chat's default card-action handler
   * refuses `sms:` links (it allows data, http, https, ftp, mailto, sip and tel only), so a button
   * there would do nothing; our chat page opens them itself (public/page.mjs).
   * Default: on in Teams, Web Chat and Direct Line (the chat page); off in the Emulator and unknown channels.
   */
  smsLinkButtons?: boolean;
}

export type ChannelKind = 'webchat' | 'teams' | 'sms';

export interface MessageActivity {
  type: 'message';
  /** Absent when a card carries everything (an answer card), so Web Chat shows no empty bubble. */
  text?: string;
  textFormat: 'markdown' | 'plain';
  attachments?: CardAttachment[];
  /** `to` is always empty: Web Chat shows actions with an empty `to` to everyone in the conversation. */
  suggestedActions?: { to: string[]; actions: ImBackAction[] };
  inputHint: 'acceptingInput' | 'expectingInput';
}

/** A Bot Framework CardAction that posts `value` back as if the patient had typed it. */
export interface ImBackAction {
  type: 'imBack';
  title: string;
  value: string;
}

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

export interface CardAttachment {
  contentType: typeof ADAPTIVE_CARD_CONTENT_TYPE;
  content: AdaptiveCard;
}

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: 'http://adaptivecards.io/schemas/adaptive-card.json';
  version: string;
  body: CardElement[];
  /** Shown by clients that cannot draw the card. */
  fallbackText: string;
  /** Teams only: let answer cards use the full width of the conversation. */
  msteams?: { width: 'Full' };
}

export type CardElement = TextBlock | ActionSet;

export interface TextBlock {
  type: 'TextBlock';
  /** Markdown (the subset Adaptive Cards render); never HTML. */
  text: string;
  wrap: true;
  size?: 'Small' | 'Default' | 'Medium' | 'Large';
  weight?: 'Default' | 'Bolder';
  isSubtle?: boolean;
  spacing?: 'None' | 'Small' | 'Default' | 'Medium';
  separator?: boolean;
}

export interface ActionSet {
  type: 'ActionSet';
  actions: CardButton[];
}

export type CardButton = OpenUrlButton | SubmitButton;

export interface OpenUrlButton {
  type: 'Action.OpenUrl';
  title: string;
  url: string;
}

export interface SubmitButton {
  type: 'Action.Submit';
  title: string;
  data: HelpfulFeedback | TeamsImBack;
}

/** What a "Was this helpful?" button sends back as `activity.value`. */
export interface HelpfulFeedback {
  helpful: 'yes' | 'no';
  entryId: string;
}

/** Teams turns a Submit with this data into an ordinary text message carrying `value`. */
export interface TeamsImBack {
  msteams: { type: 'imBack'; value: string };
}
