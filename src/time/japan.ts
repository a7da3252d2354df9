/**
 * Japan time. Every calendar rule of the library (暦月, days, business hours)
 * is evaluated in Asia/Tokyo, whatever the machine's or the caller's time zone.
 *
 * Asia/Tokyo has been UTC+09:00 without daylight saving since 1951-09-08
 * (Japan observed DST from 1948 to 1951). The library therefore uses the fixed
 * offset +09:00 and rejects instants before 1952-01-01 rather than guess.
 */
import { InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { COLON, digitCode, DOT, NINE, PLUS, T, ZERO } from './chars.js';
import {
  MS_PER_DAY,
  civilFromDays,
  daysFromCivil,
  daysInMonth,
  formatIsoDate,
  isoDayOfWeek,
  monthIndex,
  pad2,
} from './civil.js';
import {
  foreignDate,
  foreignInstantMs,
  splitRfc9557,
  type JsJodaInstantLike,
  type JsJodaLocalDateLike,
  type JsJodaOffsetDateTimeLike,
  type TemporalInstantLike,
  type TemporalPlainDateLike,
} from './foreign.js';

/** Offset of Japan Standard Time from UTC in milliseconds (+09:00). @example JAPAN_OFFSET_MS //=> 32400000 */
export const JAPAN_OFFSET_MS = 9 * 3_600_000;

/**
 * Inputs that name an instant: an ISO-8601 string (with or without offset; no offset = Japan time; an
 * RFC 9557 zone suffix such as `[Asia/Tokyo]` is accepted), a `Date`, a js-joda `Instant`, `ZonedDateTime`
 * or `OffsetDateTime`, or a Temporal `Instant` or `ZonedDateTime` (recognised by shape; neither library is
 * imported).
 */
export type InstantInput = string | Date | JsJodaInstantLike | JsJodaOffsetDateTimeLike | TemporalInstantLike;

/** Inputs that name a calendar date: `YYYY-MM-DD`, a js-joda `LocalDate` or a Temporal `PlainDate` (ISO calendar). */
export type DateInput = string | JsJodaLocalDateLike | TemporalPlainDateLike;

/** Earliest calendar year accepted for dates. @example MIN_YEAR //=> 1900 */
export const MIN_YEAR = 1900;
/** Latest calendar year accepted for dates. @example MAX_YEAR //=> 2199 */
export const MAX_YEAR = 2199;
/** Instants before this (1952-01-01T00:00+09:00) are refused: Japan observed DST until 1951. */
const MIN_INSTANT_MS = daysFromCivil(1952, 1, 1) * MS_PER_DAY - JAPAN_OFFSET_MS;
const MAX_INSTANT_MS = (daysFromCivil(MAX_YEAR + 1, 1, 1)) * MS_PER_DAY - JAPAN_OFFSET_MS;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?(Z|z|[+-]\d{2}(?::?\d{2})?)?$/;
const MONTH_RE = /^(\d{4})-(\d{2})$/;

function checkYmd(year: number, month: number, day: number, raw: string, path: ErrorPath): void {
  if (year < MIN_YEAR || year > MAX_YEAR) {
    throw new OutOfRangeError(path, `Year ${year} is outside the supported range ${MIN_YEAR}–${MAX_YEAR}: ${JSON.stringify(raw)}`, {
      value: raw,
      min: MIN_YEAR,
      max: MAX_YEAR,
    });
  }
  if (month < 1 || month > 12) {
    throw new InvalidInputError(path, `Invalid month (valid values 1 - 12): ${JSON.stringify(raw)}`, { value: raw });
  }
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) {
    throw new InvalidInputError(path, `Invalid day of month (valid values 1 - ${dim} for ${year}-${pad2(month)}): ${JSON.stringify(raw)}`, {
      value: raw,
    });
  }
}

/**
 * Parses a calendar date `YYYY-MM-DD` (Japan calendar), a js-joda `LocalDate` or a Temporal `PlainDate`
 * (ISO calendar) to an epoch day.
 * @throws {InvalidInputError} not a date, wrong shape, or an impossible date such as 2026-02-30
 * @throws {OutOfRangeError} a year outside 1900–2199
 * @example parseIsoDate('2026-11-22') //=> 20_779
 */
