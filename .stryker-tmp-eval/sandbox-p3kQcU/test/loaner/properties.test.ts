/**
 * fast-check invariants of the loaner rules:
 * - the last loan day is always the arrival day + 13 days (000 ※6 到着日が起算日, 最大2週間;
 *   民法 第138条・第143条), across month and year ends and leap days, checked against js-joda as an oracle;
 * - adding an active loan never makes a refused request eligible (同一種別は1台, 最大5機種).
 */
// @ts-nocheck

import { LocalDate } from '@js-joda/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLoaner, loanPeriod, type CheckLoanerInput, type LoanerDeviceInput } from '../../src/index.js';

const MIN = LocalDate.parse('1900-01-01').toEpochDay();
const MAX = LocalDate.parse('2199-12-31').toEpochDay() - 14;

/** Any date, or one of the days near a month end, a year end or 29 February. */
const arrivalDate = fc.oneof(
  fc.integer({ min: MIN, max: MAX }).map((d) => LocalDate.ofEpochDay(d)),
  fc
    .record({ year: fc.integer({ min: 1900, max: 2198 }), month: fc.integer({ min: 1, max: 12 }), back: fc.integer({ min: 0, max: 13 }) })
    .map(({ year, month, back }) => LocalDate.of(year, month, 1).plusMonths(1).minusDays(1 + back)),
  fc
    .record({ year: fc.integer({ min: 0, max: 73 }).map((k) => 1904 + 4 * k), back: fc.integer({ min: 0, max: 13 }) })
    .filter(({ year }) => year % 100 !== 0 || year % 400 === 0)
    .map(({ year, back }) => LocalDate.of(year, 2, 29).minusDays(back)),
);

describe('property: last loan day = arrival + 13 days', () => {
  it('000 and 001 (default): lastDay is arrival + 13, firstDay the arrival day', () => {
    fc.assert(
      fc.property(arrivalDate, fc.constantFrom('oas-plan-a', 'oas-plan-b', 'itss-light-anshin-1', 'itss-standard-anshin-2'), (day, planId) => {
        const p = loanPeriod({ planId, arrivalDate: day.toString() });
        expect(p.firstDay).toBe(day.toString());
        expect(p.lastDay).toBe(day.plusDays(13).toString());
        expect(p.maxDays).toBe(14);
      }),
      { numRuns: 3000 },
    );
  });
  it('the same through checkLoaner, and the 民法第140条 option gives arrival + 14 under 001', () => {
    fc.assert(
      fc.property(arrivalDate, (day) => {
        const v = checkLoaner({
          contract: { planId: 'itss-light-anshin-1' },
          request: { deviceType: 'hub', arrivalDate: day.toString() },
          diagnosis: { channel: 'phone', deviceFailure: true },
          activeLoans: [],
          deliveryAddress: { isContractorAddress: true },
        });
        expect(v.period?.lastDay).toBe(day.plusDays(13).toString());
        expect(loanPeriod({ planId: 'itss-light-anshin-1', arrivalDate: day.toString(), unstatedPeriodStart: 'day-after-arrival' }).lastDay).toBe(
          day.plusDays(14).toString(),
        );
      }),
      { numRuns: 1000 },
    );
  });
  it('edge examples: year end, leap day, non-leap century', () => {
    expect(loanPeriod({ planId: 'oas-plan-a', arrivalDate: '2026-12-31' }).lastDay).toBe('2027-01-13');
    expect(loanPeriod({ planId: 'oas-plan-a', arrivalDate: '2028-02-29' }).lastDay).toBe('2028-03-13');
    expect(loanPeriod({ planId: 'oas-plan-a', arrivalDate: '2028-02-16' }).lastDay).toBe('2028-02-29');
    expect(loanPeriod({ planId: 'oas-plan-a', arrivalDate: '2100-02-20' }).lastDay).toBe('2100-03-05');
  });
});

const devices: LoanerDeviceInput[] = [
  { deviceType: 'pc', os: 'windows' },
  { deviceType: 'pc', os: 'macos' },
  { deviceType: 'tablet', os: 'android' },
  { deviceType: 'tablet', os: 'ipados' },
  { deviceType: 'router' },
  { deviceType: 'hub' },
  { deviceType: 'fax-phone' },
];
const lendable = devices.filter((d) => d.os !== 'macos' && d.os !== 'ipados');

const requestArb = fc.record({
  planId: fc.constantFrom('oas-plan-a', 'oas-plan-b', 'itss-light-anshin-1', 'itss-standard-anshin-1', 'itss-legacy-light-2'),
  device: fc.constantFrom(...devices),
  channel: fc.constantFrom('phone', 'remote', 'onsite-diagnosis'),
  deviceFailure: fc.boolean(),
  isContractorAddress: fc.boolean(),
  substituteAcrossOs: fc.boolean(),
  active: fc.array(fc.constantFrom(...lendable), { maxLength: 6 }),
  extra: fc.constantFrom(...lendable),
});

describe('property: adding an active loan never makes a request eligible', () => {
  it('eligible(with one more active loan) ⇒ eligible(without it), and the refusals only grow', () => {
    fc.assert(
      fc.property(requestArb, (r) => {
        const input = (active: LoanerDeviceInput[]): CheckLoanerInput => ({
          contract: { planId: r.planId },
          request: { ...r.device, arrivalDate: '2026-11-24' },
          diagnosis: { channel: r.channel, deviceFailure: r.deviceFailure },
          activeLoans: active,
          deliveryAddress: { isContractorAddress: r.isContractorAddress },
          substituteAcrossOs: r.substituteAcrossOs,
        });
        const before = checkLoaner(input(r.active));
        const after = checkLoaner(input([...r.active, r.extra]));
        if (!before.eligible) expect(after.eligible).toBe(false);
        for (const rule of before.blockedBy) expect(after.blockedBy).toContain(rule);
      }),
      { numRuns: 2000 },
    );
  });
  it('and some generated cases are eligible and some refused by the loan limits (the property is not vacuous)', () => {
    const seen = { eligible: 0, limit: 0 };
    fc.assert(
      fc.property(requestArb, (r) => {
        const v = checkLoaner({
          contract: { planId: r.planId },
          request: r.device,
          diagnosis: { channel: r.channel, deviceFailure: r.deviceFailure },
          activeLoans: [...r.active, r.extra],
          deliveryAddress: { isContractorAddress: r.isContractorAddress },
        });
        if (v.eligible) seen.eligible++;
        if (v.blockedBy.includes('loaner.per-type-limit-reached')) seen.limit++;
      }),
      { numRuns: 500, seed: 42 },
    );
    expect(seen.eligible).toBeGreaterThan(0);
    expect(seen.limit).toBeGreaterThan(0);
  });
});
