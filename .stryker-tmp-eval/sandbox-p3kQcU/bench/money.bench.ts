/**
 * Money benchmark, per call: `convertPrice` and `invoiceTotals` (5 lines) beside hand-written integer
 * tax arithmetic that gives the same answers: the rate in force on the day (a table of effective dates,
 * compared as text), tax = amount × rate / 100 (or / (100 + rate) from a tax-included amount) as an
 * integer division rounded floor / ceil / half-up, and for an invoice the tax once per rate from the
 * sum, shared among the lines by largest remainder (ties: larger amount, then id). Amounts stay below
 * 10^14 (invoice lines below 10^7) so that the baseline's products are exact doubles. Every answer is compared first.
 */
// @ts-nocheck

import { convertPrice, invoiceTotals, type ConvertPriceInput, type InvoiceTotalsInput, type RoundingMode } from '../src/index.js';
import { consumptionTaxTable } from '../src/money/index.js';
import { agree, compare } from './harness.js';

const N = 20_000;

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
const MODES: readonly RoundingMode[] = ['floor', 'ceil', 'half-up'];

// ---- Baseline: the standard rates by effective date, newest first (read once from the fixture) ----------
const RATES = consumptionTaxTable.rates
  .filter((r) => r.kind === 'standard')
  .map((r) => ({ from: r.effectiveFrom, percent: r.ratePercent }))
  .sort((a, b) => (a.from < b.from ? 1 : -1));
const rateOn = (date: string): number => {
  for (const r of RATES) if (r.from <= date) return r.percent;
  throw new Error(`no rate on ${date}`);
};
const lastDayOf = (month: string): string => {
  const y = +month.slice(0, 4);
  const m = +month.slice(5, 7);
  return `${month}-${pad(new Date(Date.UTC(y, m, 0)).getUTCDate())}`;
};
function divRound(n: number, d: number, mode: RoundingMode): number {
  const q = Math.floor(n / d);
  const r = n - q * d;
  if (r === 0 || mode === 'floor') return q;
  if (mode === 'ceil') return q + 1;
  return 2 * r >= d ? q + 1 : q;
}

interface Converted {
  ratePercent: number;
  taxDate: string;
  taxYen: number;
  taxExcludedYen: number;
  taxIncludedYen: number;
}
function baseConvert(i: ConvertPriceInput): Converted {
  const amount = i.amountYen as number;
  const taxDate = i.month !== undefined ? lastDayOf(i.month) : (i.on as string); // the bench passes dates as text
  const rate = rateOn(taxDate);
  const mode = i.rounding ?? 'floor';
  if (i.basis === 'tax-excluded') {
    const tax = divRound(amount * rate, 100, mode);
    return { ratePercent: rate, taxDate, taxYen: tax, taxExcludedYen: amount, taxIncludedYen: amount + tax };
  }
  const tax = divRound(amount * rate, 100 + rate, mode);
  return { ratePercent: rate, taxDate, taxYen: tax, taxExcludedYen: amount - tax, taxIncludedYen: amount };
}

interface Totals {
  taxYen: number;
  taxExcludedYen: number;
  taxIncludedYen: number;
  lineTax: number[];
}
function baseTotals(input: InvoiceTotalsInput): Totals {
  const mode = input.rounding ?? 'floor';
  const ex = input.basis === 'tax-excluded';
  const lines = input.lines;
  const n = lines.length;
  const lineTax = new Array<number>(n).fill(0);
  let taxAll = 0;
  let sumAll = 0;
  const rates: number[] = [];
  for (const l of lines) if (!rates.includes(l.ratePercent!)) rates.push(l.ratePercent!);
  for (const rate of rates) {
    let sum = 0;
    for (const l of lines) if (l.ratePercent === rate) sum += l.amountYen as number;
    const tax = divRound(sum * rate, ex ? 100 : 100 + rate, mode);
    taxAll += tax;
    sumAll += sum;
    if (sum === 0 || tax === 0) continue;
    // Largest remainder: floor shares, then one more yen to the largest remainders (ties: larger amount, then id).
    const idx: number[] = [];
    const rem: number[] = [];
    let given = 0;
    for (let i = 0; i < n; i++) {
      if (lines[i]!.ratePercent !== rate) continue;
      const p = tax * (lines[i]!.amountYen as number);
      const q = Math.floor(p / sum);
      lineTax[i] = q;
      rem[i] = p - q * sum;
      given += q;
      idx.push(i);
    }
    if (given < tax) {
      idx.sort((a, b) => rem[b]! - rem[a]! || (lines[b]!.amountYen as number) - (lines[a]!.amountYen as number) || ((lines[a]!.id ?? '') < (lines[b]!.id ?? '') ? -1 : (lines[a]!.id ?? '') > (lines[b]!.id ?? '') ? 1 : a - b));
      for (let k = 0; k < tax - given; k++) lineTax[idx[k]!]! += 1;
    }
  }
  return { taxYen: taxAll, taxExcludedYen: ex ? sumAll : sumAll - taxAll, taxIncludedYen: ex ? sumAll + taxAll : sumAll, lineTax };
}

