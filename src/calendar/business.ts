/**
 * Business time of a channel, for SLA and period rules: business days (days with service hours),
 * adding business days, and business minutes between two instants.
 */
import { readInput, rejectMisspeltKeys } from '../boundary/index.js';
import { CALENDAR_KEYS } from './keys.js';
import { ConflictError, InvalidInputError, OutOfRangeError } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import { MS_PER_DAY, daysFromCivil, formatIsoDate } from '../time/civil.js';
import { JAPAN_OFFSET_MS, MAX_YEAR, MIN_YEAR, formatJapanInstant, japanMidnight, type InstantInput } from '../time/japan.js';
import { DAY_ALL_DAY, DAY_CLOSED, DAY_SERVICE_HOURS_UNKNOWN, DAY_WINDOWS, explainDay } from './explain.js';
import { unknownHoursError, unknownPolicy } from './open.js';
import { parseInstantOrEpochMs, parseIsoDateFast } from '../time/fast.js';
import { compiledScheduleOf, dayStatus, type CompiledSchedule, type ScheduleQuery, type UnknownHoursPolicy } from './schedule.js';
import type { DateInput } from '../time/index.js';

/** Input of {@link isBusinessDay} and {@link checkBusinessDay}. */
export interface IsBusinessDayOptions extends ScheduleQuery {
  /** A Japanese calendar date `YYYY-MM-DD`. */
  readonly date: DateInput;
  /** Where the documents leave the day unknown: `'error'` (default) throws; `'open'`/`'closed'` answer true/false. */
  readonly unknownAs?: UnknownHoursPolicy;
}
/** Input of {@link checkBusinessDay}. */
export type CheckBusinessDayOptions = IsBusinessDayOptions;

/** Result of {@link checkBusinessDay}. */
export interface BusinessDayVerdict {
  readonly businessDay: boolean | 'unknown';
  readonly date: string;
  readonly planId: string;
  readonly channel: string;
  readonly reasons: readonly Reason[];
}

/** 1 business day, 0 not, 2 unknown. */
function businessState(c: CompiledSchedule, day: number, path: ReadonlyArray<string | number>): 0 | 1 | 2 {
  const s = dayStatus(c, day, path);
  if (s === DAY_WINDOWS || s === DAY_ALL_DAY || s === DAY_SERVICE_HOURS_UNKNOWN) return 1;
  if (s === DAY_CLOSED) return 0;
  return 2;
}

/**
 * Whether a date is a business day of a channel: a day on which the channel has service hours
 * (for 003, whose 365日 is stated without hours, every day). Closed days are the document's.
 * @throws {InvalidInputError} malformed input (e.g. `['date']`)
 * @throws {NotFoundError} unknown plan, option or channel
 * @throws {OutOfRangeError} the day's hours are unknown (002 before 2018-11-01, 004) unless `unknownAs`, or a year outside 1970–2099
 * @example isBusinessDay({ planId: 'helpdesk-support', channel: 'phone', date: '2026-11-23' }) //=> false (勤労感謝の日)
 * @example isBusinessDay({ planId: 'itss-light-anshin-1', channel: 'support', date: '2026-11-21' }) //=> true (Saturday)
 */
export function isBusinessDay(input: IsBusinessDayOptions): boolean {
  input = readInput(input);
  rejectMisspeltKeys(input, CALENDAR_KEYS);
  const c = compiledScheduleOf(input);
  const day = parseIsoDateFast(input.date, ['date']);
  const policy = unknownPolicy(input.unknownAs, 'error');
  const s = businessState(c, day, ['date']);
  if (s !== 2) return s === 1;
  if (policy === 'error') throw unknownHoursError(c, day, ['date']);
  return policy === 'open';
}

/**
 * Whether a date is a business day, with the reasons (or `'unknown'`).
 * @throws as {@link isBusinessDay}, except that unknown days give `businessDay: 'unknown'`
 * @example checkBusinessDay({ planId: 'helpdesk-support', channel: 'phone', date: '2026-12-29' }).reasons.at(-1)?.rule //=> 'calendar.year-end.closed'
 */
