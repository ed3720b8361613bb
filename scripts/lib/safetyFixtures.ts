/**
 * The crisis classifier's labelled phrasings (test/fixtures/safety/*.json), read and checked in
 * one place for the scripts that score, train on and benchmark them.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SAFETY_LEVELS, type SafetyLevel } from '../../src/core/safety/types';
import { repoRoot } from './load/clinicBot';

export const SAFETY_FIXTURE_DIR = join(repoRoot(), 'test', 'fixtures', 'safety');

/** Levels that are an alarm: a hard negative classified at one of them is a false alarm. */
export const ALARM_LEVELS: ReadonlySet<SafetyLevel> = new Set(['crisis', 'emergency', 'other-at-risk']);

export interface LabelledText {
  text: string;
  level: SafetyLevel;
  file: string;
}

export interface SafetyFixtureFile {
  file: string;
  /** The file as stored, for fingerprinting what a model was trained on. */
  content: string;
  items: LabelledText[];
}

/** Every fixture file whose name `select` accepts (all by default), in name order; throws on a malformed entry. */
export function readSafetyFixtureFiles(select: (file: string) => boolean = () => true): SafetyFixtureFile[] {
  const names = readdirSync(SAFETY_FIXTURE_DIR).filter((name) => name.endsWith('.json') && select(name));
  return names.sort().map((file) => {
    const content = readFileSync(join(SAFETY_FIXTURE_DIR, file), 'utf8');
    const parsed: unknown = JSON.parse(content);
    if (!Array.isArray(parsed)) throw new Error(`${file}: expected a JSON array`);
    const items = (parsed as { text?: unknown; level?: unknown }[]).map((entry) => {
      if (typeof entry.text !== 'string' || !SAFETY_LEVELS.includes(entry.level as SafetyLevel)) throw new Error(`${file}: bad entry ${JSON.stringify(entry)}`);
      return { text: entry.text, level: entry.level as SafetyLevel, file };
    });
    return { file, content, items };
  });
}
