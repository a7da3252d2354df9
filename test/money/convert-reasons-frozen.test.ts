/**
 * convertPrice's and invoiceTotals' reasons are frozen lists (shared between results of the same day,
 * rate, kind and basis): a caller that tries to change them gets a TypeError, and no later call's answer
 * changes — on every path (the memo's, a rebased or held stated price, a conversion beyond the memo).
 */
import { describe, expect, it } from 'vitest';
import { convertPrice, invoiceTotals } from '../../src/index.js';

function expectFrozenReasons(reasons: readonly unknown[]): void {
  expect(Object.isFrozen(reasons)).toBe(true);
  for (const r of reasons) expect(Object.isFrozen(r)).toBe(true);
  expect(() => (reasons as unknown[]).push('x')).toThrow(TypeError);
  expect(() => {
    (reasons as unknown[]).length = 0;
  }).toThrow(TypeError);
}

describe('reasons are frozen, and a caller cannot change a later answer through them', () => {
  it.each([
    ['the memo path', { amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01' }],
    ['a monthly fee', { amountYen: 2200, basis: 'tax-included', month: '2019-10' }],
    ['a stated price rebased', { amountYen: 1760, basis: 'tax-included', on: '2019-03-31', statedRatePercent: 10 }],
    ['a stated price held', { amountYen: 1760, basis: 'tax-included', on: '2019-03-31', statedRatePercent: 10, taxIncludedPrices: 'hold-displayed' }],
  ] as const)('convertPrice, %s', (_, input) => {
    const before = JSON.stringify(convertPrice(input));
    const r = convertPrice(input);
    expectFrozenReasons(r.reasons);
    expect(() => {
      (r.reasons[0] as { message: string }).message = 'changed';
    }).toThrow(TypeError);
    expect(JSON.stringify(convertPrice(input))).toBe(before);
  });

  it('convertPrice beyond the memo (more than 4,096 distinct days) still answers frozen, unchanged reasons', () => {
    const day = (k: number) => new Date(Date.UTC(2000, 0, 1 + k)).toISOString().slice(0, 10);
    for (let k = 0; k < 5000; k++) convertPrice({ amountYen: 100, basis: 'tax-excluded', on: day(k), explain: false });
    const r = convertPrice({ amountYen: 100, basis: 'tax-excluded', on: day(4999) });
    expectFrozenReasons(r.reasons);
    expect(r.reasons[0]).toMatchObject({ message: `5% standard rate in force on ${day(4999)} (from 1997-04-01)` });
  });

  it('invoiceTotals', () => {
    const input = { basis: 'tax-excluded', lines: [{ amountYen: 105, ratePercent: 10 }] } as const;
    const before = JSON.stringify(invoiceTotals(input));
    expectFrozenReasons(invoiceTotals(input).reasons);
    expect(JSON.stringify(invoiceTotals(input))).toBe(before);
  });
});