export function parseIsoDate(input: unknown, path: ErrorPath = []): number {
  if (typeof input !== 'string') {
    const date = foreignDate(input, path);
    if (date === undefined) {
      throw new InvalidInputError(path, `Expected a date string YYYY-MM-DD (or a js-joda LocalDate or Temporal PlainDate), received ${describe(input)}`, { value: input });
    }
    if (!Number.isInteger(date.year) || !Number.isInteger(date.month) || !Number.isInteger(date.day)) {
      throw new InvalidInputError(path, `Expected a date, received ${JSON.stringify(date.text)}`, { value: date.text });
    }
    checkYmd(date.year, date.month, date.day, date.text, path);
    return daysFromCivil(date.year, date.month, date.day);
  }
  const m = DATE_RE.exec(input);
  if (!m) {
    throw new InvalidInputError(path, `Expected a date YYYY-MM-DD, received ${JSON.stringify(input)}`, { value: input });
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  checkYmd(year, month, day, input, path);
  return daysFromCivil(year, month, day);
}

/**
 * Parses a calendar month `YYYY-MM` to a month index (`year * 12 + month - 1`).
 * @throws {InvalidInputError} wrong shape or a month outside 01–12
 * @example formatYearMonth(parseYearMonth('2026-11')) //=> '2026-11'
 */
export function parseYearMonth(input: unknown, path: ErrorPath = []): number {
  if (typeof input !== 'string') {
    throw new InvalidInputError(path, `Expected a month string YYYY-MM, received ${describe(input)}`, { value: input });
  }
  const m = MONTH_RE.exec(input);
  if (!m) {
    throw new InvalidInputError(path, `Expected a month YYYY-MM, received ${JSON.stringify(input)}`, { value: input });
  }
  const year = Number(m[1]);
  const month = Number(m[2]);
  checkYmd(year, month, 1, input, path);
  return monthIndex(year, month);
}

/** `Date.prototype.getTime`, taken once: a Date's own or its subclass's `getTime` is never called. */
const DATE_TIME_VALUE = Date.prototype.getTime;

/**
 * Whether a value presents itself as a Date (`instanceof Date`); a Proxy whose prototype trap throws is
 * an unreadable value, refused with a typed error at `path`.
 */
function isDateLike(input: unknown, path: ErrorPath): input is Date {
  if (typeof input !== 'object' || input === null) return false;
  try {
    return input instanceof Date;
  } catch {
    throw new InvalidInputError(path, 'Could not read this value (a getter or proxy threw)', {});
  }
}

/**
 * A Date's time value, read from its internal slot by `Date.prototype.getTime`: an object that only looks
 * like a Date (`Object.create(Date.prototype)`, a Proxy of a Date) is refused with a typed error, and an
 * overridden `getTime` is not called (internal: also what the input boundary reads a Date with).
 * @throws {InvalidInputError} a look-alike, at `path`
 */
export function dateTimeValue(input: Date, path: ErrorPath): number {
  try {
    return DATE_TIME_VALUE.call(input);
  } catch {
    throw new InvalidInputError(path, 'Expected a Date, received an object that only looks like one (a Proxy or an object made from Date.prototype)', {});
  }
}

/**
 * Parses an instant to epoch milliseconds.
 *
 * - `2026-11-20T15:00:00Z` or `…+09:00`: the instant as given, later read in Japan time;
 * - `2026-11-20T15:00` (no offset): read as **Japan time** (+09:00), never the machine's zone;
 * - `…+09:00[Asia/Tokyo]` (RFC 9557, as Temporal writes a ZonedDateTime): the offset decides; a Japan zone
 *   or a numeric zone in brackets must agree with it, another zone name is informative (without an offset,
 *   only a Japan zone or a numeric zone can be resolved);
 * - a `Date`, a js-joda `Instant`, `ZonedDateTime` or `OffsetDateTime`, a Temporal `Instant` or
 *   `ZonedDateTime`: its instant (recognised by shape; milliseconds, sub-millisecond digits dropped).
 *
 * A date alone (`2026-11-20`) is not an instant and is refused.
 * @throws {InvalidInputError} malformed, impossible (2026-02-30T10:00) or a bare date
 * @throws {OutOfRangeError} before 1952-01-01 (Japan used DST until 1951) or after 2199
 * @example formatJapanInstant(parseInstant('2026-11-20T06:00:00Z')) //=> '2026-11-20T15:00:00+09:00'
 */
export function parseInstant(input: unknown, path: ErrorPath = []): number {
  let ms: number;
  if (isDateLike(input, path)) {
    ms = dateTimeValue(input, path);
    if (!Number.isFinite(ms)) throw new InvalidInputError(path, 'Invalid Date', { value: 'Invalid Date' });
  } else if (typeof input === 'string') {
    const annotated = splitRfc9557(input, path);
    const m = DATETIME_RE.exec(annotated === undefined ? input : annotated.dateTime);
    if (!m) {
      const hint = DATE_RE.test(input)
        ? ' (a date alone is not an instant: add a time, e.g. T00:00+09:00)'
        : /^\d{1,2}:\d{2}/.test(input)
          ? ' (a time needs a date)'
          : '';
      throw new InvalidInputError(path, `Expected an ISO-8601 date-time, received ${JSON.stringify(input)}${hint}`, { value: input });
    }
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    checkYmd(year, month, day, input, path);
    const hour = Number(m[4]);
    const minute = Number(m[5]);
    const second = m[6] === undefined ? 0 : Number(m[6]);
    const fraction = m[7] === undefined ? 0 : Math.floor(Number(`0.${m[7]}`) * 1000);
    if (hour > 24 || minute > 59 || second > 59 || (hour === 24 && (minute !== 0 || second !== 0 || fraction !== 0 || /[1-9]/.test(m[7] ?? '')))) {
      throw new InvalidInputError(path, `Invalid time of day: ${JSON.stringify(input)}`, { value: input });
    }
    let offsetMs = JAPAN_OFFSET_MS;
    const off = m[8];
    if (off === undefined && annotated?.zone !== undefined) {
      // A local time with a zone: resolvable here only for Japan zones and numeric offsets.
      if (annotated.zoneOffsetMinutes === undefined) {
        throw new InvalidInputError(path, `A local time in [${annotated.zone}] needs its UTC offset (e.g. ${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}-05:00[${annotated.zone}]): ${JSON.stringify(input)}`, {
          value: input,
        });
      }
      offsetMs = annotated.zoneOffsetMinutes * 60_000;
    }
    if (off !== undefined) {
      if (off === 'Z' || off === 'z') offsetMs = 0;
      else {
        const sign = off[0] === '-' ? -1 : 1;
        const digits = off.slice(1).replace(':', '');
        const oh = Number(digits.slice(0, 2));
        const om = digits.length > 2 ? Number(digits.slice(2, 4)) : 0;
        if (oh > 18 || om > 59 || (oh === 18 && om > 0)) throw new InvalidInputError(path, `Invalid UTC offset in ${JSON.stringify(input)}`, { value: input });
        offsetMs = sign * (oh * 60 + om) * 60_000;
        if (annotated?.zoneOffsetMinutes !== undefined && annotated.zoneOffsetMinutes * 60_000 !== offsetMs) {
          throw new InvalidInputError(path, `The offset ${off} disagrees with the time zone [${annotated.zone}] in ${JSON.stringify(input)}`, { value: input });
        }
      }
    }
    ms = daysFromCivil(year, month, day) * MS_PER_DAY + ((hour * 60 + minute) * 60 + second) * 1000 + fraction - offsetMs;
  } else {
    const foreign = foreignInstantMs(input, path);
    if (foreign === undefined) {
      throw new InvalidInputError(path, `Expected an ISO-8601 date-time string or a Date (or a js-joda or Temporal instant), received ${describe(input)}`, { value: input });
    }
    if (!Number.isFinite(foreign)) throw new InvalidInputError(path, 'Invalid instant', { value: String(input) });
    ms = foreign;
  }
  if (ms < MIN_INSTANT_MS || ms >= MAX_INSTANT_MS) {
    throw new OutOfRangeError(path, `Instant outside the supported range 1952-01-01 – ${MAX_YEAR}-12-31 (Japan time)`, { value: String(input) });
  }
  return ms;
}

/** Japan-time reading of an instant. */
export interface JapanDateTime {
  /** Days since 1970-01-01 of the Japanese calendar date. */
  readonly epochDay: number;
  /** Minutes since 00:00 Japan time, 0–1439. */
  readonly minuteOfDay: number;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** ISO day of week, 1 = Monday … 7 = Sunday. */
  readonly dayOfWeek: number;
}

/**
 * Japan-time epoch day of an instant in epoch milliseconds (fast path, no validation).
 * @example formatIsoDate(japanEpochDay(parseInstant('2026-11-30T15:30:00Z'))) //=> '2026-12-01'
 */
export function japanEpochDay(epochMs: number): number {
  return Math.floor((epochMs + JAPAN_OFFSET_MS) / MS_PER_DAY);
}

/**
 * Reads an instant in Japan time.
 * @example toJapanDateTime(parseInstant('2026-11-30T15:30:00Z')).day //=> 1 (it is 00:30 on 12-01 in Tokyo)
 */
export function toJapanDateTime(epochMs: number): JapanDateTime {
  const local = epochMs + JAPAN_OFFSET_MS;
  const epochDay = Math.floor(local / MS_PER_DAY);
  const minuteOfDay = Math.floor((local - epochDay * MS_PER_DAY) / 60_000);
  const { year, month, day } = civilFromDays(epochDay);
  return { epochDay, minuteOfDay, year, month, day, dayOfWeek: isoDayOfWeek(epochDay) };
}

/**
 * The instant of 00:00 Japan time on an epoch day.
 * @example new Date(japanMidnight(parseIsoDate('2026-11-26'))).toISOString() //=> '2026-11-25T15:00:00.000Z'
 */
export function japanMidnight(epochDay: number): number {
  return epochDay * MS_PER_DAY - JAPAN_OFFSET_MS;
}

/**
 * Formats an instant as Japan time with its offset.
 * @throws {InvalidInputError} not a whole number of epoch milliseconds (path `['epochMs']`)
 * @example formatJapanInstant(japanMidnight(parseIsoDate('2026-11-26'))) //=> '2026-11-26T00:00:00+09:00'
 */
export function formatJapanInstant(epochMs: number): string {
  if (typeof epochMs !== 'number' || !Number.isSafeInteger(epochMs)) {
    throw new InvalidInputError(['epochMs'], `Expected a whole number of epoch milliseconds, received ${describe(epochMs)}`, { value: describe(epochMs) });
  }
  const local = epochMs + JAPAN_OFFSET_MS;
  const epochDay = Math.floor(local / MS_PER_DAY);
  const msOfDay = local - epochDay * MS_PER_DAY;
  const second = Math.floor(msOfDay / 1000);
  const ms = msOfDay - second * 1000;
  const date = formatIsoDate(epochDay);
  return ms === 0 ? date + timeOfDayText(second) : date + timeText(second, ms);
}

/**
 * `THH:MM:SS+09:00` of a second of the day, the last text for each of 512 slots kept (a memo of derived
 * text: it never changes an answer; opening times repeat).
 */
function timeOfDayText(second: number): string {
  const slot = second & 511;
  if (timeSeconds[slot] === second) return timeTexts[slot]!;
  const text = timeText(second, 0);
  timeSeconds[slot] = second;
  timeTexts[slot] = text;
  return text;
}

/**
 * `THH:MM:SS+09:00`, or with milliseconds (`ms` 1–999) `THH:MM:SS.mmm+09:00`, of a second of the day: one
 * string from its character codes (no piece made on the way).
 */
function timeText(second: number, ms: number): string {
  const h = Math.floor(second / 3600);
  const rest = second - h * 3600;
  const mi = Math.floor(rest / 60);
  const sec = rest - mi * 60;
  const h1 = digitCode(Math.floor(h / 10));
  const h0 = digitCode(h % 10);
  const m1 = digitCode(Math.floor(mi / 10));
  const m0 = digitCode(mi % 10);
  const s1 = digitCode(Math.floor(sec / 10));
  const s0 = digitCode(sec % 10);
  if (ms === 0) return String.fromCharCode(T, h1, h0, COLON, m1, m0, COLON, s1, s0, PLUS, ZERO, NINE, COLON, ZERO, ZERO);
  const hundreds = Math.floor(ms / 100);
  const tens = Math.floor(ms / 10) - hundreds * 10;
  return String.fromCharCode(T, h1, h0, COLON, m1, m0, COLON, s1, s0, DOT, digitCode(hundreds), digitCode(tens), digitCode(ms % 10), PLUS, ZERO, NINE, COLON, ZERO, ZERO);
}
const timeSeconds = /* @__PURE__ */ new Array<number>(512).fill(NaN);
const timeTexts = /* @__PURE__ */ new Array<string>(512).fill('');

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (typeof v === 'string') return JSON.stringify(v);
  try {
    if (Array.isArray(v)) return 'an array';
  } catch {
    // a revoked Proxy: only its kind
  }
  return typeof v;
}
