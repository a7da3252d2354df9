/**
 * convertPrice refuses an answer that is not a safe integer with the field that caused it (issue 12: a typed error's
 * path is never empty when an input field caused it): 2^53 − 2 yen tax-excluded at 10 % is 9,907,919,180,215,089 yen
 * tax-included, beyond Number.MAX_SAFE_INTEGER.
 */
import { describe, expect, it } from 'vitest';
import { convertPrice } from '../../src/money/index.js';
import { OutOfRangeError } from '../../src/errors.js';

describe('convertPrice: a total beyond 2^53 − 1 is refused at amountYen', () => {
  it.each([
    [Number.MAX_SAFE_INTEGER - 1, '9907919180215089'],
    [Number.MAX_SAFE_INTEGER, '9907919180215090'],
    ['9007199254740991', '9907919180215090'],
  ])('%s yen tax-excluded', (amountYen, total) => {
    let error: unknown;
    try {
      convertPrice({ amountYen, basis: 'tax-excluded', on: '2026-11-20' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(OutOfRangeError);
    const e = error as OutOfRangeError;
    expect(e.path).toEqual(['amountYen']);
    expect(e.message).toBe(`amountYen: Yen amount ${total} cannot be returned as an exact number`);
    expect(e.details).toEqual({ value: total });
    expect(JSON.parse(JSON.stringify(e)).path).toEqual(['amountYen']);
  });
  it('the largest tax-excluded amount whose total is safe still answers exactly (floor(MAX / 1.1))', () => {
    // 8,188,362,958,855,446 × 1.1 = 9,007,199,254,740,990.6 → tax floor(818,836,295,885,544.6) = 818,836,295,885,544.
    const r = convertPrice({ amountYen: 8_188_362_958_855_446, basis: 'tax-excluded', on: '2026-11-20' });
    expect(r.taxYen).toBe(818_836_295_885_544);
    expect(r.taxIncludedYen).toBe(9_007_199_254_740_990);
    expect(Number.isSafeInteger(r.taxIncludedYen)).toBe(true);
  });
});
