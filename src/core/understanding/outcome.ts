/**
 * What a dialog decision means for the patient, when the slots already settle it: the cost
 * question with the treatment named is answered at once from the clinic's own entries.
 */
import type { Decision, Treatment } from './types';

/** Which vetted entries answer cost for each treatment; prices come from the clinic profile through them. */
export const COST_ENTRIES: Readonly<Record<Treatment, readonly string[]>> = {
  iv: ['cost', 'insurance-and-payment'],
  spravato: ['cost', 'spravato-savings-program'],
  both: ['cost', 'insurance-and-payment'],
};

/**
 * For a dialog decision: the entries it answers with straight away ([] when it must ask first),
 * or undefined for dialogs that are not answers (a guide, the menu, a greeting).
 */
export function answeredEntries(decision: Extract<Decision<unknown>, { kind: 'dialog' }>): readonly string[] | undefined {
  if (decision.dialog !== 'cost-insurance') return undefined;
  if (decision.slots.treatment) return COST_ENTRIES[decision.slots.treatment];
  if (decision.slots.insurer) return ['insurance-and-payment'];
  return [];
}
