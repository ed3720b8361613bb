/**
 * What a dialog decision means for the patient, when the slots already settle it: the cost
 * question with the treatment named is answered at once from the clinic's own entries.
 */
import type { Decision, Slots, Treatment } from './types';

/** Which vetted entries answer cost for each treatment; prices come from the clinic profile through them. */
export const COST_ENTRIES: Readonly<Record<Treatment, readonly string[]>> = {
  iv: ['cost', 'insurance-and-payment'],
  spravato: ['cost', 'spravato-savings-program'],
  both: ['cost', 'insurance-and-payment'],
};

/** The entries the cost dialog answers with when the message named the treatment or insurer; [] when it must ask. */
export function costEntriesFor(slots: Slots): readonly string[] {
  if (slots.treatment) return COST_ENTRIES[slots.treatment];
  if (slots.insurer) return ['insurance-and-payment'];
  return [];
}

/**
 * For a dialog decision: the entries it answers with straight away ([] when it must ask first),
 * or undefined for dialogs that are not answers (a guide, the menu, a greeting).
 */
export function answeredEntries(decision: Extract<Decision<unknown>, { kind: 'dialog' }>): readonly string[] | undefined {
  return decision.dialog === 'cost-insurance' ? costEntriesFor(decision.slots) : undefined;
}
