/**
 * Memory of the clinic bot with a 500-entry knowledge base over 10,000 turns (`npm run bench:memory`).
 *
 * Builds a temporary knowledge folder (the real clinic.yml, guides and entries, plus synthetic
 * entries in the same format up to 500) and starts the bot on it in a child process with
 * --expose-gc, then sends 10,000 turns as 2,000 short conversations in ten batches. After each
 * batch (every conversation in it has ended) the child forces a full GC and reports RSS, heap and
 * the conversation state it stores: the heap's slope over the batches is what an ended conversation
 * holds. Then the bot's Date.now jumps past STATE_TTL_HOURS and one more turn lets the state expiry
 * sweep run. That first expiry point, against batch 1, is only an upper bound on what an ended
 * conversation leaves: V8 is still compiling hot code then. So more rounds of 2,000 conversations
 * follow, each ended by another expiry point; the heap between the last two is the growth from
 * ended conversations that the goal is about. (Between the first two, a V8-internal weak list that
 * botbuilder's async functions fill still grows to its peak, about 1.4 MB once; heap snapshots show
 * no conversation data held at any expiry point.)
 *
 * Every bot runs as production runs it: compiled JavaScript with the node flags of `npm run
 * start:production` (heap limits). Also measured, for reading the figures: an idle echo bot and an
 * idle clinic bot on the real knowledge folder, run the same way.
 *
 * Goals: peak RSS under 200 MB, and no growth from ended conversations once their state has
 * expired. Exits 1 if either is missed, or on any error, lost or misrouted reply.
 */
