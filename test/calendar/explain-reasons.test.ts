/**
 * The reasons of a day and of a minute word for word (src/calendar/explain.ts, issue 12): each branch of the
 * explanation, with the document passage it cites, its fact id and its interpretation.
 *
 * Passages (fixtures/00N-*.json, `schedules`): 000 「対応時間 24時間365日」 and 「対応時間 平日9:30～17:30」; 001 「操作・設定・トラブルサポート
 * 対応時間 9:00 ~ 18:00 日曜、祝日、年末年始除く」 and the 時間延長オプション 「24時間365日 (閏年は366日)」; 002 「1 電話による問合せの受付時間は、
 * 土日祝祭日と当社の休業日（夏期、年末年始等）を除く、 月曜日から金曜日の午前 10:00 ～ 12:00、午後 13:00 ～ 17:00 とします。」 and 「2 FAX、電子メール
 * 及びウェブによる問合せは随時受け付けますが、サポートは当社の業務時間 内に行われるものとします。」. 年末年始 by default 12/29–1/3
 * (ref:gyosei-kyujitsu-ho-1, 「十二月二十九日から翌年の一月三日までの日」).
 */
import { describe, expect, it } from 'vitest';
import { checkBusinessDay, explainOpen, type ScheduleQuery } from '../../src/calendar/index.js';
import { editedCatalog } from '../helpers/values.js';

const D000 = '000_34f9cbb9e8f7f627.txt';
const D001 = '001_1058c0f8b62eb4e2.txt';
const D002 = '002_02cdcd368f477966.txt';
const SRC_000_WINDOW = {
  document: D000,
  passage: '対応時間 平日9:30～17:30',
  note: '平日 is read as Monday to Friday; whether it also excludes national holidays (default: yes) is interpretation calendar-heijitsu.',
};
const SRC_001_HOURS = {
  document: D001,
  passage: ['操作・設定・トラブルサポート 対応時間 9:00 ~ 18:00 日曜、祝日、年末年始除く', '操作・設定・ トラブル サポート 対応 時間 9:00～18:00 日曜、祝日、年末年始除く'],
  note: '日曜 excluded: Monday to Saturday are open.',
};
const SRC_001_HOLIDAYS = {
  document: D001,
  passage: '日曜、祝日、年末年始除く',
  note: '祝日 is read as every 休日 of the holiday law, 振替休日 and 国民の休日 included (interpretation calendar-national-holidays).',
};
const SRC_001_YEAR_END = {
  document: D001,
  passage: '日曜、祝日、年末年始除く',
  note: '年末年始 is not dated in the document: default 12/29–1/3, configurable (interpretation calendar-year-end).',
};
const SRC_002_PHONE = { document: D002, passage: '1 電話による問合せの受付時間は、土日祝祭日と当社の休業日（夏期、年末年始等）を除く、 月曜日から金曜日の午前 10:00 ～ 12:00、午後 13:00 ～ 17:00 とします。' };
const SRC_002_REVISION = {
  document: D002,
  passage: '・ 2018 年 11 月 01 日 仕様書「4.サポートの受付時間」の変更、施行',
  note: 'The hours below are those of the 2018-11-01 revision; earlier revisions (2010-06-28, 2013-08-01) changed them to hours the document no longer shows, so before 2018-11-01 the hours are unknown (interpretation calendar-002-before-revision).',
};
const SRC_YEAR_END_LAW = {
  document: 'ref:gyosei-kyujitsu-ho-1',
  passage: 'Article 1(1)(iii): "十二月二十九日から翌年の一月三日までの日" are government holidays.',
  note: 'NTT East\'s order desk (web116.jp) uses the same span: 「年末年始(12月29日〜1月3日)」.',
};

const light = { planId: 'itss-light-anshin-1', channel: 'support' } as const;
const desk = { planId: 'oas-plan-a', channel: 'contract-desk' } as const;
const phone = { planId: 'helpdesk-support', channel: 'phone' } as const;
const fax = { planId: 'helpdesk-support', channel: 'fax-email-web' } as const;

/** The reasons of a day after the first (calendar.channel). */
const dayReasons = (q: ScheduleQuery & { date: string }) => checkBusinessDay(q).reasons.slice(1);

const weekday = (date: string, name: string, source: object, factId: string, open = true) => ({
  rule: open ? 'calendar.weekday' : 'calendar.weekday.closed',
  message: `${date} is a ${name}, ${open ? 'a service day' : 'not a service day'}`,
  source,
  factId,
});

