import type { TurnContext } from 'botbuilder';
import type { SafetyResult } from '../core/safety/types';

/** What happened in one turn, for the staff trace. Never holds message text. */
export interface TurnInfo {
  safety: SafetyResult;
  intent: string | null;
  intentScore: number | null;
  answerId: string | null;
  score: number | null;
  /** The bot must stay silent this turn (an SMS number that opted out): no footer either. */
  silenced: boolean;
}

const TURN_INFO = Symbol('turnInfo');

export function turnInfo(context: TurnContext): TurnInfo {
  let info = context.turnState.get<TurnInfo | undefined>(TURN_INFO);
  if (!info) {
    info = { safety: { level: 'none', rules: [] }, intent: null, intentScore: null, answerId: null, score: null, silenced: false };
    context.turnState.set(TURN_INFO, info);
  }
  return info;
}
