/**
 * monthlyInvoice: the documents' billing rules, the tax rate of each month, waivers, errors.
 */
import { describe, expect, it } from 'vitest';
import {
  ConflictError,
  InvalidInputError,
  invoiceTotals,
  monthlyInvoice,
  NotFoundError,
  OutOfRangeError,
  PriceNotStatedError,
  type BillingContract,
  type MonthlyInvoice,
  type MonthlyInvoiceInput,
  type OneOffCharge,
} from '../../src/index.js';
import { textOf } from '../helpers/passage.js';

const D000 = '000_34f9cbb9e8f7f627.txt';
const D003 = '003_ffc254f782656f39.txt';

const inv = (contract: BillingContract, month: string, extra: Partial<MonthlyInvoiceInput> = {}): MonthlyInvoice =>
  monthlyInvoice({ contract, month, ...extra });
const summary = (i: MonthlyInvoice) => i.lines.map((l) => [l.factId, l.amountYen, l.taxYen]);

function expectError(fn: () => unknown, cls: new (...a: never[]) => Error, code: string, path: Array<string | number>): Error {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(cls);
    expect((e as { code: string }).code).toBe(code);
    expect((e as { path: unknown }).path).toEqual(path);
    return e as Error;
  }
  throw new Error('expected an error');
}

