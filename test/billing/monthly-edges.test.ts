/**
 * monthlyInvoice at its edges: lines whose tax-included price is re-based in an 8% month (a waived line keeps its
 * displayed unit price and ¥0; a quantity multiplies the re-based unit), the days accepted at each boundary (the
 * service start of 002, an option or charge on the contract's first and last day, an earlier contract ending on the
 * new start day), overlapping options in either order, caller waivers' sources, and dates given as js-joda values
 * next to malformed items.
 *
 * Documents: 001 「2. 月額料金 (税込)」「ライト 基本メニュー ライトあんしんプラン1 2,200円」「オプションメニュー 時間延長 1,100円」,
 * 「○主な設定メニュー例 (税込)」「プリンタ設定 プリンタ1台 4,840円」, 「状況診断費 1派遣 1,650円」; its prices are stated at 10%
 * (fixtures/001 billing.taxIncludedPrices: 「every amount is 1.1 × a round tax-excluded price」), so in an 8% month
 * each is its base × 1.08 (interpretation billing-tax-included-rebase). 002 「附 則 第１条（発効期日） 本規約は、2010 年 5 月 6 日より
 * 施行します。」 and 「本サービスの提供に係わる料金は無料とします。」. 003 「※本契約解除後、再度本サービスへの申し込みには事務手数料3,000円(税別)が
 * かかります」. Rates (consumption-tax.json): 8% from 2014-04-01 until 2019-10-01, 5% from 1997-04-01.
 */
import { LocalDate } from '@js-joda/core';
import { describe, expect, it } from 'vitest';
import { ConflictError, InvalidInputError, monthlyInvoice, NotFoundError, type BillingContract, type MonthlyInvoice } from '../../src/index.js';
import { textOf } from '../helpers/passage.js';

const light = { planId: 'itss-light-anshin-1', start: '2019-05-01' };
const inv = (contract: unknown, month: string): MonthlyInvoice => monthlyInvoice({ contract: contract as BillingContract, month });
const totals = (i: MonthlyInvoice) => [i.taxExcludedYen, i.taxYen, i.taxIncludedYen, i.totalYen];
const amounts = (i: MonthlyInvoice) => i.lines.map((l) => [l.factId, l.quantity, l.unitPriceYen, l.amountYen, l.ratePercent, l.taxDate, l.taxYen, l.taxExcludedYen, l.taxIncludedYen]);
const rules = (i: MonthlyInvoice) => i.reasons.map((r) => r.rule);

function refusal(call: () => unknown): { cls: unknown; path: unknown; message: string; details: unknown } {
  try {
    call();
  } catch (e) {
    const err = e as InvalidInputError;
    return { cls: err.constructor, path: err.path, message: err.message, details: err.details };
  }
  throw new Error('expected a refusal');
}

const REBASED_2200 = '¥2,200 includes 10% tax: its tax-excluded base is taxed at 8%, ¥2,160';
const REBASED_4840 = '¥4,840 includes 10% tax: its tax-excluded base is taxed at 8%, ¥4,752';
const RATE_8 = '8% standard rate, in force from 2014-04-01 until 2019-10-01';

