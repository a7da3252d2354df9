/**
 * The rules that are easy to get wrong (国民の祝日に関する法律 and its amendments: docs/references.md): 振替休日 regimes, 国民の休日, the one-off
 * laws of 2019–2021, the history of each holiday, the equinox formula, coverage and bad input.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { bundledHolidayLaw, equinoxDay, findHoliday, holidayName, holidaysIn, isHoliday, isHolidayEpochDay, type HolidayOverride } from '../../src/calendar/index.js';
import { loadHolidayLaw, HolidayLawFixtureSchema } from '../../src/schemas/index.js';
import { formatIsoDate, parseIsoDate } from '../../src/time/index.js';
import lawJson from '../../fixtures/holidays.json';
import { referenceSections } from '../helpers/references.js';

type Row = [date: string, name: string | undefined, why: string];

function check(rows: Row[]) {
  it.each(rows)('%s → %s (%s)', (date, name) => {
    expect(holidayName(date)).toBe(name);
    expect(isHoliday(date)).toBe(name !== undefined);
  });
}

describe('振替休日 (Article 3(2))', () => {
  check([
    ['1973-02-12', undefined, 'Sunday 1973-02-11 建国記念の日 came before the 1973-04-12 amendment'],
    ['1973-04-30', '振替休日', 'first 振替休日: 天皇誕生日 on Sunday 1973-04-29'],
    ['1987-05-04', '振替休日', 'next-day rule: 憲法記念日 on Sunday 1987-05-03'],
    ['2008-05-06', '振替休日', '2007 rule after two consecutive holidays: みどりの日 Sunday 5/4, こどもの日 Monday 5/5'],
    ['2009-05-06', '振替休日', '2007 rule: 憲法記念日 Sunday 5/3, then 5/4 and 5/5 are 祝日, so the nearest non-祝日 is Wednesday 5/6'],
    ['2015-05-06', '振替休日', 'same pattern as 2009'],
    ['2020-05-06', '振替休日', 'same pattern'],
    ['2026-05-06', '振替休日', 'same pattern'],
    ['2019-05-06', '振替休日', 'こどもの日 on Sunday 2019-05-05 during the 10-day Golden Week'],
    ['2021-08-09', '振替休日', '山の日 moved to Sunday 2021-08-08'],
    ['2022-01-03', undefined, '元日 on Saturday 2022-01-01: a Saturday holiday gets no 振替休日'],
  ]);
  it('kind and rule id name the regime', () => {
    expect(findHoliday('1987-05-04')).toMatchObject({ kind: 'substitute-holiday', factId: 'substitute-next-day' });
    expect(findHoliday('2009-05-06')).toMatchObject({ kind: 'substitute-holiday', factId: 'substitute-nearest-non-holiday' });
  });
  it('the next-day regime loses the substitute when the Monday is itself a 祝日; the 2007 regime moves on', () => {
    // Overrides make a Sunday 祝日 followed by a Monday 祝日 in each regime.
    // 1990-09-23 was a Sunday (秋分の日) and 1990-09-24 its 振替休日.
    const old: HolidayOverride[] = [{ date: '1990-09-24', name: 'テストの日' }];
    expect(holidayName('1990-09-24', { holidayOverrides: old })).toBe('テストの日');
    expect(isHoliday('1990-09-25', { holidayOverrides: old })).toBe(false);
    // 2029-09-23 is a Sunday (秋分の日), 09-24 its 振替休日 under the 2007 rule.
    const now: HolidayOverride[] = [{ date: '2029-09-24', name: 'テストの日' }];
    expect(holidayName('2029-09-24')).toBe('振替休日');
    expect(holidayName('2029-09-25', { holidayOverrides: now })).toBe('振替休日');
  });
});

describe('国民の休日 (Article 3(3))', () => {
  check([
    ['1988-05-04', '国民の休日', 'first 国民の休日 (amendment in force 1985-12-27)'],
    ['1985-05-04', undefined, 'before the amendment'],
    ['1997-05-04', undefined, 'a sandwiched Sunday is not a 国民の休日'],
    ['1998-05-04', '振替休日', 'Monday after Sunday 5/3: a 振替休日, which the 1985 text excludes from 国民の休日'],
    ['2009-09-22', '国民の休日', 'between 敬老の日 9/21 and 秋分の日 9/23'],
    ['2015-09-22', '国民の休日', 'same'],
    ['2026-09-22', '国民の休日', 'same'],
    ['2019-04-30', '国民の休日', 'between 昭和の日 and 天皇の即位の日 (treated as 祝日)'],
    ['2019-05-02', '国民の休日', 'between 天皇の即位の日 and 憲法記念日'],
    ['2019-10-21', undefined, '10-20 was a plain Sunday, so 10-21 is not sandwiched'],
    ['2007-05-04', 'みどりの日', 'from 2007 5/4 is a 祝日 itself'],
  ]);
});

describe('one-off laws and special years', () => {
  check([
    ['1989-02-24', '昭和天皇の大喪の礼', '平成元年法律第4号'],
    ['1990-11-12', '即位礼正殿の儀', '平成2年法律第24号'],
    ['1993-06-09', '結婚の儀', '平成5年法律第32号'],
    ['2019-05-01', '天皇の即位の日', '2019 law, treated as 祝日'],
    ['2019-10-22', '即位礼正殿の儀', '2019 law, treated as 祝日'],
    ['2019-12-23', undefined, '天皇誕生日 was 12/23 until 2018; none in 2019'],
    ['2019-02-23', undefined, '2/23 from 2020'],
    ['2018-12-23', '天皇誕生日', 'last 12/23'],
    ['2020-02-23', '天皇誕生日', 'first 2/23'],
    ['2020-02-24', '振替休日', '2020-02-23 was a Sunday'],
    ['2020-07-23', '海の日', '2020 Olympics move (平成30年法律第55号)'],
    ['2020-07-24', 'スポーツの日', '2020 Olympics move'],
    ['2020-08-10', '山の日', '2020 Olympics move'],
    ['2020-07-20', undefined, 'usual 海の日 (3rd Monday) not a holiday in 2020'],
    ['2020-10-12', undefined, 'usual スポーツの日 not a holiday in 2020'],
    ['2020-08-11', undefined, 'usual 山の日 not a holiday in 2020'],
    ['2021-07-22', '海の日', '2021 move'],
    ['2021-07-23', 'スポーツの日', '2021 move'],
    ['2021-08-08', '山の日', '2021 move (a Sunday)'],
    ['2021-07-19', undefined, 'usual dates were working days in 2021'],
    ['2021-10-11', undefined, 'usual dates were working days in 2021'],
    ['2021-08-11', undefined, 'usual dates were working days in 2021'],
  ]);
  it('2019 has 22 休日 (10-day Golden Week: 4/27–5/6, of which 4/29–5/6 are 休日)', () => {
    const gw = holidaysIn(2019).filter((h) => h.date >= '2019-04-27' && h.date <= '2019-05-06').map((h) => h.date);
    expect(gw).toEqual(['2019-04-29', '2019-04-30', '2019-05-01', '2019-05-02', '2019-05-03', '2019-05-04', '2019-05-05', '2019-05-06']);
    expect(holidaysIn(2019)).toHaveLength(22);
  });
});

describe('history of each holiday (years each rule applied)', () => {
  check([
    ['1999-01-15', '成人の日', 'fixed 1/15 until 1999'],
    ['2000-01-15', undefined, 'Happy Monday from 2000'],
    ['2000-01-10', '成人の日', '2nd Monday of January 2000'],
    ['1999-10-10', '体育の日', 'fixed 10/10 until 1999'],
    ['2000-10-09', '体育の日', '2nd Monday of October 2000'],
    ['2019-10-14', '体育の日', 'last 体育の日'],
    ['2022-10-10', 'スポーツの日', 'renamed from 2020'],
    ['1995-07-20', undefined, '海の日 from 1996'],
    ['1996-07-20', '海の日', 'fixed 7/20 1996–2002'],
    ['2003-07-21', '海の日', '3rd Monday of July from 2003'],
    ['2002-09-15', '敬老の日', 'fixed 9/15 until 2002'],
    ['2003-09-15', '敬老の日', '3rd Monday of September 2003 happens to be 9/15'],
    ['2004-09-20', '敬老の日', '3rd Monday'],
    ['2004-09-15', undefined, 'no longer fixed'],
    ['1988-04-29', '天皇誕生日', '4/29 until 1988'],
    ['1989-04-29', 'みどりの日', '1989–2006'],
    ['2007-04-29', '昭和の日', 'from 2007'],
    ['2015-08-11', undefined, '山の日 from 2016'],
    ['2016-08-11', '山の日', 'first 山の日'],
    ['1970-02-11', '建国記念の日', 'from 1967'],
    ['2026-01-01', '元日', ''],
    ['2026-11-03', '文化の日', ''],
    ['2026-11-23', '勤労感謝の日', ''],
    ['2026-11-24', undefined, ''],
  ]);
});

describe('春分の日 / 秋分の日', () => {
  it('follow the 1980–2099 formula (ref:equinox-formula), computed here independently in floating point', () => {
    for (let y = 1980; y <= 2099; y++) {
      const n = y - 1980;
      const spring = Math.floor(20.8431 + 0.242194 * n - Math.floor(n / 4));
      const autumn = Math.floor(23.2488 + 0.242194 * n - Math.floor(n / 4));
      expect(formatIsoDate(equinoxDay('vernal', y)), String(y)).toBe(`${y}-03-${String(spring).padStart(2, '0')}`);
      expect(formatIsoDate(equinoxDay('autumnal', y)), String(y)).toBe(`${y}-09-${String(autumn).padStart(2, '0')}`);
      expect(holidayName(`${y}-03-${String(spring).padStart(2, '0')}`)).toBe('春分の日');
      expect(holidayName(`${y}-09-${String(autumn).padStart(2, '0')}`)).toBe('秋分の日');
    }
  });
  it('reach 19 March in 2092 and 2096 (weblio 春分日との関係)', () => {
    expect(holidayName('2092-03-19')).toBe('春分の日');
    expect(holidayName('2096-03-19')).toBe('春分の日');
  });
  it('1970–1979 use the announced dates', () => {
    expect(holidayName('1971-09-24')).toBe('秋分の日');
    expect(holidayName('1976-03-20')).toBe('春分の日');
  });
});

describe('coverage 1970–2099 and bad input', () => {
  it('covers both ends', () => {
    expect(isHoliday('1970-01-01')).toBe(true);
    expect(isHoliday('2099-12-31')).toBe(false);
    expect(holidaysIn(2099).length).toBeGreaterThan(15);
  });
  it.each([
    ['1969-12-31', 'out_of_range'],
    ['2100-01-01', 'out_of_range'],
    ['2026-02-30', 'invalid_input'],
    ['2026-13-01', 'invalid_input'],
    ['2026-1-1', 'invalid_input'],
    ['', 'invalid_input'],
    ['2026-11-23T10:00', 'invalid_input'],
    ['1800-01-01', 'out_of_range'],
  ])('isHoliday(%j) throws %s at path [date]', (date, code) => {
    for (const f of [isHoliday, holidayName, findHoliday]) {
      expect(() => f(date)).toThrowError(expect.objectContaining({ code, path: ['date'] }));
    }
  });
  it('non-string dates are refused', () => {
    expect(() => isHoliday(20260101 as unknown as string)).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['date'] }));
    expect(() => isHoliday(null as unknown as string)).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['date'] }));
  });
  it.each([
    [1969, 'out_of_range'],
    [2100, 'out_of_range'],
    [2026.5, 'invalid_input'],
    [Number.NaN, 'invalid_input'],
    ['2026', 'invalid_input'],
  ])('holidaysIn(%j) throws %s at path [year]', (year, code) => {
    expect(() => holidaysIn(year as number)).toThrowError(expect.objectContaining({ code, path: ['year'] }));
  });
  it('isHolidayEpochDay agrees and refuses days outside', () => {
    expect(isHolidayEpochDay(parseIsoDate('2026-11-23'))).toBe(true);
    expect(() => isHolidayEpochDay(parseIsoDate('2100-01-01'))).toThrowError(expect.objectContaining({ code: 'out_of_range' }));
  });
});

describe('overrides and replacement laws', () => {
  it('add an announced date, remove a computed one, and leave other calls untouched', () => {
    const overrides: HolidayOverride[] = Object.freeze([
      Object.freeze({ date: '2030-03-21', name: '春分の日' }),
      Object.freeze({ date: '2030-03-20', name: null }),
    ]) as HolidayOverride[];
    const before = JSON.stringify(overrides);
    expect(holidayName('2030-03-20')).toBe('春分の日');
    expect(isHoliday('2030-03-20', { holidayOverrides: overrides })).toBe(false);
    expect(holidayName('2030-03-21', { holidayOverrides: overrides })).toBe('春分の日');
    expect(isHoliday('2030-03-20')).toBe(true);
    expect(JSON.stringify(overrides)).toBe(before);
  });
  it('an added 祝日 takes part in 振替休日 and 国民の休日; a plain 休日 does not', () => {
    // 2031-05-07 (Wednesday) as a 祝日 between Tuesday 5/6 (振替休日, not a 祝日) and Thursday: no sandwich.
    // A 祝日 on Wednesday 2030-09-25 beside 秋分の日 Monday 9/23: 9/24 becomes 国民の休日.
    expect(isHoliday('2030-09-24')).toBe(false);
    expect(holidayName('2030-09-24', { holidayOverrides: [{ date: '2030-09-25', name: '新しい祝日' }] })).toBe('国民の休日');
    expect(isHoliday('2030-09-24', { holidayOverrides: [{ date: '2030-09-25', name: '会社の休日', kind: 'holiday' }] })).toBe(false);
    // A Sunday 祝日 added in 2030 gets its 振替休日.
    expect(holidayName('2030-06-17', { holidayOverrides: [{ date: '2030-06-16', name: '日曜の祝日' }] })).toBe('振替休日');
  });
  it('a removal also removes derived days', () => {
    expect(isHoliday('2026-09-22', { holidayOverrides: [{ date: '2026-09-22', name: null }] })).toBe(false);
    expect(isHoliday('2026-09-22', { holidayOverrides: [{ date: '2026-09-21', name: null }] })).toBe(false);
  });
  it.each([
    [{ holidayOverrides: 'x' }, ['options', 'holidayOverrides'], 'invalid_input'],
    [{ holidayOverrides: [null] }, ['options', 'holidayOverrides', 0], 'invalid_input'],
    [{ holidayOverrides: [{ date: '2026-02-30', name: 'x' }] }, ['options', 'holidayOverrides', 0, 'date'], 'invalid_input'],
    [{ holidayOverrides: [{ date: '2100-01-01', name: 'x' }] }, ['options', 'holidayOverrides', 0, 'date'], 'out_of_range'],
    [{ holidayOverrides: [{ date: '2026-01-02', name: '' }] }, ['options', 'holidayOverrides', 0, 'name'], 'invalid_input'],
    [{ holidayOverrides: [{ date: '2026-01-02', name: 'x', kind: 'bank' }] }, ['options', 'holidayOverrides', 0, 'kind'], 'invalid_input'],
    [{ holidayLaw: { fixture: {} } }, ['options', 'holidayLaw'], 'invalid_input'],
  ])('bad options %j → %j', (options, path, code) => {
    expect(() => isHoliday('2026-01-01', options as never)).toThrowError(expect.objectContaining({ code, path }));
  });
  it('a replacement law from loadHolidayLaw drives the answers (a later change of the law)', () => {
    const changed = structuredClone(lawJson) as { nationalHolidays: unknown[] };
    changed.nationalHolidays.push({
      id: 'new-holiday',
      name: '新しい祝日',
      rule: { kind: 'fixed', month: 6, day: 15 },
      fromYear: 2030,
      toYear: null,
      source: { document: 'ref:a-later-law', passage: 'a later law' },
    });
    const law = loadHolidayLaw(changed);
    expect(holidayName('2030-06-15', { holidayLaw: law })).toBe('新しい祝日');
    expect(isHoliday('2029-06-15', { holidayLaw: law })).toBe(false);
    expect(isHoliday('2030-06-15')).toBe(false);
  });
  it('loadHolidayLaw reports every problem with its path', () => {
    const bad = structuredClone(lawJson) as { yearExceptions: Array<{ holidayId: string }>; coverage: { toYear: number } };
    bad.yearExceptions[0]!.holidayId = 'no-such-holiday';
    expect(() => loadHolidayLaw(bad)).toThrowError(
      expect.objectContaining({ code: 'invalid_catalog', issues: expect.arrayContaining([expect.objectContaining({ path: ['yearExceptions', 0, 'holidayId'] })]) }),
    );
  });
  it('the bundled law is fixtures/holidays.json, valid under HolidayLawFixtureSchema, with its $schema', () => {
    expect(HolidayLawFixtureSchema.safeParse(lawJson).success).toBe(true);
    expect((lawJson as { $schema: string }).$schema).toBe('../schemas/holidays.schema.json');
    expect(bundledHolidayLaw.fromYear).toBe(1970);
    expect(bundledHolidayLaw.toYear).toBe(2099);
    expect(Object.isFrozen(bundledHolidayLaw.fixture.nationalHolidays)).toBe(true);
  });
  it('every rule of the law cites a reference of docs/references.md', () => {
    const law = bundledHolidayLaw.fixture;
    const sources = [
      ...law.nationalHolidays.map((h) => h.source),
      ...law.yearExceptions.map((h) => h.source),
      ...law.specialHolidays.map((h) => h.source),
      ...law.equinoxFormulas.map((h) => h.source),
      ...law.equinoxDates.map((h) => h.source),
      ...law.substituteHolidayRegimes.map((h) => h.source),
      ...law.citizensHolidayRegimes.map((h) => h.source),
      law.yearEndDefault.source,
      law.coverage.source,
    ];
    const references = referenceSections();
    for (const s of sources) expect(references.has(s.document), s.document).toBe(true);
    expect(new Set(law.nationalHolidays.map((h) => h.source.document))).toEqual(new Set(['ref:shukujitsu-ho-2']));
    expect(new Set(law.substituteHolidayRegimes.map((h) => h.source.document))).toEqual(new Set(['ref:shukujitsu-ho-3-2']));
    expect(new Set(law.citizensHolidayRegimes.map((h) => h.source.document))).toEqual(new Set(['ref:shukujitsu-ho-3-3']));
    expect(law.yearEndDefault.source.document).toBe('ref:gyosei-kyujitsu-ho-1');
  });
  it('holidaysIn returns entries with sources, frozen', () => {
    const list = holidaysIn(2026);
    expect(Object.isFrozen(list)).toBe(true);
    expect(list[0]).toMatchObject({ date: '2026-01-01', name: '元日', kind: 'national-holiday', factId: 'ganjitsu' });
    expect(list[0]!.source?.document).toBe('ref:shukujitsu-ho-2');
  });
});
