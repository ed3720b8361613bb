import { ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import type { UserTokenClient } from 'botframework-connector';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClinicAdapter } from '../../src/bot/adapter';
import { ClinicBotFrameworkAuthentication, LazyUserTokenClient } from '../../src/tuning';
import { FakeConnector } from '../support/fakeConnector';

/** A stand-in for the token service client: answers getTokenStatus with what it was asked. */
function fakeTokenClient(): UserTokenClient {
  return { getTokenStatus: (userId: string, channelId: string) => Promise.resolve([{ connectionName: `${userId}@${channelId}` }]) } as unknown as UserTokenClient;
}

describe('user-token client built only when used', () => {
  const connector = new FakeConnector();
  beforeAll(() => connector.start());
  afterAll(() => connector.close());
  afterEach(() => vi.restoreAllMocks());

  it('a turn that never signs anyone in builds no token client, and one that asks gets the real one', async () => {
    const build = vi.spyOn(ConfigurationBotFrameworkAuthentication.prototype, 'createUserTokenClient').mockResolvedValue(fakeTokenClient());
    const adapter = new ClinicAdapter(new ClinicBotFrameworkAuthentication({}));
    let tokens: UserTokenClient | undefined;
    const activity = {
      type: 'message',
      id: 'turn-1',
      text: 'hello',
      channelId: 'webchat',
      serviceUrl: connector.url,
      conversation: { id: 'conversation' },
      from: { id: 'user' },
      recipient: { id: 'bot' },
    } as Activity;
    await adapter.handleActivity(activity, '', async (context: TurnContext) => {
      tokens = context.turnState.get<UserTokenClient>(adapter.UserTokenClientKey);
      await context.sendActivity('hi');
    });
    expect(tokens).toBeInstanceOf(LazyUserTokenClient);
    expect(build).not.toHaveBeenCalled();

    expect(await tokens!.getTokenStatus('user', 'webchat', '')).toEqual([{ connectionName: 'user@webchat' }]);
    await tokens!.getTokenStatus('user', 'webchat', '');
    expect(build).toHaveBeenCalledTimes(1);
  });
});
