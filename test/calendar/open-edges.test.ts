/**
 * isOpen / nextOpening / explainOpen at edges the other calendar tests leave open: an instant exactly at a window's
 * start (002 phone 「午前 10:00 ～ 12:00、午後 13:00 ～ 17:00」, start inclusive), the refusal for 004, whose document
 * states no hours, and 002's fax/e-mail/web, accepted at any time (「随時受け付けますが」) but handled in the phone hours.
 */
import { describe, expect, it } from 'vitest';
import { explainOpen, isOpen, nextOpening } from '../../src/calendar/index.js';
import { thrown } from '../helpers/values.js';

describe('edges', () => {
  it('at exactly 10:00 on a service day the phone is open now, in the 10:00–12:00 window', () => {
    const r = nextOpening({ planId: 'helpdesk-support', channel: 'phone', at: '2026-11-20T10:00+09:00' });
    expect(r.status).toBe('open-now');
    expect(r.window).toEqual({ start: '2026-11-20T10:00:00+09:00', end: '2026-11-20T12:00:00+09:00' });
  });

  it('004: the hours are unknown because none are stated', () => {
    const e = thrown(() => isOpen({ planId: 'iij-mpc-management-entry', channel: 'support', at: '2026-11-20T10:00+09:00' }));
    expect(e.code).toBe('out_of_range');
    expect(e.message).toBe("at: Hours of iij-mpc-management-entry support on 2026-11-20 are unknown: the document states no hours (pass unknownAs: 'open' or 'closed' to decide, or use explainOpen)");
  });

  it('002 fax/e-mail/web on a Saturday: accepted, not handled', () => {
    const v = explainOpen({ planId: 'helpdesk-support', channel: 'fax-email-web', at: '2026-11-21T12:00+09:00' });
    expect([v.open, v.accepted]).toEqual([false, true]);
  });
});
