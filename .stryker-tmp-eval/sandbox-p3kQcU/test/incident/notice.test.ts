/**
 * serviceEndNotice (002 規約 第4条 「本サービスを終了するときは、終了する１か月前までにその旨を通知あるいは告知します。」)
 * and cancellationEffect (003 「解約申込の受付が完了した日が解約日となります。解約日以降のサポートはいたしません。」).
 */
// @ts-nocheck

import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledFixtures, cancellationEffect, serviceEndNotice } from '../../src/index.js';
import { loadCatalog } from '../../src/schemas/index.js';
import { formatIsoDate, parseIsoDate } from '../../src/time/index.js';
import { deepFreeze, expectError } from './helpers.js';

describe('serviceEndNotice: one month, counted back from the last day of service (民法143, month-end clamped)', () => {
  it.each([
    // [last day of service, latest notice day (backward-from-end), latest notice day (forward-from-notice)]
    ['2026-12-31', '2026-11-30', '2026-11-30'],
    ['2026-12-30', '2026-11-30', '2026-11-29'],
    ['2027-01-15', '2026-12-15', '2026-12-15'], // across the year end
    ['2027-01-31', '2026-12-31', '2026-12-31'],
    ['2027-03-31', '2027-02-28', '2027-02-28'],
    ['2027-03-30', '2027-02-28', '2027-02-27'], // no 02-30: clamped backwards; forwards a month from 03-01 ends 03-31
    ['2027-03-28', '2027-02-28', '2027-02-27'],
    ['2028-03-31', '2028-02-29', '2028-02-29'], // leap year
    ['2028-03-30', '2028-02-29', '2028-02-28'],
    ['2028-02-29', '2028-01-29', '2028-01-31'], // forwards: a month from 02-01 ends 02-29
    ['2027-03-01', '2027-02-01', '2027-02-01'],
    ['2026-05-31', '2026-04-30', '2026-04-30'],
  ])('last day %s → notice by %s (backward) / %s (forward)', (last, backward, forward) => {
    const b = serviceEndNotice({ lastServiceDay: last });
    expect(b).toMatchObject({ latestNoticeDay: backward, noticeMonths: 1, counting: 'backward-from-end', planId: 'helpdesk-support' });
    expect(b.reasons[0]).toMatchObject({ factId: 'helpdesk-service-end-notice', interpretation: 'incident-service-end-notice-counting' });
    expect(serviceEndNotice({ lastServiceDay: last, counting: 'forward-from-notice' }).latestNoticeDay).toBe(forward);
  });

  it('checks a notice day: in time on the latest day, too late the day after, with the earliest possible end', () => {
    expect(serviceEndNotice({ lastServiceDay: '2026-12-31', noticeGivenOn: '2026-11-30' })).toMatchObject({ sufficient: true, earliestLastServiceDay: '2026-12-30' });
    const late = serviceEndNotice({ lastServiceDay: '2026-12-31', noticeGivenOn: '2026-12-01' });
    expect(late).toMatchObject({ sufficient: false, noticeGivenOn: '2026-12-01', earliestLastServiceDay: '2027-01-01' });
    expect(late.reasons.at(-1)?.rule).toBe('incident.notice.too-late');
    expect(serviceEndNotice({ lastServiceDay: '2027-03-31', noticeGivenOn: '2027-01-31' }).earliestLastServiceDay).toBe('2027-03-01');
    expect(serviceEndNotice({ lastServiceDay: '2027-03-31', noticeGivenOn: '2027-01-31', counting: 'forward-from-notice' }).earliestLastServiceDay).toBe('2027-02-28');
  });

  it('the number of months comes from the catalog', () => {
    const docs = JSON.parse(JSON.stringify(bundledFixtures)) as Array<{ document: { id: string }; incidents?: { serviceEndNotice?: { months: number } } }>;
    docs.find((d) => d.document.id === 'helpdesk-support')!.incidents!.serviceEndNotice!.months = 3;
    expect(serviceEndNotice({ lastServiceDay: '2027-05-31', catalog: loadCatalog({ documents: docs }) }).latestNoticeDay).toBe('2027-02-28');
  });

  it('fast-check: a notice is in time exactly when the service ends on or after its earliest end (both countings)', () => {
    const day = fc.integer({ min: parseIsoDate('2000-01-01'), max: parseIsoDate('2099-12-31') });
    fc.assert(
      fc.property(day, fc.integer({ min: -70, max: 70 }), fc.constantFrom('backward-from-end' as const, 'forward-from-notice' as const), (last, offset, counting) => {
        const lastServiceDay = formatIsoDate(last);
        const noticeGivenOn = formatIsoDate(last - 31 + offset);
        const r = serviceEndNotice({ lastServiceDay, noticeGivenOn, counting });
        expect(r.sufficient).toBe(noticeGivenOn <= r.latestNoticeDay);
        expect(r.sufficient).toBe(lastServiceDay >= r.earliestLastServiceDay!);
        // at least 28 and at most 31 days lie between the notice day and the last day of service
        // independent oracle (js-joda's plusMonths clamps to the month's last day)
        const L = LocalDate.parse(lastServiceDay);
        const forwardEnd = (n: LocalDate) => {
          const s = n.plusDays(1);
          const e = s.plusMonths(1);
          return e.dayOfMonth() === s.dayOfMonth() ? e.minusDays(1) : e;
        };
        let expected = L.minusMonths(1);
        if (counting === 'forward-from-notice') {
          expected = L.minusDays(27);
          while (forwardEnd(expected).isAfter(L)) expected = expected.minusDays(1);
        }
        expect(r.latestNoticeDay).toBe(expected.toString());
        const gap = last - parseIsoDate(r.latestNoticeDay);
        expect(gap).toBeGreaterThanOrEqual(28);
        expect(gap).toBeLessThanOrEqual(31);
      }),
      { numRuns: 500 },
    );
  });

  it('bad input', () => {
    expectError(() => serviceEndNotice({ lastServiceDay: '2026-02-30' }), 'invalid_input', ['lastServiceDay']);
    expectError(() => serviceEndNotice({ lastServiceDay: '2026-12-31T00:00' }), 'invalid_input', ['lastServiceDay']);
    expectError(() => serviceEndNotice({ lastServiceDay: '2026-12-31', noticeGivenOn: 'yesterday' }), 'invalid_input', ['noticeGivenOn']);
    expectError(() => serviceEndNotice({ lastServiceDay: '2026-12-31', counting: 'both' as never }), 'invalid_input', ['counting']);
    expectError(() => serviceEndNotice({ lastServiceDay: '2026-12-31', planId: 'ucom-remote-support' }), 'not_found', ['planId']);
    expectError(() => serviceEndNotice({} as never), 'invalid_input', ['lastServiceDay']);
    expectError(() => serviceEndNotice('2026-12-31' as never), 'invalid_input', []);
  });
});

