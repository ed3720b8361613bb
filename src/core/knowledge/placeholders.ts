import { z } from 'zod';
import { formatHours } from '../clinic/hoursText';
import { clinicProfileSchema, type ClinicProfile } from '../clinic/schema';
import { resolveCrisisPlaceholder } from './crisisNumbers';

/** `{{clinic.phone}}`, `{{ clinic.prices.iv_infusion }}`. */
const PLACEHOLDER = /\{\{\s*([^{}]*?)\s*\}\}/g;

/** Values that are groups in clinic.yml but read naturally as one sentence. */
const COMPUTED: Record<string, (clinic: ClinicProfile) => string> = {
  'clinic.hours': formatHours,
};

export interface FilledText {
  text: string;
  /** One message per placeholder that could not be filled. */
  problems: string[];
}

/** Replaces every clinic placeholder with the clinic's own value; anything unfillable is reported, never left blank. */
export function fillPlaceholders(text: string, clinic: ClinicProfile): FilledText {
  const problems: string[] = [];
  const filled = text.replace(PLACEHOLDER, (whole, name: string) => {
    const value = resolvePlaceholder(name, clinic);
    if (typeof value === 'string') return value;
    problems.push(value.problem);
    return whole;
  });
  if (/\{\{|\}\}/.test(filled.replace(PLACEHOLDER, ''))) {
    problems.push('has "{{" or "}}" that is not a complete placeholder such as {{clinic.phone}}');
  }
  return { text: filled, problems };
}

/** The raw text with placeholders removed: what the author wrote, not what the clinic supplied. */
export function withoutPlaceholders(text: string): string {
  return text.replace(PLACEHOLDER, ' ');
}

function resolvePlaceholder(name: string, clinic: ClinicProfile): string | { problem: string } {
  const computed = COMPUTED[name];
  if (computed) return computed(clinic);
  if (name.startsWith('crisis.')) {
    return (
      resolveCrisisPlaceholder(name, clinic.country) ?? {
        problem: `unknown placeholder {{${name}}}: crisis placeholders are {{crisis.line}} (the country's main crisis line) and {{crisis.emergency}} (its emergency number)`,
      }
    );
  }
  const parts = name.split('.');
  if (parts[0] !== 'clinic' || parts.length < 2) {
    return { problem: `unknown placeholder {{${name}}}: placeholders name a clinic profile field, such as {{clinic.phone}}, or a crisis line, {{crisis.line}} or {{crisis.emergency}}` };
  }
  const fieldPath = parts.slice(1);
  if (!isClinicProfileField(fieldPath)) {
    return { problem: `unknown placeholder {{${name}}}: the clinic profile has no field ${fieldPath.join('.')}` };
  }
  let value: unknown = clinic;
  for (const part of fieldPath) value = isRecord(value) ? value[part] : undefined;
  if (typeof value === 'string' || typeof value === 'number') {
    const text = String(value).trim();
    if (text !== '') return text;
  }
  if (value === undefined || value === null || value === '') {
    return { problem: `placeholder {{${name}}} is empty because clinic.yml does not set ${fieldPath.join('.')}` };
  }
  if (typeof value === 'boolean') return { problem: `placeholder {{${name}}} is a yes/no setting, not text to show` };
  return { problem: `placeholder {{${name}}} names a group of values, not one value; name one field inside it` };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Whether the path names a field of the clinic profile schema, set or not (optional fields count). */
function isClinicProfileField(fieldPath: readonly string[]): boolean {
  let schema: z.ZodType = clinicProfileSchema;
  for (const part of fieldPath) {
    while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) schema = schema.unwrap() as z.ZodType;
    if (!(schema instanceof z.ZodObject)) return false;
    const shape = schema.shape as Record<string, z.ZodType | undefined>;
    const child = Object.hasOwn(shape, part) ? shape[part] : undefined;
    if (!child) return false;
    schema = child;
  }
  return true;
}
