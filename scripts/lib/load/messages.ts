/** The patient messages the benchmarks send: conversations that mix openings, did-you-means and their picks, direct questions and one crisis message each. */


/** First message of a conversation: greetings and the clinic-logistics intents. */
const OPENINGS = [
  'hi',
  'hello, I have a few questions',
  'how do i book an appointment',
  'what are your hours',
  'where are you located',
  'can i talk to a real person',
  'does insurance cover spravato',
  'how much does ketamine cost',
] as const;

/** Vague questions the search answers with "did you mean ...?" and numbered choices. */
const DID_YOU_MEAN = [
  'how does it work',
  'how quickly does it start working',
  'will i trip',
  'any risks i should know about',
  'can i keep taking my antidepressant',
  'how often do i have to come in',
  'do i need a referral',
  'driving',
] as const;

/** What a patient types after a "did you mean": a pick by position. */
const PICKS = ['1', 'the first one'] as const;

/** Questions one knowledge entry answers outright (one mentions suicide without being a crisis). */
const DIRECT_QUESTIONS = [
  'what is ketamine therapy',
  'is spravato fda approved',
  'how long does an infusion take',
  'can i drive home after my treatment',
  'do i need to fast before the infusion',
  'what are the side effects',
  'is ketamine addictive',
  'is it safe if i am pregnant',
  'what is the difference between ketamine and esketamine',
  'how many sessions will i need',
  'what happens if it doesnt work for me',
  'can i bring my own music',
  "i'm not suicidal, just asking about side effects",
] as const;

/** One per conversation: the safety gate answers these with crisis resources. */
const CRISIS_MESSAGES = [
  'I want to die.',
  'im suicidal',
  "i'm thinking about suicide",
  "I've been having suicidal thoughts every day this week",
  'i want to kill myself',
] as const;

export const PATIENT_MESSAGE_COUNT = OPENINGS.length + DID_YOU_MEAN.length + PICKS.length + DIRECT_QUESTIONS.length + CRISIS_MESSAGES.length;

/** Where the crisis message goes; never between a "did you mean" and the pick that answers it. */
const CRISIS_POSITIONS = [0, 1, 3, 4] as const;

function pick<T>(items: readonly T[], index: number): T {
  const item = items[index % items.length];
  if (item === undefined) throw new Error('empty message list');
  return item;
}

/**
 * A five-turn patient conversation, varied by index: an opening, a vague question and the pick
 * that answers it, a direct question, and one crisis message at a varying position.
 */
export function patientConversation(index: number): string[] {
  const turns: string[] = [
    pick(OPENINGS, index),
    pick(DID_YOU_MEAN, index + Math.floor(index / OPENINGS.length)),
    pick(PICKS, index),
    pick(DIRECT_QUESTIONS, index * 5),
  ];
  turns.splice(pick(CRISIS_POSITIONS, index), 0, pick(CRISIS_MESSAGES, index));
  return turns;
}

export function patientConversations(count: number, offset = 0): string[][] {
  return Array.from({ length: count }, (_, index) => patientConversation(offset + index));
}
