/**
 * Calendar benchmark: `isOpen`, `nextOpening` and holiday look-ups, per call, each beside a hand-written
 * baseline that gives the same answers by the same work: a precomputed table of days built from an
 * independent holiday list (@holiday-jp/holiday_jp, the test oracle) with the documents' closed
 * weekdays and 年末年始 (12/29–1/3), then the time windows of the hours (read from the fixtures), then —
 * for `nextOpening` — a walk to the next open day and the Japan-time text of the instant.
 *
 * Queries alternate between plans (002 phone, 001 support, 001 support with 時間延長), as a support desk
 * serving several customers would; every answer of the library is compared with the baseline's first.
 */
// @ts-nocheck

import holidayJp from '@holiday-jp/holiday_jp';
import { compileOpeningHours, isHoliday, isHolidayEpochDay, isOpen, nextOpening, type IsOpenOptions } from '../src/calendar/index.js';
import { catalog } from '../src/catalog/index.js';
import { agree, compare } from './harness.js';

const N = 200_000;
const N_NEXT = 20_000;
const DAY_MS = 86_400_000;
const NINE_HOURS = 9 * 3_600_000;
const MIN_MS = 60_000;

// ---- The baseline's own calendar: epoch days, civil dates, holidays ---------------------------------
function daysFromCivil(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * ((m + 9) % 12) + 2) / 5) + d - 1;
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}
function civil(days: number): [number, number, number] {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return [yoe + era * 400 + (m <= 2 ? 1 : 0), m, d];
}
const p2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);
/** `YYYY-MM-DDTHH:MM:SS+09:00` of an instant (what the library prints). */
function japanText(ms: number): string {
  const local = ms + NINE_HOURS;
  const day = Math.floor(local / DAY_MS);
  const [y, m, d] = civil(day);
  const msOfDay = local - day * DAY_MS;
  const sec = Math.floor(msOfDay / 1000);
  const milli = msOfDay % 1000;
  const frac = milli === 0 ? '' : `.${milli < 10 ? '00' : milli < 100 ? '0' : ''}${milli}`;
  return `${y}-${p2(m)}-${p2(d)}T${p2(Math.floor(sec / 3600))}:${p2(Math.floor(sec / 60) % 60)}:${p2(sec % 60)}${frac}+09:00`;
}

const FIRST_DAY = daysFromCivil(2018, 1, 1);
const LAST_DAY = daysFromCivil(2040, 12, 31);
const holidays = new Uint8Array(LAST_DAY - FIRST_DAY + 1);
for (const date of Object.keys(holidayJp.holidays)) {
  const day = daysFromCivil(+date.slice(0, 4), +date.slice(5, 7), +date.slice(8, 10));
  if (day >= FIRST_DAY && day <= LAST_DAY) holidays[day - FIRST_DAY] = 1;
}

interface BasePlan {
  /** 1 where the channel works that day (weekday, not a holiday, not 12/29–1/3), by day from FIRST_DAY. */
  readonly days: Uint8Array;
  /** Windows in minutes of the day; null = open at every instant (24時間365日). */
  readonly starts: readonly number[] | null;
  readonly ends: readonly number[];
}
type Hours = { kind: string; weekdays?: number[]; windows?: { start: string; end: string }[] };
function hoursOf(documentKey: string, channel: string, planId: string, optionId?: string): Hours {
  const doc = catalog.index.documentByKey.get(documentKey)! as unknown as {
    schedules: { channels: { id: string; appliesTo?: string[]; hours: Hours; optionHours?: { optionIds: string[]; hours: Hours }[] }[] };
  };
  const ch = doc.schedules.channels.find((c) => c.id === channel && (c.appliesTo === undefined || c.appliesTo.includes(planId)))!;
  if (optionId) return ch.optionHours!.find((o) => o.optionIds.includes(optionId))!.hours;
  return ch.hours;
}
const minutes = (hhmm: string) => +hhmm.slice(0, 2) * 60 + +hhmm.slice(3, 5);
function basePlan(hours: Hours): BasePlan {
  const days = new Uint8Array(LAST_DAY - FIRST_DAY + 1);
  if (hours.kind === 'always') return { days: days.fill(1), starts: null, ends: [] };
  for (let i = 0; i < days.length; i++) {
    const day = FIRST_DAY + i;
    const dow = ((day % 7) + 11) % 7 || 7; // ISO: 1970-01-01 was a Thursday (4)
    const [, m, d] = civil(day);
    const yearEnd = (m === 12 && d >= 29) || (m === 1 && d <= 3);
    days[i] = hours.weekdays!.includes(dow) && !holidays[i] && !yearEnd ? 1 : 0;
  }
  return { days, starts: hours.windows!.map((w) => minutes(w.start)), ends: hours.windows!.map((w) => minutes(w.end)) };
}

