import type { Choice, Contact, Link, Reply } from '../reply';
import { contactSentences, contactsMissingFrom, displayNumber, mentionsNumber, phoneDigits, withPlainDigits } from './contacts';
import { markdownToPlainText, normaliseUrl } from './plainText';
import { joinPieces, packPieces, splitLongSentence, textToPieces, type SmsPiece } from './smsSplit';
import type { MessageActivity, RenderContext } from './types';

/** Two concatenated segments; carriers deliver longer texts unreliably and patients read short ones. */
export const SMS_MESSAGE_LIMIT = 320;
/** After this many messages the rest is cut and the patient is pointed to the clinic's phone. */
export const SMS_MAX_MESSAGES = 3;

type SmsContext = Pick<RenderContext, 'clinicPhone' | 'allowedSmsUrls'>;

export function renderForSms(reply: Reply, ctx: SmsContext): MessageActivity[] {
  const texts = renderSmsTexts(reply, ctx);
  const expectsChoice = (reply.choices?.length ?? 0) > 0;
  return texts.map((text, index) => ({
    type: 'message',
    text,
    textFormat: 'plain',
    inputHint: expectsChoice && index === texts.length - 1 ? 'expectingInput' : 'acceptingInput',
  }));
}

/**
 * The reply as at most three plain-text messages of at most 320 characters each, split between
 * sentences. Crisis replies show every contact number in the first message.
 */
export function renderSmsTexts(reply: Reply, ctx: SmsContext): string[] {
  const contacts = reply.contacts ?? [];
  const body = withPlainDigits(
    toSmsText(reply.smsText ?? reply.text, ctx.allowedSmsUrls),
    contacts.map((contact) => contact.number),
  );
  const bodyPieces = textToPieces(body, SMS_MESSAGE_LIMIT);
  const tail = [
    ...(reply.style === 'crisis' ? [] : contactPieces(contactsMissingFrom(body, contacts), ctx)),
    ...linkPieces(reply.links ?? [], body, ctx),
    ...choicePieces(reply.choices ?? [], ctx),
  ];
  const arrange =
    reply.style === 'crisis' && contacts.length > 0
      ? (pieces: SmsPiece[]) => withContactsFirst(pieces, tail, contacts, ctx)
      : (pieces: SmsPiece[]) => [...pieces, ...tail];

  const messages = packPieces(arrange(bodyPieces), SMS_MESSAGE_LIMIT);
  if (messages.length <= SMS_MAX_MESSAGES) return messages;

  const more: SmsPiece = { text: moreText(ctx.clinicPhone), newLine: false };
  for (let kept = bodyPieces.length - 1; kept >= 0; kept--) {
    const truncated = packPieces(arrange([...bodyPieces.slice(0, kept), more]), SMS_MESSAGE_LIMIT);
    if (truncated.length <= SMS_MAX_MESSAGES) return truncated;
  }
  // Only a list of choices too long for three messages gets here; never send more than three.
  return packPieces(arrange([more]), SMS_MESSAGE_LIMIT).slice(0, SMS_MAX_MESSAGES);
}

/**
 * One turn's texts as few messages as fit: each text is joined to the one before it (on a new
 * line) when both fit in one message. A turn sends several replies (a disclosure, an answer, the
 * crisis line), each rendered on its own; a short one need not cost the patient a text of its own.
 * Order and words are kept; a text is never split here.
 */
export function packSmsTurn(texts: readonly string[]): string[] {
  const packed: string[] = [];
  for (const text of texts) {
    const last = packed[packed.length - 1];
    if (last !== undefined && last.length + 1 + text.length <= SMS_MESSAGE_LIMIT) packed[packed.length - 1] = `${last}\n${text}`;
    else packed.push(text);
  }
  if (packed.length <= SMS_MAX_MESSAGES) return packed;
  // Several replies of up to three texts each (how to help someone at risk, then the answer): packed
  // sentence by sentence instead, and never more than three texts a turn, the first replies kept whole.
  return packPieces(texts.flatMap((text) => textToPieces(text, SMS_MESSAGE_LIMIT)), SMS_MESSAGE_LIMIT).slice(0, SMS_MAX_MESSAGES);
}

/**
 * Crisis layout: if the first message would not show every number, the contact sentences go into
 * it, after as many opening sentences as fit beside them.
 */
