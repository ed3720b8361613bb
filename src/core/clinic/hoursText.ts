import type { ClinicProfile } from './schema';

const DAYS = [
  ['mon', 'Monday'],
  ['tue', 'Tuesday'],
  ['wed', 'Wednesday'],
  ['thu', 'Thursday'],
  ['fri', 'Friday'],
  ['sat', 'Saturday'],
  ['sun', 'Sunday'],
] as const;

/**
 * Opening hours as a patient reads them, for {{clinic.hours}}:
 * "Monday to Wednesday 8 am to 5 pm; Thursday 8 am to 7 pm; Friday 8 am to 3 pm; Saturday and Sunday closed (Central Time)".
 */
export function formatHours(profile: Pick<ClinicProfile, 'hours' | 'timezone'>): string {
  const groups: { first: string; last: string; count: number; hours: string }[] = [];
  for (const [key, name] of DAYS) {
    const hours = profile.hours[key];
    const previous = groups.at(-1);
    if (previous && previous.hours === hours) {
      previous.last = name;
      previous.count += 1;
    } else {
      groups.push({ first: name, last: name, count: 1, hours });
    }
  }
  const parts = groups.map((group) => `${dayRange(group)} ${group.hours === 'closed' ? 'closed' : timeRange(group.hours)}`);
  const zone = timeZoneName(profile.timezone);
  return zone ? `${parts.join('; ')} (${zone})` : parts.join('; ');
}

function dayRange(group: { first: string; last: string; count: number }): string {
  if (group.count === 1) return group.first;
  if (group.count === 2) return `${group.first} and ${group.last}`;
  return `${group.first} to ${group.last}`;
}

function timeRange(range: string): string {
  const [from = '', to = ''] = range.split('-');
  return `${clockTime(from)} to ${clockTime(to)}`;
}

/** "08:00" -> "8 am", "13:30" -> "1:30 pm", "00:00" -> "12 am". */
function clockTime(time: string): string {
  const [hourText = '0', minuteText = '00'] = time.split(':');
  const hour = Number(hourText);
  const suffix = hour < 12 ? 'am' : 'pm';
  const twelveHour = hour % 12 === 0 ? 12 : hour % 12;
  return minuteText === '00' ? `${twelveHour} ${suffix}` : `${twelveHour}:${minuteText} ${suffix}`;
}

/** "America/Chicago" -> "Central Time"; undefined where the runtime has no generic name. */
function timeZoneName(timeZone: string): string | undefined {
  try {
    const parts = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longGeneric' }).formatToParts(new Date(0));
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    return name && !name.startsWith('GMT') ? name : undefined;
  } catch {
    return undefined;
  }
}
