/**
 * The holiday law as a computed table: 国民の祝日 from their rules and year ranges, the one-off
 * laws, 振替休日 and 国民の休日 derived by the regime in force on each day. Built once per law and
 * override set (memoised, never mutated afterwards), read by epoch day.
 */
import { brandTable, plainKey } from '../boundary/index.js';
import type { Source } from '../catalog/primitives.js';
import { deepFreeze, lazyRecord } from '../data/frozen.js';
import { InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { daysFromCivil, daysInMonth, formatIsoDate, isLeapYear, isoDayOfWeek } from '../time/civil.js';
import { holidayLawData } from './holidays.data.js';
import type { HolidayLawFixture, HolidayRule, MonthDay } from './schema.js';
import { parseIsoDateFast } from '../time/fast.js';

/** What kind of 休日 a day is. */
export type HolidayKind =
  /** A 国民の祝日 (Article 2), or a day a special law treats as one (2019-05-01, 2019-10-22), or a caller's override. */
  | 'national-holiday'
  /** 振替休日 (Article 3(2)). */
  | 'substitute-holiday'
  /** 国民の休日: a day sandwiched between two 国民の祝日 (Article 3(3)). */
  | 'citizens-holiday'
  /** A 休日 set by its own law and not treated as a 祝日 (1989-02-24, 1990-11-12, 1993-06-09), or a caller's `kind: 'holiday'` override. */
  | 'special-holiday';

/** One 休日 of the table. */
export interface HolidayEntry {
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly name: string;
  readonly kind: HolidayKind;
  /** Id of the rule in fixtures/holidays.json that made it (`override` for a caller's override). */
  readonly factId: string;
  readonly source?: Source | undefined;
}

/**
 * A caller's correction of the law: officially announced dates, or later changes of the law.
 * `{ date, name }` adds (or renames) a 国民の祝日 on that date before 振替休日 and 国民の休日 are derived;
 * `kind: 'holiday'` adds a plain 休日 that does not count as a 祝日 for those rules;
 * `{ date, name: null }` removes any 休日 on that date (before and after derivation).
 */
export interface HolidayOverride {
  readonly date: string;
  readonly name: string | null;
  readonly kind?: 'national-holiday' | 'holiday';
}

/** A validated, frozen holiday law (see `loadHolidayLaw`). */
export interface HolidayLaw {
  readonly fixture: HolidayLawFixture;
  /** First and last year the law computes (inclusive). */
  readonly fromYear: number;
  readonly toYear: number;
}

/** The computed table of one law and override set. Read-only after construction. */
export interface HolidayTable {
  readonly law: HolidayLaw;
  /** Epoch day of January 1 of the first covered year. */
  readonly firstDay: number;
  /** Epoch day of December 31 of the last covered year. */
  readonly lastDay: number;
  /**
   * The code of a day by its index (epoch day − firstDay, within the table): 0 = not a 休日, otherwise a
   * {@link KIND_CODES} code. The table is computed a year at a time, when a day of that year is first read.
   */
  code(index: number): number;
  /** Index of January 1 of each covered year, and one past the last day (length: years + 1). */
  readonly yearStart: Int32Array;
  /** The covered year (0 = the law's first year) of a day index within the table. */
  yearOf(index: number): number;
  /** The entry of a 休日 (frozen, made on first request): `undefined` for an ordinary day. */
  readonly entries: { get(day: number): HolidayEntry | undefined };
}

const CODE_NATIONAL = 1;
const CODE_SUBSTITUTE = 2;
const CODE_CITIZENS = 3;
const CODE_SPECIAL = 4;
/** Kind of each code. */
export const KIND_CODES: readonly (HolidayKind | undefined)[] = Object.freeze([undefined, 'national-holiday', 'substitute-holiday', 'citizens-holiday', 'special-holiday']);

/**
 * The holiday law of a validated fixture, frozen (internal: `loadHolidayLaw` validates a user's JSON with
 * zod first; the bundled law was validated when its data module was generated).
 */
export function buildHolidayLaw(fixture: HolidayLawFixture): HolidayLaw {
  const frozen = deepFreeze(fixture);
  return brandTable(Object.freeze({ fixture: frozen, fromYear: frozen.coverage.fromYear, toYear: frozen.coverage.toYear }), 'holiday law');
}

/**
 * The bundled holiday law (fixtures/holidays.json), 1970–2099.
 * @example bundledHolidayLaw.fromYear //=> 1970
 */
export const bundledHolidayLaw: HolidayLaw = /* @__PURE__ */ lazyHolidayLaw();

/** The bundled law as a frozen object whose fields are read from the data module on first use, not on import. */
function lazyHolidayLaw(): HolidayLaw {
  return brandTable(lazyRecord(() => buildHolidayLaw(holidayLawData()), ['fixture', 'fromYear', 'toYear']), 'holiday law');
}

const tableCache = new WeakMap<HolidayLaw, Map<string, HolidayTable>>();
const MAX_CACHED_OVERRIDE_SETS = 32;

/**
 * The holiday table of a law and override set, computed on first use and memoised.
 * @throws {InvalidInputError} a malformed override; {@link OutOfRangeError} an override outside the covered years
 */
export function holidayTable(law: HolidayLaw = bundledHolidayLaw, overrides?: readonly HolidayOverride[], path: ErrorPath = ['holidayOverrides']): HolidayTable {
  let perLaw = tableCache.get(law);
  if (!perLaw) {
    perLaw = new Map();
    tableCache.set(law, perLaw);
  }
  const normalized = overrides === undefined ? [] : normalizeOverrides(overrides, law, path);
  const key = normalized.length === 0 ? '' : plainKey(normalized); // not JSON.stringify: a polluted toJSON would run
  if (key === undefined) return buildTable(law, normalized);
  let table = perLaw.get(key);
  if (!table) {
    table = buildTable(law, normalized);
    if (perLaw.size >= MAX_CACHED_OVERRIDE_SETS) perLaw.clear();
    perLaw.set(key, table);
  }
  return table;
}

interface NormalizedOverride {
  readonly day: number;
  readonly date: string;
  readonly name: string | null;
  readonly kind: 'national-holiday' | 'holiday';
}

function normalizeOverrides(overrides: unknown, law: HolidayLaw, path: ErrorPath): NormalizedOverride[] {
  if (!Array.isArray(overrides)) throw new InvalidInputError(path, 'Expected an array of { date, name } overrides', { value: overrides });
  return overrides.map((o: unknown, i) => {
    const p = [...path, i];
    if (o === null || typeof o !== 'object') throw new InvalidInputError(p, 'Expected { date, name }', { value: o });
    const { date, name, kind } = o as { date?: unknown; name?: unknown; kind?: unknown };
    const day = parseIsoDateFast(date, [...p, 'date']);
    checkDayCovered(day, law, [...p, 'date']);
    if (name !== null && (typeof name !== 'string' || name.length === 0)) {
      throw new InvalidInputError([...p, 'name'], 'Expected a holiday name, or null to remove the holiday', { value: name });
    }
    if (kind !== undefined && kind !== 'national-holiday' && kind !== 'holiday') {
      throw new InvalidInputError([...p, 'kind'], "Expected 'national-holiday' or 'holiday'", { value: kind });
    }
    return { day, date: formatIsoDate(day), name: name as string | null, kind: (kind as 'national-holiday' | 'holiday' | undefined) ?? 'national-holiday' };
  });
}

/**
 * Throws unless an epoch day is within the years the law covers.
 * @throws {OutOfRangeError}
 */
export function checkDayCovered(day: number, law: HolidayLaw, path: ErrorPath): void {
  if (day < daysFromCivil(law.fromYear, 1, 1) || day > daysFromCivil(law.toYear, 12, 31)) {
    throw new OutOfRangeError(path, `Holidays are computed for ${law.fromYear}–${law.toYear} only: ${formatIsoDate(day)} is outside (pass a holidayLaw covering other years)`, {
      value: formatIsoDate(day),
      fromYear: law.fromYear,
      toYear: law.toYear,
    });
  }
}

function buildTable(law: HolidayLaw, overrides: readonly NormalizedOverride[]): HolidayTable {
  const f = law.fixture;
  const firstDay = daysFromCivil(law.fromYear, 1, 1);
  const lastDay = daysFromCivil(law.toYear, 12, 31);
  const size = lastDay - firstDay + 1;
  const years = law.toYear - law.fromYear + 1;
  /** Index of January 1 of each covered year (and one past the end). */
  const yearStart = yearStarts(law.fromYear, years);
  const codes = new Uint8Array(size);
  /** 1 where the day is a 国民の祝日 for the derived rules. */
  const national = new Uint8Array(size);
  /** Per year: 1 once its 国民の祝日, one-off 休日 and overrides are placed; 2 once its 振替休日 and 国民の休日 are too. */
  const stage = new Uint8Array(years);
  // What each 休日 is, without its formatted date: the frozen entry is made when first asked for.
  const meta = new Map<number, Omit<HolidayEntry, 'date'>>();
  const put = (day: number, entry: Omit<HolidayEntry, 'date'>, code: number, countsAsNational: boolean) => {
    const i = day - firstDay;
    if (i < 0 || i >= size) return;
    codes[i] = code;
    if (countsAsNational) national[i] = 1;
    meta.set(day, entry);
  };
  const clear = (day: number) => {
    const i = day - firstDay;
    codes[i] = 0;
    national[i] = 0;
    meta.delete(day);
  };

  /** The law's moved dates by year, then holiday id (most years have none: a year's rules then look nothing up). */
  const exceptions = new Map<number, Map<string, { date: string; source: Source }>>();
  for (const x of f.yearExceptions) {
    let byId = exceptions.get(x.year);
    if (byId === undefined) exceptions.set(x.year, (byId = new Map()));
    byId.set(x.holidayId, x);
  }
  const yearOfIso = (iso: string) => Number(iso.slice(0, 4));
  const specialByYear = new Map<number, (typeof f.specialHolidays)[number][]>();
  for (const sh of f.specialHolidays) {
    const y = yearOfIso(sh.date);
    const list = specialByYear.get(y);
    if (list === undefined) specialByYear.set(y, [sh]);
    else list.push(sh); // one list a year, added to: a year of many entries costs no copy per entry
  }
  const overridesByYear = new Map<number, NormalizedOverride[]>();
  for (const o of overrides) {
    const y = yearOfIso(o.date);
    const list = overridesByYear.get(y);
    if (list === undefined) overridesByYear.set(y, [o]);
    else list.push(o); // 100,000 overrides in one year once took minutes, copying the year's list for each
  }
  const subRegimes = f.substituteHolidayRegimes.map((r) => ({ ...r, fromDay: dayOfIso(r.from) }));
  const citRegimes = f.citizensHolidayRegimes.map((r) => ({ ...r, fromDay: dayOfIso(r.from) }));

  /** Stage 1 of a year: its 国民の祝日 by rule, the one-off 休日, then the caller's overrides (as the law's order). */
  const placeYear = (y: number) => {
    if (y < 0 || y >= years || stage[y]! >= 1) return;
    const year = law.fromYear + y;
    const movedIn = exceptions.get(year);
    for (const h of f.nationalHolidays) {
      if (year < h.fromYear || (h.toYear !== null && year > h.toYear)) continue;
      const moved = movedIn?.get(h.id);
      if (moved) {
        put(dayOfIso(moved.date), { name: h.name, kind: 'national-holiday', factId: h.id, source: moved.source }, CODE_NATIONAL, true);
      } else {
        put(ruleDay(h.rule, year, law), { name: h.name, kind: 'national-holiday', factId: h.id, source: h.source }, CODE_NATIONAL, true);
      }
    }
    for (const sh of specialByYear.get(year) ?? []) {
      put(
        dayOfIso(sh.date),
        { name: sh.name, kind: sh.countsAsNationalHoliday ? 'national-holiday' : 'special-holiday', factId: sh.id, source: sh.source },
        sh.countsAsNationalHoliday ? CODE_NATIONAL : CODE_SPECIAL,
        sh.countsAsNationalHoliday,
      );
    }
    for (const o of overridesByYear.get(year) ?? []) {
      clear(o.day);
      if (o.name !== null) {
        const asNational = o.kind === 'national-holiday';
        put(o.day, { name: o.name, kind: asNational ? 'national-holiday' : 'special-holiday', factId: 'override' }, asNational ? CODE_NATIONAL : CODE_SPECIAL, asNational);
      }
    }
    // Placed only once every rule answered: a law without an equinox date or formula for the year throws above, and
    // throws again on the next read instead of answering from the days placed before the throw.
    stage[y] = 1;
  };

  /**
   * Stage 2 of a year: its 振替休日 and 国民の休日, derived from the 国民の祝日 of the year and of the years
   * either side (a Sunday 祝日 late in December can move a 振替休日 into January; the derivation looks at
   * neighbouring days only), then removals by the caller's overrides.
   */
  const deriveYear = (y: number) => {
    placeYear(y - 1);
    placeYear(y);
    placeYear(y + 1);
    stage[y] = 2;
    const from = yearStart[y]!;
    const to = yearStart[y + 1]!; // exclusive
    // 振替休日: a 国民の祝日 on a Sunday, by the regime in force on that day. A Sunday of the last weeks of
    // the year before can carry its 振替休日 into this year.
    for (let i = Math.max(0, from - 21); i < to; i++) {
      if (national[i] !== 1) continue;
      const day = firstDay + i;
      if (isoDayOfWeek(day) !== 7) continue;
      const regime = regimeAt(subRegimes, day);
      if (!regime) continue;
      let t = i + 1;
      if (regime.rule === 'next-non-holiday') while (t < size && national[t] === 1) t++;
      if (t < from || t >= to) continue;
      if (national[t] === 0 && codes[t] === 0) {
        put(firstDay + t, { name: f.names.substituteHoliday, kind: 'substitute-holiday', factId: regime.id, source: regime.source }, CODE_SUBSTITUTE, false);
      }
    }
    // 国民の休日: a day that is not a 祝日 between two 祝日.
    for (let i = Math.max(1, from); i < Math.min(to, size - 1); i++) {
      if (national[i] === 1 || national[i - 1] !== 1 || national[i + 1] !== 1) continue;
      const day = firstDay + i;
      const regime = regimeAt(citRegimes, day);
      if (!regime) continue;
      if (regime.excludeSundays && isoDayOfWeek(day) === 7) continue;
      if (regime.excludeSubstituteHolidays && codes[i] === CODE_SUBSTITUTE) continue;
      if (codes[i] !== 0) continue;
      put(day, { name: f.names.citizensHoliday, kind: 'citizens-holiday', factId: regime.id, source: regime.source }, CODE_CITIZENS, false);
    }
    for (const o of overridesByYear.get(law.fromYear + y) ?? []) if (o.name === null) clear(o.day);
  };

  /** The year (0-based) of a day index. */
  const yearOf = (i: number): number => {
    let y = Math.floor(i / 365.2425);
    if (y >= years) y = years - 1;
    while (y > 0 && yearStart[y]! > i) y--;
    while (y + 1 < years && yearStart[y + 1]! <= i) y++;
    return y;
  };
  let lastYear = -1; // the year most recently read: consecutive reads of one year skip the look-up
  const code = (i: number): number => {
    if (lastYear < 0 || i < yearStart[lastYear]! || i >= yearStart[lastYear + 1]!) {
      const y = yearOf(i);
      if (stage[y] !== 2) deriveYear(y);
      lastYear = y; // only once derived: a year whose derivation threw is derived again (and throws again) when next read
    }
    return codes[i]!;
  };

  const made = new Map<number, HolidayEntry>();
  const entries = Object.freeze({
    get(day: number): HolidayEntry | undefined {
      const i = day - firstDay;
      if (i < 0 || i >= size || code(i) === 0) return undefined;
      let entry = made.get(day);
      if (entry === undefined) {
        const m = meta.get(day);
        if (m === undefined) return undefined;
        entry = Object.freeze({ date: formatIsoDate(day), ...m });
        made.set(day, entry);
      }
      return entry;
    },
  });
  return Object.freeze({ law, firstDay, lastDay, yearStart, yearOf, code, entries });
}

/** Index of January 1 of each of `years` years from `fromYear` (from 0), and one past the last day. */
function yearStarts(fromYear: number, years: number): Int32Array {
  const starts = new Int32Array(years + 1);
  for (let y = 0; y < years; y++) starts[y + 1] = starts[y]! + (isLeapYear(fromYear + y) ? 366 : 365);
  return starts;
}

function regimeAt<R extends { fromDay: number }>(regimes: readonly R[], day: number): R | undefined {
  let found: R | undefined;
  for (const r of regimes) if (r.fromDay <= day) found = r;
  return found;
}

function dayOfIso(iso: string): number {
  return daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
}

/** Epoch day of a holiday rule in a year. */
function ruleDay(rule: HolidayRule, year: number, law: HolidayLaw): number {
  switch (rule.kind) {
    case 'fixed':
      return daysFromCivil(year, rule.month, rule.day);
    case 'nth-weekday': {
      const first = daysFromCivil(year, rule.month, 1);
      const offset = (rule.weekday - isoDayOfWeek(first) + 7) % 7;
      return first + offset + 7 * (rule.nth - 1);
    }
    case 'equinox':
      return equinoxDay(rule.season, year, law);
  }
}

/**
 * The equinox day of a year: an announced date from the law's `equinoxDates` if there is one,
 * else the formula whose range covers the year. Integer arithmetic in millionths, so that no
 * binary rounding can move a day.
 * @throws {OutOfRangeError} no announced date and no formula for the year
 * @example formatIsoDate(equinoxDay('vernal', 2092)) //=> '2092-03-19'
 */
export function equinoxDay(season: 'vernal' | 'autumnal', year: number, law: HolidayLaw = bundledHolidayLaw): number {
  const f = law.fixture;
  const announced = f.equinoxDates.find((d) => d.year === year);
  if (announced) return dayOfIso(announced[season]);
  const formula = f.equinoxFormulas.find((x) => x.fromYear <= year && year <= x.toYear);
  if (!formula) {
    throw new OutOfRangeError(['year'], `No equinox date or formula for ${year}`, { value: year });
  }
  const micro = 1_000_000;
  const n = year - formula.epochYear;
  const value =
    Math.round(formula[season].constant * micro) + Math.round(formula.yearlyDrift * micro) * n - micro * Math.floor(n / formula.leapCycleYears);
  const day = Math.floor(value / micro);
  const month = formula[season].month;
  if (day < 1 || day > daysInMonth(year, month)) throw new OutOfRangeError(['year'], `Equinox formula out of its range for ${year}`, { value: year });
  return daysFromCivil(year, month, day);
}

/** Whether an epoch day falls in a 年末年始 span (inclusive, wrapping the new year when start > end). */
export function inYearEndSpan(month: number, day: number, start: MonthDay, end: MonthDay): boolean {
  const md = month * 100 + day;
  const s = start.month * 100 + start.day;
  const e = end.month * 100 + end.day;
  return s <= e ? md >= s && md <= e : md >= s || md <= e;
}
