/**
 * Business days and business minutes word for word (src/calendar/business.ts, issue 12): every field of the answers,
 * the reason texts, and each refusal's class, code, path, message and details.
 *
 * 002 電話 (helpdesk-support phone), fixtures/002-helpdesk-support.json, 「４．サポートの受付時間」: 「1 電話による問合せの受付時間は、
 * 土日祝祭日と当社の休業日（夏期、年末年始等）を除く、 月曜日から金曜日の午前 10:00 ～ 12:00、午後 13:00 ～ 17:00 とします。」, in force from
 * the 2018-11-01 revision (「2018 年 11 月 01 日 仕様書「4.サポートの受付時間」の変更、施行」); 年末年始 12/29–1/3 by default.
 * 003 (ucom-remote-support): 「365日電話と遠隔操作でサポートを行い」 (days stated, hours not). 004 (iij-mpc-management-entry):
 * no hours stated.
 */
import { describe, expect, it } from 'vitest';
import { addBusinessDays, businessMinutesBetween, checkBusinessDay, isBusinessDay } from '../../src/calendar/index.js';
import { ConflictError, InvalidInputError, OutOfRangeError } from '../../src/errors.js';
import { expectRefusal } from '../helpers/values.js';

const phone = { planId: 'helpdesk-support', channel: 'phone' } as const;
const ucom = { planId: 'ucom-remote-support', channel: 'support' } as const;
const iij = { planId: 'iij-mpc-management-entry', channel: 'support' } as const;
const PHONE_PASSAGE = '1 電話による問合せの受付時間は、土日祝祭日と当社の休業日（夏期、年末年始等）を除く、 月曜日から金曜日の午前 10:00 ～ 12:00、午後 13:00 ～ 17:00 とします。';


const unknownBefore = (path: string, date: string) =>
  [
    OutOfRangeError,
    'out_of_range',
    [path],
    `${path}: Hours of helpdesk-support phone on ${date} are unknown: the document states the hours in force from 2018-11-01 only (pass unknownAs: 'open' or 'closed' to decide, or use explainOpen)`,
    { planId: 'helpdesk-support', channel: 'phone', date, knownFrom: '2018-11-01' },
  ] as const;

