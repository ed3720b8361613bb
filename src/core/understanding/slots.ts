/**
 * Facts a message already states, read from its words: which treatment, which insurer or plan,
 * which day or time. A dialog that would ask for one of these uses it instead.
 */
import type { Slots, Treatment } from './types';

const IV = /\b(?:iv|ivs|infus\w*|infussion\w*|drips?|intravenous\w*)\b/;
const SPRAVATO = /\b(?:sprav\w*|sprov\w*|esketamin\w*|nasal spray|nose spray|spray)\b/;
const BOTH = /\bboth\b|\beither\b/;

const INSURERS =
  /\b(?:medicare|medicaid|medi ?cal|tricare|champva|va|aetna|cigna|bcbs|blue ?cross|blue ?shield|anthem|humana|kaiser|united ?health\w*|uhc|optum|ambetter|oscar|molina|carefirst|highmark|wellcare|centene|caresource|geisinger|premera|regence)(?: (?:ppo|hmo|epo|pos|advantage|part [abcd]|plan|health|gold|silver|bronze))*\b/;

const WHEN =
  /\b(?:today|tonight|tomorrow|this (?:morning|afternoon|evening|weekend|week)|next week|weekends?|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|wed|thu|fri|sat|sun|\d{1,2}(?::\d{2})? ?(?:am|pm)|\d{1,2} ?o ?clock|noon|morning|afternoon|evening|after work|lunch ?time)\b/;

function treatmentIn(text: string): Treatment | undefined {
  const iv = IV.test(text);
  const spravato = SPRAVATO.test(text);
  if ((iv && spravato) || (BOTH.test(text) && (iv || spravato))) return 'both';
  if (iv) return 'iv';
  if (spravato) return 'spravato';
  return undefined;
}

/** `folded`: the message through the text front end (lower case, accents and punctuation folded). */
export function readSlots(folded: string): Slots {
  const slots: Slots = {};
  const treatment = treatmentIn(folded);
  if (treatment) slots.treatment = treatment;
  const insurer = INSURERS.exec(folded);
  if (insurer) slots.insurer = insurer[0];
  const when = WHEN.exec(folded);
  if (when) slots.when = when[0];
  return slots;
}

/** The treatment a short reply names, for a dialog that asked ("iv", "the spray", "not sure"). */
export function treatmentReply(folded: string): Treatment | undefined {
  if (/\b(?:not sure|dont know|do not know|unsure|no idea|idk)\b/.test(folded)) return 'both';
  return treatmentIn(folded) ?? (/\bketamine\b/.test(folded) ? 'iv' : undefined);
}