const QUERIES: readonly { query: Omit<IsOpenOptions, 'at'>; base: BasePlan }[] = [
  { query: { planId: 'helpdesk-support', channel: 'phone' }, base: basePlan(hoursOf('helpdesk-support', 'phone', 'helpdesk-support')) },
  { query: { planId: 'itss-light-anshin-1', channel: 'support' }, base: basePlan(hoursOf('it-support-security', 'support', 'itss-light-anshin-1')) },
  {
    query: { planId: 'itss-light-anshin-1', channel: 'support', options: ['itss-light-time-extension'] },
    base: basePlan(hoursOf('it-support-security', 'support', 'itss-light-anshin-1', 'itss-light-time-extension')),
  },
];

// The baseline finds a query's table by its ids, as hand-written code serving several plans would: a map
// by plan id, then by channel and option (the library's call does the same look-up, from the same query object).
const BASE_BY_ID = new Map<string, Map<string, Map<string, BasePlan>>>();
for (const { query, base } of QUERIES) {
  let byChannel = BASE_BY_ID.get(query.planId);
  if (!byChannel) BASE_BY_ID.set(query.planId, (byChannel = new Map()));
  let byOption = byChannel.get(query.channel);
  if (!byOption) byChannel.set(query.channel, (byOption = new Map()));
  byOption.set(query.options?.[0] ?? '', base);
}
function baseOf(q: Omit<IsOpenOptions, 'at'>): BasePlan {
  return BASE_BY_ID.get(q.planId)!.get(q.channel)!.get(q.options?.[0] ?? '')!;
}

function baseIsOpen(p: BasePlan, ms: number): boolean {
  const local = ms + NINE_HOURS;
  const day = Math.floor(local / DAY_MS);
  if (p.days[day - FIRST_DAY] !== 1) return false;
  if (p.starts === null) return true;
  const minute = Math.floor((local - day * DAY_MS) / MIN_MS);
  for (let k = 0; k < p.starts.length; k++) if (minute >= p.starts[k]! && minute < p.ends[k]!) return true;
  return false;
}

function baseNextOpening(p: BasePlan, ms: number): { status: string; opensAt: string } {
  if (baseIsOpen(p, ms)) return { status: 'open-now', opensAt: japanText(ms) };
  for (let day = Math.floor((ms + NINE_HOURS) / DAY_MS); ; day++) {
    if (p.days[day - FIRST_DAY] !== 1) continue;
    const midnight = day * DAY_MS - NINE_HOURS;
    if (p.starts === null) return { status: 'opens-later', opensAt: japanText(Math.max(ms, midnight)) };
    for (let k = 0; k < p.starts.length; k++) {
      const start = midnight + p.starts[k]! * MIN_MS;
      if (start > ms) return { status: 'opens-later', opensAt: japanText(start) };
    }
  }
}

