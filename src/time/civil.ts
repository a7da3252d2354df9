/**
 * Calendar arithmetic on "epoch days" (days since 1970-01-01), proleptic Gregorian.
 * Integers only, no `Date`, no machine time zone: the basis of every date rule.
 */
import { DASH, digitCode } from './chars.js';

/** Milliseconds in a (Japan-time, leap-second-free) day. @example MS_PER_DAY //=> 86400000 */
const MS_PER_DAY = 86_400_000;

/** Whether `year` is a Gregorian leap year. @example isLeapYear(2028) //=> true */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12). @example daysInMonth(2028, 2) //=> 29 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Epoch day of a calendar date (H. Hinnant's days_from_civil). @example daysFromCivil(1970, 1, 2) //=> 1 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}

/** A calendar date as numbers. */
export interface CivilDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Calendar date of an epoch day. @example civilFromDays(0) //=> { year: 1970, month: 1, day: 1 } */
export function civilFromDays(epochDay: number): CivilDate {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/** ISO day of week: 1 = Monday … 7 = Sunday. @example isoDayOfWeek(0) //=> 4 (1970-01-01 was a Thursday) */
export function isoDayOfWeek(epochDay: number): number {
  return ((((epochDay + 3) % 7) + 7) % 7) + 1;
}

/** `YYYY-MM-DD` of an epoch day. @example formatIsoDate(20_000) //=> '2024-10-04' */
export function formatIsoDate(epochDay: number): string {
  // The last text written for each of 256 slots of days (a memo of derived text: it never changes an answer).
  const slot = epochDay & 255;
  if (isoDateDays[slot] === epochDay) return isoDateTexts[slot]!;
  // civilFromDays inlined (no object), and the year padded only when it has fewer than four digits.
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  // Four-digit years (all that the library reads) in one string from the character codes; others padded.
  const text =
    year >= 1000 && year <= 9999
      ? String.fromCharCode(
          digitCode(Math.floor(year / 1000)),
          digitCode(Math.floor(year / 100) % 10),
          digitCode(Math.floor(year / 10) % 10),
          digitCode(year % 10),
          DASH,
          digitCode(Math.floor(month / 10)),
          digitCode(month % 10),
          DASH,
          digitCode(Math.floor(day / 10)),
          digitCode(day % 10),
        )
      : `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  isoDateDays[slot] = epochDay;
  isoDateTexts[slot] = text;
  return text;
}
const isoDateDays = /* @__PURE__ */ filled(256, NaN);
const isoDateTexts: string[] = /* @__PURE__ */ filled(256, '');
function filled<T>(n: number, value: T): T[] {
  return new Array<T>(n).fill(value);
}

/**
 * Months since year 0 (`year * 12 + month - 1`): a total order on calendar months.
 * @example monthIndex(2026, 11) - monthIndex(2025, 12) //=> 11
 */
export function monthIndex(year: number, month: number): number {
  return year * 12 + (month - 1);
}

/** `YYYY-MM` of a month index. @example formatYearMonth(monthIndex(2026, 11)) //=> '2026-11' */
export function formatYearMonth(index: number): string {
  const year = Math.floor(index / 12);
  return `${String(year).padStart(4, '0')}-${pad2(index - year * 12 + 1)}`;
}

/**
 * First and last epoch day of a month index (both inclusive).
 * @example formatIsoDate(monthBounds(monthIndex(2028, 2)).lastDay) //=> '2028-02-29'
 */
export function monthBounds(index: number): { firstDay: number; lastDay: number } {
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  const firstDay = daysFromCivil(year, month, 1);
  return { firstDay, lastDay: firstDay + daysInMonth(year, month) - 1 };
}

/**
 * Month index of an epoch day.
 * @example formatYearMonth(monthIndexOfDay(daysFromCivil(2026, 11, 30))) //=> '2026-11'
 */
export function monthIndexOfDay(epochDay: number): number {
  const { year, month } = civilFromDays(epochDay);
  return monthIndex(year, month);
}

/** Two-digit zero padding (internal). @example pad2(7) //=> '07' */
export function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

export { MS_PER_DAY };