import { copyFile, cp, mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { MemoryStorage, type StoreItems } from 'botbuilder';
import {
  buildForProduction,
  describeBuild,
  failures,
  keepAliveAgent,
  megabytes,
  mergeRuns,
  patientConversations,
  repoRoot,
  ReplyCollector,
  runConversations,
  serveTarget,
  spawnTarget,
  startClinicBot,
  type MemorySnapshot,
  type ProductionBuild,
  type RunResult,
  type TargetProcess,
} from './lib/load';

const KNOWLEDGE_ENTRIES = 500;
/** 10,000 turns: batches of new five-turn conversations, memory measured after each batch. */
const BATCHES = 10;
const CONVERSATIONS_PER_BATCH = 200;
const CONCURRENCY = 20;
const RSS_GOAL_BYTES = 200 * 1024 * 1024;
/**
 * Heap still held per ended conversation, once its state expired, below which we call it none:
 * 100,000 conversations would hold 10 MB. (Post-GC heap readings vary by a few hundred KB.)
 */
const GROWTH_TOLERANCE_BYTES_PER_CONVERSATION = 100;
/** Expiry sweeps, 2,000 conversations apart; the goal is judged between the last two. */
const EXPIRY_POINTS = 3;
/** Past the largest STATE_TTL_HOURS the config accepts (90 days), so every ended conversation has expired. */
const CLOCK_ADVANCE_HOURS = 91 * 24;

const REPO_ROOT = repoRoot();

interface StorageStats {
  keys: number;
  /** Keys whose value was deleted: botbuilder's MemoryStorage.delete sets the value to undefined and keeps the key. */
  deletedKeys: number;
  /** Characters in keys and stored JSON: about the bytes V8 needs for the strings alone. */
  characters: number;
}

interface Checkpoint {
  label: string;
  conversations: number;
  turns: number;
  memory: MemorySnapshot;
  storage: StorageStats;
}

async function main(): Promise<number> {
  console.log(`# bench:memory  (node ${process.version}, ${os.cpus().length} CPUs, load average ${os.loadavg().map((value) => value.toFixed(2)).join(' ')})`);
  const knowledgeDir = await mkdtemp(path.join(os.tmpdir(), 'bench-knowledge-'));
  const collector = new ReplyCollector();
  let bot: TargetProcess | undefined;
  try {
    const build = buildForProduction(__filename);
    console.log(`${describeBuild(build)} (and --expose-gc, to measure after a full GC)\n`);
    const baselines = await measureBaselines(build);
    const { real, synthetic } = await buildKnowledgeFolder(knowledgeDir, KNOWLEDGE_ENTRIES);
    console.log(`Knowledge: ${real} real + ${synthetic} synthetic entries in ${knowledgeDir}`);
    await collector.start();
    const spawned = performance.now();
    bot = await spawnTarget(build, ['bot', knowledgeDir], { exposeGc: true });
    const createAppMs = await bot.call<number>('create-app-ms');
    console.log(
      `Bot started in ${((performance.now() - spawned) / 1000).toFixed(1)} s; createApp took ${(createAppMs / 1000).toFixed(2)} s of that ` +
        "(after its modules were loaded: loading and validating 500 entries, including every example question's self-retrieval check, and building the search index).\n",
    );
    return await measure(bot, collector, baselines);
  } finally {
    await bot?.close();
    await collector.close();
    await rm(knowledgeDir, { recursive: true, force: true });
  }
}

interface Baselines {
  echo: MemorySnapshot;
  realKnowledge: MemorySnapshot;
}

/** Resident memory of the same runtime with less in it, so the 500-entry figures can be read against them. */
async function measureBaselines(build: ProductionBuild): Promise<Baselines> {
  const idle = async (args: string[]): Promise<MemorySnapshot> => {
    const target = await spawnTarget(build, args, { exposeGc: true });
    try {
      return await target.call<MemorySnapshot>('memory-after-gc');
    } finally {
      await target.close();
    }
  };
  return { echo: await idle(['echo']), realKnowledge: await idle(['bot', path.join(REPO_ROOT, 'knowledge')]) };
}

async function measure(bot: TargetProcess, collector: ReplyCollector, baselines: Baselines): Promise<number> {
  const agent = keepAliveAgent(CONCURRENCY);
  const runs: RunResult[] = [];
  let conversations = 0;
  let turns = 0;
  const checkpoint = async (label: string): Promise<Checkpoint> => {
    const point = { label, conversations, turns, memory: await bot.call<MemorySnapshot>('memory-after-gc'), storage: await bot.call<StorageStats>('storage') };
    console.log(
      `| ${label} | ${point.turns} | ${point.conversations} | ${megabytes(point.memory.rss)} | ${megabytes(point.memory.heapUsed)} | ` +
        `${point.storage.keys} | ${point.storage.deletedKeys} | ${point.storage.characters} |`,
    );
    return point;
  };
  const drive = async (runLabel: string, batch: string[][]) => {
    const result = await runConversations({ baseUrl: bot.baseUrl, agent, collector, runLabel, concurrency: CONCURRENCY, conversations: batch });
    runs.push(result);
    conversations += result.conversations;
    turns += result.turns;
  };

  console.log('| after | turns | conversations (all ended) | RSS MB (after GC) | heap used MB (after GC) | state keys | deleted keys kept | state characters |');
  console.log('|---|---|---|---|---|---|---|---|');
  try {
    const checkpoints = [await checkpoint('start')];
    for (let batch = 0; batch < BATCHES; batch += 1) {
      await drive(`batch-${batch}`, patientConversations(CONVERSATIONS_PER_BATCH, batch * CONVERSATIONS_PER_BATCH));
      checkpoints.push(await checkpoint(`batch ${batch + 1}`));
    }
    const withoutGc = await bot.call<MemorySnapshot>('memory');
    // Every conversation so far is now older than STATE_TTL_HOURS; the next write runs the expiry sweep.
    await bot.call('advance-clock');
    await drive('after-expiry', [['hi']]);
    const expired = await checkpoint(`clock +${CLOCK_ADVANCE_HOURS} h, one more turn`);
    // More rounds, each ended by an expiry sweep: the heap between the last two is the steady state.
    const expiryPoints = [expired];
    let between = 0;
    for (let round = 1; round < EXPIRY_POINTS; round += 1) {
      const before = conversations;
      for (let batch = round * BATCHES; batch < (round + 1) * BATCHES; batch += 1) {
        await drive(`batch-${batch}`, patientConversations(CONVERSATIONS_PER_BATCH, batch * CONVERSATIONS_PER_BATCH));
      }
      between = conversations - before;
      await bot.call('advance-clock');
      await drive(`after-expiry-${round}`, [['hi']]);
      expiryPoints.push(await checkpoint(`${between} more conversations, clock +${CLOCK_ADVANCE_HOURS} h again, one more turn`));
    }
    return report({ total: mergeRuns(runs), checkpoints, expired, expiryPoints, between, withoutGc, baselines });
  } finally {
    agent.destroy();
  }
}

interface Measurements {
  total: RunResult;
  checkpoints: readonly Checkpoint[];
  expired: Checkpoint;
  /** Heap after each expiry sweep, the first being `expired`; `between` conversations apart. */
  expiryPoints: readonly Checkpoint[];
  between: number;
  withoutGc: MemorySnapshot;
  baselines: Baselines;
}

function report({ total, checkpoints, expired, expiryPoints, between, withoutGc, baselines }: Measurements): number {
  const start = checkpoints[0];
  const afterFirstBatch = checkpoints[1];
  const last = checkpoints[checkpoints.length - 1];
  if (!start || !afterFirstBatch || !last) throw new Error('no batches measured');
  const heap = (point: Checkpoint) => point.memory.heapUsed;
  // The first batch also pays for lazy start-up work (JIT, caches); growth is measured after it.
  const steady = checkpoints.slice(1);
  const heldPerConversation = slope(steady.map((point) => [point.conversations, heap(point)]));
  const statePerConversation = slope(steady.map((point) => [point.conversations, point.storage.characters]));
  const keysPerConversation = (last.storage.keys - start.storage.keys) / last.conversations;
  const freedByExpiry = heap(last) - heap(expired);
  const conversationsSince = last.conversations - afterFirstBatch.conversations;
  // Includes any start-up work still settling after batch 1, so it is an upper bound.
  const upperBoundPerConversation = (heap(expired) - heap(afterFirstBatch)) / conversationsSince;
  // Between consecutive expiry points: what ended conversations leave behind. The first interval
  // still holds a one-time V8 growth (a weak list botbuilder's async code fills to a peak, seen in
  // heap snapshots), so the goal is judged on the last interval.
  const perInterval = expiryPoints.slice(1).map((point, index) => (heap(point) - heap(expiryPoints[index] as Checkpoint)) / between);
  const stillHeldPerConversation = perInterval[perInterval.length - 1] ?? Number.NaN;
  const lastExpiry = expiryPoints[expiryPoints.length - 1] ?? expired;
  // The process's own high-water mark, read at the very end.
  const peakRss = Math.max(withoutGc.maxRss, lastExpiry.memory.maxRss);

  const mb = (bytes: number) => `${megabytes(bytes)} MB`;
  console.log(
    [
      '',
      `${total.turns} turns in ${(total.durationMs / 1000).toFixed(1)} s (${total.turnsPerSecond.toFixed(0)} turns/s at concurrency ${CONCURRENCY}): ` +
        `${total.errors} errors, ${total.lost} lost, ${total.misrouted} misrouted, ${total.unexpectedRequests} unexpected connector calls.`,
      '',
      '| resident memory (RSS) | MB |',
      '|---|---|',
      `| echo bot, idle, after GC (Node + botbuilder + restify, nothing else) | ${megabytes(baselines.echo.rss)} |`,
      `| clinic bot, real knowledge folder, idle, after GC | ${megabytes(baselines.realKnowledge.rss)} |`,
      `| clinic bot, ${KNOWLEDGE_ENTRIES} entries, idle, after GC | ${megabytes(start.memory.rss)} |`,
      `| clinic bot, ${KNOWLEDGE_ENTRIES} entries, after ${last.turns} turns, after GC | ${megabytes(last.memory.rss)} |`,
      `| clinic bot, ${KNOWLEDGE_ENTRIES} entries, after ${last.turns} turns, no forced GC | ${megabytes(withoutGc.rss)} |`,
      `| clinic bot, ${KNOWLEDGE_ENTRIES} entries, after ${lastExpiry.turns} turns, after the last expiry sweep and GC | ${megabytes(lastExpiry.memory.rss)} |`,
      `| clinic bot, ${KNOWLEDGE_ENTRIES} entries, peak over the whole run (start-up included) | ${megabytes(peakRss)} |`,
      '',
      '| heap | value |',
      '|---|---|',
      `| heap used: echo bot idle / clinic bot on real knowledge idle | ${mb(baselines.echo.heapUsed)} / ${mb(baselines.realKnowledge.heapUsed)} |`,
      `| heap used: ${KNOWLEDGE_ENTRIES} entries idle / after batch 1 / after ${last.turns} turns / after expiry | ${mb(heap(start))} / ${mb(heap(afterFirstBatch))} / ${mb(heap(last))} / ${mb(heap(expired))} |`,
      `| held per ended conversation before its state expires (fit over batches 1-${BATCHES}) | ${heldPerConversation.toFixed(0)} bytes |`,
      `| its conversation state | ${keysPerConversation.toFixed(2)} storage keys, ${statePerConversation.toFixed(0)} characters of JSON |`,
      `| freed by the expiry sweep (${last.storage.keys} -> ${expired.storage.keys} keys with state; ${expired.storage.deletedKeys} deleted keys still in MemoryStorage) | ` +
        `${mb(freedByExpiry)}, ${(freedByExpiry / last.conversations).toFixed(0)} bytes per conversation |`,
      `| still held per ended conversation after expiry, first expiry point against batch 1 (upper bound: includes V8 still compiling) | ${upperBoundPerConversation.toFixed(0)} bytes |`,
      `| still held per ended conversation after expiry, between consecutive expiry points (${between} conversations apart) | ${perInterval.map((bytes) => bytes.toFixed(0)).join(' / ')} bytes |`,
      '',
    ].join('\n'),
  );

  let failed = false;
  if (failures(total) > 0) {
    console.error('FAIL: errors, lost or misrouted replies (see above).');
    failed = true;
  }
  const rssMet = peakRss < RSS_GOAL_BYTES;
  console.log(`Goal: RSS stays under ${mb(RSS_GOAL_BYTES)} -> peak ${mb(peakRss)}: ${rssMet ? 'MET' : 'MISSED'}`);
  const growthMet = stillHeldPerConversation <= GROWTH_TOLERANCE_BYTES_PER_CONVERSATION;
  console.log(
    `Goal: no growth from ended conversations -> ${stillHeldPerConversation.toFixed(0)} bytes each still held once their state expired, between the last two expiry points ` +
      `(tolerance ${GROWTH_TOLERANCE_BYTES_PER_CONVERSATION}): ${growthMet ? 'MET' : 'MISSED'}`,
  );
  if (expired.storage.deletedKeys > 0) {
    console.log(
      `  MemoryStorage.delete (botbuilder) sets a deleted key's value to undefined but keeps the key: ${expired.storage.deletedKeys} expired ` +
        'conversation keys are still in memory.',
    );
  }
  console.log(
    `  Within STATE_TTL_HOURS each ended conversation holds about ${heldPerConversation.toFixed(0)} bytes: ` +
      `${mb(heldPerConversation * 100_000)} for 100,000 conversations.`,
  );
  return failed || !rssMet || !growthMet ? 1 : 0;
}

/** Least-squares slope of y over x. */
function slope(points: ReadonlyArray<readonly [number, number]>): number {
  const n = points.length;
  const meanX = points.reduce((sum, [x]) => sum + x, 0) / n;
  const meanY = points.reduce((sum, [, y]) => sum + y, 0) / n;
  const covariance = points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0);
  const variance = points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0);
  return variance === 0 ? 0 : covariance / variance;
}

