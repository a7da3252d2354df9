/**
 * monthlyInvoice, whole invoices: every reason (rule and message, in order), every trace line, the months billed at
 * the edges of a contract and of its options, the days accepted at each boundary, dates given as js-joda values,
 * and the memo of an invoicer giving the same invoices.
 *
 * Documents: 003 「サービス提供開始月の翌月から、解約月までの期間について、月額料金(月割)をお支払いいただきます。」 and
 * 「解約の場合、解約申込の受付が完了した日が解約日となります。」; 001 「2. 月額料金 (税込)」 (no billing period stated: the
 * defaults billing-period-not-stated and billing-partial-month), 「*1 … オプション提供開始日を含む料金月のみの適用」;
 * 000 「・ 訪問故障切り分けサポート時に機器設定を依頼された場合、基本作業費は免除いたします。」.
 */
import { LocalDate } from '@js-joda/core';
import { describe, expect, it } from 'vitest';
import { createInvoicer, monthlyInvoice, type BillingContract, type MonthlyInvoice, type MonthlyInvoiceInput } from '../../src/index.js';
import { textOf } from '../helpers/passage.js';

const inv = (contract: BillingContract, month: string, extra: Partial<MonthlyInvoiceInput> = {}): MonthlyInvoice => monthlyInvoice({ contract, month, ...extra });
const rules = (i: MonthlyInvoice) => i.reasons.map((r) => r.rule);
const messages = (i: MonthlyInvoice) => i.reasons.map((r) => r.message);
const totals = (i: MonthlyInvoice) => [i.taxExcludedYen, i.taxYen, i.taxIncludedYen, i.totalYen];

const ucom = { planId: 'ucom-remote-support', start: '2025-04-10' };
const light = { planId: 'itss-light-anshin-1', start: '2025-04-10' };
const planA = { planId: 'oas-plan-a', start: '2025-04-01' };

const RATE_10 = '10% standard rate, in force from 2019-10-01';
const TAX_POINT = "A monthly fee is taxed at the rate in force on its month's last day, when that month's service is completed";
const ONCE = "Each rate's tax is computed once from the unrounded sum of its lines and rounded once (default floor; option rounding)";
const ALLOCATION = "Each line's tax is its share of its rate's tax, by largest remainder; the shares add up to the rate's tax";
const FROM_INCLUDED = 'A tax-included price is the amount charged; the tax it contains is total × rate/(100 + rate) at the rate of the day';
const FIRST_DEFAULT = 'The monthly fee is charged from the month of the start day (not stated in the document: default)';
const LAST_DEFAULT = 'The monthly fee is charged through the month of the last day of service (not stated in the document: default)';
const PARTIAL_DEFAULT = 'The document does not state how a partial month is charged: charged in full by default (option partialMonth: daily prorates by days)';

