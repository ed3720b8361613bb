import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildTeamsPackage } from '../../scripts/teams-package';
import { REPO_ROOT } from '../support/paths';

const BOT_ID = '11111111-2222-3333-4444-555555555555';
const URLS = { privacyUrl: 'https://www.riverside-clinic.com/privacy', termsUrl: 'https://www.riverside-clinic.com/terms' };

function copyOf(dir: string): string {
  const copy = mkdtempSync(path.join(tmpdir(), 'teams-'));
  cpSync(dir, copy, { recursive: true });
  return copy;
}

/** The shipped knowledge folder with another clinic name in clinic.yml. */
function knowledgeNamed(name: string): string {
  const dir = copyOf(path.join(REPO_ROOT, 'knowledge'));
  const file = path.join(dir, 'clinic.yml');
  writeFileSync(file, readFileSync(file, 'utf8').replace(/^name: .*$/m, `name: ${JSON.stringify(name)}`));
  return dir;
}

function pngSize(file: Buffer): { width: number; height: number } {
  return { width: file.readUInt32BE(16), height: file.readUInt32BE(20) };
}

describe('the Teams app package', () => {
  it('when built with a bot id, then the zip an admin uploads holds the manifest with that bot and both icons at Teams sizes', async () => {
    const appPackageDir = mkdtempSync(path.join(tmpdir(), 'teams-'));
    cpSync(path.join(REPO_ROOT, 'appPackage'), appPackageDir, { recursive: true });
    const { zipPath } = await buildTeamsPackage({ botId: BOT_ID, ...URLS, version: '1.4.2', knowledgeDir: path.join(REPO_ROOT, 'knowledge'), appPackageDir });

    // Read the zip back with an independent implementation (Python's zipfile).
    const listing = execFileSync('python3', ['-c', 'import sys,zipfile,json; z=zipfile.ZipFile(sys.argv[1]); z.testzip(); print(json.dumps({n: z.read(n).hex() for n in z.namelist()}))', zipPath], { encoding: 'utf8' });
    const files = JSON.parse(listing) as Record<string, string>;
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);

    const manifest = JSON.parse(Buffer.from(files['manifest.json']!, 'hex').toString('utf8')) as {
      manifestVersion: string;
      bots: Array<{ botId: string; scopes: string[] }>;
      name: { short: string };
      accentColor: string;
      version: string;
      developer: { privacyUrl: string; termsOfUseUrl: string };
    };
    expect(manifest.version).toBe('1.4.2');
    expect(manifest.developer.privacyUrl).toBe(URLS.privacyUrl);
    expect(manifest.developer.termsOfUseUrl).toBe(URLS.termsUrl);
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
    await expect(buildTeamsPackage({ botId: '', ...URLS, knowledgeDir: path.join(REPO_ROOT, 'knowledge'), appPackageDir: path.join(REPO_ROOT, 'appPackage') })).rejects.toThrow(/MicrosoftAppId/);
  });

  it.each([
    ['no privacy address', { termsUrl: URLS.termsUrl }, /TEAMS_PRIVACY_URL is not set/],
    ['no terms address', { privacyUrl: URLS.privacyUrl }, /TEAMS_TERMS_URL is not set/],
    ['a placeholder address', { ...URLS, privacyUrl: 'https://example.org/privacy' }, /TEAMS_PRIVACY_URL: .*placeholder/],
    ['an http address', { ...URLS, termsUrl: 'http://www.riverside-clinic.com/terms' }, /TEAMS_TERMS_URL: Teams requires an https address/],
    ['a version that is not x.y.z', { ...URLS, version: '2' }, /TEAMS_APP_VERSION/],
  ])('when built with %s, then it refuses and names the setting', async (_case, settings, message) => {
    await expect(buildTeamsPackage({ botId: BOT_ID, ...settings, knowledgeDir: path.join(REPO_ROOT, 'knowledge'), appPackageDir: copyOf(path.join(REPO_ROOT, 'appPackage')) })).rejects.toThrow(message);
  });

  it('when the clinic has a 54-character name, then every name fits Teams at a word boundary and the manifest passes the schema', async () => {
    const name = 'Riverside Behavioral Health & Ketamine Wellness Center';
    expect(name).toHaveLength(54);
    const { manifest } = await buildTeamsPackage({ botId: BOT_ID, ...URLS, knowledgeDir: knowledgeNamed(name), appPackageDir: copyOf(path.join(REPO_ROOT, 'appPackage')) });
    const built = manifest as { developer: { name: string }; name: { short: string; full: string } };
    expect(built.developer.name).toBe('Riverside Behavioral Health');
    expect(built.name.short).toBe('Riverside Behavioral Health');
    expect(built.name.full).toBe(`${name} assistant`);
  });

  it('when a name cannot be shortened at a word boundary, then it refuses and names the manifest field', async () => {
    const build = buildTeamsPackage({ botId: BOT_ID, ...URLS, knowledgeDir: knowledgeNamed('Supercalifragilisticexpialidocious-Ketamine Clinic'), appPackageDir: copyOf(path.join(REPO_ROOT, 'appPackage')) });
    await expect(build).rejects.toThrow(/developer\.name: .*longer than Teams allows \(32 characters\)/);
  });

  it('when the manifest breaks Microsoft\'s schema, then the error names the field', async () => {
    const appPackageDir = copyOf(path.join(REPO_ROOT, 'appPackage'));
    const templateFile = path.join(appPackageDir, 'manifest.template.json');
    writeFileSync(templateFile, readFileSync(templateFile, 'utf8').replace('"accentColor": "${{ACCENT_COLOR}}"', '"accentColor": "blue"'));
    await expect(buildTeamsPackage({ botId: BOT_ID, ...URLS, knowledgeDir: path.join(REPO_ROOT, 'knowledge'), appPackageDir })).rejects.toThrow(/accentColor: must match/);
  });
});
