import { describe, expect, it } from 'vitest';
import { createOpenNow, describeOpenStatus, hoursProblems, isOpenAt, oncePerMinute, openStatus } from '../../../src/core/clinic/hours';
import type { ClinicProfile } from '../../../src/core/clinic/schema';
import { testClinic } from '../../support/testClinic';

type Hours = ClinicProfile['hours'];

const WEEKDAYS_8_TO_5: Hours = { mon: '08:00-17:00', tue: '08:00-17:00', wed: '08:00-17:00', thu: '08:00-19:00', fri: '08:00-15:00', sat: 'closed', sun: 'closed' };

function clinic(timezone: string, country: string, hours: Hours = WEEKDAYS_8_TO_5): ClinicProfile {
  return testClinic({ timezone, country, hours });
}

const chicago = clinic('America/Chicago', 'US');
/** Open every day, so the DST change days themselves (always Sundays) are working days. */
const chicagoEveryDay = clinic('America/Chicago', 'US', { ...WEEKDAYS_8_TO_5, sat: '08:00-17:00', sun: '08:00-17:00' });

describe('openStatus and describeOpenStatus, America/Chicago (Central Time)', () => {
  it.each([
    // [what, now (UTC), what a person reads, when it next opens or closes (UTC)]
    ['Wednesday 10:00 CST', '2025-01-15T16:00:00Z', "We're open now until 5:00 PM.", '2025-01-15T23:00:00Z'],
    ['Wednesday 16:59 CST, a minute before closing', '2025-01-15T22:59:00Z', "We're open now until 5:00 PM.", '2025-01-15T23:00:00Z'],
    ['Wednesday 17:00 CST, at closing', '2025-01-15T23:00:00Z', "We're closed now. We open again tomorrow at 8:00 AM (Central Time).", '2025-01-16T14:00:00Z'],
    ['Wednesday 07:59 CST, before opening', '2025-01-15T13:59:00Z', "We're closed now. We open today at 8:00 AM (Central Time).", '2025-01-15T14:00:00Z'],
    ['Wednesday 18:00 CST (UTC already says Thursday)', '2025-01-16T00:00:00Z', "We're closed now. We open again tomorrow at 8:00 AM (Central Time).", '2025-01-16T14:00:00Z'],
    ['Thursday 18:00 CST, late opening (UTC already says Friday)', '2025-01-17T00:00:00Z', "We're open now until 7:00 PM.", '2025-01-17T01:00:00Z'],
    ['Friday 16:00 CST, after the early close', '2025-01-17T22:00:00Z', "We're closed now. We open again Monday at 8:00 AM (Central Time).", '2025-01-20T14:00:00Z'],
    ['Friday 23:30 CST (UTC already says Saturday)', '2025-01-18T05:30:00Z', "We're closed now. We open again Monday at 8:00 AM (Central Time).", '2025-01-20T14:00:00Z'],
    ['Saturday noon', '2025-01-18T18:00:00Z', "We're closed now. We open again Monday at 8:00 AM (Central Time).", '2025-01-20T14:00:00Z'],
    ['Sunday 20:00 CST (UTC already says Monday)', '2025-01-20T02:00:00Z', "We're closed now. We open again tomorrow at 8:00 AM (Central Time).", '2025-01-20T14:00:00Z'],
    ['Monday 00:30 CST, just after midnight', '2025-01-20T06:30:00Z', "We're closed now. We open today at 8:00 AM (Central Time).", '2025-01-20T14:00:00Z'],
    // Clocks go forward on Sunday 9 March 2025: Monday 8:00 is CDT (UTC-5), not CST.
    ['Friday before spring-forward, 16:00 CST', '2025-03-07T22:00:00Z', "We're closed now. We open again Monday at 8:00 AM (Central Time).", '2025-03-10T13:00:00Z'],
    // Clocks go back on Sunday 2 November 2025: Monday 8:00 is CST (UTC-6), not CDT.
    ['Friday before fall-back, 16:00 CDT', '2025-10-31T21:00:00Z', "We're closed now. We open again Monday at 8:00 AM (Central Time).", '2025-11-03T14:00:00Z'],
  ])('%s: reads "%s"', (_when, now, expected, nextChange) => {
    const status = openStatus(chicago, new Date(now));
    expect(describeOpenStatus(status)).toBe(expected);
    const change = status.openNow ? status.closesAt?.date : status.nextOpen?.date;
    expect(change?.toISOString()).toBe(new Date(nextChange).toISOString());
  });

  it.each([
    // On the spring-forward day itself: 01:30 is CST, the 08:00 opening is CDT.
    ['spring-forward day 01:30 CST', '2025-03-09T07:30:00Z', false, '2025-03-09T13:00:00Z'],
    ['spring-forward day 07:59 CDT', '2025-03-09T12:59:00Z', false, '2025-03-09T13:00:00Z'],
    ['spring-forward day 08:00 CDT', '2025-03-09T13:00:00Z', true, '2025-03-09T22:00:00Z'],
    ['spring-forward day 16:59 CDT', '2025-03-09T21:59:00Z', true, '2025-03-09T22:00:00Z'],
    // On the fall-back day: 01:30 happens twice; both times the clinic opens at 08:00 CST.
    ['fall-back day, first 01:30 (CDT)', '2025-11-02T06:30:00Z', false, '2025-11-02T14:00:00Z'],
    ['fall-back day, second 01:30 (CST)', '2025-11-02T07:30:00Z', false, '2025-11-02T14:00:00Z'],
    ['fall-back day 07:59 CST', '2025-11-02T13:59:00Z', false, '2025-11-02T14:00:00Z'],
    ['fall-back day 16:59 CST', '2025-11-02T22:59:00Z', true, '2025-11-02T23:00:00Z'],
  ])('on a DST change day, %s: open %s, next change at %s', (_when, now, openNow, nextChange) => {
    const status = openStatus(chicagoEveryDay, new Date(now));
    expect(status.openNow).toBe(openNow);
    const change = status.openNow ? status.closesAt?.date : status.nextOpen?.date;
    expect(change?.toISOString()).toBe(new Date(nextChange).toISOString());
    expect(describeOpenStatus(status)).toBe(openNow ? "We're open now until 5:00 PM." : "We're closed now. We open today at 8:00 AM (Central Time).");
  });

  it("reports today's hours in the clinic's zone, not UTC's", () => {
    // 23:30 on Friday in Chicago is Saturday in UTC.
    expect(openStatus(chicago, new Date('2025-01-18T05:30:00Z')).todayHours).toEqual({ opens: '08:00', closes: '15:00' });
    expect(openStatus(chicago, new Date('2025-01-18T18:00:00Z')).todayHours).toBe('closed');
  });

  it('when the clinic is open only on Wednesdays and Wednesday has passed, then it opens again next Wednesday', () => {
    const wednesdaysOnly = clinic('America/Chicago', 'US', { mon: 'closed', tue: 'closed', wed: '09:00-12:00', thu: 'closed', fri: 'closed', sat: 'closed', sun: 'closed' });
    const status = openStatus(wednesdaysOnly, new Date('2025-01-15T19:00:00Z'));
    expect(describeOpenStatus(status)).toBe("We're closed now. We open again next Wednesday at 9:00 AM (Central Time).");
    expect(status.nextOpen?.date.toISOString()).toBe('2025-01-22T15:00:00.000Z');
  });

  it('when the clinic lists no opening hours at all, then it only says it is closed', () => {
    const neverOpen = clinic('America/Chicago', 'US', { mon: 'closed', tue: 'closed', wed: 'closed', thu: 'closed', fri: 'closed', sat: 'closed', sun: 'closed' });
    const status = openStatus(neverOpen, new Date('2025-01-15T16:00:00Z'));
    expect(status).toMatchObject({ openNow: false, todayHours: 'closed' });
    expect(status.nextOpen).toBeUndefined();
    expect(describeOpenStatus(status)).toBe("We're closed now.");
  });
});

