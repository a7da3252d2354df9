/**
 * The quota evaluator's fast paths (issue 12, 1,000,000 events under 2 s) give the answers of the plain
 * definition:
 * - the month's events in order (chronological, ties by id) by a typed-array sort: checked against a sort by
 *   the comparator, on events with many equal instants, several months and ids that tie;
 * - duplicate ids found by a hash table that hands over to a Map when ids collide: the same ConflictError
 *   (path and first index) as a Map of ids, also for ids made to collide;
 * - the trace built on first read: the same value as the eager definition, in JSON, through `explain`, and
 *   replaceable by assignment like any data property.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../src/errors.js';
import { evaluateQuota, evaluateQuotaMonths, type QuotaEvent } from '../../src/quota/index.js';

const base = Date.UTC(2026, 10, 1) - 9 * 3_600_000; // 2026-11-01T00:00+09:00

/** Few distinct instants (so many ties), over 2026-10-31 … 2026-12-01 Japan time, as UTC texts. */
const eventsArb = fc
  .uniqueArray(fc.record({ id: fc.string({ minLength: 1, maxLength: 3 }), slot: fc.integer({ min: -2, max: 40 }) }), { maxLength: 60, selector: (e) => e.id })
  .map((es) => es.map((e): QuotaEvent => ({ id: e.id, at: new Date(base + e.slot * 18 * 3_600_000).toISOString() })));

