/**
 * Out-of-hours support (002 仕様書 5): offered in emergencies outside the phone hours, paid in the
 * listed cases, at a guide price (目安) per half hour.
 */
import { own, readInput, rejectMisspeltKeys } from '../boundary/index.js';
import { OUT_OF_HOURS_STRICT } from './keys.js';
import type { Catalog } from '../catalog/catalog.js';
import type { TaxBasis } from '../catalog/primitives.js';
import { getFee, getPlan } from '../catalog/queries.js';
import { ConflictError, InvalidInputError, OutOfRangeError } from '../errors.js';
import { Dec, roundYen, yenToNumber, type RoundingMode } from '../money/decimal.js';
import { reason, type Reason } from '../reasons.js';
import { formatIsoDate, parseIsoDate } from '../time/index.js';
import { formatJapanInstant, japanEpochDay, parseInstant } from '../time/japan.js';
import { supportHoursAt, type IncidentBusinessDayOptions } from './business-days.js';
import { catalogOf, describeValue, expectRecord, optionalChoice, resolveIncidentRules } from './rules.js';
import { OUT_OF_HOURS_CAUSES, OUT_OF_HOURS_TOPICS } from './kinds.js';
import type { OutOfHoursCause, OutOfHoursTopic } from './schema.js';

/**
 * How a duration is priced: `per-started-unit` (default: every started half hour is charged in full)
 * or `pro-rata` (the guide price × minutes / unit minutes, rounded with `proRataRounding`).
 */
export type OutOfHoursBilling = 'per-started-unit' | 'pro-rata';
const BILLINGS: readonly OutOfHoursBilling[] = ['per-started-unit', 'pro-rata'];
const ROUNDINGS: readonly RoundingMode[] = ['half-up', 'floor', 'ceil'];

/** Options of {@link estimateOutOfHoursSupport}. */
export interface EstimateOutOfHoursSupportOptions extends IncidentBusinessDayOptions {
  /** Default `per-started-unit` (interpretation incident-out-of-hours-started-unit). */
  readonly billing?: OutOfHoursBilling;
  /** Rounding of a `pro-rata` amount to whole yen. Default `half-up`. */
  readonly proRataRounding?: RoundingMode;
  /** Plan whose document's rules apply; default: the only plan of the catalog whose document states out-of-hours support (002). */
  readonly planId?: string;
  readonly catalog?: Catalog;
}

/** Input of {@link estimateOutOfHoursSupport}. */
export interface EstimateOutOfHoursSupportInput extends EstimateOutOfHoursSupportOptions {
  /** Minutes of support, >= 0. */
  readonly durationMinutes: number;
  /**
   * What the request is about / what caused it:
   * - `customer-convenience`: made for the customer's convenience (お客様側の都合); give `topic`;
   * - `customer-side`: the cause was on the customer's side (原因がお客様側);
   * - `outside-provider-services`: the cause was outside the provider's services (当社提供サービス以外が原因);
   * - `provider-services`: the cause was in the provider's services (not a paid case).
   */
  readonly cause: OutOfHoursCause;
  /** For `customer-convenience`: `general-inquiry`, `setup-check`, `operation-advice`, `low-urgency` (all paid) or `other` (an urgent matter not listed). */
  readonly topic?: OutOfHoursTopic;
  /** When the support is given. Optional: when given, it must be on or after the rule took effect, and, where the calendar knows the phone hours, outside them. */
  readonly at?: string | Date;
}

/** Result of {@link estimateOutOfHoursSupport}. */
export interface OutOfHoursEstimate {
  readonly planId: string;
  /** Whether the support is paid (a listed case, outside hours). */
  readonly paid: boolean;
  /** The paid case that matched. */
  readonly paidCaseId?: string;
  /** When `at` was given and the calendar knows the hours: whether `at` is outside the phone hours. */
  readonly outsideHours?: boolean;
  readonly durationMinutes: number;
  /** Billed units as a decimal string ('0' when free): started units, or the exact fraction when pro rata. */
  readonly billedUnits: string;
  readonly unitMinutes: number;
  readonly unitPriceYen: number;
  /** The estimate in whole yen (0 when free). */
  readonly estimatedYen: number;
  /** True: the document gives a guide price (目安), not a fixed price. */
  readonly isEstimate: boolean;
  /** Tax basis of the guide price; null where the document states none. */
  readonly taxBasis: TaxBasis | null;
  readonly feeId: string;
  readonly billing: OutOfHoursBilling;
  readonly reasons: readonly Reason[];
}