describe('re-based tax-included prices in an 8% month (2019-09)', () => {
  it('a waived one-off line stays ¥0 with its displayed unit price ¥4,840; the re-basing reason is still given', () => {
    const i = inv({ ...light, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 2, on: '2019-09-10', waived: { reason: 'goodwill' } }] }, '2019-09');
    // Plan: 2,200 / 1.1 = 2,000 × 1.08 = 2,160; tax 2,160 × 8/108 = 160 exactly, all of it the plan's share.
    expect(amounts(i)).toEqual([
      ['itss-light-anshin-1', 1, 2160, 2160, 8, '2019-09-30', 160, 2000, 2160],
      ['itss-visit-printer', 2, 4840, 0, 8, '2019-09-10', 0, 0, 0],
    ]);
    expect(i.lines[1]!.waived).toStrictEqual({ reason: 'goodwill' });
    expect(totals(i)).toEqual([2000, 160, 2160, 2160]);
    expect(i.trace).toEqual([
      'ライトあんしんプラン1 (itss-light-anshin-1): monthly fee 2019-09: 2,160 税込 at 8% (2019-09-30); tax share 160',
      'プリンタ設定 (itss-visit-printer): waived: goodwill: 4,840 × 2 → 0 税込 at 8% (2019-09-10); tax share 0',
      '8%: 2 line(s), 2,160 tax-included; tax = 2,160 × 8/108 = 160 → 160 (floor, once for the rate)',
      'total: 2,000 + tax 160 = 2,160',
    ]);
    expect(i.reasons.map((r) => r.message)).toEqual([
      'ライト ライトあんしんプラン1: 2200 yen a month (税込)',
      'The monthly fee is charged from the month of the start day (not stated in the document: default)',
      'The monthly fee is charged through the month of the last day of service (not stated in the document: default)',
      'The document does not state how a partial month is charged: charged in full by default (option partialMonth: daily prorates by days)',
      'プリンタ設定 waived: goodwill',
      REBASED_2200,
      REBASED_4840,
      RATE_8,
      "A monthly fee is taxed at the rate in force on its month's last day, when that month's service is completed",
      "Each rate's tax is computed once from the unrounded sum of its lines and rounded once (default floor; option rounding)",
      "Each line's tax is its share of its rate's tax, by largest remainder; the shares add up to the rate's tax",
      'A tax-included price is the amount charged; the tax it contains is total × rate/(100 + rate) at the rate of the day',
    ]);
  });

  it('a quantity multiplies the re-based unit: プリンタ設定 × 3 = 4,752 × 3 = 14,256', () => {
    const i = inv({ ...light, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 3, on: '2019-09-10' }] }, '2019-09');
    // 4,840 / 1.1 = 4,400 × 1.08 = 4,752. Rate sum 2,160 + 14,256 = 16,416; tax 16,416 × 8/108 = 1,216 (16,416 = 108 × 152);
    // shares 2,160 × 1,216 / 16,416 = 160 and 14,256 × 1,216 / 16,416 = 1,056, both exact.
    expect(amounts(i)).toEqual([
      ['itss-light-anshin-1', 1, 2160, 2160, 8, '2019-09-30', 160, 2000, 2160],
      ['itss-visit-printer', 3, 4752, 14256, 8, '2019-09-10', 1056, 13200, 14256],
    ]);
    expect(totals(i)).toEqual([15200, 1216, 16416, 16416]);
    expect(i.trace[1]).toBe('プリンタ設定 (itss-visit-printer): 3 × プリンタ1台: 4,752 × 3 = 14,256 税込 at 8% (2019-09-10); tax share 1,056');
    expect(i.trace[2]).toBe('8%: 2 line(s), 16,416 tax-included; tax = 16,416 × 8/108 = 1216 → 1,216 (floor, once for the rate)');
    expect(rules(i)).toContain('billing.fee');
    expect(i.reasons.filter((r) => r.rule === 'price.tax-included-rebased').map((r) => r.message)).toEqual([REBASED_2200, REBASED_4840]);
  });
});

