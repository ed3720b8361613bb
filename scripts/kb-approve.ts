/**
 * npm run kb:approve -- <id> --reviewer "<name>" [--next-review YYYY-MM-DD] [--dir knowledge]
 * Records a clinician's approval of what a patient reads: an entry or guide (its review record in the
 * front matter), "clinic" (clinic.yml's clinical and financial fields) or "crisis-reply" (the crisis
 * reply wording for the clinic's country). The reviewer must be listed under reviewers: in clinic.yml.
 * The approved text is kept in knowledge/approvals/<id>.json and the approval appended to
 * knowledge/approvals/log.jsonl.
 */
import { ApprovalRefused, approveItem } from '../src/core/knowledge/approve';

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

async function main(): Promise<number> {
  const flags = new Set(['--reviewer', '--next-review', '--dir']);
  const id = process.argv.slice(2).find((value, index, all) => !value.startsWith('--') && !flags.has(all[index - 1] ?? ''));
  const reviewer = argument('--reviewer');
  if (!id || !reviewer) {
    console.error('usage: npm run kb:approve -- <entry-id | guide-id | clinic | crisis-reply> --reviewer "<name>" [--next-review YYYY-MM-DD] [--dir knowledge]');
    return 2;
  }
  try {
    const result = await approveItem({ dir: argument('--dir') ?? 'knowledge', id, reviewer, now: new Date(), nextReview: argument('--next-review') });
    console.log(`kb:approve: ${result.id} (${result.file}) approved by ${result.reviewedBy} on ${result.reviewedOn}; next review ${result.nextReview}; ${result.contentHash}`);
    return 0;
  } catch (error) {
    if (!(error instanceof ApprovalRefused)) throw error;
    console.error(`kb:approve: not approved: ${error.message}`);
    return 1;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
