/**
 * The price-resolution layer of tax-included prices (src/billing/stated-price.ts, interpretation
 * billing-tax-included-rebase), function by function: the rate a document states its tax-included prices at
 * (001: 「2. 月額料金 (税込)」, stated at 10 %: fixtures/001-it-support-security.json billing.taxIncludedPrices),
 * the reading option and its refusal word for word, and a price on a day with another rate, re-based or held,
 * with each reason word for word.
 */
import { describe, expect, it } from 'vitest';
import { getDocument, InvalidInputError, monthlyInvoice } from '../../src/index.js';
import { parseTaxIncludedPriceReading, priceAtRate, statedTaxRateOf } from '../../src/billing/stated-price.js';
import { rateMath } from '../../src/money/tax.js';
import { thrown } from '../helpers/values.js';

const d001 = getDocument('it-support-security');
const fact = d001.billing!.taxIncludedPrices!;
const why = { source: fact.source, interpretation: 'billing-tax-included-rebase' };

describe('statedTaxRateOf', () => {
  it("001 states its tax-included prices at 10 % (「2. 月額料金 (税込)」), with the fixture's source", () => {
    expect(fact.statedAtRatePercent).toBe(10);
    expect(fact.source.passage).toContain('2. 月額料金 (税込)');
    const s = statedTaxRateOf(d001)!;
    expect(s).toEqual({ ratePercent: 10, math: rateMath(10), source: fact.source, interpretation: 'billing-tax-included-rebase' });
    expect(Object.isFrozen(s)).toBe(true);
    expect(statedTaxRateOf(d001)).toBe(s); // derived once per document
  });
  it('documents that record no such rate: 000 and 003 (tax-excluded prices), 002 (a billing section without it), 004 (no billing section)', () => {
    for (const id of ['office-anshin-support', 'helpdesk-support', 'ucom-remote-support', 'iij-mpc-ultra-sendback']) {
      const doc = getDocument(id);
      expect(doc.billing?.taxIncludedPrices).toBeUndefined();
      expect(statedTaxRateOf(doc)).toBeUndefined();
      expect(statedTaxRateOf(doc)).toBeUndefined();
    }
    expect(getDocument('iij-mpc-ultra-sendback').billing).toBeUndefined();
  });
});

describe('parseTaxIncludedPriceReading', () => {
  it("absent is 'rebase'; the two readings are themselves", () => {
    expect(parseTaxIncludedPriceReading(undefined, ['taxIncludedPrices'])).toBe('rebase');
    expect(parseTaxIncludedPriceReading('rebase', ['taxIncludedPrices'])).toBe('rebase');
    expect(parseTaxIncludedPriceReading('hold-displayed', ['taxIncludedPrices'])).toBe('hold-displayed');
  });
  it.each<[unknown, string]>([
    ['x', '"x"'],
    ['', '""'],
    [null, 'null'],
    [1, '1'],
  ])('%j is refused at the path given, word for word', (value, quoted) => {
    const e = thrown(() => parseTaxIncludedPriceReading(value, ['options', 'taxIncludedPrices']));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'invalid_input',
      ['options', 'taxIncludedPrices'],
      `options.taxIncludedPrices: taxIncludedPrices must be one of rebase, hold-displayed, received ${quoted}`,
      {},
    ]);
  });
  it('monthlyInvoice refuses an unknown reading the same way', () => {
    const e = thrown(() => monthlyInvoice({ contract: { planId: 'itss-legacy-light-1', start: '2012-06-01' }, month: '2019-03', taxIncludedPrices: 'x' as never }));
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'invalid_input',
      ['taxIncludedPrices'],
      'taxIncludedPrices: taxIncludedPrices must be one of rebase, hold-displayed, received "x"',
      {},
    ]);
  });
});

