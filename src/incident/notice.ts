/**
 * Notice and cancellation: 002's notice before the service ends (規約 第4条), and when 003's
 * cancellation takes effect and support stops (解約).
 */
import { readInput, rejectMisspeltKeys } from '../boundary/index.js';
import { CANCELLATION_STRICT, NOTICE_STRICT } from './keys.js';
import type { Catalog } from '../catalog/catalog.js';
import { InvalidInputError } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import { formatIsoDate } from '../time/civil.js';
import { formatJapanInstant, japanEpochDay, japanMidnight, parseInstant, parseIsoDate } from '../time/japan.js';
import { addMonthsClamped, civilMonthsLastDay } from './periods.js';
import { catalogOf, expectRecord, optionalChoice, resolveIncidentRules } from './rules.js';

/**
 * How 「終了する１か月前までに」 is counted:
 * - `backward-from-end` (default): 民法140–143 applied in reverse from the end of the last day of service;
 *   the latest notice day is the day one month before the last day of service, clamped to the month's end
 *   (last day 2027-03-31 → notice by 2027-02-28);
 * - `forward-from-notice`: the notice day is not counted (民法140) and the month counted forwards from the
 *   next day (民法143) must end on or before the last day of service (stricter at month ends).
 */
export type ServiceEndNoticeCounting = 'backward-from-end' | 'forward-from-notice';
const COUNTINGS: readonly ServiceEndNoticeCounting[] = ['backward-from-end', 'forward-from-notice'];

/** Options of {@link serviceEndNotice}. */
export interface ServiceEndNoticeOptions {
  /** Default `backward-from-end` (interpretation incident-service-end-notice-counting). */
  readonly counting?: ServiceEndNoticeCounting;
  /** Plan whose document's rules apply; default: the only plan of the catalog whose document states a notice period (002). */
  readonly planId?: string;
  readonly catalog?: Catalog;
}

/** Input of {@link serviceEndNotice}. */
export interface ServiceEndNoticeInput extends ServiceEndNoticeOptions {
  /** The last day the service is provided (終了日), `YYYY-MM-DD` in Japan. */
  readonly lastServiceDay: string;
  /** The day the notice was given (通知あるいは告知), `YYYY-MM-DD`: to check it. */
  readonly noticeGivenOn?: string;
}

/** Result of {@link serviceEndNotice}. Days are `YYYY-MM-DD` (Japan). */
export interface ServiceEndNoticeResult {
  readonly planId: string;
  readonly lastServiceDay: string;
  readonly noticeMonths: number;
  /** The last day on which notice can be given for this last day of service. */
  readonly latestNoticeDay: string;
  readonly noticeGivenOn?: string;
  /** Whether the notice given on `noticeGivenOn` is in time. */
  readonly sufficient?: boolean;
  /** For `noticeGivenOn`: the earliest last day of service that notice allows. */
  readonly earliestLastServiceDay?: string;
  readonly counting: ServiceEndNoticeCounting;
  readonly reasons: readonly Reason[];
}

/**
 * The latest day to announce the end of the service (002 規約 第4条: 終了する１か月前までに通知あるいは告知),
 * and whether a notice given on a day is in time.
 *
 * Rules: the number of months comes from the fixture; months are calendar months (民法143) with month-end
 * clamping; by default counted back from the last day of service (option `counting`).
 *
 * @throws {InvalidInputError} a malformed date or an unknown `counting`
 * @throws {NotFoundError} an unknown plan, or a document without a notice rule
 * @example serviceEndNotice({ lastServiceDay: '2027-03-31' }).latestNoticeDay //=> '2027-02-28'
 * @example serviceEndNotice({ lastServiceDay: '2026-12-31', noticeGivenOn: '2026-12-01' }).sufficient //=> false
 */
