/** How urgently a message needs crisis handling, from most to least urgent. */
export const SAFETY_LEVELS = ['crisis', 'emergency', 'other-at-risk', 'mention', 'none'] as const;
export type SafetyLevel = (typeof SAFETY_LEVELS)[number];

export interface SafetyResult {
  level: SafetyLevel;
  /** Ids of the rules that fired, for the incident log and the staff trace. Never message text. */
  rules: string[];
  /** Set when the message is written in Spanish, so the crisis reply can be too. */
  language?: 'es';
}
