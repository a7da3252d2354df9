/**
 * invoiceTotals against an independent BigInt oracle, exact to the yen on every field: each rate's tax rounded once
 * from the unrounded sum (消費税法施行令 第70条の10, ref:shohizei-rei-70-10: 「Fractions below ¥1 are rounded once per
 * invoice per tax rate」), each line's share by largest remainder with the documented ties (the larger remainder, then
 * the larger amount, then the id, then the earlier line), the rates highest first, and the totals. Amounts up to
 * 10^15 take the decimal path (a product tax × amount beyond the safe integers), small ones the integer path: both
 * must give the oracle's answer.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { invoiceTotals, type InvoiceTotalsLine, type RoundingMode } from '../../src/index.js';

type Basis = 'tax-excluded' | 'tax-included';

/** The rate as an exact fraction num / 10^6 of the amount (rate percent × 10^4 / 10^6). */
function rateNum(r: number): bigint {
  return BigInt(Math.round(r * 10_000));
}

function roundBig(n: bigint, d: bigint, m: RoundingMode): bigint {
  const q = n / d;
  const r = n % d;
  if (m === 'floor' || r === 0n) return q;
  if (m === 'ceil') return q + 1n;
  return 2n * r >= d ? q + 1n : q;
}

interface OracleLine {
  index: number;
  id?: string;
  ratePercent: number;
  amountYen: number;
  taxYen: number;
  taxExcludedYen: number;
  taxIncludedYen: number;
}

/** The expected invoice, computed with BigInt only. */
function oracle(basis: Basis, lines: readonly { amountYen: number; ratePercent: number; id?: string }[], m: RoundingMode) {
  const rates = [...new Set(lines.map((l) => l.ratePercent))].sort((a, b) => b - a);
  const out: OracleLine[] = lines.map((l, index) => ({ index, ...(l.id !== undefined ? { id: l.id } : {}), ratePercent: l.ratePercent, amountYen: l.amountYen, taxYen: 0, taxExcludedYen: 0, taxIncludedYen: 0 }));
  const byRate: { ratePercent: number; lineCount: number; amountYen: number; taxExcludedYen: number; taxYen: number; taxIncludedYen: number }[] = [];
  let tax = 0n;
  let sumAll = 0n;
  for (const r of rates) {
    const idx = lines.map((l, i) => (l.ratePercent === r ? i : -1)).filter((i) => i >= 0);
    const sum = idx.reduce((s, i) => s + BigInt(lines[i]!.amountYen), 0n);
    const num = rateNum(r);
    const den = basis === 'tax-excluded' ? 1_000_000n : 1_000_000n + num;
    const t = roundBig(sum * num, den, m);
    tax += t;
    sumAll += sum;
    byRate.push({
      ratePercent: r,
      lineCount: idx.length,
      amountYen: Number(sum),
      taxExcludedYen: Number(basis === 'tax-excluded' ? sum : sum - t),
      taxYen: Number(t),
      taxIncludedYen: Number(basis === 'tax-excluded' ? sum + t : sum),
    });
    // Largest remainder.
    const parts = new Map<number, bigint>();
    const rems = new Map<number, bigint>();
    let given = 0n;
    for (const i of idx) {
      const w = BigInt(lines[i]!.amountYen);
      const q = sum === 0n ? 0n : (t * w) / sum;
      parts.set(i, q);
      rems.set(i, sum === 0n ? 0n : t * w - q * sum);
      given += q;
    }
    let left = sum === 0n ? 0n : t - given;
    const order = [...idx].sort((a, b) => {
      const ra = rems.get(a)!;
      const rb = rems.get(b)!;
      if (ra !== rb) return ra > rb ? -1 : 1;
      const wa = lines[a]!.amountYen;
      const wb = lines[b]!.amountYen;
      if (wa !== wb) return wb - wa;
      const ka = lines[a]!.id ?? '';
      const kb = lines[b]!.id ?? '';
      if (ka !== kb) return ka < kb ? -1 : 1;
      return a - b;
    });
    for (const i of order) {
      if (left === 0n) break;
      parts.set(i, parts.get(i)! + 1n);
      left -= 1n;
    }
    for (const i of idx) {
      const a = BigInt(lines[i]!.amountYen);
      const p = parts.get(i)!;
      out[i]!.taxYen = Number(p);
      out[i]!.taxExcludedYen = Number(basis === 'tax-excluded' ? a : a - p);
      out[i]!.taxIncludedYen = Number(basis === 'tax-excluded' ? a + p : a);
    }
  }
  return {
    byRate,
    lines: out,
    taxYen: Number(tax),
    taxExcludedYen: Number(basis === 'tax-excluded' ? sumAll : sumAll - tax),
    taxIncludedYen: Number(basis === 'tax-excluded' ? sumAll + tax : sumAll),
  };
}

