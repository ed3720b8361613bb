/**
 * Where a turn's time goes, without HTTP (`npm run bench:turn`): a diagnostic for the latency goal
 * that `npm run bench:load` measures over HTTP.
 *
 * 1. The pure stages (safety classifier, understanding: front end + ranking + decision, rendering an answer)
 *    on the load benchmark's patient messages, per call: hot (called in a tight loop, so their code
 *    and data sit in the CPU caches) and cold (16 MB of other memory touched before each call, as a
 *    server's HTTP handling and other processes do between turns).
 * 2. Whole turns through the real pipeline (safety gate, state in memory, dialogs, rendering)
 *    on an adapter that collects replies instead of POSTing them, next to a botbuilder echo bot on
 *    the same adapter: hot, and with the same 16 MB touched between turns.
 *
 * The gap between hot and cold is memory traffic, not arithmetic: it is what a turn costs on a
 * busy server, and what shrinking the work per turn has to shrink.
 */
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { ActivityHandler, MessageFactory, type Activity } from 'botbuilder';
import { buildBot } from '../src/app';
import { useTurnPipeline } from '../src/bot/pipeline';
import { CollectingAdapter } from '../src/bot/collectingAdapter';
import { answerReply } from '../src/core/answers';
import { loadConfig } from '../src/core/config';
import { render } from '../src/core/render';
import { classifyMessage } from '../src/core/safety/classifier';
import { createUnderstanding } from '../src/core/understanding/decide';
import { CLINIC_BOT_ENV, nullStream, patientConversations, repoRoot, summarize } from './lib/load';

const EVICTION_BYTES = 16 * 1024 * 1024;
const STAGE_CALLS = 2_000;
const WARM_UP_CONVERSATIONS = 300;
const MEASURED_CONVERSATIONS = 400;

/**
 * Writes every cache line of a buffer larger than the CPU's L2 cache, pushing the turn's code and
 * data out. Writes, not reads: untouched zeroed pages all map to one shared page, which evicts nothing.
 */
const evictionBuffer = new Float64Array(EVICTION_BYTES / 8);
let evictionSum = 0;
function evictCaches(): void {
  for (let index = 0; index < evictionBuffer.length; index += 8) {
    evictionBuffer[index] = (evictionBuffer[index] ?? 0) + 1;
    evictionSum += evictionBuffer[index] ?? 0;
  }
}

type Measured = { hot: number; cold: number };

function timeCalls(call: (index: number) => unknown, calls: number, cold: boolean): number[] {
  const times: number[] = [];
  for (let index = 0; index < calls; index += 1) {
    if (cold) evictCaches();
    const started = performance.now();
    call(index);
    times.push(performance.now() - started);
  }
  return times;
}

async function main(): Promise<void> {
  const config = loadConfig({ ...CLINIC_BOT_ENV }, { knowledgeDir: path.join(repoRoot(), 'knowledge') });
  const runtime = await buildBot(config, { logDestination: nullStream() });
  const messages = patientConversations(200).flat();
  const understanding = createUnderstanding(runtime.entries, { phrasings: runtime.phrasings });
  const answers = runtime.entries.map((entry) => answerReply(entry, []));
  const clinic = runtime.clinic;
  const messageAt = (index: number) => messages[index % messages.length] ?? '';

  const stages: Record<string, (index: number) => unknown> = {
    'safety classifier': (index) => classifyMessage(messageAt(index)),
    understanding: (index) => understanding.understand(messageAt(index)),
    'render an answer card (Web Chat)': (index) =>
      render(answers[index % answers.length] as ReturnType<typeof answerReply>, { channelId: 'webchat', clinicPhone: clinic.phone, allowedSmsUrls: [clinic.booking_url] }),
  };
  const stageResults: Array<[string, Measured]> = [];
  for (const [name, call] of Object.entries(stages)) {
    timeCalls(call, STAGE_CALLS, false);
    stageResults.push([name, { hot: summarize(timeCalls(call, STAGE_CALLS, false)).p50, cold: summarize(timeCalls(call, STAGE_CALLS, true)).p50 }]);
  }

  const botAdapter = useTurnPipeline(new CollectingAdapter(), runtime.pipeline);
  const echoAdapter = new CollectingAdapter();
  const echo = new ActivityHandler();
  echo.onMessage(async (context, next) => {
    await context.sendActivity(MessageFactory.text(context.activity.text ?? ''));
    await next();
  });
  const runTurns = async (which: 'bot' | 'echo', label: string, conversations: number, cold: boolean): Promise<number> => {
    const times: number[] = [];
    for (const [conversationIndex, turns] of patientConversations(conversations).entries()) {
      for (const [turnIndex, text] of turns.entries()) {
        const activity: Partial<Activity> = {
          type: 'message',
          id: `${label}-${conversationIndex}-${turnIndex}`,
          channelId: 'webchat',
          serviceUrl: 'http://127.0.0.1/',
          from: { id: `user-${label}-${conversationIndex}`, name: 'Patient' },
          recipient: { id: 'bot', name: 'Clinic bot' },
          conversation: { id: `${label}-${conversationIndex}`, isGroup: false, conversationType: 'personal', name: '' },
          text,
          locale: 'en-US',
          timestamp: new Date(),
        };
        if (cold) evictCaches();
        const started = performance.now();
        if (which === 'bot') await botAdapter.process(activity, (context) => runtime.bot.run(context));
        else await echoAdapter.process(activity, (context) => echo.run(context));
        times.push(performance.now() - started);
      }
    }
    return summarize(times).p50;
  };
  await runTurns('bot', 'warm-up', WARM_UP_CONVERSATIONS, false);
  await runTurns('echo', 'warm-up', WARM_UP_CONVERSATIONS, false);
  const turns: Record<'bot' | 'echo', Measured> = {
    bot: { hot: await runTurns('bot', 'hot', MEASURED_CONVERSATIONS, false), cold: await runTurns('bot', 'cold', MEASURED_CONVERSATIONS, true) },
    echo: { hot: await runTurns('echo', 'hot', MEASURED_CONVERSATIONS, false), cold: await runTurns('echo', 'cold', MEASURED_CONVERSATIONS, true) },
  };

  const us = (ms: number) => `${(ms * 1000).toFixed(0)} µs`;
  const row = (name: string, { hot, cold }: Measured) => `| ${name} | ${us(hot)} | ${us(cold)} | ${(cold / hot).toFixed(1)}x |`;
  console.log(`# bench:turn  (node ${process.version}; p50; cold = ${EVICTION_BYTES / 1024 / 1024} MB of other memory touched first)\n`);
  console.log(['| stage, per call | hot | cold | cold / hot |', '|---|---|---|---|', ...stageResults.map(([name, measured]) => row(name, measured))].join('\n'));
  console.log(
    [
      '',
      `| whole turn, no HTTP (${MEASURED_CONVERSATIONS * 5} turns of the load benchmark's conversations) | hot | cold | cold / hot |`,
      '|---|---|---|---|',
      row('clinic bot: safety gate, state, understanding, dialogs, rendering', turns.bot),
      row('botbuilder echo bot', turns.echo),
      row('difference', { hot: turns.bot.hot - turns.echo.hot, cold: turns.bot.cold - turns.echo.cold }),
    ].join('\n'),
  );
  // Printed so the eviction loop cannot be optimised away.
  console.log(`\n(eviction checksum ${evictionSum})`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
