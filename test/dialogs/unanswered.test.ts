import { MemoryStorage, TestAdapter } from 'botbuilder';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBot } from '../../src/app';
import { useTurnPipeline } from '../../src/bot/pipeline';
import { loadConfig } from '../../src/core/config';
import { REPO_ROOT } from '../support/paths';

/** The bot with unanswered questions switched on or off, and what it kept in storage. */
async function start(unanswered: 'on' | 'off') {
  const storage = new MemoryStorage();
  const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent', RATE_LIMIT_BURST: '1000', UNANSWERED_QUESTIONS: unanswered }, { knowledgeDir: path.join(REPO_ROOT, 'knowledge') });
  const runtime = await buildBot(config, { storage });
  const adapter = useTurnPipeline(new TestAdapter((context) => runtime.bot.run(context)), runtime.pipeline);
  const say = async (text: string) => {
    await adapter.receiveActivity(text);
    adapter.activeQueue.splice(0);
  };
  const kept = async (): Promise<string> => {
    const index = (await storage.read(['unanswered-questions/index']))['unanswered-questions/index'] as { days?: string[] } | undefined;
    const days = index?.days ?? [];
    return JSON.stringify(await storage.read(days.map((day) => `unanswered-questions/${day}`)));
  };
  return { say, kept };
}

describe('questions the bot could not answer', () => {
  it('when switched on, then a question that got "I don\'t know" is kept with its outcome, phone numbers and emails redacted', async () => {
    const { say, kept } = await start('on');
    await say('is there a vending machine in your waiting room? call me at 555-123-4567 or jo@example.com');
    const stored = await kept();
    expect(stored).toMatch(/vending machine/);
    expect(stored).toMatch(/dont-know/);
    expect(stored).not.toMatch(/555-123-4567|jo@example\.com/);
  });

  it('when a message is about someone at risk, then nothing of it is kept', async () => {
    const { say, kept } = await start('on');
    await say('my brother keeps saying he wants to die, can i bring my service dog');
    expect(await kept()).not.toMatch(/brother|service dog/);
  });

  it('when switched off (the default), then nothing is kept', async () => {
    const { say, kept } = await start('off');
    await say('can i bring my service dog?');
    expect(await kept()).toBe('{}');
  });
});
