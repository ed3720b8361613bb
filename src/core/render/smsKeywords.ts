import { displayNumber } from './contacts';
import { SMS_MESSAGE_LIMIT } from './sms';

export type SmsKeyword = 'stop' | 'start' | 'help';

/** The carrier (CTIA) opt-out, opt-in and help keywords. */
const KEYWORDS: Readonly<Record<string, SmsKeyword>> = {
  STOP: 'stop',
  STOPALL: 'stop',
  UNSUBSCRIBE: 'stop',
  CANCEL: 'stop',
  END: 'stop',
  QUIT: 'stop',
  START: 'start',
  UNSTOP: 'start',
  HELP: 'help',
  INFO: 'help',
};

/**
 * The carrier keyword a text message is, if the whole message is one ("stop", " STOP! ").
 * "Stop sending me reminders" is not: only the bare keyword counts, as carriers apply it.
 */
export function smsKeyword(text: string): SmsKeyword | undefined {
  const word = text
    .trim()
    .replace(/[\s.!?,;:]+$/, '')
    .toUpperCase();
  return Object.prototype.hasOwnProperty.call(KEYWORDS, word) ? KEYWORDS[word] : undefined;
}

/** What to say about crisis help in the carrier texts; US lines by default (see crisis-resources.md). */
export const US_CRISIS_SENTENCE = 'If you are in crisis, call or text 988. In an emergency, call 911.';

export function smsOptOutConfirmation(clinicName: string, crisisSentence = US_CRISIS_SENTENCE): string {
  return fitSms(clinicName, [
    ['You are unsubscribed and will get no more messages from us.', 'Reply START to resubscribe.', crisisSentence],
  ]);
}

export function smsOptInConfirmation(clinicName: string): string {
  return fitSms(clinicName, [
    ['You are subscribed again.', 'Reply HELP for help or STOP to opt out.', 'Msg & data rates may apply.'],
    ['You are subscribed again.', 'Reply HELP for help or STOP to opt out.'],
  ]);
}

/** Name, phone, how to opt out and where to get crisis help, within one SMS. */
export function smsHelpText(clinicName: string, clinicPhone: string, crisisSentence = US_CRISIS_SENTENCE): string {
  const phone = displayNumber(clinicPhone);
  return fitSms(clinicName, [
    [
      'This is an automated assistant, not a clinician.',
      `For questions, call us at ${phone}.`,
      'Reply STOP to opt out.',
      'Msg & data rates may apply.',
      crisisSentence,
    ],
    [`Automated assistant. Questions: call ${phone}.`, 'Reply STOP to opt out.', crisisSentence],
  ]);
}

/**
 * The first variant that fits with the clinic's name in front; an overlong name is shortened
 * rather than losing the opt-out or crisis sentence.
 */
function fitSms(clinicName: string, variants: readonly (readonly string[])[]): string {
  const name = clinicName.trim();
  const texts = variants.map((sentences) => sentences.join(' '));
  for (const text of texts) {
    const candidate = `${name}: ${text}`;
    if (candidate.length <= SMS_MESSAGE_LIMIT) return candidate;
  }
  const shortest = texts[texts.length - 1] ?? '';
  const room = SMS_MESSAGE_LIMIT - shortest.length - ': '.length - '...'.length;
  return room > 0 ? `${name.slice(0, room).trimEnd()}...: ${shortest}` : shortest.slice(0, SMS_MESSAGE_LIMIT);
}
