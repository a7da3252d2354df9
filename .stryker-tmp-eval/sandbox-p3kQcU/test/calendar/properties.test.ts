/**
 * Invariants (fast-check): nextOpening is open and nothing before it is; isOpen agrees with
 * explainOpen and with the compiled schedule; business minutes add up; addBusinessDays lands on a
 * business day after exactly n of them; answers do not depend on how the instant is written.
 * And the machine's time zone does not matter (child processes under other TZ values).
 */
// @ts-nocheck

import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessMinutesBetween,
  compileOpeningHours,
  explainOpen,
  isBusinessDay,
  isOpen,
  nextOpening,
  type ScheduleQuery,
} from '../../src/calendar/index.js';
import { formatJapanInstant, formatIsoDate, parseIsoDate } from '../../src/time/index.js';

const MINUTE = 60_000;
const FROM = Date.UTC(2018, 10, 1) - 9 * 3_600_000; // 2018-11-01T00:00+09:00
const TO = Date.UTC(2035, 0, 1);

const queries: ScheduleQuery[] = [
  { planId: 'helpdesk-support', channel: 'phone' },
  { planId: 'helpdesk-support', channel: 'phone', closures: [{ start: '2026-08-10', end: '2026-08-16' }], yearEnd: { start: '12-28', end: '01-05' } },
  { planId: 'helpdesk-support', channel: 'fax-email-web' },
  { planId: 'itss-light-anshin-1', channel: 'support' },
  { planId: 'itss-standard-anshin-1', channel: 'onsite-diagnosis' },
  { planId: 'itss-light-anshin-2', channel: 'support', options: ['itss-light-time-extension'] },
  { planId: 'oas-plan-a', channel: 'contract-desk' },
  { planId: 'oas-plan-b', channel: 'onsite-diagnosis' },
];
const query = fc.constantFrom(...queries);
const instant = fc.integer({ min: FROM, max: TO });

describe('nextOpening', () => {
  it('is open, and no minute between the start and it is open', () => {
    fc.assert(
      fc.property(query, instant, (q, at) => {
        const r = nextOpening({ ...q, at });
        expect(['open-now', 'opens-later']).toContain(r.status);
        const opens = r.opensAtEpochMs!;
        expect(opens).toBeGreaterThanOrEqual(at);
        expect(isOpen({ ...q, at: opens })).toBe(true);
        if (r.status === 'open-now') expect(opens).toBe(at);
        else {
          const hours = compileOpeningHours(q);
          expect(hours.isOpenAt(at)).toBe(false);
          // Windows start on whole minutes: checking every minute boundary is exhaustive.
          for (let t = Math.ceil(at / MINUTE) * MINUTE; t < opens; t += MINUTE) {
            if (hours.isOpenAt(t)) throw new Error(`open at ${formatJapanInstant(t)} before ${r.opensAt}`);
          }
        }
      }),
      { numRuns: 150 },
    );
  });
});

