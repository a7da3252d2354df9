/**
 * The business calendar behind the `business-days` policy and the out-of-hours check: the calendar
 * module's schedules (`isBusinessDay`, `explainOpen`), never a holiday list of our own.
 */
import { explainOpen, isBusinessDay, type ScheduleQuery, type UnknownHoursPolicy } from '../calendar/index.js';
import type { Catalog } from '../catalog/catalog.js';
import { ConflictError, ContractRulesError, InvalidInputError, NotFoundError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { formatIsoDate } from '../time/civil.js';

/** Settings of the document's business calendar: company closures, 年末年始 span, holiday corrections. */
export type IncidentBusinessCalendarOptions = Pick<ScheduleQuery, 'closures' | 'yearEnd' | 'holidayOverrides' | 'holidayLaw'> & {
  /** Days whose hours the documents leave unknown (002 before 2018-11-01): `'error'` (default) throws; `'open'`/`'closed'` decide. */
  readonly unknownAs?: UnknownHoursPolicy;
};

/** Options shared by the incident functions that consult the business calendar. */
export interface IncidentBusinessDayOptions {
  /** Channel of the document's schedule whose days and hours count. Default `phone` (002 仕様書 4.1). */
  readonly businessDayChannel?: string;
  /** Company closures (夏期休業 …), 年末年始 span and holiday corrections, passed to the calendar. */
  readonly businessCalendar?: IncidentBusinessCalendarOptions;
  readonly catalog?: Catalog;
}

/** A business-day predicate on Japan epoch days, with a description for reasons. */
export interface IncidentBusinessDayCalendar {
  readonly isBusinessDay: (epochDay: number) => boolean;
  readonly maxScanDays: number;
  readonly description: string;
  readonly channel: string;
}

const DEFAULT_CHANNEL = 'phone';
/** Give up after ten years of calendar days without enough business days. */
const MAX_SCAN_DAYS = 3660;

function queryOf(planId: string, input: IncidentBusinessDayOptions): ScheduleQuery {
  const channel = input.businessDayChannel ?? DEFAULT_CHANNEL;
  if (typeof channel !== 'string') throw new InvalidInputError(['businessDayChannel'], 'Expected a channel id string', { value: String(channel) });
  const cal = input.businessCalendar;
  if (cal !== undefined && (cal === null || typeof cal !== 'object' || Array.isArray(cal))) {
    throw new InvalidInputError(['businessCalendar'], 'Expected an object { closures?, yearEnd?, holidayOverrides?, holidayLaw?, unknownAs? }');
  }
  return {
    planId,
    channel,
    catalog: input.catalog, // undefined: the calendar's bundled catalog
    // Every key present (undefined when not given): the calendar reads them, and a missing one would be read from Object.prototype.
    closures: cal?.closures,
    yearEnd: cal?.yearEnd,
    holidayOverrides: cal?.holidayOverrides,
    holidayLaw: cal?.holidayLaw,
  };
}

/**
 * Re-throws a calendar error with a path that names our input: the calendar's `date`/`at` become
 * `atPath`, `channel` becomes `businessDayChannel`, its settings move under `businessCalendar`.
 */
function remap(e: unknown, atPath: ErrorPath): never {
  // Stryker disable next-line ConditionalExpression: the calendar throws only library errors; another error would fail on `e.path` as it is re-thrown
  if (!(e instanceof ContractRulesError)) throw e;
  const [head, ...rest] = e.path;
  let path: ErrorPath;
  if (head === 'date' || head === 'at') path = atPath;
  else if (head === 'channel') path = ['businessDayChannel', ...rest];
  else if (head === 'planId' || head === undefined) path = e.path;
  else path = ['businessCalendar', ...e.path];
  // Stryker disable next-line Regex: the calendar's messages start with their path, which holds no colon, so the unanchored pattern matches the same prefix
  const message = e.message.replace(/^[^:]*: /, '').replace('pass unknownAs', 'pass businessCalendar.unknownAs');
  const details = { ...e.details, calendarPath: e.path };
  switch (e.code) {
    case 'invalid_input':
      throw new InvalidInputError(path, message, details);
    case 'not_found':
      throw new NotFoundError(path, message, details);
    case 'conflict':
      throw new ConflictError(path, message, details);
    case 'out_of_range':
      throw new OutOfRangeError(path, message, details);
    // Stryker disable next-line all: unreachable, the calendar throws no other code (invalid_catalog comes from loadCatalog only)
    default:
      throw e;
  }
}

/**
 * The business-day predicate of a plan's channel. Errors of the calendar are re-thrown with `atPath`.
 * @throws {NotFoundError} unknown channel (`['businessDayChannel']`)
 * @throws {OutOfRangeError} a day whose hours are unknown (unless `businessCalendar.unknownAs`), or outside 1970–2099
 * @example businessDayCalendarFor('helpdesk-support', {}).isBusinessDay(parseIsoDate('2026-11-23')) //=> false (勤労感謝の日)
 */
export function businessDayCalendarFor(planId: string, input: IncidentBusinessDayOptions): IncidentBusinessDayCalendar & { readonly at: (path: ErrorPath) => (epochDay: number) => boolean } {
  const query = queryOf(planId, input);
  const unknownAs = input.businessCalendar?.unknownAs;
  const cache = new Map<number, boolean>();
  const at = (path: ErrorPath) => (epochDay: number): boolean => {
    const hit = cache.get(epochDay);
    // Stryker disable next-line ConditionalExpression: without the cache the calendar is asked again and gives the same answer (speed only)
    if (hit !== undefined) return hit;
    let v: boolean;
    try {
      v = isBusinessDay({ ...query, date: formatIsoDate(epochDay), unknownAs }); // undefined: the calendar's default, 'error'
    } catch (e) {
      remap(e, path);
    }
    cache.set(epochDay, v);
    return v;
  };
  return {
    isBusinessDay: at(['policy']),
    at,
    maxScanDays: MAX_SCAN_DAYS,
    description: `${planId} ${query.channel}`,
    channel: query.channel,
  };
}

/**
 * Whether the document's support channel is open at an instant; `undefined` when the documents leave
 * the hours unknown at that instant (002 before 2018-11-01).
 * @throws {NotFoundError} unknown channel; calendar errors re-thrown with path `['at']`
 * @example supportHoursAt('helpdesk-support', parseInstant('2026-11-20T12:30+09:00'), {}) //=> { open: false, channel: 'phone' }
 */
export function supportHoursAt(planId: string, atMs: number, input: IncidentBusinessDayOptions): { open: boolean; channel: string } | undefined {
  const query = queryOf(planId, input);
  let open: boolean | 'unknown';
  try {
    open = explainOpen({ ...query, at: atMs }).open;
  } catch (e) {
    remap(e, ['at']);
  }
  const unknownAs = input.businessCalendar?.unknownAs;
  if (open === 'unknown') {
    if (unknownAs === 'open') return { open: true, channel: query.channel };
    if (unknownAs === 'closed') return { open: false, channel: query.channel };
    return undefined;
  }
  return { open, channel: query.channel };
}
