import type { ClinicProfile } from './schema';

/*
 * Whether the clinic is open at a given moment, in the clinic's own time zone (not the
 * server's, not the patient's). Intl only, so DST rules come from the runtime's zone data.
 * The weekly hours as a sentence are in hoursText.ts.
 */

type DayKey = keyof ClinicProfile['hours'];

/**
 * "America/Chicago" -> "Central Time"; undefined where the runtime has no generic name.
 * Asked for the date in question: for 1970 (before Sydney had daylight time) ICU calls Sydney's
 * zone "Australian Eastern Standard Time", which is wrong for half of every year now.
 */
function timeZoneName(timeZone: string, at: Date): string | undefined {
  try {
    const parts = cachedFormatter('en-US', { timeZone, timeZoneName: 'longGeneric' }).formatToParts(at);
    const name = parts.find((part) => part.type === 'timeZoneName')?.value;
    return name && !name.startsWith('GMT') ? name : undefined;
  } catch {
    return undefined;
  }
}

/** Indexed like Date#getUTCDay(). */
const DAY_KEYS: readonly DayKey[] = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];
const DAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export interface DayHours {
  /** "08:00", as in clinic.yml. */
  opens: string;
  closes: string;
}

export interface ClinicMoment {
  /** "Monday". */
  dayLabel: string;
  /** "8:00 AM" (en-US), "8:00" (en-GB), "8:00 am" (en-AU): the clinic country's usual form. */
  timeLabel: string;
  date: Date;
}

export interface OpenStatus {
  openNow: boolean;
  /** Today's hours in the clinic's time zone. */
  todayHours: DayHours | 'closed';
  /** When open now: today's closing time. */
  closesAt?: ClinicMoment;
  /** When closed now: the next opening (today, tomorrow or later); absent if the clinic lists no hours. */
  nextOpen?: ClinicMoment & { daysFromToday: number };
  /** "Central Time"; the IANA name where the runtime has no friendlier one. */
  timeZoneLabel: string;
}

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

interface LocalDateTime extends LocalDate {
  hour: number;
  minute: number;
  second: number;
}

// Building an Intl.DateTimeFormat costs far more than using one, and the bot asks on every turn.
const formatters = new Map<string, Intl.DateTimeFormat>();

