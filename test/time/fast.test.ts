/**
 * The fast readers of src/time/fast.ts (used by calendar, quota and area) give exactly the answers
 * and errors of parseIsoDate / parseInstant (src/time/japan.ts), on well-formed and malformed input
 * alike; the NaN-returning cores never answer differently from parseInstant where they answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fastEpochDay,
  fastInstantMs,
  fastMonthLastDay,
  japanMonthIndexOf,
  parseInstantFast,
  parseInstantOrEpochMs,
  parseIsoDateFast,
} from '../../src/time/fast.js';
import { monthBounds, monthIndex, parseInstant, parseIsoDate, parseYearMonth, toJapanDateTime } from '../../src/time/index.js';

/** The answer, or the error's code, path and message. */
function outcome(f: () => number): string {
  try {
    return `ok ${f()}`;
  } catch (e) {
    const err = e as { code?: string; path?: unknown; message?: string };
    expect(err.code, String(e)).toBeDefined();
    return `${err.code} ${JSON.stringify(err.path)} ${err.message}`;
  }
}
/** Checks with fast-check that `fast` and `reference` give the same outcome on every value of `arb`. */
function expectSameOutcomes(arb: fc.Arbitrary<string>, fast: (s: string) => number, reference: (s: string) => number, numRuns: number): void {
  fc.assert(
    fc.property(arb, (s) => {
      expect(outcome(() => fast(s))).toBe(outcome(() => reference(s)));
    }),
    { numRuns },
  );
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const num = (lo: number, hi: number, w = 2) => fc.integer({ min: lo, max: hi }).map((n) => pad(n, w));
const digits = (n: number) => fc.integer({ min: 0, max: 10 ** n - 1 }).map((x) => pad(x, n));

const dateStr = fc.tuple(num(1880, 2220, 4), num(0, 13), num(0, 32)).map(([y, m, d]) => `${y}-${m}-${d}`);

/** Near-valid instants: every field a little out of range now and then, every offset shape. */
const instantStr = fc
  .tuple(
    dateStr,
    fc.constantFrom('T', ' ', 't', 'X'),
    num(0, 25),
    num(0, 61),
    fc.option(num(0, 61), { nil: undefined }),
    fc.option(fc.stringMatching(/^[.,]\d{0,11}$/), { nil: undefined }),
    fc.option(
      fc.constantFrom('Z', 'z', '+09:00', '-05:00', '+0530', '+09', '-18:00', '+18:00', '+18:01', '+18:30', '-1830', '+18:59', '+19:00', '+09:60', '+9:00', '+09:0', 'J'),
      { nil: undefined },
    ),
  )
  .map(([d, sep, h, mi, s, f, o]) => `${d}${sep}${h}:${mi}${s === undefined ? '' : `:${s}${f ?? ''}`}${o ?? ''}`);

/** Shapes the quota events use, with the usual mistakes (one digit, :60, +9, a trailing character). */
const eventInstantStr = fc
  .tuple(
    digits(4),
    digits(2),
    digits(2),
    fc.constantFrom('T', ' ', 't'),
    digits(2),
    digits(2),
    fc.constantFrom('', ':00', ':59', ':60', ':5', '.5', ':07.123'),
    fc.constantFrom('', 'Z', 'z', '+09:00', '-0330', '+18', '+19:00', '+09:60', '+9', 'Zx', '+09:0'),
  )
  .map(([y, mo, d, t, h, mi, s, z]) => `${y}-${mo}-${d}${t}${h}:${mi}${s}${z}`);

/** Valid instants across the whole supported range, in several zones, with fractions of any length. */
const validInstantStr = fc
  .record({
    ms: fc.integer({ min: Date.UTC(1952, 0, 1), max: Date.UTC(2199, 11, 30) }),
    offsetMinutes: fc.integer({ min: -18 * 60, max: 18 * 60 }),
    fraction: fc.option(fc.stringMatching(/^\d{1,9}$/), { nil: undefined }),
  })
  .map(({ ms, offsetMinutes, fraction }) => {
    const d = new Date(Math.floor(ms / 1000) * 1000 + offsetMinutes * 60_000);
    const sign = offsetMinutes < 0 ? '-' : '+';
    const off = Math.abs(offsetMinutes);
    return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}${fraction === undefined ? '' : `.${fraction}`}${sign}${pad(Math.floor(off / 60))}:${pad(off % 60)}`;
  });

describe('parseIsoDateFast = parseIsoDate', () => {
  it('on dates near and off the valid ones, and on any string', () => {
    expectSameOutcomes(fc.oneof(dateStr, fc.string({ maxLength: 12 })), (s) => parseIsoDateFast(s, ['date']), (s) => parseIsoDate(s, ['date']), 5000);
  });
  it.each([null, undefined, 20_414, new Date(0), ['2026-11-22']])('non-strings: %s', (v) => {
    expect(outcome(() => parseIsoDateFast(v, ['date']))).toBe(outcome(() => parseIsoDate(v, ['date'])));
  });
  it('fastEpochDay answers only what parseIsoDate accepts', () => {
    expect(fastEpochDay('2026-11-22')).toBe(parseIsoDate('2026-11-22'));
    for (const s of ['2026-02-30', '1899-12-31', '2200-01-01', '2026-1-22', '２０２６-11-22', '2026/11/22']) expect(fastEpochDay(s)).toBeNaN();
  });
});

describe('fastMonthLastDay = parseYearMonth', () => {
  it('answers the last day of every month parseYearMonth reads, and NaN for what it refuses', () => {
    const monthStr = fc.oneof(fc.tuple(num(1850, 2250, 4), num(0, 13)).map(([y, m]) => `${y}-${m}`), fc.string({ maxLength: 9 }));
    fc.assert(
      fc.property(monthStr, (s) => {
        let expected = NaN;
        try {
          expected = monthBounds(parseYearMonth(s)).lastDay;
        } catch {
          // refused: the fast reader must not answer
        }
        expect(fastMonthLastDay(s), s).toBe(expected);
      }),
      { numRuns: 10_000 },
    );
    expect(fastMonthLastDay('2024-02')).toBe(parseIsoDate('2024-02-29'));
    expect(fastMonthLastDay('2100-02')).toBe(parseIsoDate('2100-02-28'));
    for (const s of ['1899-12', '2200-01', '2026-00', '2026-13', '2026-1', '２０２６-11', '2026/11']) expect(fastMonthLastDay(s), s).toBeNaN();
  });
});

describe('parseInstantFast = parseInstant', () => {
  it('on near-valid instants and on any string', () => {
    expectSameOutcomes(fc.oneof(instantStr, eventInstantStr, fc.string({ maxLength: 30 })), (s) => parseInstantFast(s, ['at']), (s) => parseInstant(s, ['at']), 15_000);
  });
  it('on valid instants of the whole range, every offset up to ±18:00 and fractions of 1–9 digits', () => {
    fc.assert(
      fc.property(validInstantStr, (s) => {
        const ms = fastInstantMs(s);
        expect(ms, s).not.toBeNaN();
        expect(ms).toBe(parseInstant(s));
      }),
      { numRuns: 5000 },
    );
  });
  it('reads every fraction of one to three digits as parseInstant does', () => {
    for (let n = 0; n < 1000; n++) {
      for (const f of new Set([String(n), pad(n, 2), pad(n, 3)])) {
        if (f.length > 3) continue;
        const s = `2026-11-20T10:00:00.${f}Z`;
        expect(fastInstantMs(s), s).toBe(parseInstant(s));
      }
    }
  });
  it.each([
    '2026-11-30T23:30',
    '2026-11-30T14:30:00Z',
    '2026-11-30 14:30:00z',
    '2026-11-30T10:30-0400',
    '2026-11-30T23:30+09',
    '2026-11-30T23:30:00,5+09:00',
    '1953-01-01T00:00',
    '1952-01-01T00:00',
    '2198-12-31T23:59:59+09:00',
    '2199-12-31T23:59:59.999',
    '2026-11-30T10:00-18:00',
  ])('%s', (s) => {
    expect(fastInstantMs(s)).toBe(parseInstant(s, []));
    expect(parseInstantFast(s, [])).toBe(parseInstant(s, []));
  });
  it.each([
    ['2026-11-30T24:00', 'ok'],
    ['2026-11-30T10:00+18:30', 'invalid_input'],
    ['2026-11-30T10:00-1801', 'invalid_input'],
    ['1951-12-31T23:59', 'out_of_range'],
    ['1952-01-01T00:00+09:01', 'out_of_range'],
    ['2200-01-01T00:00', 'out_of_range'],
    ['2026-11-30', 'invalid_input'],
    ['2026-11-30T10:00:00.1234567890Z', 'invalid_input'],
  ])('%s is left to parseInstant (%s)', (s, code) => {
    expect(fastInstantMs(s)).toBeNaN();
    expect(outcome(() => parseInstantFast(s, ['at']))).toBe(outcome(() => parseInstant(s, ['at'])));
    expect(outcome(() => parseInstantFast(s, ['at'])).split(' ')[0]).toBe(code);
  });
  it.each([new Date(5), new Date(Number.NaN), 5, null, undefined, {}])('non-strings as parseInstant: %s', (v) => {
    expect(outcome(() => parseInstantFast(v, ['at']))).toBe(outcome(() => parseInstant(v, ['at'])));
  });
});

describe('parseInstantOrEpochMs', () => {
  it('= parseInstant for strings', () => {
    expectSameOutcomes(fc.oneof(instantStr, fc.string({ maxLength: 30 })), (s) => parseInstantOrEpochMs(s, ['at']), (s) => parseInstant(s, ['at']), 5000);
  });
  it('takes epoch milliseconds in the same range', () => {
    expect(parseInstantOrEpochMs(0, ['at'])).toBe(0);
    expect(() => parseInstantOrEpochMs(Date.UTC(1951, 0, 1), ['at'])).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['at'] }));
    expect(() => parseInstantOrEpochMs(Date.UTC(2200, 0, 1), ['at'])).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['at'] }));
    expect(() => parseInstantOrEpochMs(Number.NaN, ['at'])).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['at'] }));
    expect(parseInstantOrEpochMs(new Date(5), ['at'])).toBe(5);
  });
});

describe('japanMonthIndexOf', () => {
  it('is the month of toJapanDateTime', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1952, 0, 1), max: Date.UTC(2199, 11, 31) }), (ms) => {
        const j = toJapanDateTime(ms);
        expect(japanMonthIndexOf(ms)).toBe(monthIndex(j.year, j.month));
      }),
      { numRuns: 3000 },
    );
  });
});