describe('the days accepted at each boundary', () => {
  it("002 from its first day (「本規約は、2010 年 5 月 6 日より施行します。」): ¥0 (「料金は無料」) at 5%", () => {
    const i = inv({ planId: 'helpdesk-support', start: '2010-05-06' }, '2010-05');
    expect(amounts(i)).toEqual([['helpdesk-support', 1, 0, 0, 5, '2010-05-31', 0, 0, 0]]);
    expect(totals(i)).toEqual([0, 0, 0, 0]);
    expect(textOf(i.lines[0]!.source.passage)).toContain('料金は無料とします');
    expect(i.reasons.find((r) => r.rule === 'tax.rate-in-force')?.message).toBe('5% standard rate, in force from 1997-04-01 until 2014-04-01');
  });

  it('an option from the day before the end, a charge on the last day of service: billed in 2019-09 (8%)', () => {
    const contract = {
      ...light,
      end: '2019-10-01',
      oneOffCharges: [{ feeId: 'itss-visit-diagnosis', quantity: 1, on: '2019-05-01' }, { feeId: 'itss-visit-diagnosis', quantity: 1, on: '2019-09-30' }],
      options: [{ optionId: 'itss-light-time-extension', start: '2019-09-30' }],
    };
    const i = inv(contract, '2019-09');
    // 2,160 + 1,080 (1,100 / 1.1 × 1.08) + 1,620 (1,650 / 1.1 × 1.08) = 4,860; tax 4,860 × 8/108 = 360; shares 160, 80, 120.
    expect(amounts(i)).toEqual([
      ['itss-light-anshin-1', 1, 2160, 2160, 8, '2019-09-30', 160, 2000, 2160],
      ['itss-light-time-extension', 1, 1080, 1080, 8, '2019-09-30', 80, 1000, 1080],
      ['itss-visit-diagnosis', 1, 1620, 1620, 8, '2019-09-30', 120, 1500, 1620],
    ]);
    expect(totals(i)).toEqual([4500, 360, 4860, 4860]);
    // The charge on the start day is on the start month's invoice, with the option from the start day and the ¥0 初期費用.
    const may = inv({ ...contract, options: [{ optionId: 'itss-light-time-extension', start: '2019-05-01' }] }, '2019-05');
    expect(may.lines.map((l) => [l.factId, l.amountYen])).toEqual([
      ['itss-light-anshin-1', 2160],
      ['itss-light-time-extension', 1080],
      ['itss-initial-fee', 0],
      ['itss-visit-diagnosis', 1620],
    ]);
    expect(totals(may)).toEqual([4500, 360, 4860, 4860]);
  });

  it('003: an earlier contract that ended on the new start day is a re-subscription (事務手数料 3,000 + 10% = 3,300)', () => {
    const i = inv({ planId: 'ucom-remote-support', start: '2025-04-10', earlierContracts: [{ planId: 'ucom-remote-support', start: '2024-01-01', end: '2025-04-10' }] }, '2025-04');
    expect(amounts(i)).toEqual([['ucom-remote-support-resubscription-fee', 1, 3000, 3000, 10, '2025-04-10', 300, 3000, 3300]]);
    expect(totals(i)).toEqual([3000, 300, 3300, 3300]);
    expect(i.trace[0]).toBe('事務手数料 (ucom-remote-support-resubscription-fee): re-subscription after an earlier contract ended: 3,000 税抜 at 10% (2025-04-10); tax share 300');
  });
});

describe('overlapping options, in either order', () => {
  const overlap = (n: number) => ({
    cls: ConflictError,
    path: ['contract', 'options', n, 'start'],
    message: `contract.options[${n}].start: itss-light-time-extension is already on the contract for this period (options[0])`,
    details: { optionId: 'itss-light-time-extension' },
  });
  it('an open-ended option overlaps any later one of the same id', () => {
    const c = { ...light, options: [{ optionId: 'itss-light-time-extension', start: '2019-06-01' }, { optionId: 'itss-light-time-extension', start: '2019-08-01', end: '2019-09-01' }] };
    expect(refusal(() => inv(c, '2019-09'))).toEqual(overlap(1));
  });
  it('an earlier open-ended option overlaps one given before it', () => {
    const c = { ...light, options: [{ optionId: 'itss-light-time-extension', start: '2019-06-01' }, { optionId: 'itss-light-time-extension', start: '2019-05-01' }] };
    expect(refusal(() => inv(c, '2019-05'))).toEqual(overlap(1));
  });
  it('an earlier option ending on the later one’s start day does not overlap', () => {
    const c = { ...light, options: [{ optionId: 'itss-light-time-extension', start: '2019-06-01' }, { optionId: 'itss-light-time-extension', start: '2019-05-01', end: '2019-06-01' }] };
    expect(inv(c, '2019-05').lines.map((l) => [l.factId, l.amountYen])).toEqual([
      ['itss-light-anshin-1', 2160],
      ['itss-light-time-extension', 1080],
      ['itss-initial-fee', 0],
    ]);
    expect(inv(c, '2019-06').lines.map((l) => [l.factId, l.amountYen])).toEqual([
      ['itss-light-anshin-1', 2160],
      ['itss-light-time-extension', 1080],
    ]);
  });
});