describe('isBusinessDay and checkBusinessDay', () => {
  it('a 祝日 (2026-11-23 勤労感謝の日) is closed, with the holiday as the last reason', () => {
    expect(isBusinessDay({ ...phone, date: '2026-11-23' })).toBe(false);
    const v = checkBusinessDay({ ...phone, date: '2026-11-23' });
    expect(Object.keys(v)).toEqual(['businessDay', 'date', 'planId', 'channel', 'reasons']);
    expect(v.businessDay).toBe(false);
    expect(v.date).toBe('2026-11-23');
    expect(v.planId).toBe('helpdesk-support');
    expect(v.channel).toBe('phone');
    expect(v.reasons.map((r) => r.rule)).toEqual(['calendar.channel', 'calendar.hours-in-force', 'calendar.weekday', 'calendar.national-holiday.closed']);
    expect(v.reasons.at(-1)).toEqual({
      rule: 'calendar.national-holiday.closed',
      message: '2026-11-23 is a holiday (勤労感謝の日, national-holiday)',
      source: {
        document: '002_02cdcd368f477966.txt',
        passage: '土日祝祭日と当社の休業日（夏期、年末年始等）を除く',
        note: '祝祭日 is read as every 休日 of the holiday law (interpretation calendar-national-holidays).',
      },
      factId: 'kinro-kansha-no-hi',
    });
  });

  it('a weekday with hours is a business day; the date is given back formatted', () => {
    expect(isBusinessDay({ ...phone, date: '2026-11-20' })).toBe(true);
    const v = checkBusinessDay({ ...phone, date: '2026-11-20' });
    expect(v.businessDay).toBe(true);
    expect(v.reasons.at(-1)).toEqual({
      rule: 'calendar.service-day',
      message: '2026-11-20 is a service day: 10:00–12:00, 13:00–17:00',
      source: { document: '002_02cdcd368f477966.txt', passage: PHONE_PASSAGE },
      factId: 'helpdesk-phone-hours',
    });
  });

  it('003 「365日」: every day is a business day although the hours are not stated', () => {
    expect(isBusinessDay({ ...ucom, date: '2026-11-22' })).toBe(true);
    const v = checkBusinessDay({ ...ucom, date: '2026-11-20' });
    expect(v.businessDay).toBe(true);
    expect(v.reasons.map((r) => r.rule)).toEqual(['calendar.channel', 'calendar.service-day', 'calendar.hours-not-stated']);
    expect(v.reasons[1]!.message).toBe('365日: 2026-11-20 is a service day');
  });

  it('002 before 2018-11-01: unknown; refused by default, answered as told', () => {
    expectRefusal(() => isBusinessDay({ ...phone, date: '2018-10-31' }), ...unknownBefore('date', '2018-10-31'));
    expect(isBusinessDay({ ...phone, date: '2018-10-31', unknownAs: 'open' })).toBe(true);
    expect(isBusinessDay({ ...phone, date: '2018-10-31', unknownAs: 'closed' })).toBe(false);
    expectRefusal(() => isBusinessDay({ ...phone, date: '2018-10-31', unknownAs: 'error' }), ...unknownBefore('date', '2018-10-31'));
  });

  it('checkBusinessDay answers unknown whatever unknownAs says, but still checks it', () => {
    for (const unknownAs of [undefined, 'error', 'open', 'closed'] as const) {
      const v = checkBusinessDay({ ...phone, date: '2018-10-31', ...(unknownAs ? { unknownAs } : {}) });
      expect(v.businessDay).toBe('unknown');
      expect(v.reasons.at(-1)!.rule).toBe('calendar.hours-unknown-before-revision');
    }
    expectRefusal(() => checkBusinessDay({ ...phone, date: '2026-11-20', unknownAs: 'x' as never }), InvalidInputError, 'invalid_input', ['unknownAs'], "unknownAs: Expected 'error', 'open' or 'closed'", { value: 'x' });
  });

  it('004: no hours stated', () => {
    expectRefusal(
      () => isBusinessDay({ ...iij, date: '2026-11-20' }),
      OutOfRangeError,
      'out_of_range',
      ['date'],
      "date: Hours of iij-mpc-management-entry support on 2026-11-20 are unknown: the document states no hours (pass unknownAs: 'open' or 'closed' to decide, or use explainOpen)",
      { planId: 'iij-mpc-management-entry', channel: 'support', date: '2026-11-20' },
    );
    expect(isBusinessDay({ ...iij, date: '2026-11-20', unknownAs: 'open' })).toBe(true);
    expect(isBusinessDay({ ...iij, date: '2026-11-20', unknownAs: 'closed' })).toBe(false);
    expect(checkBusinessDay({ ...iij, date: '2026-11-20' }).businessDay).toBe('unknown');
  });

  it('a bad unknownAs is refused by isBusinessDay', () => {
    expectRefusal(() => isBusinessDay({ ...phone, date: '2026-11-20', unknownAs: 'maybe' as never }), InvalidInputError, 'invalid_input', ['unknownAs'], "unknownAs: Expected 'error', 'open' or 'closed'", { value: 'maybe' });
  });
});

