/**
 * invoiceTotals at the edge of exact numbers: a result is a safe integer (≤ 2^53 − 1 = 9,007,199,254,740,991) or the
 * invoice is refused (OutOfRangeError at ['lines'], the exact amount in details.value); never a rounded number. At
 * 0.0001% (numerator 1 over 10^6) a sum near 2^53 still has a safe product sum × rate, so its tax is computed in
 * integers while the total (sum + tax) or the invoice's sum of rates may pass 2^53 − 1; and a share's product
 * tax × amount passes 2^53 long before. Expected shares come from a BigInt largest-remainder oracle (floors of
 * tax × amount / sum, then one yen each to the largest remainders; ties to the larger amount, then the id, then the
 * earlier line), taxes from hand arithmetic in the comments.
 */
import { describe, expect, it } from 'vitest';
import { invoiceTotals, OutOfRangeError, type InvoiceTotalsLine, type RoundingMode } from '../../src/index.js';

function refusal(call: () => unknown): { cls: unknown; path: unknown; message: string; details: unknown } {
  try {
    call();
  } catch (e) {
    const err = e as OutOfRangeError;
    return { cls: err.constructor, path: err.path, message: err.message, details: err.details };
  }
  throw new Error('expected a refusal');
}

const beyond = (value: string) => ({ cls: OutOfRangeError, path: ['lines'], message: `lines: Yen amount ${value} cannot be returned as an exact number`, details: { value } });

/** One rate's shares by the BigInt oracle. */
function shares(tax: bigint, lines: readonly { amountYen: number; id?: string }[]): number[] {
  const w = lines.map((l) => BigInt(l.amountYen));
  const sum = w.reduce((a, b) => a + b, 0n);
  if (sum === 0n) return w.map(() => 0);
  const parts = w.map((x) => (tax * x) / sum);
  const rems = w.map((x, i) => tax * x - parts[i]! * sum);
  let left = tax - parts.reduce((a, b) => a + b, 0n);
  const order = w.map((_, i) => i).sort((a, b) => {
    if (rems[a] !== rems[b]) return rems[a]! > rems[b]! ? -1 : 1;
    if (w[a] !== w[b]) return w[a]! > w[b]! ? -1 : 1;
    const ka = lines[a]!.id ?? '';
    const kb = lines[b]!.id ?? '';
    if (ka !== kb) return ka < kb ? -1 : 1;
    return a - b;
  });
  for (const i of order) {
    if (left === 0n) break;
    parts[i] = parts[i]! + 1n;
    left -= 1n;
  }
  return parts.map(Number);
}

describe('one rate: the total at 2^53 − 1 is returned, one yen more is refused', () => {
  it('9,007,190,247,550,744 at 0.0001% tax-excluded: tax 9,007,190,247 (floor of .550744), total exactly 2^53 − 1', () => {
    // 9,007,190,247,550,744 × 1 / 10^6 = 9,007,190,247.550744 → 9,007,190,247; + the amount = 9,007,199,254,740,991.
    const r = invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 9_007_190_247_550_744, ratePercent: 0.0001 }] });
    expect([r.taxExcludedYen, r.taxYen, r.taxIncludedYen]).toEqual([9_007_190_247_550_744, 9_007_190_247, 9_007_199_254_740_991]);
    expect(r.lines).toStrictEqual([{ index: 0, ratePercent: 0.0001, amountYen: 9_007_190_247_550_744, taxYen: 9_007_190_247, taxExcludedYen: 9_007_190_247_550_744, taxIncludedYen: 9_007_199_254_740_991 }]);
    expect(r.byRate[0]!.unroundedTaxYen).toBe('9007190247.550744');
    expect(r.trace).toEqual([
      '0.0001%: 1 line(s), 9,007,190,247,550,744 tax-excluded; tax = 9,007,190,247,550,744 × 0.0001/100 = 9007190247.550744 → 9,007,190,247 (floor, once for the rate)',
      'total: 9,007,190,247,550,744 + tax 9,007,190,247 = 9,007,199,254,740,991',
    ]);
  });

  it('one yen more: the total 9,007,199,254,740,992 is refused', () => {
    expect(refusal(() => invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 9_007_190_247_550_745, ratePercent: 0.0001 }] }))).toEqual(beyond('9007199254740992'));
    // The largest amount: 9,007,199,254,740,991 + 9,007,199,254 (its tax) = 9,007,208,261,940,245.
    expect(refusal(() => invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 9_007_199_254_740_991, ratePercent: 0.0001 }] }))).toEqual(beyond('9007208261940245'));
  });
});

