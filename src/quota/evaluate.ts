/**
 * Inquiry quotas per calendar month (Japan time): the limit and where each part comes from, what was
 * used, what remains, and which events went past the limit. Rollover policies are data evaluated by
 * one month-by-month simulation.
 */
import { defineOwn, expectTable, MAX_EVENTS, own, readInput, rejectMisspeltKeys } from '../boundary/index.js';
import { QUOTA_KEYS, QUOTA_MONTHS_KEYS } from './keys.js';
import { catalog as bundled, type Catalog } from '../catalog/index.js';
import type { Source } from '../catalog/primitives.js';
import { ConflictError, InvalidInputError, OutOfRangeError } from '../errors.js';
import { explainRequested, explanationOf, type Reason, reason } from '../reasons.js';
import { formatIsoDate, formatJapanInstant, formatYearMonth, japanMidnight, monthBounds, monthIndexOfDay, parseYearMonth } from '../time/index.js';
import { resolveQuotaContract, type QuotaContract, type ResolvedQuotaContract } from './contract.js';
import { compareEvents, parseQuotaEvents, type ParsedQuotaEvents, type QuotaEvent } from './events.js';
import { readRolloverPolicy } from './rollover.js';
import type { RolloverPolicy } from './schema.js';

/**
 * What to do with events that fall outside the month(s) asked about or outside the contract.
 * @example evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events: [{ id: 'a', at: '2026-10-31T10:00' }], outsideEvents: 'reject' }) //=> throws OutOfRangeError at ['events', 0, 'at']
 */
export type QuotaOutsideEvents = 'ignore' | 'reject';

/**
 * Options of {@link evaluateQuota} and {@link evaluateQuotaMonths}.
 * @example const o: EvaluateQuotaOptions = { rollover: { kind: 'none' }, outsideEvents: 'ignore', traceEvents: false }; //=> the defaults of evaluateQuotaMonths
 */
export interface EvaluateQuotaOptions {
  /** Catalog whose fixtures decide (default: the bundled catalog). */
  readonly catalog?: Catalog | undefined;
  /**
   * Rollover policy overriding the document's (every bundled document: `{ kind: 'none' }`).
   * `{ kind: 'carry-over', maxUnitsPerMonth, validForMonths }` needs `contract.start`.
   */
  readonly rollover?: RolloverPolicy | undefined;
  /**
   * Events outside the month(s) evaluated, or outside the contract's days: `'ignore'` (default; they are
   * listed in `trace` with their status and counted in a reason) or `'reject'` (OutOfRangeError naming the event).
   * Interpretation `quota-outside-events`.
   */
  readonly outsideEvents?: QuotaOutsideEvents | undefined;
  /** Whether results list every event in `trace` (default true for evaluateQuota, false for evaluateQuotaMonths). */
  readonly traceEvents?: boolean | undefined;
  /**
   * Add `explanation`: the answer's steps as text, one line per reason. Default `false` (the answer is
   * unchanged); the text is built only when asked.
   */
  readonly explain?: boolean | undefined;
}

/**
 * Input of {@link evaluateQuota}.
 * @example const i: EvaluateQuotaInput = { contract: { planId: 'oas-plan-b' }, month: '2026-11', events: [] }; //=> limit 10, used 0
 */
export interface EvaluateQuotaInput extends EvaluateQuotaOptions {
  readonly contract: QuotaContract;
  /** Calendar month `YYYY-MM` (Japan time). */
  readonly month: string;
  /** The inquiries: at most 1,000,000, no holes (README, "Input limits"). */
  readonly events: readonly QuotaEvent[];
}

/**
 * Input of {@link evaluateQuotaMonths}.
 * @example const i: EvaluateQuotaMonthsInput = { contract: { planId: 'oas-plan-b', start: '2026-04-01' }, events: [], to: '2027-03' }; //=> 12 months
 */
export interface EvaluateQuotaMonthsInput extends EvaluateQuotaOptions {
  readonly contract: QuotaContract;
  /** The inquiries: at most 1,000,000, no holes (README, "Input limits"). */
  readonly events: readonly QuotaEvent[];
  /** First month `YYYY-MM` (default: the contract's start month, else the earliest event's month). */
  readonly from?: string | undefined;
  /** Last month `YYYY-MM`, inclusive (default: the latest event's month, at least `from`). */
  readonly to?: string | undefined;
}

/**
 * One part of a month's limit and where it comes from.
 * @example evaluateQuota({ contract: { planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-11-20' }] }, month: '2026-11', events: [] }).limit.parts.map((p) => p.kind) //=> ['plan', 'add-on']
 */
export type QuotaLimitPart =
  | { readonly kind: 'plan'; readonly units: number; readonly planId: string; readonly factId: string; readonly source: Source }
  | {
      readonly kind: 'add-on';
      readonly units: number;
      readonly optionId: string;
      /** `YYYY-MM-DD` the option started (its month is the only one it adds to). */
      readonly optionStart: string;
      readonly factId: string;
      readonly source: Source;
    }
  | {
      readonly kind: 'carried-over';
      /** Units still available at the start of this month. */
      readonly units: number;
      /** Month whose unused units these are. */
      readonly fromMonth: string;
      /** Last month they can be used in. */
      readonly usableThrough: string;
    };

