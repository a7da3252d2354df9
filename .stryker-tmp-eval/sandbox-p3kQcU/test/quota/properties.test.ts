/**
 * Invariants of the quota evaluator (fast-check):
 * adding an event never raises `remaining`; an event never changes another month's result (rollover
 * none); the order of events does not matter; with rollover none a month's result depends only on
 * its own events and options. (The fast instant reader the events go through is checked against
 * parseInstant in test/time/fast.test.ts.)
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateQuota, evaluateQuotaMonths, type QuotaContract, type QuotaEvent, type QuotaResult } from '../../src/quota/index.js';

const RUNS = 150;
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

/** Instants around 2026-10 … 2027-01, written in several zones (Japan, UTC, no offset, others). */
const instantArb = fc
  .record({
    ms: fc.integer({ min: Date.UTC(2026, 9, 1) - 9 * 3_600_000 - 86_400_000, max: Date.UTC(2027, 1, 1) }),
    zone: fc.constantFrom('Z', '+09:00', '', '-05:00', '+0530', '+09'),
  })
  .map(({ ms, zone }) => {
    const offsetMin = zone === 'Z' ? 0 : zone === '' || zone.startsWith('+09') ? 540 : zone === '-05:00' ? -300 : 330;
    const d = new Date(Math.floor(ms / 60_000) * 60_000 + offsetMin * 60_000);
    return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}T${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}${zone}`;
  });

const eventsArb = (maxLength = 40) =>
  fc.uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 4 }), at: instantArb, questions: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }) }), {
    maxLength,
    selector: (e) => e.id,
  }).map((es) => es.map((e): QuotaEvent => (e.questions === undefined ? { id: e.id, at: e.at } : e)));

const contractArb: fc.Arbitrary<QuotaContract> = fc.oneof(
  fc.constantFrom<QuotaContract>(
    { planId: 'oas-plan-a' },
    { planId: 'oas-plan-b' },
    { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension', start: '2026-10-20' }] },
    { planId: 'helpdesk-support' },
  ),
  fc.constantFrom('2026-10-01', '2026-11-15', '2026-11-30', '2026-12-01').map(
    (start): QuotaContract => ({ planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries', start }] }),
  ),
);
const monthArb = fc.constantFrom('2026-10', '2026-11', '2026-12', '2027-01');

/** The parts of a result that the invariants speak of. */
const core = (r: QuotaResult) => ({ limit: r.limit, used: r.used, remaining: r.remaining, over: r.over });

describe('fast-check invariants (rollover none)', () => {
  it('adding an event never raises remaining (and never shrinks used or over)', () => {
    fc.assert(
      fc.property(contractArb, monthArb, eventsArb(), instantArb, fc.integer({ min: 1, max: 3 }), (contract, month, events, at, questions) => {
        const before = evaluateQuota({ contract, month, events });
        const after = evaluateQuota({ contract, month, events: [...events, { id: '\u{10FFFF}new', at, questions }] });
        if (before.remaining !== null) expect(after.remaining!).toBeLessThanOrEqual(before.remaining);
        expect(after.used).toBeGreaterThanOrEqual(before.used);
        expect(after.over.length).toBeGreaterThanOrEqual(before.over.length);
      }),
      { numRuns: RUNS },
    );
  });

  it("an event never changes another month's result", () => {
    fc.assert(
      fc.property(contractArb, monthArb, eventsArb(), instantArb, (contract, month, events, at) => {
        const extra: QuotaEvent = { id: '\u{10FFFF}x', at };
        const extraMonth = evaluateQuotaMonths({ contract, events: [extra] }).months[0]!.month;
        fc.pre(extraMonth !== month);
        expect(core(evaluateQuota({ contract, month, events: [...events, extra] }))).toEqual(core(evaluateQuota({ contract, month, events })));
      }),
      { numRuns: RUNS },
    );
  });

  it('the order of events does not matter (results identical, trace included)', () => {
    fc.assert(
      fc.property(contractArb, monthArb, eventsArb().chain((es) => fc.tuple(fc.constant(es), fc.shuffledSubarray(es, { minLength: es.length, maxLength: es.length }))), (contract, month, [events, shuffled]) => {
        expect(evaluateQuota({ contract, month, events: shuffled })).toEqual(evaluateQuota({ contract, month, events }));
      }),
      { numRuns: RUNS },
    );
  });

  it("a month's result depends only on its own events and options", () => {
    fc.assert(
      fc.property(contractArb, monthArb, eventsArb(), fc.constantFrom('2026-09-05', '2027-02-10', '2027-03-01'), (contract, month, events, otherStart) => {
        const own = evaluateQuota({ contract, month, events });
        const ownEvents = own.trace.filter((t) => t.month === month).map((t) => t.id);
        const onlyOwn = evaluateQuota({ contract, month, events: events.filter((e) => ownEvents.includes(e.id)) });
        expect(core(onlyOwn)).toEqual(core(own));
        // An add-on option started in another month changes nothing here.
        if (contract.planId === 'itss-standard-anshin-1') {
          const more = { ...contract, options: [...(contract.options ?? []), { optionId: 'itss-standard-extra-inquiries', start: otherStart }] };
          expect(core(evaluateQuota({ contract: more, month, events }))).toEqual(core(own));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('used = sum of units, remaining = max(0, limit − used), over = the tail of the chronological order', () => {
    fc.assert(
      fc.property(contractArb, monthArb, eventsArb(), (contract, month, events) => {
        const r = evaluateQuota({ contract, month, events });
        const counted = r.trace.filter((t) => t.month === month && t.status !== 'outside-contract' && t.status !== 'outside-month');
        expect(r.used).toBe(counted.reduce((s, t) => s + t.units, 0));
        if (r.limit.total === null) expect([r.remaining, r.over]).toEqual([null, []]);
        else {
          expect(r.remaining).toBe(Math.max(0, r.limit.total - r.used));
          expect(r.limit.total).toBe(r.limit.parts.reduce((s, p) => s + p.units, 0));
          const overIds = counted.filter((t) => t.usedAfter! > r.limit.total!).map((t) => t.id);
          expect(r.over).toEqual(overIds);
          expect(counted.map((t) => t.id)).toEqual([...counted.map((t) => t.id)].slice(0, counted.length - overIds.length).concat(overIds));
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('evaluateQuotaMonths agrees with evaluateQuota month by month', () => {
    fc.assert(
      fc.property(contractArb, eventsArb(), (contract, events) => {
        const all = evaluateQuotaMonths({ contract, events });
        for (const m of all.months) expect(core(m)).toEqual(core(evaluateQuota({ contract, month: m.month, events })));
      }),
      { numRuns: 60 },
    );
  });
});

describe('fast-check invariants (carry-over)', () => {
  const rollover = { kind: 'carry-over', maxUnitsPerMonth: 3, validForMonths: 2 } as const;
  const contract = { planId: 'oas-plan-a', start: '2026-09-20' };
  it('adding an event (in any month) never raises remaining in a later month; order does not matter', () => {
    fc.assert(
      fc.property(monthArb, eventsArb(30), instantArb, (month, events, at) => {
        const before = evaluateQuota({ contract, rollover, month, events });
        const after = evaluateQuota({ contract, rollover, month, events: [...events, { id: '\u{10FFFF}new', at }] });
        expect(after.remaining!).toBeLessThanOrEqual(before.remaining!);
        expect(evaluateQuota({ contract, rollover, month, events: [...events].reverse() })).toEqual(before);
      }),
      { numRuns: 80 },
    );
  });
  it('the limit never exceeds the plan limit plus what the policy can carry', () => {
    fc.assert(
      fc.property(eventsArb(30), (events) => {
        for (const m of evaluateQuotaMonths({ contract, rollover, events, to: '2027-01' }).months) {
          expect(m.limit.total!).toBeLessThanOrEqual(5 + rollover.maxUnitsPerMonth * rollover.validForMonths);
          expect(m.limit.total!).toBeGreaterThanOrEqual(5);
        }
      }),
      { numRuns: 80 },
    );
  });
});
