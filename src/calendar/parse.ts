/**
 * Input readers of the calendar module: fast paths for well-formed dates and instants that fall
 * back to `parseIsoDate` / `parseInstant` (and their errors) for everything else.
 */
import { InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { JAPAN_OFFSET_MS, MAX_YEAR, parseInstant, parseIsoDate } from '../time/index.js';
import { daysFromCivil, daysInMonth, MS_PER_DAY } from '../time/civil.js';

const ZERO = 48;

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - ZERO;
  return c >= 0 && c <= 9 ? c : -1;
}

/**
 * Epoch day of a `YYYY-MM-DD` date (Japan calendar). Same answers and errors as `parseIsoDate`,
 * without a regular expression on the common path.
 * @throws {InvalidInputError} not a date string, or an impossible date
 * @throws {OutOfRangeError} a year outside 1900–2199
 */
export function parseDateFast(input: unknown, path: ErrorPath): number {
  if (typeof input === 'string' && input.length === 10 && input.charCodeAt(4) === 45 && input.charCodeAt(7) === 45) {
    const y0 = digit(input, 0);
    const y1 = digit(input, 1);
    const y2 = digit(input, 2);
    const y3 = digit(input, 3);
    const m0 = digit(input, 5);
    const m1 = digit(input, 6);
    const d0 = digit(input, 8);
    const d1 = digit(input, 9);
    if ((y0 | y1 | y2 | y3 | m0 | m1 | d0 | d1) >= 0) {
      const year = y0 * 1000 + y1 * 100 + y2 * 10 + y3;
      const month = m0 * 10 + m1;
      const day = d0 * 10 + d1;
      if (year >= 1900 && year <= MAX_YEAR && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
        return daysFromCivil(year, month, day);
      }
    }
  }
  return parseIsoDate(input, path);
}

const MIN_MS = daysFromCivil(1952, 1, 1) * MS_PER_DAY - JAPAN_OFFSET_MS;
const MAX_MS = daysFromCivil(MAX_YEAR + 1, 1, 1) * MS_PER_DAY - JAPAN_OFFSET_MS;

/**
 * Epoch milliseconds of an instant: an ISO-8601 string (no offset = Japan time), a `Date`, or a
 * number of epoch milliseconds.
 * @throws {InvalidInputError} malformed or impossible; {@link OutOfRangeError} outside 1952–2199
 */
export function parseAt(input: unknown, path: ErrorPath): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new InvalidInputError(path, 'Expected a finite number of epoch milliseconds', { value: String(input) });
    if (input < MIN_MS || input >= MAX_MS) {
      throw new OutOfRangeError(path, `Instant outside the supported range 1952-01-01 – ${MAX_YEAR}-12-31 (Japan time)`, { value: input });
    }
    return input;
  }
  return parseInstant(input, path);
}
