/**
 * evaluateQuota / evaluateQuotaMonths on the paths the other quota tests leave open: the batch defaults (no trace;
 * "each month's result equals evaluateQuota for that month, without the ignored events in its trace"), the carry-over
 * simulated from the contract start when `from` is later, the contract's edges (an instant exactly at its start or its
 * exclusive end), a month used exactly to its limit (000 注意事項 (3): プラン A 5 a month), exactly ten events past it,
 * an event only partly covered (002 counts per question), the trace's statuses, and the input limit of 1,000,000
 * events (README, "Input limits").
 */
import { describe, expect, it } from 'vitest';
import { evaluateQuota, evaluateQuotaMonths } from '../../src/quota/index.js';
import { editedCatalog } from '../helpers/values.js';

const A = { planId: 'oas-plan-a' };
const nov = (n: number, prefix = 'e') => Array.from({ length: n }, (_, i) => ({ id: `${prefix}${String(i).padStart(2, '0')}`, at: `2026-11-${String(i + 1).padStart(2, '0')}T10:00` }));
const rules = (r: { reasons: ReadonlyArray<{ rule: string }> }) => r.reasons.map((x) => x.rule);
const said = (r: { reasons: ReadonlyArray<{ rule: string; message: string; interpretation?: string; factId?: string }> }, rule: string) => r.reasons.find((x) => x.rule === rule);

describe('evaluateQuotaMonths', () => {
  it('lists no trace unless asked; with traceEvents a month lists its own events only, as evaluateQuota does without the ignored ones', () => {
    const events = [{ id: 'a', at: '2026-11-02T10:00' }, { id: 'b', at: '2026-12-02T10:00' }, { id: 'c', at: '2026-11-01T10:00' }];
    const contract = { ...A, start: '2026-11-01', end: '2026-12-01' };
    const quiet = evaluateQuotaMonths({ contract, events });
    expect(quiet.months.map((m) => m.trace)).toEqual([[]]);
    const traced = evaluateQuotaMonths({ contract, events, traceEvents: true });
    expect(traced.months[0]!.trace.map((t) => [t.id, t.status, t.usedAfter])).toEqual([['c', 'within-limit', 1], ['a', 'within-limit', 2]]);
    expect(traced.ignored).toEqual(['b']);
    const single = evaluateQuota({ contract, month: '2026-11', events });
    expect(single.trace.map((t) => [t.id, t.status])).toEqual([['c', 'within-limit'], ['a', 'within-limit'], ['b', 'outside-contract']]);
  });

  it('a plan whose document records no rollover policy (003)', () => {
    const r = evaluateQuotaMonths({ contract: { planId: 'ucom-remote-support' }, events: [{ id: 'a', at: '2026-11-02T10:00' }] });
    expect(r.months.map((m) => [m.month, m.used, m.limit.total])).toEqual([['2026-11', 1, null]]);
  });

  it('a contract start and no event: its first month alone', () => {
    expect(evaluateQuotaMonths({ contract: { ...A, start: '2026-09-15' }, events: [] }).months.map((m) => m.month)).toEqual(['2026-09']);
  });

  it("outsideEvents: 'reject' with no events and nothing to evaluate refuses nothing", () => {
    expect(evaluateQuotaMonths({ contract: A, events: [], outsideEvents: 'reject' })).toStrictEqual({ planId: 'oas-plan-a', from: null, to: null, months: [], ignored: [] });
  });

  it('an event at the exclusive end of the contract does not extend the months', () => {
    const r = evaluateQuotaMonths({ contract: { ...A, start: '2026-10-01', end: '2026-12-01' }, events: [{ id: 'x', at: '2026-12-01T00:00' }] });
    expect([r.from, r.to, r.ignored]).toEqual(['2026-10', '2026-10', ['x']]);
  });

  it('carry-over: earlier months from the contract start are simulated when from is later (as evaluateQuota does)', () => {
    const input = { contract: { planId: 'oas-plan-b', start: '2026-09-01' }, rollover: { kind: 'carry-over', maxUnitsPerMonth: 3, validForMonths: 2 } as const, events: [] };
    const r = evaluateQuotaMonths({ ...input, from: '2026-11', to: '2026-11' });
    expect(r.months.map((m) => [m.month, m.limit.total, m.limit.parts.map((p) => p.kind)])).toEqual([['2026-11', 16, ['plan', 'carried-over', 'carried-over']]]);
    expect(r.months[0]).toEqual({ ...evaluateQuota({ ...input, month: '2026-11', traceEvents: false }) });
  });
});

