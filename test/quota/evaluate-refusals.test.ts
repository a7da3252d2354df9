/**
 * evaluateQuota and evaluateQuotaMonths: every refusal word for word (code, path, message, details), and the months
 * evaluateQuotaMonths picks when `from` or `to` is not given ("First month: default the contract's start month, else
 * the earliest event's month"; "Last month, inclusive: default the latest event's month, at least `from`"; events
 * outside the contract or the months are ignored, in input order, or refused with `outsideEvents: 'reject'`,
 * interpretation quota-outside-events).
 */
import { describe, expect, it } from 'vitest';
import { evaluateQuota, evaluateQuotaMonths, type EvaluateQuotaInput } from '../../src/quota/index.js';
import { thrown } from '../helpers/values.js';

const refusal = (fn: () => unknown) => {
  const e = thrown(fn);
  return { code: e.code, path: e.path, message: e.message, details: e.details };
};
const A = { planId: 'oas-plan-a' };
const quota = (more: Partial<EvaluateQuotaInput>) => () => evaluateQuota({ contract: A, month: '2026-11', events: [], ...more });
const outside = { interpretation: 'quota-outside-events' };

describe('evaluateQuota refuses', () => {
  it.each<[string, () => unknown, unknown]>([
    ['an array', () => evaluateQuota([] as never), { code: 'invalid_input', path: [], message: 'Expected an input object { contract, events, … }', details: { value: [] } }],
    [
      'an invalid rollover policy',
      quota({ rollover: { kind: 'carry-over', maxUnitsPerMonth: 0, validForMonths: 1 } as never }),
      {
        code: 'invalid_input',
        path: ['rollover', 'maxUnitsPerMonth'],
        message: "rollover.maxUnitsPerMonth: Invalid rollover policy: Too small: expected number to be >=1 (expected { kind: 'none' } or { kind: 'carry-over', maxUnitsPerMonth, validForMonths })",
        details: { value: { kind: 'carry-over', maxUnitsPerMonth: 0, validForMonths: 1 } },
      },
    ],
    ['an unknown outsideEvents', quota({ outsideEvents: 'drop' as never }), { code: 'invalid_input', path: ['outsideEvents'], message: "outsideEvents: Expected 'ignore' or 'reject'", details: { value: 'drop' } }],
    ['a traceEvents that is not a boolean', quota({ traceEvents: 'yes' as never }), { code: 'invalid_input', path: ['traceEvents'], message: 'traceEvents: Expected a boolean', details: { value: 'yes' } }],
    [
      'a month before the contract',
      quota({ contract: { ...A, start: '2026-09-01' }, month: '2026-08' }),
      { code: 'out_of_range', path: ['month'], message: 'month: The contract runs from 2026-09 to (no end given); 2026-08 is outside it', details: { month: '2026-08' } },
    ],
    [
      'the month of an exclusive end on its 1st',
      quota({ contract: { ...A, start: '2026-09-15', end: '2027-03-01' }, month: '2027-03' }),
      { code: 'out_of_range', path: ['month'], message: 'month: The contract runs from 2026-09 to 2027-02; 2027-03 is outside it', details: { month: '2027-03' } },
    ],
    [
      'a month after the contract, which gives no start',
      quota({ contract: { ...A, end: '2027-03-02' }, month: '2027-04' }),
      { code: 'out_of_range', path: ['month'], message: 'month: The contract runs from (no start given) to 2027-03; 2027-04 is outside it', details: { month: '2027-04' } },
    ],
    [
      'a carry-over policy of 1 without the contract start',
      quota({ rollover: { kind: 'carry-over', maxUnitsPerMonth: 1, validForMonths: 1 } }),
      {
        code: 'invalid_input',
        path: ['contract', 'start'],
        message:
          "contract.start: A carry-over policy (carry-over of up to 1 unused unit a month, usable for 1 following month) needs the contract's start day: unused units accumulate from the first month of the contract",
        details: {},
      },
    ],
    [
      'a carry-over policy of 2 for 3 months without the contract start',
      quota({ rollover: { kind: 'carry-over', maxUnitsPerMonth: 2, validForMonths: 3 } }),
      {
        code: 'invalid_input',
        path: ['contract', 'start'],
        message:
          "contract.start: A carry-over policy (carry-over of up to 2 unused units a month, usable for 3 following months) needs the contract's start day: unused units accumulate from the first month of the contract",
        details: {},
      },
    ],
    [
      "an event in another month, with outsideEvents: 'reject'",
      quota({ events: [{ id: 'a', at: '2026-11-02T10:00' }, { id: 'b', at: '2026-10-31T23:59' }], outsideEvents: 'reject' }),
      {
        code: 'out_of_range',
        path: ['events', 1, 'at'],
        message: "events[1].at: Event \"b\" at 2026-10-31T23:59:00+09:00 is in 2026-10, outside the month(s) evaluated (outsideEvents: 'reject')",
        details: { id: 'b', at: '2026-10-31T23:59:00+09:00', ...outside },
      },
    ],
    [
      "an event before the contract's start, with outsideEvents: 'reject'",
      quota({ contract: { ...A, start: '2026-11-05' }, events: [{ id: 'a', at: '2026-11-02T10:00' }], outsideEvents: 'reject' }),
      {
        code: 'out_of_range',
        path: ['events', 0, 'at'],
        message: "events[0].at: Event \"a\" at 2026-11-02T10:00:00+09:00 is outside the contract (outsideEvents: 'reject')",
        details: { id: 'a', at: '2026-11-02T10:00:00+09:00', ...outside },
      },
    ],
  ])('%s', (_, fn, expected) => {
    expect(refusal(fn)).toStrictEqual(expected);
  });
});

