/**
 * The monthly on-site fault-isolation visit (000 訪問故障切り分けサポート, 001 訪問による故障切り分け):
 * may a visit take place at an instant?
 */
import { expectTable, own, readInput, rejectMisspeltKeys } from '../boundary/index.js';
import { ONSITE_KEYS } from './keys.js';
import { catalog as bundled, type Catalog } from '../catalog/index.js';
import { explainOpen, type ScheduleQuery } from '../calendar/index.js';
import { ConflictError, ContractRulesError, formatPath, InvalidInputError, NotFoundError, OutOfRangeError } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import { formatJapanInstant, formatYearMonth, JAPAN_OFFSET_MS, MS_PER_DAY } from '../time/index.js';
import { resolveQuotaContract, type QuotaContract } from './contract.js';
import { japanMonthIndexOf, parseInstantFast } from '../time/fast.js';
import type { InstantInput } from '../time/index.js';

/**
 * What phone and remote support found before the visit.
 * @example const d: OnsiteDiagnosis = { triedPhoneOrRemote: true, faultIsolated: false }; //=> the only diagnosis that allows a visit
 */
export interface OnsiteDiagnosis {
  /** Phone or remote support was tried for this fault. */
  readonly triedPhoneOrRemote: boolean;
  /** That support isolated the fault (故障箇所の切り分け / 特定ができた). */
  readonly faultIsolated: boolean;
}

/**
 * Where the visit would take place.
 * @example const a: OnsiteAddress = { isContractorAddress: true }; //=> required under 001
 */
export interface OnsiteAddress {
  /** The address is the contractor's address (契約者住所) registered on the contract. */
  readonly isContractorAddress: boolean;
}

/**
 * A visit already made (or booked) on the contract.
 * @example const v: PreviousOnsiteVisit = { at: '2026-11-02T10:00', id: 'visit-1' }; //=> counts against 2026-11
 */
export interface PreviousOnsiteVisit {
  readonly at: InstantInput;
  readonly id?: string | undefined;
}

/**
 * Calendar settings passed through to the hours check (`explainOpen`).
 * @example const c: OnsiteCalendarOptions = { yearEnd: null }; //=> no 年末年始 closure for the hours check
 */
export type OnsiteCalendarOptions = Pick<ScheduleQuery, 'yearEnd' | 'holidayOverrides' | 'holidayLaw' | 'closures' | 'heijitsu'>;

/**
 * Input of {@link checkOnsiteVisit}.
 * @example const i: CheckOnsiteVisitInput = { contract: { planId: 'oas-plan-a' }, at: '2026-11-24T03:00', previousVisits: [], diagnosis: { triedPhoneOrRemote: true, faultIsolated: false } }; //=> allowed (24時間365日)
 */
export interface CheckOnsiteVisitInput {
  readonly contract: QuotaContract;
  /** When the visit would take place: ISO-8601 (no offset = Japan time) or a `Date`. */
  readonly at: InstantInput;
  /** Visits already made or booked on the contract (any month; only the month of `at` matters). */
  readonly previousVisits: readonly PreviousOnsiteVisit[];
  readonly diagnosis: OnsiteDiagnosis;
  /** Required where the document restricts visits to the contractor's address (001). */
  readonly address?: OnsiteAddress | undefined;
  readonly catalog?: Catalog | undefined;
  /** Calendar settings for the hours check (年末年始 span, holiday overrides …). */
  readonly calendar?: OnsiteCalendarOptions | undefined;
}

/**
 * Result of {@link checkOnsiteVisit}.
 * @example checkOnsiteVisit({ contract: { planId: 'helpdesk-support' }, at: '2026-11-24T10:00', previousVisits: [], diagnosis: { triedPhoneOrRemote: true, faultIsolated: false } }).reasons[0].rule //=> 'onsite.not-offered.blocked'
 */
