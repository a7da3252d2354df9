/**
 * quoteVisit (loaner module) returns one-off charges in the shape monthlyInvoice takes (OneOffCharge).
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { monthlyInvoice, quoteVisit } from '../../src/index.js';
import { textOf } from '../helpers/passage.js';

describe('quoteVisit charges feed monthlyInvoice', () => {
  it('001: a visit with two PCs is billed in its month with the plan fee, tax once', () => {
    const q = quoteVisit({ contract: { planId: 'itss-light-anshin-1' }, items: [{ feeId: 'itss-visit-pc-internet', quantity: 2 }], on: '2025-06-10' });
    const i = monthlyInvoice({ contract: { planId: 'itss-light-anshin-1', start: '2025-04-01', oneOffCharges: q.charges }, month: '2025-06' });
    expect(i.taxIncludedYen).toBe(2200 + q.totalYen!);
    expect(i.taxYen).toBe(Math.floor(i.taxIncludedYen / 11));
  });
  it('000: set-up during an on-site fault isolation: the 基本作業費 line is ¥0 with its waiver', () => {
    const q = quoteVisit({ contract: { planId: 'oas-plan-a' }, items: [], on: '2025-06-10', duringOnsiteDiagnosis: true });
    const i = monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01', oneOffCharges: q.charges }, month: '2025-06' });
    const basic = i.lines.find((l) => l.factId === 'oas-visit-basic-work')!;
    expect(basic.amountYen).toBe(0);
    expect(textOf(basic.waived?.source?.passage)).toContain('基本作業費は免除いたします');
    expect(i.totalYen).toBe(4290);
  });
});
