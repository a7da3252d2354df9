/**
 * The holiday law's derivations where the bundled law alone cannot show them (src/calendar/holiday-law.ts, issue 12):
 * laws changed through loadHolidayLaw and caller overrides that put a rule at its edge. Each case states the law's
 * text it follows (国民の祝日に関する法律, fixtures/holidays.json):
 * - Article 3(2) 振替休日: 「「国民の祝日」が日曜日に当たるときは、その日後においてその日に最も近い「国民の祝日」でない日を休日とする」
 *   (ref:shukujitsu-ho-3-2; the 1973 text: the next day only).
 * - Article 3(3) 国民の休日: 「その前日及び翌日が「国民の祝日」である日(「国民の祝日」でない日に限る。)は、休日とする」 (ref:shukujitsu-ho-3-3):
 *   only 国民の祝日 (and days a law treats as such) count, not every 休日.
 * - A regime applies from the day its amendment took effect (substituteHolidayRegimes / citizensHolidayRegimes `from`).
 * The table is computed a year at a time; the first day read of a year may be any day, so cases read a December 31
 * or a January 1 first, in a table of their own.
 */
import { describe, expect, it } from 'vitest';
import { findHoliday, holidayName, holidaysIn, isHoliday, isHolidayEpochDay } from '../../src/calendar/index.js';
import { bundledHolidayLaw, holidayTable, inYearEndSpan, KIND_CODES } from '../../src/calendar/holiday-law.js';
import { loadHolidayLaw } from '../../src/schemas/index.js';
import { daysFromCivil } from '../../src/time/civil.js';
import lawJson from '../../fixtures/holidays.json';

/** A copy of fixtures/holidays.json changed by `edit`, loaded as a law. */
function lawWith(edit: (law: any) => void) {
  const copy = structuredClone(lawJson) as any;
  edit(copy);
  return loadHolidayLaw(copy);
}
const withoutGanjitsu = () =>
  lawWith((l) => {
    l.nationalHolidays = l.nationalHolidays.filter((h: { id: string }) => h.id !== 'ganjitsu');
  });

describe('振替休日 across the new year, whichever day is read first', () => {
  it('a Sunday 祝日 on 2096-12-30 gives Monday 12-31 its 振替休日, read first in its table', () => {
    // 2096-12-30 is a Sunday. 12-31 is the last day of a leap year, where a year estimate from the day count runs a day ahead.
    const overrides = [{ date: '2096-12-30', name: '臨時の祝日' }];
    expect(findHoliday('2096-12-31', { holidayOverrides: overrides })).toMatchObject({ name: '振替休日', kind: 'substitute-holiday', factId: 'substitute-nearest-non-holiday' });
    expect(holidayName('2096-12-30', { holidayOverrides: overrides })).toBe('臨時の祝日');
  });

  it('without 元日, a Sunday 祝日 on 1978-12-31 gives January 1 its 振替休日 (the 1973 next-day rule), read first', () => {
    // 1978-12-31 is a Sunday; January 1 is the day after, not a 祝日 in this law.
    const law = withoutGanjitsu();
    const overrides = [{ date: '1978-12-31', name: '臨時の祝日' }];
    expect(findHoliday('1979-01-01', { holidayLaw: law, holidayOverrides: overrides })).toMatchObject({ name: '振替休日', kind: 'substitute-holiday', factId: 'substitute-next-day' });
    expect(isHoliday('1979-01-01', { holidayLaw: law })).toBe(false);
    expect(isHoliday('1979-01-02', { holidayLaw: law, holidayOverrides: overrides })).toBe(false);
  });

  it('without 元日, the same January 1 read right after December 31', () => {
    const law = withoutGanjitsu();
    const holidayOverrides = [{ date: '1978-12-31', name: '臨時の祝日 ' }];
    expect(holidayName('1978-12-31', { holidayLaw: law, holidayOverrides })).toBe('臨時の祝日 ');
    expect(holidayName('1979-01-01', { holidayLaw: law, holidayOverrides })).toBe('振替休日');
  });

  it('without 元日, January 1 between two 祝日 is a 国民の休日, read first', () => {
    // Tuesday 2008-01-01 between 祝日 on Monday 2007-12-31 and Wednesday 2008-01-02.
    const law = withoutGanjitsu();
    const overrides = [
      { date: '2007-12-31', name: '大晦日の祝日' },
      { date: '2008-01-02', name: '二日の祝日' },
    ];
    expect(findHoliday('2008-01-01', { holidayLaw: law, holidayOverrides: overrides })).toMatchObject({ name: '国民の休日', kind: 'citizens-holiday', factId: 'citizens-holiday-2007' });
  });
});