export function serviceEndNotice(input: ServiceEndNoticeInput): ServiceEndNoticeResult {
  input = readInput(input);
  rejectMisspeltKeys(input, NOTICE_STRICT);
  const obj = expectRecord(input, [], 'an object { lastServiceDay }');
  const counting = optionalChoice(obj.counting, COUNTINGS, 'backward-from-end', ['counting']);
  const last = parseIsoDate(obj.lastServiceDay, ['lastServiceDay']);
  const given = obj.noticeGivenOn === undefined ? undefined : parseIsoDate(obj.noticeGivenOn, ['noticeGivenOn']);
  const catalog = catalogOf(input);
  const { planId, rule } = resolveIncidentRules('serviceEndNotice', obj.planId, catalog, 'service-end notice rule');
  const months = rule.months;
  const latest = latestNoticeDay(last, months, counting);
  const reasons: Reason[] = [
    reason(
      `incident.notice.${counting}`,
      counting === 'backward-from-end'
        ? `${months} month(s) counted back from the end of ${formatIsoDate(last)} (民法140–143 in reverse, month-end clamped): notice by ${formatIsoDate(latest)}`
        : `Notice on ${formatIsoDate(latest)}: counted from the next day, ${months} month(s) end on ${formatIsoDate(civilMonthsLastDay(latest + 1, months))}, not after ${formatIsoDate(last)}`,
      { source: rule.source, factId: rule.id, interpretation: 'incident-service-end-notice-counting' },
    ),
  ];
  let check: { noticeGivenOn: string; sufficient: boolean; earliestLastServiceDay: string } | undefined;
  if (given !== undefined) {
    const sufficient = given <= latest;
    const earliest = earliestLastServiceDay(given, months, counting);
    check = { noticeGivenOn: formatIsoDate(given), sufficient, earliestLastServiceDay: formatIsoDate(earliest) };
    reasons.push(
      reason(
        sufficient ? 'incident.notice.in-time' : 'incident.notice.too-late',
        sufficient
          ? `Notice given on ${formatIsoDate(given)} is on or before ${formatIsoDate(latest)}: in time`
          : `Notice given on ${formatIsoDate(given)} is after ${formatIsoDate(latest)}: too late; with that notice the service can end on ${formatIsoDate(earliest)} at the earliest`,
        { source: rule.source, factId: rule.id },
      ),
    );
  }
  return Object.freeze({
    planId,
    lastServiceDay: formatIsoDate(last),
    noticeMonths: months,
    latestNoticeDay: formatIsoDate(latest),
    ...check,
    counting,
    reasons: Object.freeze(reasons),
  });
}

function latestNoticeDay(last: number, months: number, counting: ServiceEndNoticeCounting): number {
  if (counting === 'backward-from-end') return addMonthsClamped(last, -months);
  // The greatest N with civilMonthsLastDay(N + 1, months) <= last; each month has 28 to 31 days.
  for (let n = last - 28 * months; ; n--) {
    if (civilMonthsLastDay(n + 1, months) <= last) return n;
  }
}

function earliestLastServiceDay(given: number, months: number, counting: ServiceEndNoticeCounting): number {
  if (counting === 'forward-from-notice') return civilMonthsLastDay(given + 1, months);
  // The smallest L with addMonthsClamped(L, -months) >= given (monotone in L).
  for (let l = given + 28 * months; ; l++) {
    if (addMonthsClamped(l, -months) >= given) return l;
  }
}

/**
 * Whether support is given on the 解約日 once the cancellation is accepted:
 * `none` (default: 以降 includes the 解約日, so no support from the acceptance on) or `whole-day`
 * (support runs to the end of the 解約日).
 */
export type SupportOnCancellationDay = 'none' | 'whole-day';
const SUPPORT_ON_DAY: readonly SupportOnCancellationDay[] = ['none', 'whole-day'];

/** Options of {@link cancellationEffect}. */
export interface CancellationEffectOptions {
  /** Default `none` (interpretation incident-cancellation-day-support). */
  readonly supportOnCancellationDay?: SupportOnCancellationDay;
  /** Plan whose document's rules apply; default: the only plan of the catalog whose document states cancellation rules (003). */
  readonly planId?: string;
  readonly catalog?: Catalog;
}

/** Input of {@link cancellationEffect}: when acceptance of the cancellation completed, as an instant or (if the time is unknown) a day. */
export interface CancellationEffectInput extends CancellationEffectOptions {
  /** Instant the cancellation's acceptance completed (受付が完了). */
  readonly acceptedAt?: string | Date;
  /** Day it completed, when the time is not known (`YYYY-MM-DD`). Give exactly one of `acceptedAt`, `acceptedOn`. */
  readonly acceptedOn?: string;
  /** An instant to check: is support still given then? */
  readonly at?: string | Date;
}

/** Result of {@link cancellationEffect}. */
export interface CancellationEffect {
  readonly planId: string;
  /** 解約日 (`YYYY-MM-DD`, Japan). */
  readonly cancellationDay: string;
  /** First instant without support (exclusive end of support), Japan time. */
  readonly supportEndsAt: string;
  readonly supportOnCancellationDay: SupportOnCancellationDay;
  /** For `at`: whether support is given at that instant. */
  readonly supportAvailable?: boolean;
  readonly reasons: readonly Reason[];
}