/**
 * A month's limit: the total (null where no number is stated), the unit counted, and its parts.
 * @example evaluateQuota({ contract: { planId: 'helpdesk-support' }, month: '2026-11', events: [] }).limit //=> { total: null, unit: 'incident', parts: [] }
 */
export interface QuotaLimit {
  readonly total: number | null;
  readonly unit: 'inquiry' | 'incident';
  readonly parts: readonly QuotaLimitPart[];
}

/**
 * How one event was counted.
 * @example evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events: [{ id: 'a', at: '2026-12-01T00:00' }] }).trace[0].status //=> 'outside-month'
 */
export type QuotaEventStatus = 'within-limit' | 'over-limit' | 'no-limit' | 'outside-month' | 'outside-contract';

/**
 * One event in a result's trace.
 * @example evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-30T14:30:00Z' }] }).trace[0].at //=> '2026-11-30T23:30:00+09:00'
 */
export interface QuotaEventTrace {
  readonly id: string;
  /** The instant in Japan time. */
  readonly at: string;
  /** Japan-time month `YYYY-MM` the event belongs to. */
  readonly month: string;
  /** Units it consumes (questions for a per-question rule, else 1); 0 when not counted. */
  readonly units: number;
  /** Units used in its month once it is counted; null when not counted. */
  readonly usedAfter: number | null;
  readonly status: QuotaEventStatus;
}

/**
 * Result of {@link evaluateQuota} (and each month of {@link evaluateQuotaMonths}).
 * @example evaluateQuota({ contract: { planId: 'oas-plan-b' }, month: '2026-11', events: [] }).remaining //=> 10
 */
export interface QuotaResult {
  readonly planId: string;
  readonly month: string;
  readonly limit: QuotaLimit;
  /** Units used in the month (may exceed the limit). */
  readonly used: number;
  /** Units left: `max(0, limit − used)`; null where no limit is stated. */
  readonly remaining: number | null;
  /** Ids of the events past the limit, chronological, ties by id. An event only partly covered is past it. */
  readonly over: readonly string[];
  /** The events of the month (and, for evaluateQuota, those ignored), chronological, ties by id. */
  readonly trace: readonly QuotaEventTrace[];
  readonly reasons: readonly Reason[];
  /** With `explain: true` only: the steps as text, one line per reason (`rule: message`). */
  readonly explanation?: readonly string[];
}

/**
 * Result of {@link evaluateQuotaMonths}.
 * @example evaluateQuotaMonths({ contract: { planId: 'oas-plan-a' }, events: [] }).months //=> [] (no range, no start, no events)
 */
export interface QuotaMonthsResult {
  readonly planId: string;
  /** First and last month evaluated; null when there was nothing to evaluate. */
  readonly from: string | null;
  readonly to: string | null;
  readonly months: readonly QuotaResult[];
  /** Ids of events outside the months evaluated or outside the contract (ignored), in input order. */
  readonly ignored: readonly string[];
}

/**
 * The inquiry quota of a contract for one calendar month (Japan time).
 *
 * Rules (all read from the plan's document in the catalog):
 * - the plan's limit per calendar month (000 プラン A 5, プラン B 10; 001 ライトあんしんプラン1 5, 2 10,
 *   スタンダードあんしんプラン1 20, 2 50); where the document states no number (002) `limit.total`,
 *   `remaining` are null and a reason says so;
 * - counting: one unit per inquiry (000 注意事項 (3), 001), or one per question (002 仕様書 1.1–1.3,
 *   `event.questions`); an event belongs to the Japan-time month of its `at`;
 * - add-ons: 001 問い合わせ回数追加 adds 20 per option contract in the calendar month containing the
 *   option's start date only, never carried over; 時間延長 changes no limit;
 * - rollover: the document's policy (`none` everywhere) unless `rollover` is given; with carry-over,
 *   earlier months' events (from the contract start) are used to work out what was carried;
 * - `over`: events whose units, counted in chronological order (ties by id), go past the limit.
 *
 * @throws {InvalidInputError} malformed contract, month, events, rollover or option (path names the field)
 * @throws {NotFoundError} unknown plan (`['contract', 'planId']`) or option id
 * @throws {ConflictError} option of another plan, duplicate event ids, an end before its start
 * @throws {OutOfRangeError} a month outside the contract; an outside event with `outsideEvents: 'reject'`
 * @example
 * const r = evaluateQuota({
 *   contract: { planId: 'oas-plan-a' },
 *   month: '2026-11',
 *   events: [1, 2, 3, 4, 5, 6].map((n) => ({ id: `q${n}`, at: `2026-11-0${n}T10:00` })),
 * });
 * [r.limit.total, r.used, r.remaining, r.over] //=> [5, 6, 0, ['q6']]
 */