export interface OnsiteVisitVerdict {
  readonly allowed: boolean;
  readonly planId: string;
  /** The visit instant in Japan time. */
  readonly at: string;
  /** Japan-time calendar month of the visit. */
  readonly month: string;
  /** Visits per calendar month the plan allows; null where the plan has no such visit. */
  readonly limitPerMonth: number | null;
  /** Previous visits in the same calendar month. */
  readonly visitsThisMonth: number;
  /** Every check, in order; a rule ending in `.blocked` is why the visit is not allowed. */
  readonly reasons: readonly Reason[];
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Whether an on-site fault-isolation visit may take place at an instant.
 *
 * Rules (from the plan's document, `quotas.onsiteVisits`, and its `schedules` for the hours):
 * - the plan must offer the visit (000 プラン A/B; 001 ライト/スタンダードあんしんプラン — not the
 *   discontinued plans, not 002);
 * - the contract must run on the visit's day (start inclusive, end exclusive);
 * - only when phone and remote support were tried and could not isolate the fault;
 * - only at the contractor's address (001; 000 states no such restriction);
 * - at most `limitPerMonth` (1) per calendar month in Japan time, counting every previous visit in the
 *   same month, whether before or after `at` (interpretation quota-onsite-month-count);
 * - within the channel's hours (`onsite-diagnosis`, via the calendar's `explainOpen`, with the contract's
 *   options running that day, e.g. 時間延長 → 24時間365日). Unknown hours do not allow the visit.
 * Every check is reported, so a refusal lists all its causes.
 *
 * @throws {InvalidInputError} malformed contract, `at`, `previousVisits`, `diagnosis` or `address` (path names the field)
 * @throws {NotFoundError} unknown plan or option
 * @throws {ConflictError} an option of another plan
 * @throws {OutOfRangeError} an instant outside the supported years
 * @example
 * checkOnsiteVisit({
 *   contract: { planId: 'itss-light-anshin-1' },
 *   at: '2026-11-24T10:00',
 *   previousVisits: [{ at: '2026-11-02T10:00' }],
 *   diagnosis: { triedPhoneOrRemote: true, faultIsolated: false },
 *   address: { isContractorAddress: true },
 * }).allowed //=> false (1回/月 already used in 2026-11)
 */
export function checkOnsiteVisit(input: CheckOnsiteVisitInput): OnsiteVisitVerdict {
  input = readInput(input);
  rejectMisspeltKeys(input, ONSITE_KEYS);
  if (!isObject(input)) throw new InvalidInputError([], 'Expected { contract, at, previousVisits, diagnosis, address }', { value: input });
  const cat = expectTable<Catalog>(input.catalog, 'catalog', ['catalog'], bundled);
  const r = resolveQuotaContract(input.contract, cat);
  const atMs = parseInstantFast(input.at, ['at']);
  const month = japanMonthIndexOf(atMs);
  const day = Math.floor((atMs + JAPAN_OFFSET_MS) / MS_PER_DAY);

  // Validate everything before answering.
  const prev = input.previousVisits;
  if (!Array.isArray(prev)) throw new InvalidInputError(['previousVisits'], 'Expected an array of visits { at }', { value: prev });
  let visitsThisMonth = 0;
  prev.forEach((v: unknown, i: number) => {
    if (!isObject(v)) throw new InvalidInputError(['previousVisits', i], 'Expected a visit { at, id? }', { value: v });
    if (v.id !== undefined && typeof v.id !== 'string') throw new InvalidInputError(['previousVisits', i, 'id'], 'Expected an id string', { value: v.id });
    const t = parseInstantFast(v.at, ['previousVisits', i, 'at']);
    if (japanMonthIndexOf(t) === month) visitsThisMonth++;
  });
  const diagnosis = input.diagnosis as unknown;
  if (!isObject(diagnosis)) {
    throw new InvalidInputError(['diagnosis'], 'Expected { triedPhoneOrRemote: boolean, faultIsolated: boolean }', { value: diagnosis });
  }
  for (const k of ['triedPhoneOrRemote', 'faultIsolated'] as const) {
    if (typeof diagnosis[k] !== 'boolean') throw new InvalidInputError(['diagnosis', k], 'Expected a boolean', { value: diagnosis[k] });
  }
  const rule = r.onsiteVisit;
  const address = input.address as unknown;
  if (address !== undefined || (rule && own(rule, 'address'))) {
    if (!isObject(address)) {
      throw new InvalidInputError(['address'], 'Expected { isContractorAddress: boolean } (this plan restricts visits to the contractor’s address)', { value: address });
    }
    if (typeof address.isContractorAddress !== 'boolean') {
      throw new InvalidInputError(['address', 'isContractorAddress'], 'Expected a boolean', { value: address.isContractorAddress });
    }
  }
  const calendar = input.calendar ?? {};
  if (!isObject(calendar)) throw new InvalidInputError(['calendar'], 'Expected calendar settings { yearEnd?, holidayOverrides?, … }', { value: calendar });

  const reasons: Reason[] = [];
  const monthText = formatYearMonth(month);
  const verdict = (allowed: boolean, limit: number | null): OnsiteVisitVerdict => ({
    allowed,
    planId: r.plan.id,
    at: formatJapanInstant(atMs),
    month: monthText,
    limitPerMonth: limit,
    visitsThisMonth,
    reasons,
  });

  if (!rule) {
    const other = (r.section && own(r.section, 'onsiteVisits'))?.find((v) => v.eligibility);
    reasons.push(
      reason('onsite.not-offered.blocked', `${r.plan.name} (${r.plan.id}) has no on-site fault-isolation visit${other ? ': the document offers it to other plans only' : ' in its document'}`, {
        source: other?.eligibility?.source,
        factId: other?.id ?? r.plan.id,
      }),
    );
    return verdict(false, null);
  }
  reasons.push(
    reason('onsite.offered', `${r.plan.name} includes an on-site fault-isolation visit, up to ${rule.limitPerMonth} per calendar month`, {
      source: rule.eligibility?.source ?? rule.source,
      factId: rule.id,
    }),
  );

  // The contract runs that day.
  if (atMs < r.startMs || atMs >= r.endMs) {
    reasons.push(reason('onsite.outside-contract.blocked', `${formatJapanInstant(atMs)} is outside the contract's days (start inclusive, end exclusive)`, { factId: r.plan.id }));
  }

  // Phone and remote support could not isolate the fault.
  const d = diagnosis as unknown as OnsiteDiagnosis;
  if (!d.triedPhoneOrRemote) {
    reasons.push(
      reason('onsite.remote-support-not-tried.blocked', 'The visit is only for faults that phone or remote support could not isolate; none was tried yet', {
        source: rule.condition.source,
        factId: rule.id,
      }),
    );
  } else if (d.faultIsolated) {
    reasons.push(
      reason('onsite.fault-isolated-remotely.blocked', 'Phone or remote support already isolated the fault: no on-site fault isolation is provided', {
        source: rule.condition.source,
        factId: rule.id,
      }),
    );
  } else {
    reasons.push(reason('onsite.remote-could-not-isolate', 'Phone or remote support could not isolate the fault', { source: rule.condition.source, factId: rule.id }));
  }

  // Address.
  const ruleAddress = own(rule, 'address');
  if (ruleAddress) {
    const ok = (address as unknown as OnsiteAddress).isContractorAddress;
    reasons.push(
      reason(ok ? 'onsite.contractor-address' : 'onsite.not-contractor-address.blocked', ok ? 'The visit is at the contractor’s address' : 'Visits are made to the contractor’s address only', {
        source: ruleAddress.source,
        factId: rule.id,
      }),
    );
  } else {
    reasons.push(reason('onsite.no-address-restriction', 'The document restricts the visit to no particular address', { factId: rule.id }));
  }

  // Monthly limit.
  const limitReached = visitsThisMonth >= rule.limitPerMonth;
  reasons.push(
    reason(
      limitReached ? 'onsite.monthly-limit-reached.blocked' : 'onsite.within-monthly-limit',
      limitReached
        ? `${visitsThisMonth} visit${visitsThisMonth === 1 ? '' : 's'} already in ${monthText} (Japan time); the limit is ${rule.limitPerMonth} per calendar month`
        : `${visitsThisMonth} previous visit${visitsThisMonth === 1 ? '' : 's'} in ${monthText} (Japan time); the limit is ${rule.limitPerMonth} per calendar month`,
      { source: rule.source, factId: rule.id, interpretation: own(rule, 'interpretation') ?? 'quota-onsite-month-count' },
    ),
  );

  // Hours of the channel, with the options running that day.
  const activeOptions = r.options.filter((o) => o.startDay <= day && (o.endDay === undefined || day < o.endDay)).map((o) => o.optionId);
  const hours = hoursAt({ ...(calendar as OnsiteCalendarOptions), planId: r.plan.id, options: activeOptions, channel: rule.channel, at: atMs, catalog: cat });
  reasons.push(...hours.reasons);
  if (hours.open === true) reasons.push(reason('onsite.within-hours', `${hours.at} is within the hours of ${rule.channel}`, { factId: rule.id }));
  else if (hours.open === false) reasons.push(reason('onsite.outside-hours.blocked', `${hours.at} is outside the hours of ${rule.channel}`, { factId: rule.id }));
  else reasons.push(reason('onsite.hours-unknown.blocked', `The hours of ${rule.channel} at ${hours.at} are not known: the visit is not allowed`, { factId: rule.id }));
  // The document's area rules on maintenance (000 注意事項 (4), (6)) may apply at the site: this answer does not know the
  // site, classifyArea does. They are caveats, not blocks (the documents say "may").
  const doc = cat.index.documentByKey.get(r.plan.document);
  const areaRules = (doc && own(doc, 'areaRules')?.rules) ?? [];
  for (const a of areaRules) {
    const what = AREA_CAVEATS[a.effect];
    if (what !== undefined) reasons.push(reason('onsite.area-caveat', `${what} (area rule ${a.id}): classifyArea tells whether it applies at the site`, { source: a.source, factId: a.id }));
  }

  return verdict(!reasons.some((x) => x.rule.endsWith('.blocked')), rule.limitPerMonth);
}

/** What an area rule on maintenance says of an on-site visit (the other effects concern applications and exchanges). */
const AREA_CAVEATS: Readonly<Partial<Record<string, string>>> = Object.freeze({
  'maintenance-may-be-unavailable': 'Maintenance may not be possible in some areas',
  'night-maintenance-may-be-unavailable': 'Night maintenance may not be possible in some areas',
});

const CALENDAR_KEYS = new Set(['yearEnd', 'holidayOverrides', 'holidayLaw', 'closures', 'heijitsu']);

/** explainOpen, with errors about calendar settings re-pathed under `calendar`. */
function hoursAt(query: Parameters<typeof explainOpen>[0]): ReturnType<typeof explainOpen> {
  try {
    return explainOpen(query);
  } catch (e) {
    if (e instanceof ContractRulesError && typeof e.path[0] === 'string' && CALENDAR_KEYS.has(e.path[0])) {
      const prefix = `${formatPath(e.path)}: `;
      const message = e.message.startsWith(prefix) ? e.message.slice(prefix.length) : e.message;
      const path = ['calendar', ...e.path];
      const details = { ...e.details };
      if (e instanceof NotFoundError) throw new NotFoundError(path, message, details);
      if (e instanceof ConflictError) throw new ConflictError(path, message, details);
      if (e instanceof OutOfRangeError) throw new OutOfRangeError(path, message, details);
      throw new InvalidInputError(path, message, details);
    }
    throw e;
  }
}
