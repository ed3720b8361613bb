/**
 * npm run kb:changes [-- --dir knowledge] [-- --all]
 * Shows, per approved item, what changed since its last approval: the changed fields and the words
 * that changed ([-removed-] {+added+}). --all also lists items that were never approved.
 * Exits 0 either way: it is a report for the reviewer, not a check.
 */
import { ApprovalRefused, changesSinceApproval } from '../src/core/knowledge/approve';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const dir = argument('--dir') ?? 'knowledge';
  let changes;
  try {
    changes = await changesSinceApproval(dir, new Date());
  } catch (error) {
    if (!(error instanceof ApprovalRefused)) throw error;
    console.error(`kb:changes: ${error.message}`);
    return 1;
  }
  const count = (status: string) => changes.filter((item) => item.status === status).length;
  for (const item of changes) {
    if (item.status === 'changed') {
      console.log(`${item.id} (${item.file}): changed since approval by ${item.approvedBy ?? '?'} on ${item.approvedOn ?? '?'}`);
      for (const { field, diff } of item.fields) for (const line of diff) console.log(`  ${field}: ${line}`);
    } else if (item.status === 'not-approved') {
      console.log(`${item.id} (${item.file}): not approved: ${item.reason ?? ''}`);
    } else if (item.status === 'never-approved' && process.argv.includes('--all')) {
      console.log(`${item.id} (${item.file}): never approved`);
    }
  }
  console.log(`kb:changes: ${count('changed')} changed since approval, ${count('unchanged')} unchanged, ${count('not-approved')} approved by hand without a content hash, ${count('never-approved')} never approved.`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