export function checkBusinessDay(input: CheckBusinessDayOptions): BusinessDayVerdict {
  input = readInput(input);
  rejectMisspeltKeys(input, CALENDAR_KEYS);
  const c = compiledScheduleOf(input);
  const day = parseIsoDateFast(input.date, ['date']);
  unknownPolicy(input.unknownAs, 'error');
  const { reasons } = explainDay(c, day, ['date']);
  const s = businessState(c, day, ['date']);
  return { businessDay: s === 2 ? 'unknown' : s === 1, date: formatIsoDate(day), planId: c.resolved.planId, channel: c.resolved.channel.id, reasons };
}

/** Input of {@link addBusinessDays}. */
export interface AddBusinessDaysOptions extends ScheduleQuery {
  /** The starting date `YYYY-MM-DD`. */
  readonly date: DateInput;
  /** Business days to add: a positive count moves forward, a negative one backward; 0 rolls forward to a business day. */
  readonly days: number;
  readonly unknownAs?: UnknownHoursPolicy;
}

/** Result of {@link addBusinessDays}. */
export interface AddBusinessDaysResult {
  readonly date: string;
  /** Non-business days passed over, in order. */
  readonly skipped: readonly string[];
  readonly reasons: readonly Reason[];
}

/**
 * The date `days` business days after (or before) `date`. The start date itself is not counted:
 * +1 is the first business day after it. `days: 0` returns `date` if it is a business day, else the
 * next business day.
 * @throws {InvalidInputError} `days` not an integer (`['days']`), bad date (`['date']`)
 * @throws {OutOfRangeError} unknown hours on the way unless `unknownAs`; holidays needed outside 1970–2099; a walk
 * leaving the supported dates 1900-01-01 – 2199-12-31 (`['days']`: e.g. `unknownAs: 'closed'` where every day is unknown)
 * @example addBusinessDays({ planId: 'helpdesk-support', channel: 'phone', date: '2026-12-28', days: 1 }).date //=> '2027-01-04' (年末年始 12/29–1/3)
 */
export function addBusinessDays(input: AddBusinessDaysOptions): AddBusinessDaysResult {
  input = readInput(input);
  rejectMisspeltKeys(input, CALENDAR_KEYS);
  const c = compiledScheduleOf(input);
  let day = parseIsoDateFast(input.date, ['date']);
  const n = input.days;
  if (typeof n !== 'number' || !Number.isSafeInteger(n)) throw new InvalidInputError(['days'], 'Expected an integer number of business days', { value: n });
  const policy = unknownPolicy(input.unknownAs, 'error');
  const isBiz = (d: number): boolean => {
    const s = businessState(c, d, ['days']);
    if (s !== 2) return s === 1;
    if (policy === 'error') throw unknownHoursError(c, d, ['days']);
    return policy === 'open';
  };
  const skipped: string[] = [];
  const reasons: Reason[] = [];
  const step = n < 0 ? -1 : 1;
  let remaining = Math.abs(n);
  // The walk stays within the dates the library accepts (MIN_YEAR–MAX_YEAR): a channel open every day, or one whose
  // days are all unknown and taken as closed, would otherwise walk without end (or for 2^53 days).
  const minDay = daysFromCivil(MIN_YEAR, 1, 1);
  const maxDay = daysFromCivil(MAX_YEAR, 12, 31);
  const outside = (d: number): OutOfRangeError =>
    new OutOfRangeError(['days'], `${formatIsoDate(parseIsoDateFast(input.date, ['date']))} ${n >= 0 ? '+' : '−'} ${Math.abs(n)} business day(s) of ${c.resolved.channel.id} ends outside the supported dates ${MIN_YEAR}-01-01 – ${MAX_YEAR}-12-31 (${formatIsoDate(d)} reached)`, {
      value: n,
      min: MIN_YEAR,
      max: MAX_YEAR,
    });
  if (n === 0) {
    while (!isBiz(day)) {
      skipped.push(formatIsoDate(day));
      day += 1;
      if (day > maxDay) throw outside(day - 1);
    }
  }
  while (remaining > 0) {
    day += step;
    if (day < minDay || day > maxDay) throw outside(day - step);
    if (isBiz(day)) remaining--;
    else skipped.push(formatIsoDate(day));
  }
  const from = formatIsoDate(parseIsoDateFast(input.date, ['date']));
  const to = formatIsoDate(day);
  reasons.push(...explainDay(c, day, ['days']).reasons);
  reasons.push(
    reason('calendar.add-business-days', `${from} ${n >= 0 ? '+' : '−'} ${Math.abs(n)} business day(s) of ${c.resolved.channel.id} = ${to}${skipped.length ? `; passed over ${skipped.length} non-business day(s): ${skipped.slice(0, 10).join(', ')}${skipped.length > 10 ? ' …' : ''}` : ''}`, {
      factId: c.resolved.hoursChannel.factId,
      interpretation: 'calendar-business-day',
    }),
  );
  return { date: to, skipped, reasons };
}