describe('waivers given by the caller', () => {
  it('an empty reason is refused', () => {
    expect(refusal(() => inv({ ...light, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2019-09-10', waived: { reason: '' } }] }, '2019-09'))).toEqual({
      cls: InvalidInputError,
      path: ['contract', 'oneOffCharges', 0, 'waived', 'reason'],
      message: 'contract.oneOffCharges[0].waived.reason: A waiver needs a reason (a non-empty string)',
      details: {},
    });
  });

  it('sources are copied as given: a text passage with a note, a list of passages without one (frozen copies)', () => {
    const list = ['p', 'q'];
    const i = inv(
      {
        ...light,
        oneOffCharges: [
          { feeId: 'itss-visit-printer', quantity: 1, on: '2019-09-10', waived: { reason: 'r', source: { document: 'd', passage: 'p', note: 'n' } } },
          { feeId: 'itss-visit-printer', quantity: 1, on: '2019-09-11', waived: { reason: 'r2', source: { document: 'd', passage: list } } },
        ],
      },
      '2019-09',
    );
    expect(i.lines[1]!.waived).toStrictEqual({ reason: 'r', source: { document: 'd', passage: 'p', note: 'n' } });
    expect(i.lines[2]!.waived).toStrictEqual({ reason: 'r2', source: { document: 'd', passage: ['p', 'q'] } });
    expect(i.lines[2]!.waived!.source!.passage).not.toBe(list);
    expect(Object.isFrozen(i.lines[2]!.waived!.source)).toBe(true);
    expect(Object.isFrozen(i.lines[2]!.waived!.source!.passage)).toBe(true);
    expect(i.reasons.filter((r) => r.rule === 'billing.fee-waived').map((r) => [r.message, r.source])).toEqual([
      ['プリンタ設定 waived: r', { document: 'd', passage: 'p', note: 'n' }],
      ['プリンタ設定 waived: r2', { document: 'd', passage: ['p', 'q'] }],
    ]);
    expect(totals(i)).toEqual([2000, 160, 2160, 2160]);
  });
});

describe('dates as js-joda LocalDate values', () => {
  it('only the start: the same invoice as the text', () => {
    expect(inv({ ...light, start: LocalDate.parse('2019-05-01') }, '2019-09')).toEqual(inv(light, '2019-09'));
    expect(inv({ ...light, end: LocalDate.parse('2019-10-01') }, '2019-09')).toEqual(inv({ ...light, end: '2019-10-01' }, '2019-09'));
  });

  it('a malformed item next to a LocalDate is refused as with text dates', () => {
    const start = LocalDate.parse('2019-05-01');
    expect(refusal(() => inv({ ...light, start, options: [null] }, '2019-09'))).toEqual({
      cls: InvalidInputError,
      path: ['contract', 'options', 0],
      message: 'contract.options[0]: Expected an option { optionId, start, end? }',
      details: {},
    });
    expect(refusal(() => inv({ ...light, start, oneOffCharges: [null] }, '2019-09'))).toEqual({
      cls: InvalidInputError,
      path: ['contract', 'oneOffCharges', 0],
      message: 'contract.oneOffCharges[0]: Expected a charge { feeId, quantity, on }',
      details: {},
    });
    expect(refusal(() => inv({ ...light, start, earlierContracts: [null] }, '2019-09'))).toEqual({
      cls: InvalidInputError,
      path: ['contract', 'earlierContracts', 0],
      message: 'contract.earlierContracts[0]: Expected an earlier contract { planId, start, end }',
      details: {},
    });
  });
});

describe('periods of options and earlier contracts', () => {
  it('003 with an empty list of earlier contracts is a first contract (「本サービス初回契約の場合は不要」): no 事務手数料', () => {
    const i = inv({ planId: 'ucom-remote-support', start: '2025-04-10', earlierContracts: [] }, '2025-04');
    expect(i.lines).toEqual([]);
    expect(rules(i)).toEqual(['billing.month-not-billed', 'billing.first-contract-no-fee', 'billing.nothing-to-bill']);
  });

  it('an option ending before the contract is not billed after its own end', () => {
    const i = inv({ planId: 'itss-light-anshin-1', start: '2025-04-10', end: '2025-08-01', options: [{ optionId: 'itss-light-time-extension', start: '2025-05-01', end: '2025-06-01' }] }, '2025-07');
    expect(amounts(i)).toEqual([['itss-light-anshin-1', 1, 2200, 2200, 10, '2025-07-31', 200, 2000, 2200]]);
  });

  it('an open option ends with the contract: billed through the last month of service, not after', () => {
    const c = { planId: 'itss-light-anshin-1', start: '2025-04-10', end: '2025-07-01', options: [{ optionId: 'itss-light-time-extension', start: '2025-05-01' }] };
    // 2,200 + 1,100 = 3,300; × 10/110 = 300: shares 200 and 100.
    expect(amounts(inv(c, '2025-06'))).toEqual([
      ['itss-light-anshin-1', 1, 2200, 2200, 10, '2025-06-30', 200, 2000, 2200],
      ['itss-light-time-extension', 1, 1100, 1100, 10, '2025-06-30', 100, 1000, 1100],
    ]);
    const july = inv(c, '2025-07');
    expect(july.lines).toEqual([]);
    expect(rules(july)).toEqual(['billing.month-not-billed', 'billing.nothing-to-bill']);
  });

  it('two different options of a スタンダード plan in the same month do not overlap (「問い合わせ回数追加*1 3,850円」「時間延長 2,200円」)', () => {
    const options = [{ optionId: 'itss-standard-extra-inquiries', start: '2025-05-03' }, { optionId: 'itss-standard-time-extension', start: '2025-05-01' }];
    // 3,850 + 3,850 + 2,200 = 9,900; × 10/110 = 900: shares 350, 350, 200.
    const i = inv({ planId: 'itss-standard-anshin-1', start: '2025-04-10', options }, '2025-05');
    expect(i.lines.map((l) => [l.factId, l.amountYen, l.taxYen])).toEqual([
      ['itss-standard-anshin-1', 3850, 350],
      ['itss-standard-extra-inquiries', 3850, 350],
      ['itss-standard-time-extension', 2200, 200],
    ]);
    expect(totals(i)).toEqual([9000, 900, 9900, 9900]);
    const reversed = inv({ planId: 'itss-standard-anshin-1', start: '2025-04-10', options: [options[1], options[0]] }, '2025-05');
    expect(reversed.lines.map((l) => [l.factId, l.amountYen, l.taxYen])).toEqual([
      ['itss-standard-anshin-1', 3850, 350],
      ['itss-standard-time-extension', 2200, 200],
      ['itss-standard-extra-inquiries', 3850, 350],
    ]);
  });

  it("an unknown fee lists only the document's fees that apply to the plan (プラン1 ライト: not the visit menu of the あんしん plans)", () => {
    expect(refusal(() => inv({ planId: 'itss-legacy-light-1', start: '2012-06-01', oneOffCharges: [{ feeId: 'x', quantity: 1, on: '2019-03-01' }] }, '2019-03'))).toEqual({
      cls: NotFoundError,
      path: ['contract', 'oneOffCharges', 0, 'feeId'],
      message: 'contract.oneOffCharges[0].feeId: Unknown fee "x" for itss-legacy-light-1; this document\'s fees: itss-initial-fee',
      details: { value: 'x' },
    });
    expect(refusal(() => inv({ planId: 'iij-mpc-management-entry', start: '2025-01-01', oneOffCharges: [{ feeId: 'x', quantity: 1, on: '2025-03-01' }] }, '2025-03'))).toEqual({
      cls: NotFoundError,
      path: ['contract', 'oneOffCharges', 0, 'feeId'],
      message: 'contract.oneOffCharges[0].feeId: Unknown fee "x" for iij-mpc-management-entry',
      details: { value: 'x' },
    });
  });
});

describe('daily proration at the end of a month (option partialMonth: daily; 001 states no partial-month rule)', () => {
  it('a 解約日 on the 31st: 30 of 31 days, 2,200 × 30/31 = 2,129.03… → 2,129; tax 193.5… → 193', () => {
    const i = monthlyInvoice({ partialMonth: 'daily', contract: { planId: 'itss-light-anshin-1', start: '2025-04-10', end: '2025-05-31' }, month: '2025-05' });
    expect(i.lines.map((l) => [l.amountYen, l.taxYen, l.proration])).toEqual([[2129, 193, { activeDays: 30, daysInMonth: 31, rounding: 'floor' }]]);
    expect(i.trace[0]).toBe('ライトあんしんプラン1 (itss-light-anshin-1): monthly fee 2025-05, 30/31 days: 2,200 → 2,129 税込 at 10% (2025-05-31); tax share 193');
  });

  it('a 解約日 on the 1st of the next month: the whole month, no proration', () => {
    const i = monthlyInvoice({ partialMonth: 'daily', contract: { planId: 'itss-light-anshin-1', start: '2025-04-10', end: '2025-06-01' }, month: '2025-05' });
    expect(i.lines.map((l) => [l.amountYen, l.taxYen])).toEqual([[2200, 200]]);
    expect(i.lines[0]).not.toHaveProperty('proration');
  });
});

describe('a contract in the 1990s (month arithmetic on 19xx dates)', () => {
  // 000 「◎表示金額は税抜きです。 … プラン A (～3台) … 月額利用料 3,900円」; 3% until 1997-03-31, 5% from 1997-04-01 (consumption-tax.json);
  // 000 「・ 訪問故障切り分けサポート時に機器設定を依頼された場合、基本作業費は免除いたします。」.
  const c = {
    planId: 'oas-plan-a',
    start: '1997-03-15',
    end: '1999-01-01',
    oneOffCharges: [{ feeId: 'oas-visit-basic-work', quantity: 1, on: '1998-05-10', occasion: 'fault-isolation-visit' }],
  };
  const row = (i: MonthlyInvoice) => i.lines.map((l) => [l.factId, l.amountYen, l.ratePercent, l.taxDate, l.taxYen]);
  it('billed from the start month 1997-03 through the last month of service 1998-12', () => {
    expect(inv(c, '1997-02').reasons[0]!.message).toBe('oas-plan-a is not billed for 1997-02 (billed from 1997-03 to 1998-12)');
    expect(inv(c, '1997-02').lines).toEqual([]);
    // 3,900 × 3% = 117; the 工事費 (¥0) on the start month's invoice.
    expect(row(inv(c, '1997-03'))).toEqual([
      ['oas-plan-a', 3900, 3, '1997-03-31', 117],
      ['oas-construction-fee', 0, 3, '1997-03-15', 0],
    ]);
    // 3,900 × 5% = 195.
    expect(row(inv(c, '1997-04'))).toEqual([['oas-plan-a', 3900, 5, '1997-04-30', 195]]);
    expect(row(inv(c, '1998-12'))).toEqual([['oas-plan-a', 3900, 5, '1998-12-31', 195]]);
    expect(inv(c, '1999-01').lines).toEqual([]);
  });
  it('a charge is on the invoice of its own month (1998-05), not another', () => {
    expect(row(inv(c, '1998-04'))).toEqual([['oas-plan-a', 3900, 5, '1998-04-30', 195]]);
    expect(row(inv(c, '1998-05'))).toEqual([
      ['oas-plan-a', 3900, 5, '1998-05-31', 195],
      ['oas-visit-basic-work', 0, 5, '1998-05-10', 0],
    ]);
  });
});

describe('a date that is missing or not a text is refused at its path, word for word', () => {
  const expected = (path: (string | number)[], received: string, details: object) => ({
    cls: InvalidInputError,
    path,
    message: `${path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('')}: Expected a date string YYYY-MM-DD (or a js-joda LocalDate or Temporal PlainDate), received ${received}`,
    details,
  });
  it.each<[string, unknown, (string | number)[], string, object]>([
    ['no start', { planId: 'itss-light-anshin-1' }, ['contract', 'start'], 'undefined', {}],
    ['a null start', { planId: 'itss-light-anshin-1', start: null }, ['contract', 'start'], 'null', { value: null }],
    ['a boolean start', { planId: 'itss-light-anshin-1', start: true }, ['contract', 'start'], 'boolean', { value: true }],
    ['an option without start', { planId: 'itss-light-anshin-1', start: '2025-04-10', options: [{ optionId: 'itss-light-time-extension' }] }, ['contract', 'options', 0, 'start'], 'undefined', {}],
    ['a charge on null', { planId: 'itss-light-anshin-1', start: '2025-04-10', oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: null }] }, ['contract', 'oneOffCharges', 0, 'on'], 'null', { value: null }],
    ['an earlier contract without start', { planId: 'itss-light-anshin-1', start: '2025-04-10', earlierContracts: [{ planId: 'itss-light-anshin-1', end: '2025-01-01' }] }, ['contract', 'earlierContracts', 0, 'start'], 'undefined', {}],
  ])('%s', (_name, contract, path, received, details) => {
    expect(refusal(() => inv(contract, '2025-05'))).toEqual(expected(path, received, details));
  });
});
