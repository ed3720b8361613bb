import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { approveItem } from '../../../src/core/knowledge/approve';
import { entryMarkdown, sampleEntries, tempKnowledge, type TempKnowledge } from './helpers';

/** The npm scripts as an editor runs them (tsx, real files, exit codes), on a temporary knowledge folder. */
const REPO_ROOT = path.resolve(__dirname, '../../..');
let knowledge: TempKnowledge | undefined;
afterEach(() => knowledge?.cleanup());

function run(script: string, args: string[]): { status: number | null; output: string } {
  const result = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules/tsx/dist/cli.mjs'), path.join(REPO_ROOT, 'scripts', script), ...args], { cwd: REPO_ROOT, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

function withReviewer(dir: string): void {
  const file = path.join(dir, 'clinic.yml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^reviewers: \[\]$/m, 'reviewers:\n  - name: Jane Doe\n    credentials: MD'));
}

describe('npm run kb:check, kb:approve and kb:changes', () => {
  it('when an entry writes a literal "988", then kb:check fails and names the file and field', () => {
    knowledge = tempKnowledge({ ...sampleEntries(), 'night.md': entryMarkdown({ id: 'night', questions: ['who do i call at night', 'night crisis number', 'help at night please'], body: 'In a crisis at night, call or text 988.' }) });
    const { status, output } = run('kb-check.ts', ['--dir', knowledge.dir]);
    expect(status).toBe(1);
    expect(output).toContain(`${path.join(knowledge.dir, 'night.md')}: body: writes a crisis or emergency number literally (988)`);
  });

  it('when an approved entry is edited, then kb:check --production fails with "changed since approval" and kb:changes shows the word', () => {
    knowledge = tempKnowledge(sampleEntries());
    withReviewer(knowledge.dir);
    const { dir } = knowledge;
    const approve = run('kb-approve.ts', ['driving', '--reviewer', 'Jane Doe', '--dir', dir]);
    expect(approve.output).toMatch(/kb:approve: driving \(driving\.md\) approved by Jane Doe, MD on \d{4}-\d{2}-\d{2}; next review \d{4}-\d{2}-\d{2}; sha256:[0-9a-f]{64}/);
    expect(approve.status).toBe(0);
    expect(run('kb-check.ts', ['--dir', dir, '--production']).status).toBe(0);

    const file = path.join(dir, 'driving.md');
    writeFileSync(file, readFileSync(file, 'utf8').replace('restful sleep', 'good sleep'));
    const check = run('kb-check.ts', ['--dir', dir, '--production']);
    expect(check.status).toBe(1);
    expect(check.output).toContain(`${file}: body: changed since approval`);
    const changes = run('kb-changes.ts', ['--dir', dir]);
    expect(changes.status).toBe(0);
    expect(changes.output).toContain('driving (driving.md): changed since approval by Jane Doe, MD');
    expect(changes.output).toContain('body: ...until the next day after a [-restful-] {+good+} sleep. Arrange an adult');
  }, 120_000);

  it('when the reviewer is not in clinic.yml, then kb:approve exits 1 and writes nothing', async () => {
    knowledge = tempKnowledge(sampleEntries());
    withReviewer(knowledge.dir);
    const before = readFileSync(path.join(knowledge.dir, 'cost.md'), 'utf8');
    const { status, output } = run('kb-approve.ts', ['cost', '--reviewer', 'Someone Else', '--dir', knowledge.dir]);
    expect(status).toBe(1);
    expect(output).toContain('"Someone Else" is not a reviewer listed in clinic.yml');
    expect(readFileSync(path.join(knowledge.dir, 'cost.md'), 'utf8')).toBe(before);
    await expect(approveItem({ dir: knowledge.dir, id: 'cost', reviewer: 'Jane Doe', now: new Date() })).resolves.toMatchObject({ reviewedBy: 'Jane Doe, MD' });
  }, 60_000);
});