/** Input of {@link businessMinutesBetween}. */
export interface BusinessMinutesBetweenOptions extends ScheduleQuery {
  /** Interval start, inclusive. */
  readonly start: InstantInput | number;
  /** Interval end, exclusive. */
  readonly end: InstantInput | number;
  readonly unknownAs?: UnknownHoursPolicy;
}

/** Result of {@link businessMinutesBetween}. */
export interface BusinessMinutesResult {
  /** Open time within [start, end), in minutes (fractional when the instants are not on whole minutes). */
  readonly businessMinutes: number;
  readonly start: string;
  readonly end: string;
  readonly reasons: readonly Reason[];
}

/**
 * Minutes during which the channel is open within [start, end).
 * @throws {ConflictError} end before start (`['end']`)
 * @throws {OutOfRangeError} unknown hours within the interval unless `unknownAs` (`['start']` or `['end']`)
 * @example businessMinutesBetween({ planId: 'helpdesk-support', channel: 'phone', start: '2026-11-20T11:00', end: '2026-11-20T14:00' }).businessMinutes //=> 120
 */
export function businessMinutesBetween(input: BusinessMinutesBetweenOptions): BusinessMinutesResult {
  input = readInput(input);
  rejectMisspeltKeys(input, CALENDAR_KEYS);
  const c = compiledScheduleOf(input);
  const start = parseInstantOrEpochMs(input.start, ['start']);
  const end = parseInstantOrEpochMs(input.end, ['end']);
  if (end < start) {
    throw new ConflictError(['end'], `The interval ends (${formatJapanInstant(end)}) before it starts (${formatJapanInstant(start)})`, {
      start: formatJapanInstant(start),
      end: formatJapanInstant(end),
    });
  }
  const policy = unknownPolicy(input.unknownAs, 'error');
  let totalMs = 0;
  let unknownDays = 0;
  const firstDay = Math.floor((start + JAPAN_OFFSET_MS) / MS_PER_DAY);
  const lastDay = end === start ? firstDay - 1 : Math.floor((end - 1 + JAPAN_OFFSET_MS) / MS_PER_DAY);
  const add = (from: number, to: number) => {
    const a = Math.max(from, start);
    const b = Math.min(to, end);
    if (b > a) totalMs += b - a;
  };
  for (let day = firstDay; day <= lastDay; day++) {
    const path = day === firstDay ? ['start'] : ['end'];
    const s = dayStatus(c, day, path);
    const midnight = japanMidnight(day);
    if (s === DAY_WINDOWS) {
      for (let k = 0; k < c.starts.length; k++) add(midnight + c.starts[k]! * 60_000, midnight + c.ends[k]! * 60_000);
    } else if (s === DAY_ALL_DAY) {
      add(midnight, midnight + MS_PER_DAY);
    } else if (s !== DAY_CLOSED) {
      if (policy === 'error') throw unknownHoursError(c, day, path);
      unknownDays++;
      if (policy === 'open') add(midnight, midnight + MS_PER_DAY);
    }
  }
  const businessMinutes = totalMs / 60_000;
  const reasons: Reason[] = [
    reason(
      'calendar.business-minutes',
      `${businessMinutes} open minute(s) of ${c.resolved.planId} ${c.resolved.channel.id} within [${formatJapanInstant(start)}, ${formatJapanInstant(end)})${unknownDays ? `; ${unknownDays} day(s) of unknown hours counted as ${policy}` : ''}`,
      { source: c.resolved.hours.source, factId: c.resolved.hoursChannel.factId },
    ),
  ];
  return { businessMinutes, start: formatJapanInstant(start), end: formatJapanInstant(end), reasons };
}
