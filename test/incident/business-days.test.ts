/**
 * The business calendar behind the `business-days` policy and the out-of-hours check is the catalog's (002 仕様書 4.1
 * 「月曜日から金曜日」 in the bundled one), and 民法143's month with no corresponding day.
 */
import { describe, expect, it } from 'vitest';
import { ContractRulesError, bundledFixtures, estimateOutOfHoursSupport, incidentStatus, serviceEndNotice } from '../../src/index.js';
import { loadCatalog } from '../../src/schemas/index.js';
import { businessDayCalendarFor } from '../../src/incident/business-days.js';
import { parseIsoDate } from '../../src/time/index.js';

/** 002 whose phone channel also opens on Saturdays (a catalog that says so). */
function saturdays() {
  const docs = JSON.parse(JSON.stringify(bundledFixtures)) as Array<{ document: { id: string }; schedules: { channels: Array<{ id: string; hours: { weekdays: number[] } }> } }>;
  const phone = docs.find((d) => d.document.id === 'helpdesk-support')!.schedules.channels.find((c) => c.id === 'phone')!;
  phone.hours.weekdays = [1, 2, 3, 4, 5, 6];
  return loadCatalog({ documents: docs });
}

describe('the catalog’s calendar is the one consulted', () => {
  const events = [
    { type: 'accepted' as const, at: '2026-11-20T10:00+09:00' },
    { type: 'support-reply' as const, at: '2026-11-20T15:00+09:00' },
  ];
  it('business-days: with Saturdays open, 11-21 counts (Sat 21, Tue 24 … Fri 27; Mon 23 勤労感謝の日 still closed)', () => {
    const s = incidentStatus({ events, at: '2026-11-21T00:00+09:00', policy: 'business-days', catalog: saturdays() });
    expect(s.closesAt).toBe('2026-11-28T00:00:00+09:00');
    expect(s.reasons.find((r) => r.rule === 'incident.period.business-days')?.message).toContain(': 2026-11-21, 2026-11-24, 2026-11-25, 2026-11-26, 2026-11-27;');
    // the bundled catalog: Monday to Friday
    expect(incidentStatus({ events, at: '2026-11-21T00:00+09:00', policy: 'business-days' }).closesAt).toBe('2026-12-01T00:00:00+09:00');
  });
  it('out-of-hours: Saturday 11:00 is within the hours of that catalog, outside those of the bundled one', () => {
    const at = '2026-11-21T11:00+09:00';
    expect(estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'customer-side', at, catalog: saturdays() })).toMatchObject({ outsideHours: false, paid: false, estimatedYen: 0 });
    expect(estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'customer-side', at })).toMatchObject({ outsideHours: true, paid: true, estimatedYen: 3000 });
  });
  it('the predicate on its own: 勤労感謝の日 is no business day; an unknown day is refused at `policy`', () => {
    const cal = businessDayCalendarFor('helpdesk-support', {});
    expect(cal.isBusinessDay(parseIsoDate('2026-11-23'))).toBe(false);
    expect(cal.isBusinessDay(parseIsoDate('2026-11-24'))).toBe(true);
    expect(cal).toMatchObject({ maxScanDays: 3660, description: 'helpdesk-support phone', channel: 'phone' });
    let err: unknown;
    try {
      cal.isBusinessDay(parseIsoDate('2018-10-26'));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContractRulesError);
    expect({ code: (err as ContractRulesError).code, path: (err as ContractRulesError).path }).toStrictEqual({ code: 'out_of_range', path: ['policy'] });
  });
});

describe('民法143: a month counted from the 31st ends on the last day of a shorter month', () => {
  it('notice on 2027-01-30 (forward-from-notice): counted from 01-31, a month ends on 2027-02-28, the earliest last day of service', () => {
    expect(serviceEndNotice({ lastServiceDay: '2027-03-31', noticeGivenOn: '2027-01-30', counting: 'forward-from-notice' }).earliestLastServiceDay).toBe('2027-02-28');
    // leap year: from 2028-01-31, to 2028-02-29
    expect(serviceEndNotice({ lastServiceDay: '2028-03-31', noticeGivenOn: '2028-01-30', counting: 'forward-from-notice' }).earliestLastServiceDay).toBe('2028-02-29');
    // from 2027-03-31 a month ends on 04-30 (April has no 31st)
    expect(serviceEndNotice({ lastServiceDay: '2027-05-31', noticeGivenOn: '2027-03-30', counting: 'forward-from-notice' }).earliestLastServiceDay).toBe('2027-04-30');
  });
});
