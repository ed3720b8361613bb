/**
 * npm run kb:check [-- --dir knowledge] [-- --production]
 * Validates every knowledge entry and the clinic profile; prints each problem as "file: field: message"
 * and exits 1 on any. Notes (not failures): reviews due, content changed since approval, and the clinic
 * profile or crisis reply without an approval. With --production it also fails when production mode
 * would serve no entry, or when approved content changed since approval.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadGuides } from '../src/core/knowledge/guides';
import { inspectKnowledgeBase, loadKnowledgeBase } from '../src/core/knowledge/loader';
import { formatProblem, KnowledgeBaseError, type KnowledgeProblem } from '../src/core/knowledge/problems';
import { reviewedItems, reviewNotes } from '../src/core/knowledge/reviewedItems';

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
  // Guides, clinic.yml's clinical and financial fields and the crisis reply carry review records too.
  let otherReviewNotes: KnowledgeProblem[] = [];
  try {
    // A folder without guides/ (a test folder, a clinic trying entries out) is checked without them.
    const guides = existsSync(path.join(dir, 'guides')) ? await loadGuides(dir, development.clinic, new Set(inspection.entries.map((entry) => entry.id))) : undefined;
    const items = reviewedItems([], guides, development.clinic, inspection.approvals);
    otherReviewNotes = reviewNotes(dir, items, inspection.approvals);
  } catch (error) {
    if (!(error instanceof KnowledgeBaseError)) throw error;
    for (const problem of error.problems) console.error(formatProblem(problem));
    console.error('kb:check: the guides have problems; fix them before the bot can start.');
    return 1;
  }
  const changed = [...development.problems, ...otherReviewNotes].filter((problem) => problem.message.startsWith('changed since approval'));
  if (changed.length > 0 && process.argv.includes('--production')) {
    for (const problem of changed) console.error(formatProblem(problem));
    console.error('kb:check: approved content changed since approval; production will not serve it until it is approved again.');
    return 1;
  }
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
  for (const problem of [...development.problems, ...otherReviewNotes]) console.log(`note: ${formatProblem(problem)}`);
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
