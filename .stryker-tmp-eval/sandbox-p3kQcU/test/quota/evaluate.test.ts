// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { evaluateQuota, evaluateQuotaMonths, type QuotaEvent } from '../../src/quota/index.js';

const ev = (id: string, at: string, questions?: number): QuotaEvent => (questions === undefined ? { id, at } : { id, at, questions });
/** n events on one day of a month, one minute apart, ids e00, e01, … */
const many = (n: number, day: string, prefix = 'e'): QuotaEvent[] =>
  Array.from({ length: n }, (_, i) => ev(`${prefix}${String(i).padStart(2, '0')}`, `${day}T10:${String(i).padStart(2, '0')}`));

describe('month edges in Japan time', () => {
  const planA = { planId: 'oas-plan-a' };
  it('23:30 on the last day given in UTC (14:30Z) belongs to that Japanese month', () => {
    const events = [ev('late', '2026-11-30T14:30:00Z')];
    expect(evaluateQuota({ contract: planA, month: '2026-11', events }).used).toBe(1);
    expect(evaluateQuota({ contract: planA, month: '2026-12', events }).used).toBe(0);
  });
  it('00:30 on the 1st in Japan (15:30Z the day before) belongs to the new month', () => {
    const events = [ev('early', '2026-11-30T15:30:00Z')];
    expect(evaluateQuota({ contract: planA, month: '2026-11', events }).used).toBe(0);
    expect(evaluateQuota({ contract: planA, month: '2026-12', events }).used).toBe(1);
  });
  it('exactly 00:00 Japan time on the 1st starts the month (start inclusive, end exclusive)', () => {
    const events = [ev('edge', '2026-11-30T15:00:00Z'), ev('before', '2026-11-30T14:59:59Z')];
    expect(evaluateQuota({ contract: planA, month: '2026-12', events }).trace.filter((t) => t.status === 'within-limit').map((t) => t.id)).toEqual(['edge']);
    expect(evaluateQuota({ contract: planA, month: '2026-11', events }).trace.filter((t) => t.status === 'within-limit').map((t) => t.id)).toEqual(['before']);
  });
  it('an offset from another zone is honoured (New York evening = next morning in Tokyo)', () => {
    const events = [ev('ny', '2026-11-30T10:00:00-05:00')]; // 2026-12-01T00:00+09:00
    expect(evaluateQuota({ contract: planA, month: '2026-12', events }).used).toBe(1);
  });
  it('a date-time without offset is Japan time', () => {
    const events = [ev('jst', '2026-11-30T23:59:59')];
    expect(evaluateQuota({ contract: planA, month: '2026-11', events }).used).toBe(1);
  });
  it('year end: 2026-12-31 23:59 JST counts in December, 2027-01-01 00:00 JST in January', () => {
    const events = [ev('dec', '2026-12-31T14:59:00Z'), ev('jan', '2026-12-31T15:00:00Z'), ...many(5, '2026-12-10', 'd')];
    const dec = evaluateQuota({ contract: planA, month: '2026-12', events });
    expect([dec.used, dec.over]).toEqual([6, ['dec']]);
    const jan = evaluateQuota({ contract: planA, month: '2027-01', events });
    expect([jan.used, jan.remaining, jan.over]).toEqual([1, 4, []]);
    expect(jan.reasons[0]!.message).toContain('2027-01-01T00:00:00+09:00');
  });
  it('a Date is read as its instant, in Japan time', () => {
    const events = [{ id: 'd', at: new Date(Date.UTC(2026, 10, 30, 14, 30)) }];
    expect(evaluateQuota({ contract: planA, month: '2026-11', events }).trace[0]!.at).toBe('2026-11-30T23:30:00+09:00');
  });
  it('a leap day counts in February', () => {
    expect(evaluateQuota({ contract: planA, month: '2028-02', events: [ev('leap', '2028-02-29T23:00')] }).used).toBe(1);
  });
});

