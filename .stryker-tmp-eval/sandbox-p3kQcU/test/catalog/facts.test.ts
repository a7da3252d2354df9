/**
 * One row per fact of the fee tables: document, passage, expected value.
 * Counts and hours of each plan are asserted beside their modules (test/quota, test/calendar,
 * test/loaner, test/scope) against the same fixtures.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { getFee, getOption, getPlan, canSubscribe, catalog } from '../../src/index.js';

const D000 = '000_34f9cbb9e8f7f627.txt';
const D001 = '001_1058c0f8b62eb4e2.txt';
const D002 = '002_02cdcd368f477966.txt';
const D003 = '003_ffc254f782656f39.txt';

type PlanRow = [doc: string, passage: string, id: string, name: string, feeYen: number | null, basis: string | null, status: string, saleStart: string | null, saleEnd: string | null | 'blank'];

const plans: PlanRow[] = [
  [D000, '◎表示金額は税抜きです。プラン A (～3台) 月額利用料 3,900円', 'oas-plan-a', 'プラン A', 3900, 'tax-excluded', 'current', null, null],
  [D000, '◎表示金額は税抜きです。プラン B (～5台) 月額利用料 5,900円', 'oas-plan-b', 'プラン B', 5900, 'tax-excluded', 'current', null, null],
  [D001, '2. 月額料金 (税込) ライトあんしんプラン1 2,200円', 'itss-light-anshin-1', 'ライトあんしんプラン1', 2200, 'tax-included', 'current', null, null],
  [D001, '2. 月額料金 (税込) ライトあんしんプラン2 3,300円', 'itss-light-anshin-2', 'ライトあんしんプラン2', 3300, 'tax-included', 'current', null, null],
  [D001, 'スタンダード (2020年9月7日提供開始) スタンダードあんしんプラン1 3,850円', 'itss-standard-anshin-1', 'スタンダードあんしんプラン1', 3850, 'tax-included', 'current', '2020-09-07', null],
  [D001, 'スタンダード (2020年9月7日提供開始) スタンダードあんしんプラン2 8,250円', 'itss-standard-anshin-2', 'スタンダードあんしんプラン2', 8250, 'tax-included', 'current', '2020-09-07', null],
  [D001, '2019年4月19日販売終了 ライト プラン・ミニ ライト 1,100円', 'itss-legacy-light-mini', 'プラン・ミニ ライト', 1100, 'tax-included', 'discontinued', null, '2019-04-19'],
  [D001, '2019年4月19日販売終了 プラン1 ライト 1,760円', 'itss-legacy-light-1', 'プラン1 ライト', 1760, 'tax-included', 'discontinued', null, '2019-04-19'],
  [D001, '2019年4月19日販売終了 プラン2 ライト 3,410円', 'itss-legacy-light-2', 'プラン2 ライト', 3410, 'tax-included', 'discontinued', null, '2019-04-19'],
  [D001, '2019年4月19日販売終了 プラン3 ライト 5,060円', 'itss-legacy-light-3', 'プラン3 ライト', 5060, 'tax-included', 'discontinued', null, '2019-04-19'],
  [D001, '2019年4月19日販売終了 プラン4 ライト 6,710円', 'itss-legacy-light-4', 'プラン4 ライト', 6710, 'tax-included', 'discontinued', null, '2019-04-19'],
  [D001, '(blank cell) スタンダード プラン ミニ 3,960円', 'itss-legacy-standard-mini', 'プラン ミニ', 3960, 'tax-included', 'discontinued', null, 'blank'],
  [D001, '2020年8月31日販売終了 スタンダード プラン1 4,840円', 'itss-legacy-standard-1', 'プラン1', 4840, 'tax-included', 'discontinued', null, '2020-08-31'],
  [D001, '2020年8月31日販売終了 スタンダード プラン2 7,040円', 'itss-legacy-standard-2', 'プラン2', 7040, 'tax-included', 'discontinued', null, '2020-08-31'],
  [D001, '2020年8月31日販売終了 スタンダード プラン3 9,240円', 'itss-legacy-standard-3', 'プラン3', 9240, 'tax-included', 'discontinued', null, '2020-08-31'],
  [D001, '2020年8月31日販売終了 スタンダード プラン4 11,440円', 'itss-legacy-standard-4', 'プラン4', 11440, 'tax-included', 'discontinued', null, '2020-08-31'],
  [D002, '第５条（料 金） 本サービスの提供に係わる料金は無料とします。', 'helpdesk-support', 'ヘルプデスク・サポートサービス', 0, null, 'current', null, null],
  [D003, 'UCOM光 リモートサポートの 月額利用料 500円(税別)', 'ucom-remote-support', 'UCOM光 リモートサポート', 500, 'tax-excluded', 'current', null, null],
];

describe('catalog facts: plans (fee tables of 000, 001, 002, 003)', () => {
  it.each(plans)('%s %s → %s', (doc, _passage, id, name, fee, basis, status, start, end) => {
    const p = getPlan(id);
    expect(p.document).toBe(doc);
    expect(p.source.document).toBe(doc);
    expect(p.name).toBe(name);
    expect(p.monthlyFeeYen).toBe(fee);
    expect(p.taxBasis).toBe(basis);
    expect(p.status).toBe(status);
    expect(p.saleWindow.start?.date ?? null).toBe(start);
    if (end === 'blank') expect(p.saleWindow.end?.date).toBeNull();
    else expect(p.saleWindow.end?.date ?? null).toBe(end);
  });

  it('holds exactly these plans (nothing missing, nothing extra)', () => {
    expect(new Set(catalog.plans.map((p) => p.id))).toEqual(new Set([...plans.map((r) => r[2]), 'iij-mpc-management-entry']));
  });

  it('004 states no fee for the エントリ item: null, not a guess', () => {
    const p = getPlan('iij-mpc-management-entry');
    expect(p.monthlyFeeYen).toBeNull();
    expect(p.taxBasis).toBeNull();
  });
});

type OptionRow = [doc: string, passage: string, id: string, feeYen: number | null, appliesTo: string[], charge: string, saleStart: string | null];
const options: OptionRow[] = [
  [D001, 'ライト オプションメニュー 時間延長 1,100円', 'itss-light-time-extension', 1100, ['itss-light-anshin-1', 'itss-light-anshin-2'], 'monthly-while-active', null],
  [D001, 'スタンダード オプションメニュー 問い合わせ回数追加*1 3,850円; *1 …オプション提供開始日を含む料金月のみの適用', 'itss-standard-extra-inquiries', 3850, ['itss-standard-anshin-1', 'itss-standard-anshin-2'], 'start-month-only', '2020-09-07'],
  [D001, 'スタンダード オプションメニュー 時間延長 2,200円', 'itss-standard-time-extension', 2200, ['itss-standard-anshin-1', 'itss-standard-anshin-2'], 'monthly-while-active', '2020-09-07'],
  ['004_d85cf5e759b78bed.txt', '本オプションは、…「エントリ」品目に割り当てられた…サービスアダプタに付加することができ', 'iij-ultra-sendback', null, ['iij-mpc-management-entry'], 'not-stated', null],
];

describe('catalog facts: options', () => {
  it.each(options)('%s %s → %s', (doc, _p, id, fee, appliesTo, charge, start) => {
    const o = getOption(id);
    expect(o.document).toBe(doc);
    expect(o.monthlyFeeYen).toBe(fee);
    expect(o.taxBasis).toBe(fee === null ? null : 'tax-included');
    expect([...o.appliesTo]).toEqual(appliesTo);
    expect(o.charge.kind).toBe(charge);
    expect(o.saleWindow.start?.date ?? null).toBe(start);
  });
  it('holds exactly these options', () => {
    expect(catalog.options.map((o) => o.id).sort()).toEqual(options.map((r) => r[2]).sort());
  });
});

type FeeRow = [doc: string, passage: string, id: string, amountYen: number | null, basis: string | null, per: string, estimate: boolean];
const fees: FeeRow[] = [
  [D000, '■初期費用 工事費 不要', 'oas-construction-fee', 0, 'tax-excluded', 'contract', false],
  [D000, '④訪問サポート (有償) ※1 別途料金が発生します', 'oas-visit-basic-work', null, 'tax-excluded', 'dispatch', false],
  [D001, '1. 初期費用 不要', 'itss-initial-fee', 0, 'tax-included', 'contract', false],
  [D001, '○基本料金 (税込) 基本作業費 1派遣 4,950円', 'itss-visit-basic-work', 4950, 'tax-included', 'dispatch', false],
  [D001, '○基本料金 (税込) 状況診断費 1派遣 1,650円', 'itss-visit-diagnosis', 1650, 'tax-included', 'dispatch', false],
  [D001, '○主な設定メニュー例 (税込) パソコンのインターネット接続 パソコン1台 3,300円', 'itss-visit-pc-internet', 3300, 'tax-included', 'pc', false],
  [D001, '○主な設定メニュー例 (税込) プリンタ設定 プリンタ1台 4,840円', 'itss-visit-printer', 4840, 'tax-included', 'printer', false],
  [D002, '５．受付時間外のサポート対応 （ 目安 \\3,000/0.5H ）', 'helpdesk-out-of-hours', 3000, null, '30-minutes', true],
  [D003, '※本契約解除後、再度本サービスへの申し込みには事務手数料3,000円(税別)がかかります', 'ucom-remote-support-resubscription-fee', 3000, 'tax-excluded', 'application', false],
];

describe('catalog facts: fees', () => {
  it.each(fees)('%s %s → %s', (doc, _p, id, amount, basis, per, estimate) => {
    const f = getFee(id);
    expect(f.document).toBe(doc);
    expect(f.amountYen).toBe(amount);
    expect(f.taxBasis).toBe(basis);
    expect(f.per).toBe(per);
    expect(f.estimate).toBe(estimate);
  });
  it('holds exactly these fees', () => {
    expect(catalog.fees.map((f) => f.id).sort()).toEqual(fees.map((r) => r[2]).sort());
  });
});

describe('sale windows (001 提供開始 and 販売終了 dates)', () => {
  it.each([
    ['itss-standard-anshin-1', '2020-09-06', false, 'スタンダード (2020年9月7日提供開始): the day before'],
    ['itss-standard-anshin-1', '2020-09-07', true, 'スタンダード (2020年9月7日提供開始): the first day'],
    ['itss-legacy-light-1', '2019-04-19', true, '2019年4月19日販売終了: the last day, inclusive'],
    ['itss-legacy-light-1', '2019-04-20', false, '2019年4月19日販売終了: the day after'],
    ['itss-legacy-standard-4', '2020-08-31', true, '2020年8月31日販売終了: the last day'],
    ['itss-legacy-standard-4', '2020-09-01', false, '2020年8月31日販売終了: the day after'],
    ['itss-light-anshin-1', '2010-06-29', false, 'サービス開始年月日 2010年6月30日: the day before'],
    ['itss-light-anshin-1', '2010-06-30', true, 'サービス開始年月日 2010年6月30日'],
    ['itss-legacy-standard-mini', '2015-01-01', false, 'blank end-of-sale cell: treated as ended by default'],
    ['oas-plan-a', '1999-01-01', true, '000 states no sale window'],
  ] as const)('%s on %s → %s (%s)', (planId, on, ok, _why) => {
    expect(canSubscribe({ planId, on }).ok).toBe(ok);
  });
});
