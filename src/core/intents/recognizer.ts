/**
 * Local intent recognizer: normalisation plus weighted patterns and word lists, no model, no network.
 *
 * Routing lines (the labelled set in test/fixtures/intents.json follows them):
 * - question (the default): any question about the treatment goes to the knowledge search, including
 *   factual cost and coverage questions that name a drug without asking about this clinic or the
 *   patient's own bill ("how much is spravato with insurance?", "does medicare cover spravato") and
 *   "why is it so expensive" questions.
 * - cost-insurance: what THIS clinic charges or accepts, or what the patient will pay and how ("what
 *   will this cost me", "do you take insurance", "how do i pay", "cost", "pricing", "cost per infusion?").
 * - booking: book, reschedule or cancel an appointment, availability, the cancellation policy.
 *   cancel: stop the current conversation ("cancel", "never mind", "exit"). An appointment word or a
 *   day or time after "cancel" makes it booking ("cancel my 3pm").
 * - first-visit-guide: what happens at / how to prepare for the first (initial, intake) visit.
 *   Outcome questions that mention it ("will i feel better after the first infusion") stay questions.
 * - eligibility-checklist: whether the treatment could suit the patient in general ("am i a candidate",
 *   "could this help me", "do i qualify", "my meds aren't working, could i try spravato?"). A question
 *   about one named condition ("can i get spravato if i have high blood pressure") or a negative
 *   outcome ("what if it doesn't work for me") is a question for the knowledge search.
 * - talk-to-person includes asking for the phone number: the patient wants to reach someone.
 * - feedback is a verdict on the bot or its answers ("that didn't help", "great bot"); a plain closing
 *   thanks ("thanks that helped") is goodbye.
 * - help is about using the bot itself ("menu", "what can you do", "what is this for").
 * - greeting, goodbye, cancel, start-over and help win only when the message is essentially that, so
 *   "hi, how long does a session take?" is a question and "hey can i book for next week" is booking.
 */
import { analyseMessage, type Message } from './message';
import { SCORERS } from './scorers';
import type { Intent, IntentRecognizer, IntentResult } from './types';

/** On a tie the more specific intent wins; `question` is last because it is the fallback. */
const TIE_ORDER: readonly Exclude<Intent, 'question'>[] = [
  'booking',
  'talk-to-person',
  'feedback',
  'cost-insurance',
  'hours-location',
  'first-visit-guide',
  'eligibility-checklist',
  'start-over',
  'cancel',
  'goodbye',
  'help',
  'greeting',
];

/** A message that matched nothing is a question for the knowledge search, with modest confidence. */
function questionScore(message: Message): number {
  return message.asking || message.namesTreatment ? 0.6 : 0.4;
}

function recognizeMessage(message: Message): IntentResult {
  if (message.text === '') {
    // Only punctuation: a lone "?" asks what the bot can do; nothing at all is an empty question.
    return message.asking ? { intent: 'help', score: 0.7 } : { intent: 'question', score: 0 };
  }
  let best: IntentResult = { intent: 'question', score: questionScore(message) };
  for (const intent of TIE_ORDER) {
    const score = SCORERS[intent](message);
    if (score > best.score) best = { intent, score };
  }
  return best;
}

/** The recognizer without its safety net; exported so tests can show the net is never what saves it. */
export function recognizeIntentUnguarded(text: unknown): IntentResult {
  const result = recognizeMessage(analyseMessage(text));
  return { intent: result.intent, score: Math.min(1, Math.max(0, result.score)) };
}

/** Synchronous form, for the eval script and benchmarks. Never throws. */
export function recognizeIntent(text: unknown): IntentResult {
  try {
    return recognizeIntentUnguarded(text);
  } catch {
    // A bug in a pattern must not break the conversation: fall back to the knowledge search.
    return { intent: 'question', score: 0 };
  }
}

export function createLocalIntentRecognizer(): IntentRecognizer {
  return { recognize: (text: string) => Promise.resolve(recognizeIntent(text)) };
}
