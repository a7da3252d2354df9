/**
 * Fast readers of dates and instants for the hot paths (calendar look-ups, quota events, area
 * look-ups): the common ISO-8601 shapes are read with character codes — no regular expression, no
 * allocation — and everything else (24:00, a `Date`, anything malformed or out of range) goes to
 * {@link parseIsoDate} / {@link parseInstant}, which decide and throw the typed errors. Both paths
 * give the same answers and the same errors (test/time/fast.test.ts checks it with fast-check).
 */
import { InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { daysFromCivil, daysInMonth, MS_PER_DAY } from './civil.js';
import { COLON, COMMA, DASH, DOT, LOWER_Z, PLUS, SPACE, T, UPPER_Z, ZERO } from './chars.js';
import { JAPAN_OFFSET_MS, MAX_YEAR, MIN_YEAR, parseInstant, parseIsoDate } from './japan.js';

/** The range parseInstant accepts: 1952-01-01T00:00+09:00 (inclusive) to 2200-01-01T00:00+09:00 (exclusive). */
const MIN_INSTANT_MS = daysFromCivil(1952, 1, 1) * MS_PER_DAY - JAPAN_OFFSET_MS;
const MAX_INSTANT_MS = daysFromCivil(MAX_YEAR + 1, 1, 1) * MS_PER_DAY - JAPAN_OFFSET_MS;
/** Offsets beyond ±18:00 are refused, as parseInstant refuses them. */
const MAX_OFFSET_MINUTES = 18 * 60;
/** Powers of ten for the fraction of a second (up to nine digits). */
const POW10 = [1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000, 1_000_000_000];


/** The digit at `i`, or -1. */
function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - ZERO;
  return c >= 0 && c <= 9 ? c : -1;
}

/** The two-digit number at `i`, or -1. */
function two(s: string, i: number): number {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * Epoch day of a well-formed, valid `YYYY-MM-DD` (1900–2199), or NaN for anything else.
 * @example fastEpochDay('2026-11-22') //=> 20779
 * @example fastEpochDay('2026-02-30') //=> NaN
 */
export function fastEpochDay(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH) return NaN;
  const yh = two(s, 0);
  const yl = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  if (yh < 0 || yl < 0 || month < 1 || month > 12 || day < 1) return NaN;
  const year = yh * 100 + yl;
  if (year < MIN_YEAR || year > MAX_YEAR || day > daysInMonth(year, month)) return NaN;
  return daysFromCivil(year, month, day);
}

/**
 * Epoch day of the last day of a well-formed, valid month `YYYY-MM` (1900–2199), or NaN for anything else
 * ({@link parseYearMonth} then decides and throws).
 * @example fastMonthLastDay('2026-02') === fastEpochDay('2026-02-28') //=> true
 * @example fastMonthLastDay('2026-13') //=> NaN
 */
export function fastMonthLastDay(s: string): number {
  if (s.length !== 7 || s.charCodeAt(4) !== DASH) return NaN;
  const yh = two(s, 0);
  const yl = two(s, 2);
  const month = two(s, 5);
  if (yh < 0 || yl < 0 || month < 1 || month > 12) return NaN;
  const year = yh * 100 + yl;
  if (year < MIN_YEAR || year > MAX_YEAR) return NaN;
  return daysFromCivil(year, month, daysInMonth(year, month));
}

/**
 * Epoch milliseconds of an ISO-8601 instant in a common shape,
 * `YYYY-MM-DD(T| )HH:MM[:SS[(.|,)f…]][Z|z|±HH[:]MM|±HH]` (no offset = Japan time), or NaN for anything
 * else: another shape, 24:00, an impossible date or time, an offset beyond ±18:00, or an instant outside
 * 1952-01-01 – 2199 (Japan time). Wherever it answers, the answer is {@link parseInstant}'s.
 * @example fastInstantMs('2026-11-20T06:00:00Z') === parseInstant('2026-11-20T15:00') //=> true
 * @example fastInstantMs('2026-11-20T24:00') //=> NaN (parseInstant decides)
 */
