/**
 * Boundary tests for every document's channels: first and last minute of each window, the lunch
 * break, Saturdays, Sundays, holidays, 年末年始 edges, a leap day, instants given in another zone
 * that fall on another Japanese day, the 2018-11-01 revision of 002, and unknown hours.
 * Each row cites the passage that decides it.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import {
  explainOpen,
  isOpen,
  nextOpening,
  type IsOpenOptions,
} from '../../src/calendar/index.js';

type Row = [planId: string, channel: string, at: string, expected: boolean | 'unknown', why: string, extra?: Partial<IsOpenOptions>];

const LIGHT = 'itss-light-anshin-1';
const STD = 'itss-standard-anshin-2';
const EXT_L = ['itss-light-time-extension'];
const EXT_S = ['itss-standard-time-extension'];

// 001: 操作・設定・トラブルサポート 対応時間 9:00 ~ 18:00 日曜、祝日、年末年始除く
//      訪問による故障切り分け 対応時間 9:00 ~ 17:00 日曜、祝日、年末年始除く
//      時間延長オプション 24時間365日 (閏年は366日)
const rows001: Row[] = [
  [LIGHT, 'support', '2026-11-20T08:59', false, 'Friday, minute before 9:00'],
  [LIGHT, 'support', '2026-11-20T09:00', true, 'Friday, first minute'],
  [LIGHT, 'support', '2026-11-20T17:59:59.999', true, 'Friday, last instant'],
  [LIGHT, 'support', '2026-11-20T18:00', false, 'Friday, 18:00 is the exclusive end'],
  [LIGHT, 'support', '2026-11-20T12:30', true, '001 has no lunch break'],
  [LIGHT, 'support', '2026-11-21T09:00', true, 'Saturday is not excluded (only 日曜)'],
  [LIGHT, 'support', '2026-11-21T17:59', true, 'Saturday, last minute'],
  [LIGHT, 'support', '2026-11-22T10:00', false, '日曜 excluded'],
  [LIGHT, 'support', '2026-11-23T10:00', false, '祝日 excluded: 勤労感謝の日 (Monday)'],
  [LIGHT, 'support', '2026-09-22T10:00', false, '祝日 includes 国民の休日 (interpretation calendar-national-holidays)'],
  [LIGHT, 'support', '2026-05-06T10:00', false, '祝日 includes 振替休日'],
  [LIGHT, 'support', '2026-12-28T17:59', true, 'last minute before 年末年始 (12/29–1/3)'],
  [LIGHT, 'support', '2026-12-29T09:00', false, '年末年始 first day'],
  [LIGHT, 'support', '2027-01-03T10:00', false, '年末年始 last day'],
  [LIGHT, 'support', '2027-01-04T09:00', true, 'first day after 年末年始 (Monday)'],
  [LIGHT, 'support', '2028-02-29T09:00', true, 'leap day (Tuesday)'],
  [LIGHT, 'support', '2028-02-29T08:59', false, 'leap day before hours'],
  [STD, 'support', '2026-11-21T12:00', true, 'スタンダード: same hours, Saturday open'],
  [STD, 'support', '2026-11-22T12:00', false, 'スタンダード: 日曜 excluded'],
  [LIGHT, 'onsite-diagnosis', '2026-11-20T09:00', true, '訪問 first minute'],
  [LIGHT, 'onsite-diagnosis', '2026-11-20T16:59', true, '訪問 last minute'],
  [LIGHT, 'onsite-diagnosis', '2026-11-20T17:00', false, '訪問 ends at 17:00'],
  [LIGHT, 'onsite-diagnosis', '2026-11-21T16:59', true, '訪問 Saturday open'],
  [LIGHT, 'onsite-diagnosis', '2027-01-01T10:00', false, '訪問 元日 / 年末年始'],
  [LIGHT, 'support', '2026-11-22T03:00', true, '時間延長: Sunday night', { options: EXT_L }],
  [LIGHT, 'support', '2026-11-23T10:00', true, '時間延長: holiday', { options: EXT_L }],
  [LIGHT, 'support', '2026-12-31T23:59', true, '時間延長: 年末年始', { options: EXT_L }],
  [LIGHT, 'onsite-diagnosis', '2027-01-01T00:00', true, '時間延長 covers 訪問 too', { options: EXT_L }],
  [STD, 'onsite-diagnosis', '2028-02-29T02:00', true, '時間延長: leap day (閏年は366日)', { options: EXT_S }],
  [STD, 'support', '2028-02-29T02:00', false, 'without the option, 2:00 is closed'],
  ['itss-standard-anshin-1', 'support', '2026-11-22T10:00', false, '問い合わせ回数追加 does not change hours', { options: ['itss-standard-extra-inquiries'] }],
  ['itss-legacy-light-1', 'support', '2026-11-20T10:00', 'unknown', 'discontinued plans: hours not stated'],
  // Instants in other zones that fall on another Japanese day.
  [LIGHT, 'support', '2026-11-20T20:00:00-05:00', true, 'Friday 20:00 in New York = Saturday 10:00 in Tokyo'],
  [LIGHT, 'support', '2026-11-21T15:30:00Z', false, 'Saturday 15:30 UTC = Sunday 00:30 in Tokyo'],
  [LIGHT, 'support', '2026-11-22T23:30:00-05:00', false, 'Sunday in New York = Monday 13:30 勤労感謝の日 in Tokyo'],
  [LIGHT, 'support', '2026-12-28T15:00:00Z', false, '12-28 in UTC = 12-29 00:00 in Tokyo: 年末年始'],
  [LIGHT, 'support', '2027-01-04T00:00:00Z', true, '1-4 09:00 in Tokyo'],
];

// 000: 対応時間 平日9:30～17:30 (お問い合わせ窓口); 訪問故障切り分けサポート 対応時間 24時間365日
const rows000: Row[] = [
  ['oas-plan-a', 'onsite-diagnosis', '2026-11-22T03:00', true, '24時間365日: Sunday night'],
  ['oas-plan-b', 'onsite-diagnosis', '2027-01-01T00:00', true, '24時間365日: 元日'],
  ['oas-plan-a', 'onsite-diagnosis', '2028-02-29T23:59', true, '24時間365日: leap day'],
  ['oas-plan-a', 'onsite-diagnosis', '2150-06-01T12:00', true, '24時間365日 needs no holiday table'],
  ['oas-plan-a', 'contract-desk', '2026-11-20T09:29', false, '平日 before 9:30'],
  ['oas-plan-a', 'contract-desk', '2026-11-20T09:30', true, '平日 first minute'],
  ['oas-plan-a', 'contract-desk', '2026-11-20T17:29', true, '平日 last minute'],
  ['oas-plan-a', 'contract-desk', '2026-11-20T17:30', false, '平日 17:30 exclusive'],
  ['oas-plan-a', 'contract-desk', '2026-11-21T10:00', false, 'Saturday is not a 平日'],
  ['oas-plan-a', 'contract-desk', '2026-11-23T10:00', false, 'a national holiday is not a 平日 (default heijitsu)'],
  ['oas-plan-a', 'contract-desk', '2026-11-23T10:00', true, "heijitsu: 'includes-holidays'", { heijitsu: 'includes-holidays' }],
  ['oas-plan-a', 'contract-desk', '2026-12-29T10:00', true, '年末年始 weekday: 平日 alone does not exclude it (default)'],
  ['oas-plan-a', 'contract-desk', '2026-12-29T10:00', false, "heijitsu: 'excludes-holidays-and-year-end'", { heijitsu: 'excludes-holidays-and-year-end' }],
  ['oas-plan-b', 'support', '2026-11-20T09:30', true, 'the same 窓口 serves 各種サポート'],
];

// 002: 電話 … 土日祝祭日と当社の休業日（夏期、年末年始等）を除く、月曜日から金曜日の午前 10:00 ～ 12:00、午後 13:00 ～ 17:00
//      FAX、電子メール及びウェブによる問合せは随時受け付けますが、サポートは当社の業務時間内に行われる
const H = 'helpdesk-support';
const rows002: Row[] = [
  [H, 'phone', '2026-11-20T09:59', false, 'before 10:00'],
  [H, 'phone', '2026-11-20T10:00', true, 'morning window first minute'],
  [H, 'phone', '2026-11-20T11:59', true, 'morning window last minute'],
  [H, 'phone', '2026-11-20T12:00', false, 'lunch break starts'],
  [H, 'phone', '2026-11-20T12:59', false, 'lunch break last minute'],
  [H, 'phone', '2026-11-20T13:00', true, 'afternoon window first minute'],
  [H, 'phone', '2026-11-20T16:59', true, 'afternoon last minute'],
  [H, 'phone', '2026-11-20T17:00', false, '17:00 exclusive'],
  [H, 'phone', '2026-11-21T10:00', false, '土 excluded'],
  [H, 'phone', '2026-11-22T10:00', false, '日 excluded'],
  [H, 'phone', '2026-11-23T10:00', false, '祝祭日 excluded'],
  [H, 'phone', '2026-12-28T16:59', true, 'before 年末年始'],
  [H, 'phone', '2026-12-29T10:00', false, '年末年始 (default 12/29–1/3, interpretation calendar-002-year-end)'],
  [H, 'phone', '2026-12-29T10:00', true, 'yearEnd: null switches 年末年始 off', { yearEnd: null }],
  [H, 'phone', '2026-12-29T10:00', true, 'company year end from 12-30', { yearEnd: { start: '12-30', end: '01-04' } }],
  [H, 'phone', '2027-01-04T10:00', false, 'company year end to 01-04', { yearEnd: { start: '12-30', end: '01-04' } }],
  [H, 'phone', '2026-08-13T10:00', false, '夏期 closure supplied by the caller', { closures: [{ start: '2026-08-13', end: '2026-08-14', name: '夏期休業' }] }],
  [H, 'phone', '2026-08-14T16:59', false, 'closure end day is inclusive', { closures: [{ start: '2026-08-13', end: '2026-08-14' }] }],
  [H, 'phone', '2026-08-17T10:00', true, 'after the closure', { closures: [{ start: '2026-08-13', end: '2026-08-14' }] }],
  [H, 'phone', '2028-02-29T10:00', true, 'leap day (Tuesday)'],
  [H, 'phone', '2026-11-23T20:00:00-05:00', true, 'Monday (a holiday in Tokyo) 20:00 in New York = Tuesday 10:00 in Tokyo'],
  [H, 'phone', '2026-11-20T01:00:00Z', true, '01:00 UTC = 10:00 Tokyo'],
  [H, 'phone', '2026-11-20T03:00:00Z', false, '03:00 UTC = 12:00 Tokyo, lunch'],
  [H, 'phone', '2018-11-01T10:00', true, 'the 2018-11-01 revision is in force from that day (a Thursday)'],
  [H, 'phone', '2018-10-31T23:59', 'unknown', 'before the revision: hours unknown'],
  [H, 'phone', '2018-10-31T15:00:00Z', false, '15:00 UTC on 10-31 is 11-01 00:00 in Tokyo: hours known (revision day), closed at midnight'],
  [H, 'phone', '2018-10-31T14:59:59Z', 'unknown', '14:59:59 UTC on 10-31 is still 10-31 in Tokyo'],
  [H, 'fax-email-web', '2026-11-21T03:00', false, 'handled only in phone hours (default sense)'],
  [H, 'fax-email-web', '2026-11-21T03:00', true, 'accepted at any time', { sense: 'accepted' }],
  [H, 'fax-email-web', '2026-11-20T10:00', true, 'handled in phone hours'],
  [H, 'fax-email-web', '2018-06-01T10:00', 'unknown', 'before the revision'],
];

// 003: 365日電話と遠隔操作でサポートを行い — hours of day not stated.  004: no hours stated.
const rows003: Row[] = [
  ['ucom-remote-support', 'support', '2026-11-22T10:00', 'unknown', '365日 but no hours'],
  ['ucom-remote-support', 'support', '2027-01-01T03:00', 'unknown', '365日 but no hours'],
  ['iij-mpc-management-entry', 'onsite-replacement', '2026-11-20T10:00', 'unknown', 'no hours stated'],
  ['iij-mpc-management-entry', 'support', '2026-11-20T10:00', 'unknown', 'no hours stated'],
];

describe.each([
  ['000 office-anshin-support', rows000],
  ['001 it-support-security', rows001],
  ['002 helpdesk-support', rows002],
  ['003/004 hours not stated', rows003],
])('%s', (_doc, rows) => {
  it.each(rows)('%s %s %s → %s (%s)', (planId, channel, at, expected, _why, extra) => {
    const input = { planId, channel, at, ...extra } as IsOpenOptions;
    const verdict = explainOpen(input);
    expect(verdict.open).toBe(expected);
    if (expected === 'unknown') {
      expect(() => isOpen(input)).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['at'] }));
      expect(isOpen({ ...input, unknownAs: 'closed' })).toBe(false);
      expect(isOpen({ ...input, unknownAs: 'open' })).toBe(true);
    } else {
      expect(isOpen(input)).toBe(expected);
      // The reasons say why: a closing rule when closed, none when open.
      const closing = verdict.reasons.filter((r) => r.rule.endsWith('.closed'));
      if (expected) expect(closing).toEqual([]);
      else expect(closing.length).toBeGreaterThan(0);
    }
  });
});

describe('explanations', () => {
  it('name the rule that closed it, with the document passage', () => {
    const v = explainOpen({ planId: LIGHT, channel: 'support', at: '2026-11-23T10:00' });
    const r = v.reasons.find((x) => x.rule === 'calendar.national-holiday.closed')!;
    expect(r.message).toContain('勤労感謝の日');
    expect(r.source?.document).toBe('001_1058c0f8b62eb4e2.txt');
    expect(r.factId).toBe('kinro-kansha-no-hi');
    expect(v.reasons[0]).toMatchObject({ rule: 'calendar.channel', factId: 'itss-support-hours' });
  });
  it('give the open window as Japan-time instants', () => {
    const v = explainOpen({ planId: H, channel: 'phone', at: '2026-11-20T04:30:00Z' });
    expect(v).toMatchObject({ open: true, at: '2026-11-20T13:30:00+09:00', window: { start: '2026-11-20T13:00:00+09:00', end: '2026-11-20T17:00:00+09:00' } });
  });
  it('cite the option that replaced the hours', () => {
    const v = explainOpen({ planId: LIGHT, options: EXT_L, channel: 'support', at: '2026-11-22T03:00' });
    expect(v.reasons.map((r) => r.rule)).toContain('calendar.option-hours');
    expect(v.reasons.find((r) => r.rule === 'calendar.option-hours')).toMatchObject({ factId: 'itss-light-time-extension', interpretation: 'calendar-time-extension' });
  });
  it('say that 003 hours are not stated rather than pretend', () => {
    const v = explainOpen({ planId: 'ucom-remote-support', channel: 'support', at: '2026-11-22T10:00' });
    expect(v.open).toBe('unknown');
    expect(v.reasons.map((r) => r.rule)).toEqual(['calendar.channel', 'calendar.service-day', 'calendar.hours-not-stated']);
  });
  it('report company closures and ignore them where the document reserves none', () => {
    const closures = [{ start: '2026-08-13', end: '2026-08-14', name: '夏期休業' }];
    const v = explainOpen({ planId: H, channel: 'phone', at: '2026-08-13T10:00', closures });
    expect(v.reasons.find((r) => r.rule === 'calendar.company-closure.closed')?.message).toContain('夏期休業');
    const w = explainOpen({ planId: LIGHT, channel: 'support', at: '2026-08-13T10:00', closures });
    expect(w.open).toBe(true);
    expect(w.reasons.find((r) => r.rule === 'calendar.closure-not-applicable')?.interpretation).toBe('calendar-closures-scope');
  });
  it('report acceptance separately for fax-email-web', () => {
    const v = explainOpen({ planId: H, channel: 'fax-email-web', at: '2026-11-21T03:00' });
    expect(v).toMatchObject({ open: false, accepted: true });
    expect(explainOpen({ planId: H, channel: 'phone', at: '2026-11-21T03:00' }).accepted).toBeUndefined();
  });
  it('results are JSON', () => {
    const v = explainOpen({ planId: H, channel: 'phone', at: '2026-11-20T10:00' });
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });
});

describe('nextOpening', () => {
  it.each([
    [H, 'phone', '2026-11-20T12:30', '2026-11-20T13:00:00+09:00', 'lunch'],
    [H, 'phone', '2026-11-20T17:00', '2026-11-24T10:00:00+09:00', 'Friday evening → Tuesday (Monday 11-23 is 勤労感謝の日)'],
    [LIGHT, 'support', '2026-12-28T18:00', '2027-01-04T09:00:00+09:00', '年末年始'],
    [LIGHT, 'support', '2026-11-21T18:00', '2026-11-24T09:00:00+09:00', 'Saturday → Sunday closed → Monday holiday → Tuesday'],
    ['oas-plan-a', 'contract-desk', '2026-11-20T17:30', '2026-11-24T09:30:00+09:00', '平日'],
  ])('%s %s from %s → %s (%s)', (planId, channel, at, expected) => {
    const r = nextOpening({ planId, channel, at });
    expect(r.status).toBe('opens-later');
    expect(r.opensAt).toBe(expected);
    expect(isOpen({ planId, channel, at: r.opensAtEpochMs! })).toBe(true);
  });
  it('is the instant itself when open', () => {
    const r = nextOpening({ planId: H, channel: 'phone', at: '2026-11-20T10:15:30' });
    expect(r).toMatchObject({ status: 'open-now', opensAt: '2026-11-20T10:15:30+09:00' });
  });
  it('is unknown before the 002 revision and for 003, unless told how to read unknown hours', () => {
    expect(nextOpening({ planId: H, channel: 'phone', at: '2018-10-20T10:00' })).toMatchObject({ status: 'unknown', opensAt: null });
    expect(nextOpening({ planId: H, channel: 'phone', at: '2018-10-20T10:00', unknownAs: 'closed' }).opensAt).toBe('2018-11-01T10:00:00+09:00');
    expect(nextOpening({ planId: 'ucom-remote-support', channel: 'support', at: '2026-11-20T10:00' }).status).toBe('unknown');
    expect(nextOpening({ planId: 'ucom-remote-support', channel: 'support', at: '2026-11-20T10:00', unknownAs: 'closed' }).status).toBe('none-in-range');
  });
  it('reports no opening when closures run to the end of the covered years', () => {
    const r = nextOpening({ planId: H, channel: 'phone', at: '2099-12-01T10:00', closures: [{ start: '2099-12-01', end: '2099-12-31' }] });
    expect(r).toMatchObject({ status: 'none-in-range', opensAt: null });
  });
});
