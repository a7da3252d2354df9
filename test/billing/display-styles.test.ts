/**
 * formatTaxIncludedPrice (総額表示, 消費税法 第63条, ref:shohizei-ho-63; fixtures/consumption-tax.json rules.totalPriceDisplay):
 * every style in both bracket widths, the defaults, the amounts of a tax-included price and of a re-based one, and
 * every refusal word for word (class, code, path, message, details), checked before the price is converted.
 */
import { describe, expect, it } from 'vitest';
import { consumptionTaxTable, formatTaxIncludedPrice, InvalidInputError, OutOfRangeError, type FormatTaxIncludedPriceInput } from '../../src/index.js';
import { thrown } from '../helpers/values.js';

// 003 「3,000円(税別)」 (ucom-remote-support-resubscription-fee): ¥3,300 at 10 %, ¥3,240 at 8 %.
const fee = { amountYen: 3000, basis: 'tax-excluded' as const, on: '2025-06-01' };

describe('the rule: prices shown to consumers include tax', () => {
  it('is the fixture fact rules.totalPriceDisplay (ref:shohizei-ho-63)', () => {
    expect(consumptionTaxTable.rules.totalPriceDisplay.source.document).toBe('ref:shohizei-ho-63');
  });
});

describe('every style, both bracket widths', () => {
  it.each<[FormatTaxIncludedPriceInput['style'], string, string]>([
    [undefined, '3,300円（税込）', '3,300円(税込)'],
    ['tax-included', '3,300円（税込）', '3,300円(税込)'],
    ['with-tax-excluded', '3,300円（税抜3,000円）', '3,300円(税抜3,000円)'],
    ['with-tax', '3,300円（うち消費税額等300円）', '3,300円(うち消費税額等300円)'],
    ['amount-only', '3,300円', '3,300円'],
  ])('style %s', (style, full, half) => {
    const input = style === undefined ? fee : { ...fee, style };
    expect(formatTaxIncludedPrice(input)).toBe(full);
    expect(formatTaxIncludedPrice({ ...input, brackets: 'full-width' })).toBe(full);
    expect(formatTaxIncludedPrice({ ...input, brackets: 'half-width' })).toBe(half);
  });
  it('the amounts come from the conversion: 8 % on 2019-09-30, and seven-digit amounts with separators', () => {
    expect(formatTaxIncludedPrice({ ...fee, on: '2019-09-30', style: 'with-tax-excluded' })).toBe('3,240円（税抜3,000円）');
    expect(formatTaxIncludedPrice({ ...fee, on: '2019-09-30', style: 'with-tax' })).toBe('3,240円（うち消費税額等240円）');
    expect(formatTaxIncludedPrice({ amountYen: 1234567, basis: 'tax-excluded', on: '2025-06-01', style: 'with-tax' })).toBe('1,358,023円（うち消費税額等123,456円）');
    expect(formatTaxIncludedPrice({ amountYen: 1234567, basis: 'tax-excluded', on: '2025-06-01', style: 'with-tax-excluded' })).toBe('1,358,023円（税抜1,234,567円）');
  });
  it('a tax-included price: 001 ¥1,760 in March 2019, held (¥1,760, tax ¥130) or re-based from 10 % (¥1,728, tax ¥128)', () => {
    const p = { amountYen: 1760, basis: 'tax-included' as const, month: '2019-03' };
    expect(formatTaxIncludedPrice({ ...p, style: 'with-tax' })).toBe('1,760円（うち消費税額等130円）');
    expect(formatTaxIncludedPrice({ ...p, statedRatePercent: 10, style: 'with-tax' })).toBe('1,728円（うち消費税額等128円）');
    expect(formatTaxIncludedPrice({ ...p, statedRatePercent: 10, style: 'with-tax-excluded', brackets: 'half-width' })).toBe('1,728円(税抜1,600円)');
  });
});

describe('refusals word for word', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['a number', 5],
    ['a string', '3,300円'],
  ])('a non-object input (%s)', (_, input) => {
    const e = thrown(() => formatTaxIncludedPrice(input as FormatTaxIncludedPriceInput));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', [], 'Expected { amountYen, basis, on }', {}]);
  });
  it.each<[unknown, string]>([
    ['plus-tax', '"plus-tax"'],
    ['', '""'],
    ['TAX-INCLUDED', '"TAX-INCLUDED"'],
    [1, '1'],
  ])('style %j', (style, quoted) => {
    const e = thrown(() => formatTaxIncludedPrice({ ...fee, style: style as 'amount-only' }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'invalid_input',
      ['style'],
      `style: style must be one of tax-included, with-tax-excluded, with-tax, amount-only, received ${quoted}`,
      {},
    ]);
  });
  it.each<[unknown, string]>([
    ['curly', '"curly"'],
    ['', '""'],
    [true, 'true'],
  ])('brackets %j', (brackets, quoted) => {
    const e = thrown(() => formatTaxIncludedPrice({ ...fee, brackets: brackets as 'half-width' }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['brackets'], `brackets: brackets must be 'full-width' or 'half-width', received ${quoted}`, {}]);
  });
  it('the style is checked first, then the brackets, then the price', () => {
    expect(thrown(() => formatTaxIncludedPrice({ ...fee, amountYen: -1, style: 'x' as never, brackets: 'y' as never })).path).toEqual(['style']);
    expect(thrown(() => formatTaxIncludedPrice({ ...fee, amountYen: -1, brackets: 'y' as never })).path).toEqual(['brackets']);
    expect(thrown(() => formatTaxIncludedPrice({ ...fee, amountYen: -1 })).path).toEqual(['amountYen']);
  });
  it('a price convertPrice refuses is refused the same way', () => {
    const e = thrown(() => formatTaxIncludedPrice({ ...fee, on: '1989-03-31' }));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect([e.code, e.path, e.message]).toEqual(['out_of_range', ['on'], 'on: No standard consumption-tax rate before 1989-04-01: 1989-03-31 is outside the table']);
  });
});
