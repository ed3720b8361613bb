import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MemoryStorage } from 'botbuilder';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBot, type BotRuntime } from '../../src/app';
import { useTurnPipeline } from '../../src/bot/pipeline';
import { CollectingAdapter } from '../../src/bot/collectingAdapter';
import { loadConfig } from '../../src/core/config';
import { packSmsTurn, SMS_MAX_MESSAGES, SMS_MESSAGE_LIMIT } from '../../src/core/render';
import { inboundSmsActivity, outgoingTexts } from '../../src/sms/twilioMessages';
import { REPO_ROOT } from '../support/paths';

/**
 * Every question of the corpus (every patient phrasing in knowledge/phrasings and every entry's example
 * questions), texted the way the Twilio route runs a turn (src/sms/index.ts): the real bot,
 * safety middleware first, its replies packed into the texts that go out. No reply may cost more
 * than three texts or carry more than one numbered list, whether it is the number's first text
 * or it arrives while a prompt waits.
 */

const PHRASINGS_SAMPLED = 1500;

interface Corpus {
  items: Array<{ text: string }>;
}

function corpusQuestions(runtime: BotRuntime): string[] {
  const files = [
    ...readdirSync(path.join(REPO_ROOT, 'knowledge/phrasings')).filter((name) => name.endsWith('.json')).map((name) => path.join(REPO_ROOT, 'knowledge/phrasings', name)),
  ];
  const sets = files.map((file) => JSON.parse(readFileSync(file, 'utf8')) as Corpus);
  // Every writer, every style, but a fixed sample: all ten thousand phrasings in seven situations take minutes.
  const phrasings = sets.flatMap((set) => set.items.map((item) => item.text));
  const stride = Math.max(1, Math.ceil(phrasings.length / PHRASINGS_SAMPLED));
  return [...new Set([...phrasings.filter((_, index) => index % stride === 0), ...runtime.entries.flatMap((entry) => entry.questions)])];
}

const numberedLists = (texts: readonly string[]) => texts.join('\n').match(/^Reply (?:\d|a number)[^\n]*:$/gm)?.length ?? 0;

describe('every corpus question over SMS', () => {
  let runtime: BotRuntime;
  let questions: string[];
  let numbers = 0;

  beforeAll(async () => {
    const config = loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'silent' }, { knowledgeDir: path.join(REPO_ROOT, 'knowledge') });
    runtime = await buildBot(config, { storage: new MemoryStorage() });
    questions = corpusQuestions(runtime);
  });

  /** A new phone number's conversation; each text returns the texts the patient gets back. */
  const newPatient = () => {
    const adapter = useTurnPipeline(new CollectingAdapter(), runtime.pipeline);
    const from = `+1555${String(numbers++).padStart(7, '0')}`;
    return async (body: string) => packSmsTurn(outgoingTexts(await adapter.process(inboundSmsActivity({ from, to: '+15555550100', body }, new Date()), (context) => runtime.bot.run(context))));
  };

  /** The questions whose reply breaks the rules, with what was wrong, after `setup` ran in the same conversation. */
  const overLimit = async (setup: readonly string[], asked: readonly string[] = questions) => {
    const problems: string[] = [];
    for (const question of asked) {
      const say = newPatient();
      for (const text of setup) await say(text);
      const texts = await say(question);
      const lists = numberedLists(texts);
      const tooLong = texts.filter((text) => text.length > SMS_MESSAGE_LIMIT).length;
      if (texts.length === 0 || texts.length > SMS_MAX_MESSAGES || lists > 1 || tooLong > 0) problems.push(`${texts.length} texts, ${lists} lists, ${tooLong} too long: ${JSON.stringify(question)}`);
    }
    return problems;
  };

  it('a worried relative\'s question as the first text gets how to help and the answer in at most three texts', async () => {
    expect(await overLimit([], ['my son is suicidal, how much does ketamine cost'])).toEqual([]);
  });

  it('holds well over a thousand distinct questions', () => {
    expect(questions.length).toBeGreaterThan(1000);
  });

  it.each([
    ['as the first text from a new number (with the automated-assistant disclosure)', []],
    ['after a hello', ['hello']],
    ['at the cost question', ['hello', 'what will this cost me']],
    ['at the checklist', ['hello', 'is this for me?']],
    ['at a first-visit guide step', ['hello', 'walk me through my first visit', 'next']],
    ['at a did-you-mean', ['hello', 'effects']],
  ])('%s, each is answered in one to three texts of at most 320 characters, with at most one numbered list', { timeout: 180_000 }, async (_when, setup) => {
    expect(await overLimit(setup)).toEqual([]);
  });
});
