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
  if (typeof input === 'string') {
    const ms = parseInstantFast(input);
    if (ms === ms) return ms;
  }
  return parseInstant(input, path);
}

function two(s: string, i: number): number {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * The common shapes of ISO-8601 instants without a regular expression:
 * `YYYY-MM-DD[T ]HH:MM[:SS[.f…]][Z|±HH[:]MM|±HH]`. Returns NaN for anything else (or anything
 * invalid or out of range), so that `parseInstant` gives the answer or the error.
 */
function parseInstantFast(s: string): number {
  const n = s.length;
  if (n < 16 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58) return NaN;
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return NaN;
  const yh = two(s, 0);
  const yl = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  if (yh < 0 || yl < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  const year = yh * 100 + yl;
  if (year < 1900 || year > MAX_YEAR || day > daysInMonth(year, month)) return NaN;
  let i = 16;
  let second = 0;
  let fractionMs = 0;
  if (i < n && s.charCodeAt(i) === 58) {
    second = two(s, i + 1);
    if (second < 0 || second > 59) return NaN;
    i += 3;
    const c = i < n ? s.charCodeAt(i) : 0;
    if (c === 46 || c === 44) {
      let j = i + 1;
      while (j < n && j - i <= 9 && digit(s, j) >= 0) j++;
      if (j === i + 1 || (j < n && digit(s, j) >= 0)) return NaN;
      fractionMs = Math.floor(Number(`0.${s.slice(i + 1, j)}`) * 1000);
      i = j;
    }
  }
  let offsetMs = JAPAN_OFFSET_MS;
  if (i < n) {
    const c = s.charCodeAt(i);
    if ((c === 90 || c === 122) && i + 1 === n) offsetMs = 0;
    else if (c === 43 || c === 45) {
      const oh = two(s, i + 1);
      let om = 0;
      const rest = n - (i + 3);
      if (rest === 0) om = 0;
      else if (rest === 3 && s.charCodeAt(i + 3) === 58) om = two(s, i + 4);
      else if (rest === 2) om = two(s, i + 3);
      else return NaN;
      if (oh < 0 || om < 0 || oh > 18 || om > 59 || (oh === 18 && om > 0)) return NaN;
      offsetMs = (c === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
    } else return NaN;
  }
  const ms = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + fractionMs - offsetMs;
  return ms < MIN_MS || ms >= MAX_MS ? NaN : ms;
}