export async function run(): Promise<void> {
  // Instants spread over 2019–2030 (a step prime to the day and the minute; seconds and milliseconds too).
  const start = Date.UTC(2019, 0, 1);
  const instants = new Float64Array(N);
  for (let i = 0; i < N; i++) instants[i] = start + ((i * 379_913_117) % (12 * 365 * DAY_MS));
  const strings = Array.from({ length: N }, (_, i) => japanText(instants[i]!));
  const indexes = Array.from({ length: N }, (_, i) => i);

  // ---- isOpen, plans alternating ------------------------------------------------------------------
  // Each query object is made once (as a caller's config would be); only `at` changes per call.
  const q = QUERIES.map((x) => x.query);
  // A fresh query object per call, written as a literal (as a caller would). Not `{ ...q, at }`: on
  // Node 20, spreading a small object and adding a key costs microseconds (V8's clone slow path),
  // which would measure the engine, not the library.
  const qa = (i: number, at: number | string): IsOpenOptions => {
    const x = q[i % 3]!;
    return x.options === undefined ? { planId: x.planId, channel: x.channel, at } : { planId: x.planId, channel: x.channel, options: x.options, at };
  };
  agree('isOpen (3 plans alternating, epoch ms)', indexes, (i) => isOpen(qa(i, instants[i]!)), (i) => baseIsOpen(baseOf(q[i % 3]!), instants[i]!), (a) => a);
  agree('isOpen (ISO string)', indexes, (i) => isOpen(qa(i, strings[i]!)), (i) => baseIsOpen(QUERIES[i % 3]!.base, instants[i]!), (a) => a);
  const hours = q.map((x) => compileOpeningHours(x));
  agree('compileOpeningHours().isOpenAt', indexes, (i) => hours[i % 3]!.isOpenAt(instants[i]!), (i) => baseIsOpen(QUERIES[i % 3]!.base, instants[i]!), (a) => a);

  const mutable = q.map((_, k) => qa(k, 0) as { at: number | string } & IsOpenOptions);
  compare('isOpen per call, plans alternating', [
    {
      // The same query objects as the library's contender, `at` set the same way; the table found by the query's ids.
      label: 'baseline: plan table by id + holidays/年末年始 + windows',
      ops: N,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) {
          const m = mutable[i % 3]!;
          m.at = instants[i]!;
          if (baseIsOpen(baseOf(m), m.at)) s++;
        }
        return s;
      },
    },
    {
      label: 'isOpen(at: epoch ms), 3 plans alternating',
      ops: N,
      goal: 1 / 3,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) {
          const m = mutable[i % 3]!;
          m.at = instants[i]!;
          if (isOpen(m)) s++;
        }
        return s;
      },
    },
    {
      label: 'isOpen(at: epoch ms), one plan',
      ops: N,
      run: () => {
        let s = 0;
        const m = mutable[0]!;
        for (let i = 0; i < N; i++) {
          m.at = instants[i]!;
          if (isOpen(m)) s++;
        }
        return s;
      },
    },
    {
      label: 'isOpen(at: ISO string), 3 plans alternating',
      ops: N,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) if (isOpen(qa(i, strings[i]!))) s++;
        return s;
      },
    },
    {
      label: 'compileOpeningHours(…).isOpenAt, alternating',
      ops: N,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) if (hours[i % 3]!.isOpenAt(instants[i]!)) s++;
        return s;
      },
    },
  ]);

  // ---- nextOpening ---------------------------------------------------------------------------------
  const nextIdx = indexes.slice(0, N_NEXT);
  agree(
    'nextOpening (3 plans alternating)',
    nextIdx,
    (i) => nextOpening(qa(i, instants[i]!)),
    (i) => baseNextOpening(baseOf(q[i % 3]!), instants[i]!),
    (a) => ({ status: a.status, opensAt: a.opensAt! }),
  );
  compare('nextOpening per call, plans alternating', [
    {
      label: 'baseline: plan by id, table walk, windows, formatting',
      ops: N_NEXT,
      run: () => {
        let s = 0;
        for (let i = 0; i < N_NEXT; i++) s += baseNextOpening(baseOf(q[i % 3]!), instants[i]!).opensAt.length;
        return s;
      },
    },
    {
      label: 'nextOpening(at: epoch ms)',
      ops: N_NEXT,
      goal: 1 / 3,
      run: () => {
        let s = 0;
        for (let i = 0; i < N_NEXT; i++) s += nextOpening(qa(i, instants[i]!)).opensAt!.length;
        return s;
      },
    },
  ]);

  // ---- Holidays: the same table read, by epoch day and by date text --------------------------------
  const days = new Int32Array(N);
  for (let i = 0; i < N; i++) days[i] = Math.floor((instants[i]! + NINE_HOURS) / DAY_MS);
  const dates = Array.from({ length: N }, (_, i) => strings[i]!.slice(0, 10));
  const baseHoliday = (day: number) => holidays[day - FIRST_DAY] === 1;
  agree('isHolidayEpochDay', indexes, (i) => isHolidayEpochDay(days[i]!), (i) => baseHoliday(days[i]!), (a) => a);
  agree('isHoliday(date)', indexes, (i) => isHoliday(dates[i]!), (i) => baseHoliday(days[i]!), (a) => a);
  compare('holiday look-ups', [
    {
      label: 'baseline: read a table of holidays',
      ops: N,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) if (baseHoliday(days[i]!)) s++;
        return s;
      },
    },
    {
      label: 'isHolidayEpochDay(day)',
      ops: N,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) if (isHolidayEpochDay(days[i]!)) s++;
        return s;
      },
    },
    {
      label: 'isHoliday("YYYY-MM-DD")',
      ops: N,
      run: () => {
        let s = 0;
        for (let i = 0; i < N; i++) if (isHoliday(dates[i]!)) s++;
        return s;
      },
    },
  ]);
}
