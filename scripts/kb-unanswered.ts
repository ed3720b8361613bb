/**
 * npm run kb:unanswered [-- --file records.json] [-- --dir knowledge]
 * Prints the questions the bot could not answer (kept only with UNANSWERED_QUESTIONS=on, redacted,
 * for UNANSWERED_RETENTION_DAYS), grouped by the entry they came closest to, so staff can write a
 * new entry or add example questions to the closest one. Reads the bot's configured storage
 * (STORAGE=blob); memory storage lives inside the running bot, so there is nothing to read from
 * here. --file reads records exported as a JSON array instead.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { config as loadDotEnv } from 'dotenv';
import pino from 'pino';
import { loadConfig } from '../src/core/config';
import { loadKnowledgeBase } from '../src/core/knowledge/loader';
import { createUnderstanding } from '../src/core/understanding/decide';
import { createUnansweredRecorder, groupByClosestEntry, unansweredSettings, type UnansweredRecord } from '../src/core/unanswered';
import { createStorage } from '../src/storage/createStorage';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

/** Below this score the closest entry is too far to be worth naming. */
const CLOSE_ENOUGH = 0.2;

async function readRecords(): Promise<UnansweredRecord[] | string> {
  const file = argument('--file');
  if (file) return JSON.parse(readFileSync(file, 'utf8')) as UnansweredRecord[];
  loadDotEnv({ quiet: true });
  const settings = unansweredSettings(process.env);
  const config = loadConfig(process.env, { knowledgeDir: path.resolve('knowledge') });
  if (config.storage.kind === 'memory') {
    return 'STORAGE=memory: unanswered questions are kept inside the running bot only and are lost on restart; use STORAGE=blob to read them here (or --file).';
  }
  const storage = createStorage(config, pino({ level: 'silent' }));
  const records = await createUnansweredRecorder({ ...settings, storage, now: () => new Date() }).list();
  return settings.enabled || records.length > 0 ? records : 'UNANSWERED_QUESTIONS is off: nothing is kept. Set UNANSWERED_QUESTIONS=on to start keeping unanswered questions.';
}

async function main(): Promise<number> {
  const records = await readRecords();
  if (typeof records === 'string') {
    console.log(`kb:unanswered: ${records}`);
    return 0;
  }
  const knowledge = await loadKnowledgeBase({ dir: argument('--dir') ?? 'knowledge', mode: 'development', today: new Date() });
  const understanding = createUnderstanding(knowledge.entries, { phrasings: knowledge.phrasings });
  const closest = (record: UnansweredRecord): string | undefined => {
    if (record.closestEntryId) return record.closestEntryId;
    const best = understanding.rank(record.text, 1).find((ranked) => ranked.candidate.kind === 'entry');
    return best?.candidate.kind === 'entry' && best.score >= CLOSE_ENOUGH ? best.candidate.entry.id : undefined;
  };
  const groups = groupByClosestEntry(records, closest);
  console.log(`kb:unanswered: ${records.length} question(s) kept, grouped by the entry they came closest to.`);
  console.log('Write a new entry for a group with no close entry; add the questions a close entry should have answered to its questions:.\n');
  for (const [entryId, items] of groups) {
    console.log(`${entryId} (${items.length})`);
    for (const item of items) console.log(`  ${item.at.slice(0, 10)}  ${item.outcome.padEnd(21)}  ${JSON.stringify(item.text)}`);
  }
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
