// @ts-nocheck
import { describe, expect, it } from 'vitest';
import Decimal from 'decimal.js';
import { InvalidInputError, OutOfRangeError } from '../../src/index.js';
import {
  Dec,
  divideRoundYen,
  formatYenDigits,
  isRoundingMode,
  parseRoundingMode,
  parseYenAmount,
  roundYen,
  yenToNumber,
} from '../../src/money/decimal.js';

describe('Dec is a local clone', () => {
  it('does not change, nor depend on, the global decimal.js settings', () => {
    const before = Decimal.precision;
    Decimal.set({ precision: 5, rounding: Decimal.ROUND_DOWN });
    try {
      expect(new Dec(1).div(3).toString()).toBe('0.3333333333333333333333333333333333333333');
    } finally {
      Decimal.set({ precision: before, rounding: Decimal.ROUND_HALF_UP });
    }
    expect(Dec.precision).toBe(40);
  });
});

describe('parseYenAmount', () => {
  it.each([
    [3900, '3900'],
    ['3900', '3900'],
    [0, '0'],
    ['0', '0'],
    [Number.MAX_SAFE_INTEGER, String(Number.MAX_SAFE_INTEGER)],
  ])('accepts %j', (input, expected) => {
    expect(parseYenAmount(input, ['amountYen']).toString()).toBe(expected);
  });

  it.each([
    [39.5, /whole number/],
    ['39.5', /whole number/],
    [-1, /negative/],
    ['-1', /negative/],
    [Number.NaN, /NaN/],
    [Number.POSITIVE_INFINITY, /finite/],
    ['3,900', /digits/],
    [' 3900', /digits/],
    ['', /digits/],
    ['1e3', /digits/],
    [null, /whole number or a string of digits/],
    [undefined, /whole number or a string of digits/],
    [true, /whole number or a string of digits/],
    [{}, /whole number or a string of digits/],
  ])('rejects %j with InvalidInputError naming the field', (input, message) => {
    try {
      parseYenAmount(input, ['lines', 2, 'amountYen']);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect((e as InvalidInputError).code).toBe('invalid_input');
      expect((e as InvalidInputError).path).toEqual(['lines', 2, 'amountYen']);
      expect((e as Error).message).toMatch(message);
    }
  });

  it('rejects amounts beyond Number.MAX_SAFE_INTEGER as out of range', () => {
    expect(() => parseYenAmount('9007199254740992', ['amountYen'])).toThrow(OutOfRangeError);
    expect(() => parseYenAmount(2 ** 53, ['amountYen'])).toThrow(OutOfRangeError);
  });
});

describe('yenToNumber', () => {
  it('converts exact integers', () => {
    expect(yenToNumber(new Dec('4290'))).toBe(4290);
    expect(yenToNumber(new Dec(String(Number.MAX_SAFE_INTEGER)))).toBe(Number.MAX_SAFE_INTEGER);
    expect(yenToNumber(new Dec('1000000000000000'))).toBe(1e15);
  });
  it('refuses fractions and unsafe integers instead of rounding silently', () => {
    expect(() => yenToNumber(new Dec('1.5'))).toThrow(OutOfRangeError);
    expect(() => yenToNumber(new Dec('9007199254740993'))).toThrow(OutOfRangeError);
  });
});

describe('divideRoundYen: exact rounding of a quotient', () => {
  it.each([
    // Per-invoice rounding (消費税法施行令 第70条の10): three lines of ¥1,000 tax-included at 10%: 3,000 × 10/110 = 272.72…
    [30000, 110, 'floor', 272],
    [30000, 110, 'ceil', 273],
    [30000, 110, 'half-up', 273],
    // ¥1,760 tax-included at 8%: 1,760 × 8/108 = 130.37 → 130 (floor, half-up) or 131 (ceil)
    [14080, 108, 'floor', 130],
    [14080, 108, 'half-up', 130],
    [14080, 108, 'ceil', 131],
    // exactly one half
    [5, 10, 'half-up', 1],
    [5, 10, 'floor', 0],
    [5, 10, 'ceil', 1],
    [20, 10, 'ceil', 2],
    [0, 110, 'ceil', 0],
  ] as const)('%i / %i with %s = %i', (n, d, mode, expected) => {
    expect(divideRoundYen(new Dec(n), new Dec(d), mode).toNumber()).toBe(expected);
  });
  it('agrees with roundYen on terminating quotients', () => {
    for (const mode of ['floor', 'ceil', 'half-up'] as const) {
      for (let n = 0; n < 300; n++) {
        expect(divideRoundYen(new Dec(n), new Dec(8), mode).toString()).toBe(roundYen(new Dec(n).div(8), mode).toString());
      }
    }
  });
});

describe('rounding modes and formatting', () => {
  it('parseRoundingMode defaults to floor (切り捨て) and rejects unknown modes', () => {
    expect(parseRoundingMode(undefined, ['rounding'])).toBe('floor');
    expect(parseRoundingMode('half-up', ['rounding'])).toBe('half-up');
    expect(isRoundingMode('round')).toBe(false);
    expect(() => parseRoundingMode('round', ['rounding'])).toThrow(InvalidInputError);
  });
  it.each([
    [0, '0'],
    [999, '999'],
    [1000, '1,000'],
    [4290, '4,290'],
    [11440, '11,440'],
    [1234567, '1,234,567'],
  ])('formatYenDigits(%i) = %s', (n, s) => {
    expect(formatYenDigits(n)).toBe(s);
    expect(formatYenDigits(new Dec(n))).toBe(s);
  });
});
