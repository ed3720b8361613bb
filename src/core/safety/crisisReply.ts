import type { ClinicProfile } from '../clinic/schema';
import type { Contact, Reply } from '../reply';
import { displayNumber } from '../render/contacts';
import { dialDigits, type CrisisLine, type CrisisResources } from './resources';
import type { SafetyLevel } from './types';

/**
 * What the bot says when the safety classifier fires. Every number comes from the country's
 * data file. Safe-messaging rules (crisis-resources.md): brief empathy, human contacts first,
 * never methods or doses, never ketamine as a crisis option, say the bot is automated.
 */

export type UrgentLevel = Exclude<SafetyLevel, 'mention' | 'none'>;

export interface ClinicContext {
  /** From openStatus(); decides whether the clinic's phone is offered as a button now. */
  clinicOpenNow: boolean;
}

const AUTOMATED_NOTE = "I'm an automated assistant, not a clinician.";

/** Reply.smsText promises 300 characters or fewer. */
export const SMS_LIMIT = 300;

/* ---------- how a line is named and dialled ---------- */

/** 'markdown' for Reply.text (grouped numbers, links); 'sms' for smsText (plain digits, bare addresses). */
export type Style = 'markdown' | 'sms';

function isAlwaysOpen(line: CrisisLine): boolean {
  return line.hours === '24/7';
}

function hostAndPath(url: string): string {
  const parsed = new URL(url);
  const path = parsed.pathname === '/' ? '' : parsed.pathname;
  return `${parsed.host.replace(/^www\./, '')}${path}`;
}

function shown(number: string, style: Style): string {
  return style === 'sms' ? dialDigits(number) : number;
}

function address(url: string, style: Style): string {
  return style === 'sms' ? hostAndPath(url) : `[${hostAndPath(url)}](${url})`;
}

function callAction(line: CrisisLine, style: Style): string | undefined {
  if (!line.call) return undefined;
  return `call ${shown(line.call, style)}${line.call_note ? ` ${line.call_note}` : ''}`;
}

function textAction(line: CrisisLine, style: Style): string | undefined {
  if (!line.text) return undefined;
  const number = shown(line.text.number, style);
  return line.text.body ? `text ${line.text.body} to ${number}` : `text ${number}`;
}

function callAndTextShareANumber(line: CrisisLine): boolean {
  return Boolean(line.call && line.text && !line.text.body && !line.call_note && dialDigits(line.call) === dialDigits(line.text.number));
}

/** "call or text 988", "call 116 123", "text HOME to 741741", "call 13 11 14 or text 0477 13 11 14", "visit findahelpline.com". */
function action(line: CrisisLine, style: Style): string {
  if (line.call && callAndTextShareANumber(line)) return `call or text ${shown(line.call, style)}`;
  const phone = [callAction(line, style), textAction(line, style)].filter((part): part is string => part !== undefined);
  if (phone.length > 0) return phone.join(' or ');
  if (line.web_url) return `visit ${address(line.web_url, style)}`;
  return line.chat_url ? `chat at ${address(line.chat_url, style)}` : '';
}

/** The name adds nothing when it repeats the number ("988 Suicide & Crisis Lifeline"). */
function nameIsNumber(line: CrisisLine): boolean {
  const numbers = [line.call, line.text?.number].filter((number): number is string => number !== undefined);
  return numbers.some((number) => line.name.includes(number));
}

function capitalise(sentence: string): string {
  return sentence.charAt(0).toUpperCase() + sentence.slice(1);
}

function lowerFirst(sentence: string): string {
  return sentence.charAt(0).toLowerCase() + sentence.slice(1);
}

/** "**Call or text 988** (988 Suicide & Crisis Lifeline, 24/7). You can also chat at [988lifeline.org](https://988lifeline.org)." */
function lineSentence(line: CrisisLine): string {
  const details = [line.name, line.note, line.hours].filter((part): part is string => Boolean(part));
  const chat = line.chat_url && (line.call || line.text) ? ` You can also chat at ${address(line.chat_url, 'markdown')}.` : '';
  return `**${capitalise(action(line, 'markdown'))}** (${details.join(', ')}).${chat}`;
}

function lineSms(line: CrisisLine): string {
  const name = nameIsNumber(line) ? '' : ` (${line.name})`;
  return `${capitalise(action(line, 'sms'))}${name}${isAlwaysOpen(line) ? ', 24/7' : ''}.`;
}

/** Buttons only for what a tap can do completely: a call that needs "then press 1" is left to the text. */
function lineContacts(line: CrisisLine): Contact[] {
  const contacts: Contact[] = [];
  if (line.call && !line.call_note) contacts.push({ label: `Call ${line.call}`, kind: 'call', number: dialDigits(line.call) });
  if (line.text) {
    const { number, body } = line.text;
    contacts.push(
      body
        ? { label: `Text ${body} to ${number}`, kind: 'text', number: dialDigits(number), body }
        : { label: `Text ${number}`, kind: 'text', number: dialDigits(number) },
    );
  }
  return contacts;
}