// ---------------------------------------------------------------------------------------------
// The temporary knowledge folder

/** Copies the real knowledge folder and adds synthetic entries until there are `total` entries. */
export async function buildKnowledgeFolder(dir: string, total: number): Promise<{ real: number; synthetic: number }> {
  const source = path.join(REPO_ROOT, 'knowledge');
  await copyFile(path.join(source, 'clinic.yml'), path.join(dir, 'clinic.yml'));
  await cp(path.join(source, 'guides'), path.join(dir, 'guides'), { recursive: true });
  const realEntries = (await readdir(source)).filter((name) => name.endsWith('.md') && !name.startsWith('_') && name.toLowerCase() !== 'readme.md');
  await Promise.all(realEntries.map((name) => copyFile(path.join(source, name), path.join(dir, name))));
  const synthetic = Math.max(0, total - realEntries.length);
  await mkdir(dir, { recursive: true });
  await Promise.all(Array.from({ length: synthetic }, (_, index) => writeFile(path.join(dir, `${syntheticId(index)}.md`), syntheticEntry(index))));
  return { real: realEntries.length, synthetic };
}

const CONSONANTS = 'bdfgklmnprstv';
const VOWELS = 'aeiou';

/** A made-up word, different for every index: the search can tell synthetic entries apart only by these. */
function madeUpWord(index: number): string {
  let rest = index;
  let word = 'zy';
  for (let syllable = 0; syllable < 3; syllable += 1) {
    word += (CONSONANTS[rest % CONSONANTS.length] ?? 'b') + (VOWELS[Math.floor(rest / CONSONANTS.length) % VOWELS.length] ?? 'a');
    rest = Math.floor(rest / (CONSONANTS.length * VOWELS.length));
  }
  return word;
}