describe('003 UCOM光 リモートサポート: 「サービス提供開始月の翌月から、解約月までの期間について、月額料金(月割)」', () => {
  const ucom = { planId: 'ucom-remote-support', start: '2025-04-10' };

  it('the start month is not billed', () => {
    const i = inv(ucom, '2025-04');
    expect(i.lines).toEqual([]);
    expect(i.totalYen).toBe(0);
    expect(i.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(['billing.month-not-billed', 'billing.first-contract-no-fee', 'billing.nothing-to-bill']));
  });

  it('from the month after: ¥500 (税別) + 10% = ¥550', () => {
    const i = inv(ucom, '2025-05');
    expect(i).toMatchObject({ basis: 'tax-excluded', taxExcludedYen: 500, taxYen: 50, taxIncludedYen: 550, totalYen: 550 });
    expect(i.lines[0]).toMatchObject({ kind: 'monthly-fee', factId: 'ucom-remote-support', amountYen: 500, taxDate: '2025-05-31', ratePercent: 10 });
    expect(textOf(i.lines[0]!.source.passage)).toContain('500円(税別)');
    const period = i.reasons.find((r) => r.rule === 'billing.first-month')!;
    expect(period.source).toMatchObject({ document: D003 });
    expect(textOf(period.source!.passage)).toContain('サービス提供開始月の翌月から');
    expect(period.interpretation).toBeUndefined();
  });

  it('through the cancellation month, by whole months (月割), then nothing', () => {
    const c = { ...ucom, end: '2025-08-20' };
    expect(inv(c, '2025-08').taxExcludedYen).toBe(500);
    expect(inv(c, '2025-08').lines[0]!.proration).toBeUndefined();
    expect(inv(c, '2025-09').lines).toEqual([]);
  });

  it('a 解約日 on the 1st still bills that month: it is the 解約月 (billing-cancellation-month)', () => {
    const c = { ...ucom, end: '2025-09-01' };
    expect(inv(c, '2025-08').taxExcludedYen).toBe(500);
    expect(inv(c, '2025-09').taxExcludedYen).toBe(500);
    expect(inv(c, '2025-10').lines).toEqual([]);
  });

  it('a contract started and cancelled in the same month is never billed… except that month is the 解約月 too: nothing, as billing starts the next month', () => {
    const c = { ...ucom, end: '2025-04-25' };
    expect(inv(c, '2025-04').lines).toEqual([]);
    expect(inv(c, '2025-05').lines).toEqual([]);
  });

  it('daily proration is not applied: the document states 月割', () => {
    const c = { ...ucom, end: '2025-08-20' };
    const i = inv(c, '2025-08', { partialMonth: 'daily' });
    expect(i.taxExcludedYen).toBe(500);
    expect(textOf(i.reasons.find((r) => r.rule === 'billing.partial-month')!.source!.passage)).toContain('月額料金(月割)');
  });

  describe('事務手数料 ¥3,000 (税別): 「本サービス初回契約の場合は不要 ※本契約解除後、再度本サービスへの申し込みには事務手数料3,000円(税別)がかかります」', () => {
    it('never on a first contract', () => {
      for (const m of ['2025-04', '2025-05', '2025-06']) expect(inv(ucom, m).lines.some((l) => l.kind === 'resubscription-fee')).toBe(false);
    });
    it('on a re-subscription after an earlier contract ended: on the start month’s invoice (billing-resubscription-fee-month)', () => {
      const c = { ...ucom, earlierContracts: [{ planId: 'ucom-remote-support', start: '2022-01-10', end: '2023-03-15' }] };
      const april = inv(c, '2025-04');
      expect(summary(april)).toEqual([['ucom-remote-support-resubscription-fee', 3000, 300]]);
      expect(april.totalYen).toBe(3300);
      expect(april.lines[0]).toMatchObject({ kind: 'resubscription-fee', taxDate: '2025-04-10' });
      expect(april.reasons.find((r) => r.rule === 'billing.resubscription-fee-month')!.interpretation).toBe('billing-resubscription-fee-month');
      expect(summary(inv(c, '2025-05'))).toEqual([['ucom-remote-support', 500, 50]]);
    });
    it('option resubscriptionFeeMonth: first-billed-month puts it with the first monthly fee (tax once: 3,500 × 10%)', () => {
      const c = { ...ucom, earlierContracts: [{ planId: 'ucom-remote-support', start: '2022-01-10', end: '2025-04-10' }] };
      expect(inv(c, '2025-04', { resubscriptionFeeMonth: 'first-billed-month' }).lines).toEqual([]);
      const may = inv(c, '2025-05', { resubscriptionFeeMonth: 'first-billed-month' });
      expect(may.taxExcludedYen).toBe(3500);
      expect(may.taxYen).toBe(350);
      expect(may.byRate).toHaveLength(1);
    });
    it('cannot be added by hand as a one-off charge', () => {
      expectError(() => inv({ ...ucom, oneOffCharges: [{ feeId: 'ucom-remote-support-resubscription-fee', quantity: 1, on: '2025-04-10' }] }, '2025-04'), ConflictError, 'conflict', [
        'contract',
        'oneOffCharges',
        0,
        'feeId',
      ]);
    });
  });

  it('the monthly fee takes the rate of the month’s last day: 2019-09 at 8%, 2019-10 at 10%', () => {
    const c = { planId: 'ucom-remote-support', start: '2019-08-05' };
    expect(inv(c, '2019-09')).toMatchObject({ taxYen: 40, totalYen: 540 });
    expect(inv(c, '2019-10')).toMatchObject({ taxYen: 50, totalYen: 550 });
    expect(inv(c, '2019-10').lines[0]!.taxDate).toBe('2019-10-31');
  });

  it('…and across 2014-04-01: 2014-03 at 5%, 2014-04 at 8%', () => {
    const c = { planId: 'ucom-remote-support', start: '2014-01-20' };
    expect(inv(c, '2014-03')).toMatchObject({ taxYen: 25, totalYen: 525 });
    expect(inv(c, '2014-04')).toMatchObject({ taxYen: 40, totalYen: 540 });
  });
});