describe('limit, used, remaining, over', () => {
  it('within the limit: remaining counts down, nothing over', () => {
    const r = evaluateQuota({ contract: { planId: 'oas-plan-b' }, month: '2026-11', events: many(7, '2026-11-04') });
    expect([r.limit.total, r.used, r.remaining, r.over]).toEqual([10, 7, 3, []]);
    expect(r.reasons.at(-1)!.rule).toBe('quota.within-limit');
  });
  it('exactly at the limit: remaining 0, nothing over', () => {
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events: many(5, '2026-11-04') });
    expect([r.used, r.remaining, r.over]).toEqual([5, 0, []]);
  });
  it('over: the events past the limit in chronological order, whatever the input order', () => {
    const events = many(8, '2026-11-04').reverse();
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events });
    expect([r.used, r.remaining, r.over]).toEqual([8, 0, ['e05', 'e06', 'e07']]);
    expect(r.reasons.at(-1)).toMatchObject({ rule: 'quota.over-limit' });
    expect(r.reasons.at(-1)!.message).toContain('e05, e06, e07');
  });
  it('ties at the same instant are ordered by id', () => {
    const events = ['f', 'b', 'd', 'a', 'c', 'e', 'g'].map((id) => ev(id, '2026-11-04T10:00'));
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events });
    expect(r.over).toEqual(['f', 'g']);
    expect(r.trace.map((t) => t.id)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g']);
  });
  it('the same instant written in different zones is the same instant (tie broken by id)', () => {
    const events = [...many(4, '2026-11-03'), ev('z', '2026-11-04T01:00:00Z'), ev('y', '2026-11-04T10:00:00+09:00')];
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events });
    expect(r.over).toEqual(['z']);
  });
  it('trace gives each event in Japan time with the running count', () => {
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events: [ev('a', '2026-11-03T01:00:00Z')] });
    expect(r.trace).toEqual([{ id: 'a', at: '2026-11-03T10:00:00+09:00', month: '2026-11', units: 1, usedAfter: 1, status: 'within-limit' }]);
  });
});

describe('001 問い合わせ回数追加: the start month only, never carried over', () => {
  const contract = { planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-11-20' }] };
  it('the start month: 20 + 20 = 40, with both parts sourced', () => {
    const r = evaluateQuota({ contract, month: '2026-11', events: [...many(30, '2026-11-05'), ...many(11, '2026-11-25', 'x')] });
    expect(r.limit.total).toBe(40);
    expect(r.limit.parts.map((p) => [p.kind, p.units])).toEqual([
      ['plan', 20],
      ['add-on', 20],
    ]);
    expect(r.limit.parts[1]).toMatchObject({ optionId: 'itss-standard-extra-inquiries', optionStart: '2026-11-20', factId: 'itss-standard-extra-inquiries-add-on' });
    expect([r.used, r.remaining, r.over]).toEqual([41, 0, ['x10']]);
    expect(r.reasons.find((x) => x.rule === 'quota.add-on-applies')?.interpretation).toBe('quota-add-on-month');
  });
  it('the month after: back to 20, unused added inquiries not carried', () => {
    const r = evaluateQuota({ contract, month: '2026-12', events: many(21, '2026-12-05') });
    expect([r.limit.total, r.used, r.over]).toEqual([20, 21, ['e20']]);
    expect(r.reasons.find((x) => x.rule === 'quota.add-on-other-month')?.message).toContain('never carried over');
  });
  it('the month before the option: 20', () => {
    expect(evaluateQuota({ contract, month: '2026-10', events: [] }).limit.total).toBe(20);
  });
  it('the start day is a Japan date: an option starting on the 1st adds in that month', () => {
    const c = { planId: 'itss-standard-anshin-2', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2027-01-01' }] };
    expect(evaluateQuota({ contract: c, month: '2026-12', events: [] }).limit.total).toBe(50);
    expect(evaluateQuota({ contract: c, month: '2027-01', events: [] }).limit.total).toBe(70);
  });
  it('1契約ごと: two option contracts started in the same month add 20 each; in different months, 20 in each', () => {
    const same = { planId: 'itss-standard-anshin-1', options: [
      { optionId: 'itss-standard-extra-inquiries', start: '2026-11-02' },
      { optionId: 'itss-standard-extra-inquiries', start: '2026-11-20' },
    ] };
    expect(evaluateQuota({ contract: same, month: '2026-11', events: [] }).limit.total).toBe(60);
    const apart = { planId: 'itss-standard-anshin-1', options: [
      { optionId: 'itss-standard-extra-inquiries', start: '2026-11-02' },
      { optionId: 'itss-standard-extra-inquiries', start: '2026-12-02' },
    ] };
    expect(evaluateQuota({ contract: apart, month: '2026-11', events: [] }).limit.total).toBe(40);
    expect(evaluateQuota({ contract: apart, month: '2026-12', events: [] }).limit.total).toBe(40);
    expect(evaluateQuota({ contract: apart, month: '2027-01', events: [] }).limit.total).toBe(20);
  });
  it('the add-on counts for the whole start month, including inquiries before the option day', () => {
    const r = evaluateQuota({ contract, month: '2026-11', events: many(40, '2026-11-01') });
    expect(r.over).toEqual([]);
  });
});

describe('events outside the month or the contract', () => {
  const events = [ev('oct', '2026-10-15T10:00'), ev('nov', '2026-11-15T10:00'), ev('dec', '2026-12-15T10:00')];
  it('are ignored by default, listed in the trace and counted in a reason', () => {
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events });
    expect(r.used).toBe(1);
    expect(r.trace.map((t) => [t.id, t.status])).toEqual([
      ['nov', 'within-limit'],
      ['oct', 'outside-month'],
      ['dec', 'outside-month'],
    ]);
    expect(r.reasons.find((x) => x.rule === 'quota.events-outside-month-ignored')).toMatchObject({ interpretation: 'quota-outside-events' });
  });
  it("are rejected with outsideEvents: 'reject', naming the first one", () => {
    expect(() => evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events, outsideEvents: 'reject' })).toThrow(
      expect.objectContaining({ code: 'out_of_range', path: ['events', 0, 'at'] }),
    );
  });
  it('events before the contract start or from its end (exclusive) are outside the contract', () => {
    const contract = { planId: 'oas-plan-a', start: '2026-11-10', end: '2026-11-20' };
    const r = evaluateQuota({
      contract,
      month: '2026-11',
      events: [ev('before', '2026-11-09T23:59'), ev('first', '2026-11-10T00:00'), ev('last', '2026-11-19T23:59'), ev('after', '2026-11-20T00:00')],
    });
    expect(r.used).toBe(2);
    expect(r.trace.map((t) => [t.id, t.status])).toEqual([
      ['before', 'outside-contract'],
      ['first', 'within-limit'],
      ['last', 'within-limit'],
      ['after', 'outside-contract'],
    ]);
    expect(r.reasons.map((x) => x.rule)).toContain('quota.events-outside-contract-ignored');
    expect(() => evaluateQuota({ contract, month: '2026-11', events: [ev('before', '2026-11-09T23:59')], outsideEvents: 'reject' })).toThrow(
      expect.objectContaining({ code: 'out_of_range', path: ['events', 0, 'at'] }),
    );
  });
  it('the first month of a contract gets the full limit (no proration is stated)', () => {
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a', start: '2026-11-28' }, month: '2026-11', events: many(5, '2026-11-29') });
    expect([r.limit.total, r.over]).toEqual([5, []]);
    expect(r.reasons.find((x) => x.rule === 'quota.partial-month-full-limit')?.interpretation).toBe('quota-partial-month-full-limit');
  });
});

