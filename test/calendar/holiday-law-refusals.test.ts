/**
 * The holiday law's refusals word for word (class, code, path, message, details): overrides that are not
 * `{ date, name, kind? }`, days outside the covered years, and equinox years that no announced date and no
 * formula covers (src/calendar/holiday-law.ts). Issue 12: these kill the mutants of the messages, the details and
 * the guards that only an exact refusal tells apart.
 */
import { describe, expect, it } from 'vitest';
import { findHoliday, holidayName, holidaysIn, isHoliday, isHolidayEpochDay } from '../../src/calendar/index.js';
import { bundledHolidayLaw, checkDayCovered, equinoxDay, holidayTable } from '../../src/calendar/holiday-law.js';
import { loadHolidayLaw } from '../../src/schemas/index.js';
import { InvalidInputError, OutOfRangeError } from '../../src/errors.js';
import { daysFromCivil, formatIsoDate } from '../../src/time/civil.js';
import lawJson from '../../fixtures/holidays.json';
import { expectRefusal } from '../helpers/values.js';


/** A copy of fixtures/holidays.json changed by `edit`, loaded as a law. */
function lawWith(edit: (law: any) => void) {
  const copy = structuredClone(lawJson) as any;
  edit(copy);
  return loadHolidayLaw(copy);
}

describe('overrides that are not { date, name, kind? }', () => {
  const H = ['options', 'holidayOverrides'];
  it.each<[string, unknown, unknown[], string, Record<string, unknown>]>([
    ['a string', 'x', H, 'options.holidayOverrides: Expected an array of { date, name } overrides', { value: 'x' }],
    ['an object', { date: '2026-01-02', name: 'x' }, H, 'options.holidayOverrides: Expected an array of { date, name } overrides', { value: { date: '2026-01-02', name: 'x' } }],
    ['null', null, H, 'options.holidayOverrides: Expected an array of { date, name } overrides', { value: null }],
    ['a null item', [null], [...H, 0], 'options.holidayOverrides[0]: Expected { date, name }', { value: null }],
    ['a number item', [5], [...H, 0], 'options.holidayOverrides[0]: Expected { date, name }', { value: 5 }],
    ['a string item second', [{ date: '2026-01-02', name: 'x' }, '2026-01-03'], [...H, 1], 'options.holidayOverrides[1]: Expected { date, name }', { value: '2026-01-03' }],
    ['an impossible date', [{ date: '2026-02-30', name: 'x' }], [...H, 0, 'date'], 'options.holidayOverrides[0].date: Invalid day of month (valid values 1 - 28 for 2026-02): "2026-02-30"', { value: '2026-02-30' }],
    ['an empty name', [{ date: '2026-01-02', name: '' }], [...H, 0, 'name'], 'options.holidayOverrides[0].name: Expected a holiday name, or null to remove the holiday', { value: '' }],
    ['a number name', [{ date: '2026-01-02', name: 5 }], [...H, 0, 'name'], 'options.holidayOverrides[0].name: Expected a holiday name, or null to remove the holiday', { value: 5 }],
    ['a missing name', [{ date: '2026-01-02' }], [...H, 0, 'name'], 'options.holidayOverrides[0].name: Expected a holiday name, or null to remove the holiday', {}],
    ['kind bank', [{ date: '2026-01-02', name: 'x', kind: 'bank' }], [...H, 0, 'kind'], "options.holidayOverrides[0].kind: Expected 'national-holiday' or 'holiday'", { value: 'bank' }],
    ['kind null', [{ date: '2026-01-02', name: 'x', kind: null }], [...H, 0, 'kind'], "options.holidayOverrides[0].kind: Expected 'national-holiday' or 'holiday'", { value: null }],
  ])('%s', (_what, holidayOverrides, path, message, details) => {
    expectRefusal(() => isHoliday('2026-01-01', { holidayOverrides } as never), InvalidInputError, 'invalid_input', path, message, details);
  });

  it.each([
    ['1969-12-31', 'options.holidayOverrides[0].date: Holidays are computed for 1970–2099 only: 1969-12-31 is outside (pass a holidayLaw covering other years)'],
    ['2100-01-01', 'options.holidayOverrides[0].date: Holidays are computed for 1970–2099 only: 2100-01-01 is outside (pass a holidayLaw covering other years)'],
  ])('a date outside the law, %s', (date, message) => {
    expectRefusal(
      () => isHoliday('2026-01-01', { holidayOverrides: [{ date, name: 'x' }] }),
      OutOfRangeError,
      'out_of_range',
      ['options', 'holidayOverrides', 0, 'date'],
      message,
      { value: date, fromYear: 1970, toYear: 2099 },
    );
  });

  it('the first and last covered days are accepted as overrides', () => {
    expect(holidayName('1970-01-02', { holidayOverrides: [{ date: '1970-01-02', name: '初日の翌日' }] })).toBe('初日の翌日');
    expect(findHoliday('2099-12-31', { holidayOverrides: [{ date: '2099-12-31', name: '大晦日' }] })).toEqual({
      date: '2099-12-31',
      name: '大晦日',
      kind: 'national-holiday',
      factId: 'override',
    });
    expect(isHoliday('1970-01-01', { holidayOverrides: [{ date: '1970-01-01', name: null }] })).toBe(false);
  });

  it('holidayTable called directly names its own path', () => {
    expectRefusal(() => holidayTable(bundledHolidayLaw, 'x' as never), InvalidInputError, 'invalid_input', ['holidayOverrides'], 'holidayOverrides: Expected an array of { date, name } overrides', { value: 'x' });
    expectRefusal(() => holidayTable(bundledHolidayLaw, [7] as never, ['here']), InvalidInputError, 'invalid_input', ['here', 0], 'here[0]: Expected { date, name }', { value: 7 });
  });
});

