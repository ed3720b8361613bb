import { describe, expect, it } from 'vitest';
import { startTranscript, visible } from '../support/transcript';

/** "Was this helpful?" under every answer card, tapped through the whole bot. */
describe('answer feedback', () => {
  it('when a patient taps "Yes" under an answer, then they are thanked and nothing is kept', async () => {
    const { say, tap, storage } = await startTranscript({ UNANSWERED_QUESTIONS: 'on' });
    const answer = (await say('can i drive home after my infusion')).find((reply) => reply.cardTitles.length > 0)!;
    expect(answer.cardText).toMatch(/Was this helpful\?/);
    const yes = answer.buttonValues[answer.buttons.indexOf('Yes')];
    expect(yes).toEqual({ helpful: 'yes', entryId: 'driving-and-getting-home' });

    const thanks = await tap(yes as object);
    expect(thanks.map((reply) => reply.text)).toEqual(['Thanks for letting us know. Is there anything else you would like to ask?']);
    expect(JSON.stringify(await storage.read(['unanswered-questions/index']))).toBe('{}');
  });

  it('when a patient taps "No", then they are offered another way or a person, and staff see which entry did not help', async () => {
    const { say, tap, storage } = await startTranscript({ UNANSWERED_QUESTIONS: 'on' });
    const answer = (await say('can i drive home after my infusion')).find((reply) => reply.cardTitles.length > 0)!;
    const no = answer.buttonValues[answer.buttons.indexOf('No')] as object;

    const [reply, ...rest] = await tap(no);
    expect(rest).toEqual([]);
    expect(reply!.text).toMatch(/Sorry that didn't help/);
    expect(reply!.buttons).toEqual(['Ask another way', 'Talk to a person']);
    const index = (await storage.read(['unanswered-questions/index']))['unanswered-questions/index'] as { days: string[] };
    const kept = JSON.stringify(await storage.read(index.days.map((day) => `unanswered-questions/${day}`)));
    expect(kept).toMatch(/not-helpful/);
    expect(kept).toMatch(/driving-and-getting-home/);
  });

  it('when a tap carries something other than our feedback, then it is not taken for feedback', async () => {
    const { tap } = await startTranscript();
    expect(visible(await tap({ helpful: 'maybe', entryId: 'driving-and-getting-home' }))).not.toMatch(/Thanks for letting us know|Sorry that didn't help/);
  });
});
