/**
 * The contract's days bound an on-site visit: start inclusive, end exclusive (interpretation of a contract's `end`
 * throughout the library), at the minute in Japan time.
 */
import { describe, expect, it } from 'vitest';
import { checkOnsiteVisit } from '../../src/quota/index.js';
import { editedCatalog } from '../helpers/values.js';

const notIsolated = { triedPhoneOrRemote: true, faultIsolated: false };
const contract = { planId: 'oas-plan-a', start: '2026-01-05', end: '2026-11-20' };
const rulesAt = (at: string) => checkOnsiteVisit({ contract, at, previousVisits: [], diagnosis: notIsolated }).reasons.map((r) => r.rule);

describe('an on-site visit at the edges of the contract', () => {
  it('is outside the contract from the first minute of its end day', () => {
    expect(rulesAt('2026-11-20T00:00')).toContain('onsite.outside-contract.blocked');
    expect(rulesAt('2026-11-19T15:00:00Z')).toContain('onsite.outside-contract.blocked'); // 2026-11-20T00:00 in Japan
    expect(rulesAt('2026-11-19T23:59')).not.toContain('onsite.outside-contract.blocked');
  });
  it('is inside the contract from the first minute of its start day', () => {
    expect(rulesAt('2026-01-05T00:00')).not.toContain('onsite.outside-contract.blocked');
    expect(rulesAt('2026-01-04T23:59')).toContain('onsite.outside-contract.blocked');
  });
});

describe('the monthly count in words, under a limit of 2 (a catalog edited from 000, whose limit is 1)', () => {
  it('says "visit" for one and "visits" for any other number', () => {
    const catalog = editedCatalog((docs) => {
      for (const d of docs) for (const v of d.quotas?.onsiteVisits ?? []) v.limitPerMonth = 2;
    });
    const message = (previous: string[]) =>
      checkOnsiteVisit({ contract: { planId: 'oas-plan-a' }, at: '2026-11-20T10:00', previousVisits: previous.map((at) => ({ at })), diagnosis: notIsolated, catalog })
        .reasons.find((r) => r.rule === 'onsite.within-monthly-limit' || r.rule === 'onsite.monthly-limit-reached.blocked')!.message;
    expect(message([])).toBe('0 previous visits in 2026-11 (Japan time); the limit is 2 per calendar month');
    expect(message(['2026-11-02T10:00'])).toBe('1 previous visit in 2026-11 (Japan time); the limit is 2 per calendar month');
    expect(message(['2026-11-02T10:00', '2026-11-09T10:00'])).toBe('2 visits already in 2026-11 (Japan time); the limit is 2 per calendar month');
  });
});
