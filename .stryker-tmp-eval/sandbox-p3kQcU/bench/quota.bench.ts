/**
 * Quota benchmark: 1,000,000 inquiry events over 10,000 contracts (100 each, spread over a year,
 * instants written with `+09:00` or `Z`), evaluated month by month with `evaluateQuotaMonths`
 * (the batch path), beside a hand-written loop that gives the same answers for every month: units used
 * (questions under 002's per-question rule), the limit with 001's add-on in its start month, what
 * remains and which events went past the limit (chronological, ties by id).
 */
// @ts-nocheck

import { evaluateQuotaMonths, type QuotaContract, type QuotaEvent } from '../src/quota/index.js';
import { documentOfPlan } from '../src/catalog/index.js';
import { agree, compare } from './harness.js';

const CONTRACTS = 10_000;
const EVENTS_PER_CONTRACT = 100;

const plans: QuotaContract[] = [
  { planId: 'oas-plan-a' },
  { planId: 'oas-plan-b' },
  { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension', start: '2026-03-01' }] },
  { planId: 'itss-light-anshin-2' },
  { planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-06-10' }] },
  { planId: 'itss-standard-anshin-2' },
  { planId: 'helpdesk-support' },
];

/** Deterministic pseudo-random numbers (xorshift32), so that every run sees the same data. */
function rng(seed: number): () => number {
  let x = seed >>> 0 || 1;
  return () => {
    x ^= x << 13;
    x >>>= 0;
    x ^= x >>> 17;
    x ^= x << 5;
    x >>>= 0;
    return x / 0x1_0000_0000;
  };
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

function makeData(): Array<{ contract: QuotaContract; events: QuotaEvent[] }> {
  const rand = rng(20_261_122);
  const out: Array<{ contract: QuotaContract; events: QuotaEvent[] }> = [];
  const base = Date.UTC(2025, 11, 31, 15, 0, 0); // 2026-01-01T00:00+09:00
  const span = 365 * 86_400_000;
  for (let c = 0; c < CONTRACTS; c++) {
    const contract = plans[c % plans.length]!;
    const events: QuotaEvent[] = new Array(EVENTS_PER_CONTRACT);
    for (let k = 0; k < EVENTS_PER_CONTRACT; k++) {
      const ms = base + Math.floor(rand() * span / 60_000) * 60_000;
      let at: string;
      if (k % 2 === 0) {
        const d = new Date(ms);
        at = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00Z`;
      } else {
        const d = new Date(ms + 9 * 3_600_000);
        at = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:00+09:00`;
      }
      events[k] = rand() < 0.1 ? { id: `c${c}-e${k}`, at, questions: 2 } : { id: `c${c}-e${k}`, at };
    }
    out.push({ contract, events });
  }
  return out;
}

// ---- Baseline: the same answers (units used per Japan month, remaining, events past the limit) ------
interface BasePlan {
  readonly limit: number | null;
  readonly perQuestion: boolean;
}
interface BaseMonth {
  month: string;
  used: number;
  remaining: number | null;
  over: string[];
}
/** Limits and counting rules read once from the fixtures, as a hand-written service would configure them. */
const basePlans = new Map<string, BasePlan>();
const baseAddOns = new Map<string, number>();
for (const planId of new Set(plans.map((p) => p.planId))) {
  const doc = documentOfPlan(planId);
  const limit = doc.quotas!.inquiryLimits.find((l) => l.planIds.includes(planId))!;
  const rule = doc.quotas!.countingRules.find((r) => r.id === limit.countingRuleId)!;
  basePlans.set(planId, { limit: limit.limitPerMonth, perQuestion: rule.countsPer === 'question' });
  for (const a of doc.quotas!.addOns ?? []) baseAddOns.set(a.optionId, a.extraPerOptionContract);
}
const NINE = 9 * 3_600_000;
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));

function baselineOne(contract: QuotaContract, events: readonly QuotaEvent[]): BaseMonth[] {
  const plan = basePlans.get(contract.planId)!;
  const n = events.length;
  const ms = new Float64Array(n);
  const month = new Int32Array(n);
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    const t = Date.parse(events[i]!.at as string);
    const d = new Date(t + NINE);
    const m = d.getUTCFullYear() * 12 + d.getUTCMonth();
    ms[i] = t;
    month[i] = m;
    if (m < lo) lo = m;
    if (m > hi) hi = m;
  }
  if (n === 0) return [];
  // Units per month in one pass; events bucketed by month (a counting sort) for the months past their limit.
  const span = hi - lo + 1;
  const used = new Int32Array(span);
  const start = new Int32Array(span + 1);
  for (let i = 0; i < n; i++) {
    used[month[i]! - lo]! += plan.perQuestion ? events[i]!.questions ?? 1 : 1;
    start[month[i]! - lo + 1]!++;
  }
  for (let j = 0; j < span; j++) start[j + 1]! += start[j]!;
  const fill = start.slice(0, span);
  const bucket = new Int32Array(n);
  for (let i = 0; i < n; i++) bucket[fill[month[i]! - lo]!++] = i;
  const out: BaseMonth[] = [];
  for (let m = lo; m <= hi; m++) {
    let limit = plan.limit;
    if (limit !== null) {
      for (const o of contract.options ?? []) {
        const extra = baseAddOns.get(o.optionId);
        if (extra !== undefined && +o.start.slice(0, 4) * 12 + +o.start.slice(5, 7) - 1 === m) limit += extra;
      }
    }
    const u = used[m - lo]!;
    const over: string[] = [];
    if (limit !== null && u > limit) {
      // Chronological, ties by id.
      const idx = Array.from(bucket.subarray(start[m - lo]!, start[m - lo + 1]!)).sort(
        (a, b) => ms[a]! - ms[b]! || (events[a]!.id < events[b]!.id ? -1 : events[a]!.id > events[b]!.id ? 1 : 0),
      );
      let running = 0;
      for (const i of idx) {
        running += plan.perQuestion ? events[i]!.questions ?? 1 : 1;
        if (running > limit) over.push(events[i]!.id);
      }
    }
    out.push({ month: `${Math.floor(m / 12)}-${pad2((m % 12) + 1)}`, used: u, remaining: limit === null ? null : Math.max(0, limit - u), over });
  }
  return out;
}