export function evaluateQuota(input: EvaluateQuotaInput): QuotaResult {
  input = readInput(input, [], { maxItems: MAX_EVENTS });
  rejectMisspeltKeys(input, QUOTA_KEYS);
  const { cat, options } = readOptions(input, true);
  const explain = explainRequested((input as { explain?: unknown }).explain);
  const resolved = resolveQuotaContract(input.contract, cat);
  const month = parseYearMonth(input.month, ['month']);
  checkMonthInContract(resolved, month, ['month']);
  const policy = options.rollover ?? resolved.rollover?.policy ?? NONE;
  const simStart = policy.kind === 'carry-over' ? contractStartMonth(resolved, policy) : month;
  const parsed = parseQuotaEvents(input.events, resolved.countingRule);
  const run = simulate(resolved, parsed, simStart, month, month, policy, options, true);
  const result = run.months[0]!;
  return explain ? { ...result, explanation: explanationOf(result.reasons) } : result;
}

/**
 * The inquiry quota of a contract for every calendar month from `from` to `to` (the batch path: the
 * contract is resolved and each instant read once; with `traceEvents: false`, the default here, only
 * months past their limit sort their events).
 *
 * Same rules as {@link evaluateQuota}; each month's result equals `evaluateQuota` for that month
 * (without the ignored events in its trace).
 *
 * @throws {InvalidInputError} malformed input (path names the field)
 * @throws {NotFoundError} unknown plan or option
 * @throws {ConflictError} option of another plan, duplicate event ids, `to` before `from`
 * @throws {OutOfRangeError} a range outside the contract; an outside event with `outsideEvents: 'reject'`
 * @example
 * const r = evaluateQuotaMonths({
 *   contract: { planId: 'itss-light-anshin-1' },
 *   events: [{ id: 'a', at: '2026-10-31T14:30:00Z' }, { id: 'b', at: '2026-11-30T14:30:00Z' }],
 * });
 * r.months.map((m) => [m.month, m.used]) //=> [['2026-10', 1], ['2026-11', 1]] (23:30 on the last day in Japan time)
 */
export function evaluateQuotaMonths(input: EvaluateQuotaMonthsInput): QuotaMonthsResult {
  input = readInput(input, [], { maxItems: MAX_EVENTS });
  rejectMisspeltKeys(input, QUOTA_MONTHS_KEYS);
  const { cat, options } = readOptions(input, false);
  const resolved = resolveQuotaContract(input.contract, cat);
  const policy = options.rollover ?? resolved.rollover?.policy ?? NONE;
  const parsed = parseQuotaEvents(input.events, resolved.countingRule);
  let from = input.from === undefined ? undefined : parseYearMonth(input.from, ['from']);
  let to = input.to === undefined ? undefined : parseYearMonth(input.to, ['to']);
  if (from !== undefined) checkMonthInContract(resolved, from, ['from']);
  if (to !== undefined) checkMonthInContract(resolved, to, ['to']);
  if (from === undefined) {
    if (resolved.startDay !== undefined) from = monthIndexOfDay(resolved.startDay);
    else from = eventMonthBound(resolved, parsed, 'min');
  }
  if (to === undefined) {
    const latest = eventMonthBound(resolved, parsed, 'max');
    to = latest === undefined ? from : from === undefined ? latest : Math.max(latest, from);
  }
  if (from === undefined || to === undefined) {
    // No month to evaluate: no range given, no contract start and no event within the contract.
    const ignored = options.outsideEvents === 'reject' && parsed.count > 0 ? rejectOutside(resolved, parsed, 0, true) : [...parsed.ids];
    return { planId: resolved.plan.id, from: null, to: null, months: [], ignored };
  }
  if (to < from) {
    throw new ConflictError([input.to === undefined ? 'from' : 'to'], `The last month ${formatYearMonth(to)} is before the first ${formatYearMonth(from)}`, {
      from: formatYearMonth(from),
      to: formatYearMonth(to),
    });
  }
  const simStart = policy.kind === 'carry-over' ? Math.min(contractStartMonth(resolved, policy), from) : from;
  const run = simulate(resolved, parsed, simStart, from, to, policy, options, false);
  return { planId: resolved.plan.id, from: formatYearMonth(from), to: formatYearMonth(to), months: run.months, ignored: run.ignored };
}

// ---------------------------------------------------------------------------------------------

const NONE: RolloverPolicy = { kind: 'none' };

interface ReadOptions {
  readonly rollover: RolloverPolicy | undefined;
  readonly outsideEvents: QuotaOutsideEvents;
  readonly traceEvents: boolean;
}

