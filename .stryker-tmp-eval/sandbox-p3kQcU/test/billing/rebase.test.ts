/**
 * Tax-included prices on other rates (interpretation billing-tax-included-rebase): 001's tables are
 * stated at 10% (「2. 月額料金 (税込)」), so a tax-included amount stands for its tax-excluded base and
 * on a day with another rate that base is taxed at that rate. One test per rate period (3%, 5%, 8%,
 * 10%), and the option that holds the displayed amount.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import {
  convertPrice,
  createInvoicer,
  formatTaxIncludedPrice,
  getConsumptionTaxRate,
  getDocument,
  monthlyInvoice,
  quoteVisit,
} from '../../src/index.js';
import { cli } from '../helpers/cli.js';

const D001 = '001_1058c0f8b62eb4e2.txt';
const doc = getDocument('it-support-security');
const stated = doc.billing!.taxIncludedPrices!;

describe('the fixture fact: the rate 001 states its tax-included prices at', () => {
  it('is 10%, the rate in force on the day it states them, with its passages', () => {
    expect(stated.statedAtRatePercent).toBe(10);
    expect(getConsumptionTaxRate(stated.statedOn).ratePercent).toBe(stated.statedAtRatePercent);
    expect(stated.source.document).toBe(D001);
    expect(stated.source.passage).toEqual(expect.arrayContaining(['2. 月額料金 (税込)', '(参考) 新規販売終了したプラン (税込)', '○基本料金 (税込)']));
  });
  it('every tax-included amount of 001 is 1.1 × a whole tax-excluded base (1,760 = 1,600 × 1.1)', () => {
    const amounts = [...doc.plans, ...doc.options].map((x) => x.monthlyFeeYen!);
    amounts.push(...doc.fees.filter((f) => f.amountYen !== null).map((f) => f.amountYen!));
    expect(amounts.length).toBeGreaterThan(15);
    for (const a of amounts) expect((a * 100) % 110, String(a)).toBe(0);
  });
});

describe('one test per rate period: プラン1 ライト ¥1,760 (base ¥1,600)', () => {
  it('3% (1989-04-01 … 1997-03-31): ¥1,648', () => {
    const r = convertPrice({ amountYen: 1760, basis: 'tax-included', month: '1996-05', statedRatePercent: stated.statedAtRatePercent });
    expect(r).toMatchObject({ ratePercent: 3, taxExcludedYen: 1600, taxYen: 48, taxIncludedYen: 1648, amountYen: 1760 });
    expect(r.reasons.map((x) => x.interpretation)).toContain('billing-tax-included-rebase');
  });
  it('5% (1997-04-01 … 2014-03-31): ¥1,680 on the 2014-03 invoice', () => {
    const i = monthlyInvoice({ contract: { planId: 'itss-legacy-light-1', start: '2012-06-01' }, month: '2014-03' });
    expect(i).toMatchObject({ totalYen: 1680, taxYen: 80, taxExcludedYen: 1600 });
    expect(i.lines[0]).toMatchObject({ unitPriceYen: 1680, ratePercent: 5 });
    const why = i.reasons.find((r) => r.rule === 'price.tax-included-rebased')!;
    expect(why.interpretation).toBe('billing-tax-included-rebase');
    expect(why.source?.document).toBe(D001);
  });
  it('8% (2014-04-01 … 2019-09-30): ¥1,728 on the 2019-03 invoice, not ¥1,760', () => {
    const i = monthlyInvoice({ contract: { planId: 'itss-legacy-light-1', start: '2012-06-01' }, month: '2019-03' });
    expect(i).toMatchObject({ totalYen: 1728, taxYen: 128, taxExcludedYen: 1600 });
  });
  it('10% (from 2019-10-01): ¥1,760 as stated, no re-basing', () => {
    const i = monthlyInvoice({ contract: { planId: 'itss-legacy-light-1', start: '2012-06-01' }, month: '2019-10' });
    expect(i).toMatchObject({ totalYen: 1760, taxYen: 160, taxExcludedYen: 1600 });
    expect(i.reasons.some((r) => r.rule.startsWith('price.tax-included'))).toBe(false);
  });
});

describe("option taxIncludedPrices: 'hold-displayed' (the displayed amount held fixed)", () => {
  it('monthlyInvoice: ¥1,760 in March 2019 with tax 130', () => {
    const i = monthlyInvoice({ contract: { planId: 'itss-legacy-light-1', start: '2012-06-01' }, month: '2019-03', taxIncludedPrices: 'hold-displayed' });
    expect(i).toMatchObject({ totalYen: 1760, taxYen: 130, taxExcludedYen: 1630 });
    expect(i.reasons.find((r) => r.rule === 'price.tax-included-held')?.interpretation).toBe('billing-tax-included-rebase');
  });
  it('convertPrice and formatTaxIncludedPrice', () => {
    const input = { amountYen: 1760, basis: 'tax-included', on: '2019-03-31', statedRatePercent: 10 } as const;
    expect(convertPrice({ ...input, taxIncludedPrices: 'hold-displayed' }).taxIncludedYen).toBe(1760);
    expect(formatTaxIncludedPrice({ ...input, style: 'with-tax-excluded' })).toBe('1,728円（税抜1,600円）');
    expect(formatTaxIncludedPrice({ ...input, taxIncludedPrices: 'hold-displayed', style: 'with-tax-excluded' })).toBe('1,760円（税抜1,630円）');
  });
  it('rejects an unknown reading', () => {
    expect(() => monthlyInvoice({ contract: { planId: 'itss-legacy-light-1', start: '2012-06-01' }, month: '2019-03', taxIncludedPrices: 'x' as never })).toThrow(
      /taxIncludedPrices/,
    );
  });
});

describe('plans, options and the visit menu, in every pricing function', () => {
  it('an option (時間延長 ¥1,100) in an 8% month: ¥1,080', () => {
    const i = monthlyInvoice({
      contract: { planId: 'itss-light-anshin-1', start: '2019-05-01', options: [{ optionId: 'itss-light-time-extension', start: '2019-05-01' }] },
      month: '2019-06',
    });
    expect(i.lines.map((l) => [l.factId, l.amountYen])).toEqual([
      ['itss-light-anshin-1', 2160],
      ['itss-light-time-extension', 1080],
    ]);
  });
  it('createInvoicer gives the same re-based invoices', () => {
    const inv = createInvoicer();
    const input = { contract: { planId: 'itss-legacy-light-2', start: '2012-06-01' }, month: '2019-03' };
    expect(inv.monthlyInvoice(input)).toEqual(monthlyInvoice(input));
    expect(inv.monthlyInvoice(input).totalYen).toBe(3348); // 3,410 → base 3,100 + 8%
  });
  it('quoteVisit: 基本作業費 ¥4,950 → ¥4,860 and パソコンのインターネット接続 ¥3,300 → ¥3,240 on 2019-05-01 (8%)', () => {
    const q = quoteVisit({ contract: { planId: 'itss-light-anshin-1' }, items: [{ feeId: 'itss-visit-pc-internet', quantity: 2 }], on: '2019-05-01' });
    expect(q.lines.map((l) => [l.feeId, l.unitPriceYen, l.amountYen])).toEqual([
      ['itss-visit-basic-work', 4860, 4860],
      ['itss-visit-pc-internet', 3240, 6480],
    ]);
    expect(q.totalYen).toBe(11340);
    const held = quoteVisit({ contract: { planId: 'itss-light-anshin-1' }, items: [{ feeId: 'itss-visit-pc-internet', quantity: 2 }], on: '2019-05-01', taxIncludedPrices: 'hold-displayed' });
    expect(held.totalYen).toBe(11550);
  });
  it('tax-excluded documents are not affected (000 プラン A ¥3,900 in 2019-03: 3,900 + 8%)', () => {
    const i = monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2019-01-01' }, month: '2019-03' });
    expect(i).toMatchObject({ taxExcludedYen: 3900, taxYen: 312, totalYen: 4212 });
  });
  it('the CLI: price --plan re-bases, --tax-included-prices hold-displayed keeps the amount', async () => {
    const r = await cli(['price', '--plan', 'itss-legacy-light-1', '--month', '2019-03', '--json']);
    expect(JSON.parse(r.out)).toMatchObject({ taxIncludedYen: 1728, taxExcludedYen: 1600, amountYen: 1760 });
    const h = await cli(['price', '--plan', 'itss-legacy-light-1', '--month', '2019-03', '--tax-included-prices', 'hold-displayed', '--json']);
    expect(JSON.parse(h.out)).toMatchObject({ taxIncludedYen: 1760, taxExcludedYen: 1630 });
    const s = await cli(['price', '--amount', '1760', '--basis', 'tax-included', '--on', '2000-05-01', '--stated-rate', '10', '--json']);
    expect(JSON.parse(s.out)).toMatchObject({ taxIncludedYen: 1680, ratePercent: 5 });
  });
});
