import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLocalIntentRecognizer, isIntent, recognizeIntent, type Intent } from '../../../src/core/intents';
import { recognizeIntentUnguarded } from '../../../src/core/intents/recognizer';

type Case = readonly [text: string, expected: Intent];

/** Pairs that look alike but must route differently; each side of a pair is in the same table. */
const CROSS_CASES: Record<string, readonly Case[]> = {
  'cancelling an appointment vs cancelling the conversation': [
    ['cancel', 'cancel'],
    ['cancel that', 'cancel'],
    ['never mind', 'cancel'],
    ['stop asking me questions', 'cancel'],
    ['cancel my appointment', 'booking'],
    ['i need to cancel my appt tomorrow', 'booking'],
    ['can you cancel my 3pm', 'booking'],
    ['whats your cancellation policy', 'booking'],
  ],
  'a greeting in front of a request': [
    ['hi', 'greeting'],
    ['hello there', 'greeting'],
    ['hey its sarah', 'greeting'],
    ['hi, how long does a session take?', 'question'],
    ['hey can i book for next week', 'booking'],
    ['hello, do you take tricare?', 'cost-insurance'],
    ['hi is this the ketamine clinic', 'greeting'],
  ],
  '"how much" questions': [
    ['how much is spravato with insurance?', 'question'],
    ['does medicare cover spravato', 'question'],
    ['why do some clinics charge so much for ketamine', 'question'],
    ['how much ketamine is in one dose', 'question'],
    ['what will this cost me', 'cost-insurance'],
    ['how much do you charge for ketamine', 'cost-insurance'],
    ['cost per infusion?', 'cost-insurance'],
    ['how much', 'cost-insurance'],
  ],
  'first visit vs booking it vs outcome questions': [
    ['what happens at my first visit', 'first-visit-guide'],
    ['how do i prepare for my first session', 'first-visit-guide'],
    ["i'd like to schedule my first visit", 'booking'],
    ['will i feel better after the first infusion', 'question'],
    ['is the first dose usually the strongest', 'question'],
  ],
  'eligibility vs a question about one condition or outcome': [
    ['could ketamine work for me', 'eligibility-checklist'],
    ['ive tried 3 antidepressants and nothing worked, could this help me?', 'eligibility-checklist'],
    ['can i get spravato if i have high blood pressure', 'question'],
    ["what if it doesn't work for me", 'question'],
    ['is spravato approved for teenagers', 'question'],
  ],
  'closing thanks vs feedback': [
    ['thanks', 'goodbye'],
    ['thanks that helped', 'goodbye'],
    ['this is really helpful, thank you for making it', 'feedback'],
    ['your info about insurance is incorrect', 'feedback'],
    ['what if it does not help me', 'question'],
  ],
  'help with the bot vs help with the treatment': [
    ['help', 'help'],
    ['what can you do', 'help'],
    ['what can this chat help me with', 'help'],
    ['can you help me understand how ketamine works', 'question'],
    ['which insurance do you cover', 'cost-insurance'],
  ],
  'command words inside treatment questions': [
    ['start over', 'start-over'],
    ['can i restart treatment after a break', 'question'],
    ['stop', 'cancel'],
    ['can i stop my antidepressants before starting ketamine', 'question'],
    ["what's the treatment schedule", 'question'],
    ['how often would i come in for spravato', 'question'],
  ],
  'opening hours vs open appointments': [
    ['are you open now', 'hours-location'],
    ['do you have anything open next week', 'booking'],
    ['whats your phone number', 'talk-to-person'],
    ['where do i park', 'hours-location'],
  ],
};

describe('local intent recognizer', () => {
  for (const [topic, cases] of Object.entries(CROSS_CASES)) {
    describe(topic, () => {
      it.each(cases)('when a patient writes %j, then it routes to %s', (text, expected) => {
        expect(recognizeIntent(text).intent).toBe(expected);
      });
    });
  }

  it('when nothing matches, then it goes to the knowledge search with a modest score', () => {
    const result = recognizeIntent('my cat knocked a glass off the table');
    expect(result.intent).toBe('question');
    expect(result.score).toBeLessThan(0.7);
  });

  it('when a message is a plain command, then it scores higher than the question fallback', () => {
    expect(recognizeIntent('start over').score).toBeGreaterThan(recognizeIntent('what is spravato').score);
  });

  it.each([
    ['', 'question'],
    ['   ', 'question'],
    ['?', 'help'],
  ] as const)('when the message is %j, then it routes to %s', (text, expected) => {
    expect(recognizeIntent(text).intent).toBe(expected);
  });

  it('when the same request is typed with texting shorthand, typos or accents, then it routes the same way', () => {
    expect(recognizeIntent('CAN U PLZ MOVE MY APPT 2MORO??').intent).toBe('booking');
    expect(recognizeIntent('wen r u open').intent).toBe('hours-location');
    expect(recognizeIntent('heyyyy').intent).toBe('greeting');
    expect(recognizeIntent('i need to réschedule').intent).toBe('booking');
    expect(recognizeIntent('I don’t want to continue').intent).toBe('cancel');
  });

  it('when a message contains words that are also JavaScript property names, then it is still recognised', () => {
    expect(recognizeIntentUnguarded('book an appointment constructor toString __proto__ hasOwnProperty').intent).toBe('booking');
  });

  it('when used through the interface, then it resolves to the same result as the synchronous form', async () => {
    const recognizer = createLocalIntentRecognizer();
    await expect(recognizer.recognize('do you take insurance')).resolves.toEqual(recognizeIntent('do you take insurance'));
  });
});

describe('local intent recognizer, for any input', () => {
  const anyText = fc.oneof(
    fc.string({ maxLength: 300 }),
    fc.string({ unit: 'grapheme', maxLength: 300 }),
    fc.string({ unit: 'binary', maxLength: 300 }),
    fc.string({ unit: 'grapheme-ascii', minLength: 500, maxLength: 3000 }),
  );
  // Sentences assembled from the recognizer's own trigger words reach deep into the patterns.
  const triggerWords = fc.constantFrom(
    'hi', 'hey', 'thanks', 'bye', 'cancel', 'stop', 'never', 'mind', 'start', 'over', 'restart', 'help', 'menu', 'book',
    'appointment', 'appt', 'first', 'visit', 'cost', 'insurance', 'how', 'much', 'you', 'me', 'my', 'for', 'is', 'this',
    'ketamine', 'spravato', 'open', 'where', 'talk', 'to', 'someone', 'human', 'feedback', 'wrong', 'not', 'work', 'like',
    'eligible', 'the', 'on', 'friday', 'u', 'r', 'im', '?', '!', "'", 'don’t', 'é', '2', '$',
  );
  const triggerSentence = fc.array(triggerWords, { maxLength: 40 }).map((words) => words.join(' '));
  const validResult = (result: { intent: unknown; score: number }): void => {
    expect(isIntent(result.intent)).toBe(true);
    expect(result.score).toBeGreaterThanOrEqual(0);
    expect(result.score).toBeLessThanOrEqual(1);
  };

  it('never throws, even without its safety net, and returns a known intent with a score in [0, 1]', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, triggerSentence), (text) => {
        validResult(recognizeIntentUnguarded(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('never rejects through the interface, whatever a caller passes at run time', async () => {
    const recognizer = createLocalIntentRecognizer();
    await fc.assert(
      fc.asyncProperty(fc.oneof(anyText, fc.anything()), async (value) => {
        // JavaScript callers (or a bad cast) can pass anything; the patient must still get a reply.
        validResult(await recognizer.recognize(value as string));
      }),
      { numRuns: 500 },
    );
  });
});
