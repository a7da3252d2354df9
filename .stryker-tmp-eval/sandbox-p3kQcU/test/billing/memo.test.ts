/**
 * The totals core with and without a caller-owned memo: the same totals, shares and trace texts,
 * whatever the memo already holds (lines with equal amounts and different ids, different orders,
 * bases, modes and rates share a memo here on purpose).
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createBillingMemo } from '../../src/billing/memo.js';
import { computeTotals, rateTotalsOf, traceOfTotals, type TaxLine } from '../../src/billing/totals.js';
import { Dec } from '../../src/money/decimal.js';
import { rateMath } from '../../src/money/tax.js';

const lineArb = fc.record({
  amountYen: fc.oneof(fc.integer({ min: 0, max: 12 }), fc.constantFrom(100, 101, 3300, 4840, 9999)),
  known: fc.boolean(),
  id: fc.constantFrom('', 'a', 'b', 'c', 'ab'),
  ratePercent: fc.constantFrom(10, 8, 5, 3, 12.5, 0),
});
const caseArb = fc.record({
  basis: fc.constantFrom('tax-excluded' as const, 'tax-included' as const),
  mode: fc.constantFrom('floor' as const, 'ceil' as const, 'half-up' as const),
  lines: fc.array(lineArb, { minLength: 1, maxLength: 6 }),
});

/** Everything a core gives an invoice, as plain data. */
function view(lines: TaxLine[], basis: 'tax-excluded' | 'tax-included', mode: 'floor' | 'ceil' | 'half-up', memo?: ReturnType<typeof createBillingMemo>) {
  const t = computeTotals(basis, lines, mode, memo);
  return {
    byRate: rateTotalsOf(t),
    lines: [t.lineAmountYen, t.lineTaxYen, t.lineTaxExcludedYen, t.lineTaxIncludedYen],
    totals: [t.taxYen, t.taxExcludedYen, t.taxIncludedYen],
    trace: traceOfTotals(t, basis, mode, [], memo),
  };
}

describe('computeTotals with a memo', () => {
  it('property: the same totals, per-line shares and trace with a shared memo, a full one, or none', () => {
    const memo = createBillingMemo();
    const tiny = createBillingMemo(2);
    const rates = new Map<number, ReturnType<typeof rateMath>>();
    fc.assert(
      fc.property(caseArb, ({ basis, mode, lines: raw }) => {
        const lines: TaxLine[] = raw.map((l) => {
          const rate = rates.get(l.ratePercent) ?? rateMath(l.ratePercent);
          rates.set(l.ratePercent, rate);
          return { amount: new Dec(l.amountYen), amountYen: l.known ? l.amountYen : undefined, rate, tieKey: l.id };
        });
        const fresh = view(lines, basis, mode);
        expect(view(lines, basis, mode, memo)).toEqual(fresh);
        expect(view(lines, basis, mode, memo)).toEqual(fresh);
        expect(view(lines, basis, mode, tiny)).toEqual(fresh);
      }),
      { numRuns: 1500 },
    );
    expect(memo.shares.size).toBeGreaterThan(0);
    expect(tiny.parts.size).toBeLessThanOrEqual(2);
  });

  it('shares of equal amounts follow the ids, not what an earlier invoice with other ids left in the memo', () => {
    const memo = createBillingMemo();
    const rate = rateMath(10);
    const mk = (ids: string[]): TaxLine[] => ids.map((id) => ({ amount: new Dec(5), amountYen: 5, rate, tieKey: id }));
    // 3 × ¥5 tax-excluded at 10%: tax 1 (1.5 floored); the one yen goes to the smallest id.
    expect(computeTotals('tax-excluded', mk(['b', 'c', 'a']), 'floor', memo).lineTaxYen).toEqual([0, 0, 1]);
    expect(computeTotals('tax-excluded', mk(['a', 'c', 'b']), 'floor', memo).lineTaxYen).toEqual([1, 0, 0]);
    expect(computeTotals('tax-excluded', mk(['c', 'a', 'b']), 'floor', memo).lineTaxYen).toEqual([0, 1, 0]);
  });

  it('keeps the bases apart: the same tax on the same amounts is added on one basis and taken out on the other', () => {
    const memo = createBillingMemo();
    const rate = rateMath(10);
    const lines: TaxLine[] = ['a', 'b'].map((id) => ({ amount: new Dec(5), amountYen: 5, rate, tieKey: id }));
    // ¥10 at 10% rounded up: tax ¥1 on both bases (1.0 and 0.90…); line a gets the yen.
    const excluded = computeTotals('tax-excluded', lines, 'ceil', memo);
    expect([excluded.lineTaxExcludedYen, excluded.lineTaxIncludedYen]).toEqual([[5, 5], [6, 5]]);
    const included = computeTotals('tax-included', lines, 'ceil', memo);
    expect([included.lineTaxExcludedYen, included.lineTaxIncludedYen]).toEqual([[4, 5], [5, 5]]);
  });
});