describe("the contract's edges: an instant exactly at the start is inside, one exactly at the exclusive end is outside", () => {
  const contract = { ...A, start: '2026-10-01', end: '2026-12-01' };
  it('refusals name the month for the first, the contract for the second', () => {
    expect(() => evaluateQuota({ contract, month: '2026-11', events: [{ id: 's', at: '2026-10-01T00:00' }], outsideEvents: 'reject' })).toThrow(
      "Event \"s\" at 2026-10-01T00:00:00+09:00 is in 2026-10, outside the month(s) evaluated (outsideEvents: 'reject')",
    );
    expect(() => evaluateQuota({ contract, month: '2026-11', events: [{ id: 'e', at: '2026-12-01T00:00' }], outsideEvents: 'reject' })).toThrow(
      "Event \"e\" at 2026-12-01T00:00:00+09:00 is outside the contract (outsideEvents: 'reject')",
    );
  });
});

describe('partial months', () => {
  const partial = (contract: Record<string, string>, month = '2026-11', planId = 'oas-plan-a') =>
    said(evaluateQuota({ contract: { planId, ...contract }, month, events: [] }), 'quota.partial-month-full-limit')?.message;
  it('a contract from the 1st, or ending after the month, is not partial', () => {
    expect(partial({ start: '2026-11-01' })).toBeUndefined();
    expect(partial({ end: '2026-12-15' })).toBeUndefined();
    expect(partial({ end: '2026-12-01' })).toBeUndefined();
  });
  it('an exclusive end on the month’s last day is inside it; both ends inside are both said', () => {
    expect(partial({ end: '2026-11-30' })).toBe('The contract ends on 2026-11-30 (exclusive), inside 2026-11: the full monthly limit applies (no proration is stated)');
    expect(partial({ start: '2026-11-02', end: '2026-11-30' })).toBe(
      'The contract starts on 2026-11-02 and ends on 2026-11-30 (exclusive), inside 2026-11: the full monthly limit applies (no proration is stated)',
    );
  });
  it('002 states no limit: nothing to say about a full limit', () => {
    expect(partial({ start: '2026-11-02' }, '2026-11', 'helpdesk-support')).toBeUndefined();
  });
});

describe('at, past and partly past the limit', () => {
  it('exactly 5 of 5: within the limit, 0 remaining, none over', () => {
    const r = evaluateQuota({ contract: A, month: '2026-11', events: nov(5) });
    expect([r.used, r.remaining, r.over]).toEqual([5, 0, []]);
    expect(said(r, 'quota.within-limit')?.message).toBe('5 of 5 inquiries used in 2026-11; 0 remaining');
    expect(r.trace.map((t) => t.status)).toEqual(Array(5).fill('within-limit'));
  });
  it('exactly ten past the limit: all named, no "more"', () => {
    const r = evaluateQuota({ contract: A, month: '2026-11', events: nov(15), traceEvents: false });
    expect(said(r, 'quota.over-limit')?.message).toBe('15 inquiries used in 2026-11, 10 past the limit of 5: e05, e06, e07, e08, e09, e10, e11, e12, e13, e14 are past the limit');
  });
  it('one event past the limit, the trace marks it and the ones before', () => {
    const r = evaluateQuota({ contract: A, month: '2026-11', events: nov(6) });
    expect(r.trace.map((t) => [t.id, t.usedAfter, t.status])).toEqual([
      ['e00', 1, 'within-limit'],
      ['e01', 2, 'within-limit'],
      ['e02', 3, 'within-limit'],
      ['e03', 4, 'within-limit'],
      ['e04', 5, 'within-limit'],
      ['e05', 6, 'over-limit'],
    ]);
  });
  it('002 with a limit of 3: an event of two questions after two units is only partly covered, and is past the limit', () => {
    const catalog = editedCatalog((docs) => (docs.find((d) => d.document.id === 'helpdesk-support')!.quotas.inquiryLimits[0].limitPerMonth = 3));
    const events = [{ id: 'a', at: '2026-11-02T10:00', questions: 2 }, { id: 'b', at: '2026-11-03T10:00', questions: 2 }];
    const r = evaluateQuota({ contract: { planId: 'helpdesk-support' }, month: '2026-11', events, catalog });
    expect([r.used, r.over]).toEqual([4, ['b']]);
    expect(said(r, 'quota.over-limit')).toMatchObject({ message: '4 incidents used in 2026-11, 1 past the limit of 3: b is past the limit', interpretation: 'quota-partial-event-over' });
  });
  it('no limit: one incident counted, no event over, the trace says no-limit', () => {
    const r = evaluateQuota({ contract: { planId: 'helpdesk-support' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }] });
    expect(said(r, 'quota.no-limit')?.message).toBe('1 incident counted in 2026-11; no limit applies');
    expect(r.over).toEqual([]);
    expect(r.trace.map((t) => t.status)).toEqual(['no-limit']);
  });
});

