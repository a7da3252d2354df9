/**
 * 代替機器貸出し (000) / IT機器故障時の代替機貸出 (001): who may borrow which device, how many at
 * once, where it is delivered, and the loan period. A decision table over the `loaner` section of
 * the plan's document; every value comes from the fixture.
 */
import { own, readInput, rejectMisspeltKeys } from '../boundary/index.js';
import { LOANER_KEYS, LOAN_PERIOD_KEYS } from './keys.js';
import type { Catalog } from '../catalog/index.js';
import type { Source } from '../catalog/primitives.js';
import { ConflictError, InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import { formatIsoDate, parseIsoDate } from '../time/index.js';
import {
  catalogOf,
  expectArray,
  expectBoolean,
  expectKnownId,
  expectObject,
  expectOneOf,
  optionalBoolean,
  requireSection,
  resolveLoanerContract,
  type LoanerContractInput,
} from './input.js';
import type { LoanerDeviceType, LoanerSection, LoanPeriodRule, NotLendableDevice } from './schema.js';

/** Days in a calendar week: converts a period stated in weeks (最大2週間) to days. */
const DAYS_PER_WEEK = 7;

/** A device as a request names it: its kind and, for PCs and tablets, its operating system. */
export interface LoanerDeviceInput {
  /** Kind of device, as the fixture's loaner table lists it: `pc`, `tablet`, `router`, `hub`, `fax-phone`. */
  readonly deviceType: string;
  /** Operating system, for kinds that have one: `windows`, `macos`, `android`, `ipados`, `ios`. */
  readonly os?: string | undefined;
}

/** The failed device a loaner is asked for, with the day the loaner arrives (when known). */
export interface LoanerRequest extends LoanerDeviceInput {
  /** Day the loaner arrives, `YYYY-MM-DD` (Japan): the 起算日 (day 1) where the document says so. */
  readonly arrivalDate?: string | undefined;
  /** The return date set at lending (返却日は貸出し時に指定), when already known; must fall in the period. */
  readonly returnDate?: string | undefined;
}

/** What support concluded: through which channel, and whether a device of the customer failed. */
export interface LoanerDiagnosis {
  /** `phone`, `remote` or `onsite-diagnosis` (訪問故障切り分け), as the fixture lists them. */
  readonly channel: string;
  /** True when support concluded that the customer's device failed (機器故障が原因). */
  readonly deviceFailure: boolean;
}

/** Where the loaner would be delivered. */
export interface LoanerDeliveryAddress {
  /** True when the address is the contractor's address (契約者住所). */
  readonly isContractorAddress: boolean;
}

/** Where the document states no 起算日 (001): count from the arrival day (default) or from the day after it (民法第140条). */
export type UnstatedPeriodStart = 'arrival-day' | 'day-after-arrival';

/** Options of {@link checkLoaner}. */
export interface CheckLoanerOptions {
  /** Default `'arrival-day'` (interpretation `loaner-001-start-day`); used only where the document states no 起算日. */
  readonly unstatedPeriodStart?: UnstatedPeriodStart | undefined;
  /** Default false: a failed Mac or iPad gets no loaner. True lends the listed device of the same kind (a Windows PC for a Mac). */
  readonly substituteAcrossOs?: boolean | undefined;
  /** Default `'as-stated'`: 000 restricts no delivery address. `'contractor-address-only'` applies 001's rule to 000 too. */
  readonly deliveryRestriction?: 'as-stated' | 'contractor-address-only' | undefined;
  /** A catalog from `loadCatalog`; the bundled one by default. */
  readonly catalog?: Catalog | undefined;
}

/** Input of {@link checkLoaner}. */
export interface CheckLoanerInput extends CheckLoanerOptions {
  readonly contract: LoanerContractInput;
  readonly request: LoanerRequest;
  readonly diagnosis: LoanerDiagnosis;
  /** Loaners the customer holds now (each described as the loaned device, e.g. `{ deviceType: 'pc', os: 'windows' }`). */
  readonly activeLoans: readonly LoanerDeviceInput[];
  readonly deliveryAddress: LoanerDeliveryAddress;
}

/** A loan period: the maximum length, the first and last day (both inclusive) and the return date. */
export interface LoanPeriod {
  /** Maximum length in days (最大2週間 → 14). */
  readonly maxDays: number;
  /** How the first day was chosen: the arrival day itself (起算日) or the day after it. */
  readonly counting: UnstatedPeriodStart;
  readonly arrivalDate: string | null;
  /** First day of the loan (day 1), `YYYY-MM-DD`, or null without an arrival date. */
  readonly firstDay: string | null;
  /** Last day the loaner may be kept (inclusive), or null without an arrival date. */
  readonly lastDay: string | null;
  /** The return date given by the caller, or null: the provider sets it at lending. */
  readonly returnDate: string | null;
  /** `set-at-lending` (000 ※6) or `not-stated` (001). */
  readonly returnDateRule: LoanPeriodRule['returnDate'];
}

/** The loaner type a request resolved to. */
export interface LoanerTypeSummary {
  readonly id: string;
  readonly name: string;
  readonly includes: readonly string[];
  readonly source: Source;
}

/** Answer of {@link checkLoaner}. */
export interface LoanerVerdict {
  readonly eligible: boolean;
  readonly planId: string;
  /** The loaner that would be lent, or null when the device is not lendable. */
  readonly loanerType: LoanerTypeSummary | null;
  /** The loan period when eligible, else null. */
  readonly period: LoanPeriod | null;
  /** Ids of the rules that refused the loan (empty when eligible). */
  readonly blockedBy: readonly string[];
  /** The customer's liability for a loaner lost, damaged or not returned, where the document states it (000 ※5). */
  readonly liability: { readonly text: string; readonly source: Source } | null;
  readonly reasons: readonly Reason[];
}

interface Step {
  readonly reason: Reason;
  readonly blocks: boolean;
}

type DeviceResolution =
  | { readonly kind: 'lendable'; readonly type: LoanerDeviceType; readonly deviceType: string; readonly os: string | null }
  | {
      readonly kind: 'not-lendable';
      readonly deviceType: string;
      readonly os: string | null;
      readonly listed: NotLendableDevice | undefined;
      readonly sameKind: readonly LoanerDeviceType[];
    };

/**
 * Whether a loaner device can be lent, which one, and until when.
 *
 * Rules (each read from the plan's document's `loaner` section):
 * - the base plan must include loaners (001: the あんしん plans; an option on its own gives none, 「—*」);
 * - support (phone, remote or the on-site fault isolation) must have concluded that a device failed;
 * - the device must be a listed kind (Windows PC, Android tablet, router, HUB, standalone FAX phone);
 *   a Mac or an iPad is not lendable;
 * - one loaner of a type at a time; under 001 at most five types at once;
 * - under 001, delivery to the contractor's address only;
 * - the period: the arrival day is day 1 (000 ※6 到着日が起算日) and the loan lasts at most the stated
 *   length, so the last day is the arrival day + (length in days − 1); the return date is set at lending.
 * Every rule is evaluated, so `blockedBy` lists every reason for a refusal.
 *
 * @throws {InvalidInputError} a malformed input, an unknown device type, OS or channel, an arrival date that is not a date
 * @throws {NotFoundError} an unknown plan or option, or a document without loaner rules
 * @throws {ConflictError} an option of another plan, an active loan of a device that is never lent, a return date without an arrival date
 * @throws {OutOfRangeError} a return date outside the loan period
 * @example
 * checkLoaner({
 *   contract: { planId: 'oas-plan-a' },
 *   request: { deviceType: 'pc', os: 'windows', arrivalDate: '2026-12-25' },
 *   diagnosis: { channel: 'remote', deviceFailure: true },
 *   activeLoans: [],
 *   deliveryAddress: { isContractorAddress: true },
 * }).period?.lastDay
 * //=> '2027-01-07'
 */
export function checkLoaner(input: CheckLoanerInput): LoanerVerdict {
  input = readInput(input);
  rejectMisspeltKeys(input, LOANER_KEYS);
  const raw = expectObject(input, [], '{ contract, request, diagnosis, activeLoans, deliveryAddress }');
  const catalog = catalogOf(raw);
  const contract = resolveLoanerContract(raw.contract, catalog);
  const section = requireSection(own(contract.document, 'loaner'), contract.document, 'loaner service (代替機器貸出し)', ['contract', 'planId']);
  const unstatedStart = readUnstatedStart(raw);
  const substitute = optionalBoolean(raw.substituteAcrossOs, ['substituteAcrossOs']) ?? false;
  const deliveryRestriction =
    raw.deliveryRestriction === undefined
      ? 'as-stated'
      : expectOneOf(raw.deliveryRestriction, ['as-stated', 'contractor-address-only'] as const, ['deliveryRestriction']);

  const request = expectObject(raw.request, ['request'], '{ deviceType, os?, arrivalDate?, returnDate? }');
  const device = resolveDevice(section, request, ['request']);
  const arrivalDay = request.arrivalDate === undefined ? undefined : parseIsoDate(request.arrivalDate, ['request', 'arrivalDate']);
  const returnDay = request.returnDate === undefined ? undefined : parseIsoDate(request.returnDate, ['request', 'returnDate']);
  const diagnosis = expectObject(raw.diagnosis, ['diagnosis'], '{ channel, deviceFailure }');
  const channelId = expectKnownId(
    diagnosis.channel,
    section.trigger.channels.map((c) => c.id),
    ['diagnosis', 'channel'],
    'support channel',
  );
  const deviceFailure = expectBoolean(diagnosis.deviceFailure, ['diagnosis', 'deviceFailure']);
  const active = expectArray(raw.activeLoans, ['activeLoans']).map((loan, i) => {
    const r = resolveDevice(section, loan, ['activeLoans', i]);
    if (r.kind !== 'lendable') {
      throw new ConflictError(['activeLoans', i], `No loaner of ${deviceLabel(r.deviceType, r.os)} exists in ${contract.document.document.file}, so none can be active`, {
        deviceType: r.deviceType,
        os: r.os,
      });
    }
    return r.type;
  });
  const delivery = expectObject(raw.deliveryAddress, ['deliveryAddress'], '{ isContractorAddress }');
  const isContractorAddress = expectBoolean(delivery.isContractorAddress, ['deliveryAddress', 'isContractorAddress']);
  // Validated even when the loan is refused: a bad return date is a bad input, not a refusal.
  const periodResult = computeLoanPeriod(section.period, arrivalDay, returnDay, unstatedStart, ['request']);

  const steps: Step[] = [];
  const plan = contract.plan;

  // 1. The base plan includes loaners.
  const included = section.includedIn.planIds.includes(plan.id);
  steps.push({
    blocks: !included,
    reason: included
      ? reason('loaner.plan-included', `${plan.name} (${plan.id}) includes loaner devices`, { source: section.includedIn.source, factId: plan.id })
      : reason('loaner.plan-not-included', `${plan.name} (${plan.id}) is not among the plans that include loaner devices (${section.includedIn.planIds.join(', ')})`, {
          source: section.includedIn.source,
          factId: plan.id,
          interpretation: 'loaner-unlisted-plans',
        }),
  });
  // 2. Options give no loaner of their own (「—*」).
  const noLoanerOptions = section.optionsWithoutLoaners;
  if (noLoanerOptions) {
    for (const option of contract.options) {
      if (noLoanerOptions.optionIds.includes(option.id)) {
        steps.push({
          blocks: false,
          reason: reason('loaner.option-gives-no-loaner', `Option ${option.name} (${option.id}) adds no loaner service: loaners come from the base plan`, {
            source: noLoanerOptions.source,
            factId: option.id,
          }),
        });
      }
    }
  }
  // 3. Support concluded that a device failed.
  const channel = section.trigger.channels.find((c) => c.id === channelId)!;
  steps.push({
    blocks: !deviceFailure,
    reason: deviceFailure
      ? reason('loaner.device-failure-found', `${channel.name} concluded that the customer's device failed`, { source: section.trigger.source, factId: channel.id })
      : reason('loaner.no-device-failure', `${channel.name} did not conclude that a device failed: loaners are lent only for a failed device`, {
          source: section.trigger.source,
          factId: channel.id,
        }),
  });
  // 4. The device is a lendable kind.
  let loanerType: LoanerDeviceType | undefined;
  if (device.kind === 'lendable') {
    loanerType = device.type;
    steps.push({
      blocks: false,
      reason: reason('loaner.device-lendable', `A ${deviceLabel(device.deviceType, device.os)} can be replaced by the loaner ${device.type.name}`, {
        source: device.type.source,
        factId: device.type.id,
      }),
    });
  } else {
    const only = device.sameKind.length === 1 ? device.sameKind[0] : undefined;
    if (substitute && only) {
      loanerType = only;
      steps.push({
        blocks: false,
        reason: reason(
          'loaner.device-substituted',
          `No ${deviceLabel(device.deviceType, device.os)} is lent; with substituteAcrossOs the listed ${only.name} is lent in its place`,
          { source: only.source, factId: only.id, interpretation: 'loaner-same-kind' },
        ),
      });
    } else {
      const source =
        device.listed?.source ??
        device.sameKind[0]?.source ??
        section.notLendable.find((t) => t.deviceType === device.deviceType)!.source;
      const lent = device.sameKind.map((t) => t.name).join(', ');
      steps.push({
        blocks: true,
        reason: reason(
          'loaner.device-not-lendable',
          `The ${device.listed?.name ?? deviceLabel(device.deviceType, device.os)} is not lendable${lent ? `: the only ${device.deviceType} loaner is ${lent}` : ''}`,
          { source, interpretation: 'loaner-same-kind' },
        ),
      });
    }
  }
  // 5. One of a type at a time; at most N types at once (001).
  if (loanerType) {
    const type = loanerType;
    const sameType = active.filter((t) => t.id === type.id).length;
    const perType = section.perTypeLimit.units;
    const withinPerType = sameType + 1 <= perType;
    steps.push({
      blocks: !withinPerType,
      reason: withinPerType
        ? reason('loaner.per-type-limit-ok', `${sameType} ${type.name} on loan now; up to ${perType} of a type at a time`, {
            source: section.perTypeLimit.source,
            factId: type.id,
            interpretation: 'loaner-active-loans',
          })
        : reason('loaner.per-type-limit-reached', `${sameType} ${type.name} already on loan; only ${perType} of a type at a time`, {
            source: section.perTypeLimit.source,
            factId: type.id,
            interpretation: 'loaner-active-loans',
          }),
    });
    const distinct = own(section, 'distinctTypesLimit'); // own: bundled data is plain JSON
    if (distinct) {
      const types = new Set(active.map((t) => t.id));
      types.add(type.id);
      const ok = types.size <= distinct.types;
      steps.push({
        blocks: !ok,
        reason: ok
          ? reason('loaner.distinct-types-ok', `${types.size} loaner type(s) out at once with this one; up to ${distinct.types}`, { source: distinct.source })
          : reason('loaner.distinct-types-limit-reached', `${types.size} loaner types would be out at once; at most ${distinct.types}`, { source: distinct.source }),
      });
    }
  }
  // 6. Delivery address.
  const restriction = section.delivery.addressRestriction ?? (deliveryRestriction === 'contractor-address-only' ? 'contractor-address' : null);
  if (restriction === 'contractor-address') {
    const imposedByOption = section.delivery.addressRestriction === null;
    const extra = imposedByOption ? { interpretation: 'loaner-000-delivery-address' } : {};
    steps.push({
      blocks: !isContractorAddress,
      reason: isContractorAddress
        ? reason('loaner.delivery-contractor-address', 'Delivery to the contractor’s address', { source: section.delivery.source, ...extra })
        : reason('loaner.delivery-not-contractor-address', 'Loaners are delivered to the contractor’s address only', { source: section.delivery.source, ...extra }),
    });
  } else {
    steps.push({
      blocks: false,
      reason: reason('loaner.delivery-unrestricted', `The document restricts no delivery address (${section.delivery.method})`, {
        source: section.delivery.source,
        interpretation: 'loaner-000-delivery-address',
      }),
    });
  }

  const eligible = steps.every((s) => !s.blocks);
  const reasons = steps.map((s) => s.reason);
  if (eligible) reasons.push(...periodResult.reasons);
  if (section.liability) {
    reasons.push(reason('loaner.liability', section.liability.text, { source: section.liability.source }));
  }
  if (eligible && section.setup) reasons.push(reason('loaner.setup', section.setup.text, { source: section.setup.source }));
  if (eligible && section.collection) reasons.push(reason('loaner.collection', section.collection.text, { source: section.collection.source }));

  return {
    eligible,
    planId: plan.id,
    loanerType: loanerType ? { id: loanerType.id, name: loanerType.name, includes: [...loanerType.includes], source: loanerType.source } : null,
    period: eligible ? periodResult.period : null,
    blockedBy: steps.filter((s) => s.blocks).map((s) => s.reason.rule),
    liability: section.liability ? { text: section.liability.text, source: section.liability.source } : null,
    reasons,
  };
}

/** Input of {@link loanPeriod}. */
export interface LoanPeriodInput {
  /** A plan whose document has loaner rules (000 or 001). */
  readonly planId: string;
  /** Day the loaner arrives, `YYYY-MM-DD` (Japan). */
  readonly arrivalDate?: string | undefined;
  /** The return date set at lending, when known. */
  readonly returnDate?: string | undefined;
  readonly unstatedPeriodStart?: UnstatedPeriodStart | undefined;
  readonly catalog?: Catalog | undefined;
}

/**
 * The loan period of a plan's loaner rules for an arrival day.
 *
 * Rules: the length is the document's 最大 (2 weeks = 14 days); where the arrival day is the 起算日
 * (000 ※6) it is day 1, so the last day is arrival + (days − 1); where the document states no 起算日
 * (001) the same reading is the default and `unstatedPeriodStart: 'day-after-arrival'` applies
 * 民法第140条 instead (last day = arrival + days). The last day is not moved off Sundays or holidays.
 *
 * @throws {InvalidInputError} an arrival or return date that is not a date
 * @throws {NotFoundError} an unknown plan, or a document without loaner rules
 * @throws {ConflictError} a return date without an arrival date
 * @throws {OutOfRangeError} a return date outside the period
 * @example loanPeriod({ planId: 'oas-plan-b', arrivalDate: '2028-02-20' }).lastDay //=> '2028-03-04'
 */
export function loanPeriod(input: LoanPeriodInput): LoanPeriod & { readonly reasons: readonly Reason[] } {
  input = readInput(input);
  rejectMisspeltKeys(input, LOAN_PERIOD_KEYS);
  const raw = expectObject(input, [], '{ planId, arrivalDate?, returnDate? }');
  const catalog = catalogOf(raw);
  const contract = resolveLoanerContract({ planId: raw.planId, options: undefined }, catalog, []);
  const section = requireSection(own(contract.document, 'loaner'), contract.document, 'loaner service (代替機器貸出し)', ['planId']);
  const arrivalDay = raw.arrivalDate === undefined ? undefined : parseIsoDate(raw.arrivalDate, ['arrivalDate']);
  const returnDay = raw.returnDate === undefined ? undefined : parseIsoDate(raw.returnDate, ['returnDate']);
  const r = computeLoanPeriod(section.period, arrivalDay, returnDay, readUnstatedStart(raw), []);
  return { ...r.period, reasons: r.reasons };
}

function readUnstatedStart(raw: Record<string, unknown>): UnstatedPeriodStart {
  return raw.unstatedPeriodStart === undefined
    ? 'arrival-day'
    : expectOneOf(raw.unstatedPeriodStart, ['arrival-day', 'day-after-arrival'] as const, ['unstatedPeriodStart']);
}

/**
 * The maximum loan length in days of a period rule: weeks are calendar weeks of seven days.
 * @example loanMaxDays(documentOfPlan('oas-plan-a').loaner!.period) //=> 14 (最大2週間)
 */
export function loanMaxDays(rule: LoanPeriodRule): number {
  const r = readInput(rule, ['rule']);
  const maxLength: unknown = r !== null && typeof r === 'object' ? r.maxLength : undefined;
  if (maxLength === null || typeof maxLength !== 'object') {
    throw new InvalidInputError(['rule', 'maxLength'], 'Expected a loan period rule { maxLength: { amount, unit } }', {});
  }
  const { amount, unit } = maxLength as { amount?: unknown; unit?: unknown };
  if (typeof amount !== 'number' || !Number.isSafeInteger(amount) || amount < 0) {
    throw new InvalidInputError(['rule', 'maxLength', 'amount'], 'amount must be a whole number ≥ 0', { value: amount });
  }
  if (unit !== 'week' && unit !== 'day') throw new InvalidInputError(['rule', 'maxLength', 'unit'], 'unit must be day or week', { value: unit });
  const days = maxDaysOf({ maxLength: { amount, unit } } as LoanPeriodRule);
  if (!Number.isSafeInteger(days)) throw new OutOfRangeError(['rule', 'maxLength', 'amount'], 'The loan length in days is beyond the safe integers', {});
  return days;
}

/** The maximum loan length in days of a validated rule (internal). */
function maxDaysOf(rule: LoanPeriodRule): number {
  return rule.maxLength.unit === 'week' ? rule.maxLength.amount * DAYS_PER_WEEK : rule.maxLength.amount;
}

function computeLoanPeriod(
  rule: LoanPeriodRule,
  arrivalDay: number | undefined,
  returnDay: number | undefined,
  unstatedStart: UnstatedPeriodStart,
  path: ErrorPath,
): { period: LoanPeriod; reasons: Reason[] } {
  const maxDays = maxDaysOf(rule);
  const stated = rule.startDay === 'arrival-day';
  const counting: UnstatedPeriodStart = stated ? 'arrival-day' : unstatedStart;
  const firstDay = arrivalDay === undefined ? undefined : counting === 'arrival-day' ? arrivalDay : arrivalDay + 1;
  const lastDay = firstDay === undefined ? undefined : firstDay + maxDays - 1;
  if (returnDay !== undefined) {
    if (arrivalDay === undefined || lastDay === undefined) {
      throw new ConflictError([...path, 'returnDate'], 'A return date needs the arrival date it is counted from', {});
    }
    if (returnDay < arrivalDay || returnDay > lastDay) {
      throw new OutOfRangeError(
        [...path, 'returnDate'],
        `Return date ${formatIsoDate(returnDay)} is outside the loan period ${formatIsoDate(arrivalDay)} – ${formatIsoDate(lastDay)}`,
        { min: formatIsoDate(arrivalDay), max: formatIsoDate(lastDay) },
      );
    }
  }
  const lengthText = `${rule.maxLength.amount} ${rule.maxLength.unit}${rule.maxLength.amount === 1 ? '' : 's'} (${maxDays} days)`;
  const reasons: Reason[] = [
    reason(
      'loaner.period-start',
      stated
        ? `The arrival day is day 1 (起算日)${firstDay === undefined ? '' : `: ${formatIsoDate(firstDay)}`}`
        : counting === 'arrival-day'
          ? `The document states no 起算日; the arrival day is counted as day 1 (option unstatedPeriodStart)${firstDay === undefined ? '' : `: ${formatIsoDate(firstDay)}`}`
          : `The document states no 起算日; 民法第140条: day 1 is the day after arrival${firstDay === undefined ? '' : `: ${formatIsoDate(firstDay)}`}`,
      stated ? { source: rule.source } : { source: rule.source, interpretation: 'loaner-001-start-day' },
    ),
    reason(
      'loaner.period-last-day',
      lastDay === undefined
        ? `At most ${lengthText}; the last day follows from the arrival day`
        : `At most ${lengthText}: the last day is ${formatIsoDate(lastDay)} (day ${maxDays})`,
      { source: rule.source, interpretation: 'loaner-period-no-holiday-extension' },
    ),
    reason(
      'loaner.return-date',
      returnDay !== undefined
        ? `Return date ${formatIsoDate(returnDay)}, within the period`
        : rule.returnDate === 'set-at-lending'
          ? 'The return date is set at lending (返却日は貸出し時に指定)'
          : 'The document does not say when the return date is set',
      { source: rule.source },
    ),
  ];
  return {
    period: {
      maxDays,
      counting,
      arrivalDate: arrivalDay === undefined ? null : formatIsoDate(arrivalDay),
      firstDay: firstDay === undefined ? null : formatIsoDate(firstDay),
      lastDay: lastDay === undefined ? null : formatIsoDate(lastDay),
      returnDate: returnDay === undefined ? null : formatIsoDate(returnDay),
      returnDateRule: rule.returnDate,
    },
    reasons,
  };
}

function resolveDevice(section: LoanerSection, value: unknown, path: ErrorPath): DeviceResolution {
  const dev = expectObject(value, path, '{ deviceType, os? }');
  const all: ReadonlyArray<{ deviceType: string; os: string | null }> = [...section.deviceTypes, ...section.notLendable];
  const kinds = [...new Set(all.map((d) => d.deviceType))];
  const deviceType = expectKnownId(dev.deviceType, kinds, [...path, 'deviceType'], 'device type');
  const needsOs = all.some((d) => d.deviceType === deviceType && d.os !== null);
  let os: string | null = null;
  if (needsOs) {
    const knownOs = [...new Set(all.flatMap((d) => (d.os === null ? [] : [d.os])))];
    if (dev.os === undefined) {
      throw new InvalidInputError([...path, 'os'], `A ${deviceType} must name its operating system: one of ${knownOs.join(', ')}`, { known: knownOs });
    }
    os = expectKnownId(dev.os, knownOs, [...path, 'os'], 'operating system');
  } else if (dev.os !== undefined) {
    throw new InvalidInputError([...path, 'os'], `A ${deviceType} has no operating system in the loaner table; leave os out`, { value: dev.os });
  }
  const type = section.deviceTypes.find((t) => t.deviceType === deviceType && t.os === os);
  if (type) return { kind: 'lendable', type, deviceType, os };
  return {
    kind: 'not-lendable',
    deviceType,
    os,
    listed: section.notLendable.find((t) => t.deviceType === deviceType && t.os === os),
    sameKind: section.deviceTypes.filter((t) => t.deviceType === deviceType),
  };
}

function deviceLabel(deviceType: string, os: string | null): string {
  return os === null ? deviceType : `${deviceType} (${os})`;
}
