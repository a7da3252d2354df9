/**
 * isHoliday, holidayName, findHoliday, holidaysIn and isHolidayEpochDay word for word (src/calendar/holidays.ts,
 * issue 12): whole years against the Cabinet Office list (ref:cao-syukujitsu), whole entries with the passage of
 * fixtures/holidays.json that made them, both ends of the covered years, and every refusal (class, code, path,
 * message, details).
 */
import { describe, expect, it } from 'vitest';
import { findHoliday, holidayName, holidaysIn, isHoliday, isHolidayEpochDay } from '../../src/calendar/index.js';
import { InvalidInputError, OutOfRangeError } from '../../src/errors.js';
import { daysFromCivil } from '../../src/time/civil.js';
import { expectRefusal as expectTypedRefusal } from '../helpers/values.js';

/** A refusal whose code follows from its class. */
const expectRefusal = (f: () => unknown, cls: typeof InvalidInputError | typeof OutOfRangeError, path: readonly unknown[], message: string, details: Record<string, unknown>) =>
  expectTypedRefusal(f, cls, cls === InvalidInputError ? 'invalid_input' : 'out_of_range', path, message, details);

describe('holidaysIn: whole years', () => {
  it('2026, the Cabinet Office list (18 休日: 振替休日 5/6, 国民の休日 9/22)', () => {
    expect(holidaysIn(2026).map((h) => [h.date, h.name, h.kind, h.factId])).toEqual([
      ['2026-01-01', '元日', 'national-holiday', 'ganjitsu'],
      ['2026-01-12', '成人の日', 'national-holiday', 'seijin-no-hi'],
      ['2026-02-11', '建国記念の日', 'national-holiday', 'kenkoku-kinen-no-hi'],
      ['2026-02-23', '天皇誕生日', 'national-holiday', 'tenno-tanjobi-2-23'],
      ['2026-03-20', '春分の日', 'national-holiday', 'shunbun-no-hi'],
      ['2026-04-29', '昭和の日', 'national-holiday', 'showa-no-hi'],
      ['2026-05-03', '憲法記念日', 'national-holiday', 'kenpo-kinenbi'],
      ['2026-05-04', 'みどりの日', 'national-holiday', 'midori-no-hi'],
      ['2026-05-05', 'こどもの日', 'national-holiday', 'kodomo-no-hi'],
      ['2026-05-06', '振替休日', 'substitute-holiday', 'substitute-nearest-non-holiday'],
      ['2026-07-20', '海の日', 'national-holiday', 'umi-no-hi'],
      ['2026-08-11', '山の日', 'national-holiday', 'yama-no-hi'],
      ['2026-09-21', '敬老の日', 'national-holiday', 'keiro-no-hi'],
      ['2026-09-22', '国民の休日', 'citizens-holiday', 'citizens-holiday-2007'],
      ['2026-09-23', '秋分の日', 'national-holiday', 'shubun-no-hi'],
      ['2026-10-12', 'スポーツの日', 'national-holiday', 'sports-no-hi'],
      ['2026-11-03', '文化の日', 'national-holiday', 'bunka-no-hi'],
      ['2026-11-23', '勤労感謝の日', 'national-holiday', 'kinro-kansha-no-hi'],
    ]);
  });

  it('1970, the first covered year (no 振替休日 before 1973-04-12), and 2099, the last', () => {
    expect(holidaysIn(1970).map((h) => h.date)).toEqual([
      '1970-01-01', '1970-01-15', '1970-02-11', '1970-03-21', '1970-04-29', '1970-05-03', '1970-05-05', '1970-09-15', '1970-09-23', '1970-10-10', '1970-11-03', '1970-11-23',
    ]);
    const y2099 = holidaysIn(2099);
    expect(y2099).toHaveLength(18);
    expect(y2099[0]!.date).toBe('2099-01-01');
    expect(y2099.at(-1)!.date).toBe('2099-11-23');
    expect(y2099.filter((h) => h.kind !== 'national-holiday').map((h) => [h.date, h.name])).toEqual([
      ['2099-05-06', '振替休日'],
      ['2099-09-22', '国民の休日'],
    ]);
  });

  it('a removed 休日 leaves the list, an added one joins it in date order', () => {
    const list = holidaysIn(2026, { holidayOverrides: [{ date: '2026-11-23', name: null }, { date: '2026-06-15', name: '追加の祝日' }] });
    expect(list.map((h) => h.date)).toContain('2026-06-15');
    expect(list.map((h) => h.date)).not.toContain('2026-11-23');
    expect(list).toHaveLength(18);
    expect(list[10]).toEqual({ date: '2026-06-15', name: '追加の祝日', kind: 'national-holiday', factId: 'override' });
  });

  it('the last day of a year is listed when it is a 休日 (an override on 2030-12-31)', () => {
    const list = holidaysIn(2030, { holidayOverrides: [{ date: '2030-12-31', name: '大晦日の休日' }] });
    expect(list.at(-1)).toEqual({ date: '2030-12-31', name: '大晦日の休日', kind: 'national-holiday', factId: 'override' });
    expect(list[0]!.date).toBe('2030-01-01');
  });

  it.each([
    ['2026', InvalidInputError, 'year: Expected an integer year', { value: '2026' }],
    [2026.5, InvalidInputError, 'year: Expected an integer year', { value: 2026.5 }],
    [Number.POSITIVE_INFINITY, InvalidInputError, 'year: Expected an integer year', { value: Number.POSITIVE_INFINITY }],
    [1969, OutOfRangeError, 'year: Holidays are computed for 1970–2099 only: 1969 is outside', { value: 1969, fromYear: 1970, toYear: 2099 }],
    [2100, OutOfRangeError, 'year: Holidays are computed for 1970–2099 only: 2100 is outside', { value: 2100, fromYear: 1970, toYear: 2099 }],
  ] as const)('holidaysIn(%j) is refused', (year, cls, message, details) => {
    expectRefusal(() => holidaysIn(year as never), cls, ['year'], message, details);
  });
});