describe('cancellationEffect: the 解約日 is the day acceptance completed; no support from it on', () => {
  it('default: support ends at the acceptance, the rest of the 解約日 included (interpretation incident-cancellation-day-support)', () => {
    const r = cancellationEffect({ acceptedAt: '2026-11-20T15:00+09:00' });
    expect(r).toMatchObject({ planId: 'ucom-remote-support', cancellationDay: '2026-11-20', supportEndsAt: '2026-11-20T15:00:00+09:00', supportOnCancellationDay: 'none' });
    expect(r.reasons.find((x) => x.rule === 'incident.cancellation.support-ends')?.interpretation).toBe('incident-cancellation-day-support');
    expect(cancellationEffect({ acceptedAt: '2026-11-20T15:00+09:00', at: '2026-11-20T14:59+09:00' }).supportAvailable).toBe(true);
    expect(cancellationEffect({ acceptedAt: '2026-11-20T15:00+09:00', at: '2026-11-20T15:00+09:00' }).supportAvailable).toBe(false);
    expect(cancellationEffect({ acceptedAt: '2026-11-20T15:00+09:00', at: '2026-11-20T23:00+09:00' }).supportAvailable).toBe(false);
    expect(cancellationEffect({ acceptedAt: '2026-11-20T15:00+09:00', at: '2026-11-21T10:00+09:00' }).supportAvailable).toBe(false);
  });
  it('only the day known: no support on the 解約日 at all', () => {
    expect(cancellationEffect({ acceptedOn: '2026-12-31' })).toMatchObject({ cancellationDay: '2026-12-31', supportEndsAt: '2026-12-31T00:00:00+09:00' });
  });
  it('whole-day: support to the end of the 解約日 (the issue’s "support ends that day")', () => {
    const r = cancellationEffect({ acceptedAt: '2026-12-31T15:00+09:00', supportOnCancellationDay: 'whole-day', at: '2026-12-31T23:59:59+09:00' });
    expect(r).toMatchObject({ supportEndsAt: '2027-01-01T00:00:00+09:00', supportAvailable: true });
    expect(cancellationEffect({ acceptedOn: '2028-02-28', supportOnCancellationDay: 'whole-day', at: '2028-02-29T00:00+09:00' }).supportAvailable).toBe(false);
  });
  it('the 解約日 is the Japan day: 2026-11-20T16:30Z is 11-21 in Tokyo', () => {
    expect(cancellationEffect({ acceptedAt: '2026-11-20T16:30:00Z' }).cancellationDay).toBe('2026-11-21');
    expect(cancellationEffect({ acceptedAt: '2026-11-20T14:59:00Z' }).cancellationDay).toBe('2026-11-20');
  });
  it('does not mutate its input; JSON-serialisable', () => {
    const input = deepFreeze({ acceptedAt: '2026-11-20T15:00+09:00', at: '2026-11-21T00:00+09:00' });
    const r = cancellationEffect(input);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it('bad input', () => {
    expectError(() => cancellationEffect({}), 'invalid_input', ['acceptedAt']);
    expectError(() => cancellationEffect({ acceptedAt: '2026-11-20T15:00+09:00', acceptedOn: '2026-11-20' }), 'invalid_input', ['acceptedOn']);
    expectError(() => cancellationEffect({ acceptedAt: '2026-11-20' }), 'invalid_input', ['acceptedAt']);
    expectError(() => cancellationEffect({ acceptedOn: '2026-11-31' }), 'invalid_input', ['acceptedOn']);
    expectError(() => cancellationEffect({ acceptedOn: '2026-11-20', at: 'now' }), 'invalid_input', ['at']);
    expectError(() => cancellationEffect({ acceptedOn: '2026-11-20', supportOnCancellationDay: 'half' as never }), 'invalid_input', ['supportOnCancellationDay']);
    expectError(() => cancellationEffect({ acceptedOn: '2026-11-20', planId: 'helpdesk-support' }), 'not_found', ['planId']);
  });
});
