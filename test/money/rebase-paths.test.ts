/**
 * src/money/rebase.ts (interpretation billing-tax-included-rebase): the tax-excluded base of a price stated
 * tax-included (001's tables at 10 %: 「2. 月額料金 (税込)」), the price that base comes to at another rate, each
 * rounding mode on both steps, and the amount returned unchanged at the stated rate (even one that is not 1.1 × a
 * whole base).
 */
import { describe, expect, it } from 'vitest';
import { Dec } from '../../src/money/decimal.js';
import { rebaseTaxIncluded, TAX_INCLUDED_PRICE_READINGS, taxExcludedBase } from '../../src/money/rebase.js';
import { rateMath } from '../../src/money/tax.js';

const n = (d: Dec) => d.toNumber();

describe('taxExcludedBase', () => {
  it('¥1,760 at 10 %: 1,760 − 160 = 1,600 in every mode (no fraction)', () => {
    for (const m of ['floor', 'ceil', 'half-up'] as const) expect(n(taxExcludedBase(new Dec(1760), rateMath(10), m))).toBe(1600);
  });
  it('¥1,759 at 10 %: 1,759 × 10/110 = 159.91 → 159 (floor: base 1,600), 160 (ceil, half-up: base 1,599)', () => {
    expect(['floor', 'ceil', 'half-up'].map((m) => n(taxExcludedBase(new Dec(1759), rateMath(10), m as 'floor')))).toEqual([1600, 1599, 1599]);
  });
  it('¥1,754 at 10 %: 159.45… → 159 (floor, half-up: base 1,595), 160 (ceil: base 1,594)', () => {
    expect(['floor', 'ceil', 'half-up'].map((m) => n(taxExcludedBase(new Dec(1754), rateMath(10), m as 'floor')))).toEqual([1595, 1594, 1595]);
  });
  it('¥0 stays ¥0', () => {
    expect(n(taxExcludedBase(new Dec(0), rateMath(10), 'ceil'))).toBe(0);
  });
});

describe('rebaseTaxIncluded', () => {
  it('¥1,760 stated at 10 %: ¥1,728 at 8 %, ¥1,680 at 5 %, ¥1,648 at 3 %', () => {
    expect([8, 5, 3].map((r) => n(rebaseTaxIncluded(new Dec(1760), rateMath(10), rateMath(r), 'floor')))).toEqual([1728, 1680, 1648]);
  });
  it('each mode on both steps: ¥1,759 at 8 % → 1,600 + 128 (floor) = 1,728; 1,599 + 127.92 → 128 (ceil, half-up) = 1,727', () => {
    expect(['floor', 'ceil', 'half-up'].map((m) => n(rebaseTaxIncluded(new Dec(1759), rateMath(10), rateMath(8), m as 'floor')))).toEqual([1728, 1727, 1727]);
  });
  it('the second step rounds the tax at the new rate: ¥1,754 at 8 % → 1,595 + 127.6 → 127 = 1,722 (floor), 1,594 + 127.52 → 128 = 1,722 (ceil), 1,595 + 128 = 1,723 (half-up)', () => {
    expect(['floor', 'ceil', 'half-up'].map((m) => n(rebaseTaxIncluded(new Dec(1754), rateMath(10), rateMath(8), m as 'floor')))).toEqual([1722, 1722, 1723]);
  });
  it('upwards too: ¥1,080 stated at 8 % is ¥1,100 at 10 %', () => {
    expect(n(rebaseTaxIncluded(new Dec(1080), rateMath(8), rateMath(10), 'floor'))).toBe(1100);
  });
  it('at the stated rate the amount is returned as it is (the same object), even one no whole base gives', () => {
    for (const a of [1760, 1759, 1, 0]) {
      const amount = new Dec(a);
      for (const m of ['floor', 'ceil', 'half-up'] as const) expect(rebaseTaxIncluded(amount, rateMath(10), rateMath(10), m)).toBe(amount);
    }
  });
});

describe('the readings', () => {
  it("'rebase' (the default) and 'hold-displayed', in that order, frozen", () => {
    expect(TAX_INCLUDED_PRICE_READINGS).toEqual(['rebase', 'hold-displayed']);
    expect(Object.isFrozen(TAX_INCLUDED_PRICE_READINGS)).toBe(true);
  });
});
