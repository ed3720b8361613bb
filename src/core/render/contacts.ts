import type { Contact } from '../reply';

/** Digits only, e.g. "(555) 555-0100" -> "5555550100": for comparing numbers (see displayNumber for showing one). */
export function phoneDigits(phone: string): string {
  return phone.replace(/\D/g, '');
}

/**
 * The one way a number is written in plain text (SMS, and the sentence beside a button): its digits,
 * "+" kept for an international number, and a North American number without its leading 1 (every
 * US and Canadian phone dials it so) — "5555550100", "988", "741741", "+442079460000".
 * Links use the number as dialled (`contactUrl`), e.g. tel:15555550100.
 */
export function displayNumber(number: string): string {
  const digits = phoneDigits(number);
  if (digits.length === 11 && digits.startsWith('1')) return digits.slice(1);
  return number.trim().startsWith('+') ? `+${digits}` : digits;
}

/**
 * The address behind a contact button.
 * Texts use `sms:<number>?&body=<body>`: Android reads the query after `?` and skips the empty
 * first parameter; iOS 8 and later read `&body=`. Either way the number is filled in, and the
 * text beside the button says what to send, in case a client ignores the body.
 */
export function contactUrl(contact: Contact): string {
  const number = contact.number.replace(/[^\d+]/g, '');
  if (contact.kind === 'call') return `tel:${number}`;
  return contact.body ? `sms:${number}?&body=${encodeURIComponent(contact.body)}` : `sms:${number}`;
}

/** Whether `text` shows `number`, written as plain digits or grouped ("(555) 555-0100", "116 123", "9-8-8"). */
export function mentionsNumber(text: string, number: string): boolean {
  const wanted = acceptedForms(number);
  return wanted.length === 0 || writtenNumbers(text).some((written) => wanted.includes(written.digits));
}

/** Rewrites each grouped way of writing one of `numbers` ("9-8-8", "116 123") as plain digits. */
export function withPlainDigits(text: string, numbers: readonly string[]): string {
  const wanted = new Set(numbers.flatMap(acceptedForms));
  let result = '';
  let copiedUpTo = 0;
  for (const written of writtenNumbers(text)) {
    if (written.start < copiedUpTo || !wanted.has(written.digits)) continue;
    result += text.slice(copiedUpTo, written.start) + written.digits;
    copiedUpTo = written.end;
  }
  return result + text.slice(copiedUpTo);
}

/** North American numbers are often written without their leading 1. */
function acceptedForms(number: string): string[] {
  const digits = phoneDigits(number);
  if (!digits) return [];
  return digits.length === 11 && digits.startsWith('1') ? [digits, digits.slice(1)] : [digits];
}

/** What joins two digit groups of one phone number. */
const GROUP_SEPARATOR = /^(?:[ .-]|\) ?|\)-| ?\()$/;
/** Groups joined like this belong to a longer number, so a window must not stop or start there. */
const NUMBER_CONTINUES = /^[.-]$/;

interface WrittenNumber {
  digits: string;
  start: number;
  end: number;
}

/** Every run of consecutive digit groups that could be one written number, longest first at each start. */
function writtenNumbers(text: string): WrittenNumber[] {
  const groups = [...text.matchAll(/\d+/g)].map((match) => ({ digits: match[0], start: match.index, end: match.index + match[0].length }));
  const separatorBefore = (index: number): string | undefined => {
    const previous = groups[index - 1];
    const current = groups[index];
    return previous && current ? text.slice(previous.end, current.start) : undefined;
  };
  const numbers: WrittenNumber[] = [];
  for (let first = 0; first < groups.length; first++) {
    if (NUMBER_CONTINUES.test(separatorBefore(first) ?? '')) continue;
    const startGroup = groups[first];
    if (!startGroup) continue;
    // "(555) 555-0100": the opening parenthesis belongs to the number when the group closes it.
    const areaCode = text[startGroup.start - 1] === '(' && (separatorBefore(first + 1) ?? '').startsWith(')');
    const fromHere: WrittenNumber[] = [];
    let joined = '';
    for (let last = first; last < groups.length; last++) {
      const separator = separatorBefore(last);
      if (last > first && (separator === undefined || !GROUP_SEPARATOR.test(separator))) break;
      joined += groups[last]?.digits ?? '';
      const start = areaCode && last > first ? startGroup.start - 1 : startGroup.start;
      if (!NUMBER_CONTINUES.test(separatorBefore(last + 1) ?? '')) fromHere.push({ digits: joined, start, end: groups[last]?.end ?? start });
      if (joined.length > 15) break;
    }
    numbers.push(...fromHere.reverse());
  }
  return numbers;
}

/** Contacts whose number `text` does not show yet. */
export function contactsMissingFrom(text: string, contacts: readonly Contact[]): Contact[] {
  return contacts.filter((contact) => !mentionsNumber(text, contact.number));
}

/**
 * One short sentence per number, with the digits visible so nobody has to tap a button:
 * "Call or text 988.", "Text HOME to 741741.", "Call Example Clinic at 15555550100.", "Front desk: call 5555550100."
 */
export function contactSentences(contacts: readonly Contact[]): string[] {
  const byNumber = new Map<string, Contact[]>();
  for (const contact of contacts) {
    const key = phoneDigits(contact.number);
    byNumber.set(key, [...(byNumber.get(key) ?? []), contact]);
  }
  const sentences: string[] = [];
  for (const group of byNumber.values()) {
    const canCall = group.some((contact) => contact.kind === 'call');
    const plainText = group.find((contact) => contact.kind === 'text' && !contact.body);
    const first = group[0];
    if (canCall && plainText && first) {
      sentences.push(`Call or text ${displayNumber(first.number)}.`);
      sentences.push(...group.filter((contact) => contact.kind === 'text' && contact.body).map(contactSentence));
    } else {
      sentences.push(...group.map(contactSentence));
    }
  }
  return [...new Set(sentences)];
}

function contactSentence(contact: Contact): string {
  const label = contact.label.trim();
  if (label && mentionsNumber(label, contact.number)) return endSentence(label);
  const number = displayNumber(contact.number);
  const action =
    contact.kind === 'call' ? `call ${number}` : contact.body ? `text ${contact.body} to ${number}` : `text ${number}`;
  if (!label) return `${capitalise(action)}.`;
  // "Call Example Clinic" -> "Call Example Clinic at 15555550100."
  if (/^(call|text)\b/i.test(label)) return `${label.replace(/[.!?:]+$/, '')} at ${number}.`;
  return `${label}: ${action}.`;
}

function endSentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
