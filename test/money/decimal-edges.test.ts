/**
 * Edges of the money primitives (src/money/decimal.ts), one expectation per boundary: which error each bad
 * amount gets (code, path, message), where exact conversion stops (MAX_YEN), each rounding mode at and around
 * a half, and the thousands separators at each digit count. Written against mutation testing: each line
 * fails if a comparison, a branch or a message of the source is changed.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Dec, divideRoundYen, formatYenDigits, isRoundingMode, MAX_YEN, parseRoundingMode, parseYenAmount, parseYenNumber, roundYen, yenToNumber } from '../../src/money/decimal.js';

function err(f: () => unknown): { code: string; path: readonly (string | number)[]; message: string; details: Record<string, unknown> } {
  try {
    f();
  } catch (e) {
    const x = e as { code: string; path: readonly (string | number)[]; message: string; details: Record<string, unknown> };
    return { code: x.code, path: x.path, message: x.message, details: x.details };
  }
  throw new Error('expected an error');
}

describe('parseYenAmount: each bad amount, its own error', () => {
  it.each([
    [Number.NaN, 'invalid_input', 'amountYen: Yen amount is NaN'],
    [Infinity, 'invalid_input', 'amountYen: Yen amount must be finite, received Infinity'],
    [-Infinity, 'invalid_input', 'amountYen: Yen amount must be finite, received -Infinity'],
    [1.5, 'invalid_input', 'amountYen: Yen amount must be a whole number of yen, received 1.5'],
    [-1, 'invalid_input', 'amountYen: Yen amount must not be negative, received -1'],
    [MAX_YEN + 1, 'out_of_range', `amountYen: Yen amount ${MAX_YEN + 1} is larger than ${MAX_YEN}`],
    ['-5', 'invalid_input', 'amountYen: Yen amount must not be negative, received "-5"'],
    [' - 5', 'invalid_input', 'amountYen: Yen amount must not be negative, received " - 5"'],
    ['1.5', 'invalid_input', 'amountYen: Yen amount must be a whole number of yen, received "1.5"'],
    ['.5', 'invalid_input', 'amountYen: Yen amount must be a whole number of yen, received ".5"'],
    ['1,000', 'invalid_input', 'amountYen: Yen amount must be a string of digits, received "1,000"'],
    ['', 'invalid_input', 'amountYen: Yen amount must be a string of digits, received ""'],
    [' 5', 'invalid_input', 'amountYen: Yen amount must be a string of digits, received " 5"'],
    ['9007199254740992', 'out_of_range', `amountYen: Yen amount 9007199254740992 is larger than ${MAX_YEN}`],
  ])('%s', (input, code, message) => {
    const e = err(() => parseYenAmount(input, ['amountYen']));
    expect(e).toMatchObject({ code, message, path: ['amountYen'] });
  });

  it('accepts the edges exactly', () => {
    expect(parseYenAmount(0, ['a']).toString()).toBe('0');
    expect(parseYenAmount(MAX_YEN, ['a']).toString()).toBe(String(MAX_YEN));
    expect(parseYenAmount('9007199254740991', ['a']).toString()).toBe('9007199254740991');
    expect(parseYenAmount('0', ['a']).toString()).toBe('0');
  });

  it('other kinds of value name their kind', () => {
    expect(err(() => parseYenAmount(undefined, ['x']))).toMatchObject({ code: 'invalid_input', path: ['x'], details: { value: 'undefined' } });
    expect(err(() => parseYenAmount(null, ['x'])).code).toBe('invalid_input');
    expect(err(() => parseYenAmount(true, ['x'])).code).toBe('invalid_input');
    expect(err(() => parseYenAmount({}, ['x'])).code).toBe('invalid_input');
    expect(err(() => parseYenAmount(1n, ['x'])).code).toBe('invalid_input');
  });
});

describe('parseYenNumber: the integer fast path gives the same amounts and errors', () => {
  it.each([0, 1, 999, MAX_YEN, '0', '42', '123456789012345', '1234567890123456', '9007199254740991'])('%s', (v) => {
    expect(parseYenNumber(v, ['a'])).toBe(Number(parseYenAmount(v, ['a']).toFixed()));
  });
  it('-0 is read as 0', () => {
    expect(Object.is(parseYenNumber(-0, ['a']), 0)).toBe(true);
  });
  it.each([-1, 1.5, Number.NaN, MAX_YEN + 1, '', '-1', '1.0', '9007199254740992'])('%s: the same error as parseYenAmount', (v) => {
    expect(err(() => parseYenNumber(v, ['a']))).toEqual(err(() => parseYenAmount(v, ['a'])));
  });
});

describe('yenToNumber: exact safe integers only', () => {
  it.each(['0', '1', '999999999999999', '1000000000000000', String(MAX_YEN), '-5', `-${MAX_YEN}`])('%s converts exactly', (s) => {
    expect(yenToNumber(new Dec(s), ['y'])).toBe(Number(s));
  });
  it.each(['9007199254740992', '-9007199254740992', '1e30', '0.5', '1.0000000001'])('%s is out of range', (s) => {
    expect(err(() => yenToNumber(new Dec(s), ['y']))).toMatchObject({ code: 'out_of_range', path: ['y'], details: { value: new Dec(s).toString() } });
  });
  it('the default path is empty', () => {
    expect(err(() => yenToNumber(new Dec('0.5'))).path).toEqual([]);
  });
});

describe('divideRoundYen: each mode around a half', () => {
  it.each([
    // numerator, denominator, floor, ceil, half-up
    [10, 5, 2, 2, 2],
    [11, 5, 2, 3, 2],
    [12, 5, 2, 3, 2],
    [13, 5, 2, 3, 3],
    [5, 2, 2, 3, 3],
    [7, 4, 1, 2, 2],
    [5, 4, 1, 2, 1],
    [0, 7, 0, 0, 0],
    [1, 3, 0, 1, 0],
    [2, 3, 0, 1, 1],
  ])('%s / %s', (n, d, floor, ceil, halfUp) => {
    expect(divideRoundYen(new Dec(n), new Dec(d), 'floor').toNumber()).toBe(floor);
    expect(divideRoundYen(new Dec(n), new Dec(d), 'ceil').toNumber()).toBe(ceil);
    expect(divideRoundYen(new Dec(n), new Dec(d), 'half-up').toNumber()).toBe(halfUp);
  });
  it('roundYen names its mode', () => {
    expect(roundYen(new Dec('130.5'), 'floor').toString()).toBe('130');
    expect(roundYen(new Dec('130.01'), 'ceil').toString()).toBe('131');
    expect(roundYen(new Dec('130.5'), 'half-up').toString()).toBe('131');
    expect(roundYen(new Dec('130.49'), 'half-up').toString()).toBe('130');
  });
});

describe('rounding modes', () => {
  it.each(['floor', 'ceil', 'half-up'])('%s is a mode', (m) => {
    expect(isRoundingMode(m)).toBe(true);
    expect(parseRoundingMode(m, ['r'])).toBe(m);
  });
  it.each(['FLOOR', 'half_up', '', null, 1, 'round'])('%s is not', (m) => {
    expect(isRoundingMode(m)).toBe(false);
    expect(err(() => parseRoundingMode(m, ['r']))).toMatchObject({ code: 'invalid_input', path: ['r'] });
  });
  it('undefined gives the fallback, floor by default', () => {
    expect(parseRoundingMode(undefined, ['r'])).toBe('floor');
    expect(parseRoundingMode(undefined, ['r'], 'half-up')).toBe('half-up');
  });
  it('the message lists the modes and the value', () => {
    expect(err(() => parseRoundingMode('up', ['r'])).message).toBe(`r: Rounding must be 'floor', 'ceil' or 'half-up', received "up"`);
  });
});

describe('formatYenDigits: separators at every digit count', () => {
  it.each([
    [0, '0'],
    [7, '7'],
    [999, '999'],
    [1000, '1,000'],
    [1001, '1,001'],
    [1010, '1,010'],
    [1100, '1,100'],
    [99999, '99,999'],
    [999999, '999,999'],
    [1000000, '1,000,000'],
    [12345678, '12,345,678'],
    [123456789, '123,456,789'],
    [MAX_YEN, '9,007,199,254,740,991'],
    [-5, '-5'],
    [-999, '-999'],
    [-1000, '-1,000'],
    [-1234567, '-1,234,567'],
  ])('%s', (n, text) => {
    expect(formatYenDigits(n)).toBe(text);
    expect(formatYenDigits(new Dec(n))).toBe(text);
  });
  it('the whole-number fast path writes what the decimal path writes, for every safe integer', () => {
    // The fast path cuts groups with Math.floor(x / 1000): exact only because x is a safe integer.
    const edges = fc.constantFrom(0, 999, 1000, 999_999, 1_000_000, 2 ** 31 - 1, 2 ** 31, 2 ** 32, 10 ** 15 - 1, 10 ** 15, MAX_YEN - 1, MAX_YEN);
    fc.assert(
      fc.property(fc.oneof(edges, fc.nat(), fc.integer({ min: 0, max: MAX_YEN }), fc.tuple(fc.nat(999), fc.nat(5)).map(([g, k]) => g * 1000 ** k)), (n) => {
        expect(formatYenDigits(n)).toBe(formatYenDigits(new Dec(n)));
        expect(formatYenDigits(n).replace(/,/g, '')).toBe(String(n));
      }),
      { numRuns: 20_000 },
    );
  });
  it('a Dec beyond the safe integers', () => {
    expect(formatYenDigits(new Dec('12345678901234567890'))).toBe('12,345,678,901,234,567,890');
  });
});