/**
 * Whether out-of-hours support is paid, and its estimate.
 *
 * Rules (002 仕様書 5): support outside the phone hours is given in emergencies; it is paid in the
 * listed cases only (the customer's convenience for the four listed topics, a cause on the customer's
 * side, a cause outside the provider's services); other requests are free (第５条, interpretation
 * incident-out-of-hours-unlisted-free). The price is the fixture fee (`helpdesk-out-of-hours`,
 * ¥3,000 per 0.5H, a 目安) per started half hour (option `billing`). Money is computed with `Dec`.
 *
 * @throws {InvalidInputError} a negative or non-finite `durationMinutes`, an unknown `cause` or `topic`,
 *   a missing `topic` for `customer-convenience`, a `topic` for another cause, a malformed `at`
 * @throws {OutOfRangeError} `at` before the rule took effect (2017-10-13)
 * @throws {NotFoundError} an unknown plan, a document without out-of-hours rules, or a missing fee
 * @example
 * estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-side' })
 * //=> { planId: 'helpdesk-support', paid: true, paidCaseId: 'helpdesk-paid-customer-side-cause', durationMinutes: 45,
 * //     billedUnits: '2', unitMinutes: 30, unitPriceYen: 3000, estimatedYen: 6000, isEstimate: true, taxBasis: null,
 * //     feeId: 'helpdesk-out-of-hours', billing: 'per-started-unit', reasons: [...] }
 */
