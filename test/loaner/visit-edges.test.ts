/**
 * quoteVisit at its edges: 001's tax-included fees on a day of another rate (re-based, interpretation
 * billing-tax-included-rebase), the waiver during an on-site fault-isolation visit (000 states one, 001 none),
 * 000's unstated amounts, and the explanation of each line.
 *
 * Written for the survivors of a Stryker run on src/loaner/visit.ts (docs/mutation.md, 2026-12-03): each case
 * fails when the rule or the explanation it checks is changed.
 */
import { describe, expect, it } from 'vitest';
import { quoteVisit, type QuoteVisitInput, type Reason } from '../../src/index.js';
import { D000, D001, thrown } from './helpers.js';

const light: QuoteVisitInput = { contract: { planId: 'itss-light-anshin-1' }, items: [], on: '2026-11-24' };
const oas: QuoteVisitInput = { contract: { planId: 'oas-plan-a' }, items: [], on: '2026-11-24' };
const rules = (reasons: readonly Reason[]) => reasons.map((r) => r.rule);
const messages = (reasons: readonly Reason[], rule: string) => reasons.filter((r) => r.rule === rule).map((r) => r.message);

describe('001 訪問サポート (有償), prices stated with 10% tax, quoted on a day of 8% (2019-09-30)', () => {
  const q = quoteVisit({ ...light, on: '2019-09-30', items: [{ feeId: 'itss-visit-diagnosis', quantity: 1 }, { feeId: 'itss-visit-printer', quantity: 2 }] });
  it('each fee’s tax-excluded base is taxed at 8%: 4,950 → 4,860, 1,650 → 1,620, 4,840 → 4,752 (× 2)', () => {
    expect(q.lines.map((l) => [l.feeId, l.unitPriceYen, l.amountYen])).toEqual([
      ['itss-visit-basic-work', 4860, 4860],
      ['itss-visit-diagnosis', 1620, 1620],
      ['itss-visit-printer', 4752, 9504],
    ]);
    expect(q.totalYen).toBe(4860 + 1620 + 9504);
    expect(q.taxBasis).toBe('tax-included');
  });
  it('each re-based fee says so, with its fee id and the interpretation', () => {
    expect(messages(q.reasons, 'price.tax-included-rebased')).toEqual([
      '基本作業費: ¥4,950 includes 10% tax: its tax-excluded base is taxed at 8%, ¥4,860',
      '状況診断費: ¥1,650 includes 10% tax: its tax-excluded base is taxed at 8%, ¥1,620',
      'プリンタ設定: ¥4,840 includes 10% tax: its tax-excluded base is taxed at 8%, ¥4,752',
    ]);
    const r = q.reasons.find((x) => x.rule === 'price.tax-included-rebased')!;
    expect(r.factId).toBe('itss-visit-basic-work');
    expect(r.interpretation).toBe('billing-tax-included-rebase');
  });
  it('on a day of 10% the stated prices stand and nothing is re-based', () => {
    const now = quoteVisit({ ...light, items: [{ feeId: 'itss-visit-printer', quantity: 2 }] });
    expect(now.lines.map((l) => l.unitPriceYen)).toEqual([4950, 4840]);
    expect(rules(now.reasons)).not.toContain('price.tax-included-rebased');
  });
  it('the lines and their explanations, in order', () => {
    expect(rules(q.reasons)).toEqual([
      'visit.plan-included',
      'visit.address-assumed-registered',
      'visit.dispatch-fee',
      'visit.on-request-fee',
      'visit.menu-item',
      'price.tax-included-rebased',
      'price.tax-included-rebased',
      'price.tax-included-rebased',
      'visit.menu-partial',
    ]);
    expect(messages(q.reasons, 'visit.dispatch-fee')).toEqual(['基本作業費: charged once per dispatch (1派遣)']);
    expect(messages(q.reasons, 'visit.on-request-fee')).toEqual(['状況診断費: asked for, once per dispatch']);
    expect(messages(q.reasons, 'visit.menu-item')).toEqual(['プリンタ設定: 2 × プリンタ1台']);
    expect(q.complete).toBe(true);
  });
});