function library(data: ReturnType<typeof makeData>): number {
  let months = 0;
  for (const { contract, events } of data) months += evaluateQuotaMonths({ contract, events }).months.length;
  return months;
}

function baseline(data: ReturnType<typeof makeData>): number {
  let months = 0;
  for (const { contract, events } of data) months += baselineOne(contract, events).length;
  return months;
}

/** Runs the benchmark: events per second beside the baseline, after checking every contract-month. */
export async function run(): Promise<void> {
  const data = makeData();
  const total = CONTRACTS * EVENTS_PER_CONTRACT;
  agree(
    `evaluateQuotaMonths: ${CONTRACTS.toLocaleString('en-US')} contracts, ${total.toLocaleString('en-US')} events (every month: used, remaining, over)`,
    data,
    (d) => evaluateQuotaMonths(d),
    (d) => baselineOne(d.contract, d.events),
    (r) => r.months.map((m) => ({ month: m.month, used: m.used, remaining: m.remaining, over: [...m.over] })),
  );
  compare('evaluateQuotaMonths, events per second', [
    { label: 'baseline: units by Japan month, limit, over (plain)', ops: total, run: () => baseline(data) },
    { label: 'evaluateQuotaMonths (batch, no event trace)', ops: total, goal: 1 / 3, run: () => library(data) },
    {
      label: 'evaluateQuotaMonths (with event trace)',
      ops: total,
      run: () => {
        let n = 0;
        for (const { contract, events } of data) n += evaluateQuotaMonths({ contract, events, traceEvents: true }).months.length;
        return n;
      },
    },
  ], { rounds: 3 });
}