export async function run(): Promise<void> {
  const next = rng(14);
  const amount = () => {
    const r = next();
    return r < 0.6 ? Math.floor(next() * 100_000) : r < 0.9 ? Math.floor(next() * 10_000_000) : Math.floor(next() * 1e14);
  };
  const conversions: ConvertPriceInput[] = [];
  for (let i = 0; i < N; i++) {
    const y = 1990 + Math.floor(next() * 40);
    const m = 1 + Math.floor(next() * 12);
    const basis = next() < 0.5 ? 'tax-excluded' : 'tax-included';
    const rounding = MODES[Math.floor(next() * 3)]!;
    const input: ConvertPriceInput =
      next() < 0.3
        ? { amountYen: amount(), basis, month: `${y}-${pad(m)}`, rounding }
        : { amountYen: amount(), basis, on: `${y}-${pad(m)}-${pad(1 + Math.floor(next() * 28))}`, ...(rounding === 'floor' ? {} : { rounding }) };
    conversions.push(input);
  }
  agree(
    'convertPrice',
    conversions,
    (i) => convertPrice(i),
    baseConvert,
    (a) => ({ ratePercent: a.ratePercent, taxDate: a.taxDate, taxYen: a.taxYen, taxExcludedYen: a.taxExcludedYen, taxIncludedYen: a.taxIncludedYen }),
  );

  // The same conversions with `explain: false`, each written as a literal (a spread copy would be a
  // slower kind of object on Node 20, measuring the engine rather than the library).
  const plainConversions: ConvertPriceInput[] = conversions.map((c) =>
    c.month !== undefined
      ? { amountYen: c.amountYen, basis: c.basis, month: c.month, rounding: c.rounding, explain: false }
      : c.rounding === undefined
        ? { amountYen: c.amountYen, basis: c.basis, on: c.on, explain: false }
        : { amountYen: c.amountYen, basis: c.basis, on: c.on, rounding: c.rounding, explain: false },
  );
  agree(
    'convertPrice, explain: false',
    plainConversions,
    (i) => convertPrice(i),
    baseConvert,
    (a) => ({ ratePercent: a.ratePercent, taxDate: a.taxDate, taxYen: a.taxYen, taxExcludedYen: a.taxExcludedYen, taxIncludedYen: a.taxIncludedYen }),
  );

  const invoices: InvoiceTotalsInput[] = [];
  for (let i = 0; i < N; i++) {
    const basis = next() < 0.5 ? 'tax-excluded' : 'tax-included';
    const rounding = MODES[Math.floor(next() * 3)]!;
    const lines = Array.from({ length: 5 }, (_, k) => ({
      id: `l${k}`,
      amountYen: next() < 0.8 ? Math.floor(next() * 50_000) : Math.floor(next() * 1e7),
      ratePercent: next() < 0.7 ? 10 : 8,
    }));
    invoices.push({ basis, rounding, lines });
  }
  agree(
    'invoiceTotals (5 lines)',
    invoices,
    (i) => invoiceTotals(i),
    baseTotals,
    (a) => ({ taxYen: a.taxYen, taxExcludedYen: a.taxExcludedYen, taxIncludedYen: a.taxIncludedYen, lineTax: a.lines.map((l) => l.taxYen) }),
  );

  compare('convertPrice per call', [
    {
      label: 'baseline: integer tax arithmetic',
      ops: N,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) s += baseConvert(conversions[i]!).taxYen;
        return s;
      },
    },
    {
      label: 'convertPrice (reasons, trace)',
      ops: N,
      goal: 1 / 8,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) s += convertPrice(conversions[i]!).taxYen;
        return s;
      },
    },
    {
      label: 'convertPrice, explain: false (reasons, no trace)',
      ops: N,
      goal: 1 / 8,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) s += convertPrice(plainConversions[i]!).taxYen;
        return s;
      },
    },
  ]);
  compare('invoiceTotals per call, 5 lines', [
    {
      label: 'baseline: integer sums, tax per rate, largest remainder',
      ops: N,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) s += baseTotals(invoices[i]!).taxYen;
        return s;
      },
    },
    {
      label: 'invoiceTotals (reasons, trace)',
      ops: N,
      goal: 1 / 8,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) s += invoiceTotals(invoices[i]!).taxYen;
        return s;
      },
    },
  ]);
}
