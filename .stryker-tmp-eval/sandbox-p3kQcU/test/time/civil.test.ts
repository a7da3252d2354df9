/**
 * Civil (epoch-day) arithmetic of src/time/civil.ts against @js-joda/core as an oracle.
 */
// @ts-nocheck

import { LocalDate, Year, YearMonth } from '@js-joda/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatIsoDate,
  formatYearMonth,
  isLeapYear,
  isoDayOfWeek,
  monthBounds,
  monthIndex,
  monthIndexOfDay,
} from '../../src/time/civil.js';

// Years 1–9999 (four-digit ISO years; js-joda prints others with a sign), as epoch days.
const MIN_DAY = LocalDate.of(1, 1, 1).toEpochDay();
const MAX_DAY = LocalDate.of(9999, 12, 31).toEpochDay();
const epochDay = fc.integer({ min: MIN_DAY, max: MAX_DAY });
const ymd = fc
  .record({ year: fc.integer({ min: 1, max: 9999 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }) })
  .filter(({ year, month, day }) => day <= YearMonth.of(year, month).lengthOfMonth());

describe('civil arithmetic = js-joda', () => {
  it('daysFromCivil', () => {
    fc.assert(fc.property(ymd, ({ year, month, day }) => {
      expect(daysFromCivil(year, month, day)).toBe(LocalDate.of(year, month, day).toEpochDay());
    }), { numRuns: 2000 });
  });
  it('civilFromDays', () => {
    fc.assert(
      fc.property(epochDay, (n) => {
        const d = LocalDate.ofEpochDay(n);
        expect(civilFromDays(n)).toEqual({ year: d.year(), month: d.monthValue(), day: d.dayOfMonth() });
      }),
      { numRuns: 2000 },
    );
  });
  it('round trip daysFromCivil ∘ civilFromDays', () => {
    fc.assert(fc.property(epochDay, (n) => {
      const { year, month, day } = civilFromDays(n);
      expect(daysFromCivil(year, month, day)).toBe(n);
    }), { numRuns: 2000 });
  });
  it('isoDayOfWeek (negative days too)', () => {
    fc.assert(fc.property(epochDay, (n) => {
      expect(isoDayOfWeek(n)).toBe(LocalDate.ofEpochDay(n).dayOfWeek().value());
    }), { numRuns: 2000 });
  });
  it('formatIsoDate', () => {
    fc.assert(fc.property(epochDay, (n) => {
      expect(formatIsoDate(n)).toBe(LocalDate.ofEpochDay(n).toString());
    }), { numRuns: 2000 });
  });
  it('isLeapYear and daysInMonth', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        expect(isLeapYear(year)).toBe(Year.isLeap(year));
        expect(daysInMonth(year, month)).toBe(YearMonth.of(year, month).lengthOfMonth());
      }),
      { numRuns: 2000 },
    );
    for (const y of [1900, 2000, 2100, 2024, 2028, 2026]) expect(isLeapYear(y)).toBe(Year.isLeap(y));
  });
  it('month index, bounds and formatting', () => {
    fc.assert(
      fc.property(epochDay, (n) => {
        const d = LocalDate.ofEpochDay(n);
        const idx = monthIndexOfDay(n);
        expect(idx).toBe(monthIndex(d.year(), d.monthValue()));
        expect(formatYearMonth(idx)).toBe(YearMonth.of(d.year(), d.monthValue()).toString());
        const { firstDay, lastDay } = monthBounds(idx);
        expect(firstDay).toBe(d.withDayOfMonth(1).toEpochDay());
        expect(lastDay).toBe(d.withDayOfMonth(d.lengthOfMonth()).toEpochDay());
      }),
      { numRuns: 1000 },
    );
  });
  it('known values', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(civilFromDays(-1)).toEqual({ year: 1969, month: 12, day: 31 });
    expect(isoDayOfWeek(0)).toBe(4);
    expect(formatIsoDate(daysFromCivil(2028, 2, 29))).toBe('2028-02-29');
  });
});
