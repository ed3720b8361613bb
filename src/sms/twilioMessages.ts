import type { Activity } from 'botbuilder';
import twilio from 'twilio';

/** The channel id SMS turns run under; the renderer gives it plain texts of at most 320 characters. */
export const SMS_CHANNEL_ID = 'sms';

/** Form fields as Twilio signs them: a field sent more than once keeps every value. */
export type FormParams = Record<string, string | string[]>;

export function parseForm(body: string): FormParams {
  const params: FormParams = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const existing = params[key];
    if (existing === undefined) params[key] = value;
    else params[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return params;
}

/** A field sent exactly once, or undefined (absent, or ambiguous because repeated). */
export function singleField(params: FormParams, name: string): string | undefined {
  const value = params[name];
  return typeof value === 'string' ? value : undefined;
}

/**
 * The URL Twilio signed: the configured public URL when there is one (behind a proxy the request
 * cannot know it), else rebuilt from the Host header, X-Forwarded-Proto and the request path.
 */
export function signedUrl(request: { host?: string; forwardedProto?: string; secure: boolean; pathAndQuery: string }, configuredUrl?: string): string | undefined {
  if (configuredUrl) return configuredUrl;
  if (!request.host) return undefined;
  const forwarded = request.forwardedProto?.split(',')[0]?.trim().toLowerCase();
  const protocol = forwarded === 'https' || forwarded === 'http' ? forwarded : request.secure ? 'https' : 'http';
  return `${protocol}://${request.host}${request.pathAndQuery}`;
}

/** Whether Twilio, holding the account's auth token, signed exactly this URL and these fields. */
export function hasValidSignature(authToken: string, signature: string | undefined, url: string, params: FormParams): boolean {
  if (!signature) return false;
  try {
    return twilio.validateRequest(authToken, signature, url, params);
  } catch {
    // An unparsable URL cannot have been signed.
    return false;
  }
}

/**
 * The inbound text as a Bot Framework message. The sender's number is both the user and the
 * conversation, so state follows the phone; media URLs are left out (images are not read).
 */
export function inboundSmsActivity(sms: { from: string; to: string; body: string; messageSid?: string }, now: Date): Partial<Activity> {
  return {
    type: 'message',
    id: sms.messageSid,
    timestamp: now,
    channelId: SMS_CHANNEL_ID,
    from: { id: sms.from, name: '', role: 'user' },
    recipient: { id: sms.to, name: '', role: 'bot' },
    conversation: { id: sms.from, name: '', isGroup: false, conversationType: 'personal' },
    text: sms.body,
    textFormat: 'plain',
  };
}

/** The texts to send back: message activities with text, in order. Traces and other types never go out. */
export function outgoingTexts(activities: readonly Partial<Activity>[]): string[] {
  return activities
    .filter((activity) => activity.type === 'message' && typeof activity.text === 'string' && activity.text.trim() !== '')
    .map((activity) => activity.text as string);
}

/** TwiML with one <Message> per text (escaped by Twilio's builder); none gives an empty <Response/>. */
export function twimlFor(texts: readonly string[]): string {
  const response = new twilio.twiml.MessagingResponse();
  for (const text of texts) response.message(text);
  return response.toString();
}
