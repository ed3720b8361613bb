import type { Choice, Contact, Link, Reply } from '../reply';
import { contactSentences, contactsMissingFrom, contactUrl } from './contacts';
import { markdownToPlainText } from './plainText';
import { escapePlainText, markdownLink, sanitizeMarkdown, stripHtmlTags } from './sanitize';
import {
  ADAPTIVE_CARD_CONTENT_TYPE,
  type ActionSet,
  type CardAttachment,
  type CardButton,
  type CardElement,
  type HelpfulFeedback,
  type ImBackAction,
  type OpenUrlButton,
  type SubmitButton,
  type TextBlock,
} from './types';

/**
 * The lowest version that has every element used here (ActionSet arrived in 1.2), so older
 * Teams mobile clients and Web Chat draw the card instead of its fallback text.
 */
export const ADAPTIVE_CARD_VERSION = '1.2';

/** Hosts show a limited number of buttons per row (Web Chat and Teams around 5-6); longer lists wrap into more sets. */
const BUTTONS_PER_SET = 5;

export function adaptiveCard(body: CardElement[], fallbackText: string, options: { fullWidth?: boolean } = {}): CardAttachment {
  return {
    contentType: ADAPTIVE_CARD_CONTENT_TYPE,
    content: {
      type: 'AdaptiveCard',
      $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
      version: ADAPTIVE_CARD_VERSION,
      body,
      fallbackText,
      ...(options.fullWidth ? { msteams: { width: 'Full' as const } } : {}),
    },
  };
}

export function textBlock(text: string, style: Omit<TextBlock, 'type' | 'text' | 'wrap'> = {}): TextBlock {
  return { type: 'TextBlock', text, wrap: true, ...style };
}

export function actionSets(buttons: readonly CardButton[]): ActionSet[] {
  const sets: ActionSet[] = [];
  for (let start = 0; start < buttons.length; start += BUTTONS_PER_SET) {
    sets.push({ type: 'ActionSet', actions: buttons.slice(start, start + BUTTONS_PER_SET) });
  }
  return sets;
}

/** Tap-to-call and tap-to-text buttons; text buttons only where the client can open `sms:` links. */
export function contactButtons(contacts: readonly Contact[], smsLinkButtons: boolean): OpenUrlButton[] {
  return contacts
    .filter((contact) => contact.kind === 'call' || smsLinkButtons)
    .map((contact) => ({ type: 'Action.OpenUrl', title: buttonTitle(contact.label), url: contactUrl(contact) }));
}

export function helpfulButtons(entryId: string): SubmitButton[] {
  const feedback = (helpful: HelpfulFeedback['helpful']): HelpfulFeedback => ({ helpful, entryId });
  return [
    { type: 'Action.Submit', title: 'Yes', data: feedback('yes') },
    { type: 'Action.Submit', title: 'No', data: feedback('no') },
  ];
}

/** Teams sends the value of these as ordinary text, as if typed, so dialogs treat it like any answer. */
export function teamsChoiceButtons(choices: readonly Choice[]): SubmitButton[] {
  return choices.map((choice) => ({
    type: 'Action.Submit',
    title: buttonTitle(choice.label),
    data: { msteams: { type: 'imBack', value: choice.value } },
  }));
}

export function suggestedChoiceActions(choices: readonly Choice[]): ImBackAction[] {
  return choices.map((choice) => ({ type: 'imBack', title: buttonTitle(choice.label), value: choice.value }));
}

/** Button titles are shown literally, not as Markdown, so only tags need removing. */
function buttonTitle(text: string): string {
  return stripHtmlTags(text).trim();
}

/**
 * The reply's text as Markdown for a bubble or TextBlock: the text itself, any contact number it
 * does not already show (so it is readable without tapping), and its links.
 */
export function replyMarkdown(reply: Reply, options: { withTitle: boolean }): string {
  const text = sanitizeMarkdown(reply.text).trim();
  const parts = [
    options.withTitle && reply.title ? boldTitle(reply.title) : '',
    text,
    contactSentences(contactsMissingFrom(text, reply.contacts ?? []))
      .map(escapePlainText)
      .join(' '),
    linksMarkdown((reply.links ?? []).filter((link) => !text.includes(link.url.trim()))),
  ];
  return parts.filter((part) => part.length > 0).join('\n\n');
}

/** Bold needs no space inside the asterisks, and asterisks in the title would end it early. */
function boldTitle(title: string): string {
  const text = escapePlainText(title).replace(/\*/g, '').trim();
  return text ? `**${text}**` : '';
}

