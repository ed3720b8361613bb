/** Every intent the bot routes on. `question` is the default: it goes to the knowledge search. */
export const INTENTS = [
  'greeting',
  'help',
  'question',
  'first-visit-guide',
  'eligibility-checklist',
  'cost-insurance',
  'booking',
  'hours-location',
  'talk-to-person',
  'feedback',
  'cancel',
  'start-over',
  'goodbye',
] as const;

export type Intent = (typeof INTENTS)[number];

export interface IntentResult {
  intent: Intent;
  /** Confidence from 0 to 1. Comparable across intents of one recognizer, not across recognizers. */
  score: number;
}

/**
 * What the dialogs depend on. The local recognizer implements it today; an Azure Conversational
 * Language Understanding client could implement it later without the dialogs changing.
 */
export interface IntentRecognizer {
  recognize(text: string): Promise<IntentResult>;
}

export function isIntent(value: unknown): value is Intent {
  return typeof value === 'string' && (INTENTS as readonly string[]).includes(value);
}