describe('channel reasons', () => {
  it('002 FAX handled in the phone hours (sense handled, the default)', () => {
    const v = checkBusinessDay({ ...fax, date: '2026-11-21' });
    expect(v.businessDay).toBe(false);
    expect(v.reasons).toEqual([
      {
        rule: 'calendar.channel',
        message: `Plan helpdesk-support, channel fax-email-web: FAX、電子メール及びウェブによる問合せ (${D002})`,
        source: { document: D002, passage: '2 FAX、電子メール及びウェブによる問合せは随時受け付けますが、サポートは当社の業務時間 内に行われるものとします。' },
        factId: 'helpdesk-fax-email-web-hours',
      },
      {
        rule: 'calendar.handled-in',
        message: "Requests are accepted at any time but handled only in the hours of channel phone (sense: 'handled'; pass sense: 'accepted' for acceptance)",
        source: {
          document: D002,
          passage: 'サポートは当社の業務時間 内に行われるものとします。',
          note: '業務時間 is read as the phone hours of 4.1, the only hours the document states (interpretation calendar-002-handled-in-phone-hours).',
        },
        factId: 'helpdesk-fax-email-web-hours',
        interpretation: 'calendar-002-handled-in-phone-hours',
      },
      { rule: 'calendar.hours-in-force', message: 'The stated hours are in force from 2018-11-01', source: SRC_002_REVISION, factId: 'helpdesk-fax-email-web-hours' },
      weekday('2026-11-21', '土曜日 (Saturday)', SRC_002_PHONE, 'helpdesk-phone-hours', false),
    ]);
  });

  it('002 FAX for acceptance: 随時受け付け, open at every instant', () => {
    const v = checkBusinessDay({ ...fax, sense: 'accepted', date: '2026-11-21' });
    expect(v.businessDay).toBe(true);
    const faxSource = { document: D002, passage: '2 FAX、電子メール及びウェブによる問合せは随時受け付けますが' };
    expect(v.reasons.slice(1)).toEqual([
      { rule: 'calendar.accepted', message: "Answering for acceptance (sense: 'accepted'): 随時受け付け", source: faxSource, factId: 'helpdesk-fax-email-web-hours', interpretation: 'calendar-002-handled-in-phone-hours' },
      { rule: 'calendar.hours-in-force', message: 'The stated hours are in force from 2018-11-01', source: SRC_002_REVISION, factId: 'helpdesk-fax-email-web-hours' },
      { rule: 'calendar.always-open', message: '随時受け付け: open at every instant of every day', source: faxSource, factId: 'helpdesk-fax-email-web-hours' },
    ]);
  });

  it('001 時間延長オプション replaces the hours, closed days included (Sunday 2026-11-22)', () => {
    expect(dayReasons({ ...light, options: ['itss-light-time-extension'], date: '2026-11-22' })).toEqual([
      {
        rule: 'calendar.option-hours',
        message: 'Option itss-light-time-extension replaces the hours: 24時間365日 (閏年は366日), closed days included',
        source: {
          document: D001,
          passage: ['ライトあんしんプラン1 ライトあんしんプラン2 時間延長オプション', '時間延長 オプション 問い合わせ回数 追加オプション'],
          note: 'The 時間延長 column of both tables gives 24時間365日 for 操作・設定・トラブルサポート and 訪問による故障切り分け: the option replaces the base hours, closed days included (interpretation calendar-time-extension).',
        },
        factId: 'itss-light-time-extension',
        interpretation: 'calendar-time-extension',
      },
      { rule: 'calendar.always-open', message: '24時間365日 (閏年は366日): open at every instant of every day', source: { document: D001, passage: ['時間延長オプション', '24時間365日 (閏年は366日)'] }, factId: 'itss-support-hours' },
    ]);
  });

  it('000 訪問故障切り分けサポート: 24時間365日', () => {
    expect(dayReasons({ planId: 'oas-plan-a', channel: 'onsite-diagnosis', date: '2026-11-22' })).toEqual([
      {
        rule: 'calendar.always-open',
        message: '24時間365日: open at every instant of every day',
        source: { document: D000, passage: ['■訪問故障切り分けサポート', '・対応時間および訪問故障切り分けサポート対応回数は以下のとおりです。 対応時間 24時間365日'] },
        factId: 'oas-onsite-diagnosis-hours',
      },
    ]);
  });
});