/** The reference: events of `month` (Japan time) sorted by instant then id with a plain comparator. */
function referenceOrder(events: readonly QuotaEvent[], month: string): string[] {
  const inMonth = events.filter((e) => {
    const d = new Date(Date.parse(e.at as string) + 9 * 3_600_000);
    return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}` === month;
  });
  return inMonth
    .sort((a, b) => Date.parse(a.at as string) - Date.parse(b.at as string) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((e) => e.id);
}

describe('order of events (typed-array sort)', () => {
  it('equals the comparator sort: trace order and `over` (limit 5 of oas-plan-a)', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events });
        const expected = referenceOrder(events, '2026-11');
        expect(r.trace.filter((t) => t.month === '2026-11').map((t) => t.id)).toEqual(expected);
        expect(r.over).toEqual(expected.slice(5));
        expect(r.used).toBe(expected.length);
      }),
      { numRuns: 300 },
    );
  });

  it('equals the comparator sort month by month (evaluateQuotaMonths with traceEvents)', () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const r = evaluateQuotaMonths({ contract: { planId: 'oas-plan-a' }, events, traceEvents: true });
        for (const m of r.months) {
          const expected = referenceOrder(events, m.month);
          expect(m.trace.map((t) => t.id)).toEqual(expected);
          expect(m.over).toEqual(expected.slice(5));
        }
      }),
      { numRuns: 200 },
    );
  });

  it('instants decades apart (beyond the typed-array key) are sorted by the comparator', () => {
    const events: QuotaEvent[] = [
      { id: 'b', at: '2199-12-31T23:59' },
      { id: 'a', at: '1952-01-01T00:00' },
      { id: 'c', at: '2199-12-31T23:59' },
    ];
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events });
    expect(r.trace.map((t) => [t.id, t.status])).toEqual([
      ['a', 'outside-month'],
      ['b', 'outside-month'],
      ['c', 'outside-month'],
    ]);
  });
});

/** FNV-1a, the hash the id table uses: to make ids that all fall in the same slot. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
  return h;
}

describe('duplicate event ids (hash table)', () => {
  const at = '2026-11-02T10:00';

  it('names the second event and the first one, as a Map of ids would', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 80 }), (ids) => {
        const firstOf = new Map<string, number>();
        let expected: { at: number; first: number } | undefined;
        ids.forEach((id, i) => {
          if (expected) return;
          const f = firstOf.get(id);
          if (f !== undefined) expected = { at: i, first: f };
          else firstOf.set(id, i);
        });
        const call = () => evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events: ids.map((id) => ({ id, at })) });
        if (!expected) {
          expect(call().used).toBe(ids.length);
          return;
        }
        let err: unknown;
        try {
          call();
        } catch (e) {
          err = e;
        }
        expect(err).toBeInstanceOf(ConflictError);
        expect((err as ConflictError).path).toEqual(['events', expected.at, 'id']);
        expect((err as ConflictError).details).toMatchObject({ firstIndex: expected.first });
      }),
      { numRuns: 300 },
    );
  });

  it('ids made to collide (all in one slot) are still told apart, and a duplicate after the hand-over is found', () => {
    // 300 events: a table of 1,024 slots; ids whose hash has the same low 10 bits.
    const colliding: string[] = [];
    for (let k = 0; colliding.length < 300; k++) {
      const id = `c${k}`;
      if ((fnv(id) & 1023) === 7) colliding.push(id);
    }
    const events = colliding.map((id): QuotaEvent => ({ id, at }));
    const r = evaluateQuota({ contract: { planId: 'oas-plan-b' }, month: '2026-11', events, traceEvents: false });
    expect([r.used, r.over.length]).toEqual([300, 290]);
    let err: unknown;
    try {
      evaluateQuota({ contract: { planId: 'oas-plan-b' }, month: '2026-11', events: [...events.slice(0, 299), { id: colliding[3]!, at }] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConflictError);
    expect((err as ConflictError).path).toEqual(['events', 299, 'id']);
    expect((err as ConflictError).details).toMatchObject({ firstIndex: 3 });
  });
});

describe('the trace, built on first read', () => {
  const input = {
    contract: { planId: 'oas-plan-a' },
    month: '2026-11',
    events: [
      { id: 'x', at: '2026-10-31T23:59' },
      { id: 'b', at: '2026-11-02T10:00' },
      { id: 'a', at: '2026-11-02T01:00:00Z' },
    ],
  };
  const expectedTrace = [
    { id: 'a', at: '2026-11-02T10:00:00+09:00', month: '2026-11', units: 1, usedAfter: 1, status: 'within-limit' },
    { id: 'b', at: '2026-11-02T10:00:00+09:00', month: '2026-11', units: 1, usedAfter: 2, status: 'within-limit' },
    { id: 'x', at: '2026-10-31T23:59:00+09:00', month: '2026-10', units: 0, usedAfter: null, status: 'outside-month' },
  ];

  it('is the same value read directly, in JSON and with explain', () => {
    expect(evaluateQuota(input).trace).toEqual(expectedTrace);
    expect(JSON.parse(JSON.stringify(evaluateQuota(input))).trace).toEqual(expectedTrace);
    expect(Object.keys(evaluateQuota(input))).toEqual(['planId', 'month', 'limit', 'used', 'remaining', 'over', 'trace', 'reasons']);
    expect(evaluateQuota({ ...input, explain: true }).trace).toEqual(expectedTrace);
    expect({ ...evaluateQuota(input) }.trace).toEqual(expectedTrace);
  });

  it('is read the same twice, and behaves as a data property', () => {
    const r = evaluateQuota(input);
    const first = r.trace;
    expect(r.trace).toBe(first);
    expect(Object.getOwnPropertyDescriptor(r, 'trace')).toMatchObject({ value: first, writable: true, enumerable: true });
    const s = evaluateQuota(input) as { trace: unknown };
    s.trace = 'replaced';
    expect(s.trace).toBe('replaced');
  });

  it('still answers (and raises no TypeError) when the caller freezes or seals the result before reading it', () => {
    const frozen = Object.freeze(evaluateQuota(input));
    expect(frozen.trace).toEqual(expectedTrace);
    expect(frozen.trace).toBe(frozen.trace);
    expect(() => structuredClone(frozen)).not.toThrow();
    expect(JSON.parse(JSON.stringify(frozen)).trace).toEqual(expectedTrace);
    const sealed = Object.seal(evaluateQuota(input)) as { trace: unknown };
    sealed.trace = 'ignored once sealed';
    expect(sealed.trace).toEqual(expectedTrace);
    const readThenFrozen = evaluateQuota(input);
    const first = readThenFrozen.trace;
    expect(Object.freeze(readThenFrozen).trace).toBe(first);
  });

  it('is empty (and built at once) without traceEvents', () => {
    const r = evaluateQuota({ ...input, traceEvents: false });
    expect(Object.getOwnPropertyDescriptor(r, 'trace')).toMatchObject({ value: [] });
  });
});
