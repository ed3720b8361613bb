import { normalizeText } from './normalize';

/** A normalized message plus the facts several intent scorers ask about. */
export interface Message {
  /** The whole message, normalized. */
  text: string;
  tokens: string[];
  /**
   * The message without a leading greeting or filler ("hi", "ok so", "quick question") and trailing
   * politeness ("please", "thanks"), so "hi, can we start over please" reads as "can we start over".
   */
  core: string;
  /** A question mark, or the core opens the way questions do. */
  asking: boolean;
  /** Names a specific treatment (ketamine, Spravato, an infusion), as factual questions do. */
  namesTreatment: boolean;
  /** Refers to this clinic ("you", "your clinic", "here"). */
  refersToClinic: boolean;
  /** Refers to the patient's own situation ("me", "my", "I"). */
  refersToSelf: boolean;
}

const LEADING_FILLER =
  /^(?:(?:hi there|hello there|hey there|good morning|good afternoon|good evening|hi|hello|hey|heya|hiya|yo|howdy|greetings|morning|ok so|ok|so|um|uh|well|sorry|excuse me|quick question|quick q|question|also|and|but|oh|ah|please|just|yes|no)\b ?)+/;
const TRAILING_POLITENESS = /(?: (?:please|thanks|thank you so much|thank you|so much|lol|haha|sorry))+$/;
const QUESTION_OPENING =
  /^(?:what|how|why|when|where|who|which|is|are|can|could|does|do|did|will|would|should|am|may|has|have|any)\b/;

const TREATMENT = /\b(?:es)?ketamin\w*|\bsprav\w*|\bsprov\w*|\binfusions?\b|\bnasal spray\b|\bivs?\b/;
const CLINIC = /\b(?:you|your|yours|yall|here|clinic|office|practice)\b/;
const SELF = /\b(?:i|me|my|mine|myself|we|us|our)\b/;

export function toCore(text: string): string {
  return text.replace(LEADING_FILLER, '').replace(TRAILING_POLITENESS, '').trim();
}

export function analyseMessage(raw: unknown): Message {
  const { text, tokens, hadQuestionMark } = normalizeText(raw);
  const core = toCore(text);
  return {
    text,
    tokens,
    core,
    asking: hadQuestionMark || QUESTION_OPENING.test(core),
    namesTreatment: TREATMENT.test(text),
    refersToClinic: CLINIC.test(text),
    refersToSelf: SELF.test(text),
  };
}
