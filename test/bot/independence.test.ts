import { MemoryStorage, TestAdapter, type Storage, type StoreItems, type TurnContext } from 'botbuilder';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBot } from '../../src/app';
import { useTurnPipeline } from '../../src/bot/pipeline';
import { loadConfig } from '../../src/core/config';
import { LogCapture } from '../support/logCapture';
import { REPO_ROOT } from '../support/paths';

/** Storage that fails every call, as a storage outage does. */
class BrokenStorage implements Storage {
  read(_keys: string[]): Promise<StoreItems> {
    return Promise.reject(new Error('storage is down'));
  }
  write(_changes: StoreItems): Promise<void> {
    return Promise.reject(new Error('storage is down'));
  }
  delete(_keys: string[]): Promise<void> {
    return Promise.reject(new Error('storage is down'));
  }
}

/**
 * The crisis reply must not depend on anything after the safety gate: storage, the
 * knowledge base and search, the dialogs. Each is broken here in turn.
 */
async function conversation(options: { storage?: Storage; logic?: (context: TurnContext) => Promise<void> }) {
  const logs = new LogCapture();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }, { knowledgeDir: path.join(REPO_ROOT, 'knowledge') });
  const runtime = await buildBot(config, { storage: options.storage ?? new MemoryStorage(), logDestination: logs });
  const adapter = useTurnPipeline(new TestAdapter(options.logic ?? ((context) => runtime.bot.run(context))), runtime.pipeline);
  const say = async (text: string) => {
    await adapter.receiveActivity(text);
    return adapter.activeQueue.splice(0).map((reply) => JSON.stringify(reply)).join('\n');
  };
  return { say, logs };
}

const failingLogic = (what: string) => () => Promise.reject(new Error(`${what} failed`));

describe('crisis replies do not depend on anything that can fail', () => {
  it.each([
    ['storage throws on every call', { storage: new BrokenStorage() }],
    ['the knowledge search throws', { logic: failingLogic('search') }],
    ['a dialog throws', { logic: failingLogic('dialog') }],
  ])('when %s, then a crisis message still gets crisis resources', async (_what, options) => {
    const { say } = await conversation(options);
    const reply = await say('i dont want to wake up tomorrow');
    expect(reply).toMatch(/988/);
    expect(reply).toMatch(/741741/);
  });

  it.each([
    ['storage throws on every call', { storage: new BrokenStorage() }],
    ['a dialog throws', { logic: failingLogic('dialog') }],
  ])('when %s, then an ordinary question gets an apology with the clinic phone and 988, and nothing about the failure leaks', async (_what, options) => {
    const { say, logs } = await conversation(options);
    const reply = await say('what are the side effects zebra-unique-17');
    expect(reply).toMatch(/something went wrong/i);
    expect(reply).toMatch(/\(555\) 555-0100/);
    expect(reply).toMatch(/988/);
    expect(reply).not.toMatch(/failed|storage is down/);
    expect(logs.text).toMatch(/turn failed/);
    expect(logs.text).not.toContain('zebra-unique-17');
  });

  it('when the classifier itself throws, then the message is treated as a crisis', async () => {
    const logs = new LogCapture();
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'info' }, { knowledgeDir: path.join(REPO_ROOT, 'knowledge') });
    const classify = () => {
      throw new Error('classifier bug');
    };
    const runtime = await buildBot(config, { storage: new MemoryStorage(), logDestination: logs, classify });
    const adapter = useTurnPipeline(new TestAdapter((context) => runtime.bot.run(context)), runtime.pipeline);
    await adapter.receiveActivity('what does a session feel like');
    expect(adapter.activeQueue.splice(0).map((reply) => JSON.stringify(reply)).join('\n')).toMatch(/988/);
  });
});