/**
 * When 003's cancellation takes effect and when support ends.
 *
 * Rules (003 解約): the 解約日 is the day acceptance of the cancellation completed; no support from the
 * 解約日 on (解約日以降のサポートはいたしません). 以降 includes the day itself, so by default support ends
 * at the acceptance (at 00:00 of the 解約日 when only the day is known); support earlier that day was
 * given under the live contract. Option `supportOnCancellationDay: 'whole-day'` keeps support to the end
 * of the 解約日.
 *
 * @throws {InvalidInputError} neither or both of `acceptedAt`/`acceptedOn`, a malformed instant or date, an unknown option value
 * @throws {NotFoundError} an unknown plan, or a document without cancellation rules
 * @example
 * cancellationEffect({ acceptedAt: '2026-11-20T15:00+09:00', at: '2026-11-20T18:00+09:00' })
 * //=> { planId: 'ucom-remote-support', cancellationDay: '2026-11-20', supportEndsAt: '2026-11-20T15:00:00+09:00',
 * //     supportOnCancellationDay: 'none', supportAvailable: false, reasons: [...] }
 */
export function cancellationEffect(input: CancellationEffectInput): CancellationEffect {
  input = readInput(input);
  rejectMisspeltKeys(input, CANCELLATION_STRICT);
  const obj = expectRecord(input, [], 'an object { acceptedAt } or { acceptedOn }');
  const mode = optionalChoice(obj.supportOnCancellationDay, SUPPORT_ON_DAY, 'none', ['supportOnCancellationDay']);
  if ((obj.acceptedAt === undefined) === (obj.acceptedOn === undefined)) {
    throw new InvalidInputError(
      obj.acceptedAt === undefined ? ['acceptedAt'] : ['acceptedOn'],
      'Give exactly one of acceptedAt (an instant) and acceptedOn (a day)',
    );
  }
  let acceptedMs: number | undefined;
  let day: number;
  if (obj.acceptedAt !== undefined) {
    acceptedMs = parseInstant(obj.acceptedAt, ['acceptedAt']);
    day = japanEpochDay(acceptedMs);
  } else {
    day = parseIsoDate(obj.acceptedOn, ['acceptedOn']);
  }
  const atMs = obj.at === undefined ? undefined : parseInstant(obj.at, ['at']);
  const catalog = catalogOf(input);
  const { planId, rule } = resolveIncidentRules('cancellation', obj.planId, catalog, 'cancellation rule');
  const endMs = mode === 'whole-day' ? japanMidnight(day + 1) : (acceptedMs ?? japanMidnight(day));
  const reasons: Reason[] = [
    reason(
      'incident.cancellation.day',
      `Acceptance of the cancellation completed ${acceptedMs === undefined ? 'on' : `at ${formatJapanInstant(acceptedMs)}, on`} ${formatIsoDate(day)}: that day is the 解約日`,
      { source: rule.effectiveDay.source, factId: rule.id },
    ),
    reason(
      'incident.cancellation.support-ends',
      mode === 'whole-day'
        ? `Support runs to the end of the 解約日 and ends at ${formatJapanInstant(endMs)} (supportOnCancellationDay: whole-day)`
        : acceptedMs === undefined
          ? `No support from the 解約日 on (以降 includes the day): support ends at ${formatJapanInstant(endMs)}, the start of the 解約日`
          : `No support from the 解約日 on (以降 includes the day): support ends at the acceptance, ${formatJapanInstant(endMs)}`,
      { source: rule.support.source, factId: rule.id, interpretation: 'incident-cancellation-day-support' },
    ),
  ];
  let supportAvailable: boolean | undefined;
  if (atMs !== undefined) {
    supportAvailable = atMs < endMs;
    reasons.push(
      reason(
        supportAvailable ? 'incident.cancellation.support-given' : 'incident.cancellation.no-support',
        supportAvailable
          ? `${formatJapanInstant(atMs)} is before ${formatJapanInstant(endMs)}: support is given`
          : `${formatJapanInstant(atMs)} is at or after ${formatJapanInstant(endMs)}: no support`,
        { source: rule.support.source, factId: rule.id },
      ),
    );
  }
  return Object.freeze({
    planId,
    cancellationDay: formatIsoDate(day),
    supportEndsAt: formatJapanInstant(endMs),
    supportOnCancellationDay: mode,
    ...(supportAvailable !== undefined ? { supportAvailable } : {}),
    reasons: Object.freeze(reasons),
  });
}
