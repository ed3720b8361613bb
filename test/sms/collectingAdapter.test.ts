import { ActivityTypes, type Activity, type TurnContext } from 'botbuilder';
import { describe, expect, it } from 'vitest';
import { CollectingAdapter } from '../../src/bot/collectingAdapter';
import { inboundSmsActivity } from '../../src/sms/twilioMessages';

const SENDER = '+15555550123';
const incoming = (text: string) => inboundSmsActivity({ from: SENDER, to: '+15555550100', body: text, messageSid: 'SM1' }, new Date());

describe('CollectingAdapter', () => {
  it('collects what the middleware and the bot send, in order, addressed back to the sender', async () => {
    const adapter = new CollectingAdapter().use(async (context, next) => {
      await context.sendActivity('from middleware');
      await next();
      await context.sendActivity({ type: ActivityTypes.Trace, name: 'TurnTrace' });
    });
    const sent = await adapter.process(incoming('hello'), async (context) => {
      await context.sendActivities([{ type: 'message', text: 'one' }, { type: 'delay', value: 1000 }, { type: 'message', text: 'two' }]);
    });
    expect(sent.map((activity) => [activity.type, activity.text ?? activity.name])).toEqual([
      ['message', 'from middleware'],
      ['message', 'one'],
      ['message', 'two'],
      ['trace', 'TurnTrace'],
    ]);
    expect(sent[0]).toMatchObject({ channelId: 'sms', conversation: { id: SENDER }, recipient: { id: SENDER } });
  });

  it('gives every sent activity its own id, as a connector would', async () => {
    const adapter = new CollectingAdapter();
    let ids: string[] = [];
    const sent = await adapter.process(incoming('hi'), async (context) => {
      ids = (await context.sendActivities([{ type: 'message', text: 'a' }, { type: 'message', text: 'b' }])).map((response) => response.id);
    });
    expect(new Set(ids).size).toBe(2);
    expect(sent.map((activity) => activity.id)).toEqual(ids);
  });

  it('puts each activity in the caller’s outbox as soon as it is sent', async () => {
    const adapter = new CollectingAdapter();
    const outbox: Partial<Activity>[] = [];
    let seenMidTurn = 0;
    await adapter.process(
      incoming('hi'),
      async (context) => {
        await context.sendActivity('early');
        seenMidTurn = outbox.length;
      },
      outbox,
    );
    expect(seenMidTurn).toBe(1);
  });

  it('keeps turns apart', async () => {
    const adapter = new CollectingAdapter();
    const logic = async (context: TurnContext) => {
      await new Promise((resolve) => setTimeout(resolve, context.activity.text === 'slow' ? 30 : 0));
      await context.sendActivity(`echo ${context.activity.text}`);
    };
    const [slow, fast] = await Promise.all([adapter.process(incoming('slow'), logic), adapter.process(incoming('fast'), logic)]);
    expect(slow.map((activity) => activity.text)).toEqual(['echo slow']);
    expect(fast.map((activity) => activity.text)).toEqual(['echo fast']);
  });

  it('hands a failing turn to onTurnError, whose reply is collected too', async () => {
    const adapter = new CollectingAdapter();
    const errors: string[] = [];
    adapter.onTurnError = async (context, error) => {
      errors.push(error.message);
      await context.sendActivity('Sorry, something went wrong. Call or text 988 if you are in crisis.');
    };
    const sent = await adapter.process(incoming('hi'), async (context) => {
      await context.sendActivity('partial');
      throw new Error('dialog broke');
    });
    expect(errors).toEqual(['dialog broke']);
    expect(sent.map((activity) => activity.text)).toEqual(['partial', 'Sorry, something went wrong. Call or text 988 if you are in crisis.']);
  });

  it('cannot send outside a turn', async () => {
    const adapter = new CollectingAdapter();
    const reference = { conversation: { id: SENDER, name: '', isGroup: false, conversationType: 'personal' } };
    await expect(adapter.continueConversation(reference, () => Promise.resolve())).rejects.toThrow(/proactive/);
  });
});