describe('days outside the covered years', () => {
  it.each([
    ['1969-12-31', 'date: Holidays are computed for 1970–2099 only: 1969-12-31 is outside (pass a holidayLaw covering other years)'],
    ['2100-01-01', 'date: Holidays are computed for 1970–2099 only: 2100-01-01 is outside (pass a holidayLaw covering other years)'],
  ])('%s', (date, message) => {
    for (const f of [isHoliday, holidayName, findHoliday]) {
      expectRefusal(() => f(date), OutOfRangeError, 'out_of_range', ['date'], message, { value: date, fromYear: 1970, toYear: 2099 });
    }
  });

  it('checkDayCovered accepts the first and the last day and refuses the days either side', () => {
    expect(() => checkDayCovered(daysFromCivil(1970, 1, 1), bundledHolidayLaw, ['d'])).not.toThrow();
    expect(() => checkDayCovered(daysFromCivil(2099, 12, 31), bundledHolidayLaw, ['d'])).not.toThrow();
    expectRefusal(() => checkDayCovered(daysFromCivil(1969, 12, 31), bundledHolidayLaw, ['d']), OutOfRangeError, 'out_of_range', ['d'], 'd: Holidays are computed for 1970–2099 only: 1969-12-31 is outside (pass a holidayLaw covering other years)', {
      value: '1969-12-31',
      fromYear: 1970,
      toYear: 2099,
    });
    expectRefusal(() => checkDayCovered(daysFromCivil(2100, 1, 1), bundledHolidayLaw, []), OutOfRangeError, 'out_of_range', [], 'Holidays are computed for 1970–2099 only: 2100-01-01 is outside (pass a holidayLaw covering other years)', {
      value: '2100-01-01',
      fromYear: 1970,
      toYear: 2099,
    });
  });

  it('a law covering other years names its own years', () => {
    const law = lawWith((l) => {
      l.coverage.fromYear = 2000;
      l.coverage.toYear = 2010;
    });
    expect(holidayName('2000-01-01', { holidayLaw: law })).toBe('元日');
    expect(holidayName('2010-12-23', { holidayLaw: law })).toBe('天皇誕生日');
    expectRefusal(() => isHoliday('1999-12-31', { holidayLaw: law }), OutOfRangeError, 'out_of_range', ['date'], 'date: Holidays are computed for 2000–2010 only: 1999-12-31 is outside (pass a holidayLaw covering other years)', {
      value: '1999-12-31',
      fromYear: 2000,
      toYear: 2010,
    });
    expectRefusal(() => isHoliday('2011-01-01', { holidayLaw: law }), OutOfRangeError, 'out_of_range', ['date'], 'date: Holidays are computed for 2000–2010 only: 2011-01-01 is outside (pass a holidayLaw covering other years)', {
      value: '2011-01-01',
      fromYear: 2000,
      toYear: 2010,
    });
    expectRefusal(() => holidaysIn(2011, { holidayLaw: law }), OutOfRangeError, 'out_of_range', ['year'], 'year: Holidays are computed for 2000–2010 only: 2011 is outside', { value: 2011, fromYear: 2000, toYear: 2010 });
    expectRefusal(() => isHolidayEpochDay(daysFromCivil(2011, 1, 1), { holidayLaw: law }), OutOfRangeError, 'out_of_range', ['epochDay'], 'epochDay: Holidays are computed for 2000–2010 only: 2011-01-01 is outside (pass a holidayLaw covering other years)', {
      value: '2011-01-01',
      fromYear: 2000,
      toYear: 2010,
    });
  });
});

