/**
 * Billing benchmark: contract-months invoiced per second over 20,000 generated contracts (one month
 * each) by an invoicer (`createInvoicer`, the batch API: one memo owned by the invoicer for the run)
 * and by the plain `monthlyInvoice` (no memo), beside a hand-written baseline in plain integer
 * arithmetic that makes the same decisions and the same sums (monthly fee, options, one-off visit
 * fees; tax once per rate from the sum, largest-remainder shares per line) without validation,
 * decimals, reasons or trace. Before timing, the bench checks that the baseline agrees with the
 * library on every total and every line, and that the invoicer's invoices equal the plain ones, field
 * for field. Every contender runs the same interleaved rounds; the median is reported.
 */
// @ts-nocheck

import { isDeepStrictEqual } from 'node:util';
import { catalog } from '../src/catalog/index.js';
import { createInvoicer, monthlyInvoice, type BillingContract } from '../src/billing/index.js';
import { agree, compare } from './harness.js';

const CONTRACTS = 20_000;

interface Job {
  readonly contract: BillingContract & { start: string; end?: string | null; options?: ReadonlyArray<{ optionId: string; start: string }>; oneOffCharges?: ReadonlyArray<{ feeId: string; quantity: number; on: string }> };
  readonly month: string;
}

/** Deterministic generator (mulberry32): benchmarks may be random, src/ may not. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pad = (n: number) => (n < 10 ? `0${n}` : String(n));

/** `n` deterministic contracts of 000, 001 and 003 (options, visits, re-subscriptions), each with one month to invoice. */
export function generate(n: number): Job[] {
  const next = rng(20260101);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  const plans = ['oas-plan-a', 'oas-plan-b', 'itss-light-anshin-1', 'itss-light-anshin-2', 'itss-standard-anshin-1', 'itss-standard-anshin-2', 'ucom-remote-support'];
  const jobs: Job[] = [];
  for (let i = 0; i < n; i++) {
    const planId = pick(plans);
    const year = 2021 + Math.floor(next() * 4);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const start = `${year}-${pad(month)}-${pad(day)}`;
    const contract: {
      planId: string;
      start: string;
      end?: string;
      options?: { optionId: string; start: string; end?: string }[];
      oneOffCharges?: { feeId: string; quantity: number; on: string }[];
      earlierContracts?: { planId: string; start: string; end: string }[];
    } = { planId, start };
    const invoiceYear = year + 1;
    const invoiceMonth = month;
    if (next() < 0.3) contract.end = `${invoiceYear + (next() < 0.5 ? 0 : 1)}-${pad(1 + Math.floor(next() * 12))}-15`;
    if (contract.end && contract.end <= `${invoiceYear}-${pad(invoiceMonth)}-01`) delete contract.end;
    const monthStart = `${invoiceYear}-${pad(invoiceMonth)}`;
    if (planId.startsWith('itss-light') && next() < 0.5) contract.options = [{ optionId: 'itss-light-time-extension', start }];
    if (planId.startsWith('itss-standard')) {
      contract.options = [];
      if (next() < 0.5) contract.options.push({ optionId: 'itss-standard-time-extension', start });
      if (next() < 0.5) contract.options.push({ optionId: 'itss-standard-extra-inquiries', start: `${monthStart}-05` });
    }
    if (planId.startsWith('itss') && next() < 0.3) {
      contract.oneOffCharges = [
        { feeId: 'itss-visit-basic-work', quantity: 1, on: `${monthStart}-10` },
        { feeId: pick(['itss-visit-pc-internet', 'itss-visit-printer', 'itss-visit-diagnosis']), quantity: 1 + Math.floor(next() * 3), on: `${monthStart}-10` },
      ];
    }
    if (planId === 'ucom-remote-support' && next() < 0.3) contract.earlierContracts = [{ planId, start: '2015-01-01', end: '2016-01-01' }];
    jobs.push({ contract, month: next() < 0.1 ? `${year}-${pad(month)}` : monthStart });
  }
  return jobs;
}

