/**
 * A windowed schedule computes its days a year at a time, when a day of that year is first read (start-up,
 * issue 13). Every day of 1970–2099, read from the last year back, has the status the rules give directly:
 * open on the channel's weekdays unless a 休日 (isHoliday), inside the 年末年始 span, or in a closure; unknown
 * before the hours are known.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { isHoliday } from '../../src/calendar/index.js';
import { inYearEndSpan } from '../../src/calendar/holiday-law.js';
import { compiledScheduleOf, dayStatus, DAY_CLOSED, DAY_PENDING, DAY_UNKNOWN, DAY_WINDOWS } from '../../src/calendar/schedule.js';
import { civilFromDays, daysFromCivil, formatIsoDate, isoDayOfWeek } from '../../src/time/civil.js';

describe('a windowed schedule, computed a year at a time', () => {
  const closures = [
    { start: '2026-08-13', end: '2026-08-16' },
    { start: '2031-12-24', end: '2032-01-06' },
  ];
  const c = compiledScheduleOf({ planId: 'itss-light-anshin-1', channel: 'support', closures });
  const hours = c.resolved.hours as { kind: string; weekdays: readonly number[] };

  it('starts with every covered year pending', () => {
    expect(hours.kind).toBe('windows');
    expect(c.days.includes(DAY_PENDING)).toBe(true);
  });

  it('gives every day of 1970–2099 the status of the rules, the years read in reverse', () => {
    const wrong: string[] = [];
    for (let year = 2099; year >= 1970; year--) {
      for (let day = daysFromCivil(year, 1, 1); day <= daysFromCivil(year, 12, 31); day++) {
        const date = formatIsoDate(day);
        const { month, day: dom } = civilFromDays(day);
        const closed =
          !hours.weekdays.includes(isoDayOfWeek(day)) ||
          (c.closedOn.includes('national-holidays') && isHoliday(date)) ||
          (c.closedOn.includes('year-end') && c.yearEnd !== null && inYearEndSpan(month, dom, c.yearEnd.start, c.yearEnd.end)) ||
          (c.closedOn.includes('company-closures') && closures.some((x) => x.start <= date && date <= x.end));
        const expected = day < c.knownFromDay ? DAY_UNKNOWN : closed ? DAY_CLOSED : DAY_WINDOWS;
        if (dayStatus(c, day, ['at']) !== expected) wrong.push(`${date}: ${dayStatus(c, day, ['at'])}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(c.days.includes(DAY_PENDING)).toBe(false);
  });

  it('closes the 年末年始 (12-29 to 01-03) and not the closures, which this channel does not take', () => {
    expect(c.closedOn).toEqual(['national-holidays', 'year-end']);
    expect(dayStatus(c, daysFromCivil(2026, 12, 28), ['at'])).toBe(DAY_WINDOWS); // a Monday
    expect(dayStatus(c, daysFromCivil(2026, 12, 30), ['at'])).toBe(DAY_CLOSED); // a Wednesday in 年末年始
    expect(dayStatus(c, daysFromCivil(2026, 8, 14), ['at'])).toBe(DAY_WINDOWS); // a Friday inside a given closure
  });
});
