import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { config as loadDotEnv } from 'dotenv';
import { loadClinicProfile } from '../src/core/clinic/profile';
import { zipFiles } from './lib/zip';
import { NAME_LIMITS, TeamsPackageError, appVersion, fitName, realHttpsUrl, validateManifest } from './lib/teamsManifest';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TeamsPackageOptions {
  botId: string;
  knowledgeDir: string;
  appPackageDir: string;
  /** Stable id of the Teams app; defaults to the bot id, so re-uploads update the same app. */
  teamsAppId?: string;
  websiteUrl?: string;
  /** TEAMS_PRIVACY_URL and TEAMS_TERMS_URL: the clinic's own https pages; required. */
  privacyUrl?: string;
  termsUrl?: string;
  /** TEAMS_APP_VERSION (x.y.z); defaults to package.json's version. Raise it for every upload. */
  version?: string;
}

/** Fills the manifest template from configuration and the clinic profile and zips it with the icons. */
export async function buildTeamsPackage(options: TeamsPackageOptions): Promise<{ zipPath: string; manifest: Record<string, unknown> }> {
  if (!GUID.test(options.botId)) throw new TeamsPackageError('MicrosoftAppId must be the bot\'s Azure app id (a GUID) to build the Teams package.');
  const privacyUrl = realHttpsUrl(options.privacyUrl, 'TEAMS_PRIVACY_URL');
  const termsUrl = realHttpsUrl(options.termsUrl, 'TEAMS_TERMS_URL');
  const version = appVersion(options.version ?? packageVersion(), 'TEAMS_APP_VERSION');
  const clinic = await loadClinicProfile(options.knowledgeDir);
  const values: Record<string, string> = {
    TEAMS_APP_ID: options.teamsAppId ?? options.botId,
    BOT_ID: options.botId,
    APP_VERSION: version,
    CLINIC_NAME: clinic.name,
    DEVELOPER_NAME: fitName(clinic.name, NAME_LIMITS.developer, 'developer.name'),
    SHORT_NAME: fitName(clinic.name, NAME_LIMITS.short, 'name.short'),
    FULL_NAME: fitName(`${clinic.name} assistant`, NAME_LIMITS.full, 'name.full'),
    CLINIC_WEBSITE: options.websiteUrl ?? new URL(clinic.booking_url).origin,
    PRIVACY_URL: privacyUrl,
    TERMS_URL: termsUrl,
    ACCENT_COLOR: clinic.colors.primary,
  };
  const template = readFileSync(path.join(options.appPackageDir, 'manifest.template.json'), 'utf8');
  const filled = template.replace(/\$\{\{(\w+)\}\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`manifest.template.json uses an unknown value ${key}`);
    return JSON.stringify(value).slice(1, -1);
  });
  const manifest = JSON.parse(filled) as Record<string, unknown>;
  validateManifest(manifest);
  const buildDir = path.join(options.appPackageDir, 'build');
  mkdirSync(buildDir, { recursive: true });
  const zipPath = path.join(buildDir, 'teams-app.zip');
  writeFileSync(
    zipPath,
    zipFiles([
      { name: 'manifest.json', data: Buffer.from(JSON.stringify(manifest, null, 2)) },
      { name: 'color.png', data: readFileSync(path.join(options.appPackageDir, 'color.png')) },
      { name: 'outline.png', data: readFileSync(path.join(options.appPackageDir, 'outline.png')) },
    ]),
  );
  return { zipPath, manifest };
}

function packageVersion(): string {
  return (JSON.parse(readFileSync(path.join(__dirname, '..', 'package.json'), 'utf8')) as { version: string }).version;
}

if (require.main === module) {
  loadDotEnv({ quiet: true });
  const botId = process.env.MicrosoftAppId ?? '';
  buildTeamsPackage({
    botId,
    teamsAppId: process.env.TEAMS_APP_ID || undefined,
    privacyUrl: process.env.TEAMS_PRIVACY_URL,
    termsUrl: process.env.TEAMS_TERMS_URL,
    version: process.env.TEAMS_APP_VERSION || undefined,
    knowledgeDir: path.resolve(process.env.KNOWLEDGE_DIR || 'knowledge'),
    appPackageDir: path.resolve('appPackage'),
  })
    .then(({ zipPath, manifest }) => {
      const name = manifest.name as { short: string };
      console.log(`Teams app package written to ${zipPath} (version ${String(manifest.version)}, name "${name.short}"). Raise TEAMS_APP_VERSION for every update you upload.`);
    })
    .catch((error: unknown) => {
      console.error(`The Teams package was not built.\n${error instanceof Error ? error.message : String(error)}`);
      if (!GUID.test(botId)) console.error(`(Set MicrosoftAppId, e.g. MicrosoftAppId=${randomUUID()} for a dry run.)`);
      process.exit(1);
    });
}
