/**
 * addBusinessDays walks day by day; the walk is bounded by the dates the library accepts (1900-01-01 – 2199-12-31).
 * Before this bound a channel whose every day is unknown (004 「センドバック」, no hours stated) taken as closed, a
 * backward walk into 002's days before the 2018-11-01 revision, or 2^53 days on a channel open every day (000's
 * 「24時間365日」) never returned. Each now ends in an OutOfRangeError at ['days'] naming the date reached.
 */
import { describe, expect, it } from 'vitest';
import { addBusinessDays } from '../../src/calendar/index.js';
import { OutOfRangeError } from '../../src/errors.js';
import { thrown } from '../helpers/values.js';

const allDay = { planId: 'oas-plan-a', channel: 'onsite-diagnosis' } as const;
const phone = { planId: 'helpdesk-support', channel: 'phone' } as const;

const refusal = (f: () => unknown): OutOfRangeError => thrown(f, OutOfRangeError);

describe('addBusinessDays: the walk stays within 1900-01-01 – 2199-12-31', () => {
  it('004: every day unknown, taken as closed: refused when the walk reaches 2199-12-31', () => {
    const e = refusal(() => addBusinessDays({ planId: 'iij-mpc-management-entry', channel: 'support', date: '2026-11-20', days: 1, unknownAs: 'closed' }));
    expect(e.code).toBe('out_of_range');
    expect(e.path).toEqual(['days']);
    expect(e.message).toBe('days: 2026-11-20 + 1 business day(s) of support ends outside the supported dates 1900-01-01 – 2199-12-31 (2199-12-31 reached)');
    expect(e.details).toEqual({ value: 1, min: 1900, max: 2199 });
    expect(() => JSON.stringify(e)).not.toThrow();
  });
  it('004 with days 0 (roll forward): the same bound', () => {
    const e = refusal(() => addBusinessDays({ planId: 'iij-mpc-management-entry', channel: 'support', date: '2026-11-20', days: 0, unknownAs: 'closed' }));
    expect(e.path).toEqual(['days']);
    expect(e.message).toContain('(2199-12-31 reached)');
  });
  it('004 taken as open counts every day', () => {
    expect(addBusinessDays({ planId: 'iij-mpc-management-entry', channel: 'support', date: '2026-11-20', days: 3, unknownAs: 'open' }).date).toBe('2026-11-23');
  });
  it('002 backward from the revision day into unknown days, taken as closed: refused at 1900-01-01', () => {
    const e = refusal(() => addBusinessDays({ ...phone, date: '2018-11-01', days: -1, unknownAs: 'closed' }));
    expect(e.path).toEqual(['days']);
    expect(e.message).toBe('days: 2018-11-01 − 1 business day(s) of phone ends outside the supported dates 1900-01-01 – 2199-12-31 (1900-01-01 reached)');
    expect(e.details).toEqual({ value: -1, min: 1900, max: 2199 });
  });
  it('002 backward without unknownAs: the unknown day is refused first, as before', () => {
    expect(() => addBusinessDays({ ...phone, date: '2018-11-01', days: -1 })).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['days'] }));
  });
  it('a channel open every day: up to the last supported date, then refused', () => {
    expect(addBusinessDays({ ...allDay, date: '2199-12-30', days: 1 }).date).toBe('2199-12-31');
    expect(addBusinessDays({ ...allDay, date: '1900-01-02', days: -1 }).date).toBe('1900-01-01');
    expect(refusal(() => addBusinessDays({ ...allDay, date: '2199-12-31', days: 1 })).message).toContain('(2199-12-31 reached)');
    expect(refusal(() => addBusinessDays({ ...allDay, date: '1900-01-01', days: -1 })).message).toContain('(1900-01-01 reached)');
  });
  it('2^53 − 1 days (and its negative) end quickly in the refusal, not in a 2^53-step walk', () => {
    for (const days of [Number.MAX_SAFE_INTEGER, -Number.MAX_SAFE_INTEGER]) {
      const e = refusal(() => addBusinessDays({ ...allDay, date: '2026-11-20', days }));
      expect(e.path).toEqual(['days']);
      expect(e.details).toEqual({ value: days, min: 1900, max: 2199 });
    }
  });
  it('a long walk inside the range still answers: 000 24h, +63,000 days from 2026-11-20', () => {
    // Python: datetime.date(2026, 11, 20) + timedelta(63000) == date(2199, 5, 17).
    expect(addBusinessDays({ ...allDay, date: '2026-11-20', days: 63_000 }).date).toBe('2199-05-17');
  });
});
