/**
 * The texts of caller values in error messages (src/money/describe.ts): every kind of value gets its own,
 * and none throws (a symbol, an object without a prototype, a revoked Proxy).
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { quotedValueText, valueText } from '../../src/money/describe.js';

const revoked = (() => {
  const r = Proxy.revocable([], {});
  r.revoke();
  return r.proxy;
})();

describe('valueText', () => {
  it.each([
    ['null', null, 'null'],
    ['undefined', undefined, 'undefined'],
    ['a string as is', '2025-13', '2025-13'],
    ['an empty string', '', ''],
    ['a number', 1.5, '1.5'],
    ['NaN', Number.NaN, 'NaN'],
    ['a boolean', false, 'false'],
    ['a bigint', 10n, '10'],
    ['a symbol', Symbol('s'), 'Symbol(s)'],
    ['an array', [1, 2], 'an array'],
    ['an empty array', [], 'an array'],
    ['an object', { a: 1 }, 'an object'],
    ['an object without a prototype', Object.create(null), 'an object'],
    ['a Date', new Date(0), 'an object'],
    ['a function', () => 1, 'a function'],
    ['a class', class {}, 'a function'],
    ['a revoked Proxy', revoked, 'an object'],
  ])('%s', (_n, value, text) => {
    expect(valueText(value)).toBe(text);
  });
});

describe('quotedValueText', () => {
  it.each([
    ['a string, quoted', 'up', '"up"'],
    ['an empty string, quoted', '', '""'],
    ['a string with a quote, escaped', 'a"b', '"a\\"b"'],
    ['a number, bare', 12, '12'],
    ['a bigint, bare', 10n, '10'],
    ['null', null, 'null'],
    ['an array', ['x'], 'an array'],
    ['an object', {}, 'an object'],
    ['a function', () => 1, 'a function'],
  ])('%s', (_n, value, text) => {
    expect(quotedValueText(value)).toBe(text);
  });
});