function cachedFormatter(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function partsFormatter(timeZone: string): Intl.DateTimeFormat {
  return cachedFormatter('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
}

function localDateTime(instant: Date, timeZone: string): LocalDateTime {
  const values: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {};
  for (const part of partsFormatter(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') values[part.type] = Number(part.value);
  }
  return {
    year: values.year ?? NaN,
    month: values.month ?? NaN,
    day: values.day ?? NaN,
    hour: values.hour ?? NaN,
    minute: values.minute ?? NaN,
    second: values.second ?? NaN,
  };
}

/** How far the zone's wall clock is ahead of UTC at this instant. */
function zoneOffsetMs(instantMs: number, timeZone: string): number {
  const wholeSecond = Math.floor(instantMs / 1000) * 1000;
  const local = localDateTime(new Date(wholeSecond), timeZone);
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) - wholeSecond;
}

/** The instant when the zone's wall clock shows this date and time (two passes settle DST changes). */
function instantAt(date: LocalDate, minutesAfterMidnight: number, timeZone: string): Date {
  const wallClockAsUtc = Date.UTC(date.year, date.month - 1, date.day, 0, minutesAfterMidnight);
  const firstGuess = wallClockAsUtc - zoneOffsetMs(wallClockAsUtc, timeZone);
  return new Date(wallClockAsUtc - zoneOffsetMs(firstGuess, timeZone));
}

/** Calendar arithmetic on the local date, independent of any zone. */
function addDays(date: LocalDate, days: number): LocalDate & { weekday: number } {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: shifted.getUTCFullYear(), month: shifted.getUTCMonth() + 1, day: shifted.getUTCDate(), weekday: shifted.getUTCDay() };
}

function minutesOf(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
}

/** A day's hours, or null when closed. A range that closes before it opens counts as closed (see hoursProblems). */
function hoursOn(profile: ClinicProfile, weekday: number): DayHours | null {
  const value = profile.hours[DAY_KEYS[weekday] ?? 'sun'];
  if (value === 'closed') return null;
  const [opens = '', closes = ''] = value.split('-');
  return minutesOf(closes) > minutesOf(opens) ? { opens, closes } : null;
}

/** Hours the bot cannot use, for the clinic-profile check. */
export function hoursProblems(profile: ClinicProfile): string[] {
  return DAY_KEYS.filter((key) => profile.hours[key] !== 'closed' && hoursOn(profile, DAY_KEYS.indexOf(key)) === null).map(
    (key) => `hours.${key}: closes at or before it opens (${profile.hours[key]}); overnight hours are not supported`,
  );
}

function timeLocale(country: string): string {
  const wanted = `en-${country}`;
  return Intl.DateTimeFormat.supportedLocalesOf([wanted]).length > 0 ? wanted : 'en-US';
}

const timeLocales = new Map<string, string>();

function timeLabel(instant: Date, profile: ClinicProfile): string {
  let locale = timeLocales.get(profile.country);
  if (!locale) {
    locale = timeLocale(profile.country);
    timeLocales.set(profile.country, locale);
  }
  return cachedFormatter(locale, { timeZone: profile.timezone, hour: 'numeric', minute: '2-digit' }).format(instant);
}

function moment(date: LocalDate & { weekday: number }, time: string, profile: ClinicProfile): ClinicMoment {
  const instant = instantAt(date, minutesOf(time), profile.timezone);
  return { dayLabel: DAY_NAMES[date.weekday] ?? '', timeLabel: timeLabel(instant, profile), date: instant };
}

function isWithin(hours: DayHours | null, minutesNow: number): hours is DayHours {
  return hours !== null && minutesNow >= minutesOf(hours.opens) && minutesNow < minutesOf(hours.closes);
}

/**
 * Just whether the clinic is open now: what every crisis reply needs, at a fifth of the cost of
 * openStatus (one reading of the clinic's clock instead of five).
 */
export function isOpenAt(profile: ClinicProfile, now: Date): boolean {
  const local = localDateTime(now, profile.timezone);
  return isWithin(hoursOn(profile, addDays(local, 0).weekday), local.hour * 60 + local.minute);
}

/**
 * `status` computed at most once per minute of the clock, for the bot's hot paths (every crisis
 * reply asks whether the clinic is open). Exact, not approximate: opening hours have minute
 * resolution and every time zone is a whole number of minutes from UTC, so nothing these
 * functions answer changes within one UTC minute. Reading the clinic's clock through Intl is the
 * slow part; this spares it on every turn but the first in each minute.
 */
export function oncePerMinute<T>(status: (at: Date) => T): (at: Date) => T {
  let minute = Number.NaN;
  let value: T;
  return (at) => {
    const atMinute = Math.floor(at.getTime() / 60_000);
    if (atMinute !== minute) {
      value = status(at);
      minute = atMinute;
    }
    return value;
  };
}

export function openStatus(profile: ClinicProfile, now: Date): OpenStatus {
  const local = localDateTime(now, profile.timezone);
  const today = addDays(local, 0);
  const minutesNow = local.hour * 60 + local.minute;
  const todayHours = hoursOn(profile, today.weekday);
  const timeZoneLabel = timeZoneName(profile.timezone, now) ?? profile.timezone;

  if (isWithin(todayHours, minutesNow)) {
    return { openNow: true, todayHours, closesAt: moment(today, todayHours.closes, profile), timeZoneLabel };
  }

  // Up to 7 days ahead: when today is the only open day and it has passed, the next opening is a week away.
  for (let daysFromToday = 0; daysFromToday <= 7; daysFromToday++) {
    const day = addDays(local, daysFromToday);
    const hours = hoursOn(profile, day.weekday);
    if (!hours || (daysFromToday === 0 && minutesNow >= minutesOf(hours.opens))) continue;
    return { openNow: false, todayHours: todayHours ?? 'closed', nextOpen: { ...moment(day, hours.opens, profile), daysFromToday }, timeZoneLabel };
  }
  return { openNow: false, todayHours: todayHours ?? 'closed', timeZoneLabel };
}

function whenWeOpen(nextOpen: NonNullable<OpenStatus['nextOpen']>): string {
  if (nextOpen.daysFromToday === 0) return `We open today at ${nextOpen.timeLabel}`;
  if (nextOpen.daysFromToday === 1) return `We open again tomorrow at ${nextOpen.timeLabel}`;
  if (nextOpen.daysFromToday === 7) return `We open again next ${nextOpen.dayLabel} at ${nextOpen.timeLabel}`;
  return `We open again ${nextOpen.dayLabel} at ${nextOpen.timeLabel}`;
}

/** "We're open now until 5:00 PM." / "We're closed now. We open again Monday at 8:00 AM (Central Time)." */
export function describeOpenStatus(status: OpenStatus): string {
  if (status.openNow && status.closesAt) return `We're open now until ${status.closesAt.timeLabel}.`;
  if (!status.nextOpen) return "We're closed now.";
  return `We're closed now. ${whenWeOpen(status.nextOpen)} (${status.timeZoneLabel}).`;
}

/** Whether the clinic is open now and the sentence that says so, as the bot asks them on every turn. */
export interface OpenNow {
  /** Never throws: a bug in opening hours must not block a crisis reply, so it answers closed (the crisis lines are 24/7). */
  isOpen(at: Date): boolean;
  /** "We're open now until 5:00 PM." / "We're closed now. We open again Monday at 8:00 AM (Central Time)." */
  statusText(at: Date): string;
}

/** Both read from the clinic's clock at most once a minute: exact, since opening hours and zone offsets are whole minutes. */
export function createOpenNow(profile: ClinicProfile): OpenNow {
  return {
    isOpen: oncePerMinute((at: Date) => {
      try {
        return isOpenAt(profile, at);
      } catch {
        return false;
      }
    }),
    statusText: oncePerMinute((at: Date) => describeOpenStatus(openStatus(profile, at))),
  };
}