describe('addBusinessDays', () => {
  it('across 年末年始: +3 from Friday 2026-12-25, with every day passed over and the reason text', () => {
    const r = addBusinessDays({ ...phone, date: '2026-12-25', days: 3 });
    expect(Object.keys(r)).toEqual(['date', 'skipped', 'reasons']);
    expect(r.date).toBe('2027-01-05');
    // 12/28 and 1/4 count; 12/26–27 weekend, 12/29–1/3 年末年始.
    expect(r.skipped).toEqual(['2026-12-26', '2026-12-27', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(r.reasons.map((x) => x.rule)).toEqual(['calendar.channel', 'calendar.hours-in-force', 'calendar.weekday', 'calendar.service-day', 'calendar.add-business-days']);
    expect(r.reasons[3]!.message).toBe('2027-01-05 is a service day: 10:00–12:00, 13:00–17:00');
    expect(r.reasons.at(-1)).toEqual({
      rule: 'calendar.add-business-days',
      message:
        '2026-12-25 + 3 business day(s) of phone = 2027-01-05; passed over 8 non-business day(s): 2026-12-26, 2026-12-27, 2026-12-29, 2026-12-30, 2026-12-31, 2027-01-01, 2027-01-02, 2027-01-03',
      factId: 'helpdesk-phone-hours',
      interpretation: 'calendar-business-day',
    });
  });

  it('backward: −1 from 2027-01-04 lands on 2026-12-28, the days passed over in walking order', () => {
    const r = addBusinessDays({ ...phone, date: '2027-01-04', days: -1 });
    expect(r.date).toBe('2026-12-28');
    expect(r.skipped).toEqual(['2027-01-03', '2027-01-02', '2027-01-01', '2026-12-31', '2026-12-30', '2026-12-29']);
    expect(r.reasons.at(-1)!.message).toBe('2027-01-04 − 1 business day(s) of phone = 2026-12-28; passed over 6 non-business day(s): 2027-01-03, 2027-01-02, 2027-01-01, 2026-12-31, 2026-12-30, 2026-12-29');
  });

  it('−2 counts two business days back (Tuesday 11-24 → Thursday 11-19)', () => {
    const r = addBusinessDays({ ...phone, date: '2026-11-24', days: -2 });
    expect(r.date).toBe('2026-11-19');
    expect(r.skipped).toEqual(['2026-11-23', '2026-11-22', '2026-11-21']);
  });

  it('0 on a closed day rolls forward and says + 0; 0 on a business day passes nothing over', () => {
    const r = addBusinessDays({ ...phone, date: '2026-11-22', days: 0 });
    expect(r.date).toBe('2026-11-24');
    expect(r.skipped).toEqual(['2026-11-22', '2026-11-23']);
    expect(r.reasons.at(-1)!.message).toBe('2026-11-22 + 0 business day(s) of phone = 2026-11-24; passed over 2 non-business day(s): 2026-11-22, 2026-11-23');
    const same = addBusinessDays({ ...phone, date: '2026-11-24', days: 0 });
    expect(same.date).toBe('2026-11-24');
    expect(same.skipped).toEqual([]);
    expect(same.reasons.at(-1)!.message).toBe('2026-11-24 + 0 business day(s) of phone = 2026-11-24');
  });

  it('the reason lists the first 10 days passed over, then …', () => {
    const ten = addBusinessDays({ ...phone, closures: [{ start: '2026-08-10', end: '2026-08-17' }], date: '2026-08-07', days: 1 });
    expect(ten.date).toBe('2026-08-18');
    expect(ten.skipped).toHaveLength(10);
    expect(ten.reasons.at(-1)!.message).toBe(
      '2026-08-07 + 1 business day(s) of phone = 2026-08-18; passed over 10 non-business day(s): 2026-08-08, 2026-08-09, 2026-08-10, 2026-08-11, 2026-08-12, 2026-08-13, 2026-08-14, 2026-08-15, 2026-08-16, 2026-08-17',
    );
    const sixteen = addBusinessDays({ ...phone, closures: [{ start: '2026-08-10', end: '2026-08-21' }], date: '2026-08-07', days: 1 });
    expect(sixteen.date).toBe('2026-08-24');
    expect(sixteen.skipped).toHaveLength(16);
    expect(sixteen.skipped.at(-1)).toBe('2026-08-23');
    expect(sixteen.reasons.at(-1)!.message).toBe(
      '2026-08-07 + 1 business day(s) of phone = 2026-08-24; passed over 16 non-business day(s): 2026-08-08, 2026-08-09, 2026-08-10, 2026-08-11, 2026-08-12, 2026-08-13, 2026-08-14, 2026-08-15, 2026-08-16, 2026-08-17 …',
    );
  });

  it('unknown days on the way: refused at days by default; taken as open or closed when told', () => {
    expectRefusal(() => addBusinessDays({ ...phone, date: '2018-11-01', days: -1 }), ...unknownBefore('days', '2018-10-31'));
    const open = addBusinessDays({ ...phone, date: '2018-11-01', days: -1, unknownAs: 'open' });
    expect(open.date).toBe('2018-10-31');
    expect(open.skipped).toEqual([]);
    expect(open.reasons.at(-1)!.message).toBe('2018-11-01 − 1 business day(s) of phone = 2018-10-31');
    // 004 taken as closed from the start: refused when the walk leaves the supported dates (test/calendar/business-walk.test.ts).
    expect(addBusinessDays({ ...iij, date: '2026-11-20', days: -2, unknownAs: 'open' }).date).toBe('2026-11-18');
  });

  it('0 days where no business day comes: the refusal says + 0 and names the last date reached', () => {
    expectRefusal(
      () => addBusinessDays({ ...iij, date: '2026-11-20', days: 0, unknownAs: 'closed' }),
      OutOfRangeError,
      'out_of_range',
      ['days'],
      'days: 2026-11-20 + 0 business day(s) of support ends outside the supported dates 1900-01-01 – 2199-12-31 (2199-12-31 reached)',
      { value: 0, min: 1900, max: 2199 },
    );
  });

  it('002 past the holiday law: the holiday of 2100-01-01 cannot be known, refused at days', () => {
    expectRefusal(() => addBusinessDays({ ...phone, date: '2099-12-30', days: 1 }), OutOfRangeError, 'out_of_range', ['days'], 'days: Service days depend on holidays, which are computed for 1970–2099 only: 2100-01-01 is outside', {
      value: '2100-01-01',
      fromYear: 1970,
      toYear: 2099,
    });
  });

  // Named with String (and quotes for the string): %j would name NaN, Infinity and undefined all "null", and Stryker
  // tells tests apart by name.
  it.each([1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, '1', null, undefined].map((d) => [typeof d === 'string' ? JSON.stringify(d) : String(d), d] as const))('days %s is refused', (_, days) => {
    expectRefusal(() => addBusinessDays({ ...phone, date: '2026-11-20', days: days as never }), InvalidInputError, 'invalid_input', ['days'], 'days: Expected an integer number of business days', { value: days });
  });

  it('a bad unknownAs is refused before the walk', () => {
    expectRefusal(() => addBusinessDays({ ...phone, date: '2026-11-20', days: 1, unknownAs: 'x' as never }), InvalidInputError, 'invalid_input', ['unknownAs'], "unknownAs: Expected 'error', 'open' or 'closed'", { value: 'x' });
  });
});

describe('businessMinutesBetween', () => {
  it('the answer, its instants in Japan time and its reason', () => {
    const r = businessMinutesBetween({ ...phone, start: '2026-11-20T11:00', end: '2026-11-20T14:00' });
    expect(r).toEqual({
      businessMinutes: 120,
      start: '2026-11-20T11:00:00+09:00',
      end: '2026-11-20T14:00:00+09:00',
      reasons: [
        {
          rule: 'calendar.business-minutes',
          message: '120 open minute(s) of helpdesk-support phone within [2026-11-20T11:00:00+09:00, 2026-11-20T14:00:00+09:00)',
          source: { document: '002_02cdcd368f477966.txt', passage: PHONE_PASSAGE },
          factId: 'helpdesk-phone-hours',
        },
      ],
    });
  });

  it('windows cut at both ends: 2 ms around 17:00 count 1 ms; a start at midnight counts nothing before 10:00', () => {
    expect(businessMinutesBetween({ ...phone, start: '2026-11-20T16:59:59.999', end: '2026-11-20T17:00:00.001' }).businessMinutes).toBe(1 / 60_000);
    expect(businessMinutesBetween({ ...phone, start: '2026-11-20T09:59:59.999', end: '2026-11-20T10:00:00.001' }).businessMinutes).toBe(1 / 60_000);
    expect(businessMinutesBetween({ ...phone, start: '2026-11-20T11:59', end: '2026-11-20T13:01' }).businessMinutes).toBe(2);
    expect(businessMinutesBetween({ ...phone, start: '2026-11-20T00:00', end: '2026-11-20T10:00' }).businessMinutes).toBe(0);
    expect(businessMinutesBetween({ ...phone, start: '2026-11-20T17:00', end: '2026-11-21T00:00' }).businessMinutes).toBe(0);
  });

  it('an interval ending at midnight does not read the next day (2099-12-31 to 2100-01-01 needs no 2100 holiday)', () => {
    expect(businessMinutesBetween({ ...phone, start: '2099-12-30T10:00', end: '2100-01-01T00:00' }).businessMinutes).toBe(0);
    expect(businessMinutesBetween({ ...phone, start: '2099-12-28T16:00', end: '2100-01-01T00:00' }).businessMinutes).toBe(60);
  });

  it('an empty interval reads no day: 0 minutes on an unknown day and on a day past the holiday law', () => {
    expect(businessMinutesBetween({ ...phone, start: '2018-10-31T10:00', end: '2018-10-31T10:00' }).businessMinutes).toBe(0);
    expect(businessMinutesBetween({ ...phone, start: '2100-01-01T00:00', end: '2100-01-01T00:00' }).businessMinutes).toBe(0);
    expect(businessMinutesBetween({ ...phone, start: '2099-12-31T23:00', end: '2100-01-01T00:00' }).businessMinutes).toBe(0);
  });

  it('a day past the holiday law is refused at end', () => {
    expectRefusal(
      () => businessMinutesBetween({ ...phone, start: '2099-12-30T10:00', end: '2100-01-01T00:00:00.001' }),
      OutOfRangeError,
      'out_of_range',
      ['end'],
      'end: Service days depend on holidays, which are computed for 1970–2099 only: 2100-01-01 is outside',
      { value: '2100-01-01', fromYear: 1970, toYear: 2099 },
    );
  });

  it('an interval ending before it starts is refused at end', () => {
    expectRefusal(
      () => businessMinutesBetween({ ...phone, start: '2026-11-20T11:00', end: '2026-11-20T10:59:59.999' }),
      ConflictError,
      'conflict',
      ['end'],
      'end: The interval ends (2026-11-20T10:59:59.999+09:00) before it starts (2026-11-20T11:00:00+09:00)',
      { start: '2026-11-20T11:00:00+09:00', end: '2026-11-20T10:59:59.999+09:00' },
    );
  });

  it('unknown days: refused at start (the first day) by default; counted and named when told', () => {
    const q = { ...phone, start: '2018-10-30T00:00', end: '2018-11-02T00:00' };
    expectRefusal(() => businessMinutesBetween(q), ...unknownBefore('start', '2018-10-30'));
    const open = businessMinutesBetween({ ...q, unknownAs: 'open' });
    expect(open.businessMinutes).toBe(2 * 1440 + 360);
    expect(open.reasons[0]!.message).toBe(
      '3240 open minute(s) of helpdesk-support phone within [2018-10-30T00:00:00+09:00, 2018-11-02T00:00:00+09:00); 2 day(s) of unknown hours counted as open',
    );
    const closed = businessMinutesBetween({ ...q, unknownAs: 'closed' });
    expect(closed.businessMinutes).toBe(360);
    expect(closed.reasons[0]!.message).toBe(
      '360 open minute(s) of helpdesk-support phone within [2018-10-30T00:00:00+09:00, 2018-11-02T00:00:00+09:00); 2 day(s) of unknown hours counted as closed',
    );
    // Open unknown days count only the part inside the interval.
    expect(businessMinutesBetween({ ...phone, start: '2018-10-31T18:00', end: '2018-11-01T11:00', unknownAs: 'open' }).businessMinutes).toBe(6 * 60 + 60);
  });

  it('003: the days are stated but not the hours', () => {
    const q = { ...ucom, start: '2026-11-20T10:00', end: '2026-11-21T00:00' };
    expectRefusal(
      () => businessMinutesBetween(q),
      OutOfRangeError,
      'out_of_range',
      ['start'],
      "start: Hours of ucom-remote-support support on 2026-11-20 are unknown: the document states the service days (365日) but not the hours (pass unknownAs: 'open' or 'closed' to decide, or use explainOpen)",
      { planId: 'ucom-remote-support', channel: 'support', date: '2026-11-20' },
    );
    expect(businessMinutesBetween({ ...q, unknownAs: 'closed' }).reasons[0]!.message).toBe(
      '0 open minute(s) of ucom-remote-support support within [2026-11-20T10:00:00+09:00, 2026-11-21T00:00:00+09:00); 1 day(s) of unknown hours counted as closed',
    );
    expect(businessMinutesBetween({ ...q, unknownAs: 'open' }).businessMinutes).toBe(14 * 60);
  });

  it('a bad unknownAs is refused', () => {
    expectRefusal(() => businessMinutesBetween({ ...phone, start: '2026-11-20T11:00', end: '2026-11-20T12:00', unknownAs: 'x' as never }), InvalidInputError, 'invalid_input', ['unknownAs'], "unknownAs: Expected 'error', 'open' or 'closed'", { value: 'x' });
  });
});
