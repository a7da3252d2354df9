/**
 * invoiceTotals: qualified-invoice rounding (消費税法施行令 第70条の10, ref:shohizei-rei-70-10: 「Fractions below ¥1 are rounded once
 * per invoice per tax rate」) and the per-line allocation.
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { allocateYen, InvalidInputError, invoiceTotals, OutOfRangeError, type InvoiceTotalsInput, type RoundingMode } from '../../src/index.js';
import { textOf } from '../helpers/passage.js';

describe('examples', () => {
  it('three lines of ¥105 tax-excluded at 10%, rounding down: ¥31 once (per line would give ¥30)', () => {
    const r = invoiceTotals({ basis: 'tax-excluded', lines: [105, 105, 105].map((a) => ({ amountYen: a, ratePercent: 10 })) });
    expect(r.taxYen).toBe(31);
    expect(r.taxIncludedYen).toBe(346);
    expect(r.byRate).toEqual([
      { ratePercent: 10, lineCount: 3, amountYen: 315, taxExcludedYen: 315, taxYen: 31, taxIncludedYen: 346, unroundedTaxYen: '31.5' },
    ]);
    expect(r.lines.map((l) => l.taxYen)).toEqual([11, 10, 10]);
    expect(r.lines.reduce((s, l) => s + l.taxYen, 0)).toBe(31);
  });

  it('three lines of ¥1,000 tax-included at 10%: 3,000 × 10/110 = 272.72 → ¥272 down, ¥273 nearest/up (per line: 270)', () => {
    const lines = [1000, 1000, 1000].map((a) => ({ amountYen: a, ratePercent: 10 }));
    expect(invoiceTotals({ basis: 'tax-included', lines }).taxYen).toBe(272);
    expect(invoiceTotals({ basis: 'tax-included', lines, rounding: 'half-up' }).taxYen).toBe(273);
    expect(invoiceTotals({ basis: 'tax-included', lines, rounding: 'ceil' }).taxYen).toBe(273);
    const r = invoiceTotals({ basis: 'tax-included', lines });
    expect(r.taxExcludedYen).toBe(2728);
    expect(r.byRate[0]!.unroundedTaxYen).toBe('272.727272…');
    expect(r.lines.map((l) => [l.taxYen, l.taxExcludedYen, l.taxIncludedYen])).toEqual([
      [91, 909, 1000],
      [91, 909, 1000],
      [90, 910, 1000],
    ]);
  });

  it('mixed rates: one tax per rate, highest rate first', () => {
    const r = invoiceTotals({
      basis: 'tax-excluded',
      lines: [
        { id: 'food', amountYen: 1001, ratePercent: 8 },
        { id: 'support', amountYen: 3900, ratePercent: 10 },
        { id: 'paper', amountYen: 1001, ratePercent: 8 },
      ],
    });
    expect(r.byRate.map((g) => [g.ratePercent, g.amountYen, g.taxYen])).toEqual([
      [10, 3900, 390],
      [8, 2002, 160], // 160.16 → 160 (per line 80 + 80 = 160 here, but computed once)
    ]);
    expect(r.taxYen).toBe(550);
    expect(r.taxIncludedYen).toBe(6452);
    expect(r.lines.map((l) => l.id)).toEqual(['food', 'support', 'paper']);
  });

  it('lines can give a date instead of a rate: the rate in force that day', () => {
    const r = invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 1000, on: '2019-09-30' }, { amountYen: 1000, on: '2019-10-01' }] });
    expect(r.byRate.map((g) => [g.ratePercent, g.taxYen])).toEqual([
      [10, 100],
      [8, 80],
    ]);
    expect(invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 1000, on: '2019-10-01', rateKind: 'reduced' }] }).byRate[0]!.ratePercent).toBe(8);
  });

  it('an empty invoice is all zeros; a 0% line has no tax', () => {
    expect(invoiceTotals({ basis: 'tax-included', lines: [] })).toMatchObject({ taxYen: 0, taxIncludedYen: 0, byRate: [], lines: [] });
    expect(invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 500, ratePercent: 0 }] }).taxYen).toBe(0);
  });

  it('explains itself, with the rounding rule’s source', () => {
    const r = invoiceTotals({ basis: 'tax-included', lines: [{ amountYen: 3000, ratePercent: 10 }] });
    expect(r.reasons[0]).toMatchObject({ rule: 'invoice.tax-once-per-rate', factId: 'jp-qualified-invoice-rounding' });
    expect(textOf(r.reasons[0]!.source?.passage)).toContain('once per invoice per tax rate');
    expect(r.trace[0]).toBe('10%: 1 line(s), 3,000 tax-included; tax = 3,000 × 10/110 = 272.727272… → 272 (floor, once for the rate)');
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });

  it('does not mutate its input', () => {
    const input = { basis: 'tax-excluded' as const, lines: [{ amountYen: 105, ratePercent: 10 }, { amountYen: 106, ratePercent: 10 }] };
    const copy = structuredClone(input);
    invoiceTotals(input);
    expect(input).toEqual(copy);
  });
});

describe('bad input', () => {
  const ok: InvoiceTotalsInput = { basis: 'tax-excluded', lines: [{ amountYen: 100, ratePercent: 10 }] };
  it.each([
    [{ lines: [{ amountYen: 1.5, ratePercent: 10 }] }, 'invalid_input', ['lines', 0, 'amountYen']],
    [{ lines: [{ amountYen: 1, ratePercent: 10 }, { amountYen: -5, ratePercent: 10 }] }, 'invalid_input', ['lines', 1, 'amountYen']],
    [{ lines: [{ amountYen: 'x', ratePercent: 10 }] }, 'invalid_input', ['lines', 0, 'amountYen']],
    [{ lines: [{ amountYen: Number.NaN, ratePercent: 10 }] }, 'invalid_input', ['lines', 0, 'amountYen']],
    [{ lines: [{ amountYen: 1 }] }, 'invalid_input', ['lines', 0, 'ratePercent']],
    [{ lines: [{ amountYen: 1, ratePercent: 101 }] }, 'invalid_input', ['lines', 0, 'ratePercent']],
    [{ lines: [{ amountYen: 1, ratePercent: '10' }] }, 'invalid_input', ['lines', 0, 'ratePercent']],
    [{ lines: [{ amountYen: 1, ratePercent: 10, on: '2020-01-01' }] }, 'invalid_input', ['lines', 0, 'on']],
    [{ lines: [{ amountYen: 1, on: '1989-01-01' }] }, 'out_of_range', ['lines', 0, 'on']],
    [{ lines: [{ amountYen: 1, on: '2020-02-30' }] }, 'invalid_input', ['lines', 0, 'on']],
    [{ lines: [null] }, 'invalid_input', ['lines', 0]],
    [{ lines: 'x' }, 'invalid_input', ['lines']],
    [{ basis: 'net' }, 'invalid_input', ['basis']],
    [{ rounding: 'up' }, 'invalid_input', ['rounding']],
  ])('%j → %s at %j', (patch, code, path) => {
    try {
      invoiceTotals({ ...ok, ...(patch as object) } as InvoiceTotalsInput);
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidInputError).code).toBe(code);
      expect((e as InvalidInputError).path).toEqual(path);
    }
  });
  it('OutOfRangeError is the class for a date before consumption tax', () => {
    expect(() => invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 1, on: '1989-03-31' }] })).toThrow(OutOfRangeError);
  });
});

describe('allocateYen', () => {
  it('splits exactly by largest remainder', () => {
    expect(allocateYen({ totalYen: 100, weights: [1, 1, 1] })).toEqual([34, 33, 33]);
    expect(allocateYen({ totalYen: 272, weights: [1000, 1000, 1000] })).toEqual([91, 91, 90]);
    expect(allocateYen({ totalYen: 10, weights: [0, 0] })).toEqual([5, 5]);
    expect(allocateYen({ totalYen: 7, weights: [0, 3] })).toEqual([0, 7]);
    expect(allocateYen({ totalYen: 5, weights: [1, 2, 7] })).toEqual([0, 1, 4]); // 0.5, 1, 3.5 → ties to the larger weight
  });
  it('rejects bad totals and weights', () => {
    expect(() => allocateYen({ totalYen: 1.5, weights: [1] })).toThrow(InvalidInputError);
    expect(() => allocateYen({ totalYen: 1, weights: [] })).toThrow(InvalidInputError);
    expect(() => allocateYen({ totalYen: 1, weights: [1, -1] })).toThrow(expect.objectContaining({ path: ['weights', 1] }));
  });
});

// ---- properties, against an independent BigInt oracle --------------------------------------------
const RATES = [0, 3, 5, 8, 10] as const;
const line = fc.record({ amountYen: fc.integer({ min: 0, max: 50_000_000 }), ratePercent: fc.constantFrom(...RATES) });
const lines = fc.array(line, { maxLength: 12 });
const basis = fc.constantFrom('tax-included' as const, 'tax-excluded' as const);
const mode = fc.constantFrom<RoundingMode>('floor', 'ceil', 'half-up');

/** round(n/d) for non-negative BigInts. */
function roundBig(n: bigint, d: bigint, m: RoundingMode): bigint {
  const q = n / d;
  const r = n % d;
  if (m === 'floor' || r === 0n) return q;
  if (m === 'ceil') return q + 1n;
  return 2n * r >= d ? q + 1n : q;
}