describe('findHoliday: whole entries', () => {
  it('2019-05-01 天皇の即位の日, treated as a 祝日 (ref:sokui-kyujitsu-ho)', () => {
    expect(findHoliday('2019-05-01')).toEqual({
      date: '2019-05-01',
      name: '天皇の即位の日',
      kind: 'national-holiday',
      factId: 'sokui-no-hi-2019',
      source: {
        document: 'ref:sokui-kyujitsu-ho',
        passage: '2019 (enthronement). Under 「天皇の即位の日及び即位礼正殿の儀の行われる日を休日とする法律」 (公布 2018-12-14), 2019-05-01 and 2019-10-22 were holidays treated as 祝日.',
        note: 'Checked through biglobe/リセマム article via hqproductreviews.com; hiro-ro.com/2019/09/14/post-499/.',
      },
    });
  });

  it('1989-02-24 昭和天皇の大喪の礼, a 休日 that is not a 祝日 (kind special-holiday)', () => {
    const e = findHoliday('1989-02-24')!;
    expect([e.date, e.name, e.kind, e.factId, e.source?.document]).toEqual(['1989-02-24', '昭和天皇の大喪の礼', 'special-holiday', 'taiso-no-rei-1989', 'ref:cao-syukujitsu']);
    // Not a 祝日: Thursday 02-23 and Saturday 02-25 make no 国民の休日 around it, and Friday 02-24 is no 振替休日 either.
    expect(isHoliday('1989-02-23')).toBe(false);
  });

  it('2026-09-22 国民の休日 (Article 3(3)) and 2021-08-09 振替休日 (Article 3(2)) with the passages of the law', () => {
    expect(findHoliday('2026-09-22')).toEqual({
      date: '2026-09-22',
      name: '国民の休日',
      kind: 'citizens-holiday',
      factId: 'citizens-holiday-2007',
      source: {
        document: 'ref:shukujitsu-ho-3-3',
        passage: 'Article 3(3) is the so-called 国民の休日: "その前日及び翌日が「国民の祝日」である日(「国民の祝日」でない日に限る。)は、休日とする"',
        note: 'Checked through iuris.jp/国民の祝日に関する法律/jpn/l/72. A sandwiched Sunday is kept out (no such day occurs 2007–2099 without overrides): see docs/interpretations.md calendar-sandwiched-sunday.',
      },
    });
    expect(findHoliday('2021-08-09')).toMatchObject({
      date: '2021-08-09',
      name: '振替休日',
      kind: 'substitute-holiday',
      factId: 'substitute-nearest-non-holiday',
      source: { document: 'ref:shukujitsu-ho-3-2', passage: 'Article 3(2) is 振替休日: "「国民の祝日」が日曜日に当たるときは、その日後においてその日に最も近い「国民の祝日」でない日を休日とする"' },
    });
  });

  it('an ordinary day has none; the same entry object is given twice', () => {
    expect(findHoliday('2026-11-24')).toBeUndefined();
    expect(holidayName('2026-11-24')).toBeUndefined();
    expect(findHoliday('2026-11-23')).toBe(findHoliday('2026-11-23'));
    expect(Object.isFrozen(findHoliday('2026-11-23'))).toBe(true);
  });
});