describe('removals stay removed whichever year is derived first', () => {
  it('a removed 振替休日 in late December (2018-12-24, after Sunday 2018-12-23 天皇誕生日) stays removed after January is read', () => {
    const holidayOverrides = [{ date: '2018-12-24', name: null }];
    expect(isHoliday('2018-12-24')).toBe(true);
    expect(isHoliday('2018-12-24', { holidayOverrides })).toBe(false);
    expect(isHoliday('2019-01-14', { holidayOverrides })).toBe(true); // 成人の日: 2019 derived, looking back into December
    expect(isHoliday('2018-12-24', { holidayOverrides })).toBe(false);
  });

  it('a removed 振替休日 on January 2 (after a Sunday 祝日 on 2028-12-31) stays removed after December is read', () => {
    const holidayOverrides = [
      { date: '2028-12-31', name: '臨時の祝日' },
      { date: '2029-01-02', name: null },
    ];
    expect(isHoliday('2029-01-02', { holidayOverrides })).toBe(false);
    expect(isHoliday('2028-06-01', { holidayOverrides })).toBe(false); // 2028 derived after 2029
    expect(isHoliday('2029-01-02', { holidayOverrides })).toBe(false);
    expect(holidayName('2029-01-02', { holidayOverrides: [{ date: '2028-12-31', name: '臨時の祝日' }] })).toBe('振替休日');
  });

  it('a law starting in 2000 answers 2005 as the bundled law does (the Cabinet Office list)', () => {
    const law = lawWith((l) => {
      l.coverage.fromYear = 2000;
      l.coverage.toYear = 2010;
    });
    const y2005 = ['2005-01-01', '2005-01-10', '2005-02-11', '2005-03-20', '2005-03-21', '2005-04-29', '2005-05-03', '2005-05-04', '2005-05-05', '2005-07-18', '2005-09-19', '2005-09-23', '2005-10-10', '2005-11-03', '2005-11-23', '2005-12-23'];
    expect(holidaysIn(2005, { holidayLaw: law }).map((h) => h.date)).toEqual(y2005);
    expect(holidaysIn(2005).map((h) => h.date)).toEqual(y2005);
    expect(isHolidayEpochDay(daysFromCivil(2005, 3, 21), { holidayLaw: law })).toBe(true); // 振替休日 for Sunday 春分の日
    expect(isHolidayEpochDay(daysFromCivil(2005, 3, 22), { holidayLaw: law })).toBe(false);
    expect(isHolidayEpochDay(daysFromCivil(2000, 1, 1), { holidayLaw: law })).toBe(true);
  });

  it('a law starting in 2000: a removal clears its own day', () => {
    const law = lawWith((l) => {
      l.coverage.fromYear = 2000;
      l.coverage.toYear = 2010;
    });
    expect(isHoliday('2005-11-23', { holidayLaw: law })).toBe(true);
    expect(isHoliday('2005-11-23', { holidayLaw: law, holidayOverrides: [{ date: '2005-11-23', name: null }] })).toBe(false);
    expect(findHoliday('2005-11-23', { holidayLaw: law, holidayOverrides: [{ date: '2005-11-23', name: '改名' }] })).toMatchObject({ name: '改名', factId: 'override' });
    // 2005-01-10 成人の日 removed from the list.
    expect(holidaysIn(2005, { holidayLaw: law, holidayOverrides: [{ date: '2005-01-10', name: null }] }).map((h) => h.date)).not.toContain('2005-01-10');
  });
});