describe('two rates: each rate is exact, the invoice total passes 2^53 − 1', () => {
  it('tax-excluded: 5,007,199,253,740,991 at 0% + 4 × 10^15 at 0.0001% (tax 4 × 10^9) = 9,007,203,253,740,991: refused', () => {
    const lines = [{ amountYen: 5_007_199_253_740_991, ratePercent: 0 }, { amountYen: 4e15, ratePercent: 0.0001 }];
    expect(refusal(() => invoiceTotals({ basis: 'tax-excluded', lines }))).toEqual(beyond('9007203253740991'));
  });

  it('tax-excluded: 4 × 10^9 less at 0%: the total is exactly 2^53 − 1', () => {
    const r = invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 5_007_195_253_740_991, ratePercent: 0 }, { amountYen: 4e15, ratePercent: 0.0001 }] });
    expect([r.taxExcludedYen, r.taxYen, r.taxIncludedYen]).toEqual([9_007_195_253_740_991, 4_000_000_000, 9_007_199_253_740_991]);
    const r2 = invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 5_007_195_254_740_991, ratePercent: 0 }, { amountYen: 4e15, ratePercent: 0.0001 }] });
    expect([r2.taxExcludedYen, r2.taxYen, r2.taxIncludedYen]).toEqual([9_007_195_254_740_991, 4_000_000_000, 9_007_199_254_740_991]);
    expect(r2.byRate.map((g) => [g.ratePercent, g.amountYen, g.taxYen, g.taxIncludedYen])).toEqual([
      [0.0001, 4e15, 4e9, 4_000_004_000_000_000],
      [0, 5_007_195_254_740_991, 0, 5_007_195_254_740_991],
    ]);
  });

  it('tax-included: two lines of 2^52 (one at 0%, one at 0.0001%) sum to 2^53: refused; one yen less is exact', () => {
    expect(refusal(() => invoiceTotals({ basis: 'tax-included', lines: [{ amountYen: 2 ** 52, ratePercent: 0 }, { amountYen: 2 ** 52, ratePercent: 0.0001 }] }))).toEqual(beyond('9007199254740992'));
    const r = invoiceTotals({ basis: 'tax-included', lines: [{ amountYen: 2 ** 52 - 1, ratePercent: 0 }, { amountYen: 2 ** 52, ratePercent: 0.0001 }] });
    // 4,503,599,627,370,496 × 1 / 1,000,001 = 4,503,595,123.775… → 4,503,595,123; excluded = 2^53 − 1 − 4,503,595,123.
    expect([r.taxExcludedYen, r.taxYen, r.taxIncludedYen]).toEqual([9_007_194_751_145_868, 4_503_595_123, 9_007_199_254_740_991]);
    expect(r.byRate[0]!.unroundedTaxYen).toBe('4503595123.775372…');
  });
});

describe('shares whose product tax × amount passes 2^53 (exact all the same)', () => {
  const cases: [string, InvoiceTotalsLine[], RoundingMode, 'tax-excluded' | 'tax-included'][] = [
    // Sum 6,000,000,000,000,004; tax ceil(6,000,000,000.000004) = 6,000,000,001: one yen over the floors, to the larger remainder.
    ['ceil, three lines', [{ amountYen: 3e15 + 1, ratePercent: 0.0001 }, { amountYen: 3e15 + 2, ratePercent: 0.0001 }, { amountYen: 1, ratePercent: 0.0001 }], 'ceil', 'tax-excluded'],
    // Equal amounts and remainders: the id decides, then the earlier line.
    ['ids', [{ amountYen: 2e15 + 1, ratePercent: 0.0001, id: 'b' }, { amountYen: 2e15 + 1, ratePercent: 0.0001, id: 'a' }, { amountYen: 2e15 + 1, ratePercent: 0.0001, id: 'b' }], 'ceil', 'tax-excluded'],
    ['half-up, tax-included', [{ amountYen: 4_503_599_627_370_000, ratePercent: 0.0001 }, { amountYen: 999_999_999_999, ratePercent: 0.0001 }, { amountYen: 7, ratePercent: 0.0001 }], 'half-up', 'tax-included'],
    ['floor, many small lines beside a large one', [{ amountYen: 8e15, ratePercent: 0.0001 }, ...[3, 5, 7, 11, 13].map((a) => ({ amountYen: a * 1e11 + a, ratePercent: 0.0001 }))], 'floor', 'tax-excluded'],
  ];
  it.each(cases)('%s', (_name, lines, rounding, basis) => {
    const r = invoiceTotals({ basis, lines, rounding });
    const sum = lines.reduce((a, l) => a + BigInt(l.amountYen), 0n);
    const den = basis === 'tax-excluded' ? 1_000_000n : 1_000_001n;
    const q = sum / den;
    const rem = sum % den;
    const tax = rem === 0n || rounding === 'floor' ? q : rounding === 'ceil' ? q + 1n : 2n * rem >= den ? q + 1n : q;
    expect(r.taxYen).toBe(Number(tax));
    expect(r.lines.map((l) => l.taxYen)).toEqual(shares(tax, lines as { amountYen: number; id?: string }[]));
    expect(r.lines.reduce((a, l) => a + l.taxYen, 0)).toBe(Number(tax));
  });

  it('the first case by hand: shares 3,000,000,000 + 3,000,000,001 + 0', () => {
    // Sum 6,000,000,000,000,004, tax 6,000,000,001. 6,000,000,001 × (3e15 + 1) = 3,000,000,000 × sum + 2,999,994,000,000,001;
    // 6,000,000,001 × (3e15 + 2) = 3,000,000,000 × sum + 3,000,000,000,000,002; 6,000,000,001 × 1 = 0 × sum + 6,000,000,001.
    // Floors 3e9 + 3e9 + 0 leave one yen: to the largest remainder, the second line's.
    const r = invoiceTotals({ basis: 'tax-excluded', rounding: 'ceil', lines: [{ amountYen: 3e15 + 1, ratePercent: 0.0001 }, { amountYen: 3e15 + 2, ratePercent: 0.0001 }, { amountYen: 1, ratePercent: 0.0001 }] });
    expect(r.lines.map((l) => l.taxYen)).toEqual([3_000_000_000, 3_000_000_001, 0]);
  });
});
