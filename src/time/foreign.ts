/**
 * Dates and instants from the date libraries callers hold: js-joda (`LocalDate`, `Instant`,
 * `ZonedDateTime`, `OffsetDateTime`) and Temporal (`PlainDate`, `Instant`, `ZonedDateTime`, native or
 * the polyfill). They are recognised by shape — js-joda's methods, Temporal's `Symbol.toStringTag` —
 * so neither library is imported at run time, and any copy or version of them works.
 *
 * RFC 9557 strings (`2026-11-24T12:30:00+09:00[Asia/Tokyo]`, as Temporal's `ZonedDateTime#toString()`
 * writes them) are read here too: the offset decides the instant; the bracketed zone is checked where
 * that needs no time-zone database (Asia/Tokyo or Japan, and numeric offsets) and is otherwise informative.
 */
import { unboxForeign } from '../data/foreign-box.js';
import { InvalidInputError, type ErrorPath } from '../errors.js';

/** A js-joda `LocalDate` (or any value of its shape): a date without a time. */
export interface JsJodaLocalDateLike {
  year(): number;
  monthValue(): number;
  dayOfMonth(): number;
  /** A `LocalDateTime` or `ZonedDateTime` has hours: it names an instant or a local time, not a date. */
  hour?: never;
}

/** A Temporal `PlainDate` (native or polyfill). */
export interface TemporalPlainDateLike {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly calendarId: string;
  readonly [Symbol.toStringTag]: 'Temporal.PlainDate';
}

/** A js-joda `Instant`. */
export interface JsJodaInstantLike {
  toEpochMilli(): number;
}

/** A js-joda `ZonedDateTime` or `OffsetDateTime`: a local time with its offset. */
export interface JsJodaOffsetDateTimeLike {
  toInstant(): JsJodaInstantLike;
  offset(): unknown;
}

/** A Temporal `Instant` or `ZonedDateTime` (native or polyfill). */
export interface TemporalInstantLike {
  readonly epochMilliseconds: number;
  readonly [Symbol.toStringTag]: 'Temporal.Instant' | 'Temporal.ZonedDateTime';
}

/** Year, month and day of a date value, and its text for messages. */
export interface ForeignDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly text: string;
}

const tagOf = (v: object): string => Object.prototype.toString.call(v);
const textOf = (v: object): string => {
  try {
    return String(v);
  } catch {
    return tagOf(v);
  }
};

/**
 * Whether an object is a js-joda or Temporal value, by the shapes the parsers below read (internal: the input
 * boundary hands such a value on boxed). It may read the value's getters; the caller guards against their throwing.
 */
export function looksForeign(v: object): boolean {
  if (tagOf(v).startsWith('[object Temporal.')) return true;
  const r = v as Record<string, unknown>;
  return typeof r.toEpochMilli === 'function' || typeof r.toInstant === 'function' || (typeof r.year === 'function' && typeof r.monthValue === 'function');
}

/** Calls `read`, turning whatever a foreign value throws into an InvalidInputError at `path`. */
function guarded<T>(value: object, what: string, path: ErrorPath, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw new InvalidInputError(path, `Could not read ${what}: ${e instanceof Error ? e.message : String(e)}`, { value: textOf(value) });
  }
}

/**
 * The date a js-joda `LocalDate` or a Temporal `PlainDate` names, or undefined for any other value.
 * @throws {InvalidInputError} a Temporal `PlainDate` in a calendar other than ISO 8601 (convert it with `withCalendar('iso8601')`)
 * @example foreignDate({ year: () => 2026, monthValue: () => 11, dayOfMonth: () => 24 }, [])?.day //=> 24
 */
export function foreignDate(input: unknown, path: ErrorPath): ForeignDate | undefined {
  return readOnce(input, dateMemo, (value) => readable(path, () => foreignDateOf(value, path)));
}

/** What a boxed value was read as (the box is the call's own, made by the boundary). */
const dateMemo = new WeakMap<object, ForeignDate>();
const instantMemo = new WeakMap<object, number>();

/**
 * `read` of an object, or undefined for anything else; a boxed value (read by the boundary) is opened and read once
 * per call, however often the call parses it.
 */
function readOnce<T>(input: unknown, memo: WeakMap<object, T>, read: (value: object) => T | undefined): T | undefined {
  const value = unboxForeign(input);
  if (typeof value !== 'object' || value === null) return undefined;
  const boxed = value !== input;
  if (boxed) {
    const known = memo.get(input as object);
    if (known !== undefined) return known;
  }
  const out = read(value);
  if (boxed && out !== undefined) memo.set(input as object, out);
  return out;
}

/**
 * Runs a shape check over a caller's object: a Proxy trap or a getter that throws while the value's kind is
 * being found becomes an InvalidInputError at `path` (a typed error raised by `read` passes through).
 */
function readable<T>(path: ErrorPath, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (e instanceof InvalidInputError) throw e;
    throw new InvalidInputError(path, 'Could not read this value (a getter or proxy threw)', {});
  }
}

function foreignDateOf(input: object, path: ErrorPath): ForeignDate | undefined {
  const v = input as Record<string, unknown>;
  if (tagOf(input) === '[object Temporal.PlainDate]') {
    return guarded(input, 'a Temporal.PlainDate', path, () => {
      if (v.calendarId !== 'iso8601') {
        throw new InvalidInputError(path, `Expected a Temporal.PlainDate in the ISO 8601 calendar, received calendar ${String(v.calendarId)} (use withCalendar('iso8601'))`, {
          value: textOf(input),
        });
      }
      return { year: Number(v.year), month: Number(v.month), day: Number(v.day), text: textOf(input) };
    });
  }
  if (typeof v.year === 'function' && typeof v.monthValue === 'function' && typeof v.dayOfMonth === 'function' && typeof v.hour !== 'function') {
    return guarded(input, 'a LocalDate', path, () => ({
      year: Number((v.year as () => unknown).call(input)),
      month: Number((v.monthValue as () => unknown).call(input)),
      day: Number((v.dayOfMonth as () => unknown).call(input)),
      text: textOf(input),
    }));
  }
  return undefined;
}