describe('振替休日 when the day after is already a 休日', () => {
  it('a plain 休日 on the Monday is not a 祝日, so it is the nearest non-祝日 day: no other day is added', () => {
    // 2030-06-16 is a Sunday.
    const overrides = [
      { date: '2030-06-16', name: '日曜の祝日' },
      { date: '2030-06-17', name: '会社の休日', kind: 'holiday' as const },
    ];
    expect(findHoliday('2030-06-17', { holidayOverrides: overrides })).toEqual({ date: '2030-06-17', name: '会社の休日', kind: 'special-holiday', factId: 'override' });
    expect(isHoliday('2030-06-18', { holidayOverrides: overrides })).toBe(false);
  });
});

describe('国民の休日 counts 国民の祝日 only', () => {
  const special = (countsAsNationalHoliday: boolean) =>
    lawWith((l) => {
      l.specialHolidays.push({ id: 'test-special-2026', date: '2026-11-25', name: '特別の休日', countsAsNationalHoliday, source: { document: 'ref:one-off-holiday-laws', passage: 'a one-off law' } });
    });
  it('a one-off 休日 not treated as a 祝日 (like 1989-02-24) makes no 国民の休日 of Tuesday 2026-11-24', () => {
    const law = special(false);
    expect(findHoliday('2026-11-25', { holidayLaw: law })).toMatchObject({ name: '特別の休日', kind: 'special-holiday', factId: 'test-special-2026' });
    expect(isHoliday('2026-11-24', { holidayLaw: law })).toBe(false);
  });
  it('one treated as a 祝日 (like 2019-05-01) does', () => {
    const law = special(true);
    expect(findHoliday('2026-11-25', { holidayLaw: law })).toMatchObject({ name: '特別の休日', kind: 'national-holiday' });
    expect(findHoliday('2026-11-24', { holidayLaw: law })).toMatchObject({ name: '国民の休日', kind: 'citizens-holiday' });
  });
  it('2019: 4/30 and 5/2 are 国民の休日 because 5/1 is treated as a 祝日 (ref:sokui-kyujitsu-ho)', () => {
    expect(holidaysIn(2019).filter((h) => h.kind === 'citizens-holiday').map((h) => h.date)).toEqual(['2019-04-30', '2019-05-02']);
  });
});

describe('a regime applies from its first day', () => {
  it('振替休日: a nearest-non-祝日 regime from Sunday 2009-05-03 applies to that Sunday', () => {
    // Under the next-day rule 5/4 (a 祝日) would take nothing; under the new rule the nearest non-祝日 is Wednesday 5/6.
    const law = lawWith((l) => {
      l.substituteHolidayRegimes[1].from = '2009-05-03';
    });
    expect(holidayName('2009-05-06', { holidayLaw: law })).toBe('振替休日');
    const earlier = lawWith((l) => {
      l.substituteHolidayRegimes[1].from = '2009-05-04';
    });
    expect(isHoliday('2009-05-06', { holidayLaw: earlier })).toBe(false);
  });
  it('国民の休日: a first regime from 1988-05-04 applies to that day, not from the next', () => {
    const law = lawWith((l) => {
      l.citizensHolidayRegimes[0].from = '1988-05-04';
    });
    expect(holidayName('1988-05-04', { holidayLaw: law })).toBe('国民の休日');
    const later = lawWith((l) => {
      l.citizensHolidayRegimes[0].from = '1988-05-05';
    });
    expect(isHoliday('1988-05-04', { holidayLaw: later })).toBe(false);
  });
  it('no regime before the first: no 振替休日 for Sunday 1973-02-11 (建国記念の日) under the bundled law', () => {
    expect(isHoliday('1973-02-12')).toBe(false);
    expect(findHoliday('1973-04-30')).toMatchObject({ kind: 'substitute-holiday', factId: 'substitute-next-day' });
  });
});

