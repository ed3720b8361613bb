import { describe, expect, it } from 'vitest';
import { startTranscript, type SeenReply } from '../support/transcript';

const traceOf = (replies: readonly SeenReply[]) => {
  const traces = replies.filter((reply) => reply.type === 'trace');
  expect(traces).toHaveLength(1);
  expect(replies.at(-1)!.type).toBe('trace');
  return traces[0]!.activity.value as Record<string, unknown>;
};

/** The staff trace in Emulator says what each turn decided and answered, wherever in the dialogs the answer came from. */
describe('the Emulator turn trace', () => {
  it('when a patient picks an entry from "did you mean", then the trace names that entry, with no score', async () => {
    const { say } = await startTranscript({}, {}, { channelId: 'emulator' });
    // Two entries answer "effects" about equally well (side effects, and how long they last): the bot asks which.
    expect(traceOf(await say('effects'))).toMatchObject({ intent: 'did-you-mean' });
    expect(traceOf(await say('1'))).toMatchObject({ safety: 'none', answerId: 'side-effects', score: null });
  });

  it('when a question is typed at a guide step, then the trace names the entry that answered it (the guide comes back after it)', async () => {
    const { say } = await startTranscript({}, {}, { channelId: 'emulator' });
    expect(traceOf(await say('walk me through my first visit'))).toMatchObject({ intent: 'first-visit-guide', answerId: null });
    const replies = await say('can i drive home after my infusion');
    expect(replies.some((reply) => /step 1 of 10/.test(reply.visible))).toBe(true);
    expect(traceOf(replies)).toMatchObject({ answerId: 'driving-and-getting-home', score: expect.any(Number) });
  });

  it('when the cost dialog answers the treatment named at its prompt, then the trace names the cost entry', async () => {
    const { say } = await startTranscript({}, {}, { channelId: 'emulator' });
    await say('what will this cost me');
    expect(traceOf(await say('spravato'))).toMatchObject({ answerId: expect.any(String) });
  });

  it('when a message is a crisis, then the turn still ends with one trace, saying crisis and nothing answered', async () => {
    const { say } = await startTranscript({}, {}, { channelId: 'emulator' });
    expect(traceOf(await say('i want to kill myself'))).toEqual({ intent: null, safety: 'crisis', answerId: null, score: null });
  });

  it('when the channel is not Emulator, then no trace is sent', async () => {
    const { say } = await startTranscript();
    expect((await say('can i drive home after my infusion')).some((reply) => reply.type === 'trace')).toBe(false);
  });
});