/**
 * The epoch milliseconds of a js-joda `Instant`, `ZonedDateTime` or `OffsetDateTime` or a Temporal
 * `Instant` or `ZonedDateTime`, or undefined for any other value (sub-millisecond digits are dropped).
 * @example foreignInstantMs({ toEpochMilli: () => 1795_000_000_000 }, []) //=> 1795000000000
 */
export function foreignInstantMs(input: unknown, path: ErrorPath): number | undefined {
  return readOnce(input, instantMemo, (value) => readable(path, () => (value instanceof Date ? undefined : foreignInstantMsOf(value, path))));
}

function foreignInstantMsOf(input: object, path: ErrorPath): number | undefined {
  const v = input as Record<string, unknown>;
  const tag = tagOf(input);
  if (tag === '[object Temporal.Instant]' || tag === '[object Temporal.ZonedDateTime]') {
    return guarded(input, tag.slice(8, -1), path, () => Number(v.epochMilliseconds));
  }
  if (typeof v.toEpochMilli === 'function') {
    return guarded(input, 'an Instant', path, () => Number((v.toEpochMilli as () => unknown).call(input)));
  }
  if (typeof v.toInstant === 'function' && typeof v.offset === 'function') {
    return guarded(input, 'a ZonedDateTime', path, () => {
      const instant = (v.toInstant as () => { toEpochMilli?: unknown }).call(input);
      if (typeof instant?.toEpochMilli !== 'function') throw new Error('toInstant() gave no Instant');
      return Number((instant.toEpochMilli as () => unknown).call(instant));
    });
  }
  return undefined;
}

/** Zone names that mean Japan time, for checking an RFC 9557 suffix against the offset. */
const JAPAN_ZONES: ReadonlySet<string> = new Set(['Asia/Tokyo', 'Japan']);
const ANNOTATIONS = /^(.*?)((?:\[!?[^[\]]+\])+)$/;
const NUMERIC_ZONE = /^([+-])(\d{2}):?(\d{2})$/;

/** An RFC 9557 string split into its date-time and the zone its suffix names. */
export interface Rfc9557Parts {
  /** The date-time without the bracketed suffix. */
  readonly dateTime: string;
  /** The time zone annotation (`Asia/Tokyo`, `+09:00`), if any. */
  readonly zone: string | undefined;
  /** The zone's offset from UTC in minutes when known without a time-zone database (Japan zones, numeric zones). */
  readonly zoneOffsetMinutes: number | undefined;
}

/**
 * Splits the bracketed RFC 9557 suffix off a date-time string; undefined when it has none.
 * Accepts one time zone annotation and `key=value` annotations (`[u-ca=iso8601]`, ignored).
 * @throws {InvalidInputError} two zones, or an unknown critical annotation (`[!x=y]`)
 * @example splitRfc9557('2026-11-24T12:30:00+09:00[Asia/Tokyo]', [])?.zone //=> 'Asia/Tokyo'
 */
export function splitRfc9557(input: string, path: ErrorPath): Rfc9557Parts | undefined {
  if (input.charCodeAt(input.length - 1) !== 93 /* ] */) return undefined;
  const m = ANNOTATIONS.exec(input);
  if (!m) return undefined;
  let zone: string | undefined;
  for (const a of m[2]!.slice(1, -1).split('][')) {
    const critical = a.startsWith('!');
    const body = critical ? a.slice(1) : a;
    if (body.includes('=')) {
      if (critical && !body.startsWith('u-ca=')) {
        throw new InvalidInputError(path, `Unsupported critical annotation [${a}] in ${JSON.stringify(input)}`, { value: input });
      }
      continue;
    }
    if (zone !== undefined) throw new InvalidInputError(path, `Two time zone annotations in ${JSON.stringify(input)}`, { value: input });
    zone = body;
  }
  let zoneOffsetMinutes: number | undefined;
  if (zone !== undefined) {
    const n = NUMERIC_ZONE.exec(zone);
    if (n) zoneOffsetMinutes = (n[1] === '-' ? -1 : 1) * (Number(n[2]) * 60 + Number(n[3]));
    else if (JAPAN_ZONES.has(zone)) zoneOffsetMinutes = 9 * 60;
  }
  return { dateTime: m[1]!, zone, zoneOffsetMinutes };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/**
 * A date value as `YYYY-MM-DD` text, for code that keeps dates as text: a string is returned as it is
 * (its checks come later, where it is parsed), a js-joda `LocalDate` or Temporal `PlainDate` is written
 * out; anything else is returned unchanged for the parser to refuse.
 * @example isoDateText({ year: () => 2026, monthValue: () => 11, dayOfMonth: () => 3 }, []) //=> '2026-11-03'
 */
export function isoDateText(value: unknown, path: ErrorPath): unknown {
  if (typeof value !== 'object' || value === null) return value;
  const d = foreignDate(value, path);
  if (d === undefined || !Number.isInteger(d.year) || !Number.isInteger(d.month) || !Number.isInteger(d.day) || d.year < 0 || d.year > 9999) return value;
  return `${pad(d.year, 4)}-${pad(d.month, 2)}-${pad(d.day, 2)}`;
}
