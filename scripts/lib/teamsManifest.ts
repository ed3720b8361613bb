import { readFileSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

/**
 * Checks for the Teams app manifest: Microsoft's JSON schema for the manifest version we build
 * (shipped in the @microsoft/app-manifest npm package, read from disk, never downloaded), and
 * names that fit Teams' length limits.
 */

export class TeamsPackageError extends Error {
  override name = 'TeamsPackageError';
}

/** Teams' limits (schema 1.22): developer.name 32, name.short 30, name.full 100 characters. */
export const NAME_LIMITS = { developer: 32, short: 30, full: 100 } as const;

/** Words a shortened name must not end on ("Riverside Behavioral Health &"). */
const DANGLING = new Set(['&', 'and', 'of', 'the', 'for', 'at', 'in', 'on', '+', '-', '–', '|', '/', 'a', 'an']);

/**
 * `name` if it fits, else the longest run of its first words that fits and does not end on a
 * joining word or punctuation ("Riverside Behavioral Health & Wellness Center" -> "Riverside Behavioral Health").
 * Refuses (with `field` in the message) when not even the first word fits.
 */
export function fitName(name: string, limit: number, field: string): string {
  const clean = name.trim().replace(/\s+/g, ' ');
  if (clean.length <= limit) return clean;
  const words = clean.split(' ');
  for (let count = words.length - 1; count > 0; count--) {
    const kept = words.slice(0, count);
    while (kept.length > 0 && DANGLING.has((kept[kept.length - 1] ?? '').toLowerCase())) kept.pop();
    const candidate = kept.join(' ').replace(/[\s,;:&\-–|/]+$/, '');
    if (candidate !== '' && candidate.length <= limit) return candidate;
  }
  throw new TeamsPackageError(`${field}: "${clean}" is longer than Teams allows (${limit} characters) and cannot be shortened at a word boundary; set a shorter clinic name in clinic.yml.`);
}

/** A real public https address: not missing, not http, not a placeholder or local host. */
export function realHttpsUrl(value: string | undefined, variable: string): string {
  if (!value || value.trim() === '') throw new TeamsPackageError(`${variable} is not set: Teams requires the clinic's own https address for it (e.g. ${variable}=https://www.your-clinic.com/privacy).`);
  let url: URL;
  try {
    url = new URL(value.trim());
  } catch {
    throw new TeamsPackageError(`${variable}: "${value}" is not a web address.`);
  }
  if (url.protocol !== 'https:') throw new TeamsPackageError(`${variable}: Teams requires an https address, not "${value}".`);
  const host = url.hostname.toLowerCase();
  if (/(^|\.)example\.(com|org|net)$/.test(host) || host === 'localhost' || /^[\d.]+$/.test(host) || host.endsWith('.invalid') || host.endsWith('.test')) {
    throw new TeamsPackageError(`${variable}: "${value}" is a placeholder or local address; use the clinic's real public page.`);
  }
  return url.href;
}

/** x.y.z, as Teams requires; each upload must carry a higher version than the one before. */
export function appVersion(value: string, variable: string): string {
  if (!/^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/.test(value.trim())) throw new TeamsPackageError(`${variable}: "${value}" is not a version such as 1.0.3.`);
  return value.trim();
}

const SCHEMA_DIR = path.join(path.dirname(require.resolve('@microsoft/app-manifest/package.json')), 'build', 'json-schemas', 'teams');

/** Validates against Microsoft's schema for `manifest.manifestVersion`; every problem names its field. */
export function validateManifest(manifest: Record<string, unknown>): void {
  const version = String(manifest.manifestVersion);
  let schema: Record<string, unknown>;
  try {
    schema = JSON.parse(readFileSync(path.join(SCHEMA_DIR, `v${version}`, 'MicrosoftTeams.schema.json'), 'utf8')) as Record<string, unknown>;
  } catch {
    throw new TeamsPackageError(`manifestVersion: no Teams schema for version "${version}" in @microsoft/app-manifest.`);
  }
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  const validate = ajv.compile(schema);
  if (validate(manifest)) return;
  const problems = (validate.errors ?? []).map((error) => {
    const field = error.instancePath.replace(/^\//, '').replace(/\//g, '.') || '(manifest)';
    const extra = error.keyword === 'additionalProperties' ? ` (${String((error.params as { additionalProperty?: string }).additionalProperty)})` : '';
    return `  ${field}: ${error.message ?? 'is not valid'}${extra}`;
  });
  throw new TeamsPackageError(`The Teams manifest does not match Microsoft's schema ${version}:\n${[...new Set(problems)].join('\n')}`);
}