function readOptions(input: unknown, traceDefault: boolean): { cat: Catalog; options: ReadOptions } {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidInputError([], 'Expected an input object { contract, events, … }', { value: input });
  }
  const o = input as Record<string, unknown>;
  const cat = expectTable<Catalog>(o.catalog, 'catalog', ['catalog'], bundled);
  let rollover: RolloverPolicy | undefined;
  if (o.rollover !== undefined) {
    const r = readRolloverPolicy(o.rollover);
    if (!r.ok) {
      const issue = r.issue;
      throw new InvalidInputError(
        ['rollover', ...issue.path],
        `Invalid rollover policy: ${issue.message} (expected { kind: 'none' } or { kind: 'carry-over', maxUnitsPerMonth, validForMonths })`,
        { value: o.rollover },
      );
    }
    rollover = r.policy;
  }
  const outside = o.outsideEvents ?? 'ignore';
  if (outside !== 'ignore' && outside !== 'reject') {
    throw new InvalidInputError(['outsideEvents'], "Expected 'ignore' or 'reject'", { value: outside });
  }
  const trace = o.traceEvents ?? traceDefault;
  if (typeof trace !== 'boolean') throw new InvalidInputError(['traceEvents'], 'Expected a boolean', { value: trace });
  return { cat, options: { rollover, outsideEvents: outside, traceEvents: trace } };
}

function contractMonths(r: ResolvedQuotaContract): { first: number; last: number } {
  return {
    first: r.startDay === undefined ? -Infinity : monthIndexOfDay(r.startDay),
    last: r.endDay === undefined ? Infinity : monthIndexOfDay(r.endDay - 1),
  };
}

function checkMonthInContract(r: ResolvedQuotaContract, month: number, path: readonly string[]): void {
  const { first, last } = contractMonths(r);
  if (month < first || month > last) {
    throw new OutOfRangeError(path, `The contract runs from ${r.startDay === undefined ? '(no start given)' : formatYearMonth(first)} to ${r.endDay === undefined ? '(no end given)' : formatYearMonth(last)}; ${formatYearMonth(month)} is outside it`, {
      month: formatYearMonth(month),
    });
  }
}

function contractStartMonth(r: ResolvedQuotaContract, policy: RolloverPolicy): number {
  if (r.startDay === undefined) {
    throw new InvalidInputError(['contract', 'start'], `A carry-over policy (${describePolicy(policy)}) needs the contract's start day: unused units accumulate from the first month of the contract`, {});
  }
  return monthIndexOfDay(r.startDay);
}

function eventMonthBound(r: ResolvedQuotaContract, p: ParsedQuotaEvents, which: 'min' | 'max'): number | undefined {
  let best: number | undefined;
  for (let i = 0; i < p.count; i++) {
    const t = p.ms[i]!;
    if (t < r.startMs || t >= r.endMs) continue;
    const m = p.month[i]!;
    if (best === undefined || (which === 'min' ? m < best : m > best)) best = m;
  }
  return best;
}

function rejectOutside(r: ResolvedQuotaContract, p: ParsedQuotaEvents, i: number, noMonths: boolean): never {
  const t = p.ms[i]!;
  const outsideContract = t < r.startMs || t >= r.endMs;
  throw new OutOfRangeError(
    ['events', i, 'at'],
    outsideContract
      ? `Event ${JSON.stringify(p.ids[i])} at ${formatJapanInstant(t)} is outside the contract (outsideEvents: 'reject')`
      : noMonths
        ? `Event ${JSON.stringify(p.ids[i])} cannot be placed: no month to evaluate (outsideEvents: 'reject')`
        : `Event ${JSON.stringify(p.ids[i])} at ${formatJapanInstant(t)} is in ${formatYearMonth(p.month[i]!)}, outside the month(s) evaluated (outsideEvents: 'reject')`,
    { id: p.ids[i], at: formatJapanInstant(t), interpretation: 'quota-outside-events' },
  );
}

function describePolicy(p: RolloverPolicy): string {
  return p.kind === 'none'
    ? 'no carry-over'
    : `carry-over of up to ${p.maxUnitsPerMonth} unused unit${p.maxUnitsPerMonth === 1 ? '' : 's'} a month, usable for ${p.validForMonths} following month${p.validForMonths === 1 ? '' : 's'}`;
}

/** A lot of carried units. */
interface Lot {
  readonly fromMonth: number;
  readonly usableThrough: number;
  remaining: number;
}

interface AddOnInMonth {
  readonly units: number;
  readonly carryable: boolean;
  readonly part: QuotaLimitPart;
}

/** Status codes of events in the parse pass. */
const IN_SCOPE = 0;
const OUTSIDE_MONTH = 1;
const OUTSIDE_CONTRACT = 2;

/**
 * The one evaluator: walks months from `simStart` to `to`, carrying lots under the policy, and builds
 * results for `from`..`to`.
 */