describe("evaluateQuota's trace of ignored events", () => {
  it('an event outside the contract in the month is listed once, in the month; others after, each with its status', () => {
    const r = evaluateQuota({
      contract: { ...A, start: '2026-11-02', end: '2026-12-01' },
      month: '2026-11',
      events: [{ id: 'late', at: '2026-12-03T10:00' }, { id: 'in', at: '2026-11-05T10:00' }, { id: 'early', at: '2026-11-01T10:00' }, { id: 'oct', at: '2026-10-20T10:00' }],
    });
    expect(r.trace.map((t) => [t.id, t.month, t.units, t.usedAfter, t.status])).toEqual([
      ['early', '2026-11', 0, null, 'outside-contract'],
      ['in', '2026-11', 1, 1, 'within-limit'],
      ['oct', '2026-10', 0, null, 'outside-contract'],
      ['late', '2026-12', 0, null, 'outside-contract'],
    ]);
    const open = evaluateQuota({ contract: A, month: '2026-11', events: [{ id: 'late', at: '2026-12-03T10:00' }, { id: 'in', at: '2026-11-05T10:00' }] });
    expect(open.trace.map((t) => [t.id, t.status])).toEqual([['in', 'within-limit'], ['late', 'outside-month']]);
  });
  it('once read, the trace is an ordinary data property', () => {
    const r = evaluateQuota({ contract: A, month: '2026-11', events: nov(1) });
    const trace = r.trace;
    expect(Object.getOwnPropertyDescriptor(r, 'trace')).toEqual({ value: trace, writable: true, enumerable: true, configurable: true });
  });
});