function withContactsFirst(body: SmsPiece[], tail: SmsPiece[], contacts: readonly Contact[], ctx: SmsContext): SmsPiece[] {
  const natural = [...body, ...tail];
  const firstMessage = packPieces(natural, SMS_MESSAGE_LIMIT)[0] ?? '';
  const missing = contactsMissingFrom(firstMessage, contacts);
  if (missing.length === 0) return natural;

  // Making room for the contacts can push a sentence that named another number out of the first
  // message, so repeat until none is missing; the set only grows, so this ends.
  let shown = missing;
  for (let attempt = 0; attempt <= contacts.length; attempt++) {
    const arranged = insertIntoFirstMessage(body, contactPieces(shown, ctx), tail);
    const first = packPieces(arranged, SMS_MESSAGE_LIMIT)[0] ?? '';
    const stillMissing = contacts.filter((contact) => !mentionsNumber(first, contact.number));
    if (stillMissing.length === 0) return arranged;
    shown = contacts.filter((contact) => shown.includes(contact) || stillMissing.includes(contact));
  }
  return insertIntoFirstMessage([], contactPieces(contacts, ctx), [...body, ...tail]);
}

function insertIntoFirstMessage(body: SmsPiece[], inserted: SmsPiece[], tail: SmsPiece[]): SmsPiece[] {
  let fitting = 0;
  while (fitting < body.length && joinPieces([...body.slice(0, fitting + 1), ...inserted]).length <= SMS_MESSAGE_LIMIT) {
    fitting++;
  }
  return [...body.slice(0, fitting), ...inserted, ...body.slice(fitting), ...tail];
}

function contactPieces(contacts: readonly Contact[], ctx: SmsContext): SmsPiece[] {
  return contactSentences(contacts).map((sentence, index) => ({
    text: toSmsText(sentence, ctx.allowedSmsUrls),
    newLine: index === 0,
  }));
}

/** Only allowed addresses (the booking page) are shown on SMS, and only if the text lacks them. */
function linkPieces(links: readonly Link[], body: string, ctx: SmsContext): SmsPiece[] {
  const allowed = new Set(ctx.allowedSmsUrls.map(normaliseUrl));
  const present = new Set((body.match(/\bhttps?:\/\/\S+/g) ?? []).map((url) => normaliseUrl(url.replace(/[.,;:!?)]+$/, ''))));
  return links
    .filter((link) => allowed.has(normaliseUrl(link.url)) && !present.has(normaliseUrl(link.url)))
    .map((link) => ({ text: `${toSmsText(link.title, [])}: ${link.url.trim()}`, newLine: true }));
}

/** "Reply 1, 2 or 3:" and a numbered list, kept in one message when it fits. */
function choicePieces(choices: readonly Choice[], ctx: SmsContext): SmsPiece[] {
  if (choices.length === 0) return [];
  const lines = [
    smsChoicePrompt(choices.length),
    ...choices.map((choice, index) => `${index + 1}. ${toSmsText(choice.label, ctx.allowedSmsUrls)}`),
  ];
  const block = lines.join('\n');
  if (block.length <= SMS_MESSAGE_LIMIT) return [{ text: block, newLine: true }];
  return lines.flatMap((line) => splitLongSentence(line, SMS_MESSAGE_LIMIT)).map((text) => ({ text, newLine: true }));
}

export function smsChoicePrompt(count: number): string {
  if (count === 1) return 'Reply 1:';
  if (count > 5) return `Reply a number from 1 to ${count}:`;
  const numbers = Array.from({ length: count }, (_unused, index) => String(index + 1));
  return `Reply ${numbers.slice(0, -1).join(', ')} or ${numbers[numbers.length - 1]}:`;
}

function moreText(clinicPhone: string): string {
  const digits = displayNumber(clinicPhone);
  return digits ? `More: call ${digits}` : 'More: call the clinic';
}

const URL_OR_PHONE =
  /(\bhttps?:\/\/\S+)|(?<![\d+])((?:\+?1[\s.-]?)?(?:\(\d{3}\)\s?|\d{3}[\s.-])\d{3}[\s.-]\d{4})(?!\d)/g;

/** Plain text for SMS: no Markdown, no URLs but the allowed ones, phone numbers as digits, GSM-friendly characters. */
export function toSmsText(markdown: string, allowedUrls: readonly string[]): string {
  const allowed = new Set(allowedUrls.map(normaliseUrl));
  const plain = markdownToPlainText(markdown, { keepUrl: (url) => allowed.has(normaliseUrl(url)) });
  return gsmFriendly(plain.replace(URL_OR_PHONE, (match, url: string | undefined) => (url ? match : phoneDigits(match))));
}

/**
 * Typographic quotes, dashes and emoji force the whole text into UCS-2, which cuts a segment from
 * 160 to 70 characters; plain equivalents keep it in the GSM alphabet.
 */
function gsmFriendly(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201a\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2212]/g, '-')
    .replace(/\u2026/g, '...')
    .replace(/[\u2022\u00b7]/g, '-')
    .replace(/[\u00a0\u2009\u202f]/g, ' ')
    .replace(/\p{Extended_Pictographic}|\p{Emoji_Modifier}|\p{Regional_Indicator}|\u200d|\ufe0f|\u20e3/gu, '')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/ +([.,;:!?])/g, '$1')
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
    .trim();
}