describe('001 ITサポート&セキュリティ (税込)', () => {
  const light = { planId: 'itss-light-anshin-1', start: '2025-04-10' };

  it('the start month is billed in full by default (billing-partial-month), with 初期費用 不要 as a ¥0 line', () => {
    const i = inv(light, '2025-04');
    expect(i.basis).toBe('tax-included');
    expect(summary(i)).toEqual([
      ['itss-light-anshin-1', 2200, 200],
      ['itss-initial-fee', 0, 0],
    ]);
    expect(i).toMatchObject({ taxExcludedYen: 2000, taxYen: 200, totalYen: 2200 });
    const partial = i.reasons.find((r) => r.rule === 'billing.partial-month')!;
    expect(partial.interpretation).toBe('billing-partial-month');
    expect(i.reasons.find((r) => r.rule === 'billing.first-month')!.interpretation).toBe('billing-period-not-stated');
  });

  it('option partialMonth: daily prorates by days of service: 21 of 30 days → ¥1,540', () => {
    const i = inv(light, '2025-04', { partialMonth: 'daily' });
    expect(i.lines[0]).toMatchObject({ amountYen: 1540, unitPriceYen: 2200, proration: { activeDays: 21, daysInMonth: 30, rounding: 'floor' } });
    expect(i.taxYen).toBe(140);
    expect(inv({ ...light, end: '2025-06-11' }, '2025-06', { partialMonth: 'daily' }).lines[0]).toMatchObject({ amountYen: 733 }); // 2,200 × 10/30 = 733.3
    expect(inv({ ...light, end: '2025-06-11' }, '2025-06', { partialMonth: 'daily', prorationRounding: 'ceil' }).lines[0]!.amountYen).toBe(734);
    expect(inv(light, '2025-05', { partialMonth: 'daily' }).lines[0]!.proration).toBeUndefined();
  });

  it('billing ends with the month of the last day of service (end is the first day without service)', () => {
    expect(inv({ ...light, end: '2025-07-01' }, '2025-06').totalYen).toBe(2200);
    expect(inv({ ...light, end: '2025-07-01' }, '2025-07').lines).toEqual([]);
    expect(inv({ ...light, end: '2025-07-02' }, '2025-07').totalYen).toBe(2200);
  });

  it('時間延長 is charged monthly while active (「2. 月額料金 (税込) … 時間延長 1,100円」)', () => {
    const c = { ...light, options: [{ optionId: 'itss-light-time-extension', start: '2025-05-15', end: '2025-07-10' }] };
    expect(inv(c, '2025-04').lines.map((l) => l.factId)).not.toContain('itss-light-time-extension');
    for (const m of ['2025-05', '2025-06', '2025-07']) {
      const i = inv(c, m);
      expect(i.lines.find((l) => l.factId === 'itss-light-time-extension')).toMatchObject({ kind: 'option', amountYen: 1100, taxDate: i.lines[0]!.taxDate });
      expect(i.totalYen).toBe(3300);
      expect(i.taxYen).toBe(300);
    }
    expect(inv(c, '2025-08').totalYen).toBe(2200);
  });

  it('問い合わせ回数追加 is charged only in the month it starts (「オプション提供開始日を含む料金月のみの適用」)', () => {
    const c = { planId: 'itss-standard-anshin-1', start: '2025-04-01', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2025-05-20' }] };
    const may = inv(c, '2025-05');
    expect(summary(may)).toEqual([
      ['itss-standard-anshin-1', 3850, 350],
      ['itss-standard-extra-inquiries', 3850, 350],
    ]);
    expect(textOf(may.reasons.find((r) => r.rule === 'billing.option-charge.start-month-only')!.source!.passage)).toContain('オプション提供開始日を含む料金月のみの適用');
    expect(summary(inv(c, '2025-06'))).toEqual([['itss-standard-anshin-1', 3850, 350]]);
    expect(inv(c, '2025-05', { partialMonth: 'daily' }).lines[1]!.amountYen).toBe(3850); // never prorated
  });

  it('a second 問い合わせ回数追加 in the same month is a second purchase, charged too (「1契約ごと」, interpretation quota-add-on-month); in another month it is charged again', () => {
    const base = { planId: 'itss-standard-anshin-1', start: '2025-04-01' };
    const twice = { ...base, options: [{ optionId: 'itss-standard-extra-inquiries', start: '2025-05-02' }, { optionId: 'itss-standard-extra-inquiries', start: '2025-05-20' }] };
    expect(inv(twice, '2025-05').taxIncludedYen).toBe(3850 * 3);
    const again = { ...base, options: [{ optionId: 'itss-standard-extra-inquiries', start: '2025-05-02' }, { optionId: 'itss-standard-extra-inquiries', start: '2025-07-20' }] };
    expect(inv(again, '2025-07').taxIncludedYen).toBe(7700);
  });

  it('visit menu one-off charges: 基本作業費 per dispatch, 状況診断費, per PC, per printer, in the month of the visit', () => {
    const charges: OneOffCharge[] = [
      { feeId: 'itss-visit-basic-work', quantity: 1, on: '2025-05-03' },
      { feeId: 'itss-visit-diagnosis', quantity: 1, on: '2025-05-03' },
      { feeId: 'itss-visit-pc-internet', quantity: 2, on: '2025-05-03' },
      { feeId: 'itss-visit-printer', quantity: 1, on: '2025-06-03' },
    ];
    const c = { ...light, oneOffCharges: charges };
    const may = inv(c, '2025-05');
    expect(may.lines.map((l) => [l.factId, l.quantity, l.unitPriceYen, l.amountYen])).toEqual([
      ['itss-light-anshin-1', 1, 2200, 2200],
      ['itss-visit-basic-work', 1, 4950, 4950],
      ['itss-visit-diagnosis', 1, 1650, 1650],
      ['itss-visit-pc-internet', 2, 3300, 6600],
    ]);
    // 15,400 tax-included × 10/110 = 1,400 exactly
    expect(may).toMatchObject({ taxIncludedYen: 15400, taxYen: 1400, taxExcludedYen: 14000 });
    expect(may.lines.reduce((s, l) => s + l.taxYen, 0)).toBe(1400);
    expect(inv(c, '2025-06').lines.map((l) => l.factId)).toEqual(['itss-light-anshin-1', 'itss-visit-printer']);
  });

  it('tax of a 税込 invoice is computed once: ¥2,200 + ¥1,650 + ¥1,650 = 5,500 × 10/110 = 500', () => {
    const c = { ...light, oneOffCharges: [{ feeId: 'itss-visit-diagnosis', quantity: 2, on: '2025-05-03' }] };
    expect(inv(c, '2025-05').taxYen).toBe(500);
  });

  it('legacy plan プラン1 ライト ¥1,760 税込 (stated at 10%) across the rate changes: its base ¥1,600 taxed at 5% → 8% → 10%', () => {
    const c = { planId: 'itss-legacy-light-1', start: '2012-06-01' };
    expect(inv(c, '2014-03')).toMatchObject({ taxYen: 80, taxExcludedYen: 1600, totalYen: 1680 }); // 1,600 + 5%
    expect(inv(c, '2014-04')).toMatchObject({ taxYen: 128, taxExcludedYen: 1600, totalYen: 1728 }); // 1,600 + 8%
    expect(inv(c, '2019-09')).toMatchObject({ taxYen: 128, totalYen: 1728 });
    expect(inv(c, '2019-10')).toMatchObject({ taxYen: 160, taxExcludedYen: 1600, totalYen: 1760 });
  });
  it("option taxIncludedPrices: 'hold-displayed' keeps ¥1,760 and recomputes its tax (the former reading)", () => {
    const c = { planId: 'itss-legacy-light-1', start: '2012-06-01' };
    const hold = { taxIncludedPrices: 'hold-displayed' } as const;
    expect(inv(c, '2014-03', hold)).toMatchObject({ taxYen: 83, taxExcludedYen: 1677, totalYen: 1760 }); // 1,760 × 5/105 = 83.8
    expect(inv(c, '2014-04', hold)).toMatchObject({ taxYen: 130, taxExcludedYen: 1630, totalYen: 1760 }); // × 8/108 = 130.37
    expect(inv(c, '2019-10', hold)).toMatchObject({ taxYen: 160, taxExcludedYen: 1600, totalYen: 1760 });
  });

  it('a visit is taxed at the rate of its day: 2019-09-30 at 8% with 2019-09, 2019-10-01 at 10% with 2019-10', () => {
    const c = {
      planId: 'itss-light-anshin-1',
      start: '2019-05-01',
      oneOffCharges: [
        { feeId: 'itss-visit-basic-work', quantity: 1, on: '2019-09-30' },
        { feeId: 'itss-visit-basic-work', quantity: 1, on: '2019-10-01' },
      ],
    };
    const sep = inv(c, '2019-09');
    expect(sep.byRate.map((g) => g.ratePercent)).toEqual([8]);
    // Stated at 10%: bases 2,000 and 4,500 taxed at 8% → 2,160 + 4,860 = 7,020; tax 520.
    expect(sep.lines.map((l) => l.amountYen)).toEqual([2160, 4860]);
    expect(sep.taxYen).toBe(520);
    const oct = inv(c, '2019-10');
    expect(oct.lines.map((l) => [l.factId, l.taxDate, l.ratePercent])).toEqual([
      ['itss-light-anshin-1', '2019-10-31', 10],
      ['itss-visit-basic-work', '2019-10-01', 10],
    ]);
    expect(oct.taxYen).toBe(650); // 7,150 × 10/110
  });
  it('the visit menu is for the あんしん plans only (appliesTo): a legacy contract cannot order it', () => {
    const c = { planId: 'itss-legacy-light-1', start: '2012-06-01', oneOffCharges: [{ feeId: 'itss-visit-basic-work', quantity: 1, on: '2019-09-30' }] };
    expectError(() => inv(c, '2019-09'), ConflictError, 'conflict', ['contract', 'oneOffCharges', 0, 'feeId']);
  });
});

describe('000 オフィス安心サポート (税抜)', () => {
  const planA = { planId: 'oas-plan-a', start: '2025-04-01' };

  it('プラン A ¥3,900 税抜 → ¥4,290 with 10% (「◎表示金額は税抜きです。」)', () => {
    const i = inv(planA, '2025-05');
    expect(i).toMatchObject({ basis: 'tax-excluded', taxExcludedYen: 3900, taxYen: 390, taxIncludedYen: 4290 });
    expect(inv(planA, '2025-04').lines.map((l) => [l.factId, l.amountYen])).toEqual([
      ['oas-plan-a', 3900],
      ['oas-construction-fee', 0],
    ]);
  });

  it('基本作業費 is waived when setup is asked for during a fault-isolation visit (「訪問故障切り分けサポート時に機器設定を依頼された場合、基本作業費は免除いたします。」)', () => {
    const c = { ...planA, oneOffCharges: [{ feeId: 'oas-visit-basic-work', quantity: 1, on: '2025-05-12', occasion: 'fault-isolation-visit' as const }] };
    const i = inv(c, '2025-05');
    const line = i.lines.find((l) => l.factId === 'oas-visit-basic-work')!;
    expect(line).toMatchObject({ amountYen: 0, unitPriceYen: null, taxYen: 0 });
    expect(line.waived).toMatchObject({ ruleId: 'oas-basic-work-fee-waiver', source: { document: D000 } });
    expect(textOf(line.waived!.source!.passage)).toContain('基本作業費は免除いたします');
    expect(i.taxIncludedYen).toBe(4290);
    expect(i.reasons.find((r) => r.rule === 'billing.fee-waived')).toMatchObject({ factId: 'oas-basic-work-fee-waiver' });
  });

  it('otherwise its amount is not stated (「別途料金が発生します」): a typed error, never a guess', () => {
    const c = { ...planA, oneOffCharges: [{ feeId: 'oas-visit-basic-work', quantity: 1, on: '2025-05-12' }] };
    const e = expectError(() => inv(c, '2025-05'), PriceNotStatedError, 'not_found', ['contract', 'oneOffCharges', 0, 'feeId']);
    expect((e as PriceNotStatedError).details).toMatchObject({ factId: 'oas-visit-basic-work', missing: 'amountYen' });
    expect(e).toBeInstanceOf(NotFoundError);
    // …but only when the month needs the price
    expect(inv(c, '2025-04').totalYen).toBe(4290);
  });

  it('a waiver given by the caller (e.g. quoteVisit) is kept with its reason', () => {
    const c = { ...planA, oneOffCharges: [{ feeId: 'oas-visit-basic-work', quantity: 1, on: '2025-05-12', waived: { reason: 'setup during fault isolation' } }] };
    expect(inv(c, '2025-05').lines[1]).toMatchObject({ amountYen: 0, waived: { reason: 'setup during fault isolation' } });
  });
});

describe('documents that state no price', () => {
  it('004: the plan’s fee is not stated → PriceNotStatedError at contract.planId', () => {
    const e = expectError(() => inv({ planId: 'iij-mpc-management-entry', start: '2025-01-01' }, '2025-02'), PriceNotStatedError, 'not_found', ['contract', 'planId']);
    expect((e as PriceNotStatedError).details).toMatchObject({ missing: 'monthlyFeeYen' });
  });
  it('004: the option too', () => {
    // (the plan's fee fails first; the option alone is checked on a catalog where the plan is priced — see the catalog test below)
    expect(() => inv({ planId: 'iij-mpc-management-entry', start: '2025-01-01', options: [{ optionId: 'iij-ultra-sendback', start: '2025-01-01' }] }, '2025-02')).toThrow(PriceNotStatedError);
  });
  it('002: the free service bills ¥0; the out-of-hours guide price has no stated tax basis → PriceNotStatedError', () => {
    expect(inv({ planId: 'helpdesk-support', start: '2025-01-01' }, '2025-02')).toMatchObject({ totalYen: 0, taxYen: 0 });
    const e = expectError(
      () => inv({ planId: 'helpdesk-support', start: '2025-01-01', oneOffCharges: [{ feeId: 'helpdesk-out-of-hours', quantity: 2, on: '2025-02-03' }] }, '2025-02'),
      PriceNotStatedError,
      'not_found',
      ['contract', 'oneOffCharges', 0, 'feeId'],
    );
    expect((e as PriceNotStatedError).details).toMatchObject({ missing: 'taxBasis' });
  });
});

describe('bad input is a typed error naming the field', () => {
  const ok: BillingContract = { planId: 'itss-light-anshin-1', start: '2025-04-10' };
  it.each<[string, BillingContract | unknown, string, Function, string, Array<string | number>]>([
    ['malformed month', ok, '2025-13', InvalidInputError, 'invalid_input', ['month']],
    ['malformed month (slash)', ok, '2025/05', InvalidInputError, 'invalid_input', ['month']],
    ['unknown plan', { ...ok, planId: 'itss-gold' }, '2025-05', NotFoundError, 'not_found', ['contract', 'planId']],
    ['bad start', { ...ok, start: '2025-02-30' }, '2025-05', InvalidInputError, 'invalid_input', ['contract', 'start']],
    ['end before start', { ...ok, end: '2025-04-01' }, '2025-05', ConflictError, 'conflict', ['contract', 'end']],
    ['end on the start day', { ...ok, end: '2025-04-10' }, '2025-05', ConflictError, 'conflict', ['contract', 'end']],
    [
      "001's スタンダード option on a ライト contract",
      { ...ok, options: [{ optionId: 'itss-standard-extra-inquiries', start: '2025-05-01' }] },
      '2025-05',
      ConflictError,
      'conflict',
      ['contract', 'options', 0, 'optionId'],
    ],
    ['an option of another document', { ...ok, options: [{ optionId: 'iij-ultra-sendback', start: '2025-05-01' }] }, '2025-05', ConflictError, 'conflict', ['contract', 'options', 0, 'optionId']],
    ['unknown option', { ...ok, options: [{ optionId: 'itss-light-turbo', start: '2025-05-01' }] }, '2025-05', NotFoundError, 'not_found', ['contract', 'options', 0, 'optionId']],
    ['option end before its start', { ...ok, options: [{ optionId: 'itss-light-time-extension', start: '2025-05-10', end: '2025-05-01' }] }, '2025-05', ConflictError, 'conflict', ['contract', 'options', 0, 'end']],
    ['option before the contract', { ...ok, options: [{ optionId: 'itss-light-time-extension', start: '2025-04-01' }] }, '2025-05', ConflictError, 'conflict', ['contract', 'options', 0, 'start']],
    ['option after the contract end', { ...ok, end: '2025-06-01', options: [{ optionId: 'itss-light-time-extension', start: '2025-05-01', end: '2025-07-01' }] }, '2025-05', ConflictError, 'conflict', ['contract', 'options', 0, 'end']],
    ['options not an array', { ...ok, options: {} }, '2025-05', InvalidInputError, 'invalid_input', ['contract', 'options']],
    ['スタンダード before it was offered (2020-09-07)', { planId: 'itss-standard-anshin-1', start: '2020-09-06' }, '2020-10', ConflictError, 'conflict', ['contract', 'start']],
    ['legacy plan after its end of sale', { planId: 'itss-legacy-light-1', start: '2019-04-20' }, '2019-05', ConflictError, 'conflict', ['contract', 'start']],
    ['one-off quantity 0', { ...ok, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 0, on: '2025-05-01' }] }, '2025-05', InvalidInputError, 'invalid_input', ['contract', 'oneOffCharges', 0, 'quantity']],
    ['one-off quantity 1.5', { ...ok, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1.5, on: '2025-05-01' }] }, '2025-05', InvalidInputError, 'invalid_input', ['contract', 'oneOffCharges', 0, 'quantity']],
    ['one-off before the contract', { ...ok, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-04-09' }] }, '2025-05', ConflictError, 'conflict', ['contract', 'oneOffCharges', 0, 'on']],
    ['one-off fee of another document', { ...ok, oneOffCharges: [{ feeId: 'oas-visit-basic-work', quantity: 1, on: '2025-05-01' }] }, '2025-05', ConflictError, 'conflict', ['contract', 'oneOffCharges', 0, 'feeId']],
    ['unknown fee', { ...ok, oneOffCharges: [{ feeId: 'itss-visit-scanner', quantity: 1, on: '2025-05-01' }] }, '2025-05', NotFoundError, 'not_found', ['contract', 'oneOffCharges', 0, 'feeId']],
    ['an initial fee by hand', { ...ok, oneOffCharges: [{ feeId: 'itss-initial-fee', quantity: 1, on: '2025-05-01' }] }, '2025-05', ConflictError, 'conflict', ['contract', 'oneOffCharges', 0, 'feeId']],
    ['a waiver without a reason', { ...ok, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-05-01', waived: { reason: '' } }] }, '2025-05', InvalidInputError, 'invalid_input', ['contract', 'oneOffCharges', 0, 'waived', 'reason']],
    ['an unknown occasion', { ...ok, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-05-01', occasion: 'party' }] }, '2025-05', InvalidInputError, 'invalid_input', ['contract', 'oneOffCharges', 0, 'occasion']],
    ['an earlier contract still running', { ...ok, earlierContracts: [{ planId: 'itss-light-anshin-1', start: '2024-01-01', end: '2025-05-01' }] }, '2025-05', ConflictError, 'conflict', ['contract', 'earlierContracts', 0, 'end']],
    ['an earlier contract without end', { ...ok, earlierContracts: [{ planId: 'itss-light-anshin-1', start: '2024-01-01' }] }, '2025-05', ConflictError, 'conflict', ['contract', 'earlierContracts', 0, 'end']],
    ['an earlier contract of another service', { ...ok, earlierContracts: [{ planId: 'oas-plan-a', start: '2024-01-01', end: '2024-06-01' }] }, '2025-05', ConflictError, 'conflict', ['contract', 'earlierContracts', 0, 'planId']],
    ['a month before consumption tax', { planId: 'oas-plan-a', start: '1988-01-01' }, '1989-03', OutOfRangeError, 'out_of_range', ['month']],
    ['a contract that is not an object', 'itss-light-anshin-1', '2025-05', InvalidInputError, 'invalid_input', ['contract']],
  ])('%s', (_name, contract, month, cls, code, path) => {
    expectError(() => monthlyInvoice({ contract: contract as BillingContract, month }), cls as never, code, path);
  });

  it.each([
    [{ rounding: 'nearest' }, ['rounding']],
    [{ partialMonth: 'hourly' }, ['partialMonth']],
    [{ prorationRounding: 'x' }, ['prorationRounding']],
    [{ resubscriptionFeeMonth: 'never' }, ['resubscriptionFeeMonth']],
    [{ explain: 'yes' }, ['explain']],
    [{ catalog: { plans: [] } }, ['catalog']],
  ])('option %j', (patch, path) => {
    expectError(() => monthlyInvoice({ contract: ok, month: '2025-05', ...(patch as object) }), InvalidInputError, 'invalid_input', path);
  });

  it('the first month of consumption tax works', () => {
    expect(inv({ planId: 'oas-plan-a', start: '1988-01-01' }, '1989-04').taxYen).toBe(117); // 3,900 × 3%
  });
});

describe('result', () => {
  const c: BillingContract = {
    planId: 'itss-light-anshin-2',
    start: '2025-04-10',
    options: [{ optionId: 'itss-light-time-extension', start: '2025-04-10' }],
    oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 3, on: '2025-04-20' }],
  };

  it('lines carry their sources; the trace explains each yen; it is plain JSON', () => {
    const i = inv(c, '2025-04');
    for (const l of i.lines) expect(l.source.document).toBe('001_1058c0f8b62eb4e2.txt');
    expect(i.trace).toEqual([
      'ライトあんしんプラン2 (itss-light-anshin-2): monthly fee 2025-04: 3,300 税込 at 10% (2025-04-30); tax share 300',
      '時間延長 (itss-light-time-extension): option 2025-04: 1,100 税込 at 10% (2025-04-30); tax share 100',
      '初期費用 (itss-initial-fee): initial fee: 0 税込 at 10% (2025-04-10); tax share 0',
      'プリンタ設定 (itss-visit-printer): 3 × プリンタ1台: 4,840 × 3 = 14,520 税込 at 10% (2025-04-20); tax share 1,320',
      '10%: 4 line(s), 18,920 tax-included; tax = 18,920 × 10/110 = 1720 → 1,720 (floor, once for the rate)',
      'total: 17,200 + tax 1,720 = 18,920',
    ]);
    expect(JSON.parse(JSON.stringify(i))).toEqual(i);
    expect(inv(c, '2025-04', { partialMonth: 'daily' }).trace[0]).toBe(
      'ライトあんしんプラン2 (itss-light-anshin-2): monthly fee 2025-04, 21/30 days: 3,300 → 2,310 税込 at 10% (2025-04-30); tax share 210',
    );
    expect(inv(c, '2025-04', { explain: false }).trace).toEqual([]);
    expect(inv(c, '2025-04', { explain: false }).totalYen).toBe(i.totalYen);
  });

  it('totals agree with invoiceTotals over the same lines, and line taxes add up', () => {
    for (const month of ['2025-04', '2025-05']) {
      for (const rounding of ['floor', 'ceil', 'half-up'] as const) {
        const i = inv(c, month, { rounding });
        const t = invoiceTotals({ basis: i.basis, rounding, lines: i.lines.map((l) => ({ amountYen: l.amountYen, ratePercent: l.ratePercent })) });
        expect([i.taxYen, i.taxExcludedYen, i.taxIncludedYen]).toEqual([t.taxYen, t.taxExcludedYen, t.taxIncludedYen]);
        expect(i.lines.reduce((s, l) => s + l.taxYen, 0)).toBe(i.taxYen);
      }
    }
  });

  it('does not mutate its input', () => {
    const frozen = structuredClone(c);
    const deepFreeze = (o: unknown): unknown => {
      if (o && typeof o === 'object') {
        Object.values(o).forEach(deepFreeze);
        Object.freeze(o);
      }
      return o;
    };
    const input = deepFreeze({ contract: structuredClone(c), month: '2025-04' }) as MonthlyInvoiceInput;
    monthlyInvoice(input);
    expect(input.contract).toEqual(frozen);
  });
});

describe('property: monthlyInvoice agrees with invoiceTotals line by line (memoised and fresh arithmetic)', () => {
  it('for generated 001 contracts and months', async () => {
    const fc = (await import('fast-check')).default;
    const plans = ['itss-light-anshin-1', 'itss-light-anshin-2', 'itss-standard-anshin-1', 'itss-standard-anshin-2'] as const;
    const fees = ['itss-visit-basic-work', 'itss-visit-diagnosis', 'itss-visit-pc-internet', 'itss-visit-printer'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...plans),
        fc.integer({ min: 0, max: 40 }),
        fc.array(fc.record({ feeId: fc.constantFrom(...fees), quantity: fc.integer({ min: 1, max: 9 }), day: fc.integer({ min: 1, max: 28 }) }), { maxLength: 5 }),
        fc.boolean(),
        fc.constantFrom('floor' as const, 'ceil' as const, 'half-up' as const),
        fc.boolean(),
        (planId, offset, charges, withOption, rounding, daily) => {
          const startMonth = 2021 * 12 + offset;
          const ym = `${Math.floor(startMonth / 12)}-${String((startMonth % 12) + 1).padStart(2, '0')}`;
          const contract: BillingContract = {
            planId,
            start: `${ym}-15`,
            options: withOption ? [{ optionId: planId.startsWith('itss-light') ? 'itss-light-time-extension' : 'itss-standard-time-extension', start: `${ym}-20` }] : [],
            oneOffCharges: charges.map((c) => ({ feeId: c.feeId, quantity: c.quantity, on: `${ym}-${String(Math.max(c.day, 15)).padStart(2, '0')}` })),
          };
          const i = monthlyInvoice({ contract, month: ym, rounding, partialMonth: daily ? 'daily' : 'whole-month' });
          const t = invoiceTotals({ basis: i.basis, rounding, lines: i.lines.map((l) => ({ amountYen: l.amountYen, ratePercent: l.ratePercent, id: l.factId })) });
          expect([i.taxYen, i.taxExcludedYen, i.taxIncludedYen]).toEqual([t.taxYen, t.taxExcludedYen, t.taxIncludedYen]);
          expect(i.lines.map((l) => l.taxYen)).toEqual(t.lines.map((l) => l.taxYen));
          expect(i.lines.map((l) => l.taxExcludedYen)).toEqual(t.lines.map((l) => l.taxExcludedYen));
        },
      ),
      { numRuns: 300 },
    );
  });
});