describe('partial events (several questions straddling the limit)', () => {
  it('a user catalog with a helpdesk limit: an inquiry only partly covered is past the limit', async () => {
    const { bundledFixtures } = await import('../../src/catalog/index.js');
    const { loadCatalog } = await import('../../src/schemas/index.js');
    const docs = structuredClone(bundledFixtures) as Array<Record<string, any>>;
    const d002 = docs.find((d) => d.document.id === 'helpdesk-support')!;
    d002.quotas.inquiryLimits[0].limitPerMonth = 3;
    const catalog = loadCatalog({ documents: docs });
    const r = evaluateQuota({
      catalog,
      contract: { planId: 'helpdesk-support' },
      month: '2026-11',
      events: [ev('a', '2026-11-02T10:00', 2), ev('b', '2026-11-03T10:00', 2), ev('c', '2026-11-04T10:00')],
    });
    expect([r.limit.total, r.used, r.remaining, r.over]).toEqual([3, 5, 0, ['b', 'c']]);
    expect(r.reasons.at(-1)!.interpretation).toBe('quota-partial-event-over');
  });
});

describe('rollover: carry-over as data', () => {
  const contract = { planId: 'oas-plan-a', start: '2026-01-10' };
  const rollover = { kind: 'carry-over', maxUnitsPerMonth: 3, validForMonths: 2 } as const;
  const events = [ev('feb', '2026-02-03T10:00'), ...many(9, '2026-03-02', 'm')];
  it('carries up to N unused units of a month for M months, oldest used first', () => {
    const r = evaluateQuotaMonths({ contract, rollover, events, to: '2026-06' });
    const rows = r.months.map((m) => [m.month, m.limit.total, m.used, m.remaining]);
    expect(rows).toEqual([
      ['2026-01', 5, 0, 5],
      ['2026-02', 8, 1, 7], // 3 from January
      ['2026-03', 10, 9, 1], // 2 left from January (usable through March) + 3 from February
      ['2026-04', 6, 0, 6], // both lots used up in March; March's own 5 had 1 left → carried
      ['2026-05', 9, 0, 9], // 1 from March (through May) + 3 from April
      ['2026-06', 11, 0, 11], // March's lapsed: 3 from April + 3 from May
    ]);
  });
  it('evaluateQuota with carry-over reads earlier months from the contract start', () => {
    const r = evaluateQuota({ contract, rollover, events, month: '2026-03' });
    expect(r.limit.parts.map((p) => [p.kind, p.units, p.kind === 'carried-over' ? p.fromMonth : null])).toEqual([
      ['plan', 5, null],
      ['carried-over', 2, '2026-01'],
      ['carried-over', 3, '2026-02'],
    ]);
    expect(r.reasons.map((x) => x.rule)).toContain('quota.rollover-given');
  });
  it('needs the contract start', () => {
    expect(() => evaluateQuota({ contract: { planId: 'oas-plan-a' }, rollover, events, month: '2026-03' })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: ['contract', 'start'] }),
    );
  });
  it('add-on units (繰り越し不可) are never carried, even under a carry-over policy', () => {
    const c = { planId: 'itss-standard-anshin-1', start: '2026-11-01', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-11-05' }] };
    const r = evaluateQuota({ contract: c, rollover: { kind: 'carry-over', maxUnitsPerMonth: 100, validForMonths: 1 }, events: [], month: '2026-12' });
    expect(r.limit.total).toBe(40); // 20 + the 20 unused base units of November, not the add-on's 20
  });
  it("rollover { kind: 'none' } given explicitly is the document's policy", () => {
    const a = evaluateQuotaMonths({ contract, events, rollover: { kind: 'none' } });
    const b = evaluateQuotaMonths({ contract, events });
    expect(a.months.map((m) => [m.limit.total, m.used, m.over])).toEqual(b.months.map((m) => [m.limit.total, m.used, m.over]));
  });
});

