/**
 * monthlyInvoice with a user-loaded catalog whose tax-included prices are not all 1.1 × a round base, so that the
 * order of re-basing and multiplying shows: a one-off charge's unit price is re-based at the day's rate (rounded by
 * the invoice's rounding) and then multiplied by the quantity; a waived fee whose amount the catalog does not state
 * is ¥0 and is not re-based.
 *
 * The catalog is the bundled one with two amounts changed (fixtures/001: 「プリンタ設定 プリンタ1台 4,840円」 made ¥1,001,
 * 「状況診断費 1派遣 1,650円」 made not stated); 001 states its prices at 10% (billing.taxIncludedPrices), 2019-09 is an 8%
 * month (consumption-tax.json: 8% from 2014-04-01 until 2019-10-01).
 */
import { describe, expect, it } from 'vitest';
import { bundledFixtures, monthlyInvoice, type RoundingMode } from '../../src/index.js';
import { loadCatalog } from '../../src/schemas/index.js';

function userCatalog() {
  const docs = structuredClone(bundledFixtures) as unknown as { document: { id: string }; fees: { id: string; amountYen: number | null }[] }[];
  const doc = docs.find((d) => d.document.id === 'it-support-security')!;
  doc.fees.find((f) => f.id === 'itss-visit-printer')!.amountYen = 1001;
  doc.fees.find((f) => f.id === 'itss-visit-diagnosis')!.amountYen = null;
  return loadCatalog({ documents: docs as unknown as typeof bundledFixtures });
}

const catalog = userCatalog();
const contract = {
  planId: 'itss-light-anshin-1',
  start: '2019-05-01',
  oneOffCharges: [
    { feeId: 'itss-visit-printer', quantity: 3, on: '2019-09-10' },
    { feeId: 'itss-visit-diagnosis', quantity: 1, on: '2019-09-10', waived: { reason: 'w' } },
  ],
};
const invoice = (rounding: RoundingMode) => monthlyInvoice({ catalog, rounding, contract, month: '2019-09' });

describe('a user catalog: re-based unit × quantity', () => {
  it('floor: ¥1,001 → 1,001 × 108/110 = 982.8 → 982 a printer, × 3 = 2,946 (not 3,003 × 108/110 = 2,948.4 → 2,948)', () => {
    const i = invoice('floor');
    // Sum 2,160 + 2,946 + 0 = 5,106; tax 5,106 × 8/108 = 378.22… → 378; floors 2,160 × 378/5,106 = 159.9… → 159 and
    // 2,946 × 378/5,106 = 218.09… → 218 leave one yen, to the plan's larger remainder.
    expect(i.lines.map((l) => [l.factId, l.quantity, l.unitPriceYen, l.amountYen, l.taxYen, l.taxExcludedYen])).toEqual([
      ['itss-light-anshin-1', 1, 2160, 2160, 160, 2000],
      ['itss-visit-printer', 3, 982, 2946, 218, 2728],
      ['itss-visit-diagnosis', 1, null, 0, 0, 0],
    ]);
    expect([i.taxExcludedYen, i.taxYen, i.taxIncludedYen]).toEqual([4728, 378, 5106]);
    expect(i.trace).toEqual([
      'ライトあんしんプラン1 (itss-light-anshin-1): monthly fee 2019-09: 2,160 税込 at 8% (2019-09-30); tax share 160',
      'プリンタ設定 (itss-visit-printer): 3 × プリンタ1台: 982 × 3 = 2,946 税込 at 8% (2019-09-10); tax share 218',
      '状況診断費 (itss-visit-diagnosis): waived: w: — → 0 税込 at 8% (2019-09-10); tax share 0',
      '8%: 3 line(s), 5,106 tax-included; tax = 5,106 × 8/108 = 378.222222… → 378 (floor, once for the rate)',
      'total: 4,728 + tax 378 = 5,106',
    ]);
    expect(i.reasons.filter((r) => r.rule === 'price.tax-included-rebased').map((r) => r.message)).toEqual([
      '¥2,200 includes 10% tax: its tax-excluded base is taxed at 8%, ¥2,160',
      '¥1,001 includes 10% tax: its tax-excluded base is taxed at 8%, ¥982',
    ]);
  });

  it('ceil: 982.8 → 983, × 3 = 2,949; tax 5,109 × 8/108 = 378.44… → 379', () => {
    const i = invoice('ceil');
    // Floors 2,160 × 379/5,109 = 160.2… → 160 and 2,949 × 379/5,109 = 218.7… → 218; the last yen to the printer's .7.
    expect(i.lines.map((l) => [l.factId, l.unitPriceYen, l.amountYen, l.taxYen])).toEqual([
      ['itss-light-anshin-1', 2160, 2160, 160],
      ['itss-visit-printer', 983, 2949, 219],
      ['itss-visit-diagnosis', null, 0, 0],
    ]);
    expect([i.taxExcludedYen, i.taxYen, i.taxIncludedYen]).toEqual([4730, 379, 5109]);
  });
});