function linksMarkdown(links: readonly Link[]): string {
  return links.map((link) => `- ${markdownLink(link.title, link.url)}`).join('\n');
}

/** Plain text for clients that cannot draw cards. */
export function fallbackTextOf(markdown: string): string {
  return markdownToPlainText(markdown, { keepUrl: () => true });
}

/**
 * fallbackTextOf for answer cards, kept: answers repeat (one per knowledge entry) and converting one
 * costs more than the rest of its card, on every answer turn. Only answers, which are vetted entry
 * text: other replies can carry what a patient told us (the checklist summary) and are not kept.
 */
function answerFallbackText(markdown: string): string {
  let text = answerFallbackTexts.get(markdown);
  if (text === undefined) {
    text = fallbackTextOf(markdown);
    if (answerFallbackTexts.size >= ANSWER_FALLBACK_CACHE_SIZE) answerFallbackTexts.delete(answerFallbackTexts.keys().next().value ?? '');
    answerFallbackTexts.set(markdown, text);
  }
  return text;
}

/** First in, first out; more than a clinic's knowledge base usually holds. */
const ANSWER_FALLBACK_CACHE_SIZE = 256;
const answerFallbackTexts = new Map<string, string>();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2025-03-07" -> "March 7, 2025"; fixed English month names so output never depends on the server's locale. */
export function formatReviewDate(isoDate: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  const month = match ? MONTHS[Number(match[2]) - 1] : undefined;
  if (!match || !month) return escapePlainText(isoDate);
  return `${month} ${Number(match[3])}, ${match[1]}`;
}

/**
 * The answer card: title, answer, source, review date, contact buttons, and "Was this helpful?".
 * `extraButtons` carries Teams' choice buttons, which live in the card there.
 */
export function answerCard(
  reply: Reply & { answer: NonNullable<Reply['answer']> },
  options: { smsLinkButtons: boolean; extraButtons: readonly CardButton[]; fullWidth: boolean },
): CardAttachment {
  const { answer } = reply;
  const text = replyMarkdown(reply, { withTitle: false });
  const source = `Source: ${markdownLink(answer.source.title, answer.source.url)}`;
  // Sample content must never look clinician-approved.
  const reviewed = answer.approved
    ? `Last reviewed ${formatReviewDate(answer.reviewedOn)}`
    : `Sample content, not yet reviewed by a clinician (checked against its sources ${formatReviewDate(answer.reviewedOn)})`;
  const body: CardElement[] = [
    ...(reply.title ? [textBlock(escapePlainText(reply.title).trim(), { size: 'Medium', weight: 'Bolder' })] : []),
    textBlock(text),
    textBlock(source, { size: 'Small', isSubtle: true, separator: true }),
    textBlock(reviewed, { size: 'Small', isSubtle: true, spacing: 'None' }),
    ...actionSets(contactButtons(reply.contacts ?? [], options.smsLinkButtons)),
  ];
  if (answer.askHelpful) {
    body.push(textBlock('Was this helpful?', { spacing: 'Medium' }), ...actionSets(helpfulButtons(answer.entryId)));
  }
  body.push(...actionSets(options.extraButtons));
  const fallback = [reply.title ? escapePlainText(reply.title) : '', text, source, reviewed].filter(Boolean).join('\n\n');
  return adaptiveCard(body, answerFallbackText(fallback), { fullWidth: options.fullWidth });
}

/** Buttons only (contacts, and on Teams the choices); the words stay in the message text, `markdown`. */
export function buttonCard(groups: readonly (readonly CardButton[])[], markdown: string): CardAttachment | undefined {
  const body = groups.flatMap((buttons) => actionSets(buttons));
  return body.length > 0 ? adaptiveCard(body, fallbackTextOf(markdown)) : undefined;
}

export function hasAnswer(reply: Reply): reply is Reply & { answer: NonNullable<Reply['answer']> } {
  return reply.style === 'answer' && reply.answer !== undefined;
}

const MAX_ENTRY_ID_LENGTH = 100;

/** Reads a "Was this helpful?" tap back out of `activity.value`; anything else is undefined. */
export function parseHelpfulFeedback(value: unknown): HelpfulFeedback | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { helpful, entryId } = value as Record<string, unknown>;
  if ((helpful !== 'yes' && helpful !== 'no') || typeof entryId !== 'string' || entryId.length === 0) return undefined;
  // Whatever a client sends back is logged: no more than an entry id's worth of it.
  return { helpful, entryId: entryId.slice(0, MAX_ENTRY_ID_LENGTH) };
}