describe('003: the months billed, and the reasons of each', () => {
  it('the start month: not billed, "billed from" the next month (no end yet), a first contract pays no 事務手数料, nothing to bill', () => {
    const i = inv(ucom, '2025-04');
    expect(i).toMatchObject({ planId: 'ucom-remote-support', month: '2025-04', basis: 'tax-excluded', rounding: 'floor', lines: [], byRate: [] });
    expect(totals(i)).toEqual([0, 0, 0, 0]);
    expect(rules(i)).toEqual(['billing.month-not-billed', 'billing.first-contract-no-fee', 'billing.nothing-to-bill']);
    expect(messages(i)).toEqual([
      'ucom-remote-support is not billed for 2025-04 (billed from 2025-05)',
      'No earlier contract of this service: a first contract pays no re-subscription fee',
      'Nothing is billed for 2025-04',
    ]);
    expect(i.reasons[0]).toMatchObject({ factId: 'ucom-remote-support', source: { document: '003_ffc254f782656f39.txt' } });
    expect(textOf(i.reasons[0]!.source!.passage)).toContain('サービス提供開始月の翌月から');
    expect(i.reasons[2]).toMatchObject({ interpretation: 'billing-month-outside-contract' });
    expect(i.trace).toEqual(['total: 0 + tax 0 = 0']);
  });

  it('a month after the end: "billed from … to" the 解約月 (the month of the 解約日, even on the 1st)', () => {
    expect(messages(inv({ ...ucom, end: '2025-08-20' }, '2025-09'))).toEqual(['ucom-remote-support is not billed for 2025-09 (billed from 2025-05 to 2025-08)', 'Nothing is billed for 2025-09']);
    expect(messages(inv({ ...ucom, end: '2025-09-01' }, '2025-10'))[0]).toBe('ucom-remote-support is not billed for 2025-10 (billed from 2025-05 to 2025-09)');
    expect(inv({ ...ucom, end: '2025-09-01' }, '2025-09').totalYen).toBe(550);
    // A month before the start: the first-contract reason is only for the start month.
    expect(rules(inv(ucom, '2025-03'))).toEqual(['billing.month-not-billed', 'billing.nothing-to-bill']);
  });

  it('a billed month: the plan fee, its period and the tax reasons; no partial-month reason (the document states 月割) unless the option is given', () => {
    const i = inv(ucom, '2025-05');
    expect(rules(i)).toEqual(['billing.plan-fee', 'billing.first-month', 'billing.last-month', 'tax.rate-in-force', 'tax.monthly-fee-tax-date', 'invoice.tax-once-per-rate']);
    expect(messages(i)).toEqual([
      'UCOM光 リモートサポート: 500 yen a month (税抜)',
      'The monthly fee is charged from the month after the start month',
      'The monthly fee is charged through the cancellation month (the month of the 解約日)',
      RATE_10,
      TAX_POINT,
      ONCE,
    ]);
    expect(i.reasons[4]).toMatchObject({ factId: 'jp-consumption-tax-tax-point', source: { document: 'ref:shohizei-tax-point' } });
    expect(i.reasons[5]).toMatchObject({ factId: 'jp-qualified-invoice-rounding', interpretation: 'billing-tax-rounding-default', source: { document: 'ref:shohizei-rei-70-10' } });
    expect(i.reasons[3]).toMatchObject({ factId: 'jp-consumption-tax-standard-2019', source: { document: 'ref:shohizei-ho-29' } });
    expect(i.trace).toEqual([
      'UCOM光 リモートサポート (ucom-remote-support): monthly fee 2025-05: 500 税抜 at 10% (2025-05-31); tax share 50',
      '10%: 1 line(s), 500 tax-excluded; tax = 500 × 10/100 = 50 → 50 (floor, once for the rate)',
      'total: 500 + tax 50 = 550',
    ]);
    const daily = inv(ucom, '2025-05', { partialMonth: 'daily' });
    expect(rules(daily)).toContain('billing.partial-month');
    expect(daily.totalYen).toBe(550);
    expect(rules(inv(ucom, '2025-05', { partialMonth: 'whole-month' }))).toContain('billing.partial-month');
  });

  it('a re-subscription: 事務手数料 ¥3,000 (税別) on the start month, taxed at the start day, with its three reasons', () => {
    const c = { ...ucom, earlierContracts: [{ planId: 'ucom-remote-support', start: '2022-01-10', end: '2023-03-15' }] };
    const i = inv(c, '2025-04');
    expect(rules(i)).toEqual([
      'billing.month-not-billed',
      'billing.resubscription-fee',
      'billing.resubscription-fee-month',
      'billing.fee',
      'tax.rate-in-force',
      'invoice.tax-once-per-rate',
    ]);
    expect(messages(i).slice(1, 4)).toEqual([
      'An earlier contract of this service ended before this one started: the re-subscription fee applies',
      'The document does not say which bill carries the fee: it is charged in the start month (option resubscriptionFeeMonth)',
      '事務手数料: 3000 yen per 申し込み (税抜)',
    ]);
    expect(i.lines).toEqual([
      expect.objectContaining({ kind: 'resubscription-fee', factId: 'ucom-remote-support-resubscription-fee', name: '事務手数料', quantity: 1, unitPriceYen: 3000, amountYen: 3000, taxDate: '2025-04-10', taxYen: 300, taxIncludedYen: 3300 }),
    ]);
    expect(i.trace[0]).toBe('事務手数料 (ucom-remote-support-resubscription-fee): re-subscription after an earlier contract ended: 3,000 税抜 at 10% (2025-04-10); tax share 300');
    // An earlier contract that ended on the new start day is accepted (it has ended before the new one starts).
    expect(inv({ ...ucom, earlierContracts: [{ planId: 'ucom-remote-support', start: '2022-01-10', end: '2025-04-10' }] }, '2025-04').totalYen).toBe(3300);
    // The next month: the fee only, and no re-subscription reason.
    expect(rules(inv(c, '2025-05'))).not.toContain('billing.resubscription-fee');
    // An empty list of earlier contracts is a first contract.
    expect(rules(inv({ ...ucom, earlierContracts: [] }, '2025-04'))).toContain('billing.first-contract-no-fee');
  });
});

