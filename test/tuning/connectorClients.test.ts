import { ConfigurationBotFrameworkAuthentication, type Activity, type TurnContext } from 'botbuilder';
import type { ConnectorClient, ConnectorFactory } from 'botframework-connector';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClinicAdapter } from '../../src/bot/adapter';
import { ConnectorClientCache } from '../../src/tuning';
import { FakeConnector } from '../support/fakeConnector';

function message(serviceUrl: string, conversationId: string, text: string): Activity {
  return {
    type: 'message',
    id: `${conversationId}-${text}`,
    text,
    channelId: 'webchat',
    serviceUrl,
    conversation: { id: conversationId, isGroup: false, conversationType: 'personal', name: '' },
    from: { id: 'user', name: 'User' },
    recipient: { id: 'bot', name: 'Bot' },
  } as Activity;
}

describe('connector clients kept across turns', () => {
  const connectors = [new FakeConnector(), new FakeConnector()];
  beforeAll(() => Promise.all(connectors.map((connector) => connector.start())));
  afterAll(() => Promise.all(connectors.map((connector) => connector.close())));

  it('reuses one client per channel service URL, and every reply still reaches its own conversation', async () => {
    const adapter = new ClinicAdapter(new ConfigurationBotFrameworkAuthentication({}));
    const used: unknown[] = [];
    const echo = async (context: TurnContext) => {
      used.push(context.turnState.get(adapter.ConnectorClientKey));
      await context.sendActivity(`you said ${context.activity.text ?? ''}`);
    };
    const [first, second] = connectors.map((connector) => connector.url) as [string, string];
    await adapter.handleActivity(message(first, 'a', 'one'), '', echo);
    await adapter.handleActivity(message(first, 'b', 'two'), '', echo);
    await adapter.handleActivity(message(second, 'c', 'three'), '', echo);

    expect(used[0]).toBeDefined();
    expect(used[1]).toBe(used[0]);
    expect(used[2]).not.toBe(used[0]);
    expect(connectors[0]!.repliesTo('a').map((reply) => reply.text)).toEqual(['you said one']);
    expect(connectors[0]!.repliesTo('b').map((reply) => reply.text)).toEqual(['you said two']);
    expect(connectors[1]!.repliesTo('c').map((reply) => reply.text)).toEqual(['you said three']);
  });
});

describe('ConnectorClientCache', () => {
  /** Counts creations; each client is a distinct object. */
  function countingFactory(fail = false) {
    const created: string[] = [];
    const factory: ConnectorFactory = {
      create: (serviceUrl: string, audience?: string) => {
        created.push(`${audience ?? ''} ${serviceUrl}`);
        return fail ? Promise.reject(new Error('no credentials')) : Promise.resolve({ serviceUrl } as unknown as ConnectorClient);
      },
    };
    return { factory, created };
  }

  it('keys clients by audience as well as service URL', async () => {
    const cache = new ConnectorClientCache();
    const { factory, created } = countingFactory();
    const reusing = cache.reusing(factory);
    const a = await reusing.create('https://smba.example/', 'https://api.botframework.com');
    const b = await reusing.create('https://smba.example/', 'https://skill.example');
    expect(b).not.toBe(a);
    expect(await reusing.create('https://smba.example/', 'https://api.botframework.com')).toBe(a);
    expect(created).toHaveLength(2);
  });

  it('stays bounded, forgetting the least recently used client first', async () => {
    const cache = new ConnectorClientCache(3);
    const { factory, created } = countingFactory();
    const reusing = cache.reusing(factory);
    const kept = await reusing.create('https://kept.example/');
    for (const host of ['one', 'two']) await reusing.create(`https://${host}.example/`);
    expect(await reusing.create('https://kept.example/')).toBe(kept); // used again: now the newest
    await reusing.create('https://three.example/'); // full: "one", the least recently used, goes
    expect(cache.size).toBe(3);
    expect(await reusing.create('https://kept.example/')).toBe(kept);
    await reusing.create('https://one.example/');
    expect(created.filter((key) => key.endsWith('//kept.example/'))).toHaveLength(1);
    expect(created.filter((key) => key.endsWith('//one.example/'))).toHaveLength(2);
  });

  it('does not keep a client whose creation failed', async () => {
    const cache = new ConnectorClientCache();
    const failing = countingFactory(true);
    await expect(cache.reusing(failing.factory).create('https://smba.example/')).rejects.toThrow('no credentials');
    await new Promise((resolve) => setImmediate(resolve));
    expect(cache.size).toBe(0);
    const working = countingFactory();
    await expect(cache.reusing(working.factory).create('https://smba.example/')).resolves.toBeDefined();
  });
});
