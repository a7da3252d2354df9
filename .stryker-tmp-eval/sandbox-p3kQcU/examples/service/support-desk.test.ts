/**
 * The unit tests of a downstream service (support-desk.ts) that uses support-contract-rules: they assert on
 * the library's answers through the service, and on its typed errors (`code`, `path`), never on messages.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { ContractRulesError, NotFoundError, evaluateQuota } from 'support-contract-rules';
import { decideInquiry, httpError } from './support-desk.js';

const plan = { planId: 'oas-plan-a', channel: 'support' } as const;
const earlier = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `q${i + 1}`, at: `2026-11-0${i + 2}T10:00+09:00` }));

describe('decideInquiry', () => {
  it('accepts an inquiry within the hours and the quota, and says what is left', () => {
    expect(decideInquiry({ ...plan, at: '2026-11-24T10:00+09:00', earlier: earlier(2) })).toEqual({ status: 'accepted', remainingAfter: 2 });
  });

  it('refuses the inquiry past the plan\'s monthly limit, whatever the limit is', () => {
    // The service does not hard-code プラン A's 5 a month: the test asks the library for the limit.
    const limit = evaluateQuota({ contract: { planId: plan.planId }, month: '2026-11', events: [] }).limit.total!;
    expect(decideInquiry({ ...plan, at: '2026-11-24T10:00+09:00', earlier: earlier(limit) })).toEqual({ status: 'over-quota', limit });
  });

  it('reads an instant in any offset as the same instant, and counts quotas by the Japan month', () => {
    // 01:00Z is 10:00 in Japan; five inquiries in November do not count against December.
    expect(decideInquiry({ ...plan, at: '2026-11-24T01:00:00Z', earlier: earlier(2) })).toEqual({ status: 'accepted', remainingAfter: 2 });
    expect(decideInquiry({ ...plan, at: '2026-12-01T01:30:00Z', earlier: earlier(5) })).toEqual({ status: 'accepted', remainingAfter: 4 });
  });

  it('on a holiday, says when the desk opens and which rule closed it', () => {
    expect(decideInquiry({ ...plan, at: '2026-11-23T10:00+09:00', earlier: [] })).toEqual({
      status: 'closed',
      opensAt: '2026-11-24T09:30:00+09:00',
      rule: 'calendar.national-holiday.closed',
    });
  });
});

describe('errors', () => {
  it('an unknown plan is a NotFoundError naming the field: the service answers 404', () => {
    let caught: unknown;
    try {
      decideInquiry({ planId: 'oas-plan-c', channel: 'support', at: '2026-11-24T10:00+09:00', earlier: [] });
    } catch (e) {
      caught = e;
    }
    expect(caught).toBeInstanceOf(ContractRulesError);
    expect(caught).toBeInstanceOf(NotFoundError);
    expect(caught).toMatchObject({ code: 'not_found', path: ['planId'] });
    expect(httpError(caught)).toEqual({ status: 404, field: 'planId' });
  });

  it('a malformed instant is invalid_input at its path: 400, never a guess', () => {
    expect(() => decideInquiry({ ...plan, at: '24/11/2026 10:00', earlier: [] })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['at'] }),
    );
    const e = (() => {
      try {
        decideInquiry({ ...plan, at: '24/11/2026 10:00', earlier: [] });
      } catch (error) {
        return error;
      }
    })();
    expect(httpError(e)).toEqual({ status: 400, field: 'at' });
  });

  it('an error that is not the library\'s is a 500', () => {
    expect(httpError(new Error('disk full'))).toEqual({ status: 500, field: '' });
  });
});