export function fastInstantMs(s: string): number {
  const n = s.length;
  if (n < 16 || s.charCodeAt(4) !== DASH || s.charCodeAt(7) !== DASH || s.charCodeAt(13) !== COLON) return NaN;
  const sep = s.charCodeAt(10);
  if (sep !== T && sep !== SPACE) return NaN;
  const yh = two(s, 0);
  const yl = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  if (yh < 0 || yl < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) return NaN;
  const year = yh * 100 + yl;
  if (year < MIN_YEAR || year > MAX_YEAR || day > daysInMonth(year, month)) return NaN;
  let i = 16;
  let second = 0;
  let fractionMs = 0;
  if (i < n && s.charCodeAt(i) === COLON) {
    second = two(s, i + 1);
    if (second < 0 || second > 59) return NaN;
    i += 3;
    const c = i < n ? s.charCodeAt(i) : 0;
    if (c === DOT || c === COMMA) {
      // One to nine digits, read as parseInstant reads them: floor(Number('0.' + digits) * 1000).
      // digits / 10^k is the correctly rounded double of that decimal, as Number() gives.
      let j = i + 1;
      let digits = 0;
      while (j < n && j - i <= 9) {
        const d = digit(s, j);
        if (d < 0) break;
        digits = digits * 10 + d;
        j++;
      }
      if (j === i + 1 || (j < n && digit(s, j) >= 0)) return NaN;
      fractionMs = Math.floor((digits / POW10[j - i - 1]!) * 1000);
      i = j;
    }
  }
  let offsetMs = JAPAN_OFFSET_MS;
  if (i < n) {
    const c = s.charCodeAt(i);
    if ((c === UPPER_Z || c === LOWER_Z) && i + 1 === n) offsetMs = 0;
    else if (c === PLUS || c === DASH) {
      const oh = two(s, i + 1);
      const rest = n - (i + 3);
      let om: number;
      if (rest === 0) om = 0;
      else if (rest === 3 && s.charCodeAt(i + 3) === COLON) om = two(s, i + 4);
      else if (rest === 2) om = two(s, i + 3);
      else return NaN;
      if (oh < 0 || om < 0 || om > 59 || oh * 60 + om > MAX_OFFSET_MINUTES) return NaN;
      offsetMs = (c === DASH ? -1 : 1) * (oh * 60 + om) * 60_000;
    } else return NaN;
  }
  const ms = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + fractionMs - offsetMs;
  return ms < MIN_INSTANT_MS || ms >= MAX_INSTANT_MS ? NaN : ms;
}

/**
 * {@link parseIsoDate}, with the fast path of {@link fastEpochDay}: the same epoch day and the same errors.
 * @throws {InvalidInputError} not a date string, wrong shape, or an impossible date
 * @throws {OutOfRangeError} a year outside 1900–2199
 * @example parseIsoDateFast('2026-11-22', ['date']) //=> 20779
 */
export function parseIsoDateFast(input: unknown, path: ErrorPath = []): number {
  if (typeof input === 'string') {
    const day = fastEpochDay(input);
    if (day === day) return day;
  }
  return parseIsoDate(input, path);
}

/**
 * {@link parseInstant}, with the fast path of {@link fastInstantMs}: an ISO-8601 string (no offset =
 * Japan time) or a `Date`, to the same epoch milliseconds and with the same errors.
 * @throws {InvalidInputError} malformed or impossible input, or neither a string nor a `Date`
 * @throws {OutOfRangeError} before 1952-01-01 or after 2199 (Japan time)
 * @example parseInstantFast('2026-11-30T23:30:00+09:00', ['at']) === parseInstant('2026-11-30T14:30:00Z') //=> true
 */
export function parseInstantFast(input: unknown, path: ErrorPath = []): number {
  if (typeof input === 'string') {
    const ms = fastInstantMs(input);
    if (ms === ms) return ms;
  }
  return parseInstant(input, path);
}

/**
 * {@link parseInstantFast}, and also a number of epoch milliseconds (finite, in the same range).
 * @throws {InvalidInputError} malformed or impossible input, or a number that is not finite
 * @throws {OutOfRangeError} before 1952-01-01 or after 2199 (Japan time)
 * @example parseInstantOrEpochMs(Date.UTC(2026, 10, 20, 6), ['at']) === parseInstant('2026-11-20T15:00') //=> true
 */
export function parseInstantOrEpochMs(input: unknown, path: ErrorPath = []): number {
  if (typeof input === 'number') {
    if (!Number.isFinite(input)) throw new InvalidInputError(path, 'Expected a finite number of epoch milliseconds', { value: String(input) });
    if (input < MIN_INSTANT_MS || input >= MAX_INSTANT_MS) {
      throw new OutOfRangeError(path, `Instant outside the supported range 1952-01-01 – ${MAX_YEAR}-12-31 (Japan time)`, { value: input });
    }
    return input;
  }
  return parseInstantFast(input, path);
}

/**
 * Japan-time month index (`year * 12 + month - 1`) of an instant in epoch milliseconds, without
 * allocating (Hinnant's civil_from_days on the Japan epoch day, reduced to year and month).
 * @example formatYearMonth(japanMonthIndexOf(parseInstant('2026-11-30T15:00:00Z'))) //=> '2026-12'
 */
export function japanMonthIndexOf(epochMs: number): number {
  const z = Math.floor((epochMs + JAPAN_OFFSET_MS) / MS_PER_DAY) + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return year * 12 + month - 1;
}
