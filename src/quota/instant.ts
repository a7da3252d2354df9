/**
 * Fast path for reading event instants: the common shapes `YYYY-MM-DDTHH:MM[:SS](Z|±HH:MM|±HHMM|±HH)?`
 * are read with character codes (no regular expression, no allocation); every other input
 * (fractions of a second, `24:00`, a `Date`, years near the edges of the supported range, anything
 * malformed) goes to {@link parseInstant}, which decides and produces the typed error. Both paths give
 * the same epoch milliseconds (a fast-check property in test/quota checks it).
 */
import type { ErrorPath } from '../errors.js';
import { daysFromCivil, daysInMonth, JAPAN_OFFSET_MS, MS_PER_DAY, parseInstant } from '../time/index.js';

/** Years the fast path handles itself; nearer the supported range's edges it defers to parseInstant. */
const FAST_MIN_YEAR = 1953;
const FAST_MAX_YEAR = 2198;

function digit(s: string, i: number): number {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : -1;
}

function two(s: string, i: number): number {
  const a = digit(s, i);
  const b = digit(s, i + 1);
  return a < 0 || b < 0 ? -1 : a * 10 + b;
}

/**
 * Epoch milliseconds of an instant, exactly as {@link parseInstant} reads it (no offset = Japan time).
 * @throws {InvalidInputError} malformed or impossible input (via parseInstant)
 * @throws {OutOfRangeError} outside 1952–2199 (via parseInstant)
 * @example parseQuotaInstant('2026-11-30T23:30:00+09:00') === parseInstant('2026-11-30T14:30:00Z') //=> true
 */
export function parseQuotaInstant(input: unknown, path: ErrorPath): number {
  if (typeof input !== 'string') return parseInstant(input, path);
  const s = input;
  const n = s.length;
  if (n < 16 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45 || s.charCodeAt(13) !== 58) return parseInstant(input, path);
  const sep = s.charCodeAt(10);
  if (sep !== 84 && sep !== 32) return parseInstant(input, path);
  const y1 = two(s, 0);
  const y2 = two(s, 2);
  const month = two(s, 5);
  const day = two(s, 8);
  const hour = two(s, 11);
  const minute = two(s, 14);
  if (y1 < 0 || y2 < 0 || month < 1 || month > 12 || day < 1 || hour < 0 || hour > 23 || minute < 0 || minute > 59) {
    return parseInstant(input, path);
  }
  const year = y1 * 100 + y2;
  if (year < FAST_MIN_YEAR || year > FAST_MAX_YEAR || day > daysInMonth(year, month)) return parseInstant(input, path);
  let i = 16;
  let second = 0;
  if (i < n && s.charCodeAt(i) === 58) {
    second = two(s, i + 1);
    if (second < 0 || second > 59) return parseInstant(input, path);
    i += 3;
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
      else return parseInstant(input, path);
      if (oh < 0 || om < 0 || oh > 18 || om > 59) return parseInstant(input, path);
      offsetMs = (c === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
    } else return parseInstant(input, path);
  }
  return daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 - offsetMs;
}

/**
 * Japan-time month index (`year * 12 + month - 1`) of an instant.
 * @example formatYearMonth(japanMonthIndexOf(parseInstant('2026-11-30T15:00:00Z'))) //=> '2026-12'
 */
export function japanMonthIndexOf(epochMs: number): number {
  // Hinnant's civil_from_days on the Japan epoch day, reduced to year and month (no allocation).
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