function simulate(
  r: ResolvedQuotaContract,
  p: ParsedQuotaEvents,
  simStart: number,
  from: number,
  to: number,
  policy: RolloverPolicy,
  options: ReadOptions,
  single: boolean,
): { months: QuotaResult[]; ignored: string[] } {
  // Pass 1: classify events and add up units per month.
  const status = new Uint8Array(p.count);
  const used = new Map<number, number>();
  const ignored: string[] = [];
  const outsideContractByMonth = new Map<number, number>();
  let outsideMonth = 0;
  let outsideContract = 0;
  for (let i = 0; i < p.count; i++) {
    const t = p.ms[i]!;
    const m = p.month[i]!;
    let s = IN_SCOPE;
    if (t < r.startMs || t >= r.endMs) s = OUTSIDE_CONTRACT;
    else if (m < simStart || m > to) s = OUTSIDE_MONTH;
    if (s !== IN_SCOPE) {
      if (options.outsideEvents === 'reject') rejectOutside(r, p, i, false);
      status[i] = s;
      if (s === OUTSIDE_CONTRACT) {
        outsideContract++;
        outsideContractByMonth.set(m, (outsideContractByMonth.get(m) ?? 0) + 1);
      } else outsideMonth++;
      ignored.push(p.ids[i]!);
      continue;
    }
    used.set(m, (used.get(m) ?? 0) + p.units[i]!);
  }

  // Events of each month in order (chronological, ties by id), sorted once on first need: one pass
  // over the sorted events instead of a scan of every event for every month.
  const byMonth = monthsInOrder(p, status, options.traceEvents);
  const stat = staticReasons(r, policy, options);
  const unit = r.countingRule?.unit ?? 'inquiry';
  const base = r.limit?.limitPerMonth ?? null;
  const carryOver = policy.kind === 'carry-over' ? policy : undefined;
  let lots: Lot[] = [];
  const months: QuotaResult[] = [];

  for (let m = simStart; m <= to; m++) {
    const usedUnits = used.get(m) ?? 0;
    const addOns = addOnsInMonth(r, m);
    lots = lots.filter((l) => l.usableThrough >= m && l.remaining > 0);
    let total: number | null = null;
    const parts: QuotaLimitPart[] = [];
    if (base !== null) {
      total = base;
      parts.push({ kind: 'plan', units: base, planId: r.plan.id, factId: r.limit!.id, source: r.limit!.source });
      for (const a of addOns.items) {
        total += a.units;
        parts.push(a.part);
      }
      for (const l of lots) {
        total += l.remaining;
        parts.push({ kind: 'carried-over', units: l.remaining, fromMonth: formatYearMonth(l.fromMonth), usableThrough: formatYearMonth(l.usableThrough) });
      }
    }
    const lotsAtStart = carryOver && m >= from ? lots.map((l) => ({ ...l })) : undefined;
    if (carryOver && base !== null) {
      // Consume: carried lots (soonest to lapse first), then units that lapse this month, then carryable ones.
      let need = usedUnits;
      for (const l of lots) {
        const take = Math.min(need, l.remaining);
        l.remaining -= take;
        need -= take;
      }
      need = Math.max(0, need - addOns.nonCarryable);
      const carryablePool = base + addOns.carryable;
      const unused = Math.max(0, carryablePool - need);
      const carried = Math.min(unused, carryOver.maxUnitsPerMonth);
      if (carried > 0) lots.push({ fromMonth: m, usableThrough: m + carryOver.validForMonths, remaining: carried });
    }
    if (m < from) continue;
    const outside = single ? { month: outsideMonth, contract: outsideContract } : { month: 0, contract: outsideContractByMonth.get(m) ?? 0 };
    months.push(buildMonth(r, p, status, m, usedUnits, total, unit, parts, lotsAtStart, stat, options, single, outside, byMonth));
  }
  return { months, ignored };
}

/**
 * A function giving the indexes of a month's events in order: those counted, plus (with `traceEvents`)
 * those outside the contract's days. All such events are sorted once, on the first call; a month's
 * events are then one contiguous run (the month follows the instant).
 */
function monthsInOrder(p: ParsedQuotaEvents, status: Uint8Array, traceEvents: boolean): (month: number) => ArrayLike<number> {
  let order: Int32Array | undefined;
  let runs: Map<number, { start: number; end: number }> | undefined;
  return (month) => {
    if (order === undefined || runs === undefined) {
      const picked = new Int32Array(p.count);
      let n = 0;
      for (let i = 0; i < p.count; i++) if (status[i] === IN_SCOPE || (traceEvents && status[i] === OUTSIDE_CONTRACT)) picked[n++] = i;
      order = sortEvents(p, picked.subarray(0, n));
      runs = new Map();
      for (let k = 0; k < order.length; k++) {
        const m = p.month[order[k]!]!;
        const run = runs.get(m);
        if (run === undefined) runs.set(m, { start: k, end: k + 1 });
        else run.end = k + 1;
      }
    }
    const run = runs.get(month);
    return run === undefined ? EMPTY : order.subarray(run.start, run.end);
  };
}

const EMPTY = new Int32Array(0);

/**
 * The event indexes `idx` in {@link compareEvents} order (chronological, ties by id), sorted in place. When the
 * instants are whole milliseconds spanning few enough that `(ms − first) × n + position` is an exact double, the
 * indexes are sorted as those numbers in a typed array (no comparator call per comparison), then each run of
 * equal instants is put in id order; otherwise with the comparator.
 */