describe('day reasons of windowed hours', () => {
  it('000 平日: a 祝日 is not a 平日 (interpretation calendar-heijitsu), the window text zero-padded', () => {
    expect(dayReasons({ ...desk, date: '2026-11-23' })).toEqual([
      weekday('2026-11-23', '月曜日 (Monday)', SRC_000_WINDOW, 'oas-contract-desk-hours'),
      { rule: 'calendar.national-holiday.closed', message: '2026-11-23 is a holiday (勤労感謝の日, national-holiday): not a 平日', source: SRC_000_WINDOW, factId: 'kinro-kansha-no-hi', interpretation: 'calendar-heijitsu' },
    ]);
    expect(dayReasons({ ...desk, heijitsu: 'includes-holidays', date: '2026-11-23' })).toEqual([
      weekday('2026-11-23', '月曜日 (Monday)', SRC_000_WINDOW, 'oas-contract-desk-hours'),
      {
        rule: 'calendar.national-holiday.open',
        message: "2026-11-23 is a holiday (勤労感謝の日) but holidays are not excluded (heijitsu: 'includes-holidays')",
        source: SRC_000_WINDOW,
        factId: 'kinro-kansha-no-hi',
        interpretation: 'calendar-heijitsu',
      },
      { rule: 'calendar.service-day', message: '2026-11-23 is a service day: 09:30–17:30', source: SRC_000_WINDOW, factId: 'oas-contract-desk-hours' },
    ]);
  });

  it('000 平日: 年末年始 weekdays are 平日 by default; closed with excludes-holidays-and-year-end, citing the law', () => {
    expect(dayReasons({ ...desk, date: '2026-12-29' })).toEqual([
      weekday('2026-12-29', '火曜日 (Tuesday)', SRC_000_WINDOW, 'oas-contract-desk-hours'),
      { rule: 'calendar.service-day', message: '2026-12-29 is a service day: 09:30–17:30', source: SRC_000_WINDOW, factId: 'oas-contract-desk-hours' },
    ]);
    expect(dayReasons({ ...desk, heijitsu: 'excludes-holidays-and-year-end', date: '2026-12-29' })).toEqual([
      weekday('2026-12-29', '火曜日 (Tuesday)', SRC_000_WINDOW, 'oas-contract-desk-hours'),
      { rule: 'calendar.year-end.closed', message: '2026-12-29 is in 年末年始 (12-29 – 01-03)', source: SRC_YEAR_END_LAW, factId: 'oas-contract-desk-hours', interpretation: 'calendar-heijitsu' },
    ]);
    expect(dayReasons({ ...desk, heijitsu: 'excludes-holidays-and-year-end', yearEnd: { start: '12-28', end: '01-04' }, date: '2026-12-28' }).at(-1)!.message).toBe('2026-12-28 is in 年末年始 (12-28 – 01-04)');
  });

  it('001: 振替休日, 国民の休日 and a caller\'s 休日 are closed under 祝日 (interpretation calendar-national-holidays); a 国民の祝日 carries none', () => {
    expect(dayReasons({ ...light, date: '2026-05-06' })).toEqual([
      weekday('2026-05-06', '水曜日 (Wednesday)', SRC_001_HOURS, 'itss-support-hours'),
      { rule: 'calendar.national-holiday.closed', message: '2026-05-06 is a holiday (振替休日, substitute-holiday)', source: SRC_001_HOLIDAYS, factId: 'substitute-nearest-non-holiday', interpretation: 'calendar-national-holidays' },
    ]);
    expect(dayReasons({ ...light, date: '2026-09-22' }).at(-1)).toEqual({
      rule: 'calendar.national-holiday.closed',
      message: '2026-09-22 is a holiday (国民の休日, citizens-holiday)',
      source: SRC_001_HOLIDAYS,
      factId: 'citizens-holiday-2007',
      interpretation: 'calendar-national-holidays',
    });
    expect(dayReasons({ ...light, date: '2026-06-01', holidayOverrides: [{ date: '2026-06-01', name: '会社の日', kind: 'holiday' }] }).at(-1)).toEqual({
      rule: 'calendar.national-holiday.closed',
      message: '2026-06-01 is a holiday (会社の日, special-holiday)',
      source: SRC_001_HOLIDAYS,
      factId: 'override',
      interpretation: 'calendar-national-holidays',
    });
    expect(dayReasons({ ...light, date: '2026-11-23' }).at(-1)).toEqual({ rule: 'calendar.national-holiday.closed', message: '2026-11-23 is a holiday (勤労感謝の日, national-holiday)', source: SRC_001_HOLIDAYS, factId: 'kinro-kansha-no-hi' });
  });

  it('001: Sunday is not a service day; 年末年始 by default and as given', () => {
    expect(dayReasons({ ...light, date: '2026-11-22' })).toEqual([weekday('2026-11-22', '日曜日 (Sunday)', SRC_001_HOURS, 'itss-support-hours', false)]);
    expect(dayReasons({ ...light, date: '2027-01-02' })).toEqual([
      weekday('2027-01-02', '土曜日 (Saturday)', SRC_001_HOURS, 'itss-support-hours'),
      { rule: 'calendar.year-end.closed', message: '2027-01-02 is in 年末年始 (12-29 – 01-03)', source: SRC_001_YEAR_END, factId: 'itss-support-hours', interpretation: 'calendar-year-end' },
    ]);
    expect(dayReasons({ ...light, yearEnd: { start: '08-13', end: '08-16' }, date: '2026-08-14' }).at(-1)!.message).toBe('2026-08-14 is in 年末年始 (08-13 – 08-16)');
    expect(dayReasons({ ...light, yearEnd: { start: '12-28', end: '01-04' }, date: '2027-01-04' }).at(-1)!.message).toBe('2027-01-04 is in 年末年始 (12-28 – 01-04)');
    expect(checkBusinessDay({ ...light, yearEnd: { start: '12-28', end: '01-04' }, date: '2027-01-05' }).businessDay).toBe(true);
    expect(checkBusinessDay({ ...light, yearEnd: null, date: '2026-12-29' }).reasons.at(-1)!.rule).toBe('calendar.service-day');
  });

  it('a closed-day rule without an interpretation falls back to calendar-national-holidays / calendar-year-end', () => {
    const catalog = editedCatalog((docs) => {
      const ch = docs.flatMap((d) => d.schedules?.channels ?? []).find((c: { factId: string }) => c.factId === 'itss-support-hours');
      for (const r of ch.hours.closedOn) delete r.interpretation;
    });
    expect(dayReasons({ ...light, catalog, date: '2026-05-06' }).at(-1)!.interpretation).toBe('calendar-national-holidays');
    expect(dayReasons({ ...light, catalog, date: '2026-12-29' }).at(-1)!.interpretation).toBe('calendar-year-end');
    expect(dayReasons({ ...light, catalog, date: '2026-11-23' }).at(-1)).not.toHaveProperty('interpretation');
  });

  it('a channel whose document does not close on holidays: the holiday is named, the day stays open', () => {
    const catalog = editedCatalog((docs) => {
      const ch = docs.flatMap((d) => d.schedules?.channels ?? []).find((c: { factId: string }) => c.factId === 'itss-support-hours');
      ch.hours.closedOn = ch.hours.closedOn.filter((r: { kind: string }) => r.kind !== 'national-holidays');
    });
    const v = checkBusinessDay({ ...light, catalog, date: '2026-11-23' });
    expect(v.businessDay).toBe(true);
    expect(v.reasons.slice(1)).toEqual([
      weekday('2026-11-23', '月曜日 (Monday)', SRC_001_HOURS, 'itss-support-hours'),
      { rule: 'calendar.national-holiday.open', message: "2026-11-23 is a holiday (勤労感謝の日) but holidays are not excluded (heijitsu: 'excludes-holidays')", source: SRC_001_HOURS, factId: 'kinro-kansha-no-hi' },
      { rule: 'calendar.service-day', message: '2026-11-23 is a service day: 09:00–18:00', source: SRC_001_HOURS, factId: 'itss-support-hours' },
    ]);
  });

  it('company closures: applied where the document reserves 当社の休業日 (002), ignored elsewhere (001)', () => {
    const closures = [{ start: '2026-08-13', end: '2026-08-14', name: '夏期休業' }];
    expect(dayReasons({ ...phone, closures, date: '2026-08-13' }).at(-1)).toEqual({
      rule: 'calendar.company-closure.closed',
      message: '2026-08-13 is in the company closure 夏期休業 (2026-08-13 – 2026-08-14)',
      source: { document: D002, passage: '土日祝祭日と当社の休業日（夏期、年末年始等）を除く', note: '夏期 and other company closures are not dated: the caller supplies them (option closures).' },
      factId: 'helpdesk-phone-hours',
      interpretation: 'calendar-closures-scope',
    });
    expect(dayReasons({ ...phone, closures: [{ start: '2026-08-13', end: '2026-08-14' }], date: '2026-08-14' }).at(-1)!.message).toBe('2026-08-14 is in the company closure 当社の休業日 (2026-08-13 – 2026-08-14)');
    // The days either side of the closure are open.
    expect(checkBusinessDay({ ...phone, closures, date: '2026-08-12' }).businessDay).toBe(true);
    expect(dayReasons({ ...phone, closures, date: '2026-08-12' }).map((r) => r.rule)).toEqual(['calendar.hours-in-force', 'calendar.weekday', 'calendar.service-day']);
    expect(dayReasons({ ...light, closures, date: '2026-08-15' }).map((r) => r.rule)).toEqual(['calendar.weekday', 'calendar.service-day']);
    expect(dayReasons({ ...light, closures, date: '2026-08-13' })).toEqual([
      weekday('2026-08-13', '木曜日 (Thursday)', SRC_001_HOURS, 'itss-support-hours'),
      {
        rule: 'calendar.closure-not-applicable',
        message: 'The closure 夏期休業 (2026-08-13 – 2026-08-14) is ignored: the document reserves no company closures for this channel',
        source: SRC_001_HOURS,
        factId: 'itss-support-hours',
        interpretation: 'calendar-closures-scope',
      },
      { rule: 'calendar.service-day', message: '2026-08-13 is a service day: 09:00–18:00', source: SRC_001_HOURS, factId: 'itss-support-hours' },
    ]);
  });

  it('every weekday name', () => {
    const names = ['月曜日 (Monday)', '火曜日 (Tuesday)', '水曜日 (Wednesday)', '木曜日 (Thursday)', '金曜日 (Friday)', '土曜日 (Saturday)', '日曜日 (Sunday)'];
    // 2026-11-16 is a Monday.
    names.forEach((name, i) => {
      const date = `2026-11-${16 + i}`;
      expect(dayReasons({ ...light, date })[0]!.message).toBe(`${date} is a ${name}, ${i === 6 ? 'not a service day' : 'a service day'}`);
    });
  });
});

