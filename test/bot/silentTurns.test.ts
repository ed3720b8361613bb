import { describe, expect, it } from 'vitest';
import { startTranscript } from '../support/transcript';

/**
 * The safety footer follows the bot's replies; a turn the bot keeps silent (an SMS number that
 * texted STOP) gets no footer either, whatever the message or the conversation's crisis state.
 */
describe('turns the bot keeps silent', () => {
  const MENTION = 'does ketamine reduce suicidal thoughts?';

  it('when a number that opted out texts about suicide without being in crisis, then nothing is sent, not even the resources line', async () => {
    const { say } = await startTranscript({}, {}, { channelId: 'sms' });
    const answered = await say(MENTION);
    expect(answered.map((reply) => reply.text).join('\n')).toMatch(/988/);
    expect((await say('STOP')).length).toBeGreaterThan(0);
    expect(await say(MENTION)).toEqual([]);
  });

  it('when a number in its crisis-aware period opts out, then an ordinary question gets no footer, and a crisis message is still answered', async () => {
    const { say } = await startTranscript({}, {}, { channelId: 'sms' });
    expect((await say('i want to kill myself')).map((reply) => reply.text).join('\n')).toMatch(/988/);
    await say('STOP');
    expect(await say('can i drive home after my infusion')).toEqual([]);
    expect((await say('i want to kill myself')).map((reply) => reply.text).join('\n')).toMatch(/988/);
  });

  it('when a number that has not opted out asks a question in its crisis-aware period, then the answer carries the footer', async () => {
    const { say } = await startTranscript({}, {}, { channelId: 'sms' });
    await say('i want to kill myself');
    const replies = await say('can i drive home after my infusion');
    expect(replies.length).toBeGreaterThan(1);
    expect(replies.at(-1)!.text).toMatch(/988/);
  });
});
