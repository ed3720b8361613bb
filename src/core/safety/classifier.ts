// TEMPORARY placeholder so the app can be wired while the real classifier is written. Replaced wholesale.
import type { SafetyResult } from './types';

export function classifyMessage(text: string): SafetyResult {
  const t = text.toLowerCase();
  if (/kill myself|want to die|end my life|suicid/.test(t)) return { level: /\bnot suicidal\b|\?$/.test(t) ? 'mention' : 'crisis', rules: ['temp'] };
  if (/chest pain|can.?t breathe/.test(t)) return { level: 'emergency', rules: ['temp'] };
  return { level: 'none', rules: [] };
}