describe('minute reasons', () => {
  it.each([
    [phone, '2026-11-20T09:59', false, 'calendar.outside-window.closed', '09:59 is outside the hours 10:00–12:00, 13:00–17:00 (start inclusive, end exclusive)'],
    [phone, '2026-11-20T10:00', true, 'calendar.in-window', '10:00 is within 10:00–12:00 (start inclusive, end exclusive)'],
    [phone, '2026-11-20T11:59', true, 'calendar.in-window', '11:59 is within 10:00–12:00 (start inclusive, end exclusive)'],
    [phone, '2026-11-20T12:00', false, 'calendar.outside-window.closed', '12:00 is outside the hours 10:00–12:00, 13:00–17:00 (start inclusive, end exclusive)'],
    [phone, '2026-11-20T13:00', true, 'calendar.in-window', '13:00 is within 13:00–17:00 (start inclusive, end exclusive)'],
    [phone, '2026-11-20T17:00', false, 'calendar.outside-window.closed', '17:00 is outside the hours 10:00–12:00, 13:00–17:00 (start inclusive, end exclusive)'],
    [desk, '2026-11-20T09:29:59', false, 'calendar.outside-window.closed', '09:29 is outside the hours 09:30–17:30 (start inclusive, end exclusive)'],
    [desk, '2026-11-20T17:29', true, 'calendar.in-window', '17:29 is within 09:30–17:30 (start inclusive, end exclusive)'],
  ] as const)('%j %s', (q, at, open, rule, message) => {
    const v = explainOpen({ ...q, at });
    expect(v.open).toBe(open);
    expect(v.reasons.at(-1)).toEqual({ rule, message, source: q === phone ? SRC_002_PHONE : SRC_000_WINDOW, factId: q === phone ? 'helpdesk-phone-hours' : 'oas-contract-desk-hours' });
    // Asked again (the reason is memoised per minute): the same.
    expect(explainOpen({ ...q, at }).reasons.at(-1)).toEqual(v.reasons.at(-1));
  });

  it('the window of an open minute', () => {
    expect(explainOpen({ ...phone, at: '2026-11-20T13:30' }).window).toEqual({ start: '2026-11-20T13:00:00+09:00', end: '2026-11-20T17:00:00+09:00' });
  });
});