describe('isHolidayEpochDay', () => {
  it('both ends of the covered years', () => {
    expect(isHolidayEpochDay(daysFromCivil(1970, 1, 1))).toBe(true);
    expect(isHolidayEpochDay(daysFromCivil(1970, 1, 2))).toBe(false);
    expect(isHolidayEpochDay(daysFromCivil(2099, 12, 31))).toBe(false);
    expect(isHolidayEpochDay(daysFromCivil(2099, 11, 23))).toBe(true);
    expect(isHolidayEpochDay(daysFromCivil(1970, 1, 1), { holidayOverrides: [{ date: '1970-01-01', name: null }] })).toBe(false);
    expect(isHolidayEpochDay(daysFromCivil(2099, 12, 31), { holidayOverrides: [{ date: '2099-12-31', name: '大晦日' }] })).toBe(true);
  });

  it.each([
    [daysFromCivil(1969, 12, 31), '1969-12-31'],
    [daysFromCivil(2100, 1, 1), '2100-01-01'],
  ])('%i is outside', (day, date) => {
    expectRefusal(() => isHolidayEpochDay(day), OutOfRangeError, ['epochDay'], `epochDay: Holidays are computed for 1970–2099 only: ${date} is outside (pass a holidayLaw covering other years)`, {
      value: date,
      fromYear: 1970,
      toYear: 2099,
    });
    expectRefusal(() => isHolidayEpochDay(day, {}), OutOfRangeError, ['epochDay'], `epochDay: Holidays are computed for 1970–2099 only: ${date} is outside (pass a holidayLaw covering other years)`, {
      value: date,
      fromYear: 1970,
      toYear: 2099,
    });
  });

  it.each([1.5, '1', 2 ** 31, Number.NaN, null])('%j is not an integer epoch day', (epochDay) => {
    expectRefusal(() => isHolidayEpochDay(epochDay as never), InvalidInputError, ['epochDay'], 'epochDay: Expected an integer epoch day', { value: epochDay });
  });
});

describe('options', () => {
  it.each([
    [5, 'number'],
    [null, 'null'],
    [[], 'an array'],
  ])('%j is not an options object', (options, received) => {
    for (const f of [() => isHoliday('2026-01-01', options as never), () => holidayName('2026-01-01', options as never), () => findHoliday('2026-01-01', options as never), () => holidaysIn(2026, options as never), () => isHolidayEpochDay(20_454, options as never)]) {
      expectRefusal(f, InvalidInputError, ['options'], 'options: Expected an options object', { received });
    }
  });

  it('a holiday law not made by loadHolidayLaw', () => {
    expectRefusal(() => findHoliday('2026-01-01', { holidayLaw: {} as never }), InvalidInputError, ['options', 'holidayLaw'], 'options.holidayLaw: Expected a holiday law made by loadHolidayLaw()', {
      kind: 'holiday law',
      loader: 'loadHolidayLaw',
    });
  });

  it('an empty options object answers as none', () => {
    expect(isHoliday('2026-09-22', {})).toBe(true);
    expect(holidayName('2026-09-22', {})).toBe('国民の休日');
    expect(holidaysIn(2026, {})).toEqual(holidaysIn(2026));
    expect(isHolidayEpochDay(daysFromCivil(2026, 9, 22), {})).toBe(true);
  });
});
