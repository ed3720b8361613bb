/**
 * npm run kb:check [-- --dir knowledge] [-- --production]
 * Validates every knowledge entry and the clinic profile; prints each problem as "file: field: message"
 * and exits 1 on any. With --production it also fails when production mode would serve no entry.
 */
import { inspectKnowledgeBase, loadKnowledgeBase } from '../src/core/knowledge/loader';
import { formatProblem, KnowledgeBaseError } from '../src/core/knowledge/problems';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const dir = argument('--dir') ?? 'knowledge';
  const today = new Date();
  const inspection = await inspectKnowledgeBase(dir, today);
  if (inspection.errors.length > 0) {
    for (const problem of inspection.errors) console.error(formatProblem(problem));
    console.error(`kb:check: ${inspection.errors.length} problem(s) in ${dir} (${inspection.files} entry files); fix them before the bot can start.`);
    return 1;
  }
  const development = await loadKnowledgeBase({ dir, mode: 'development', today });
  let production: string;
  try {
    const served = await loadKnowledgeBase({ dir, mode: 'production', today });
    production = `production would serve ${served.entries.length}`;
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    if (process.argv.includes('--production')) {
      for (const problem of error.problems) console.error(formatProblem(problem));
      console.error('kb:check: production mode would not start.');
      return 1;
    }
    production = 'production would serve none (no entry is clinician-approved and in date)';
  }
  for (const problem of development.problems) console.log(`note: ${formatProblem(problem)}`);
  const questions = inspection.entries.reduce((sum, entry) => sum + entry.questions.length, 0);
  console.log(
    `kb:check: OK: ${inspection.entries.length} entries, ${questions} example questions (each finds its own entry first), ` +
      `${development.unreviewedCount} unreviewed sample(s); ${production}.`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