function syntheticId(index: number): string {
  return `synthetic-${madeUpWord(index * 2)}-${madeUpWord(index * 2 + 1)}`;
}

const BODY_SENTENCES = [
  'It describes how our team plans visits, answers questions and keeps you informed before treatment starts.',
  'Every plan is discussed with you at the intake evaluation, and nothing changes without your agreement.',
  'Bring a list of your questions to your visit so the clinician can go through them with you.',
  'Some people find it helpful to bring a family member or friend to the first conversation.',
  'We write down what was agreed and give you a copy to keep.',
  'You can ask to pause or stop at any point, and we will talk through the options with you.',
  'Our staff will never ask you to decide on the spot.',
  'The details on this page are general information, not medical advice for your situation.',
  'Your own clinician will explain what applies to you.',
  'If you feel unwell or unsafe, call your local emergency number straight away.',
  'We review this information regularly and update it when our clinic changes how it works.',
  'Ask the front desk if you would like this explained in another language.',
] as const;

/** Same format as knowledge/*.md; the made-up words keep every example question unique to its entry. */
function syntheticEntry(index: number): string {
  const first = madeUpWord(index * 2);
  const second = madeUpWord(index * 2 + 1);
  const name = `${capitalise(first)} ${capitalise(second)}`;
  const sentences = Array.from({ length: 8 }, (_, offset) => BODY_SENTENCES[(index + offset) % BODY_SENTENCES.length]);
  const body = [
    `The ${name} programme is a synthetic topic written for the memory benchmark. ${sentences.slice(0, 4).join(' ')}`,
    `${sentences.slice(4).join(' ')} If anything about ${name} is unclear, call us at {{clinic.phone}} during opening hours.`,
  ].join('\n\n');
  const today = new Date();
  const reviewedOn = new Date(today.getTime() - 2 * 86_400_000).toISOString().slice(0, 10);
  const nextReview = new Date(today.getTime() + 180 * 86_400_000).toISOString().slice(0, 10);
  return `---
id: ${syntheticId(index)}
title: The ${name} programme
questions:
  - What is the ${first} ${second} programme?
  - how does ${first} ${second} go
  - Can you tell me about ${first} ${second}?
tags: [${first} ${second}, synthetic]
related: [booking-an-appointment]
sources:
  - title: Synthetic benchmark entry
    url: https://example.org/synthetic/${syntheticId(index)}
review:
  status: draft
  reviewed_by: null
  note: Generated by scripts/bench-memory.ts; never served to patients.
  reviewed_on: ${reviewedOn}
  next_review: ${nextReview}
---
${body}
`;
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

// ---------------------------------------------------------------------------------------------
// The bot's process

/** MemoryStorage instances the bot writes to, found by watching writes (the app does not expose its storage). */
function watchMemoryStorages(): Set<MemoryStorage> {
  const instances = new Set<MemoryStorage>();
  type Write = (this: MemoryStorage, changes: StoreItems) => Promise<void>;
  const write = Object.getOwnPropertyDescriptor(MemoryStorage.prototype, 'write')?.value as Write;
  MemoryStorage.prototype.write = function watchedWrite(this: MemoryStorage, changes: StoreItems): Promise<void> {
    instances.add(this);
    return write.call(this, changes);
  };
  return instances;
}

function storedItems(storage: MemoryStorage): Record<string, string | undefined> {
  return (storage as unknown as { memory: Record<string, string | undefined> }).memory;
}

/**
 * A Date.now that can jump forward, installed before the bot is built (ExpiringMemoryStorage keeps a
 * reference to Date.now). The bot's own clock for replies and rate limits (new Date()) is untouched.
 */
function adjustableDateNow(): { advanceHours(hours: number): void } {
  const realNow = Date.now.bind(Date);
  let offsetMs = 0;
  Date.now = () => realNow() + offsetMs;
  return {
    advanceHours(hours) {
      offsetMs += hours * 3_600_000;
    },
  };
}

function serveClinicBot(knowledgeDir: string): void {
  const storages = watchMemoryStorages();
  const clock = adjustableDateNow();
  let createAppMs = Number.NaN;
  serveTarget(
    async () => {
      // Modules first, so that the time below is building the bot: knowledge, checks, search index.
      await import('../src/app');
      const started = performance.now();
      const server = await startClinicBot({ KNOWLEDGE_DIR: knowledgeDir });
      createAppMs = performance.now() - started;
      return server;
    },
    {
      'create-app-ms': () => createAppMs,
      'advance-clock': () => {
        clock.advanceHours(CLOCK_ADVANCE_HOURS);
        return true;
      },
      storage: (): StorageStats => {
        let keys = 0;
        let deletedKeys = 0;
        let characters = 0;
        for (const storage of storages) {
          for (const [key, value] of Object.entries(storedItems(storage))) {
            if (value === undefined) deletedKeys += 1;
            else keys += 1;
            characters += key.length + (value?.length ?? 0);
          }
        }
        return { keys, deletedKeys, characters };
      },
    },
  );
}

// Run as a script (or as the bot's child process); importing it only builds knowledge folders.
if (require.main === module) {
  if (process.argv[2] === '--serve') {
    // Imported only here: the driver's process does not need restify.
    if (process.argv[3] === 'echo') serveTarget(async () => (await import('./lib/echoBot')).startEchoBot());
    else serveClinicBot(process.argv[4] ?? '');
  } else {
    main().then(
      (code) => process.exit(code),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  }
}