describe('other zones and countries', () => {
  it.each([
    // London: BST starts Sunday 30 March 2025, so Monday 08:00 is 07:00 UTC; en-GB reads it 8:00 (24-hour clock).
    ['GB', 'Europe/London', 'Friday 18:00 GMT', '2025-03-28T18:00:00Z', "We're closed now. We open again Monday at 8:00 (United Kingdom Time).", '2025-03-31T07:00:00Z'],
    // Sydney: daylight time ends Sunday 6 April 2025 (UTC+11 to UTC+10).
    ['AU', 'Australia/Sydney', 'Friday 17:30 AEDT', '2025-04-04T06:30:00Z', "We're closed now. We open again Monday at 8:00 am (Australian Eastern Time).", '2025-04-06T22:00:00Z'],
    ['NZ', 'Pacific/Auckland', 'Wednesday 10:00 NZDT', '2025-01-14T21:00:00Z', "We're open now until 5:00 pm.", '2025-01-15T04:00:00Z'],
    // Arizona has no DST: still UTC-7 in July.
    ['US', 'America/Phoenix', 'Tuesday 20:00 MST in July', '2025-07-09T03:00:00Z', "We're closed now. We open again tomorrow at 8:00 AM (Mountain Standard Time).", '2025-07-09T15:00:00Z'],
  ])('%s clinic in %s, %s: reads "%s"', (country, zone, _when, now, expected, nextChange) => {
    const status = openStatus(clinic(zone, country), new Date(now));
    expect(describeOpenStatus(status)).toBe(expected);
    const change = status.openNow ? status.closesAt?.date : status.nextOpen?.date;
    expect(change?.toISOString()).toBe(new Date(nextChange).toISOString());
  });
});