describe('set-up asked for during an on-site fault-isolation visit (訪問故障切り分け)', () => {
  it('000 waives its 基本作業費: the line is 0, the charge carries the waiver and the occasion', () => {
    const q = quoteVisit({ ...oas, duringOnsiteDiagnosis: true });
    expect(q.lines).toHaveLength(1);
    expect(q.lines[0]).toMatchObject({ feeId: 'oas-visit-basic-work', unitPriceYen: null, amountYen: 0 });
    expect(q.lines[0]!.waived?.reason).toBe('Set-up asked for during an on-site fault-isolation visit');
    expect(q.totalYen).toBe(0);
    expect(q.complete).toBe(false); // the work itself is priced elsewhere
    expect(messages(q.reasons, 'visit.fee-waived')).toEqual(['基本作業費 is waived: set-up asked for during an on-site fault-isolation visit']);
    expect(q.reasons.find((r) => r.rule === 'visit.fee-waived')?.source?.document).toBe(D000);
    expect(q.charges).toEqual([
      { feeId: 'oas-visit-basic-work', quantity: 1, on: '2026-11-24', waived: { reason: 'Set-up asked for during an on-site fault-isolation visit', source: q.lines[0]!.waived!.source }, occasion: 'fault-isolation-visit' },
    ]);
  });
  it('001 states no waiver: the fees are charged and the silence is said', () => {
    const q = quoteVisit({ ...light, duringOnsiteDiagnosis: true, items: [{ feeId: 'itss-visit-diagnosis', quantity: 1 }] });
    expect(q.totalYen).toBe(6600);
    expect(q.lines.every((l) => l.waived === null)).toBe(true);
    expect(messages(q.reasons, 'visit.no-waiver-stated')).toEqual(['The document states no waiver for set-up asked for during an on-site fault-isolation visit']);
    expect(q.reasons.find((r) => r.rule === 'visit.no-waiver-stated')?.source?.document).toBe(D001);
    expect(q.charges.every((c) => c.occasion === 'fault-isolation-visit')).toBe(true);
  });
  it('outside such a visit nothing is waived and no silence is noted', () => {
    const q = quoteVisit(oas);
    expect(q.lines[0]!.waived).toBeNull();
    expect(rules(q.reasons)).not.toContain('visit.no-waiver-stated');
    expect(q.charges.every((c) => c.occasion === undefined)).toBe(true);
  });
});

describe('000 訪問サポート: amounts the document does not state', () => {
  it('the total is not a number, each unstated fee is named, and the work is priced elsewhere', () => {
    const q = quoteVisit(oas);
    expect(q.totalYen).toBeNull();
    expect(q.unstatedFeeIds).toEqual(['oas-visit-basic-work']);
    expect(q.complete).toBe(false);
    expect(messages(q.reasons, 'visit.amount-not-stated')).toEqual(['基本作業費: the document states no amount, so the total is not a number']);
    expect(messages(q.reasons, 'visit.work-priced-elsewhere')).toEqual([
      'The set-up work itself is charged at prices the document does not state (issuer’s web site); the quote covers the listed fees only',
    ]);
    expect(rules(q.reasons)).not.toContain('visit.menu-partial');
    expect(messages(q.reasons, 'visit.dispatch-fee')).toEqual(['基本作業費: charged once per dispatch (訪問)']);
  });
});

describe('items the menu refuses', () => {
  it('a quantity below one is an invalid input at its path', () => {
    const e = thrown(() => quoteVisit({ ...light, items: [{ feeId: 'itss-visit-printer', quantity: 0 }] }));
    expect(e.path).toEqual(['items', 0, 'quantity']);
    expect(e.details).toEqual({ value: 0 });
  });
  it('a fee id off the menu names the menu and the closest ids', () => {
    const e = thrown(() => quoteVisit({ ...light, items: [{ feeId: 'itss-visit-printr', quantity: 1 }] }));
    expect(e.path).toEqual(['items', 0, 'feeId']);
    expect(e.message).toBe(
      'items[0].feeId: "itss-visit-printr" is not on the visit menu of 001_1058c0f8b62eb4e2.txt; menu: itss-visit-basic-work, itss-visit-diagnosis, itss-visit-pc-internet, itss-visit-printer',
    );
    expect((e.details as { closest: string[] }).closest[0]).toBe('itss-visit-printer');
  });
});
