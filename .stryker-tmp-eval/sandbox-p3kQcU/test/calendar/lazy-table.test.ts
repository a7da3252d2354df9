/**
 * The holiday table is computed a year at a time, when a day of that year is first read (start-up, issue 13).
 * Held here against a reference that computes every covered day at once (the table's algorithm before it
 * became lazy, kept in this test): for the bundled law and for generated override sets (dates near year ends
 * included, where a Sunday 祝日 of late December could carry a 振替休日 into January), and for years read in
 * generated orders, both agree on every day of every year read.
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledHolidayLaw, holidayTable, type HolidayLaw, type HolidayOverride } from '../../src/calendar/holiday-law.js';
import { daysFromCivil, formatIsoDate, isoDayOfWeek } from '../../src/time/civil.js';
import { equinoxDay } from '../../src/calendar/holiday-law.js';

type Kind = 'national-holiday' | 'substitute-holiday' | 'citizens-holiday' | 'special-holiday';

/** The eager reference: every day of the law's years at once, in the law's order. date → [kind, name, factId]. */
function reference(law: HolidayLaw, overrides: readonly HolidayOverride[]): Map<string, [Kind, string, string]> {
  const f = law.fixture;
  const first = daysFromCivil(law.fromYear, 1, 1);
  const size = daysFromCivil(law.toYear, 12, 31) - first + 1;
  const national = new Uint8Array(size);
  const kinds = new Map<number, [Kind, string, string]>();
  const dayOf = (iso: string) => daysFromCivil(+iso.slice(0, 4), +iso.slice(5, 7), +iso.slice(8, 10));
  const put = (day: number, v: [Kind, string, string], asNational: boolean) => {
    if (day < first || day >= first + size) return;
    kinds.set(day, v);
    if (asNational) national[day - first] = 1;
  };
  const clear = (day: number) => {
    kinds.delete(day);
    national[day - first] = 0;
  };
  for (let year = law.fromYear; year <= law.toYear; year++) {
    for (const h of f.nationalHolidays) {
      if (year < h.fromYear || (h.toYear !== null && year > h.toYear)) continue;
      const moved = f.yearExceptions.find((x) => x.holidayId === h.id && x.year === year);
      let day: number;
      if (moved) day = dayOf(moved.date);
      else if (h.rule.kind === 'fixed') day = daysFromCivil(year, h.rule.month, h.rule.day);
      else if (h.rule.kind === 'nth-weekday') {
        const d1 = daysFromCivil(year, h.rule.month, 1);
        day = d1 + ((h.rule.weekday - isoDayOfWeek(d1) + 7) % 7) + 7 * (h.rule.nth - 1);
      } else day = equinoxDay(h.rule.season, year, law);
      put(day, ['national-holiday', h.name, h.id], true);
    }
  }
  for (const s of f.specialHolidays) put(dayOf(s.date), [s.countsAsNationalHoliday ? 'national-holiday' : 'special-holiday', s.name, s.id], s.countsAsNationalHoliday);
  for (const o of overrides) {
    clear(dayOf(o.date));
    if (o.name !== null) put(dayOf(o.date), [o.kind === 'holiday' ? 'special-holiday' : 'national-holiday', o.name, 'override'], o.kind !== 'holiday');
  }
  const regimeAt = <R extends { from: string }>(rs: readonly R[], day: number) => rs.filter((r) => dayOf(r.from) <= day).at(-1);
  for (let i = 0; i < size; i++) {
    if (national[i] !== 1 || isoDayOfWeek(first + i) !== 7) continue;
    const r = regimeAt(f.substituteHolidayRegimes, first + i);
    if (!r) continue;
    let t = i + 1;
    if (r.rule === 'next-non-holiday') while (t < size && national[t] === 1) t++;
    if (t < size && national[t] === 0 && !kinds.has(first + t)) kinds.set(first + t, ['substitute-holiday', f.names.substituteHoliday, r.id]);
  }
  for (let i = 1; i < size - 1; i++) {
    if (national[i] === 1 || national[i - 1] !== 1 || national[i + 1] !== 1) continue;
    const r = regimeAt(f.citizensHolidayRegimes, first + i);
    if (!r || (r.excludeSundays && isoDayOfWeek(first + i) === 7) || kinds.has(first + i)) continue;
    kinds.set(first + i, ['citizens-holiday', f.names.citizensHoliday, r.id]);
  }
  for (const o of overrides) if (o.name === null) clear(dayOf(o.date));
  return new Map([...kinds].map(([d, v]) => [formatIsoDate(d), v]));
}