describe('evaluateQuotaMonths (batch path)', () => {
  it('each month equals evaluateQuota for that month', () => {
    const contract = { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension', start: '2026-10-05' }] };
    const events = [...many(7, '2026-10-02'), ...many(3, '2026-11-02', 'n'), ev('late', '2026-12-31T14:30:00Z')];
    const all = evaluateQuotaMonths({ contract, events, traceEvents: true });
    expect(all.from).toBe('2026-10');
    expect(all.to).toBe('2026-12');
    for (const m of all.months) {
      const one = evaluateQuota({ contract, events, month: m.month });
      expect(m.limit).toEqual(one.limit);
      expect([m.used, m.remaining, m.over]).toEqual([one.used, one.remaining, one.over]);
      expect(m.trace).toEqual(one.trace.filter((t) => t.month === m.month));
    }
  });
  it('defaults: from the contract start month to the latest event; nothing to evaluate gives no months', () => {
    expect(evaluateQuotaMonths({ contract: { planId: 'oas-plan-a', start: '2026-09-30' }, events: [ev('a', '2026-11-01T10:00')] }).months.map((m) => m.month)).toEqual([
      '2026-09',
      '2026-10',
      '2026-11',
    ]);
    expect(evaluateQuotaMonths({ contract: { planId: 'oas-plan-a' }, events: [] })).toEqual({ planId: 'oas-plan-a', from: null, to: null, months: [], ignored: [] });
  });
  it('an explicit range ignores the events outside it, and lists them', () => {
    const r = evaluateQuotaMonths({ contract: { planId: 'oas-plan-a' }, events: [ev('a', '2026-10-01T10:00'), ev('b', '2026-11-01T10:00')], from: '2026-11', to: '2026-11' });
    expect(r.months.map((m) => m.used)).toEqual([1]);
    expect(r.ignored).toEqual(['a']);
  });
});

describe('inputs are not mutated', () => {
  it('evaluateQuota and evaluateQuotaMonths leave contract, events and rollover as they were', () => {
    const input = {
      contract: { planId: 'itss-standard-anshin-1', start: '2026-01-01', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-11-05' }] },
      month: '2026-11',
      events: [ev('b', '2026-11-05T10:00'), ev('a', '2026-11-04T10:00', 2)],
      rollover: { kind: 'carry-over' as const, maxUnitsPerMonth: 2, validForMonths: 1 },
    };
    const copy = structuredClone(input);
    evaluateQuota(input);
    evaluateQuotaMonths(input);
    expect(input).toEqual(copy);
  });
});

describe('results are plain JSON', () => {
  it('round-trips through JSON unchanged', () => {
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events: many(6, '2026-11-02') });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
