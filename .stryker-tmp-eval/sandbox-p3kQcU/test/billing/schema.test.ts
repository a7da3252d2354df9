/**
 * The billing sections of the document fixtures and a user-loaded catalog driving monthlyInvoice.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { bundledFixtures, catalog, CatalogValidationError, monthlyInvoice, PriceNotStatedError } from '../../src/index.js';
import { BillingSectionSchema, loadCatalog } from '../../src/schemas/index.js';

type Fixture = { document: { id: string; file: string }; plans: Array<Record<string, unknown>>; options: Array<Record<string, unknown>>; fees: Array<{ id: string }>; billing?: Record<string, unknown> };
const fixtures = () => structuredClone(bundledFixtures) as Fixture[];

describe('billing sections', () => {
  it('000, 001, 002 and 003 have one; every rule has a source from its own document', () => {
    const withBilling = catalog.documents.filter((d) => d.billing).map((d) => d.document.id);
    expect(withBilling).toEqual(['office-anshin-support', 'it-support-security', 'helpdesk-support', 'ucom-remote-support']);
    for (const doc of catalog.documents) {
      if (!doc.billing) continue;
      const rules = [doc.billing.monthlyFee.firstMonth, doc.billing.monthlyFee.lastMonth, doc.billing.monthlyFee.partialMonth];
      for (const r of rules) expect(r.source.document).toBe(doc.document.file);
      for (const w of doc.billing.feeWaivers ?? []) expect(doc.fees.map((f) => f.id)).toContain(w.feeId);
      if (doc.billing.resubscriptionFee) expect(doc.fees.map((f) => f.id)).toContain(doc.billing.resubscriptionFee.feeId);
    }
  });

  it('003 states its period: month after start → cancellation month, whole months', () => {
    const b = catalog.index.documentByKey.get('ucom-remote-support')!.billing!;
    expect([b.monthlyFee.firstMonth.rule, b.monthlyFee.lastMonth.rule, b.monthlyFee.partialMonth.rule]).toEqual(['month-after-start', 'cancellation-month', 'whole-month']);
    expect(b.resubscriptionFee).toMatchObject({ feeId: 'ucom-remote-support-resubscription-fee', firstContract: 'free' });
  });

  it('000 and 001 are silent: each not-stated rule names its default and interpretation', () => {
    for (const id of ['office-anshin-support', 'it-support-security']) {
      const b = catalog.index.documentByKey.get(id)!.billing!;
      expect(b.monthlyFee.firstMonth).toMatchObject({ rule: 'not-stated', default: 'start-month', interpretation: 'billing-period-not-stated' });
      expect(b.monthlyFee.lastMonth).toMatchObject({ rule: 'not-stated', default: 'last-service-month' });
      expect(b.monthlyFee.partialMonth).toMatchObject({ rule: 'not-stated', default: 'whole-month', interpretation: 'billing-partial-month' });
    }
  });

  it('the schema refuses a not-stated rule without a default, and a stated rule with one', () => {
    const b = structuredClone(catalog.index.documentByKey.get('office-anshin-support')!.billing!) as unknown as {
      monthlyFee: { firstMonth: Record<string, unknown>; lastMonth: Record<string, unknown> };
    };
    delete b.monthlyFee.firstMonth.default;
    b.monthlyFee.lastMonth = { ...b.monthlyFee.lastMonth, rule: 'cancellation-month' };
    const r = BillingSectionSchema.safeParse(b);
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['monthlyFee.firstMonth', 'monthlyFee.lastMonth.default']));
  });

  it('loadCatalog reports a bad billing section with its path', () => {
    const docs = fixtures();
    (docs[3]!.billing!.monthlyFee as Record<string, { rule: string }>).firstMonth!.rule = 'next-year';
    try {
      loadCatalog({ documents: docs });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CatalogValidationError);
      expect((e as CatalogValidationError).issues[0]!.path).toEqual(['documents', 3, 'billing', 'monthlyFee', 'firstMonth', 'rule']);
    }
  });
});

describe('a user-loaded catalog drives monthlyInvoice', () => {
  it('a changed fee and a changed billing rule are used', () => {
    const docs = fixtures();
    const ucom = docs[3]!;
    ucom.plans[0]!.monthlyFeeYen = 550;
    (ucom.billing!.monthlyFee as Record<string, unknown>).firstMonth = { rule: 'start-month', source: { document: ucom.document.file, passage: 'test' } };
    const mine = loadCatalog({ documents: docs });
    const i = monthlyInvoice({ contract: { planId: 'ucom-remote-support', start: '2025-04-10' }, month: '2025-04', catalog: mine });
    expect(i.taxExcludedYen).toBe(550);
    expect(monthlyInvoice({ contract: { planId: 'ucom-remote-support', start: '2025-04-10' }, month: '2025-04' }).lines).toEqual([]);
  });

  it('a document without a billing section gets the library defaults, cited as such', () => {
    const docs = fixtures();
    delete docs[0]!.billing;
    const mine = loadCatalog({ documents: docs });
    const i = monthlyInvoice({ contract: { planId: 'oas-plan-b', start: '2025-04-10' }, month: '2025-04', catalog: mine });
    expect(i.taxExcludedYen).toBe(5900);
    expect(i.reasons.find((r) => r.rule === 'billing.first-month')!.message).toContain('library default');
  });

  it('an option whose fee is not stated is a typed error naming the option', () => {
    const docs = fixtures();
    docs[4]!.plans[0]!.monthlyFeeYen = 10000;
    docs[4]!.plans[0]!.taxBasis = 'tax-excluded';
    const mine = loadCatalog({ documents: docs });
    const contract = { planId: 'iij-mpc-management-entry', start: '2025-01-01', options: [{ optionId: 'iij-ultra-sendback', start: '2025-01-01' }] };
    try {
      monthlyInvoice({ contract, month: '2025-02', catalog: mine });
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(PriceNotStatedError);
      expect((e as PriceNotStatedError).path).toEqual(['contract', 'options', 0, 'optionId']);
      expect((e as PriceNotStatedError).details).toMatchObject({ factId: 'iij-ultra-sendback', missing: 'charge' });
    }
    expect(monthlyInvoice({ contract: { planId: 'iij-mpc-management-entry', start: '2025-01-01' }, month: '2025-02', catalog: mine }).taxIncludedYen).toBe(11000);
  });
});