export function estimateOutOfHoursSupport(input: EstimateOutOfHoursSupportInput): OutOfHoursEstimate {
  input = readInput(input);
  rejectMisspeltKeys(input, OUT_OF_HOURS_STRICT);
  const obj = expectRecord(input, [], 'an object { durationMinutes, cause }');
  const duration = obj.durationMinutes;
  if (typeof duration !== 'number' || !Number.isFinite(duration) || duration < 0) {
    throw new InvalidInputError(['durationMinutes'], `Expected a duration in minutes >= 0, received ${describeValue(duration)}`, {
      value: describeValue(duration),
    });
  }
  if (duration > Number.MAX_SAFE_INTEGER) {
    throw new OutOfRangeError(['durationMinutes'], `A duration of ${duration} minutes is beyond ${Number.MAX_SAFE_INTEGER}`, { value: duration, max: Number.MAX_SAFE_INTEGER });
  }
  if (obj.cause === undefined) throw new InvalidInputError(['cause'], `A cause is required: one of ${OUT_OF_HOURS_CAUSES.join(', ')}`);
  const cause = optionalChoice(obj.cause, OUT_OF_HOURS_CAUSES, 'customer-convenience', ['cause']);
  let topic: OutOfHoursTopic | undefined;
  if (cause === 'customer-convenience') {
    if (obj.topic === undefined) {
      throw new InvalidInputError(['topic'], `A request for the customer's convenience needs a topic: one of ${OUT_OF_HOURS_TOPICS.join(', ')}`);
    }
    topic = optionalChoice(obj.topic, OUT_OF_HOURS_TOPICS, 'other', ['topic']);
  } else if (obj.topic !== undefined) {
    throw new InvalidInputError(['topic'], `A topic only applies to cause customer-convenience, not ${cause}`, { value: describeValue(obj.topic) });
  }
  const billing = optionalChoice(obj.billing, BILLINGS, 'per-started-unit', ['billing']);
  const rounding = optionalChoice(obj.proRataRounding, ROUNDINGS, 'half-up', ['proRataRounding']);
  const catalog = catalogOf(input);
  const { planId, rule } = resolveIncidentRules('outOfHours', obj.planId, catalog, 'out-of-hours support rule');
  const fee = getFee(rule.feeId, catalog, ['feeId']);
  if (fee.amountYen === null) {
    throw new ConflictError(['planId'], `Fee ${fee.id} states no amount: no estimate can be given`, { feeId: fee.id });
  }
  const reasons: Reason[] = [];

  let outsideHours: boolean | undefined;
  if (obj.at !== undefined) {
    const atMs = parseInstant(obj.at, ['at']);
    if (rule.effectiveFrom !== undefined && japanEpochDay(atMs) < parseIsoDate(rule.effectiveFrom.date)) {
      throw new OutOfRangeError(['at'], `Out-of-hours support was added on ${rule.effectiveFrom.date}; ${formatJapanInstant(atMs)} is before it`, {
        effectiveFrom: rule.effectiveFrom.date,
      });
    }
    if (rule.effectiveFrom !== undefined) {
      reasons.push(
        reason('incident.out-of-hours.in-force', `The out-of-hours rule is in force on ${formatIsoDate(japanEpochDay(atMs))} (added ${rule.effectiveFrom.date})`, {
          source: rule.effectiveFrom.source,
          factId: rule.id,
        }),
      );
    }
    const hours = supportHoursAt(planId, atMs, input);
    if (hours !== undefined) {
      outsideHours = !hours.open;
      reasons.push(
        reason(
          hours.open ? 'incident.out-of-hours.within-hours' : 'incident.out-of-hours.outside-hours',
          hours.open
            ? `${formatJapanInstant(atMs)} is within the ${hours.channel} hours: ordinary support, free of charge`
            : `${formatJapanInstant(atMs)} is outside the ${hours.channel} hours: out-of-hours support, given in emergencies`,
          { source: hours.open ? getPlan(planId, catalog).source : rule.offered.source, factId: hours.open ? planId : rule.id },
        ),
      );
    } else {
      reasons.push(reason('incident.out-of-hours.hours-not-checked', 'Whether the instant is outside the phone hours was not checked: the caller states that it is'));
    }
  } else {
    reasons.push(
      reason('incident.out-of-hours.offered', 'Outside the phone hours, support is given in emergencies (no instant given: assumed outside hours)', {
        source: rule.offered.source,
        factId: rule.id,
      }),
    );
  }

  const match = outsideHours === false ? undefined : rule.paidCases.find((c) => c.cause === cause && (own(c, 'topic') === undefined || own(c, 'topic') === topic));
  const paid = match !== undefined;
  if (outsideHours !== false) {
    if (match) {
      reasons.push(reason('incident.out-of-hours.paid-case', `A listed paid case: ${describeCause(cause, topic)}`, { source: match.source, factId: match.id }));
    } else {
      reasons.push(
        reason('incident.out-of-hours.not-a-paid-case', `Not a listed paid case (${describeCause(cause, topic)}): free of charge`, {
          source: rule.source,
          factId: rule.id,
          interpretation: 'incident-out-of-hours-unlisted-free',
        }),
      );
    }
  }

  const unitMinutes = rule.billingUnitMinutes;
  const unitPrice = new Dec(fee.amountYen);
  let units = new Dec(0);
  let amount = new Dec(0);
  if (paid) {
    const exact = new Dec(duration).div(unitMinutes);
    if (billing === 'per-started-unit') {
      units = exact.ceil();
      amount = unitPrice.mul(units);
    } else {
      units = exact;
      amount = roundYen(unitPrice.mul(exact), rounding);
    }
    reasons.push(
      reason(
        billing === 'per-started-unit' ? 'incident.out-of-hours.per-started-unit' : 'incident.out-of-hours.pro-rata',
        billing === 'per-started-unit'
          ? `${duration} minutes = ${units.toString()} started unit(s) of ${unitMinutes} minutes × ¥${unitPrice.toString()} = ¥${amount.toString()}`
          : `${duration} / ${unitMinutes} × ¥${unitPrice.toString()} = ¥${amount.toString()} (rounded ${rounding})`,
        { source: rule.billingUnitSource, factId: rule.id, interpretation: 'incident-out-of-hours-started-unit' },
      ),
    );
    reasons.push(
      reason(
        fee.estimate ? 'incident.out-of-hours.estimate' : 'incident.out-of-hours.fixed-price',
        fee.estimate
          ? `The price is a guide (目安), not a fixed price${fee.taxBasis === null ? '; the document states no tax basis' : ''}`
          : 'The price is stated as a fixed price',
        { source: fee.source, factId: fee.id },
      ),
    );
  }

  return Object.freeze({
    planId,
    paid,
    ...(match ? { paidCaseId: match.id } : {}),
    ...(outsideHours !== undefined ? { outsideHours } : {}),
    durationMinutes: duration,
    billedUnits: units.toString(),
    unitMinutes,
    unitPriceYen: fee.amountYen,
    estimatedYen: yenToNumber(amount, ['durationMinutes']),
    isEstimate: fee.estimate,
    taxBasis: fee.taxBasis,
    feeId: fee.id,
    billing,
    reasons: Object.freeze(reasons),
  });
}

function describeCause(cause: OutOfHoursCause, topic: OutOfHoursTopic | undefined): string {
  return topic === undefined ? cause : `${cause} / ${topic}`;
}