describe('001 (税込): every line, reason and trace line', () => {
  it('the start month with its ¥0 初期費用 (「1. 初期費用 不要」)', () => {
    const i = inv(light, '2025-04');
    expect(rules(i)).toEqual([
      'billing.plan-fee',
      'billing.first-month',
      'billing.last-month',
      'billing.partial-month',
      'billing.initial-fee',
      'tax.rate-in-force',
      'tax.monthly-fee-tax-date',
      'invoice.tax-once-per-rate',
      'invoice.line-allocation',
      'tax.from-tax-included',
    ]);
    expect(messages(i)).toEqual([
      'ライト ライトあんしんプラン1: 2200 yen a month (税込)',
      FIRST_DEFAULT,
      LAST_DEFAULT,
      PARTIAL_DEFAULT,
      "初期費用 (0 yen) is charged once, on the start month's invoice",
      RATE_10,
      TAX_POINT,
      ONCE,
      ALLOCATION,
      FROM_INCLUDED,
    ]);
    expect(i.reasons[8]).toMatchObject({ interpretation: 'billing-line-allocation' });
    expect(i.reasons[9]).toMatchObject({ factId: 'jp-consumption-tax-from-tax-included', interpretation: 'billing-tax-included-amount-fixed' });
    expect(i.lines.map((l) => [l.kind, l.factId, l.name, l.quantity, l.unitPriceYen, l.amountYen, l.ratePercent, l.taxDate, l.taxYen, l.taxExcludedYen, l.taxIncludedYen])).toEqual([
      ['monthly-fee', 'itss-light-anshin-1', 'ライトあんしんプラン1', 1, 2200, 2200, 10, '2025-04-30', 200, 2000, 2200],
      ['initial-fee', 'itss-initial-fee', '初期費用', 1, 0, 0, 10, '2025-04-10', 0, 0, 0],
    ]);
    expect(i.lines.every((l) => !('proration' in l) && !('waived' in l))).toBe(true);
    expect(i.trace).toEqual([
      'ライトあんしんプラン1 (itss-light-anshin-1): monthly fee 2025-04: 2,200 税込 at 10% (2025-04-30); tax share 200',
      '初期費用 (itss-initial-fee): initial fee: 0 税込 at 10% (2025-04-10); tax share 0',
      '10%: 2 line(s), 2,200 tax-included; tax = 2,200 × 10/110 = 200 → 200 (floor, once for the rate)',
      'total: 2,000 + tax 200 = 2,200',
    ]);
    // explain: false keeps the reasons and the yen.
    const quiet = inv(light, '2025-04', { explain: false });
    expect(quiet.trace).toEqual([]);
    expect(quiet.reasons).toEqual(i.reasons);
    expect(quiet.lines).toEqual(i.lines);
  });

  it('a month with one line: no allocation reason', () => {
    expect(rules(inv(light, '2025-05'))).not.toContain('invoice.line-allocation');
    expect(rules(inv(light, '2025-05'))).toContain('tax.from-tax-included');
  });

  it('a prorated option (option partialMonth: daily): 時間延長 ¥1,100 × 17/31 days → ¥603; the plan fee in full', () => {
    const c = { ...light, options: [{ optionId: 'itss-light-time-extension', start: '2025-05-15', end: '2025-07-10' }] };
    const i = inv(c, '2025-05', { partialMonth: 'daily' });
    expect(i.lines.map((l) => [l.kind, l.amountYen, l.taxYen, l.proration])).toEqual([
      ['monthly-fee', 2200, 199, undefined],
      ['option', 603, 55, { activeDays: 17, daysInMonth: 31, rounding: 'floor' }],
    ]);
    expect(totals(i)).toEqual([2549, 254, 2803, 2803]);
    expect(i.trace).toEqual([
      'ライトあんしんプラン1 (itss-light-anshin-1): monthly fee 2025-05: 2,200 税込 at 10% (2025-05-31); tax share 199',
      '時間延長 (itss-light-time-extension): option 2025-05, 17/31 days: 1,100 → 603 税込 at 10% (2025-05-31); tax share 55',
      '10%: 2 line(s), 2,803 tax-included; tax = 2,803 × 10/110 = 254.818181… → 254 (floor, once for the rate)',
      'total: 2,549 + tax 254 = 2,803',
    ]);
    expect(rules(i).slice(4, 6)).toEqual(['billing.option-fee', 'billing.option-charge.monthly-while-active']);
    expect(messages(i).slice(4, 6)).toEqual(['時間延長: 1100 yen a month (税込)', '時間延長 is charged for every month it is active']);
    // Its last month: 9 of 31 days (end 2025-07-10 is the first day without the option); ceil rounds ¥319.35 up.
    expect(inv(c, '2025-07', { partialMonth: 'daily', prorationRounding: 'ceil' }).lines[1]).toMatchObject({ amountYen: 320, proration: { activeDays: 9, daysInMonth: 31, rounding: 'ceil' } });
    expect(inv(c, '2025-07', { partialMonth: 'daily', prorationRounding: 'half-up' }).lines[1]!.amountYen).toBe(319);
    // A full month in between: no proration.
    expect(inv(c, '2025-06', { partialMonth: 'daily' }).lines[1]).toMatchObject({ amountYen: 1100 });
    expect('proration' in inv(c, '2025-06', { partialMonth: 'daily' }).lines[1]!).toBe(false);
    // The month after the option ended: the plan only.
    expect(inv(c, '2025-08').lines.map((l) => l.factId)).toEqual(['itss-light-anshin-1']);
  });

  it('the contract ends mid-month, daily: both the plan and the option are prorated to the last day of service', () => {
    const c = { ...light, end: '2025-06-11', options: [{ optionId: 'itss-light-time-extension', start: '2025-05-15' }] };
    const i = inv(c, '2025-06', { partialMonth: 'daily' });
    // 10 of 30 days: 2,200 × 10/30 = 733.3 → 733; 1,100 × 10/30 = 366.6 → 366.
    expect(i.lines.map((l) => [l.factId, l.amountYen, l.proration?.activeDays])).toEqual([
      ['itss-light-anshin-1', 733, 10],
      ['itss-light-time-extension', 366, 10],
    ]);
    expect(inv(c, '2025-07', { partialMonth: 'daily' }).lines).toEqual([]);
    expect(messages(inv(c, '2025-07'))[0]).toBe('itss-light-anshin-1 is not billed for 2025-07 (billed from 2025-04 to 2025-06)');
    // An end on the 1st: the last day of service is in the month before.
    expect(messages(inv({ ...light, end: '2025-07-01' }, '2025-07'))[0]).toBe('itss-light-anshin-1 is not billed for 2025-07 (billed from 2025-04 to 2025-06)');
  });

  it('問い合わせ回数追加: charged for its start month only, its own reason and trace note', () => {
    const c = { planId: 'itss-standard-anshin-1', start: '2025-04-01', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2025-05-20' }] };
    const i = inv(c, '2025-05');
    expect(i.trace[1]).toBe('問い合わせ回数追加 (itss-standard-extra-inquiries): option for its start month 2025-05: 3,850 税込 at 10% (2025-05-31); tax share 350');
    expect(messages(i)).toContain('問い合わせ回数追加 is charged only for the month that contains its start day');
    expect(messages(i)).toContain('問い合わせ回数追加: 3850 yen a month (税込)');
    expect(inv(c, '2025-04').lines.map((l) => l.factId)).toEqual(['itss-standard-anshin-1', 'itss-initial-fee']);
    expect(inv(c, '2025-06').lines.map((l) => l.factId)).toEqual(['itss-standard-anshin-1']);
  });

  it('one-off charges: quantity in the trace, the unit label, each fee reason', () => {
    const c = { ...light, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 3, on: '2025-05-20' }, { feeId: 'itss-visit-diagnosis', quantity: 1, on: '2025-05-20' }] };
    const i = inv(c, '2025-05');
    expect(i.trace.slice(1, 3)).toEqual([
      'プリンタ設定 (itss-visit-printer): 3 × プリンタ1台: 4,840 × 3 = 14,520 税込 at 10% (2025-05-20); tax share 1,320',
      expect.stringMatching(/^状況診断費 \(itss-visit-diagnosis\): 1 × .*: 1,650 税込 at 10% \(2025-05-20\); tax share 150$/),
    ]);
    expect(i.lines.map((l) => [l.kind, l.quantity, l.unitPriceYen, l.amountYen])).toEqual([
      ['monthly-fee', 1, 2200, 2200],
      ['one-off', 3, 4840, 14520],
      ['one-off', 1, 1650, 1650],
    ]);
    expect(rules(i).filter((r) => r === 'billing.fee')).toHaveLength(2);
    // A charge on the start day and on the day before the end are inside the contract.
    expect(inv({ ...light, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-04-10' }] }, '2025-04').totalYen).toBe(7040);
    expect(inv({ ...light, end: '2025-06-01', oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-05-31' }] }, '2025-05').totalYen).toBe(7040);
    // Charges of another month are not on this invoice.
    expect(inv(c, '2025-06').lines.map((l) => l.kind)).toEqual(['monthly-fee']);
  });

  it('プラン1 ライト ¥1,760 (stated at 10%) in 2014-03: rebased to ¥1,680 at 5%, with its reason; daily proration of the rebased fee', () => {
    const i = inv({ planId: 'itss-legacy-light-1', start: '2012-06-01' }, '2014-03');
    expect(i.lines[0]).toMatchObject({ unitPriceYen: 1680, amountYen: 1680, ratePercent: 5, taxYen: 80 });
    expect(i.trace[0]).toBe('プラン1 ライト (itss-legacy-light-1): monthly fee 2014-03: 1,680 税込 at 5% (2014-03-31); tax share 80');
    expect(messages(i)).toContain('¥1,760 includes 10% tax: its tax-excluded base is taxed at 5%, ¥1,680');
    expect(messages(i)).toContain('5% standard rate, in force from 1997-04-01 until 2014-04-01');
    const d = inv({ planId: 'itss-legacy-light-1', start: '2012-06-01', end: '2014-03-11' }, '2014-03', { partialMonth: 'daily' });
    expect(d.lines[0]).toMatchObject({ unitPriceYen: 1680, amountYen: 541, taxYen: 25, proration: { activeDays: 10, daysInMonth: 31 } });
    expect(d.trace[0]).toBe('プラン1 ライト (itss-legacy-light-1): monthly fee 2014-03, 10/31 days: 1,680 → 541 税込 at 5% (2014-03-31); tax share 25');
    // At 10% (its stated rate) the fee is as printed, and no rebase reason is given.
    const oct = inv({ planId: 'itss-legacy-light-1', start: '2012-06-01' }, '2019-10');
    expect(oct.lines[0]).toMatchObject({ unitPriceYen: 1760, amountYen: 1760 });
    expect(rules(oct)).not.toContain('price.tax-included-rebased');
  });

  it('the days accepted at each edge: sale start and end days, option end at the contract end, options one after the other', () => {
    expect(inv({ planId: 'itss-standard-anshin-1', start: '2020-09-07' }, '2020-10').totalYen).toBe(3850);
    expect(inv({ planId: 'itss-legacy-light-1', start: '2019-04-19' }, '2019-05').totalYen).toBe(1728);
    expect(inv({ planId: 'itss-legacy-standard-mini', start: '2019-04-19' }, '2019-05', { unknownEndOfSale: 'treat-as-on-sale' }).totalYen).toBe(3888);
    expect(inv({ ...light, end: '2025-06-01', options: [{ optionId: 'itss-light-time-extension', start: '2025-05-01', end: '2025-06-01' }] }, '2025-05').totalYen).toBe(3300);
    const twice = { ...light, options: [{ optionId: 'itss-light-time-extension', start: '2025-05-01', end: '2025-06-01' }, { optionId: 'itss-light-time-extension', start: '2025-06-01' }] };
    expect(inv(twice, '2025-06').lines.map((l) => l.factId)).toEqual(['itss-light-anshin-1', 'itss-light-time-extension']);
    expect(inv(twice, '2025-05').lines.map((l) => l.factId)).toEqual(['itss-light-anshin-1', 'itss-light-time-extension']);
    expect(inv({ ...light, end: null } as never, '2025-05').totalYen).toBe(2200);
    expect(inv({ ...light, options: [{ optionId: 'itss-light-time-extension', start: '2025-05-01', end: null }] } as never, '2030-05').totalYen).toBe(3300);
  });
});

describe('000: waivers', () => {
  it('by the document’s rule for the occasion: ¥0, the rule as source, "— → 0" in the trace', () => {
    const i = inv({ ...planA, oneOffCharges: [{ feeId: 'oas-visit-basic-work', quantity: 1, on: '2025-05-12', occasion: 'fault-isolation-visit' }] }, '2025-05');
    const reasonText = '基本作業費 is waived when the work is asked for during an on-site fault-isolation visit';
    expect(i.lines[1]).toMatchObject({ kind: 'one-off', amountYen: 0, unitPriceYen: null, waived: { reason: reasonText, ruleId: 'oas-basic-work-fee-waiver' } });
    expect(i.trace[1]).toBe(`基本作業費 (oas-visit-basic-work): waived: ${reasonText}: — → 0 税抜 at 10% (2025-05-12); tax share 0`);
    const w = i.reasons.find((r) => r.rule === 'billing.fee-waived')!;
    expect(w).toMatchObject({ message: `基本作業費 waived: ${reasonText}`, factId: 'oas-basic-work-fee-waiver', interpretation: 'billing-waiver-occasion', source: { document: '000_34f9cbb9e8f7f627.txt' } });
    expect(textOf(w.source!.passage)).toContain('基本作業費は免除いたします');
  });

  it('by the caller, with its own source (copied and frozen): its reason wins over the rule', () => {
    const source = { document: 'memo.txt', passage: ['a', 'b'], note: 'n' };
    const i = inv({ ...planA, oneOffCharges: [{ feeId: 'oas-visit-basic-work', quantity: 2, on: '2025-05-12', waived: { reason: 'goodwill', source }, occasion: 'fault-isolation-visit' }] }, '2025-05');
    expect(i.lines[1]!.waived).toEqual({ reason: 'goodwill', source });
    expect(i.lines[1]!.waived!.source).not.toBe(source);
    expect(Object.isFrozen(i.lines[1]!.waived!.source)).toBe(true);
    expect(Object.isFrozen(i.lines[1]!.waived!.source!.passage)).toBe(true);
    source.passage.push('c');
    expect(i.lines[1]!.waived!.source!.passage).toEqual(['a', 'b']);
    expect(i.trace[1]).toBe('基本作業費 (oas-visit-basic-work): waived: goodwill: — × 2 → 0 税抜 at 10% (2025-05-12); tax share 0');
    const w = i.reasons.find((r) => r.rule === 'billing.fee-waived')!;
    expect(w).toMatchObject({ message: '基本作業費 waived: goodwill', factId: 'oas-visit-basic-work', source: { document: 'memo.txt' } });
    expect(w.interpretation).toBeUndefined();
    // A string passage and no note; no source at all.
    const s = inv({ ...planA, oneOffCharges: [{ feeId: 'oas-visit-basic-work', quantity: 1, on: '2025-05-12', waived: { reason: 'r', source: { document: 'd', passage: 'p' } } }] }, '2025-05');
    expect(s.lines[1]!.waived).toEqual({ reason: 'r', source: { document: 'd', passage: 'p' } });
    expect('note' in s.lines[1]!.waived!.source!).toBe(false);
    const none = inv({ ...planA, oneOffCharges: [{ feeId: 'oas-visit-basic-work', quantity: 1, on: '2025-05-12', waived: { reason: 'r' } }] }, '2025-05');
    expect(none.lines[1]!.waived).toEqual({ reason: 'r' });
    expect('source' in none.lines[1]!.waived!).toBe(false);
  });

  it('an occasion without a rule for that fee changes nothing (001 プリンタ設定 is charged)', () => {
    const i = inv({ ...light, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-05-01', occasion: 'fault-isolation-visit' }] }, '2025-05');
    expect(i.lines[1]).toMatchObject({ amountYen: 4840 });
    expect('waived' in i.lines[1]!).toBe(false);
  });
});

describe('dates as js-joda LocalDate values: the same invoice as the text', () => {
  it('contract, option, charge and earlier-contract dates', () => {
    const d = (s: string) => LocalDate.parse(s);
    const text: BillingContract = {
      planId: 'itss-standard-anshin-1',
      start: '2025-04-10',
      end: '2025-09-01',
      options: [{ optionId: 'itss-standard-time-extension', start: '2025-05-03', end: '2025-07-01' }],
      oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 2, on: '2025-05-20' }],
      earlierContracts: [{ planId: 'itss-standard-anshin-2', start: '2024-01-01', end: '2024-06-01' }],
    };
    const joda = {
      ...text,
      start: d('2025-04-10'),
      end: d('2025-09-01'),
      options: [{ optionId: 'itss-standard-time-extension', start: d('2025-05-03'), end: d('2025-07-01') }],
      oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 2, on: d('2025-05-20') }],
      earlierContracts: [{ planId: 'itss-standard-anshin-2', start: d('2024-01-01'), end: d('2024-06-01') }],
    } as unknown as BillingContract;
    for (const month of ['2025-04', '2025-05', '2025-08', '2025-09']) expect(inv(joda, month)).toEqual(inv(text, month));
    expect(inv(joda, '2025-05').totalYen).toBe(3850 + 2200 + 9680);
    // Only one date foreign: the rest is read as given.
    expect(inv({ ...text, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 2, on: d('2025-05-20') }] } as never, '2025-05')).toEqual(inv(text, '2025-05'));
    expect(inv({ ...text, options: [{ optionId: 'itss-standard-time-extension', start: '2025-05-03', end: d('2025-07-01') }] } as never, '2025-06')).toEqual(inv(text, '2025-06'));
    expect(inv({ ...text, earlierContracts: [{ planId: 'itss-standard-anshin-2', start: '2024-01-01', end: d('2024-06-01') }] } as never, '2025-05')).toEqual(inv(text, '2025-05'));
    expect(inv({ ...text, end: d('2025-09-01') } as never, '2025-09')).toEqual(inv(text, '2025-09'));
  });
});

describe('an invoicer (memo of days and months) gives the same invoices and errors', () => {
  it('warm and cold, for the same texts', () => {
    const invoicer = createInvoicer();
    const c = { ...light, end: '2025-06-11', options: [{ optionId: 'itss-light-time-extension', start: '2025-05-15' }], oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-05-15' }] };
    for (let round = 0; round < 2; round++) {
      for (const month of ['2025-04', '2025-05', '2025-06', '2025-07']) expect(invoicer.monthlyInvoice({ contract: c, month })).toEqual(inv(c, month));
    }
    expect(() => invoicer.monthlyInvoice({ contract: { ...c, start: '2025-02-30' }, month: '2025-05' })).toThrow(expect.objectContaining({ path: ['contract', 'start'] }));
    expect(() => invoicer.monthlyInvoice({ contract: { ...c, start: 5 } as never, month: '2025-05' })).toThrow(expect.objectContaining({ path: ['contract', 'start'] }));
    expect(() => invoicer.monthlyInvoice({ contract: c, month: '2025-13' })).toThrow(expect.objectContaining({ path: ['month'] }));
    expect(invoicer.monthlyInvoice({ contract: c, month: '2025-05' }).month).toBe('2025-05');
  });
});
