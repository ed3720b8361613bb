import type { SafetyLevel } from '../../src/core/safety/types';

/** The levels that raise an alarm (crisis lines, 911, or how to help someone at risk). */
export const URGENT: readonly SafetyLevel[] = ['crisis', 'emergency', 'other-at-risk'];
