/**
 * A plan of a document with a quota section that sets no inquiry limit for it (a catalog edited from 000, whose
 * section has one counting rule): usage is counted with the section's counting rule, and no limit applies.
 */
import { describe, expect, it } from 'vitest';
import { evaluateQuota } from '../../src/quota/index.js';
import { editedCatalog } from '../helpers/values.js';

describe('a plan without an inquiry limit in a document with a quota section', () => {
  it('is counted by the section’s one counting rule, with no limit', () => {
    // The catalog is made in the test (a mutation run runs only the tests that cover a line).
    const catalog = editedCatalog((docs) => {
      for (const d of docs) if (d.quotas) d.quotas.inquiryLimits = d.quotas.inquiryLimits.filter((l: { planIds: string[] }) => !l.planIds.includes('oas-plan-a'));
    });
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events: [{ id: 'q1', at: '2026-11-02T10:00' }], catalog });
    expect(r.used).toBe(1);
    expect(r.limit.total).toBeNull();
    expect(r.remaining).toBeNull();
    expect(r.over).toEqual([]);
    expect(r.trace.map((t) => [t.id, t.units, t.status])).toEqual([['q1', 1, 'no-limit']]);
    expect(r.reasons.map((x) => x.rule)).toContain('quota.no-limit-recorded');
  });
});
