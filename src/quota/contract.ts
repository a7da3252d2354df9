/**
 * Contracts as the quota module reads them, validated by hand at the edge, and the plan's quota
 * facts resolved from the catalog (the bundled one unless the caller passes theirs).
 */
import { own } from '../boundary/index.js';
import { catalog as bundled, getContractOption, getContractPlan, type Catalog, type Plan } from '../catalog/index.js';
import { ConflictError, InvalidInputError, type ErrorPath } from '../errors.js';
import { formatIsoDate, japanMidnight, monthIndexOfDay, parseIsoDate } from '../time/index.js';
import type {
  InquiryLimit,
  LimitNeutralOption,
  OnsiteVisitRule,
  QuotaAddOn,
  QuotaCountingRule,
  QuotaSection,
  RolloverFact,
} from './schema.js';

/**
 * An option subscribed on a contract: the catalog option id and its start (and optional end) day.
 * `start` is inclusive, `end` exclusive (the first day the option no longer runs), both `YYYY-MM-DD`
 * in the Japan calendar.
 * @example const o: QuotaContractOption = { optionId: 'itss-standard-extra-inquiries', start: '2026-11-20' }; //=> +20 in 2026-11
 */
export interface QuotaContractOption {
  readonly optionId: string;
  readonly start: string;
  readonly end?: string | undefined;
}

/**
 * A contract as the quota and visit evaluators read it (the same field names billing uses): the plan,
 * its options, and optionally the days the contract starts (inclusive) and ends (exclusive).
 * Other fields are ignored, so one contract object can serve several modules.
 * @example const c: QuotaContract = { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension', start: '2026-04-01' }], start: '2026-04-01' }; //=> 5 inquiries a month
 */
export interface QuotaContract {
  readonly planId: string;
  readonly options?: readonly QuotaContractOption[] | undefined;
  readonly start?: string | undefined;
  readonly end?: string | undefined;
}

/**
 * A validated option of a contract.
 * @example resolveQuotaContract({ planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension', start: '2026-04-01' }] }).options[0].optionName //=> '時間延長'
 */
export interface ResolvedContractOption {
  readonly index: number;
  readonly optionId: string;
  readonly optionName: string;
  readonly startDay: number;
  readonly endDay: number | undefined;
  readonly startMonth: number;
}

/**
 * A validated contract with the plan's quota facts.
 * @example resolveQuotaContract({ planId: 'oas-plan-a' }).limit?.limitPerMonth //=> 5
 */
export interface ResolvedQuotaContract {
  readonly plan: Plan;
  readonly options: readonly ResolvedContractOption[];
  /** Japan epoch day the contract starts (inclusive), when given. */
  readonly startDay: number | undefined;
  /** Japan epoch day the contract ends (exclusive), when given. */
  readonly endDay: number | undefined;
  /** Instants of those days' 00:00 Japan time (±Infinity when not given). */
  readonly startMs: number;
  readonly endMs: number;
  readonly section: QuotaSection | undefined;
  readonly limit: InquiryLimit | undefined;
  readonly countingRule: QuotaCountingRule | undefined;
  readonly addOns: ReadonlyMap<string, QuotaAddOn>;
  readonly neutral: ReadonlyMap<string, LimitNeutralOption>;
  readonly rollover: RolloverFact | undefined;
  readonly onsiteVisit: OnsiteVisitRule | undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/**
 * Validates a contract and resolves its plan's quota facts.
 * @throws {InvalidInputError} a missing or malformed field (path under `contract`)
 * @throws {NotFoundError} an unknown plan or option id
 * @throws {ConflictError} an option of another plan, an end before its start, an option outside the contract
 * @example resolveQuotaContract({ planId: 'helpdesk-support' }).countingRule?.countsPer //=> 'question'
 */
export function resolveQuotaContract(contract: unknown, catalog: Catalog = bundled, path: ErrorPath = ['contract']): ResolvedQuotaContract {
  if (!isObject(contract)) throw new InvalidInputError(path, 'Expected a contract object { planId, options?, start?, end? }', { value: contract });
  if (typeof contract.planId !== 'string') {
    throw new InvalidInputError([...path, 'planId'], 'Expected a plan id string', { value: contract.planId });
  }
  const { plan, document: doc } = getContractPlan(contract.planId, catalog, [...path, 'planId']);
  const startDay = contract.start === undefined ? undefined : parseIsoDate(contract.start, [...path, 'start']);
  const endDay = contract.end === undefined ? undefined : parseIsoDate(contract.end, [...path, 'end']);
  if (startDay !== undefined && endDay !== undefined && endDay <= startDay) {
    throw new ConflictError([...path, 'end'], `The contract ends (${formatIsoDate(endDay)}, exclusive) on or before it starts (${formatIsoDate(startDay)})`, {
      start: contract.start,
      end: contract.end,
    });
  }
  const rawOptions = contract.options ?? [];
  if (!Array.isArray(rawOptions)) throw new InvalidInputError([...path, 'options'], 'Expected an array of options', { value: rawOptions });
  const options: ResolvedContractOption[] = rawOptions.map((o: unknown, i: number) => {
    const op = [...path, 'options', i];
    if (!isObject(o)) throw new InvalidInputError(op, 'Expected an option { optionId, start, end? }', { value: o });
    if (typeof o.optionId !== 'string') throw new InvalidInputError([...op, 'optionId'], 'Expected an option id string', { value: o.optionId });
    const option = getContractOption(o.optionId, plan, catalog, [...op, 'optionId']);
    const oStart = parseIsoDate(o.start, [...op, 'start']);
    const oEnd = o.end === undefined ? undefined : parseIsoDate(o.end, [...op, 'end']);
    if (oEnd !== undefined && oEnd <= oStart) {
      throw new ConflictError([...op, 'end'], `The option ends (${formatIsoDate(oEnd)}, exclusive) on or before it starts (${formatIsoDate(oStart)})`, { start: o.start, end: o.end });
    }
    if (startDay !== undefined && oStart < startDay) {
      throw new ConflictError([...op, 'start'], `The option starts (${formatIsoDate(oStart)}) before the contract (${formatIsoDate(startDay)})`, { start: o.start });
    }
    if (endDay !== undefined && oStart >= endDay) {
      throw new ConflictError([...op, 'start'], `The option starts (${formatIsoDate(oStart)}) after the contract has ended (${formatIsoDate(endDay)}, exclusive)`, { start: o.start });
    }
    return { index: i, optionId: option.id, optionName: option.name, startDay: oStart, endDay: oEnd, startMonth: monthIndexOfDay(oStart) };
  });

  const section = own(doc, 'quotas'); // own: bundled data is plain JSON
  const limit = section?.inquiryLimits.find((l) => l.planIds.includes(plan.id));
  const countingRule = limit
    ? section?.countingRules.find((r) => r.id === limit.countingRuleId)
    : section?.countingRules.length === 1
      ? section.countingRules[0]
      : undefined;
  return {
    plan,
    options,
    startDay,
    endDay,
    startMs: startDay === undefined ? -Infinity : japanMidnight(startDay),
    endMs: endDay === undefined ? Infinity : japanMidnight(endDay),
    section,
    limit,
    countingRule,
    addOns: new Map(((section && own(section, 'addOns')) ?? []).map((a) => [a.optionId, a])),
    neutral: new Map(((section && own(section, 'limitNeutralOptions')) ?? []).flatMap((n) => n.optionIds.map((id) => [id, n] as const))),
    rollover: section?.rollover,
    onsiteVisit: (section && own(section, 'onsiteVisits'))?.find((v) => v.planIds.includes(plan.id)),
  };
}