describe('the table', () => {
  it('holidayTable gives the same table for the same law and overrides, and another for other overrides', () => {
    const law = withoutGanjitsu();
    const a = holidayTable(law, [{ date: '2030-06-16', name: 'A' }]);
    expect(holidayTable(law, [{ date: '2030-06-16', name: 'A' }])).toBe(a);
    const plain = holidayTable(law);
    expect(plain).not.toBe(a);
    expect(holidayTable(law, [])).toBe(plain);
    // Each answers by its own overrides.
    expect(plain.code(daysFromCivil(2030, 6, 16) - plain.firstDay)).toBe(0);
    expect(a.code(daysFromCivil(2030, 6, 16) - a.firstDay)).toBe(1);
    expect(a.code(daysFromCivil(2030, 6, 17) - a.firstDay)).toBe(2);
    expect(holidayTable(law, [{ date: '2030-06-16', name: 'A', kind: 'holiday' }]).code(daysFromCivil(2030, 6, 16) - a.firstDay)).toBe(4);
  });

  it('codes name the kinds: 1 national, 2 substitute, 3 citizens, 4 special', () => {
    expect(KIND_CODES).toEqual([undefined, 'national-holiday', 'substitute-holiday', 'citizens-holiday', 'special-holiday']);
    const t = holidayTable(bundledHolidayLaw);
    const code = (y: number, m: number, d: number) => t.code(daysFromCivil(y, m, d) - t.firstDay);
    expect([code(2026, 11, 23), code(2026, 5, 6), code(2026, 9, 22), code(1989, 2, 24), code(2026, 11, 24)]).toEqual([1, 2, 3, 4, 0]);
  });

  it('covers 1970-01-01 to 2099-12-31; yearStart holds each January 1 and one past the end; yearOf finds the year of any day', () => {
    const t = holidayTable(bundledHolidayLaw);
    expect(t.firstDay).toBe(daysFromCivil(1970, 1, 1));
    expect(t.lastDay).toBe(daysFromCivil(2099, 12, 31));
    expect(t.yearStart).toHaveLength(131);
    expect(t.yearStart[0]).toBe(0);
    expect(t.yearStart[1]).toBe(365);
    expect(t.yearStart[130]).toBe(daysFromCivil(2100, 1, 1) - t.firstDay);
    for (let y = 0; y < 130; y++) {
      expect(t.yearOf(t.yearStart[y]!), `January 1 of ${1970 + y}`).toBe(y);
      expect(t.yearOf(t.yearStart[y + 1]! - 1), `December 31 of ${1970 + y}`).toBe(y);
    }
  });

  it('entries: an entry for a 休日, none for other days or days outside', () => {
    const t = holidayTable(bundledHolidayLaw);
    expect(t.entries.get(daysFromCivil(2026, 11, 23))).toMatchObject({ date: '2026-11-23', name: '勤労感謝の日' });
    expect(t.entries.get(daysFromCivil(2026, 11, 24))).toBeUndefined();
    expect(t.entries.get(daysFromCivil(1969, 12, 31))).toBeUndefined();
    expect(t.entries.get(daysFromCivil(2100, 1, 1))).toBeUndefined();
    expect(t.entries.get(daysFromCivil(1970, 1, 1))).toMatchObject({ date: '1970-01-01', name: '元日' });
    expect(t.entries.get(daysFromCivil(2099, 11, 23))).toMatchObject({ date: '2099-11-23', name: '勤労感謝の日' });
  });
});

describe('inYearEndSpan (年末年始, ref:gyosei-kyujitsu-ho-1: 「十二月二十九日から翌年の一月三日までの日」)', () => {
  const span = (s: string, e: string) => [{ month: +s.slice(0, 2), day: +s.slice(3) }, { month: +e.slice(0, 2), day: +e.slice(3) }] as const;
  it.each([
    ['12-29', '01-03', '12-28', false],
    ['12-29', '01-03', '12-29', true],
    ['12-29', '01-03', '12-31', true],
    ['12-29', '01-03', '01-01', true],
    ['12-29', '01-03', '01-03', true],
    ['12-29', '01-03', '01-04', false],
    ['08-13', '08-16', '08-12', false],
    ['08-13', '08-16', '08-13', true],
    ['08-13', '08-16', '08-16', true],
    ['08-13', '08-16', '08-17', false],
    ['08-13', '08-16', '12-30', false],
    ['12-31', '12-31', '12-31', true],
    ['12-31', '12-31', '12-30', false],
    ['12-31', '12-31', '01-01', false],
  ])('%s – %s holds %s: %s', (s, e, day, inside) => {
    const [start, end] = span(s, e);
    expect(inYearEndSpan(+day.slice(0, 2), +day.slice(3), start, end)).toBe(inside);
  });
});
