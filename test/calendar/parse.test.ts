/**
 * The calendar module's fast input readers give exactly the answers and errors of
 * parseIsoDate / parseInstant (src/time), on well-formed and malformed input alike.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseAt, parseDateFast } from '../../src/calendar/parse.js';
import { parseInstant, parseIsoDate } from '../../src/time/index.js';

function outcome(f: () => number): string {
  try {
    return `ok ${f()}`;
  } catch (e) {
    const err = e as { code?: string; path?: unknown; message?: string };
    return `${err.code} ${JSON.stringify(err.path)} ${err.message}`;
  }
}
const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const num = (lo: number, hi: number, w = 2) => fc.integer({ min: lo, max: hi }).map((n) => pad(n, w));
const dateStr = fc.tuple(num(1880, 2220, 4), num(0, 13), num(0, 32)).map(([y, m, d]) => `${y}-${m}-${d}`);
const instantStr = fc
  .tuple(
    dateStr,
    fc.constantFrom('T', ' ', 't', 'X'),
    num(0, 25),
    num(0, 61),
    fc.option(num(0, 61), { nil: undefined }),
    fc.option(fc.stringMatching(/^[.,]\d{0,11}$/), { nil: undefined }),
    fc.option(fc.constantFrom('Z', 'z', '+09:00', '-05:00', '+0530', '+09', '-18:00', '+18:59', '+19:00', '+09:60', '+9:00', '+09:0', 'J'), { nil: undefined }),
  )
  .map(([d, sep, h, mi, s, f, o]) => `${d}${sep}${h}:${mi}${s === undefined ? '' : `:${s}${f ?? ''}`}${o ?? ''}`);

describe('fast readers = src/time readers', () => {
  it('parseDateFast = parseIsoDate', () => {
    fc.assert(
      fc.property(fc.oneof(dateStr, fc.string({ maxLength: 12 })), (s) => {
        expect(outcome(() => parseDateFast(s, ['date']))).toBe(outcome(() => parseIsoDate(s, ['date'])));
      }),
      { numRuns: 5000 },
    );
  });
  it('parseAt = parseInstant for strings', () => {
    fc.assert(
      fc.property(fc.oneof(instantStr, fc.string({ maxLength: 30 })), (s) => {
        expect(outcome(() => parseAt(s, ['at']))).toBe(outcome(() => parseInstant(s, ['at'])));
      }),
      { numRuns: 10000 },
    );
  });
  it('parseAt takes epoch milliseconds in the same range', () => {
    expect(parseAt(0, ['at'])).toBe(0);
    expect(() => parseAt(Date.UTC(1951, 0, 1), ['at'])).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['at'] }));
    expect(() => parseAt(Date.UTC(2200, 0, 1), ['at'])).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['at'] }));
    expect(() => parseAt(Number.NaN, ['at'])).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['at'] }));
    expect(parseAt(new Date(5), ['at'])).toBe(5);
  });
});