function sortEvents(p: ParsedQuotaEvents, idx: Int32Array): Int32Array {
  const n = idx.length;
  if (n < 2) return idx;
  let lo = Infinity;
  let hi = -Infinity;
  let whole = true;
  for (let k = 0; k < n; k++) {
    const t = p.ms[idx[k]!]!;
    if (t < lo) lo = t;
    if (t > hi) hi = t;
    if (!Number.isInteger(t)) whole = false;
  }
  if (!whole || (hi - lo + 1) * n > Number.MAX_SAFE_INTEGER) return idx.sort((a, b) => compareEvents(p, a, b));
  const keys = new Float64Array(n);
  for (let k = 0; k < n; k++) keys[k] = (p.ms[idx[k]!]! - lo) * n + k;
  keys.sort();
  const positions = idx.slice();
  for (let k = 0; k < n; k++) idx[k] = positions[keys[k]! % n]!;
  // Runs of equal instants: ties by id.
  for (let a = 0; a < n; ) {
    let b = a + 1;
    const t = p.ms[idx[a]!]!;
    while (b < n && p.ms[idx[b]!]! === t) b++;
    if (b - a > 1) idx.subarray(a, b).sort((x, y) => compareEvents(p, x, y));
    a = b;
  }
  return idx;
}

function addOnsInMonth(r: ResolvedQuotaContract, m: number): { items: AddOnInMonth[]; carryable: number; nonCarryable: number } {
  const items: AddOnInMonth[] = [];
  let carryable = 0;
  let nonCarryable = 0;
  for (const o of r.options) {
    const fact = r.addOns.get(o.optionId);
    if (!fact || o.startMonth !== m) continue;
    const units = fact.extraPerOptionContract;
    if (fact.carryOver) carryable += units;
    else nonCarryable += units;
    items.push({
      units,
      carryable: fact.carryOver,
      part: { kind: 'add-on', units, optionId: o.optionId, optionStart: formatIsoDate(o.startDay), factId: fact.id, source: fact.source },
    });
  }
  return { items, carryable, nonCarryable };
}

interface StaticReasons {
  readonly head: readonly Reason[];
  readonly rollover: readonly Reason[];
}

function staticReasons(r: ResolvedQuotaContract, policy: RolloverPolicy, options: ReadOptions): StaticReasons {
  const head: Reason[] = [];
  const planName = r.plan.name;
  const rule = r.countingRule;
  const unit = rule?.unit ?? 'inquiry';
  if (r.limit && r.limit.limitPerMonth !== null) {
    head.push(
      reason('quota.plan-limit', `${planName} allows ${unitsText(r.limit.limitPerMonth, unit)} per calendar month`, {
        source: r.limit.source,
        factId: r.limit.id,
        interpretation: own(r.limit, 'interpretation'),
      }),
    );
  } else if (r.limit) {
    head.push(
      reason('quota.no-limit-stated', `The document defines how ${pluralUnit(unit)} are counted for ${planName} but states no number per month: no limit is applied and none is invented`, {
        source: r.limit.source,
        factId: r.limit.id,
        interpretation: own(r.limit, 'interpretation') ?? 'quota-002-no-stated-limit',
      }),
    );
  } else {
    head.push(reason('quota.no-limit-recorded', `The catalog records no inquiry limit for ${planName} (${r.plan.id}): usage is counted, no limit is applied`, { factId: r.plan.id }));
  }
  if (rule) {
    const what =
      rule.countsPer === 'question'
        ? `one ${rule.unit} per question that cannot be split further, so an inquiry with several questions consumes several (event.questions)`
        : `every ${rule.unit} to an operator counts once, whatever it asks${own(rule, 'includes')?.includes('tool-setup-support') ? ', including help with setting up the tools' : ''}`;
    const when = rule.consumedAt === 'inquiry-accepted' ? 'when the inquiry is accepted' : 'when the inquiry is made';
    head.push(
      reason('quota.counting-rule', `Counting: ${what}; consumed ${when}, in the Japan-time calendar month of event.at`, {
        source: rule.source,
        factId: rule.id,
        interpretation: own(rule, 'interpretation'),
      }),
    );
  } else {
    head.push(reason('quota.counting-default', 'No counting rule recorded: each event counts once, in the Japan-time calendar month of event.at'));
  }
  const rollover: Reason[] = [];
  const fact = r.rollover;
  if (options.rollover) {
    rollover.push(
      reason('quota.rollover-given', `Rollover policy given by the caller: ${describePolicy(policy)}${fact ? ` (the document: ${describePolicy(fact.policy)})` : ''}`, {
        factId: fact?.id,
        interpretation: policy.kind === 'carry-over' ? 'quota-carry-over-model' : undefined,
      }),
    );
  } else if (fact) {
    rollover.push(
      reason(policy.kind === 'none' ? 'quota.rollover-none' : 'quota.rollover-carry-over', `Rollover: ${describePolicy(policy)}`, {
        source: fact.source,
        factId: fact.id,
        interpretation: own(fact, 'interpretation') ?? (policy.kind === 'carry-over' ? 'quota-carry-over-model' : undefined),
      }),
    );
  } else {
    rollover.push(reason('quota.rollover-none', 'Rollover: no carry-over (the catalog records no policy for this plan)', { interpretation: 'quota-no-carry-over-unless-stated' }));
  }
  return { head, rollover };
}