describe('priceAtRate', () => {
  it('re-based: ¥1,760 stated at 10 % is its base ¥1,600 taxed at 8 %: ¥1,728', () => {
    expect(priceAtRate(1760, 'tax-included', d001, rateMath(8), 'rebase', 'floor')).toEqual({
      amountYen: 1728,
      rebased: true,
      reason: { rule: 'price.tax-included-rebased', message: '¥1,760 includes 10% tax: its tax-excluded base is taxed at 8%, ¥1,728', ...why },
    });
  });
  it('the same at 5 % (¥1,680) and 3 % (¥1,648)', () => {
    expect(priceAtRate(1760, 'tax-included', d001, rateMath(5), 'rebase', 'floor').amountYen).toBe(1680);
    expect(priceAtRate(1760, 'tax-included', d001, rateMath(3), 'rebase', 'floor').amountYen).toBe(1648);
  });
  it('the rounding mode is used for both steps: ¥1,759 → ¥1,727 (ceil: base 1,759 − 160 = 1,599, tax 127.92 → 128), ¥1,728 (floor: 1,600 + 128), ¥1,727 (half-up)', () => {
    expect(priceAtRate(1759, 'tax-included', d001, rateMath(8), 'rebase', 'ceil')).toEqual({
      amountYen: 1727,
      rebased: true,
      reason: { rule: 'price.tax-included-rebased', message: '¥1,759 includes 10% tax: its tax-excluded base is taxed at 8%, ¥1,727', ...why },
    });
    expect(priceAtRate(1759, 'tax-included', d001, rateMath(8), 'rebase', 'floor').amountYen).toBe(1728);
    expect(priceAtRate(1759, 'tax-included', d001, rateMath(8), 'rebase', 'half-up').amountYen).toBe(1727); // 159.91 → 160, 127.92 → 128
  });
  it('amounts with separators: ¥11,440 → ¥11,232 (base 10,400)', () => {
    expect(priceAtRate(11440, 'tax-included', d001, rateMath(8), 'rebase', 'floor').reason?.message).toBe(
      '¥11,440 includes 10% tax: its tax-excluded base is taxed at 8%, ¥11,232',
    );
  });
  it("held as displayed: the amount unchanged, with a reason naming both rates", () => {
    expect(priceAtRate(1760, 'tax-included', d001, rateMath(8), 'hold-displayed', 'floor')).toEqual({
      amountYen: 1760,
      rebased: false,
      reason: { rule: 'price.tax-included-held', message: "¥1,760 was stated at 10%; held as displayed at 8% (option taxIncludedPrices: 'hold-displayed')", ...why },
    });
  });
  it('unchanged and without a reason: at the stated rate, a tax-excluded or basis-less amount, a document stating no rate', () => {
    for (const reading of ['rebase', 'hold-displayed'] as const) {
      expect(priceAtRate(1760, 'tax-included', d001, rateMath(10), reading, 'floor')).toEqual({ amountYen: 1760, rebased: false });
      expect(priceAtRate(1760, 'tax-excluded', d001, rateMath(8), reading, 'floor')).toEqual({ amountYen: 1760, rebased: false });
      expect(priceAtRate(1760, null, d001, rateMath(8), reading, 'floor')).toEqual({ amountYen: 1760, rebased: false });
      expect(priceAtRate(3900, 'tax-included', getDocument('office-anshin-support'), rateMath(8), reading, 'floor')).toEqual({ amountYen: 3900, rebased: false });
      expect(priceAtRate(3900, 'tax-included', getDocument('iij-mpc-ultra-sendback'), rateMath(8), reading, 'floor')).toEqual({ amountYen: 3900, rebased: false });
    }
  });
  it('a fractional rate other than the stated one is another rate (10.0 is the same rate, 10.5 is not)', () => {
    expect(priceAtRate(1760, 'tax-included', d001, rateMath(10.0), 'rebase', 'floor')).toEqual({ amountYen: 1760, rebased: false });
    expect(priceAtRate(1760, 'tax-included', d001, rateMath(10.5), 'rebase', 'floor').amountYen).toBe(1768); // 1,600 + 168
  });
});

describe('through monthlyInvoice: the reasons of a re-based and a held line', () => {
  const input = { contract: { planId: 'itss-legacy-light-1', start: '2012-06-01' }, month: '2019-03' };
  it('re-based (default)', () => {
    const i = monthlyInvoice(input);
    expect(i.totalYen).toBe(1728);
    expect(i.reasons.filter((r) => r.rule.startsWith('price.'))).toEqual([
      { rule: 'price.tax-included-rebased', message: '¥1,760 includes 10% tax: its tax-excluded base is taxed at 8%, ¥1,728', ...why },
    ]);
  });
  it('held', () => {
    const i = monthlyInvoice({ ...input, taxIncludedPrices: 'hold-displayed' });
    expect(i.totalYen).toBe(1760);
    expect(i.reasons.filter((r) => r.rule.startsWith('price.'))).toEqual([
      { rule: 'price.tax-included-held', message: "¥1,760 was stated at 10%; held as displayed at 8% (option taxIncludedPrices: 'hold-displayed')", ...why },
    ]);
  });
});
