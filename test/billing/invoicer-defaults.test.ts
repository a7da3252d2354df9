/**
 * An invoicer's options are the defaults of each of its invoices; an option given with an invoice replaces the
 * invoicer's, one by one; a malformed option given with an invoice is refused word for word even when the invoicer
 * has a valid one. Every option here changes the answer, so each one is seen to be applied (or not).
 *
 * Documents: 001 「ライトあんしんプラン1 2,200円」「オプションメニュー 時間延長 1,100円」 (税込), 「プラン1 ライト 1,760円」 and
 * 「プラン ミニ 3,960円」 (the blank end-of-sale cell: fixtures/001 saleWindow.end.date null), prices stated at 10% (billing
 * taxIncludedPrices); 003 「月額料金 … 500円(税別)」 and 「再度本サービスへの申し込みには事務手数料3,000円(税別)がかかります」.
 */
import { describe, expect, it } from 'vitest';
import { ConflictError, createInvoicer, InvalidInputError, type MonthlyInvoice, type MonthlyInvoiceInput } from '../../src/index.js';

const invoicer = createInvoicer({
  rounding: 'ceil',
  prorationRounding: 'ceil',
  partialMonth: 'daily',
  resubscriptionFeeMonth: 'first-billed-month',
  unknownEndOfSale: 'treat-as-on-sale',
  explain: false,
  taxIncludedPrices: 'hold-displayed',
});
const run = (input: MonthlyInvoiceInput) => invoicer.monthlyInvoice(input);
const lines = (i: MonthlyInvoice) => i.lines.map((l) => [l.factId, l.amountYen, l.taxYen, l.proration ?? null]);
const totals = (i: MonthlyInvoice) => [i.taxExcludedYen, i.taxYen, i.taxIncludedYen];

const withOption = { planId: 'itss-light-anshin-1', start: '2025-04-10', options: [{ optionId: 'itss-light-time-extension', start: '2025-05-15' }] };

describe("the invoicer's options apply to every invoice", () => {
  it('partialMonth daily, prorationRounding ceil, rounding ceil, explain false: 時間延長 for 17 of 31 days', () => {
    const i = run({ contract: withOption, month: '2025-05' });
    // 1,100 × 17/31 = 603.22… → 604 (ceil). Tax (2,200 + 604) × 10/110 = 254.9… → 255 (ceil); shares: floors
    // 2,200 × 255/2,804 = 200.07… → 200 and 604 × 255/2,804 = 54.93… → 54, the last yen to the larger remainder (時間延長).
    expect(lines(i)).toEqual([
      ['itss-light-anshin-1', 2200, 200, null],
      ['itss-light-time-extension', 604, 55, { activeDays: 17, daysInMonth: 31, rounding: 'ceil' }],
    ]);
    expect(totals(i)).toEqual([2549, 255, 2804]);
    expect(i.rounding).toBe('ceil');
    expect(i.trace).toEqual([]);
  });

  it("taxIncludedPrices hold-displayed: プラン1 ライト ¥1,760 in 2019-03 (8%): tax 1,760 × 8/108 = 130.37… → 131 (ceil)", () => {
    expect(totals(run({ contract: { planId: 'itss-legacy-light-1', start: '2012-06-01' }, month: '2019-03' }))).toEqual([1629, 131, 1760]);
  });

  it('unknownEndOfSale treat-as-on-sale: プラン ミニ from 2019-04-19, ¥3,960 held in 2019-05: tax 293.33… → 294', () => {
    expect(totals(run({ contract: { planId: 'itss-legacy-standard-mini', start: '2019-04-19' }, month: '2019-05' }))).toEqual([3666, 294, 3960]);
  });

  it('resubscriptionFeeMonth first-billed-month: 003 事務手数料 with the first monthly fee, 3,500 × 10% = 350', () => {
    const c = { planId: 'ucom-remote-support', start: '2025-04-10', earlierContracts: [{ planId: 'ucom-remote-support', start: '2024-01-01', end: '2025-01-01' }] };
    expect(lines(run({ contract: c, month: '2025-04' }))).toEqual([]);
    const may = run({ contract: c, month: '2025-05' });
    expect(lines(may)).toEqual([
      ['ucom-remote-support', 500, 50, null],
      ['ucom-remote-support-resubscription-fee', 3000, 300, null],
    ]);
    expect(totals(may)).toEqual([3500, 350, 3850]);
    // Given with the invoice: the start month's invoice carries it.
    expect(lines(run({ contract: c, month: '2025-04', resubscriptionFeeMonth: 'start-month' }))).toEqual([['ucom-remote-support-resubscription-fee', 3000, 300, null]]);
  });
});