function primaryLines(resources: CrisisResources): CrisisLine[] {
  return resources.lines.filter((line) => line.primary);
}

/* ---------- emergency and clinic ---------- */

/** "Call 911", "Call 999 (or go to A&E)", "Call your local emergency number". */
function emergencyCall(resources: CrisisResources): string {
  const { label, alternative } = resources.emergency;
  return `Call ${label}${alternative ? ` (${alternative})` : ''}`;
}

function emergencyContacts(resources: CrisisResources): Contact[] {
  const { number } = resources.emergency;
  return number ? [{ label: `Call ${number}`, kind: 'call', number: dialDigits(number) }] : [];
}

/** Digits as dialled; North American numbers get the leading 1, international ones keep their +. */
export function clinicDialNumber(clinic: ClinicProfile): string {
  const digits = dialDigits(clinic.phone);
  if (clinic.phone.trim().startsWith('+')) return `+${digits}`;
  if ((clinic.country === 'US' || clinic.country === 'CA') && digits.length === 10) return `1${digits}`;
  return digits;
}

function clinicContact(clinic: ClinicProfile): Contact {
  return { label: `Call ${clinic.name}`, kind: 'call', number: clinicDialNumber(clinic) };
}

type ClinicPurpose = 'crisis' | 'other-at-risk' | 'emergency';

/** The clinic comes after the 24/7 lines: staff are not there at night and must not be the first call. */
function clinicSentence(clinic: ClinicProfile, { clinicOpenNow }: ClinicContext, purpose: ClinicPurpose): string {
  const when = clinicOpenNow ? "we're open now" : "we're closed right now; call when we're open";
  const phone = `${clinic.phone} (${when})`;
  switch (purpose) {
    case 'crisis':
      return `You can also talk with the team at ${clinic.name}: ${phone}.`;
    case 'other-at-risk':
      return `If they are a patient of ${clinic.name}, you can let our team know: ${phone}.`;
    case 'emergency':
      return `Afterwards, please let ${clinic.name} know what happened: ${phone}.`;
  }
}

function clinicSms(clinic: ClinicProfile, { clinicOpenNow }: ClinicContext): string {
  return `Clinic: ${displayNumber(clinicDialNumber(clinic))} (${clinicOpenNow ? 'open now' : 'closed now'}).`;
}

/* ---------- the replies ---------- */

function crisis(resources: CrisisResources, clinic: ClinicProfile, context: ClinicContext): Reply {
  const lines = primaryLines(resources);
  return {
    style: 'crisis',
    title: 'You deserve support right now',
    text: [
      "Thank you for telling me. You're not alone, and you deserve support right now from someone trained to help.",
      ...lines.map(lineSentence),
      `**${emergencyCall(resources)}** if you're in immediate danger or have taken something.`,
      clinicSentence(clinic, context, 'crisis'),
      `${AUTOMATED_NOTE} The people on these lines are trained to help, and they are there for you right now.`,
    ].join('\n\n'),
    smsText: [
      "You're not alone, and you deserve support now.",
      ...lines.map(lineSms),
      `In immediate danger or if you've taken something: ${lowerFirst(emergencyCall(resources))}.`,
      clinicSms(clinic, context),
    ].join(' '),
    contacts: [...lines.flatMap(lineContacts), ...emergencyContacts(resources), ...(context.clinicOpenNow ? [clinicContact(clinic)] : [])],
  };
}

function otherAtRisk(resources: CrisisResources, clinic: ClinicProfile, context: ClinicContext): Reply {
  const lines = primaryLines(resources);
  const forOthers = (line: CrisisLine) => (line.supports_others ? ' They also help people who are worried about someone else.' : '');
  return {
    style: 'crisis',
    title: 'Helping someone who may be at risk',
    text: [
      "Thank you for looking out for them. Here's how you can help.",
      `**If they're in immediate danger, ${lowerFirst(emergencyCall(resources))} now.**`,
      ...lines.map((line) => `${lineSentence(line)}${forOthers(line)}`),
      "If it's safe for you, stay with them, listen without judging, and help keep them safe until support arrives. Please look after yourself too.",
      clinicSentence(clinic, context, 'other-at-risk'),
      AUTOMATED_NOTE,
    ].join('\n\n'),
    smsText: [
      `If they're in immediate danger, ${lowerFirst(emergencyCall(resources))} now.`,
      ...lines.map(lineSms),
      "If it's safe, stay with them and help keep them safe.",
      clinicSms(clinic, context),
    ].join(' '),
    contacts: [...emergencyContacts(resources), ...lines.flatMap(lineContacts), ...(context.clinicOpenNow ? [clinicContact(clinic)] : [])],
  };
}