describe('isOpenAt (the crisis reply asks it on every crisis message)', () => {
  it.each([
    ['America/Chicago across the March DST change', chicagoEveryDay, '2025-03-07T00:00:00Z'],
    ['America/Chicago across the November DST change', chicago, '2025-10-31T00:00:00Z'],
    ['Australia/Sydney across the April DST change', clinic('Australia/Sydney', 'AU'), '2025-04-03T00:00:00Z'],
    ['Europe/London across the March DST change', clinic('Europe/London', 'GB'), '2025-03-27T00:00:00Z'],
  ])('%s: agrees with openStatus every 7 minutes for a week', (_what, profile, from) => {
    const start = Date.parse(from);
    const disagreements: string[] = [];
    let open = 0;
    for (let at = start; at < start + 7 * 86_400_000; at += 7 * 60_000) {
      const expected = openStatus(profile, new Date(at)).openNow;
      if (expected) open += 1;
      if (isOpenAt(profile, new Date(at)) !== expected) disagreements.push(new Date(at).toISOString());
    }
    expect(disagreements).toEqual([]);
    expect(open).toBeGreaterThan(100);
  });
});

describe('oncePerMinute', () => {
  it.each([
    ['America/Chicago, midnight to opening across the March DST change', chicagoEveryDay, '2025-03-09T06:00:00Z'],
    ['America/Chicago, Monday 4 AM to noon', chicago, '2025-01-06T10:00:00Z'],
    ['Australia/Sydney, Saturday 11:30 PM across midnight and the April DST change', clinic('Australia/Sydney', 'AU'), '2025-04-05T12:30:00Z'],
  ])('%s: gives what the unwrapped functions give, every 13 seconds for 8 hours, forwards and backwards', (_what, profile, from) => {
    const start = Date.parse(from);
    const moments: number[] = [];
    for (let at = start; at < start + 8 * 3_600_000; at += 13_000) moments.push(at);
    const describe = (at: Date) => describeOpenStatus(openStatus(profile, at));
    const open = (at: Date) => isOpenAt(profile, at);
    for (const order of [moments, [...moments].reverse()]) {
      const memoDescribe = oncePerMinute(describe);
      const memoOpen = oncePerMinute(open);
      const disagreements = order.filter((at) => memoDescribe(new Date(at)) !== describe(new Date(at)) || memoOpen(new Date(at)) !== open(new Date(at)));
      expect(disagreements.map((at) => new Date(at).toISOString())).toEqual([]);
    }
    // The moments do cross a change of answer, or the test would prove nothing.
    expect(new Set(moments.map((at) => describe(new Date(at)))).size).toBeGreaterThan(1);
  });

  it('asks the wrapped function once per minute', () => {
    let calls = 0;
    const memo = oncePerMinute((at: Date) => {
      calls += 1;
      return at.getUTCMinutes();
    });
    for (let second = 0; second < 180; second += 1) memo(new Date(Date.UTC(2025, 0, 6, 14, 0, second)));
    expect(calls).toBe(3);
  });
});

describe('hoursProblems', () => {
  it('flags hours that close before they open (overnight hours are not supported) and treats that day as closed', () => {
    const overnight = clinic('America/Chicago', 'US', { ...WEEKDAYS_8_TO_5, wed: '17:00-08:00' });
    expect(hoursProblems(overnight)).toEqual(['hours.wed: closes at or before it opens (17:00-08:00); overnight hours are not supported']);
    expect(openStatus(overnight, new Date('2025-01-15T16:00:00Z')).openNow).toBe(false);
  });

  it('has nothing to say about ordinary hours', () => {
    expect(hoursProblems(chicago)).toEqual([]);
  });
});

describe('createOpenNow', () => {
  it('when asked on a Wednesday morning, then it is open and says until when', () => {
    const openNow = createOpenNow(chicago);
    expect(openNow.isOpen(new Date('2025-01-15T16:00:00Z'))).toBe(true);
    expect(openNow.statusText(new Date('2025-01-15T16:00:00Z'))).toBe("We're open now until 5:00 PM.");
  });

  it('when the opening hours cannot be read, then it answers closed instead of throwing (a crisis reply must not fail on them)', () => {
    const broken = { ...chicago, timezone: 'Not/A_Zone' };
    expect(() => isOpenAt(broken, new Date('2025-01-15T16:00:00Z'))).toThrow();
    expect(createOpenNow(broken).isOpen(new Date('2025-01-15T16:00:00Z'))).toBe(false);
  });
});