function lazyView(law: HolidayLaw, overrides: readonly HolidayOverride[] | undefined, years: readonly number[]): Map<string, [Kind, string, string]> {
  const table = holidayTable(law, overrides);
  const out = new Map<string, [Kind, string, string]>();
  for (const y of years) {
    for (let day = daysFromCivil(y, 1, 1); day <= daysFromCivil(y, 12, 31); day++) {
      if (table.code(day - table.firstDay) === 0) continue;
      const e = table.entries.get(day)!;
      out.set(e.date, [e.kind, e.name, e.factId]);
    }
  }
  return out;
}

function restrict(map: Map<string, [Kind, string, string]>, years: readonly number[]) {
  const set = new Set(years.map(String));
  return new Map([...map].filter(([d]) => set.has(d.slice(0, 4))).sort(([a], [b]) => (a < b ? -1 : 1)));
}
const sorted = (m: Map<string, unknown>) => new Map([...m].sort(([a], [b]) => (a < b ? -1 : 1)));

describe('the lazily computed holiday table equals the eager reference', () => {
  it('bundled law, every year 1970–2099, read from the last year back', () => {
    const years = Array.from({ length: 130 }, (_, i) => 2099 - i);
    expect(sorted(lazyView(bundledHolidayLaw, [], years))).toEqual(restrict(reference(bundledHolidayLaw, []), years));
  });

  // Dates in the last and first ten days of years, and anywhere; Sundays at year ends make the cross-year case.
  const edgeDate = fc.oneof(
    fc.record({ y: fc.integer({ min: 1971, max: 2098 }), d: fc.integer({ min: 22, max: 31 }) }).map(({ y, d }) => `${y}-12-${String(d).padStart(2, '0')}`),
    fc.record({ y: fc.integer({ min: 1971, max: 2098 }), d: fc.integer({ min: 1, max: 10 }) }).map(({ y, d }) => `${y}-01-${String(d).padStart(2, '0')}`),
    fc.integer({ min: daysFromCivil(1970, 1, 1), max: daysFromCivil(2099, 12, 31) }).map(formatIsoDate),
  );
  const override = fc.record(
    { date: edgeDate, name: fc.oneof(fc.constant(null), fc.constant('臨時の祝日')), kind: fc.constantFrom('national-holiday', 'holiday') as fc.Arbitrary<'national-holiday' | 'holiday'> },
    { requiredKeys: ['date', 'name'] },
  );

  it('with generated overrides and years read in a generated order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(override, { selector: (o) => o.date, maxLength: 12 }), fc.uniqueArray(fc.integer({ min: 1970, max: 2099 }), { minLength: 1, maxLength: 8 }), (overrides, years) => {
        // The years of the overrides, and their neighbours, are read too.
        const all = [...years, ...overrides.flatMap((o) => [+o.date.slice(0, 4), +o.date.slice(0, 4) + 1].filter((y) => y <= 2099))];
        expect(sorted(lazyView(bundledHolidayLaw, overrides, all))).toEqual(restrict(reference(bundledHolidayLaw, overrides), all));
      }),
      { numRuns: 200 },
    );
  });

  it('a Sunday 祝日 on December 31 moves its 振替休日 into January of the next year, whichever year is read first', () => {
    // 2028-12-31 is a Sunday: as a 国民の祝日 its 振替休日 is the next non-祝日 day, 2029-01-02 (01-01 is 元日).
    const overrides: HolidayOverride[] = [{ date: '2028-12-31', name: '臨時の祝日' }];
    const janFirst = lazyView(bundledHolidayLaw, overrides, [2029]);
    expect(janFirst.get('2029-01-02')?.[0]).toBe('substitute-holiday');
    expect(sorted(lazyView(bundledHolidayLaw, overrides, [2029, 2028]))).toEqual(restrict(reference(bundledHolidayLaw, overrides), [2028, 2029]));
  });
});
