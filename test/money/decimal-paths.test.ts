/**
 * src/money/decimal.ts refusals in full (class, code, path, message and details: a number keeps its value, a text
 * its text, a kind of value is named), every kind of value a yen amount or a rounding mode can be given as, and the
 * integer fast path of parseYenNumber giving parseYenAmount's amounts and refusals at its length bounds.
 */
import { describe, expect, it } from 'vitest';
import { InvalidInputError, OutOfRangeError } from '../../src/index.js';
import { Dec, MAX_YEN, parseRoundingMode, parseYenAmount, parseYenNumber, yenToNumber } from '../../src/money/decimal.js';
import { thrown } from '../helpers/values.js';

const full = (f: () => unknown) => {
  const e = thrown(f);
  return [e.constructor.name, e.code, e.path, e.message, e.details];
};

describe('parseYenAmount and parseYenNumber: every refusal in full', () => {
  it.each<[string, unknown, string, string, Record<string, unknown>]>([
    ['NaN', Number.NaN, 'InvalidInputError', 'Yen amount is NaN', { value: 'NaN' }],
    ['Infinity', Number.POSITIVE_INFINITY, 'InvalidInputError', 'Yen amount must be finite, received Infinity', { value: 'Infinity' }],
    ['-Infinity', Number.NEGATIVE_INFINITY, 'InvalidInputError', 'Yen amount must be finite, received -Infinity', { value: '-Infinity' }],
    ['a fraction', 1.5, 'InvalidInputError', 'Yen amount must be a whole number of yen, received 1.5', { value: 1.5 }],
    ['a negative number', -1, 'InvalidInputError', 'Yen amount must not be negative, received -1', { value: -1 }],
    ['a negative fraction', -1.5, 'InvalidInputError', 'Yen amount must be a whole number of yen, received -1.5', { value: -1.5 }],
    ['2^53', 2 ** 53, 'OutOfRangeError', 'Yen amount 9007199254740992 is larger than 9007199254740991', { value: 2 ** 53, max: MAX_YEN }],
    ['"-5"', '-5', 'InvalidInputError', 'Yen amount must not be negative, received "-5"', { value: '-5' }],
    ['"-1.5"', '-1.5', 'InvalidInputError', 'Yen amount must not be negative, received "-1.5"', { value: '-1.5' }],
    ['"1.5"', '1.5', 'InvalidInputError', 'Yen amount must be a whole number of yen, received "1.5"', { value: '1.5' }],
    ['" 1.5 "', ' 1.5 ', 'InvalidInputError', 'Yen amount must be a whole number of yen, received " 1.5 "', { value: ' 1.5 ' }],
    ['"1."', '1.', 'InvalidInputError', 'Yen amount must be a string of digits, received "1."', { value: '1.' }],
    ['"1,000"', '1,000', 'InvalidInputError', 'Yen amount must be a string of digits, received "1,000"', { value: '1,000' }],
    ['"1e3"', '1e3', 'InvalidInputError', 'Yen amount must be a string of digits, received "1e3"', { value: '1e3' }],
    ['"+5"', '+5', 'InvalidInputError', 'Yen amount must be a string of digits, received "+5"', { value: '+5' }],
    ['""', '', 'InvalidInputError', 'Yen amount must be a string of digits, received ""', { value: '' }],
    ['"9007199254740992"', '9007199254740992', 'OutOfRangeError', 'Yen amount 9007199254740992 is larger than 9007199254740991', { value: '9007199254740992', max: MAX_YEN }],
    ['"9999999999999999"', '9999999999999999', 'OutOfRangeError', 'Yen amount 9999999999999999 is larger than 9007199254740991', { value: '9999999999999999', max: MAX_YEN }],
    ['null', null, 'InvalidInputError', 'Yen amount must be a whole number or a string of digits, received null', { value: null }],
    ['undefined', undefined, 'InvalidInputError', 'Yen amount must be a whole number or a string of digits, received undefined', { value: 'undefined' }],
    ['a boolean', true, 'InvalidInputError', 'Yen amount must be a whole number or a string of digits, received boolean', { value: true }],
    ['an object', {}, 'InvalidInputError', 'Yen amount must be a whole number or a string of digits, received object', { value: {} }],
    ['an array', [], 'InvalidInputError', 'Yen amount must be a whole number or a string of digits, received an array', { value: [] }],
    ['a bigint', 1n, 'InvalidInputError', 'Yen amount must be a whole number or a string of digits, received bigint', { value: '1n' }],
  ])('%s', (_, input, cls, message, details) => {
    const code = cls === 'OutOfRangeError' ? 'out_of_range' : 'invalid_input';
    for (const read of [parseYenAmount, parseYenNumber]) {
      const e = thrown(() => read(input, ['lines', 0, 'amountYen']));
      expect(e).toBeInstanceOf(cls === 'OutOfRangeError' ? OutOfRangeError : InvalidInputError);
      expect([e.code, e.path, e.message, e.details]).toEqual([code, ['lines', 0, 'amountYen'], `lines[0].amountYen: ${message}`, details]);
    }
  });
  it('the amounts accepted, by both', () => {
    for (const [input, n] of [
      [0, 0],
      [-0, 0],
      ['0', 0],
      ['0012', 12],
      ['123456789012345', 123_456_789_012_345],
      ['1234567890123456', 1_234_567_890_123_456],
      ['9007199254740991', MAX_YEN],
      [MAX_YEN, MAX_YEN],
    ] as const) {
      expect(parseYenNumber(input, ['a'])).toBe(n);
      expect(parseYenAmount(input, ['a']).toString()).toBe(String(n));
    }
  });
});

describe('parseRoundingMode: the kind of value named', () => {
  it.each<[unknown, string, string]>([
    [null, 'null', 'null'],
    [1, 'number', '1'],
    [[], 'an array', 'an array'],
    [{}, 'object', 'an object'],
    [true, 'boolean', 'true'],
    ['up', '"up"', 'up'],
    ['', '""', ''],
  ])('%j', (value, described, text) => {
    expect(full(() => parseRoundingMode(value, ['options', 'rounding']))).toEqual([
      'InvalidInputError',
      'invalid_input',
      ['options', 'rounding'],
      `options.rounding: Rounding must be 'floor', 'ceil' or 'half-up', received ${described}`,
      { value: text },
    ]);
  });
});

describe('yenToNumber refusals in full', () => {
  it.each<[string, Array<string | number>]>([
    ['0.5', ['y']],
    ['9007199254740992', ['y']],
    ['-9007199254740992', []],
    ['1e+30', ['y']],
  ])('%s', (value, path) => {
    expect(full(() => (path.length > 0 ? yenToNumber(new Dec(value), path) : yenToNumber(new Dec(value))))).toEqual([
      'OutOfRangeError',
      'out_of_range',
      path,
      `${path.length > 0 ? 'y: ' : ''}Yen amount ${new Dec(value).toString()} cannot be returned as an exact number`,
      { value: new Dec(value).toString() },
    ]);
  });
  it('exact integers up to 2^53 − 1 either side, 10^15 and beyond', () => {
    for (const s of ['999999999999999', '1000000000000000', '9007199254740991', '-9007199254740991', '-1000000000000000']) expect(yenToNumber(new Dec(s))).toBe(Number(s));
  });
});
