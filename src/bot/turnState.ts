import type { TurnContext } from 'botbuilder';
import type { SafetyResult } from '../core/safety/types';

/*
 * The one per-turn value the bot glue shares: the safety result, written by the safety gate (first
 * on the adapter) and read by what runs after it. Nothing downstream writes turn state for upstream:
 * the turn's outcome is ClinicBot's return value, which it passes to the Emulator trace itself.
 * Never holds message text.
 */

const SAFETY = Symbol('turnSafety');

const NO_SAFETY_RESULT: SafetyResult = { level: 'none', rules: [] };

/** Called by the safety gate only. */
export function setTurnSafety(context: TurnContext, safety: SafetyResult): void {
  context.turnState.set(SAFETY, safety);
}

/** What the safety gate decided for this message ("none" when no gate ran, as in a dialog-only test). */
export function turnSafety(context: TurnContext): SafetyResult {
  return context.turnState.get<SafetyResult | undefined>(SAFETY) ?? NO_SAFETY_RESULT;
}

/** What the bot did with a message, for the staff trace. */
export interface TurnOutcome {
  /** The dialog decided on, "question" for an answer, or the decision's kind; null when nothing was decided. */
  intent: string | null;
  intentScore: number | null;
  /** The knowledge entry answered, if any. */
  answerId: string | null;
  /** Its match score (null when the patient picked it from a menu). */
  score: number | null;
}

export const NO_OUTCOME: TurnOutcome = Object.freeze({ intent: null, intentScore: null, answerId: null, score: null });
