/**
 * Japanese national holidays, computed from the law (fixtures/holidays.json): `isHoliday`,
 * `holidayName`, `holidaysIn`. Dates are `YYYY-MM-DD` strings of the Japanese calendar; no `Date`
 * and no machine time zone is involved.
 */
import { expectTable, readOptions } from '../boundary/index.js';
import { InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { daysFromCivil } from '../time/civil.js';
import {
  bundledHolidayLaw,
  checkDayCovered,
  holidayTable,
  type HolidayEntry,
  type HolidayLaw,
  type HolidayOverride,
  type HolidayTable,
} from './holiday-law.js';
import { parseIsoDateFast } from '../time/fast.js';
import type { DateInput } from '../time/index.js';

/** Error paths, allocated once (the hot path allocates nothing). */
const DATE_PATH: ErrorPath = Object.freeze(['date']);
const OPTIONS_PATH: ErrorPath = Object.freeze(['options']);
const EPOCHDAY_PATH: ErrorPath = Object.freeze(['epochDay']);

/** Options of {@link isHoliday}, {@link holidayName}, {@link holidaysIn} and {@link findHoliday}. */
export interface HolidayOptions {
  /** Corrections of the law: announced dates, later changes (see {@link HolidayOverride}). */
  readonly holidayOverrides?: readonly HolidayOverride[];
  /** A whole replacement law, from {@link loadHolidayLaw}. Default: the bundled law, 1970–2099. */
  readonly holidayLaw?: HolidayLaw;
}
/** Options of {@link isHoliday}. */
export type IsHolidayOptions = HolidayOptions;
/** Options of {@link holidayName}. */
export type HolidayNameOptions = HolidayOptions;
/** Options of {@link holidaysIn}. */
export type HolidaysInOptions = HolidayOptions;

/** The bundled law's table, built on first use (a memo: it never changes an answer). */
let defaultTable: HolidayTable | undefined;

/** Resolves the table of the options (validated). */
export function tableOf(options: HolidayOptions | undefined, path: ErrorPath = []): HolidayTable {
  if (options === undefined) return defaultTable ?? (defaultTable = holidayTable(bundledHolidayLaw));
  options = readOptions(options, path);
  const law = expectTable<HolidayLaw>(options.holidayLaw, 'holiday law', [...path, 'holidayLaw'], bundledHolidayLaw);
  return holidayTable(law, options.holidayOverrides, [...path, 'holidayOverrides']);
}

/** Index of an epoch day in a table, or throws when the day is not covered. */
export function tableIndex(table: HolidayTable, day: number, path: ErrorPath): number {
  const i = day - table.firstDay;
  if (i < 0 || day > table.lastDay) checkDayCovered(day, table.law, path);
  return i;
}

/**
 * Whether a date is a 休日 under the holiday law: a 国民の祝日, a 振替休日, a 国民の休日, or a one-off
 * 休日 (1989-02-24, 1990-11-12, 1993-06-09, 2019-05-01, 2019-10-22).
 *
 * Rules: fixed and Happy-Monday holidays by the years each applied; 春分の日/秋分の日 by the
 * 1980–2099 formula (announced dates for 1970–1979); 振替休日 the next day for Sunday holidays from
 * 1973-04-12, the nearest following non-祝日 from 2007; 国民の休日 from 1985-12-27.
 * @throws {InvalidInputError} not a `YYYY-MM-DD` date, or an impossible one (path `['date']`)
 * @throws {OutOfRangeError} a year outside 1970–2099 (or the given law's coverage)
 * @example isHoliday('2026-11-23') //=> true (勤労感謝の日)
 * @example isHoliday('2021-10-11') //=> false (スポーツの日 moved to 07-23 in 2021)
 */
export function isHoliday(date: DateInput, options?: IsHolidayOptions): boolean {
  const table = tableOf(options, OPTIONS_PATH);
  const day = parseIsoDateFast(date, DATE_PATH);
  return table.code(tableIndex(table, day, DATE_PATH)) !== 0;
}

/**
 * The name of the 休日 on a date, or `undefined` on other days. 振替休日 and 国民の休日 carry those
 * names (not the name of the holiday they follow).
 * @throws {InvalidInputError} not a date (path `['date']`)
 * @throws {OutOfRangeError} a year outside 1970–2099
 * @example holidayName('2019-05-01') //=> '天皇の即位の日'
 * @example holidayName('2026-09-22') //=> '国民の休日'
 * @example holidayName('2026-11-24') //=> undefined
 */
export function holidayName(date: DateInput, options?: HolidayNameOptions): string | undefined {
  return findHoliday(date, options)?.name;
}

/**
 * The 休日 on a date with its kind, rule id and source, or `undefined`.
 * @throws {InvalidInputError} not a date (path `['date']`)
 * @throws {OutOfRangeError} a year outside 1970–2099
 * @example findHoliday('2021-08-09')?.kind //=> 'substitute-holiday'
 */
export function findHoliday(date: DateInput, options?: HolidayOptions): HolidayEntry | undefined {
  const table = tableOf(options, OPTIONS_PATH);
  const day = parseIsoDateFast(date, DATE_PATH);
  return table.code(tableIndex(table, day, DATE_PATH)) === 0 ? undefined : table.entries.get(day);
}

/**
 * Every 休日 of a year, in date order.
 * @throws {InvalidInputError} `year` is not an integer (path `['year']`)
 * @throws {OutOfRangeError} a year outside 1970–2099
 * @example holidaysIn(2019).length //=> 22
 * @example holidaysIn(2021).find((h) => h.name === '山の日')?.date //=> '2021-08-08'
 */
export function holidaysIn(year: number, options?: HolidaysInOptions): readonly HolidayEntry[] {
  if (typeof year !== 'number' || !Number.isInteger(year)) throw new InvalidInputError(['year'], 'Expected an integer year', { value: year });
  const table = tableOf(options, OPTIONS_PATH);
  if (year < table.law.fromYear || year > table.law.toYear) {
    throw new OutOfRangeError(['year'], `Holidays are computed for ${table.law.fromYear}–${table.law.toYear} only: ${year} is outside`, {
      value: year,
      fromYear: table.law.fromYear,
      toYear: table.law.toYear,
    });
  }
  const out: HolidayEntry[] = [];
  const first = daysFromCivil(year, 1, 1);
  const last = daysFromCivil(year, 12, 31);
  for (let day = first; day <= last; day++) {
    if (table.code(day - table.firstDay) !== 0) {
      const e = table.entries.get(day);
      if (e) out.push(e);
    }
  }
  return Object.freeze(out);
}

/**
 * Whether an epoch day is a 休日 (fast path for code that already works in epoch days).
 * @throws {InvalidInputError} not an integer; {@link OutOfRangeError} a day outside the covered years
 * @example isHolidayEpochDay(parseIsoDate('2026-01-01')) //=> true
 */
export function isHolidayEpochDay(epochDay: number, options?: HolidayOptions): boolean {
  const table = options === undefined ? (defaultTable ?? tableOf(undefined)) : tableOf(options, OPTIONS_PATH);
  if (typeof epochDay !== 'number' || (epochDay | 0) !== epochDay) {
    throw new InvalidInputError(EPOCHDAY_PATH, 'Expected an integer epoch day', { value: epochDay });
  }
  const i = epochDay - table.firstDay;
  if (i >= 0 && epochDay <= table.lastDay) return table.code(i) !== 0;
  return table.code(tableIndex(table, epochDay, EPOCHDAY_PATH)) !== 0;
}
