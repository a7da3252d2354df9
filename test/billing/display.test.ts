/**
 * 総額表示 (消費税法 第63条, ref:shohizei-ho-63): 「From 2021-04-01, prices shown to consumers must include tax」.
 * OK: 「11,000円(税込)」「11,000円(税抜価格10,000円)」「11,000円(うち消費税額等1,000円)」; not OK: 「9,800円(税抜)」「9,800円+税」.
 */
import { describe, expect, it } from 'vitest';
import { formatTaxIncludedPrice, InvalidInputError, OutOfRangeError, type FormatTaxIncludedPriceStyle } from '../../src/index.js';

const planA = { amountYen: 3900, basis: 'tax-excluded' as const, on: '2025-06-01' };

describe('formatTaxIncludedPrice', () => {
  it.each<[Partial<FormatTaxIncludedPriceStyle> & { on?: string }, string]>([
    [{}, '4,290円（税込）'],
    [{ style: 'with-tax-excluded' }, '4,290円（税抜3,900円）'],
    [{ style: 'with-tax' }, '4,290円（うち消費税額等390円）'],
    [{ style: 'amount-only' }, '4,290円'],
    [{ brackets: 'half-width' }, '4,290円(税込)'],
    [{ on: '2019-09-30' }, '4,212円（税込）'],
  ])('プラン A ¥3,900 税抜 %j → %s', (patch, expected) => {
    expect(formatTaxIncludedPrice({ ...planA, ...patch })).toBe(expected);
  });

  it('compliant forms (財務省「総額表示」): 11,000円(税込) and 11,000円(うち消費税額等1,000円)', () => {
    expect(formatTaxIncludedPrice({ amountYen: 11000, basis: 'tax-included', on: '2025-06-01', brackets: 'half-width' })).toBe('11,000円(税込)');
    expect(formatTaxIncludedPrice({ amountYen: 10000, basis: 'tax-excluded', on: '2025-06-01', style: 'with-tax', brackets: 'half-width' })).toBe(
      '11,000円(うち消費税額等1,000円)',
    );
  });

  it('a 税込 price of 001 is shown as stated: 2,200円（税抜2,000円）', () => {
    expect(formatTaxIncludedPrice({ amountYen: 2200, basis: 'tax-included', on: '2025-06-01', style: 'with-tax-excluded' })).toBe('2,200円（税抜2,000円）');
  });

  it('no style writes the tax-excluded amount first (「9,800円(税抜)」 is not compliant)', () => {
    for (const style of ['tax-included', 'with-tax-excluded', 'with-tax', 'amount-only'] as const) {
      const s = formatTaxIncludedPrice({ amountYen: 9800, basis: 'tax-excluded', on: '2025-06-01', style });
      expect(s.startsWith('10,780円')).toBe(true);
      expect(s).not.toMatch(/^9,800円|\+税/);
    }
  });

  it('the display price follows the rounding mode (ref:shohizei-ho-63: 四捨五入, 切り捨て or 切り上げ)', () => {
    expect(formatTaxIncludedPrice({ amountYen: 1760, basis: 'tax-excluded', on: '2019-09-30' })).toBe('1,900円（税込）');
    expect(formatTaxIncludedPrice({ amountYen: 1760, basis: 'tax-excluded', on: '2019-09-30', rounding: 'half-up' })).toBe('1,901円（税込）');
  });

  it('bad input is a typed error', () => {
    expect(() => formatTaxIncludedPrice({ ...planA, style: 'plus-tax' as 'amount-only' })).toThrow(expect.objectContaining({ code: 'invalid_input', path: ['style'] }));
    expect(() => formatTaxIncludedPrice({ ...planA, brackets: 'curly' as 'half-width' })).toThrow(InvalidInputError);
    expect(() => formatTaxIncludedPrice({ ...planA, amountYen: 12.5 })).toThrow(expect.objectContaining({ path: ['amountYen'] }));
    expect(() => formatTaxIncludedPrice({ ...planA, on: '1989-03-31' })).toThrow(OutOfRangeError);
  });
});
