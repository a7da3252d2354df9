/**
 * Business days and business minutes (SLA use): 002 phone, 001 support, 000 24h, 003 365日.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessMinutesBetween, checkBusinessDay, isBusinessDay, type ScheduleQuery } from '../../src/calendar/index.js';

const phone = { planId: 'helpdesk-support', channel: 'phone' } as const;
const light = { planId: 'itss-light-anshin-1', channel: 'support' } as const;

describe('isBusinessDay', () => {
  it.each([
    [phone, '2026-11-20', true, '002: Friday'],
    [phone, '2026-11-21', false, '002: 土'],
    [phone, '2026-11-23', false, '002: 祝祭日'],
    [phone, '2026-12-29', false, '002: 年末年始'],
    [phone, '2018-11-01', true, '002: the revision day'],
    [light, '2026-11-21', true, '001: Saturday'],
    [light, '2026-11-22', false, '001: 日曜'],
    [{ ...light, options: ['itss-light-time-extension'] }, '2026-11-22', true, '001 with 時間延長'],
    [{ planId: 'oas-plan-a', channel: 'onsite-diagnosis' }, '2027-01-01', true, '000: 24時間365日'],
    [{ planId: 'oas-plan-a', channel: 'contract-desk' }, '2026-11-23', false, '000: 平日 excludes holidays by default'],
    [{ planId: 'ucom-remote-support', channel: 'support' }, '2027-01-01', true, '003: 365日 — the day is known, the hours are not'],
    [{ planId: 'helpdesk-support', channel: 'fax-email-web' }, '2026-11-21', false, '002 fax: handled in phone hours'],
    [{ planId: 'helpdesk-support', channel: 'fax-email-web', sense: 'accepted' }, '2026-11-21', true, '002 fax: accepted any day'],
  ] as Array<[ScheduleQuery, string, boolean, string]>)('%j %s → %s (%s)', (q, date, expected) => {
    expect(isBusinessDay({ ...q, date })).toBe(expected);
    expect(checkBusinessDay({ ...q, date }).businessDay).toBe(expected);
  });
  it('unknown days: 002 before the revision, 004', () => {
    expect(checkBusinessDay({ ...phone, date: '2018-10-31' }).businessDay).toBe('unknown');
    expect(isBusinessDay({ ...phone, date: '2018-10-31', unknownAs: 'closed' })).toBe(false);
    expect(() => isBusinessDay({ planId: 'iij-mpc-management-entry', channel: 'support', date: '2026-11-20' })).toThrowError(
      expect.objectContaining({ code: 'out_of_range' }),
    );
  });
  it('explains a closed day with its rule', () => {
    const v = checkBusinessDay({ ...phone, date: '2026-11-23' });
    expect(v.reasons.map((r) => r.rule)).toContain('calendar.national-holiday.closed');
  });
});

describe('addBusinessDays', () => {
  it.each([
    [phone, '2026-11-20', 1, '2026-11-24', 'Friday + 1 skips the weekend and 勤労感謝の日'],
    [phone, '2026-11-20', 5, '2026-11-30', ''],
    [phone, '2026-12-28', 1, '2027-01-04', '年末年始 12/29–1/3'],
    [phone, '2026-11-24', -1, '2026-11-20', 'backward'],
    [phone, '2026-11-21', 0, '2026-11-24', '0 rolls forward to a business day'],
    [phone, '2026-11-20', 0, '2026-11-20', '0 on a business day'],
    [light, '2026-11-20', 1, '2026-11-21', '001 counts Saturdays'],
    [light, '2026-11-21', 1, '2026-11-24', '001 skips Sunday and the holiday'],
    [{ ...phone, closures: [{ start: '2026-08-13', end: '2026-08-14' }] }, '2026-08-12', 1, '2026-08-17', 'company closure'],
  ] as Array<[ScheduleQuery, string, number, string, string]>)('%j %s %+d → %s (%s)', (q, date, days, expected) => {
    const r = addBusinessDays({ ...q, date, days });
    expect(r.date).toBe(expected);
    expect(r.reasons.at(-1)?.rule).toBe('calendar.add-business-days');
  });
  it('lists the days passed over', () => {
    expect(addBusinessDays({ ...phone, date: '2026-11-20', days: 1 }).skipped).toEqual(['2026-11-21', '2026-11-22', '2026-11-23']);
  });
});

describe('businessMinutesBetween', () => {
  it.each([
    [phone, '2026-11-20T11:00', '2026-11-20T14:00', 120, 'across the lunch break: 11–12 and 13–14'],
    [phone, '2026-11-20T00:00', '2026-11-21T00:00', 360, 'one full day: 2 h + 4 h'],
    [phone, '2026-11-20T00:00', '2026-11-27T00:00', 360 * 4, 'a week with 勤労感謝の日'],
    [phone, '2026-11-20T10:00', '2026-11-20T10:00', 0, 'empty interval'],
    [phone, '2026-11-20T16:30', '2026-11-24T10:30', 60, 'Friday 30 min + Tuesday 30 min'],
    [phone, '2026-11-20T01:00:00Z', '2026-11-20T02:00:00Z', 60, 'instants in UTC'],
    [phone, '2026-11-20T10:00:30', '2026-11-20T10:01', 0.5, 'fractions of a minute'],
    [light, '2026-11-21T00:00', '2026-11-22T00:00', 540, '001 Saturday 9–18'],
    [{ planId: 'oas-plan-a', channel: 'onsite-diagnosis' }, '2028-02-28T00:00', '2028-03-01T00:00', 2 * 1440, '24h over a leap day'],
    [{ planId: 'oas-plan-a', channel: 'onsite-diagnosis' }, '2150-01-01T00:00', '2150-01-02T00:00', 1440, '24h needs no holiday table'],
  ] as Array<[ScheduleQuery, string, string, number, string]>)('%j [%s, %s) = %d min (%s)', (q, start, end, minutes) => {
    expect(businessMinutesBetween({ ...q, start, end }).businessMinutes).toBe(minutes);
  });
  it('unknown hours: error by default, or counted as told', () => {
    const q = { ...phone, start: '2018-10-31T00:00', end: '2018-11-02T00:00' };
    expect(() => businessMinutesBetween(q)).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['start'] }));
    expect(businessMinutesBetween({ ...q, unknownAs: 'closed' }).businessMinutes).toBe(360);
    expect(businessMinutesBetween({ ...q, unknownAs: 'open' }).businessMinutes).toBe(1440 + 360);
  });
});