// ---- Baseline: plain integers, same decisions, same sums ------------------------------------------
interface BasePlan {
  fee: number;
  taxIncluded: boolean;
  monthAfterStart: boolean;
  cancellationMonth: boolean;
}
interface BaseLine {
  id: string;
  amount: number;
  tax: number;
}
interface BaseInvoice {
  lines: BaseLine[];
  tax: number;
  total: number;
}
const basePlans = new Map<string, BasePlan>();
const baseOptions = new Map<string, { fee: number; startMonthOnly: boolean }>();
const baseFees = new Map<string, { amount: number; initial: boolean }>();
for (const p of catalog.plans) {
  const doc = catalog.index.documentByKey.get(p.document)!;
  basePlans.set(p.id, {
    fee: p.monthlyFeeYen ?? 0,
    taxIncluded: p.taxBasis === 'tax-included',
    monthAfterStart: doc.billing?.monthlyFee.firstMonth.rule === 'month-after-start',
    cancellationMonth: doc.billing?.monthlyFee.lastMonth.rule === 'cancellation-month',
  });
}
for (const o of catalog.options) baseOptions.set(o.id, { fee: o.monthlyFeeYen ?? 0, startMonthOnly: o.charge.kind === 'start-month-only' });
for (const f of catalog.fees) baseFees.set(f.id, { amount: f.amountYen ?? 0, initial: f.kind === 'initial' });
const resubFee = catalog.fees.find((f) => f.id === 'ucom-remote-support-resubscription-fee')!.amountYen!;