describe('equinox years without an announced date or a formula', () => {
  it.each([1969, 2100])('%i under the bundled law', (year) => {
    for (const season of ['vernal', 'autumnal'] as const) {
      expectRefusal(() => equinoxDay(season, year), OutOfRangeError, 'out_of_range', ['year'], `year: No equinox date or formula for ${year}`, { value: year });
    }
  });

  it('the formula applies from its first year to its last year inclusive (ref:equinox-formula: 1980–2099)', () => {
    // 1980: floor(20.8431) = 20 and floor(23.2488) = 23; 2099: n = 119, floor(20.8431 + 28.821086 − 29) = 20, floor(23.2488 + 28.821086 − 29) = 23.
    expect(formatIsoDate(equinoxDay('vernal', 1980))).toBe('1980-03-20');
    expect(formatIsoDate(equinoxDay('autumnal', 1980))).toBe('1980-09-23');
    expect(formatIsoDate(equinoxDay('vernal', 2099))).toBe('2099-03-20');
    expect(formatIsoDate(equinoxDay('autumnal', 2099))).toBe('2099-09-23');
    // 1979 is an announced date (ref:cao-syukujitsu), the autumnal on the 24th.
    expect(formatIsoDate(equinoxDay('autumnal', 1979))).toBe('1979-09-24');
  });

  it('a law whose formula stops before its coverage ends refuses the years after it', () => {
    const law = lawWith((l) => {
      l.equinoxFormulas[0].toYear = 2050;
    });
    expect(formatIsoDate(equinoxDay('vernal', 2050, law))).toBe('2050-03-20');
    expectRefusal(() => equinoxDay('vernal', 2051, law), OutOfRangeError, 'out_of_range', ['year'], 'year: No equinox date or formula for 2051', { value: 2051 });
  });

  it('the holiday table of such a law refuses the year on every read, not only the first (bug: it then answered from a half-built year)', () => {
    // Before the fix the first read threw, and the next ones answered from the days placed before the throw:
    // isHoliday('2051-06-01') false, 2051-11-23 (勤労感謝の日) no holiday, holidaysIn(2051) four days.
    const law = lawWith((l) => {
      l.equinoxFormulas[0].toYear = 2050;
    });
    for (const f of [() => isHoliday('2051-06-01', { holidayLaw: law }), () => isHoliday('2051-06-01', { holidayLaw: law }), () => holidayName('2051-11-23', { holidayLaw: law }), () => holidaysIn(2051, { holidayLaw: law })]) {
      expectRefusal(f, OutOfRangeError, 'out_of_range', ['year'], 'year: No equinox date or formula for 2051', { value: 2051 });
    }
    // The years before, which need no 2051 day, still answer.
    expect(holidayName('2049-11-23', { holidayLaw: law })).toBe('勤労感謝の日');
  });

  it('a formula starting after its first year is not used before it', () => {
    const law = lawWith((l) => {
      l.equinoxFormulas[0].fromYear = 1981;
    });
    expect(formatIsoDate(equinoxDay('vernal', 1981, law))).toBe('1981-03-21');
    expectRefusal(() => equinoxDay('autumnal', 1980, law), OutOfRangeError, 'out_of_range', ['year'], 'year: No equinox date or formula for 1980', { value: 1980 });
  });

  it('a formula that leaves its month is refused; the first and the last day of the month are not', () => {
    // In 1980 n = 0: the day is floor(constant).
    const withConstants = (vernal: number, autumnal: number) =>
      lawWith((l) => {
        l.equinoxFormulas[0].vernal.constant = vernal;
        l.equinoxFormulas[0].autumnal.constant = autumnal;
      });
    const edges = withConstants(1, 30.999999);
    expect(formatIsoDate(equinoxDay('vernal', 1980, edges))).toBe('1980-03-01');
    expect(formatIsoDate(equinoxDay('autumnal', 1980, edges))).toBe('1980-09-30');
    const march31 = withConstants(31.5, 23.2488);
    expect(formatIsoDate(equinoxDay('vernal', 1980, march31))).toBe('1980-03-31');
    const beyond = withConstants(32, 31);
    expectRefusal(() => equinoxDay('vernal', 1980, beyond), OutOfRangeError, 'out_of_range', ['year'], 'year: Equinox formula out of its range for 1980', { value: 1980 });
    expectRefusal(() => equinoxDay('autumnal', 1980, beyond), OutOfRangeError, 'out_of_range', ['year'], 'year: Equinox formula out of its range for 1980', { value: 1980 });
    // 1981: n = 1, floor(0.9 + 0.242194) = 1; 1984: n = 4, floor(0.9 + 0.968776 − 1) = 0, before the 1st.
    const early = withConstants(0.9, 23.2488);
    expect(formatIsoDate(equinoxDay('vernal', 1981, early))).toBe('1981-03-01');
    expectRefusal(() => equinoxDay('vernal', 1984, early), OutOfRangeError, 'out_of_range', ['year'], 'year: Equinox formula out of its range for 1984', { value: 1984 });
  });
});
