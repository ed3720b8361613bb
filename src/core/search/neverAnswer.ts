import { foldText } from './normalize';

/**
 * Requests the knowledge base must never answer, whatever words they share with an entry:
 * getting ketamine outside a clinic, amounts to take, recreational use, medicine for animals.
 * The safety layer sees every message first; this is a second line, so that "how much ketamine
 * should I take at home" can never come back as the at-home entry with an answer-shaped reply.
 */
const NEVER_ANSWER: readonly RegExp[] = [
  /\b(?:buy|buying|purchase|purchasing|sell|selling|score|scoring|cop|order|ordering)\b(?:\s+\w+){0,3}\s+(?:ketamine|esketamine|spravato|ket|k|special k|it|some)\b/,
  /\b(?:buy|purchase|sell|order|ship|shipped|deliver)\w*\b.*\bonline\b|\bonline\b.*\b(?:buy|purchase|order)\w*\b/,
  /\bdark ?(?:web|net)\b|\bdealers?\b|\bon the street\b|\bstreet (?:price|value)\b/,
  /\bwithout (?:a )?(?:prescription|script|doctor)\b/,
  /\bhow (?:much|many)\b(?:\s+\w+){0,4}\s+(?:should|can|do|could|would|must)\s+(?:i|you|we|he|she|they)\s+(?:take|use|do|snort|inject|give|have)\b/,
  /\b(?:mg|mgs|milligrams?|micrograms?|grams?|mg kg|ml)\b/,
  /\b(?:lethal|fatal|deadly|max(?:imum)?) (?:dose|dosage|amount)\b|\boverdos\w*\b/,
  /\bk ?holes?\b|\bsnort\w*\b|\bbumps? of\b/,
  /\b(?:make|cook|synthesi[sz]e|extract)\w*\b(?:\s+\w+){0,2}\s+(?:ketamine|esketamine)\b/,
  /\b(?:my|our|a|the) (?:dog|dogs|cat|cats|pet|pets|puppy|kitten|rabbit|bird)\b/,
  // The bot cannot prescribe, refill or write anything for anyone.
  /\b(?:prescribe|refill|renew|write|send|call in)\b(?:\s+\w+){0,2}\s+(?:prescriptions?|script|meds|medications?|xanax|a note|doctors note)\b|\bprescribe me\b|\brefill\b/,
];

export function isNeverAnswered(message: string): boolean {
  const folded = foldText(message);
  return NEVER_ANSWER.some((pattern) => pattern.test(folded));
}