function dayOf(s: string): number {
  const y = +s.slice(0, 4);
  const m = +s.slice(5, 7);
  const d = +s.slice(8, 10);
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
const monthOfDate = (s: string) => +s.slice(0, 4) * 12 + +s.slice(5, 7) - 1;
const rateOn = (day: number) => (day >= 18170 ? 10 : day >= 16161 ? 8 : 5);

function baseline(job: Job): BaseInvoice {
  const c = job.contract;
  const m = monthOfDate(job.month);
  const plan = basePlans.get(c.planId)!;
  const y = Math.floor(m / 12);
  const mm = (m % 12) + 1;
  const lastDay = dayOf(`${y}-${pad(mm)}-${pad(new Date(Date.UTC(y, mm, 0)).getUTCDate())}`);
  const rate = rateOn(lastDay);
  const startMonth = monthOfDate(c.start);
  const endDay = c.end ? dayOf(c.end) : undefined;
  const first = startMonth + (plan.monthAfterStart ? 1 : 0);
  const last = endDay === undefined ? Infinity : plan.cancellationMonth ? monthOfDate(c.end!) : monthOfDate(c.end!) - (c.end!.endsWith('-01') ? 1 : 0);
  const lines: BaseLine[] = [];
  if (m >= first && m <= last) lines.push({ id: c.planId, amount: plan.fee, tax: 0 });
  for (const o of c.options ?? []) {
    const opt = baseOptions.get(o.optionId)!;
    const os = monthOfDate(o.start);
    if (opt.startMonthOnly ? os === m : m >= os && m <= last) lines.push({ id: o.optionId, amount: opt.fee, tax: 0 });
  }
  if (startMonth === m) for (const [id, f] of baseFees) if (f.initial && id.startsWith(c.planId.slice(0, 3))) lines.push({ id, amount: f.amount, tax: 0 });
  if (c.earlierContracts?.length && startMonth === m) lines.push({ id: 'resub', amount: resubFee, tax: 0 });
  for (const ch of c.oneOffCharges ?? []) if (monthOfDate(ch.on) === m) lines.push({ id: ch.feeId, amount: baseFees.get(ch.feeId)!.amount * ch.quantity, tax: 0 });
  let sum = 0;
  for (const l of lines) sum += l.amount;
  const tax = plan.taxIncluded ? Math.floor((sum * rate) / (100 + rate)) : Math.floor((sum * rate) / 100);
  // largest remainder
  let given = 0;
  const rem: number[] = [];
  for (const l of lines) {
    const n = tax * l.amount;
    l.tax = sum === 0 ? 0 : Math.floor(n / sum);
    rem.push(sum === 0 ? 0 : n - l.tax * sum);
    given += l.tax;
  }
  if (given < tax) {
    const order = lines.map((_, i) => i).sort((a, b) => rem[b]! - rem[a]! || lines[b]!.amount - lines[a]!.amount || (lines[a]!.id < lines[b]!.id ? -1 : 1));
    for (let k = 0; k < tax - given; k++) lines[order[k]!]!.tax += 1;
  }
  return { lines, tax, total: plan.taxIncluded ? sum : sum + tax };
}

/** What both sides must agree on: totals, and each line's amount and tax share (as a sorted multiset). */
function answer(total: number, tax: number, lines: readonly { amount: number; tax: number }[]): { total: number; tax: number; lines: string[] } {
  return { total, tax, lines: lines.map((l) => `${l.amount}/${l.tax}`).sort() };
}

export async function run(): Promise<void> {
  const jobs = generate(CONTRACTS);
  // Correctness first: the baseline agrees with the library on every invoice (totals and every line),
  // and the invoicer (with its memo) and explain: false give exactly the plain invoices.
  agree(
    `monthlyInvoice: ${CONTRACTS.toLocaleString('en-US')} contracts (total, tax, each line's amount and tax share)`,
    jobs,
    (job) => monthlyInvoice({ contract: job.contract, month: job.month }),
    (job) => {
      const b = baseline(job);
      return answer(b.total, b.tax, b.lines);
    },
    (a) => answer(a.totalYen, a.taxYen, a.lines.map((l) => ({ amount: l.amountYen, tax: l.taxYen }))),
  );
  const checker = createInvoicer();
  for (const job of jobs) {
    const a = monthlyInvoice({ contract: job.contract, month: job.month });
    if (!isDeepStrictEqual(a, checker.monthlyInvoice({ contract: job.contract, month: job.month }))) {
      throw new Error(`The invoicer differs from monthlyInvoice on ${JSON.stringify(job)}`);
    }
    if (!isDeepStrictEqual({ ...a, trace: [] }, monthlyInvoice({ contract: job.contract, month: job.month, explain: false }))) {
      throw new Error(`explain: false changes more than the trace on ${JSON.stringify(job)}`);
    }
  }
  console.log('invoicer and explain: false equal monthlyInvoice on every field');
  // Every contender gets the same rounds, in rotating order; a fresh invoicer per batch (its memo lives
  // for one batch, as a caller's would).
  compare('monthlyInvoice per call', [
    {
      label: 'baseline (plain integers, same decisions)',
      ops: CONTRACTS,
      run: () => {
        let s = 0;
        for (const job of jobs) s += baseline(job).total;
        return s;
      },
    },
    {
      label: 'monthlyInvoice, plain call (reasons, trace)',
      ops: CONTRACTS,
      goal: 1 / 4,
      run: () => {
        let s = 0;
        for (const job of jobs) s += monthlyInvoice({ contract: job.contract, month: job.month }).totalYen;
        return s;
      },
    },
    {
      label: 'monthlyInvoice, explain: false',
      ops: CONTRACTS,
      run: () => {
        let s = 0;
        for (const job of jobs) s += monthlyInvoice({ contract: job.contract, month: job.month, explain: false }).totalYen;
        return s;
      },
    },
    {
      label: 'createInvoicer().monthlyInvoice (batch memo)',
      ops: CONTRACTS,
      run: () => {
        let s = 0;
        const invoicer = createInvoicer();
        for (const job of jobs) s += invoicer.monthlyInvoice({ contract: job.contract, month: job.month }).totalYen;
        return s;
      },
    },
    {
      label: 'createInvoicer({ explain: false })',
      ops: CONTRACTS,
      run: () => {
        let s = 0;
        const invoicer = createInvoicer({ explain: false });
        for (const job of jobs) s += invoicer.monthlyInvoice({ contract: job.contract, month: job.month }).totalYen;
        return s;
      },
    },
  ]);
}
