import { createHmac, randomBytes } from 'node:crypto';

/**
 * Twilio's documented request signature, written out independently of the twilio package:
 * base64 HMAC-SHA1, keyed by the auth token, of the URL followed by every POST field's name
 * and value, fields sorted by name.
 */
export function twilioSignature(authToken: string, url: string, params: Record<string, string>): string {
  const data = Object.keys(params)
    .sort()
    .reduce((signed, key) => signed + key + params[key], url);
  return createHmac('sha1', authToken).update(Buffer.from(data, 'utf8')).digest('base64');
}

export function formBody(params: Record<string, string>): string {
  return new URLSearchParams(params).toString();
}

/** A new message id, as Twilio gives every inbound text ("SM" and 32 hex digits). */
export function newMessageSid(): string {
  return `SM${randomBytes(16).toString('hex')}`;
}

/** The fields Twilio posts for an inbound SMS; each call is a new message unless `extra` names its MessageSid. */
export function inboundSmsParams(from: string, body: string, extra: Record<string, string> = {}): Record<string, string> {
  const sid = extra.MessageSid ?? newMessageSid();
  return {
    ToCountry: 'US',
    ToState: 'CA',
    SmsMessageSid: sid,
    NumMedia: '0',
    ToCity: '',
    FromZip: '',
    SmsSid: sid,
    FromState: 'CA',
    SmsStatus: 'received',
    FromCity: '',
    Body: body,
    FromCountry: 'US',
    To: '+15555550100',
    MessagingServiceSid: '',
    ToZip: '',
    NumSegments: '1',
    MessageSid: sid,
    AccountSid: 'AC0123456789abcdef0123456789abcdef',
    From: from,
    ApiVersion: '2010-04-01',
    ...extra,
  };
}
