/**
 * Japan time of src/time/japan.ts against @js-joda/core as an oracle: parseInstant (offsets,
 * no offset = Japan time, fractions, 24:00), toJapanDateTime, japanMidnight, formatJapanInstant,
 * parseIsoDate, parseYearMonth; and bad inputs with their error code and path.
 */
// @ts-nocheck

import { Instant, LocalDate, LocalDateTime, OffsetDateTime, YearMonth, ZoneOffset } from '@js-joda/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatJapanInstant,
  japanEpochDay,
  japanMidnight,
  parseInstant,
  parseIsoDate,
  parseYearMonth,
  toJapanDateTime,
} from '../../src/time/index.js';
import { formatYearMonth } from '../../src/time/civil.js';

const JST = ZoneOffset.ofHours(9);
const pad = (n: number, w = 2) => String(Math.abs(n)).padStart(w, '0');

// Local date-times well inside the supported range (1952-01-02 … 2199-12-30) so that any offset keeps them in range.
const localDateTime = fc
  .record({
    year: fc.integer({ min: 1953, max: 2198 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
    hour: fc.integer({ min: 0, max: 23 }),
    minute: fc.integer({ min: 0, max: 59 }),
    second: fc.integer({ min: 0, max: 59 }),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
  })
  .filter((x) => x.day <= YearMonth.of(x.year, x.month).lengthOfMonth());
const offsetMinutes = fc.integer({ min: -18 * 60, max: 18 * 60 });

function render(x: { year: number; month: number; day: number; hour: number; minute: number; second: number; fraction?: string | undefined }): string {
  return `${x.year}-${pad(x.month)}-${pad(x.day)}T${pad(x.hour)}:${pad(x.minute)}:${pad(x.second)}${x.fraction === undefined ? '' : `.${x.fraction}`}`;
}
function nanos(fraction: string | undefined): number {
  return fraction === undefined ? 0 : Number(fraction.padEnd(9, '0'));
}
function renderOffset(total: number, style: 'colon' | 'compact' | 'hours'): string {
  const sign = total < 0 ? '-' : '+';
  const h = Math.floor(Math.abs(total) / 60);
  const m = Math.abs(total) % 60;
  if (style === 'hours' && m === 0) return `${sign}${pad(h)}`;
  return style === 'compact' ? `${sign}${pad(h)}${pad(m)}` : `${sign}${pad(h)}:${pad(m)}`;
}

describe('parseInstant = js-joda', () => {
  it('with an offset: that instant (milliseconds truncated)', () => {
    fc.assert(
      fc.property(localDateTime, offsetMinutes, fc.constantFrom('colon', 'compact', 'hours') as fc.Arbitrary<'colon' | 'compact' | 'hours'>, (x, off, style) => {
        const expected = OffsetDateTime.of(
          LocalDateTime.of(x.year, x.month, x.day, x.hour, x.minute, x.second, nanos(x.fraction)),
          ZoneOffset.ofTotalSeconds(off * 60),
        )
          .toInstant()
          .toEpochMilli();
        expect(parseInstant(render(x) + renderOffset(off, style))).toBe(expected);
      }),
      { numRuns: 3000 },
    );
  });
  it('without an offset: Japan time, whatever the machine zone', () => {
    fc.assert(
      fc.property(localDateTime, (x) => {
        const expected = LocalDateTime.of(x.year, x.month, x.day, x.hour, x.minute, x.second, nanos(x.fraction)).toInstant(JST).toEpochMilli();
        expect(parseInstant(render(x))).toBe(expected);
        expect(parseInstant(render(x).replace('T', ' '))).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
  it('Z and z are UTC', () => {
    fc.assert(
      fc.property(localDateTime, (x) => {
        const expected = LocalDateTime.of(x.year, x.month, x.day, x.hour, x.minute, x.second, nanos(x.fraction)).toInstant(ZoneOffset.UTC).toEpochMilli();
        expect(parseInstant(`${render(x)}Z`)).toBe(expected);
        expect(parseInstant(`${render(x)}z`)).toBe(expected);
      }),
      { numRuns: 500 },
    );
  });
  it('minutes only, and 24:00 as the end of the day', () => {
    expect(parseInstant('2026-11-20T10:00')).toBe(LocalDateTime.of(2026, 11, 20, 10, 0).toInstant(JST).toEpochMilli());
    expect(parseInstant('2026-11-20T24:00')).toBe(LocalDate.of(2026, 11, 21).atStartOfDay().toInstant(JST).toEpochMilli());
    expect(parseInstant('2026-12-31T24:00:00Z')).toBe(Instant.parse('2027-01-01T00:00:00Z').toEpochMilli());
  });
  it('a Date is its instant', () => {
    fc.assert(fc.property(fc.integer({ min: Date.UTC(1953, 0, 1), max: Date.UTC(2199, 0, 1) }), (ms) => {
      expect(parseInstant(new Date(ms))).toBe(ms);
    }), { numRuns: 500 });
  });
});

describe('Japan-time readings = js-joda', () => {
  const ms = fc.integer({ min: Date.UTC(1952, 0, 1), max: Date.UTC(2199, 11, 30) });
  it('toJapanDateTime and japanEpochDay', () => {
    fc.assert(
      fc.property(ms, (t) => {
        const o = Instant.ofEpochMilli(t).atOffset(JST);
        const j = toJapanDateTime(t);
        expect(j).toEqual({
          epochDay: o.toLocalDate().toEpochDay(),
          minuteOfDay: o.hour() * 60 + o.minute(),
          year: o.year(),
          month: o.monthValue(),
          day: o.dayOfMonth(),
          dayOfWeek: o.dayOfWeek().value(),
        });
        expect(japanEpochDay(t)).toBe(j.epochDay);
      }),
      { numRuns: 2000 },
    );
  });
  it('japanMidnight', () => {
    fc.assert(
      fc.property(fc.integer({ min: -6000, max: 84000 }), (day) => {
        expect(japanMidnight(day)).toBe(LocalDate.ofEpochDay(day).atStartOfDay().toInstant(JST).toEpochMilli());
      }),
      { numRuns: 1000 },
    );
  });
  it('formatJapanInstant round-trips through parseInstant and matches js-joda', () => {
    fc.assert(
      fc.property(ms, (t) => {
        const s = formatJapanInstant(t);
        expect(parseInstant(s)).toBe(t);
        expect(OffsetDateTime.parse(s).toInstant().toEpochMilli()).toBe(t);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('parseIsoDate and parseYearMonth = js-joda', () => {
  it('valid dates', () => {
    fc.assert(
      fc.property(fc.integer({ min: LocalDate.of(1900, 1, 1).toEpochDay(), max: LocalDate.of(2199, 12, 31).toEpochDay() }), (n) => {
        const s = LocalDate.ofEpochDay(n).toString();
        expect(parseIsoDate(s)).toBe(n);
        expect(formatYearMonth(parseYearMonth(s.slice(0, 7)))).toBe(s.slice(0, 7));
      }),
      { numRuns: 2000 },
    );
  });
  it('impossible dates are refused where js-joda refuses them', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2199 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }), (y, m, d) => {
        const s = `${y}-${pad(m)}-${pad(d)}`;
        let valid = true;
        try {
          LocalDate.of(y, m, d);
        } catch {
          valid = false;
        }
        if (valid) expect(parseIsoDate(s)).toBe(LocalDate.of(y, m, d).toEpochDay());
        else expect(() => parseIsoDate(s, ['date'])).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['date'] }));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('bad inputs', () => {
  it.each([
    ['a date alone', '2026-11-20', 'invalid_input', 'a date alone is not an instant'],
    ['a time without a date', '10:00', 'invalid_input', 'a time needs a date'],
    ['an impossible date', '2026-02-30T10:00', 'invalid_input', 'Invalid day of month'],
    ['29 February of a common year', '2026-02-29T10:00', 'invalid_input', 'Invalid day of month'],
    ['hour 25', '2026-11-20T25:00', 'invalid_input', 'Invalid time of day'],
    ['24:30', '2026-11-20T24:30', 'invalid_input', 'Invalid time of day'],
    ['second 60', '2026-11-20T10:00:60', 'invalid_input', 'Invalid time of day'],
    ['minute 60', '2026-11-20T10:60', 'invalid_input', 'Invalid time of day'],
    ['offset +19:00', '2026-11-20T10:00+19:00', 'invalid_input', 'Invalid UTC offset'],
    ['offset minutes 60', '2026-11-20T10:00+09:60', 'invalid_input', 'Invalid UTC offset'],
    ['leading space', ' 2026-11-20T10:00', 'invalid_input', 'Expected an ISO-8601'],
    ['month 13', '2026-13-01T10:00', 'invalid_input', 'Invalid month'],
    ['before 1952 (DST era)', '1951-09-01T10:00', 'out_of_range', '1952'],
    ['year 2200', '2200-01-01T00:00', 'out_of_range', ''],
    ['a number', 1_700_000_000_000, 'invalid_input', 'Expected an ISO-8601 date-time string or a Date'],
    ['null', null, 'invalid_input', 'received null'],
    ['an invalid Date', new Date(Number.NaN), 'invalid_input', 'Invalid Date'],
    ['a Date before 1952', new Date(Date.UTC(1950, 0, 1)), 'out_of_range', ''],
  ])('parseInstant: %s', (_what, input, code, message) => {
    expect(() => parseInstant(input, ['at'])).toThrowError(expect.objectContaining({ code, path: ['at'], message: expect.stringContaining(message) }));
  });
  it.each([
    ['2026-02-29', 'invalid_input'],
    ['2026-11-20T10:00', 'invalid_input'],
    ['20261120', 'invalid_input'],
    ['1899-12-31', 'out_of_range'],
    ['2200-01-01', 'out_of_range'],
  ])('parseIsoDate(%j) → %s', (input, code) => {
    expect(() => parseIsoDate(input, ['on'])).toThrowError(expect.objectContaining({ code, path: ['on'] }));
  });
  it.each([
    ['2026-13', 'invalid_input'],
    ['2026-00', 'invalid_input'],
    ['2026-1', 'invalid_input'],
    [202611, 'invalid_input'],
  ])('parseYearMonth(%j) → %s', (input, code) => {
    expect(() => parseYearMonth(input, ['month'])).toThrowError(expect.objectContaining({ code, path: ['month'] }));
  });
  // Regression: offsets are limited to ±18:00 as in ISO-8601 / java.time (js-joda); +18:30 used to pass.
  it('parseInstant refuses offsets beyond ±18:00 (+18:30)', () => {
    expect(() => ZoneOffset.of('+18:30')).toThrow();
    expect(() => parseInstant('2026-11-20T10:00+18:30', ['at'])).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['at'] }));
  });
  it('the instant range ends exactly at 1952-01-01T00:00+09:00', () => {
    expect(parseInstant('1952-01-01T00:00+09:00')).toBe(LocalDateTime.of(1952, 1, 1, 0, 0).toInstant(JST).toEpochMilli());
    expect(() => parseInstant('1951-12-31T23:59:59+09:00')).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
  });
});