function emergency(resources: CrisisResources, clinic: ClinicProfile, context: ClinicContext): Reply {
  const poisonLine = resources.poison_control;
  const poison = poisonLine?.call ? { name: poisonLine.name, call: poisonLine.call, alwaysOpen: isAlwaysOpen(poisonLine) } : undefined;
  return {
    style: 'crisis',
    title: `${emergencyCall(resources)} now`,
    text: [
      `**${emergencyCall(resources)} now.** This sounds like an emergency, and emergency services can help fastest.`,
      ...(poison
        ? [
            `If someone swallowed something by accident, ${poison.name} can tell you what to do: call **${poison.call}**${poison.alwaysOpen ? ' (24/7)' : ''}. ` +
              `If they are unconscious or have trouble breathing, ${lowerFirst(emergencyCall(resources))} first.`,
          ]
        : []),
      clinicSentence(clinic, context, 'emergency'),
      `${AUTOMATED_NOTE} ${resourcesLine(resources)}`,
    ].join('\n\n'),
    smsText: [
      `${emergencyCall(resources)} now.`,
      ...(poison ? [`Swallowed something by accident: ${poison.name} ${dialDigits(poison.call)}.`] : []),
      clinicSms(clinic, context),
    ].join(' '),
    contacts: [
      ...emergencyContacts(resources),
      ...(poison ? [{ label: `Call ${poison.name}`, kind: 'call' as const, number: dialDigits(poison.call) }] : []),
      ...(context.clinicOpenNow ? [clinicContact(clinic)] : []),
    ],
  };
}

/** The reply for a message the classifier marked crisis, emergency or other-at-risk. */
export function crisisReply(level: UrgentLevel, resources: CrisisResources, clinic: ClinicProfile, context: ClinicContext): Reply {
  switch (level) {
    case 'crisis':
      return crisis(resources, clinic, context);
    case 'other-at-risk':
      return otherAtRisk(resources, clinic, context);
    case 'emergency':
      return emergency(resources, clinic, context);
  }
}

/** One sentence for replies where suicide was mentioned: "If you're ever thinking about suicide, you can call or text 988, any time." */
/** "call or text 988", "call 116 123 (Samaritans)": the first primary line, named unless the number is its name. */
function firstLinePhrase(line: CrisisLine, style: Style): string {
  const name = nameIsNumber(line) ? '' : ` (${line.name})`;
  const purpose = line.web_url && !line.call && !line.text && line.note ? ` for ${line.note}` : '';
  return `${action(line, style)}${name}${purpose}`;
}

/** One sentence for replies where suicide was mentioned: "If you're ever thinking about suicide, you can call or text 988, any time." */
export function resourcesLine(resources: CrisisResources, style: Style = 'markdown'): string {
  const [line] = primaryLines(resources);
  if (!line) return '';
  return `If you're ever thinking about suicide, you can ${firstLinePhrase(line, style)}${isAlwaysOpen(line) ? ', any time' : ''}.`;
}

/** resourcesLine as a reply, with the first line's buttons. */
export function resourcesFooter(resources: CrisisResources): Reply {
  const [line] = primaryLines(resources);
  return { style: 'plain', text: resourcesLine(resources), smsText: resourcesLine(resources, 'sms'), contacts: line ? lineContacts(line) : [] };
}

/** Added to replies during the crisis-aware period after a crisis: the line again, and a way to reach a person. */
export function crisisAwareFooter(resources: CrisisResources, clinic: ClinicProfile): Reply {
  const [line] = primaryLines(resources);
  const always = line && isAlwaysOpen(line) ? ', any time' : '';
  const reminder = line ? `If things feel hard again, you can ${firstLinePhrase(line, 'markdown')}${always}. ` : '';
  const reminderSms = line ? `If things feel hard again: ${firstLinePhrase(line, 'sms')}. ` : '';
  return {
    style: 'plain',
    text: `${reminder}If you'd like to talk with someone at ${clinic.name}, call us at ${clinic.phone}.`,
    smsText: `${reminderSms}To talk with ${clinic.name}: ${displayNumber(clinicDialNumber(clinic))}.`,
    contacts: [...(line ? lineContacts(line) : []), clinicContact(clinic)],
  };
}

/**
 * The standing pointer in the welcome and in apologies: "If you are thinking about suicide or are
 * in danger, call or text 988, or call 911." Worded from the clinic's country data.
 */
export function safetyPointer(resources: CrisisResources): string {
  const [line] = primaryLines(resources);
  const help = line ? `${firstLinePhrase(line, 'markdown')}, or ` : '';
  return `If you are thinking about suicide or are in danger, ${help}${lowerFirst(emergencyCall(resources))}.`;
}
