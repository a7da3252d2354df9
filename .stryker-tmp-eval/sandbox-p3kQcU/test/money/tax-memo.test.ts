/**
 * taxParts with a caller-owned TaxMemo: the same results with or without it; what it stores is
 * frozen and bounded; and the tax module itself keeps only frozen, compiled tables.
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { consumptionTaxTable, convertPrice, getConsumptionTaxRate, InvalidInputError } from '../../src/index.js';
import { Dec } from '../../src/money/decimal.js';
import { compile, createTaxMemo, parseMemoLimit, rateMath, taxParts, taxPartsKey } from '../../src/money/tax.js';

const caseArb = fc.record({
  amountYen: fc.oneof(fc.integer({ min: 0, max: 20_000 }), fc.integer({ min: 0, max: 7_000_000_000_000_000 })),
  ratePercent: fc.constantFrom(10, 8, 5, 3, 12.5, 0.25, 0),
  basis: fc.constantFrom('tax-excluded' as const, 'tax-included' as const),
  mode: fc.constantFrom('floor' as const, 'ceil' as const, 'half-up' as const),
});

describe('taxParts with a TaxMemo', () => {
  it('property: the same parts with a shared memo, a full memo, or none; a hit is the stored (frozen) object', () => {
    const memo = createTaxMemo();
    const full = createTaxMemo(0);
    fc.assert(
      fc.property(caseArb, ({ amountYen, ratePercent, basis, mode }) => {
        const amount = new Dec(amountYen);
        const rate = rateMath(ratePercent);
        const fresh = taxParts(amount, basis, rate, mode);
        const first = taxParts(amount, basis, rate, mode, memo);
        expect(first).toEqual(fresh);
        expect(Object.isFrozen(first)).toBe(true);
        expect(taxParts(amount, basis, rate, mode, memo)).toBe(first);
        expect(taxParts(amount, basis, rate, mode, memo, taxPartsKey(basis, rate, mode, amount.toFixed()))).toBe(first);
        expect(taxParts(amount, basis, rate, mode, full)).toEqual(fresh);
        // The parts are the exact tax: amount × rate / 100 (or / (100 + rate)), rounded once.
        const other = basis === 'tax-excluded' ? amount.plus(fresh.tax) : amount.minus(fresh.tax);
        expect([fresh.amountYen, fresh.otherYen]).toEqual([amountYen, Number(other.toFixed())]);
      }),
      { numRuns: 1000 },
    );
    expect(full.parts.size).toBe(0);
  });

  it('keys by rate, basis, mode and amount', () => {
    expect(taxPartsKey('tax-excluded', rateMath(10), 'floor', '3900')).toBe('10xfloor3900');
    expect(taxPartsKey('tax-included', rateMath(8), 'ceil', '1760')).toBe('8iceil1760');
    const memo = createTaxMemo();
    // ¥1,760 tax-included: 130.37… at 8%, 160 at 10%; floor and ceil differ.
    expect(taxParts(new Dec(1760), 'tax-included', rateMath(8), 'floor', memo).taxYen).toBe(130);
    expect(taxParts(new Dec(1760), 'tax-included', rateMath(8), 'ceil', memo).taxYen).toBe(131);
    expect(taxParts(new Dec(1760), 'tax-included', rateMath(10), 'floor', memo).taxYen).toBe(160);
    expect(taxParts(new Dec(1760), 'tax-excluded', rateMath(8), 'floor', memo).taxYen).toBe(140);
    expect(memo.parts.size).toBe(4);
  });

  it('stops growing at its limit', () => {
    const memo = createTaxMemo(3);
    for (let a = 1; a <= 10; a++) taxParts(new Dec(a * 100), 'tax-excluded', rateMath(10), 'floor', memo);
    expect(memo.parts.size).toBe(3);
    expect(taxParts(new Dec(1000), 'tax-excluded', rateMath(10), 'floor', memo).taxYen).toBe(100);
  });

  it.each([[-1], [1.5], [Number.NaN], ['8'], [null]])('rejects the memo limit %s (path memoLimit)', (limit) => {
    expect(() => createTaxMemo(limit as number)).toThrow(InvalidInputError);
    try {
      parseMemoLimit(limit, ['memoLimit']);
    } catch (e) {
      expect((e as InvalidInputError).path).toEqual(['memoLimit']);
    }
  });
});

describe('the tax module keeps no results', () => {
  it('compiles each loaded table once, frozen, with no memo on its rates', () => {
    const ct = compile(consumptionTaxTable);
    expect(compile(consumptionTaxTable)).toBe(ct);
    expect(Object.isFrozen(ct) && Object.isFrozen(ct.standard) && Object.isFrozen(ct.reduced)).toBe(true);
    for (const r of [...ct.standard, ...ct.reduced]) {
      expect(Object.isFrozen(r)).toBe(true);
      expect(Object.keys(r).sort()).toEqual(
        ['exDenominator', 'exFraction', 'fromDay', 'incDenominator', 'incFraction', 'intExDenominator', 'intIncDenominator', 'intNumerator', 'key', 'numerator', 'rate', 'ratePercent'].sort(),
      );
    }
    expect(Object.isFrozen(rateMath(10))).toBe(true);
  });

  it('accepts only tables made by loadConsumptionTaxTable (a copy is not compiled behind the caller’s back)', () => {
    const copy = structuredClone(consumptionTaxTable);
    for (const fn of [
      () => getConsumptionTaxRate('2025-01-01', { taxTable: copy }),
      () => convertPrice({ amountYen: 1000, basis: 'tax-excluded', on: '2025-01-01', taxTable: copy }),
    ]) {
      try {
        fn();
        throw new Error('expected an error');
      } catch (e) {
        expect(e).toBeInstanceOf(InvalidInputError);
        expect((e as InvalidInputError).path).toEqual(['taxTable']);
      }
    }
  });
});