describe('an option given with the invoice replaces the invoicer’s, alone', () => {
  it('partialMonth whole-month: 時間延長 in full, 3,300 × 10/110 = 300', () => {
    const i = run({ contract: withOption, month: '2025-05', partialMonth: 'whole-month' });
    expect(lines(i)).toEqual([
      ['itss-light-anshin-1', 2200, 200, null],
      ['itss-light-time-extension', 1100, 100, null],
    ]);
    expect(i.trace).toEqual([]);
  });

  it('prorationRounding floor: 603; the tax still rounded up, 2,803 × 10/110 = 254.8… → 255', () => {
    const i = run({ contract: withOption, month: '2025-05', prorationRounding: 'floor' });
    expect(lines(i)).toEqual([
      ['itss-light-anshin-1', 2200, 200, null],
      ['itss-light-time-extension', 603, 55, { activeDays: 17, daysInMonth: 31, rounding: 'floor' }],
    ]);
    expect(totals(i)).toEqual([2548, 255, 2803]);
  });

  it('rounding floor too: 254; shares 2,200 × 254/2,803 = 199.36… → 199, 603 × 254/2,803 = 54.64… → 55', () => {
    const i = run({ contract: withOption, month: '2025-05', prorationRounding: 'floor', rounding: 'floor' });
    expect(lines(i)).toEqual([
      ['itss-light-anshin-1', 2200, 199, null],
      ['itss-light-time-extension', 603, 55, { activeDays: 17, daysInMonth: 31, rounding: 'floor' }],
    ]);
    expect(totals(i)).toEqual([2549, 254, 2803]);
    expect(i.rounding).toBe('floor');
  });

  it('explain true: the trace, with the invoicer’s other options', () => {
    expect(run({ contract: withOption, month: '2025-05', explain: true }).trace).toEqual([
      'ライトあんしんプラン1 (itss-light-anshin-1): monthly fee 2025-05: 2,200 税込 at 10% (2025-05-31); tax share 200',
      '時間延長 (itss-light-time-extension): option 2025-05, 17/31 days: 1,100 → 604 税込 at 10% (2025-05-31); tax share 55',
      '10%: 2 line(s), 2,804 tax-included; tax = 2,804 × 10/110 = 254.909090… → 255 (ceil, once for the rate)',
      'total: 2,549 + tax 255 = 2,804',
    ]);
  });

  it("rounding floor given alone keeps the invoicer's taxIncludedPrices hold-displayed: ¥1,760 in 2019-03 (8%), tax 130.37… → 130", () => {
    expect(totals(run({ contract: { planId: 'itss-legacy-light-1', start: '2012-06-01' }, month: '2019-03', rounding: 'floor' }))).toEqual([1630, 130, 1760]);
  });

  it('taxIncludedPrices rebase: ¥1,760 → ¥1,728 (its base ¥1,600 at 8%), tax 128', () => {
    expect(totals(run({ contract: { planId: 'itss-legacy-light-1', start: '2012-06-01' }, month: '2019-03', taxIncludedPrices: 'rebase' }))).toEqual([1600, 128, 1728]);
  });

  it('unknownEndOfSale treat-as-ended: refused word for word', () => {
    let error: unknown;
    try {
      run({ contract: { planId: 'itss-legacy-standard-mini', start: '2019-04-19' }, month: '2019-05', unknownEndOfSale: 'treat-as-ended' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConflictError);
    expect((error as ConflictError).path).toEqual(['contract', 'start']);
    expect((error as ConflictError).message).toBe(
      "contract.start: itss-legacy-standard-mini is listed as no longer sold with a blank end-of-sale date; pass unknownEndOfSale: 'treat-as-on-sale' to invoice it",
    );
    expect((error as ConflictError).details).toEqual({ factId: 'itss-legacy-standard-mini' });
  });
});

describe('a malformed option given with an invoice is refused, whatever the invoicer holds', () => {
  it.each<[string, unknown, string, object]>([
    ['rounding', 'x', `rounding: Rounding must be 'floor', 'ceil' or 'half-up', received "x"`, { value: 'x' }],
    ['prorationRounding', 'x', `prorationRounding: Rounding must be 'floor', 'ceil' or 'half-up', received "x"`, { value: 'x' }],
    ['partialMonth', 'x', `partialMonth: Expected one of 'whole-month', 'daily', received "x"`, { value: 'x' }],
    ['resubscriptionFeeMonth', 'x', `resubscriptionFeeMonth: Expected one of 'start-month', 'first-billed-month', received "x"`, { value: 'x' }],
    ['unknownEndOfSale', 'x', `unknownEndOfSale: Expected one of 'treat-as-ended', 'treat-as-on-sale', received "x"`, { value: 'x' }],
    ['explain', 'x', 'explain: explain must be a boolean', {}],
    ['taxIncludedPrices', 'x', 'taxIncludedPrices: taxIncludedPrices must be one of rebase, hold-displayed, received "x"', {}],
    ['catalog', {}, 'catalog: Expected a catalog made by loadCatalog()', { kind: 'catalog', loader: 'loadCatalog' }],
    ['taxTable', {}, 'taxTable: Expected a consumption tax table made by loadConsumptionTaxTable()', { kind: 'consumption tax table', loader: 'loadConsumptionTaxTable' }],
  ])('%s', (key, value, message, details) => {
    let error: unknown;
    try {
      run({ contract: withOption, month: '2025-05', [key]: value } as unknown as MonthlyInvoiceInput);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).path).toEqual([key]);
    expect((error as InvalidInputError).message).toBe(message);
    expect((error as InvalidInputError).details).toEqual(details);
  });
});

describe("an invoicer's memo keeps each rate's shares apart by its lines", () => {
  it('the same rate, basis, rounding and tax (3,300 × 10/110 = 300), split 2,200 + 1,100 and then 3,300 + ¥0 初期費用', () => {
    const fresh = createInvoicer();
    const first = fresh.monthlyInvoice({ contract: { planId: 'itss-light-anshin-1', start: '2025-04-10', options: [{ optionId: 'itss-light-time-extension', start: '2025-05-01' }] }, month: '2025-06' });
    // 2,200 × 300 / 3,300 = 200 and 1,100 × 300 / 3,300 = 100, exactly.
    expect(lines(first)).toEqual([
      ['itss-light-anshin-1', 2200, 200, null],
      ['itss-light-time-extension', 1100, 100, null],
    ]);
    const second = fresh.monthlyInvoice({ contract: { planId: 'itss-light-anshin-2', start: '2025-06-01' }, month: '2025-06' });
    expect(lines(second)).toEqual([
      ['itss-light-anshin-2', 3300, 300, null],
      ['itss-initial-fee', 0, 0, null],
    ]);
    // Another sum on the same rate: 2,200 + 0 + 1,650 × 2 = 5,500 → 500, not the 300 of a sum seen before.
    const third = fresh.monthlyInvoice({ contract: { planId: 'itss-light-anshin-1', start: '2025-06-01', oneOffCharges: [{ feeId: 'itss-visit-diagnosis', quantity: 2, on: '2025-06-03' }] }, month: '2025-06' });
    expect(lines(third)).toEqual([
      ['itss-light-anshin-1', 2200, 200, null],
      ['itss-initial-fee', 0, 0, null],
      ['itss-visit-diagnosis', 3300, 300, null],
    ]);
    expect(third.trace.slice(-2)).toEqual(['10%: 3 line(s), 5,500 tax-included; tax = 5,500 × 10/110 = 500 → 500 (floor, once for the rate)', 'total: 5,000 + tax 500 = 5,500']);
  });
});
