/**
 * Counting periods: N days after an instant (民法 139–141, or elapsed hours, or business days)
 * and calendar months (民法 143) forwards and backwards, on Japan-time epoch days.
 */
// @ts-nocheck

import { MS_PER_DAY, civilFromDays, daysFromCivil, daysInMonth } from '../time/civil.js';
import { japanEpochDay, japanMidnight } from '../time/japan.js';

/**
 * How an auto-close period of N days after a support reply is counted.
 * - `civil-code`: 民法140/141: the reply's day is not counted; the period ends at the end (24:00) of day N.
 * - `elapsed`: exactly N × 24 hours from the reply (民法139 style, as if the period were in hours).
 * - `business-days`: as `civil-code`, but only business days of the document's calendar are counted.
 */
export type IncidentDayCountPolicy = 'civil-code' | 'elapsed' | 'business-days';
/** Every {@link IncidentDayCountPolicy}, default first. @example INCIDENT_DAY_COUNT_POLICIES[0] //=> 'civil-code' */
export const INCIDENT_DAY_COUNT_POLICIES: readonly IncidentDayCountPolicy[] = Object.freeze(['civil-code', 'elapsed', 'business-days']);

/**
 * A reply at exactly 00:00 Japan time: 民法140 ただし書 counts that day (`count-first-day`, default),
 * or ignore the proviso and never count the reply's day (`exclude-first-day`).
 */
export type MidnightReplyRule = 'count-first-day' | 'exclude-first-day';
/** Every {@link MidnightReplyRule}, default first. @example MIDNIGHT_REPLY_RULES[0] //=> 'count-first-day' */
export const MIDNIGHT_REPLY_RULES: readonly MidnightReplyRule[] = Object.freeze(['count-first-day', 'exclude-first-day']);

/**
 * Whether an instant is exactly 00:00:00.000 Japan time.
 * @example isJapanMidnight(parseInstant('2026-11-19T15:00:00Z')) //=> true
 */
export function isJapanMidnight(epochMs: number): boolean {
  return japanMidnight(japanEpochDay(epochMs)) === epochMs;
}

/**
 * First counted day of a period that starts at `epochMs` (民法140 and its proviso).
 * @example formatIsoDate(firstCountedDay(parseInstant('2026-11-20T15:00+09:00'), 'count-first-day')) //=> '2026-11-21'
 */
export function firstCountedDay(epochMs: number, midnight: MidnightReplyRule): number {
  const day = japanEpochDay(epochMs);
  return midnight === 'count-first-day' && isJapanMidnight(epochMs) ? day : day + 1;
}

/**
 * 民法140/141: the instant a period of `days` days starting at `epochMs` ends (exclusive), and its first and last days.
 * @example formatJapanInstant(civilCodeDaysEnd(parseInstant('2026-11-20T15:00+09:00'), 5, 'count-first-day').endMs) //=> '2026-11-26T00:00:00+09:00'
 */
export function civilCodeDaysEnd(epochMs: number, days: number, midnight: MidnightReplyRule): { endMs: number; firstDay: number; lastDay: number } {
  const firstDay = firstCountedDay(epochMs, midnight);
  const lastDay = firstDay + days - 1;
  return { endMs: japanMidnight(lastDay + 1), firstDay, lastDay };
}

/**
 * 民法139 style: exactly `days` × 24 hours after `epochMs`.
 * @example formatJapanInstant(elapsedDaysEnd(parseInstant('2026-11-20T15:00+09:00'), 5)) //=> '2026-11-25T15:00:00+09:00'
 */
export function elapsedDaysEnd(epochMs: number, days: number): number {
  return epochMs + days * MS_PER_DAY;
}

/**
 * Business days: from the first counted day (民法140), the `days`-th day for which `isBusinessDay`
 * holds is the last day; the period ends at its end.
 * @param maxScanDays stop scanning after this many calendar days (a calendar with no business days)
 * @returns undefined when fewer than `days` business days lie within `maxScanDays`
 * @example businessDaysEnd(parseInstant('2026-11-20T15:00+09:00'), 2, 'count-first-day', (d) => isoDayOfWeek(d) <= 5, 30)?.lastDay //=> epoch day of 2026-11-24
 */
export function businessDaysEnd(
  epochMs: number,
  days: number,
  midnight: MidnightReplyRule,
  isBusinessDay: (epochDay: number) => boolean,
  maxScanDays: number,
): { endMs: number; firstDay: number; lastDay: number; countedDays: number[] } | undefined {
  const firstDay = firstCountedDay(epochMs, midnight);
  const counted: number[] = [];
  for (let d = firstDay; d < firstDay + maxScanDays; d++) {
    if (isBusinessDay(d)) {
      counted.push(d);
      if (counted.length === days) return { endMs: japanMidnight(d + 1), firstDay, lastDay: d, countedDays: counted };
    }
  }
  return undefined;
}

/**
 * The day `months` calendar months from `epochDay` with the same day of month, clamped to the month's last day.
 * @example formatIsoDate(addMonthsClamped(parseIsoDate('2027-03-31'), -1)) //=> '2027-02-28'
 */
export function addMonthsClamped(epochDay: number, months: number): number {
  const { year, month, day } = civilFromDays(epochDay);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return daysFromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * 民法143: the last day of a period of `months` months whose first counted day is `firstDay`:
 * the day before the corresponding day, or the month's last day when there is none.
 * @example formatIsoDate(civilMonthsLastDay(parseIsoDate('2027-01-31'), 1)) //=> '2027-02-28'
 * @example formatIsoDate(civilMonthsLastDay(parseIsoDate('2027-01-20'), 2)) //=> '2027-03-19'
 */
export function civilMonthsLastDay(firstDay: number, months: number): number {
  const { year, month, day } = civilFromDays(firstDay);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  const dim = daysInMonth(y, m);
  return day <= dim ? daysFromCivil(y, m, day) - 1 : daysFromCivil(y, m, dim);
}
