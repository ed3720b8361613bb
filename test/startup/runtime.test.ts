import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../support/paths';

describe('the Node runtime npm scripts run on', () => {
  it('when npm test runs, then it runs on a Node version package.json supports (22 or 24), whatever the system Node is', () => {
    const packageJson = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string }; devDependencies: Record<string, string> };
    expect(packageJson.engines.node).toBe('>=22 <25');
    expect(packageJson.devDependencies.node).toMatch(/^\^24\./);
    const major = Number(process.versions.node.split('.')[0]);
    expect([22, 24]).toContain(major);
  });
});