describe('properties', () => {
  it("each rate's tax is the rounded sum of the unrounded line taxes (never per line)", () => {
    fc.assert(
      fc.property(lines, basis, mode, (ls, b, m) => {
        const r = invoiceTotals({ basis: b, lines: ls, rounding: m });
        for (const rate of RATES) {
          const at = ls.filter((l) => l.ratePercent === rate);
          if (at.length === 0) continue;
          // Σ (amount_i × rate / D) = (Σ amount_i × rate) / D exactly, with D = 100 or 100 + rate.
          const d = BigInt(b === 'tax-excluded' ? 100 : 100 + rate);
          const unroundedSumNumerator = at.reduce((s, l) => s + BigInt(l.amountYen) * BigInt(rate), 0n);
          const expected = roundBig(unroundedSumNumerator, d, m);
          expect(BigInt(r.byRate.find((g) => g.ratePercent === rate)!.taxYen)).toBe(expected);
        }
        expect(r.taxYen).toBe(r.byRate.reduce((s, g) => s + g.taxYen, 0));
        expect(r.taxExcludedYen + r.taxYen).toBe(r.taxIncludedYen);
      }),
      { numRuns: 300 },
    );
  });

  it("per-line allocations add up to each rate's tax, each within one yen of its exact share", () => {
    fc.assert(
      fc.property(lines, basis, mode, (ls, b, m) => {
        const r = invoiceTotals({ basis: b, lines: ls, rounding: m });
        for (const g of r.byRate) {
          const at = r.lines.filter((l) => l.ratePercent === g.ratePercent);
          expect(at.reduce((s, l) => s + l.taxYen, 0)).toBe(g.taxYen);
          const total = BigInt(g.amountYen);
          for (const l of at) {
            // share = tax × amount / Σ amounts; the allocation is floor(share) or floor(share) + 1
            const floorShare = total === 0n ? 0n : (BigInt(g.taxYen) * BigInt(l.amountYen)) / total;
            expect(BigInt(l.taxYen) - floorShare >= 0n && BigInt(l.taxYen) - floorShare <= 1n).toBe(true);
            expect(l.taxExcludedYen + l.taxYen).toBe(l.taxIncludedYen);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('results never depend on line order', () => {
    fc.assert(
      fc.property(
        lines.chain((ls) => fc.tuple(fc.constant(ls), fc.shuffledSubarray(ls.map((_, i) => i), { minLength: ls.length, maxLength: ls.length }))),
        basis,
        mode,
        ([ls, order], b, m) => {
          const a = invoiceTotals({ basis: b, lines: ls, rounding: m });
          const shuffled = invoiceTotals({ basis: b, lines: order.map((i) => ls[i]!), rounding: m });
          expect(shuffled.byRate).toEqual(a.byRate);
          expect([shuffled.taxYen, shuffled.taxExcludedYen, shuffled.taxIncludedYen]).toEqual([a.taxYen, a.taxExcludedYen, a.taxIncludedYen]);
          const key = (l: { ratePercent: number; amountYen: number; taxYen: number }) => `${l.ratePercent}:${l.amountYen}:${l.taxYen}`;
          expect(shuffled.lines.map(key).sort()).toEqual(a.lines.map(key).sort());
          // and line by line: the line at shuffled position k is input line order[k], with the same share
          // (lines identical in rate and amount are interchangeable)
          shuffled.lines.forEach((l, k) => {
            const original = a.lines[order[k]!]!;
            if (l.taxYen !== original.taxYen) {
              expect(a.lines.some((o) => o.ratePercent === l.ratePercent && o.amountYen === l.amountYen && o.taxYen === l.taxYen)).toBe(true);
            }
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