function buildMonth(
  r: ResolvedQuotaContract,
  p: ParsedQuotaEvents,
  status: Uint8Array,
  m: number,
  used: number,
  total: number | null,
  unit: 'inquiry' | 'incident',
  parts: QuotaLimitPart[],
  lotsAtStart: Lot[] | undefined,
  stat: StaticReasons,
  options: ReadOptions,
  single: boolean,
  outside: { month: number; contract: number },
  byMonth: (month: number) => ArrayLike<number>,
): QuotaResult {
  const monthText = formatYearMonth(m);
  const reasons: Reason[] = [];
  const { firstDay, lastDay } = monthBounds(m);
  reasons.push(
    reason('quota.calendar-month', `${monthText} is the calendar month in Japan time from ${formatJapanInstant(japanMidnight(firstDay))} (inclusive) to ${formatJapanInstant(japanMidnight(lastDay + 1))} (exclusive)`, {
      interpretation: 'quota-calendar-month-japan',
    }),
  );
  reasons.push(...stat.head);
  const startsInside = r.startDay !== undefined && r.startDay > firstDay;
  const endsInside = r.endDay !== undefined && r.endDay <= lastDay;
  if ((startsInside || endsInside) && total !== null) {
    reasons.push(
      reason(
        'quota.partial-month-full-limit',
        `The contract ${[startsInside ? `starts on ${formatIsoDate(r.startDay!)}` : '', endsInside ? `ends on ${formatIsoDate(r.endDay!)} (exclusive)` : ''].filter(Boolean).join(' and ')}, inside ${monthText}: the full monthly limit applies (no proration is stated)`,
        { interpretation: 'quota-partial-month-full-limit' },
      ),
    );
  }
  for (const o of r.options) {
    const fact = r.addOns.get(o.optionId);
    const neutral = r.neutral.get(o.optionId);
    if (fact) {
      const applies = o.startMonth === m;
      reasons.push(
        reason(
          applies ? 'quota.add-on-applies' : 'quota.add-on-other-month',
          applies
            ? `Option ${o.optionName} (options[${o.index}], started ${formatIsoDate(o.startDay)}) adds ${fact.extraPerOptionContract} in ${monthText}, the month containing its start date`
            : `Option ${o.optionName} (options[${o.index}], started ${formatIsoDate(o.startDay)}) adds only in ${formatYearMonth(o.startMonth)}, the month containing its start date; nothing in ${monthText}${fact.carryOver ? '' : ', and its units are never carried over'}`,
          { source: fact.source, factId: fact.id, interpretation: own(fact, 'interpretation') },
        ),
      );
    } else if (neutral) {
      reasons.push(reason('quota.option-changes-no-limit', `Option ${o.optionName} (options[${o.index}]) changes no limit`, { source: neutral.source, factId: neutral.id }));
    } else {
      reasons.push(reason('quota.option-no-quota-fact', `Option ${o.optionName} (options[${o.index}]) has no quota fact in the catalog: it changes no limit`, { factId: o.optionId }));
    }
  }
  reasons.push(...stat.rollover);
  if (lotsAtStart) {
    for (const l of lotsAtStart) {
      reasons.push(
        reason('quota.carried-over', `${l.remaining} unused unit${l.remaining === 1 ? '' : 's'} from ${formatYearMonth(l.fromMonth)} usable through ${formatYearMonth(l.usableThrough)}`),
      );
    }
  }
  if (p.severalQuestions && r.countingRule?.countsPer !== 'question') {
    reasons.push(
      reason('quota.questions-not-counted', `Some events give several questions, but this plan counts each ${unit} once: event.questions is not used`, {
        source: r.countingRule?.source,
        factId: r.countingRule?.id,
      }),
    );
  }

  // `over` needs the month's events in order only when the month is past its limit; the trace (one object
  // and two texts per event) is built on first read of `result.trace` (see lazyTrace).
  let partial = false;
  const over: string[] = [];
  if (total !== null && used > total) {
    let running = 0;
    const idx = byMonth(m);
    for (let k = 0; k < idx.length; k++) {
      const i = idx[k]!;
      if (status[i] !== IN_SCOPE) continue;
      const u = p.units[i]!;
      running += u;
      if (running > total) {
        if (over.length === 0 && running - u < total) partial = true;
        over.push(p.ids[i]!);
      }
    }
  }
  if (outside.month > 0) {
    const n = outside.month;
    reasons.push(
      reason('quota.events-outside-month-ignored', `${n} event${n === 1 ? ' is' : 's are'} in another month and ${n === 1 ? 'was' : 'were'} ignored (outsideEvents: 'ignore'; 'reject' refuses them)`, {
        interpretation: 'quota-outside-events',
      }),
    );
  }
  const outsideContractHere = outside.contract;
  if (outsideContractHere > 0) {
    reasons.push(
      reason('quota.events-outside-contract-ignored', `${outsideContractHere} event${outsideContractHere === 1 ? ' is' : 's are'} outside the contract's days and ${outsideContractHere === 1 ? 'was' : 'were'} ignored`, {
        interpretation: 'quota-outside-events',
      }),
    );
  }
  const remaining = total === null ? null : Math.max(0, total - used);
  if (total === null) {
    reasons.push(reason('quota.no-limit', `${unitsText(used, unit)} counted in ${monthText}; no limit applies`));
  } else if (used > total) {
    reasons.push(
      reason('quota.over-limit', `${unitsText(used, unit)} used in ${monthText}, ${used - total} past the limit of ${total}: ${listIds(over)} ${over.length === 1 ? 'is' : 'are'} past the limit`, {
        interpretation: partial ? 'quota-partial-event-over' : undefined,
      }),
    );
  } else {
    reasons.push(reason('quota.within-limit', `${used} of ${unitsText(total, unit)} used in ${monthText}; ${remaining} remaining`));
  }
  const result: QuotaResult = { planId: r.plan.id, month: monthText, limit: { total, unit, parts }, used, remaining, over, trace: [], reasons };
  if (options.traceEvents) lazyTrace(result, () => monthTrace(p, status, m, monthText, total, single, byMonth));
  return result;
}

