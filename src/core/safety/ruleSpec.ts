/**
 * What a safety rule is: a pattern over the normalised token stream (see patterns.ts for the
 * placeholders) plus how to judge a match. The rules themselves are in rules.ts and rules*.ts.
 */
import type { Person } from './persons';
import type { SafetyLevel } from './types';

/**
 * `ordinary`: an everyday reading the rules recognise and word statistics cannot weigh ("took all the
 * pills of my last prescription and they did not work"). It raises nothing and, like a negation,
 * keeps the learned model from raising the message; any other rule's alarm still stands.
 */
export type RuleKind = 'ideation' | 'crisis' | 'other' | 'emergency' | 'mention' | 'ordinary';

export interface RuleSpec {
  /** Stable id without the level prefix, e.g. "desire-to-die" -> crisis.desire-to-die. */
  id: string;
  kind: RuleKind;
  pattern: string;
  /**
   * How to find the person at risk (ideation rules):
   * - subject: the nearest subject before the match (default);
   * - object: the first pronoun inside the match ("better off without me"), else the subject;
   * - first: always the writer (the pattern itself says "i" or "me").
   */
  person?: 'subject' | 'object' | 'first';
  /** Who is meant when the sentence has no subject at all ("wanna die"). Default first. */
  dropped?: Person;
  /** A negator just before the match ("i'm not going to kill myself") makes it a mention (or, for emergencies, nothing). Default true. */
  negatable?: boolean;
  /** Pattern tested on the words around the match; when it matches, the rule does not fire. */
  unless?: string;
  /** Pattern tested on the whole message; when it matches, the rule does not fire (a goodbye from someone moving away, said a sentence later). */
  unlessInMessage?: string;
  /** Level for the writer (default crisis): a completed overdose is an emergency first. */
  firstLevel?: SafetyLevel;
  /** Level for a person the writer knows (default other-at-risk). */
  thirdLevel?: SafetyLevel;
  /** Level for people in general (default mention). */
  genericLevel?: SafetyLevel;
  /** Emergencies: ignore hypothetical and history phrasings ("what if i pass out", "years ago"). Default true. */
  suppressHypothetical?: boolean;
  /** Emergencies that cannot be about the writer ("won't wake up"). */
  notFirstPerson?: boolean;
}