describe('evaluateQuotaMonths refuses', () => {
  it('a last month before the first', () => {
    expect(refusal(() => evaluateQuotaMonths({ contract: A, events: [], from: '2026-11', to: '2026-10' }))).toStrictEqual({
      code: 'conflict',
      path: ['to'],
      message: 'to: The last month 2026-10 is before the first 2026-11',
      details: { from: '2026-11', to: '2026-10' },
    });
  });
  it('a first or last month outside the contract, at its own field', () => {
    expect(refusal(() => evaluateQuotaMonths({ contract: { ...A, start: '2026-10-01' }, from: '2026-09', events: [] }))).toStrictEqual({
      code: 'out_of_range',
      path: ['from'],
      message: 'from: The contract runs from 2026-10 to (no end given); 2026-09 is outside it',
      details: { month: '2026-09' },
    });
    expect(refusal(() => evaluateQuotaMonths({ contract: { ...A, end: '2026-10-01' }, to: '2026-10', events: [] }))).toStrictEqual({
      code: 'out_of_range',
      path: ['to'],
      message: 'to: The contract runs from (no start given) to 2026-09; 2026-10 is outside it',
      details: { month: '2026-10' },
    });
  });
  it("with nothing to evaluate, an event outside the contract (outsideEvents: 'reject')", () => {
    const input = { contract: { ...A, end: '2026-01-01' }, events: [{ id: 'z', at: '2026-11-02T10:00' }] };
    expect(evaluateQuotaMonths(input)).toStrictEqual({ planId: 'oas-plan-a', from: null, to: null, months: [], ignored: ['z'] });
    expect(refusal(() => evaluateQuotaMonths({ ...input, outsideEvents: 'reject' }))).toStrictEqual({
      code: 'out_of_range',
      path: ['events', 0, 'at'],
      message: "events[0].at: Event \"z\" at 2026-11-02T10:00:00+09:00 is outside the contract (outsideEvents: 'reject')",
      details: { id: 'z', at: '2026-11-02T10:00:00+09:00', ...outside },
    });
  });
  it("an event after the last month asked for (outsideEvents: 'reject')", () => {
    const events = [{ id: 'b', at: '2026-12-02T10:00' }, { id: 'a', at: '2026-09-02T10:00' }];
    expect(refusal(() => evaluateQuotaMonths({ contract: A, to: '2026-10', events, outsideEvents: 'reject' }))).toStrictEqual({
      code: 'out_of_range',
      path: ['events', 0, 'at'],
      message: "events[0].at: Event \"b\" at 2026-12-02T10:00:00+09:00 is in 2026-12, outside the month(s) evaluated (outsideEvents: 'reject')",
      details: { id: 'b', at: '2026-12-02T10:00:00+09:00', ...outside },
    });
  });
});

describe('evaluateQuotaMonths: the months evaluated when from or to is not given', () => {
  const brief = (r: ReturnType<typeof evaluateQuotaMonths>) => ({ from: r.from, to: r.to, months: r.months.map((m) => [m.month, m.used]), ignored: r.ignored });
  const events = [{ id: 'b', at: '2026-12-02T10:00' }, { id: 'a', at: '2026-09-02T10:00' }, { id: 'c', at: '2026-10-02T10:00' }];
  it('no contract days: from the earliest event to the latest, months without events included', () => {
    expect(brief(evaluateQuotaMonths({ contract: A, events }))).toEqual({
      from: '2026-09',
      to: '2026-12',
      months: [['2026-09', 1], ['2026-10', 1], ['2026-11', 0], ['2026-12', 1]],
      ignored: [],
    });
  });
  it("from the contract's start to the latest event within the contract; the others ignored in input order", () => {
    expect(brief(evaluateQuotaMonths({ contract: { ...A, start: '2026-10-01', end: '2026-12-01' }, events }))).toEqual({
      from: '2026-10',
      to: '2026-10',
      months: [['2026-10', 1]],
      ignored: ['b', 'a'],
    });
  });
  it('a from after every event: that month alone', () => {
    expect(brief(evaluateQuotaMonths({ contract: A, from: '2027-01', events: [{ id: 'b', at: '2026-12-02T10:00' }] }))).toEqual({
      from: '2027-01',
      to: '2027-01',
      months: [['2027-01', 0]],
      ignored: ['b'],
    });
  });
  it('a to before the latest event: from the earliest event', () => {
    expect(brief(evaluateQuotaMonths({ contract: A, to: '2026-10', events: events.slice(0, 2) }))).toEqual({
      from: '2026-09',
      to: '2026-10',
      months: [['2026-09', 1], ['2026-10', 0]],
      ignored: ['b'],
    });
  });
});
