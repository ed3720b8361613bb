import { readFile } from 'node:fs/promises';
import path from 'node:path';
import matter from 'gray-matter';
import { KnowledgeBaseError, issuesToProblems } from '../knowledge/problems';
import { clinicProfileSchema, type ClinicProfile } from './schema';

export const CLINIC_PROFILE_FILE = 'clinic.yml';

/** Reads and validates `<dir>/clinic.yml`; throws a KnowledgeBaseError naming the file and each bad field. */
export async function loadClinicProfile(dir: string): Promise<ClinicProfile> {
  const file = path.join(dir, CLINIC_PROFILE_FILE);
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    throw new KnowledgeBaseError([{ file, field: '-', message: 'cannot be read; every clinic needs a clinic profile' }]);
  }
  return parseClinicProfile(text, file);
}

export function parseClinicProfile(yamlText: string, file: string): ClinicProfile {
  const data = parseYaml(yamlText, file);
  const parsed = clinicProfileSchema.safeParse(data);
  if (!parsed.success) throw new KnowledgeBaseError(issuesToProblems(file, parsed.error.issues), 'The clinic profile is not valid');
  return parsed.data;
}

function parseYaml(yamlText: string, file: string): unknown {
  try {
    // gray-matter bundles js-yaml; wrapping the file as front matter reuses it without another package.
    // Passing options turns off gray-matter's cache, which would hand back a shared object.
    return matter(`---\n${yamlText}\n---\n`, { excerpt: false }).data;
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : 'unreadable';
    throw new KnowledgeBaseError([{ file, field: '-', message: `is not valid YAML: ${reason}` }]);
  }
}
