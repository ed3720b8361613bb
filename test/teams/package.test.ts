import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage } from '../../scripts/teams-package';
import { REPO_ROOT } from '../support/paths';

const BOT_ID = '11111111-2222-3333-4444-555555555555';

function pngSize(file: Buffer): { width: number; height: number } {
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

describe('the Teams app package', () => {
  it('when built with a bot id, then the zip an admin uploads holds the manifest with that bot and both icons at Teams sizes', async () => {
    const appPackageDir = mkdtempSync(path.join(tmpdir(), 'teams-'));
    cpSync(path.join(REPO_ROOT, 'appPackage'), appPackageDir, { recursive: true });
    const { zipPath } = await buildTeamsPackage({ botId: BOT_ID, knowledgeDir: path.join(REPO_ROOT, 'knowledge'), appPackageDir });

    // Read the zip back with an independent implementation (Python's zipfile).
    const listing = execFileSync('python3', ['-c', 'import sys,zipfile,json; z=zipfile.ZipFile(sys.argv[1]); z.testzip(); print(json.dumps({n: z.read(n).hex() for n in z.namelist()}))', zipPath], { encoding: 'utf8' });
    const files = JSON.parse(listing) as Record<string, string>;
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(Buffer.from(files['manifest.json']!, 'hex').toString('utf8')) as {
      manifestVersion: string;
      bots: Array<{ botId: string; scopes: string[] }>;
      name: { short: string };
      accentColor: string;
    };
    expect(manifest.manifestVersion).toBe('1.22');
    expect(manifest.bots[0]!.botId).toBe(BOT_ID);
    expect(manifest.bots[0]!.scopes).toEqual(['personal']);
    expect(manifest.name.short.length).toBeLessThanOrEqual(30);
    expect(JSON.stringify(manifest)).not.toContain('${{');
    expect(pngSize(Buffer.from(files['color.png']!, 'hex'))).toEqual({ width: 192, height: 192 });
    expect(pngSize(Buffer.from(files['outline.png']!, 'hex'))).toEqual({ width: 32, height: 32 });
    expect(readFileSync(zipPath).length).toBeGreaterThan(0);
  });

  it('when no valid bot id is configured, then it refuses with a message naming MicrosoftAppId', async () => {
    await expect(buildTeamsPackage({ botId: '', knowledgeDir: path.join(REPO_ROOT, 'knowledge'), appPackageDir: path.join(REPO_ROOT, 'appPackage') })).rejects.toThrow(/MicrosoftAppId/);
  });
});
