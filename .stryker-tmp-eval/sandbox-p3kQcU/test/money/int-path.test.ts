/**
 * The integer fast path of the tax arithmetic (intTaxYen, intUnroundedTaxText) against the decimal path
 * (taxOfAmount, unroundedTaxText) and against BigInt: the same yen and the same trace text for every
 * amount, rate, basis and rounding mode, edges included (0, 1, amounts just under a multiple of the
 * denominator, the largest amount the integer path takes, and beyond it, where it must decline).
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, type RoundingMode } from '../../src/money/decimal.js';
import { intTaxYen, intUnroundedTaxText, rateMath, taxOfAmount, unroundedTaxText } from '../../src/money/tax.js';
import type { TaxBasis } from '../../src/catalog/primitives.js';

const basis = fc.constantFrom<TaxBasis>('tax-excluded', 'tax-included');
const mode = fc.constantFrom<RoundingMode>('floor', 'ceil', 'half-up');
/** Whole-percent rates (the documents' and the law's), and rates with up to four decimals. */
const rate = fc.oneof(
  fc.constantFrom(0, 3, 5, 8, 10),
  fc.integer({ min: 0, max: 100 }),
  fc.integer({ min: 0, max: 1_000_000 }).map((n) => Number((n / 10_000).toFixed(4))),
);
const MAX = Number.MAX_SAFE_INTEGER;
/** Amounts: small, large, at the edges of the integer path and past it, and near multiples of 100 and 110. */
const amount = fc.oneof(
  fc.constantFrom(0, 1, 9, 10, 11, 99, 100, 101, 109, 110, 111, 107, 108, 1760, 2200, MAX, MAX - 1, Math.floor(MAX / 10), Math.floor(MAX / 10) + 1, Math.floor(MAX / 100)),
  fc.integer({ min: 0, max: 1_000_000 }),
  fc.integer({ min: 0, max: MAX }),
  fc.integer({ min: 1, max: Math.floor(MAX / 110) }).chain((k) => fc.constantFrom(k * 110 - 1, k * 110, k * 110 + 1, k * 100 - 1, k * 100 + 55)),
);

function bigTax(a: number, b: TaxBasis, r: number, m: RoundingMode): bigint {
  const rm = rateMath(r);
  const n = BigInt(a) * BigInt(rm.numerator.toFixed());
  const d = BigInt((b === 'tax-excluded' ? rm.exDenominator : rm.incDenominator).toFixed());
  const q = n / d;
  const rem = n - q * d;
  if (rem === 0n || m === 'floor') return q;
  if (m === 'ceil') return q + 1n;
  return 2n * rem >= d ? q + 1n : q;
}

describe('integer tax path = decimal tax path', () => {
  it('gives the decimal path’s tax whenever it answers, and BigInt’s', () => {
    fc.assert(
      fc.property(amount, basis, rate, mode, (a, b, r, m) => {
        const rm = rateMath(r);
        const fast = intTaxYen(a, b, rm, m);
        const exact = taxOfAmount(new Dec(a), b, rm, m);
        if (fast === -1) {
          // It declines only where amount × numerator is beyond the safe integers.
          expect(a * rm.intNumerator > MAX).toBe(true);
          return;
        }
        expect(fast).toBe(Number(exact.toFixed()));
        expect(BigInt(fast)).toBe(bigTax(a, b, r, m));
      }),
      { numRuns: 5000 },
    );
  });

  it('writes the decimal path’s unrounded tax text whenever it answers', () => {
    fc.assert(
      fc.property(amount, basis, rate, (a, b, r) => {
        const rm = rateMath(r);
        const fast = intUnroundedTaxText(a, b, rm);
        if (fast === undefined) {
          expect(a * rm.intNumerator > MAX).toBe(true);
          return;
        }
        expect(fast).toBe(unroundedTaxText(new Dec(a), b, rm));
      }),
      { numRuns: 5000 },
    );
  });

  it('answers at a whole-percent rate for every amount up to 9 × 10^14 (10%)', () => {
    expect(intTaxYen(900_000_000_000_000, 'tax-excluded', rateMath(10), 'floor')).toBe(90_000_000_000_000);
    expect(intTaxYen(MAX, 'tax-excluded', rateMath(10), 'floor')).toBe(-1);
    expect(intUnroundedTaxText(1760, 'tax-included', rateMath(8))).toBe('130.370370…');
    expect(intUnroundedTaxText(3900, 'tax-included', rateMath(10))).toBe('354.545454…');
    expect(intUnroundedTaxText(105, 'tax-excluded', rateMath(10))).toBe('10.5');
  });
});
