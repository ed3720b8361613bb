export { INTENTS, isIntent, type Intent, type IntentRecognizer, type IntentResult } from './types';
export { createLocalIntentRecognizer, recognizeIntent } from './recognizer';
export { normalizeText } from './normalize';