describe('the reasons cite their facts', () => {
  it('questions not counted: 000 counts each inquiry once (注意事項 (3)), citing its counting rule', () => {
    const r = evaluateQuota({ contract: A, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00', questions: 3 }] });
    expect(said(r, 'quota.questions-not-counted')).toMatchObject({ factId: 'oas-inquiry-counting' });
  });
  it('a caller policy for a plan without a document policy (003): no document part, no fact; no carry-over cites no interpretation', () => {
    const r = evaluateQuota({ contract: { planId: 'ucom-remote-support' }, month: '2026-11', events: [], rollover: { kind: 'none' } });
    const given = said(r, 'quota.rollover-given')!;
    expect(given.message).toBe('Rollover policy given by the caller: no carry-over');
    expect(given.factId).toBeUndefined();
    expect(given.interpretation).toBeUndefined();
  });
  it('a limit without a number and without an interpretation cites quota-002-no-stated-limit', () => {
    const catalog = editedCatalog((docs) => {
      const l = docs.find((d) => d.document.id === 'office-anshin-support')!.quotas.inquiryLimits[0];
      l.limitPerMonth = null;
      delete l.interpretation;
    });
    expect(said(evaluateQuota({ contract: A, month: '2026-11', events: [], catalog }), 'quota.no-limit-stated')?.interpretation).toBe('quota-002-no-stated-limit');
  });
  it("a document's carry-over policy without an interpretation cites quota-carry-over-model", () => {
    const catalog = editedCatalog((docs) => {
      const f = docs.find((d) => d.document.id === 'office-anshin-support')!.quotas.rollover;
      f.policy = { kind: 'carry-over', maxUnitsPerMonth: 1, validForMonths: 1 };
      delete f.interpretation;
    });
    const r = evaluateQuota({ contract: { ...A, start: '2026-10-01' }, month: '2026-11', events: [], catalog });
    expect(said(r, 'quota.rollover-carry-over')).toMatchObject({ message: 'Rollover: carry-over of up to 1 unused unit a month, usable for 1 following month', interpretation: 'quota-carry-over-model' });
  });
});

describe('input limit: 1,000,000 events (more than the 100,000 items of other lists)', () => {
  it('100,001 events are read', () => {
    const events = Array.from({ length: 100_001 }, (_, i) => ({ id: `q${i}`, at: '2026-11-02T10:00' }));
    expect(evaluateQuota({ contract: { planId: 'ucom-remote-support' }, month: '2026-11', events, traceEvents: false }).used).toBe(100_001);
    expect(evaluateQuotaMonths({ contract: { planId: 'ucom-remote-support' }, events }).months[0]!.used).toBe(100_001);
  });
});

describe('more edges', () => {
  it('refuses a non-object input at [] and names a hole in the events at its index, in both functions', () => {
    expect(() => evaluateQuota('2026-11' as never)).toThrow(expect.objectContaining({ code: 'invalid_input', path: [], message: 'Expected an input object { contract, events, … }' }));
    expect(() => evaluateQuotaMonths(5 as never)).toThrow(expect.objectContaining({ code: 'invalid_input', path: [], message: 'Expected an input object { contract, events, … }' }));
    const events = [{ id: 'a', at: '2026-11-02T10:00' }, ,] as never;
    expect(() => evaluateQuota({ contract: A, month: '2026-11', events })).toThrow(expect.objectContaining({ code: 'invalid_input', path: ['events', 1] }));
    expect(() => evaluateQuotaMonths({ contract: A, events })).toThrow(expect.objectContaining({ code: 'invalid_input', path: ['events', 1] }));
  });

  it('an event after the contract’s end, late in a month past its limit, is not past the limit', () => {
    const events = [...nov(6), { id: 'late', at: '2026-11-25T10:00' }];
    const r = evaluateQuota({ contract: { ...A, end: '2026-11-20' }, month: '2026-11', events });
    expect([r.used, r.over]).toEqual([6, ['e05']]);
    expect(r.trace.map((t) => [t.id, t.status]).at(-1)).toEqual(['late', 'outside-contract']);
  });

  it('with carry-over, an earlier month’s event decides what is carried and is not listed as ignored', () => {
    const r = evaluateQuota({
      contract: { ...A, start: '2026-10-01' },
      month: '2026-11',
      rollover: { kind: 'carry-over', maxUnitsPerMonth: 3, validForMonths: 1 },
      events: [{ id: 'o', at: '2026-10-05T10:00' }, { id: 'n', at: '2026-11-05T10:00' }, { id: 'd', at: '2026-12-05T10:00' }],
    });
    expect(r.limit.parts.map((p) => [p.kind, p.units])).toEqual([['plan', 5], ['carried-over', 3]]);
    expect(r.trace.map((t) => [t.id, t.status])).toEqual([['n', 'within-limit'], ['d', 'outside-month']]);
    expect(said(r, 'quota.events-outside-month-ignored')?.message).toBe("1 event is in another month and was ignored (outsideEvents: 'ignore'; 'reject' refuses them)");
  });

  it("a document's no-carry-over fact without an interpretation cites none", () => {
    const catalog = editedCatalog((docs) => delete docs.find((d) => d.document.id === 'office-anshin-support')!.quotas.rollover.interpretation);
    const r = evaluateQuota({ contract: A, month: '2026-11', events: [], catalog });
    expect(said(r, 'quota.rollover-none')).toMatchObject({ message: 'Rollover: no carry-over', factId: 'oas-rollover' });
    expect(said(r, 'quota.rollover-none')!.interpretation).toBeUndefined();
  });
});
