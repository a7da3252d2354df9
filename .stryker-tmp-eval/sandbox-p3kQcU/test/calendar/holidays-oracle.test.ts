/**
 * Independent oracle: every day from 1970-01-01 to 2050-12-31 against @holiday-jp/holiday_jp, a
 * data table generated from the Cabinet Office list (ref:cao-syukujitsu, ref:holiday-jp). Dates are compared as
 * plain `YYYY-MM-DD` keys of its `holidays` object, so no machine time zone is involved
 * (holiday_jp's own `isHoliday(Date)` reads local dates: holiday_jp-js#56).
 *
 * Not independent for the 20 equinox days of 1970–1979, which fixtures/holidays.json transcribes
 * from the official list because the 1980–2099 formula does not cover them.
 */
// @ts-nocheck

import holidayJp from '@holiday-jp/holiday_jp';
import { describe, expect, it } from 'vitest';
import {
  holidaysIn,
  isHoliday,
  holidayName,
} from '../../src/calendar/index.js';
import { daysFromCivil, formatIsoDate } from '../../src/time/index.js';

const oracle = holidayJp.holidays as unknown as Record<string, { date: string; name: string }>;

describe('holidays 1970–2050 equal @holiday-jp/holiday_jp, day by day', () => {
  it('agrees on every day (isHoliday) — any difference fails', () => {
    const differences: string[] = [];
    for (let day = daysFromCivil(1970, 1, 1); day <= daysFromCivil(2050, 12, 31); day++) {
      const date = formatIsoDate(day);
      const expected = Object.prototype.hasOwnProperty.call(oracle, date);
      if (isHoliday(date) !== expected) differences.push(`${date}: ours ${!expected}, holiday_jp ${expected} ${oracle[date]?.name ?? ''}`);
    }
    expect(differences).toEqual([]);
  });

  it('agrees as sets of dates per year (holidaysIn)', () => {
    for (let year = 1970; year <= 2050; year++) {
      const ours = holidaysIn(year).map((h) => h.date);
      const theirs = Object.keys(oracle).filter((d) => d.startsWith(`${year}-`)).sort();
      expect(ours, String(year)).toEqual(theirs);
    }
  });

  it('the oracle holds what the fact sheet says it holds (1,329 entries, 1970–2050)', () => {
    const keys = Object.keys(oracle);
    expect(keys.length).toBe(1329);
    expect(keys.every((k) => k >= '1970-01-01' && k <= '2050-12-31')).toBe(true);
  });

  it('names the fixed and Happy-Monday holidays as holiday_jp does', () => {
    // holiday_jp's names of derived days are unreliable (the same situation is named differently in different years): compare the 祝日 themselves only.
    const fold = (n: string) => n.replace(/（.*）$/, '');
    const differences: string[] = [];
    for (let year = 1970; year <= 2050; year++) {
      for (const h of holidaysIn(year)) {
        if (h.kind !== 'national-holiday' || h.factId.endsWith('2019')) continue;
        const theirs = oracle[h.date]!.name;
        if (fold(theirs) !== h.name && !(theirs === '体育の日（スポーツの日）' && h.name === 'スポーツの日')) differences.push(`${h.date} ${h.name} vs ${theirs}`);
      }
    }
    expect(differences).toEqual([]);
  });

  it('a spot check reads the oracle the way the loop does', () => {
    expect(oracle['2021-08-09']?.name).toContain('振替休日');
    expect(holidayName('2021-08-09')).toBe('振替休日');
  });
});
