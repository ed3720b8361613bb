import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { config as loadDotEnv } from 'dotenv';
import { loadClinicProfile } from '../src/core/clinic/profile';
import { zipFiles } from './lib/zip';

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface TeamsPackageOptions {
  botId: string;
  knowledgeDir: string;
  appPackageDir: string;
  /** Stable id of the Teams app; defaults to the bot id, so re-uploads update the same app. */
  teamsAppId?: string;
  websiteUrl?: string;
}

/** Fills the manifest template from configuration and the clinic profile and zips it with the icons. */
export async function buildTeamsPackage(options: TeamsPackageOptions): Promise<{ zipPath: string; manifest: Record<string, unknown> }> {
  if (!GUID.test(options.botId)) throw new Error('MicrosoftAppId must be the bot\'s Azure app id (a GUID) to build the Teams package.');
  const clinic = await loadClinicProfile(options.knowledgeDir);
  const values: Record<string, string> = {
    TEAMS_APP_ID: options.teamsAppId ?? options.botId,
    BOT_ID: options.botId,
    CLINIC_NAME: clinic.name,
    SHORT_NAME: clinic.name.slice(0, 30),
    CLINIC_WEBSITE: options.websiteUrl ?? new URL(clinic.booking_url).origin,
    ACCENT_COLOR: clinic.colors.primary,
  };
  const template = readFileSync(path.join(options.appPackageDir, 'manifest.template.json'), 'utf8');
  const filled = template.replace(/\$\{\{(\w+)\}\}/g, (_match, key: string) => {
    const value = values[key];
    if (value === undefined) throw new Error(`manifest.template.json uses an unknown value ${key}`);
    return JSON.stringify(value).slice(1, -1);
  });
  const manifest = JSON.parse(filled) as Record<string, unknown>;
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

if (require.main === module) {
  loadDotEnv({ quiet: true });
  const botId = process.env.MicrosoftAppId ?? '';
  buildTeamsPackage({
    botId,
    teamsAppId: process.env.TEAMS_APP_ID || undefined,
    knowledgeDir: path.resolve(process.env.KNOWLEDGE_DIR || 'knowledge'),
    appPackageDir: path.resolve('appPackage'),
  })
    .then(({ zipPath }) => console.log(`Teams app package written to ${zipPath}`))
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      console.error(`(Set MicrosoftAppId, e.g. MicrosoftAppId=${randomUUID()} for a dry run.)`);
      process.exit(1);
    });
}
