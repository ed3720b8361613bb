/**
 * What the local Direct Line accepts from the browser and from the bot. The browser is
 * untrusted: only the fields Web Chat needs survive, and the server fills in who is speaking,
 * so a page script cannot pose as the bot or as another user.
 */

export const MAX_USER_TEXT_CHARS = 5_000;

export interface UserActivityContext {
  conversationId: string;
  userId: string;
  serviceUrl: string;
  botId: string;
  botName: string;
  timestamp: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

type Json = Record<string, unknown>;

function isRecord(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function shortString(value: unknown, max: number, pattern?: RegExp): string | undefined {
  if (typeof value !== 'string' || value.length === 0 || value.length > max) return undefined;
  return pattern && !pattern.test(value) ? undefined : value;
}

/**
 * The activity the bot receives for something Web Chat posted. Problems name the field, never
 * its content (it may be a patient's words).
 */
export function userActivityFrom(body: unknown, context: UserActivityContext): Checked<Json & { type: 'message' | 'event' }> {
  if (!isRecord(body)) return { ok: false, problem: 'The activity must be a JSON object.' };
  const type = body.type;
  if (type !== 'message' && type !== 'event') return { ok: false, problem: 'Only message and event activities are accepted.' };
  if (body.text !== undefined && typeof body.text !== 'string') return { ok: false, problem: 'The activity text must be a string.' };
  if (typeof body.text === 'string' && body.text.length > MAX_USER_TEXT_CHARS) return { ok: false, problem: 'The message is too long.' };
  if (Array.isArray(body.attachments) && body.attachments.length > 0) return { ok: false, problem: 'Attachments are not accepted.' };
  if (type === 'event' && shortString(body.name, 100) === undefined) return { ok: false, problem: 'An event needs a name.' };

  const activity: Json & { type: 'message' | 'event' } = {
    type,
    channelId: 'webchat',
    serviceUrl: context.serviceUrl,
    timestamp: context.timestamp,
    conversation: { id: context.conversationId },
    from: { id: context.userId, role: 'user' },
    recipient: { id: context.botId, name: context.botName, role: 'bot' },
  };
  if (typeof body.text === 'string') activity.text = body.text;
  const textFormat = shortString(body.textFormat, 20, /^(plain|markdown)$/);
  if (textFormat) activity.textFormat = textFormat;
  const locale = shortString(body.locale, 35, /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/);
  if (locale) activity.locale = locale;
  if (type === 'event') activity.name = body.name;
  if (body.value !== undefined) activity.value = body.value;
  const localTimezone = shortString(body.localTimezone, 64, /^[A-Za-z0-9_+\-/]+$/);
  if (localTimezone) activity.localTimezone = localTimezone;
  // Web Chat marks its message "sent" when the echo carries the same clientActivityID.
  const channelData = isRecord(body.channelData) ? body.channelData : {};
  const clientActivityID = shortString(channelData.clientActivityID, 100);
  if (clientActivityID) activity.channelData = { clientActivityID };
  return { ok: true, value: activity };
}

/**
 * A reply the bot posted to the connector side. The bot is trusted, but the address wins over
 * the body for the conversation, as the real connector does.
 */
export function botActivityFrom(body: unknown, conversationId: string, replyToId: string | undefined, timestamp: string): Checked<Json & { type: string }> {
  if (!isRecord(body)) return { ok: false, problem: 'The activity must be a JSON object.' };
  if (typeof body.type !== 'string' || body.type === '') return { ok: false, problem: 'The activity has no type.' };
  const activity: Json & { type: string } = { ...body, type: body.type, channelId: 'webchat', conversation: { id: conversationId }, timestamp };
  const replyTo = replyToId ?? (typeof body.replyToId === 'string' ? body.replyToId : undefined);
  if (replyTo) activity.replyToId = replyTo;
  else delete activity.replyToId;
  delete activity.id;
  delete activity.serviceUrl;
  return { ok: true, value: activity };
}

/** Trace activities are for the Emulator; Direct Line does not show them to users. */
export function isVisibleToUser(activity: { type: string }): boolean {
  return activity.type !== 'trace';
}