describe('isOpen', () => {
  it('agrees with explainOpen and the compiled schedule, and explains itself', () => {
    fc.assert(
      fc.property(query, instant, (q, at) => {
        const open = isOpen({ ...q, at });
        const v = explainOpen({ ...q, at });
        expect(v.open).toBe(open);
        expect(compileOpeningHours(q).isOpenAt(at)).toBe(open);
        expect(v.reasons.some((r) => r.rule.endsWith('.closed'))).toBe(!open);
      }),
      { numRuns: 400 },
    );
  });
  it('gives the same answer for epoch ms, a Date, a UTC string, a Japan string and a New York string', () => {
    fc.assert(
      fc.property(query, instant, (q, at) => {
        const expected = isOpen({ ...q, at });
        const d = new Date(at);
        const jst = formatJapanInstant(at).replace('+09:00', '');
        const ny = new Date(at - 5 * 3_600_000).toISOString().replace('Z', '-05:00');
        for (const form of [d, d.toISOString(), jst, ny]) expect(isOpen({ ...q, at: form })).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});

describe('business time', () => {
  it('business minutes are additive and bounded by the interval', () => {
    fc.assert(
      fc.property(query, instant, fc.integer({ min: 0, max: 10 * 86_400_000 }), fc.integer({ min: 0, max: 10 * 86_400_000 }), (q, a, d1, d2) => {
        const b = a + d1;
        const c = b + d2;
        const ab = businessMinutesBetween({ ...q, start: a, end: b }).businessMinutes;
        const bc = businessMinutesBetween({ ...q, start: b, end: c }).businessMinutes;
        const ac = businessMinutesBetween({ ...q, start: a, end: c }).businessMinutes;
        expect(ac).toBeCloseTo(ab + bc, 6);
        expect(ac).toBeLessThanOrEqual((c - a) / MINUTE + 1e-9);
      }),
      { numRuns: 100 },
    );
  });
  it('business minutes equal a minute-by-minute count', () => {
    fc.assert(
      fc.property(query, fc.integer({ min: FROM / MINUTE, max: TO / MINUTE }), fc.integer({ min: 0, max: 3 * 1440 }), (q, startMinute, length) => {
        const start = startMinute * MINUTE;
        const end = start + length * MINUTE;
        const hours = compileOpeningHours(q);
        let count = 0;
        for (let t = start; t < end; t += MINUTE) if (hours.isOpenAt(t)) count++;
        expect(businessMinutesBetween({ ...q, start, end }).businessMinutes).toBe(count);
      }),
      { numRuns: 60 },
    );
  });
  it('addBusinessDays(n) lands on a business day with exactly n business days after the start', () => {
    const first = parseIsoDate('2019-01-01');
    const last = parseIsoDate('2034-12-01');
    fc.assert(
      fc.property(query, fc.integer({ min: first, max: last }), fc.integer({ min: -20, max: 40 }), (q, day, n) => {
        const date = formatIsoDate(day);
        const r = addBusinessDays({ ...q, date, days: n });
        const to = parseIsoDate(r.date);
        expect(isBusinessDay({ ...q, date: r.date })).toBe(true);
        let count = 0;
        if (n > 0) for (let d = day + 1; d <= to; d++) count += isBusinessDay({ ...q, date: formatIsoDate(d) }) ? 1 : 0;
        if (n < 0) for (let d = to; d < day; d++) count -= isBusinessDay({ ...q, date: formatIsoDate(d) }) ? 1 : 0;
        if (n === 0) {
          for (let d = day; d < to; d++) expect(isBusinessDay({ ...q, date: formatIsoDate(d) })).toBe(false);
        } else expect(count).toBe(n);
        expect(r.skipped.length).toBe(Math.abs(to - day) - Math.abs(n));
      }),
      { numRuns: 150 },
    );
  });
});

describe('the machine time zone does not matter', () => {
  const script = `
    import { isOpen, holidaysIn, nextOpening, businessMinutesBetween } from './src/calendar/index.ts';
    const out = [];
    for (let i = 0; i < 400; i++) {
      const at = Date.UTC(2026, 0, 1) + i * 23 * 3_600_017;
      out.push(isOpen({ planId: 'helpdesk-support', channel: 'phone', at }) ? 1 : 0);
      out.push(isOpen({ planId: 'itss-light-anshin-1', channel: 'support', at: new Date(at) }) ? 1 : 0);
    }
    out.push(nextOpening({ planId: 'helpdesk-support', channel: 'phone', at: '2026-12-28T17:00' }).opensAt);
    out.push(businessMinutesBetween({ planId: 'helpdesk-support', channel: 'phone', start: '2026-11-01T00:00', end: '2026-12-01T00:00' }).businessMinutes);
    out.push(holidaysIn(2026).map((h) => h.date).join(','));
    console.log(JSON.stringify(out));
  `;
  const run = (tz: string) =>
    execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: join(__dirname, '..', '..'),
      env: { ...process.env, TZ: tz },
      encoding: 'utf8',
    });
  it('UTC, New York, Chatham (+12:45) and Tokyo give identical answers', () => {
    const tokyo = run('Asia/Tokyo');
    expect(JSON.parse(tokyo).length).toBe(803);
    for (const tz of ['UTC', 'America/New_York', 'Pacific/Chatham']) expect(run(tz), tz).toBe(tokyo);
  }, 60_000);
});