const yen = (n: number) => n.toLocaleString('en-US');

function check(basis: Basis, lines: readonly { amountYen: number; ratePercent: number; id?: string }[], rounding: RoundingMode) {
  const r = invoiceTotals({ basis, lines: lines as InvoiceTotalsLine[], rounding });
  const o = oracle(basis, lines, rounding);
  expect(r.byRate.map(({ unroundedTaxYen: _, ...g }) => g)).toStrictEqual(o.byRate);
  expect(r.lines).toStrictEqual(o.lines);
  expect([r.taxYen, r.taxExcludedYen, r.taxIncludedYen]).toStrictEqual([o.taxYen, o.taxExcludedYen, o.taxIncludedYen]);
  expect(r.basis).toBe(basis);
  expect(r.rounding).toBe(rounding);
  // The trace: one line per rate (highest first), then the invoice total.
  expect(r.trace).toHaveLength(o.byRate.length + 1);
  o.byRate.forEach((g, k) => {
    expect(r.trace[k]!.startsWith(`${g.ratePercent}%: ${g.lineCount} line(s), ${yen(g.amountYen)} ${basis}; tax = ${yen(g.amountYen)} × `)).toBe(true);
    expect(r.trace[k]!.endsWith(` → ${yen(g.taxYen)} (${rounding}, once for the rate)`)).toBe(true);
  });
  expect(r.trace.at(-1)).toBe(`total: ${yen(o.taxExcludedYen)} + tax ${yen(o.taxYen)} = ${yen(o.taxIncludedYen)}`);
  return r;
}

const RATES = [0, 3, 5, 8, 10, 12.5, 0.0001, 99.9999, 100] as const;
const ids = fc.option(fc.constantFrom('', 'a', 'b', 'ab', 'b0'), { nil: undefined });
const small = fc.oneof(fc.integer({ min: 0, max: 30 }), fc.constantFrom(100, 101, 105, 1000, 1001, 3300, 3900, 9999));
const large = fc.oneof(fc.integer({ min: 10 ** 13, max: 8 * 10 ** 14 }), fc.constantFrom(8 * 10 ** 14, 799_999_999_999_999, 10 ** 14 + 1));
const lineArb = (amount: fc.Arbitrary<number>) =>
  fc.record({ amountYen: amount, ratePercent: fc.constantFrom(...RATES), id: ids }).map(({ id, ...l }) => (id === undefined ? l : { ...l, id }));
const basisArb = fc.constantFrom<Basis>('tax-excluded', 'tax-included');
const modeArb = fc.constantFrom<RoundingMode>('floor', 'ceil', 'half-up');

