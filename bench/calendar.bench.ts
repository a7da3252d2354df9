/**
 * Calendar benchmark: isOpen over 1,000,000 instants and holiday look-ups, each beside a baseline
 * that adds nine hours to epoch milliseconds and reads a precomputed table of days.
 */
import { compileOpeningHours, isHoliday, isHolidayEpochDay, isOpen } from '../src/calendar/index.js';
import { formatIsoDate } from '../src/time/civil.js';
import { formatJapanInstant, japanEpochDay } from '../src/time/japan.js';
import { bestOf, report } from './harness.js';

const N = 1_000_000;
const DAY_MS = 86_400_000;
const NINE_HOURS = 9 * 3_600_000;

export async function run(): Promise<void> {
  // 1,000,000 instants spread over 2019–2030 (a step prime to the day and the minute).
  const start = Date.UTC(2019, 0, 1);
  const instants = new Float64Array(N);
  for (let i = 0; i < N; i++) instants[i] = start + i * 379_913_117 % (12 * 365 * DAY_MS);
  const strings = Array.from({ length: N }, (_, i) => formatJapanInstant(instants[i]!));
  const firstDay = Math.floor((start + NINE_HOURS) / DAY_MS) - 1;
  const table = new Uint8Array(13 * 366);
  for (let i = 0; i < table.length; i++) table[i] = i % 7 < 5 ? 1 : 0;

  let sink = 0;
  const baseline = () => {
    let s = 0;
    for (let i = 0; i < N; i++) s += table[Math.floor((instants[i]! + NINE_HOURS) / DAY_MS) - firstDay]!;
    sink += s;
  };
  const base = { ops: N, ms: bestOf(baseline) };
  report('baseline: +9h, read a table of days', N, base.ms);

  const q = { planId: 'helpdesk-support', channel: 'phone' } as const;
  report('isOpen(002 phone, at: epoch ms)', N, bestOf(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (isOpen({ planId: q.planId, channel: q.channel, at: instants[i]! })) s++;
    sink += s;
  }), base);
  report('isOpen(001 support + options, epoch ms)', N, bestOf(() => {
    let s = 0;
    const options = ['itss-light-time-extension'];
    for (let i = 0; i < N; i++) if (isOpen({ planId: 'itss-light-anshin-1', options, channel: 'support', at: instants[i]! })) s++;
    sink += s;
  }, 3), base);
  report('isOpen(002 phone, at: ISO string)', N, bestOf(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (isOpen({ planId: q.planId, channel: q.channel, at: strings[i]! })) s++;
    sink += s;
  }, 3), base);
  const hours = compileOpeningHours(q);
  report('compileOpeningHours(002 phone).isOpenAt', N, bestOf(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (hours.isOpenAt(instants[i]!)) s++;
    sink += s;
  }), base);

  // Holiday look-ups: the same baseline shape (a table read per day), by epoch day and by string.
  const days = new Int32Array(N);
  for (let i = 0; i < N; i++) days[i] = Math.floor((instants[i]! + NINE_HOURS) / DAY_MS);
  const dates = Array.from({ length: N }, (_, i) => formatIsoDate(days[i]!));
  const dayBase = { ops: N, ms: bestOf(() => {
    let s = 0;
    for (let i = 0; i < N; i++) s += table[days[i]! - firstDay]!;
    sink += s;
  }) };
  // The baseline for holiday look-ups is the same as for isOpen: +9h on epoch ms, then a table read.
  report('isHolidayEpochDay(japanEpochDay(ms))', N, bestOf(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (isHolidayEpochDay(japanEpochDay(instants[i]!))) s++;
    sink += s;
  }), base);
  report('baseline: read a table of days (epoch day given)', N, dayBase.ms);
  report('isHolidayEpochDay(day)', N, bestOf(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (isHolidayEpochDay(days[i]!)) s++;
    sink += s;
  }), dayBase);
  report('isHoliday("YYYY-MM-DD")', N, bestOf(() => {
    let s = 0;
    for (let i = 0; i < N; i++) if (isHoliday(dates[i]!)) s++;
    sink += s;
  }), dayBase);
  if (sink === -1) console.log(sink);
}
