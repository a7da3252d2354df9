/**
 * A misspelt field or option is refused where it changes money (an attacker-style probe, 2026-12-03: a contract with
 * `ned` for `end` was invoiced as if it had no end, ¥4,290 for a month after it ended, with no error). A key near none
 * of the known ones is still ignored (a database row's other columns, a class instance's other fields): docs/architecture.md,
 * "Misspelt keys".
 */
import { describe, expect, it } from 'vitest';
import { convertPrice, createInvoicer, formatTaxIncludedPrice, InvalidInputError, invoiceTotals, monthlyInvoice } from '../../src/index.js';
import { thrown } from '../helpers/values.js';

const contract = { planId: 'oas-plan-a', start: '2025-04-01' };

describe('monthlyInvoice and createInvoicer', () => {
  it('the probe’s case: `ned` for `end` is refused (it invoiced ¥4,290 for a month after the end)', () => {
    expect(monthlyInvoice({ contract: { ...contract, end: '2025-05-01' }, month: '2025-06' }).totalYen).toBe(0);
    const e = thrown(() => monthlyInvoice({ contract: { ...contract, ned: '2025-05-01' } as never, month: '2025-06' }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.path).toEqual(['contract', 'ned']);
    expect(e.message).toContain('did you mean "end"?');
    expect(e.details).toMatchObject({ closest: ['end'] });
  });
  it.each([
    ['an option misspelt', { contract, month: '2025-06', roundng: 'ceil' }, ['roundng'], 'rounding'],
    ['the contract misspelt', { contracts: contract, month: '2025-06' }, ['contracts'], 'contract'],
    ['a field in another case', { contract: { planID: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' }, ['contract', 'planID'], 'planId'],
    ['a list misspelt', { contract: { ...contract, optons: [] }, month: '2025-06' }, ['contract', 'optons'], 'options'],
    ['a field of an option', { contract: { planId: 'itss-light-anshin-1', start: '2025-04-01', options: [{ optionID: 'itss-light-time-extension', start: '2025-04-01' }] }, month: '2025-06' }, ['contract', 'options', 0, 'optionID'], 'optionId'],
    ['a field of a one-off charge', { contract: { planId: 'itss-light-anshin-1', start: '2025-04-01', oneOffCharges: [{ feeId: 'itss-visit-printer', quantiy: 2, on: '2025-06-02' }] }, month: '2025-06' }, ['contract', 'oneOffCharges', 0, 'quantiy'], 'quantity'],
    ['a field of an earlier contract', { contract: { planId: 'ucom-remote-support', start: '2025-04-01', earlierContracts: [{ planId: 'ucom-remote-support', strat: '2015-01-01', end: '2016-01-01' }] }, month: '2025-06' }, ['contract', 'earlierContracts', 0, 'strat'], 'start'],
  ])('%s is refused at its path', (_label, input, path, near) => {
    for (const call of [(x: never) => monthlyInvoice(x), (x: never) => createInvoicer().monthlyInvoice(x)]) {
      const e = thrown(() => call(input as never));
      expect(e.path).toEqual(path);
      expect((e.details as { closest: string[] }).closest).toContain(near);
    }
  });
  it('createInvoicer’s own options: a misspelt one is refused', () => {
    expect(thrown(() => createInvoicer({ roundng: 'ceil' } as never)).path).toEqual(['roundng']);
    expect(thrown(() => createInvoicer({ memoLimt: 10 } as never)).path).toEqual(['memoLimt']);
  });
  it('keys near no known one are ignored, as before: the same invoice', () => {
    const plain = monthlyInvoice({ contract, month: '2025-06' });
    expect(monthlyInvoice({ contract: { ...contract, customerId: 'C001', note: 'x' } as never, month: '2025-06', requestId: 7 } as never)).toEqual(plain);
    class Row {
      readonly planId = 'oas-plan-a';
      readonly start = '2025-04-01';
      readonly customerName = '株式会社サンプル';
    }
    expect(monthlyInvoice({ contract: new Row() as never, month: '2025-06' })).toEqual(plain);
  });
});

describe('invoiceTotals, convertPrice and formatTaxIncludedPrice', () => {
  it('a misspelt field of a line, or an option, is refused', () => {
    expect(thrown(() => invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 100, ratePercent: 10 }, { amountyen: 100, ratePercent: 10 }] } as never)).path).toEqual(['lines', 1, 'amountyen']);
    expect(thrown(() => invoiceTotals({ basis: 'tax-excluded', lines: [], roundin: 'ceil' } as never)).path).toEqual(['roundin']);
    expect(thrown(() => convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01', rateknd: 'reduced' } as never)).path).toEqual(['rateknd']);
    expect(thrown(() => formatTaxIncludedPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01', stlye: 'with-tax' } as never)).path).toEqual(['stlye']);
  });
  it('other keys are ignored; formatTaxIncludedPrice’s style and brackets are its own', () => {
    expect(convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01', sku: 'A-1' } as never).taxIncludedYen).toBe(4290);
    expect(formatTaxIncludedPrice({ amountYen: 11000, basis: 'tax-included', on: '2025-06-01', style: 'with-tax', brackets: 'half-width' })).toBe('11,000円(うち消費税額等1,000円)');
    expect(invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 100, ratePercent: 10, sku: 'x' }] } as never).taxYen).toBe(10);
  });
});