describe('invoiceTotals = the BigInt oracle, field by field', () => {
  it('property: small amounts (the integer path)', () => {
    fc.assert(
      fc.property(fc.array(lineArb(small), { maxLength: 9 }), basisArb, modeArb, (ls, b, m) => {
        check(b, ls, m);
      }),
      { numRuns: 60 },
    );
  });

  it('property: groups of 12 to 40 lines at two rates (leftover yen shared by selection up to 16 lines a rate, by a sort beyond)', () => {
    const twoRates = fc.record({ amountYen: small, ratePercent: fc.constantFrom(8, 10), id: ids }).map(({ id, ...l }) => (id === undefined ? l : { ...l, id }));
    fc.assert(
      fc.property(fc.array(twoRates, { minLength: 12, maxLength: 40 }), basisArb, modeArb, (ls, b, m) => {
        check(b, ls, m);
      }),
      { numRuns: 80 },
    );
  });

  it('property: 9 to 30 lines over up to 14 distinct rates in any order (groups found by a scan, then by a Map from the 9th rate)', () => {
    const manyRates = fc
      .record({ amountYen: small, ratePercent: fc.constantFrom(...RATES, 1, 2, 4, 6, 7), id: ids })
      .map(({ id, ...l }) => (id === undefined ? l : { ...l, id }));
    fc.assert(
      fc.property(fc.array(manyRates, { minLength: 9, maxLength: 30 }), basisArb, modeArb, (ls, b, m) => {
        check(b, ls, m);
      }),
      { numRuns: 80 },
    );
    // Fourteen rates, each line back to an earlier rate once the Map is made.
    const rates = [...RATES, 1, 2, 4, 6, 7];
    check('tax-excluded', [...rates, ...rates.reverse()].map((ratePercent, i) => ({ amountYen: 100 + i, ratePercent })), 'half-up');
  });

  it('property: amounts up to 10^15 (the decimal path: tax × amount beyond the safe integers)', () => {
    fc.assert(
      fc.property(fc.array(lineArb(fc.oneof(small, large)), { maxLength: 5 }), basisArb, modeArb, (ls, b, m) => {
        check(b, ls, m);
      }),
      { numRuns: 60 },
    );
  });

  it('examples: the tie rules, one by one, on both paths', () => {
    const scales = [1, 10 ** 12];
    for (const s of scales) {
      // 10% of 3 × 105 = 31.5 → 31: one yen left; equal remainders and amounts: the id decides ('a' before 'b').
      check('tax-excluded', [{ amountYen: 105 * s, ratePercent: 10, id: 'b' }, { amountYen: 105 * s, ratePercent: 10, id: 'a' }, { amountYen: 105 * s, ratePercent: 10, id: 'b' }], 'floor');
      // Equal remainders, different amounts: the larger amount first.
      check('tax-excluded', [{ amountYen: 1 * s, ratePercent: 10 }, { amountYen: 3 * s, ratePercent: 10 }, { amountYen: 1 * s, ratePercent: 10 }], 'ceil');
      // Same ids: the earlier line.
      check('tax-included', [{ amountYen: 1000 * s, ratePercent: 10, id: 'x' }, { amountYen: 1000 * s, ratePercent: 10, id: 'x' }, { amountYen: 1000 * s, ratePercent: 10, id: 'x' }], 'floor');
      // Three and four rates, in every order: highest rate first.
      check('tax-excluded', [{ amountYen: 7 * s, ratePercent: 3 }, { amountYen: 11 * s, ratePercent: 10 }, { amountYen: 13 * s, ratePercent: 8 }, { amountYen: 17 * s, ratePercent: 12.5 }], 'half-up');
      check('tax-included', [{ amountYen: 17 * s, ratePercent: 12.5 }, { amountYen: 13 * s, ratePercent: 8 }, { amountYen: 11 * s, ratePercent: 10 }, { amountYen: 7 * s, ratePercent: 3 }], 'ceil');
      check('tax-included', [{ amountYen: 5 * s, ratePercent: 8 }, { amountYen: 5 * s, ratePercent: 10 }], 'floor');
      check('tax-included', [{ amountYen: 5 * s, ratePercent: 10 }, { amountYen: 5 * s, ratePercent: 8 }], 'floor');
    }
  });

  it('examples: a zero line among others gets no share; all-zero lines; lines back to a rate seen before', () => {
    const r = check('tax-excluded', [{ amountYen: 0, ratePercent: 10 }, { amountYen: 105, ratePercent: 10 }, { amountYen: 106, ratePercent: 10 }], 'ceil');
    expect(r.lines.map((l) => l.taxYen)).toEqual([0, 11, 11]); // 21.1 → 22: 10 + 11 floors, one yen to 106's larger remainder
    check('tax-included', [{ amountYen: 0, ratePercent: 10 }, { amountYen: 0, ratePercent: 10 }], 'ceil');
    const back = check('tax-excluded', [{ amountYen: 100, ratePercent: 10 }, { amountYen: 100, ratePercent: 8 }, { amountYen: 101, ratePercent: 10 }, { amountYen: 99, ratePercent: 8 }, { amountYen: 1, ratePercent: 10 }], 'floor');
    expect(back.byRate.map((g) => [g.ratePercent, g.lineCount, g.amountYen, g.taxYen])).toEqual([
      [10, 3, 202, 20],
      [8, 2, 199, 15],
    ]);
    check('tax-excluded', [{ amountYen: 10 ** 15, ratePercent: 10 }, { amountYen: 3, ratePercent: 8 }, { amountYen: 10 ** 15, ratePercent: 10 }, { amountYen: 0, ratePercent: 8 }, { amountYen: 10 ** 14 + 7, ratePercent: 8 }], 'half-up');
  });

  it('a single line at 10% on the decimal path: ¥999,999,999,999,999 → tax ¥99,999,999,999,999 (floor of .9)', () => {
    const r = check('tax-excluded', [{ amountYen: 999_999_999_999_999, ratePercent: 10 }], 'floor');
    expect(r.taxYen).toBe(99_999_999_999_999);
    expect(r.byRate[0]!.unroundedTaxYen).toBe('99999999999999.9');
  });
});