/**
 * Makes `result.trace` a property computed on first read (then an ordinary data property holding it); writing it
 * first replaces it the same way. The answer is the same whenever it is read: the events it lists are parsed and
 * frozen inputs, held only by this result.
 */
function lazyTrace(result: QuotaResult, build: () => QuotaEventTrace[]): void {
  let built: readonly QuotaEventTrace[] | undefined;
  // Once the caller has frozen or sealed the result, the accessor stays: it keeps answering the built trace
  // (and ignores writes, as a frozen data property would outside strict mode) instead of failing to redefine it.
  const settle = (value: readonly QuotaEventTrace[]): void => {
    built = value;
    if (Object.getOwnPropertyDescriptor(result, 'trace')?.configurable === true) {
      defineOwn(result, 'trace', { value, writable: true, enumerable: true, configurable: true });
    }
  };
  defineOwn(result, 'trace', {
    get() {
      if (built === undefined) settle(build());
      return built;
    },
    set(value: readonly QuotaEventTrace[]) {
      if (Object.getOwnPropertyDescriptor(result, 'trace')?.configurable === true) settle(value);
    },
    enumerable: true,
    configurable: true,
  });
}

/** The trace of month `m`: its events in order with their status, then (evaluateQuota) the events ignored. */
function monthTrace(
  p: ParsedQuotaEvents,
  status: Uint8Array,
  m: number,
  monthText: string,
  total: number | null,
  single: boolean,
  byMonth: (month: number) => ArrayLike<number>,
): QuotaEventTrace[] {
  const trace: QuotaEventTrace[] = [];
  let running = 0;
  const idx = byMonth(m);
  for (let k = 0; k < idx.length; k++) {
    const i = idx[k]!;
    if (status[i] !== IN_SCOPE) {
      trace.push({ id: p.ids[i]!, at: formatJapanInstant(p.ms[i]!), month: monthText, units: 0, usedAfter: null, status: 'outside-contract' });
      continue;
    }
    running += p.units[i]!;
    trace.push({
      id: p.ids[i]!,
      at: formatJapanInstant(p.ms[i]!),
      month: monthText,
      units: p.units[i]!,
      usedAfter: running,
      status: total === null ? 'no-limit' : running > total ? 'over-limit' : 'within-limit',
    });
  }
  if (single) {
    const rest: number[] = [];
    for (let i = 0; i < p.count; i++) if (p.month[i] !== m && status[i] !== IN_SCOPE) rest.push(i);
    for (const i of sortEvents(p, Int32Array.from(rest))) {
      trace.push({
        id: p.ids[i]!,
        at: formatJapanInstant(p.ms[i]!),
        month: formatYearMonth(p.month[i]!),
        units: 0,
        usedAfter: null,
        status: status[i] === OUTSIDE_CONTRACT ? 'outside-contract' : 'outside-month',
      });
    }
  }
  return trace;
}

/** `1 inquiry`, `5 inquiries`, `3 incidents`. */
function unitsText(n: number, unit: 'inquiry' | 'incident'): string {
  return `${n} ${n === 1 ? unit : pluralUnit(unit)}`;
}

function pluralUnit(unit: 'inquiry' | 'incident'): string {
  return unit === 'inquiry' ? 'inquiries' : 'incidents';
}

/** Up to ten ids, then how many more. */
function listIds(ids: readonly string[]): string {
  const shown = ids.slice(0, 10).join(', ');
  return ids.length > 10 ? `${shown} and ${ids.length - 10} more` : shown;
}
