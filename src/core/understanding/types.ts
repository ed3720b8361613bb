/** What the bot can do with one message, decided once (see decide.ts). */

/** Conversations the bot runs instead of answering from one entry. */
export const DIALOGS = [
  'greeting',
  'help',
  'goodbye',
  'cancel',
  'start-over',
  'feedback',
  'talk-to-person',
  'cost-insurance',
  'first-visit-guide',
  'eligibility-checklist',
] as const;
export type DialogId = (typeof DIALOGS)[number];

export type Treatment = 'iv' | 'spravato' | 'both';

/** Facts the message already states, so no dialog asks for them again. */
export interface Slots {
  treatment?: Treatment;
  /** The insurer or plan named ("bcbs ppo", "medicare"), folded. Never logged. */
  insurer?: string;
  /** A day or time the message names ("saturday", "tomorrow", "6pm"), folded. */
  when?: string;
}

export type Decision<E = string> =
  | { kind: 'answer'; entry: E; confidence: number; slots: Slots }
  | { kind: 'dialog'; dialog: DialogId; confidence: number; slots: Slots }
  | { kind: 'did-you-mean'; options: Candidate<E>[]; slots: Slots }
  | { kind: 'unknown'; slots: Slots };

/** One thing a did-you-mean can offer: an entry or a dialog. */
export type Candidate<E = string> = { kind: 'entry'; entry: E } | { kind: 'dialog'; dialog: DialogId };
