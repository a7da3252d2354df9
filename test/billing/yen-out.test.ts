/**
 * Every yen an invoice returns is a safe integer (principle: exact money). loadCatalog refuses a fee that is not a
 * whole number of yen, and its schemas cannot be changed under it (test/catalog/schemas-sealed.test.ts); the invoice
 * checks its totals on the way out all the same, should anything else reach them (an attacker-style probe,
 * 2026-12-03, with validation switched off, got ¥1.5 and ¥-6 out of monthlyInvoice).
 */
import { describe, expect, it } from 'vitest';
import { bundledFixtures, monthlyInvoice, OutOfRangeError } from '../../src/index.js';
import { buildCatalog } from '../../src/catalog/catalog.js';
import { thrown } from '../helpers/values.js';

describe('an invoice’s yen on the way out', () => {
  it('a fee of ¥1.5 that reached a catalog unvalidated gives an OutOfRangeError, not ¥1.5', () => {
    const docs = JSON.parse(JSON.stringify(bundledFixtures)) as Array<{ plans: Array<{ id: string; monthlyFeeYen: unknown }> }>;
    docs.flatMap((d) => d.plans).find((p) => p.id === 'oas-plan-a')!.monthlyFeeYen = 1.5;
    const catalog = buildCatalog({ documents: docs } as never); // the builder behind loadCatalog, without its validation
    const e = thrown(() => monthlyInvoice({ catalog, contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' }));
    expect(e).toBeInstanceOf(OutOfRangeError);
  });
  it('the bundled catalog’s invoices are whole yen', () => {
    const inv = monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' });
    for (const n of [inv.taxExcludedYen, inv.taxYen, inv.taxIncludedYen, inv.totalYen, ...inv.lines.map((l) => l.amountYen)]) expect(Number.isSafeInteger(n)).toBe(true);
  });
});
