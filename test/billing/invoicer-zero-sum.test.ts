/**
 * An invoicer (its memo takes the decimal path of the totals) on a rate whose lines add up to ¥0: 002's free plan
 * (「本サービスの提供に係わる料金は無料とします。」, fixtures/002 helpdesk-support ¥0) with a caller-waived 受付時間外の有償サポート: two
 * lines, a ¥0 sum, a ¥0 tax (0 × 10/110 = 0), each line's share ¥0 — the invoice of monthlyInvoice.
 */
import { describe, expect, it } from 'vitest';
import { createInvoicer, monthlyInvoice } from '../../src/index.js';

describe('an invoicer on a ¥0 rate of two lines', () => {
  it('shares of a ¥0 tax over a ¥0 sum are ¥0 each, as without the memo', () => {
    const input = {
      contract: { planId: 'helpdesk-support', start: '2025-01-01', oneOffCharges: [{ feeId: 'helpdesk-out-of-hours', quantity: 2, on: '2025-02-03', waived: { reason: 'goodwill' } }] },
      month: '2025-02',
    };
    const i = createInvoicer().monthlyInvoice(input);
    expect(i.lines.map((l) => [l.factId, l.amountYen, l.taxYen, l.taxExcludedYen, l.taxIncludedYen])).toEqual([
      ['helpdesk-support', 0, 0, 0, 0],
      ['helpdesk-out-of-hours', 0, 0, 0, 0],
    ]);
    expect([i.taxExcludedYen, i.taxYen, i.taxIncludedYen, i.totalYen]).toEqual([0, 0, 0, 0]);
    expect(i.trace.slice(-2)).toEqual(['10%: 2 line(s), 0 tax-included; tax = 0 × 10/110 = 0 → 0 (floor, once for the rate)', 'total: 0 + tax 0 = 0']);
    expect(i).toEqual(monthlyInvoice(input));
  });
});
