/**
 * invoiceTotals and allocateYen: every refusal with its class, code, path, message and details; the rate checks at
 * their edges (0–100, at most 4 decimals); the distinct-rate limit; the reasons of each basis with their passages
 * (消費税法施行令 第70条の10, ref:shohizei-rei-70-10); the trace of several rates.
 */
import { describe, expect, it } from 'vitest';
import { allocateYen, consumptionTaxTable, invoiceTotals, InvalidInputError, OutOfRangeError, type InvoiceTotalsInput } from '../../src/index.js';
import { textOf } from '../helpers/passage.js';

function thrown(f: () => unknown): InvalidInputError {
  try {
    f();
  } catch (e) {
    return e as InvalidInputError;
  }
  throw new Error('expected a refusal');
}

function expectRefusal(f: () => unknown, cls: typeof InvalidInputError | typeof OutOfRangeError, path: (string | number)[], message: string, details: object = {}) {
  const e = thrown(f);
  expect(e).toBeInstanceOf(cls);
  expect(e.path).toEqual(path);
  expect(e.message).toBe(message);
  expect(e.details).toEqual(details);
}

const totals = (lines: unknown[], rest: object = {}) => invoiceTotals({ basis: 'tax-excluded', lines, ...rest } as InvoiceTotalsInput);

describe('invoiceTotals refusals, word for word', () => {
  it('the input and its lines', () => {
    expectRefusal(() => invoiceTotals(null as never), InvalidInputError, [], 'Expected { basis, lines }', { value: 'null' });
    expectRefusal(() => invoiceTotals(5 as never), InvalidInputError, [], 'Expected { basis, lines }', { value: '5' });
    expectRefusal(() => invoiceTotals({ basis: 'tax-excluded', lines: 'x' } as never), InvalidInputError, ['lines'], 'lines: lines must be an array');
    expectRefusal(() => totals([5]), InvalidInputError, ['lines', 0], 'lines[0]: Expected a line { amountYen, ratePercent }');
    expectRefusal(() => totals([{ amountYen: 1, ratePercent: 10 }, null]), InvalidInputError, ['lines', 1], 'lines[1]: Expected a line { amountYen, ratePercent }');
    expectRefusal(() => totals([{ amountYen: 1, ratePercent: 10, id: 5 }]), InvalidInputError, ['lines', 0, 'id'], 'lines[0].id: id must be a string');
    expectRefusal(() => totals([{ amountYen: 1, ratePercent: 10, on: '2020-01-01' }]), InvalidInputError, ['lines', 0, 'on'], 'lines[0].on: Give either ratePercent or on, not both');
    expectRefusal(() => totals([{ amountYen: 1 }]), InvalidInputError, ['lines', 0, 'ratePercent'], 'lines[0].ratePercent: A line needs its ratePercent (or on, a date whose rate applies)');
    expectRefusal(() => totals([{ amountYen: 1, on: '2020-01-01', rateKind: 'x' }]), InvalidInputError, ['lines', 0, 'rateKind'], 'lines[0].rateKind: Rate kind must be \'standard\' or \'reduced\', received "x"', { value: 'x' });
    expectRefusal(() => totals([], { explain: 1 }), InvalidInputError, ['explain'], 'explain: explain must be a boolean', { value: '1' });
  });

  it('ratePercent: a number from 0 to 100 with at most 4 decimals', () => {
    for (const r of [-1, -0.0001, 100.0001, 100.00001, 10.12345, 1e-7, Infinity, -Infinity, Number.NaN, '10', null, true]) {
      const text = String(r);
      expectRefusal(() => totals([{ amountYen: 1, ratePercent: r }]), InvalidInputError, ['lines', 0, 'ratePercent'], `lines[0].ratePercent: ratePercent must be a number from 0 to 100 with at most 4 decimals, received ${text}`, { value: text });
    }
    // The edges and four decimals are accepted.
    for (const r of [0, 100, 0.0001, 99.9999, 10.1234, 10.5, 8]) expect(totals([{ amountYen: 10_000, ratePercent: r }]).byRate[0]!.ratePercent).toBe(r);
    expect(totals([{ amountYen: 10_000, ratePercent: 100 }]).taxYen).toBe(10_000);
    expect(totals([{ amountYen: 10_000, ratePercent: 0.0001 }], { rounding: 'ceil' }).taxYen).toBe(1);
  });

  it('an amount beyond the exact numbers on the way out is refused at lines', () => {
    const max = Number.MAX_SAFE_INTEGER;
    expectRefusal(() => totals([{ amountYen: max, ratePercent: 10 }, { amountYen: max, ratePercent: 10 }]), OutOfRangeError, ['lines'], 'lines: Yen amount 18014398509481982 cannot be returned as an exact number', { value: '18014398509481982' });
    // One line at the largest amount and 0%: exact.
    expect(totals([{ amountYen: max, ratePercent: 0 }]).taxIncludedYen).toBe(max);
  });

  it('more than 1,000 distinct rates: refused at the first line beyond the limit (its ratePercent, or its on)', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => ({ amountYen: 1, ratePercent: i / 100 }));
    // 1,000 distinct rates, each seen again (not counted twice): accepted.
    const r = totals([...lines, ...lines]);
    expect(r.byRate).toHaveLength(1000);
    expect(r.byRate[0]!.ratePercent).toBe(9.99);
    expect(r.byRate.at(-1)!.ratePercent).toBe(0);
    expectRefusal(() => totals([...lines, { amountYen: 1, ratePercent: 50 }]), OutOfRangeError, ['lines', 1000, 'ratePercent'], 'lines[1000].ratePercent: More than 1000 distinct rates in one invoice', { max: 1000 });
    // 10% and 8% by date are rates of their own: 10% is not among 0–9.99.
    expectRefusal(() => totals([...lines, { amountYen: 1, on: '2020-01-01' }]), OutOfRangeError, ['lines', 1000, 'on'], 'lines[1000].on: More than 1000 distinct rates in one invoice', { max: 1000 });
    // A rate seen before is no new rate, even after the limit is reached.
    expect(totals([...lines, { amountYen: 5, ratePercent: 0.5 }]).byRate).toHaveLength(1000);
  });

  it('a line by date and a line by the same rate share one rate', () => {
    const r = totals([{ amountYen: 1000, on: '2020-01-01' }, { amountYen: 1000, ratePercent: 10 }, { amountYen: 1000, on: '2020-01-01', rateKind: 'reduced' }, { amountYen: 1000, ratePercent: 8 }]);
    expect(r.byRate.map((g) => [g.ratePercent, g.lineCount, g.taxYen])).toEqual([
      [10, 2, 200],
      [8, 2, 160],
    ]);
  });
});

describe('invoiceTotals reasons and trace', () => {
  const rules = (basis: 'tax-excluded' | 'tax-included', rounding?: 'floor' | 'ceil' | 'half-up') =>
    invoiceTotals({ basis, lines: [{ amountYen: 1000, ratePercent: 10 }], ...(rounding ? { rounding } : {}) }).reasons;

  it('tax-excluded: once per rate (with the rounding mode) and the allocation; tax-included adds the tax in a tax-included total', () => {
    for (const mode of ['floor', 'ceil', 'half-up'] as const) {
      const ex = rules('tax-excluded', mode);
      expect(ex.map((r) => r.rule)).toEqual(['invoice.tax-once-per-rate', 'invoice.line-allocation']);
      expect(ex[0]!.message).toBe(`Tax is computed once per rate from the unrounded sum of the lines and rounded once (${mode})`);
      expect(ex[0]!.factId).toBe('jp-qualified-invoice-rounding');
      expect(ex[0]!.source?.document).toBe('ref:shohizei-rei-70-10');
      expect(textOf(ex[0]!.source?.passage)).toContain('Fractions below ¥1 are rounded once per invoice per tax rate');
      expect(ex[1]!.message).toBe("Each rate's tax is shared among its lines by largest remainder; the shares add up to the rate's tax");
      const inc = rules('tax-included', mode);
      expect(inc.map((r) => r.rule)).toEqual(['invoice.tax-once-per-rate', 'invoice.line-allocation', 'tax.from-tax-included']);
      expect(inc[0]!.message).toBe(ex[0]!.message);
      expect(inc[2]!.message).toBe('The tax contained in a tax-included total is total × rate/(100 + rate)');
      expect(inc[2]!.factId).toBe('jp-consumption-tax-from-tax-included');
      expect(textOf(inc[2]!.source?.passage)).toContain('Tax = (tax-inclusive total for that rate) × 10/110, or × 8/108 for the reduced rate, rounded once.');
    }
    expect(rules('tax-excluded')[0]!.message).toContain('(floor)');
  });

  it('the reasons of a table given explicitly are its own; the shared list is frozen, so no caller can change another\'s', () => {
    const a = invoiceTotals({ basis: 'tax-included', lines: [], taxTable: consumptionTaxTable }).reasons;
    expect(a).toEqual(rules('tax-included'));
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (a as unknown[]).length = 0;
    }).toThrow(TypeError);
    expect(() => (a as unknown[]).push('x')).toThrow(TypeError);
    expect(rules('tax-included')).toHaveLength(3);
    expect(Object.isFrozen(rules('tax-excluded')[0])).toBe(true);
  });

  it('the trace of several rates, highest first, with the exact fractions; explain: false gives none', () => {
    const lines = [{ amountYen: 1000, ratePercent: 0.0001 }, { amountYen: 1000, ratePercent: 12.5 }];
    expect(invoiceTotals({ basis: 'tax-included', lines }).trace).toEqual([
      '12.5%: 1 line(s), 1,000 tax-included; tax = 1,000 × 12.5/112.5 = 111.111111… → 111 (floor, once for the rate)',
      '0.0001%: 1 line(s), 1,000 tax-included; tax = 1,000 × 0.0001/100.0001 = 0.000999… → 0 (floor, once for the rate)',
      'total: 1,889 + tax 111 = 2,000',
    ]);
    expect(invoiceTotals({ basis: 'tax-excluded', lines }).trace).toEqual([
      '12.5%: 1 line(s), 1,000 tax-excluded; tax = 1,000 × 12.5/100 = 125 → 125 (floor, once for the rate)',
      '0.0001%: 1 line(s), 1,000 tax-excluded; tax = 1,000 × 0.0001/100 = 0.001 → 0 (floor, once for the rate)',
      'total: 2,000 + tax 125 = 2,125',
    ]);
    expect(invoiceTotals({ basis: 'tax-excluded', lines, explain: false }).trace).toEqual([]);
    expect(invoiceTotals({ basis: 'tax-excluded', lines, explain: true }).trace).toHaveLength(3);
    expect(invoiceTotals({ basis: 'tax-included', lines: [] }).trace).toEqual(['total: 0 + tax 0 = 0']);
  });
});

describe('allocateYen refusals and edges', () => {
  it('word for word', () => {
    expectRefusal(() => allocateYen(null as never), InvalidInputError, [], 'Expected { totalYen, weights }');
    expectRefusal(() => allocateYen(7 as never), InvalidInputError, [], 'Expected { totalYen, weights }');
    expectRefusal(() => allocateYen({ totalYen: 1, weights: 'x' } as never), InvalidInputError, ['weights'], 'weights: weights must be a non-empty array');
    expectRefusal(() => allocateYen({ totalYen: 1, weights: [] }), InvalidInputError, ['weights'], 'weights: weights must be a non-empty array');
    expectRefusal(() => allocateYen({ totalYen: '9007199254740993', weights: [1, 1] }), OutOfRangeError, ['totalYen'], 'totalYen: Yen amount 9007199254740993 is larger than 9007199254740991', {
      value: '9007199254740993',
      max: 9007199254740991,
    });
    expectRefusal(() => allocateYen({ totalYen: 1, weights: [1, 2.5] }), InvalidInputError, ['weights', 1], 'weights[1]: Yen amount must be a whole number of yen, received 2.5', { value: 2.5 });
  });

  it('exact parts: zero total, all-zero weights shared equally, strings, ties to the larger weight then the earlier position', () => {
    expect(allocateYen({ totalYen: 0, weights: [1, 2] })).toEqual([0, 0]);
    expect(allocateYen({ totalYen: 7, weights: [0, 0, 0] })).toEqual([3, 2, 2]);
    expect(allocateYen({ totalYen: 7, weights: ['2', 2, '1'] })).toEqual([3, 3, 1]);
    expect(allocateYen({ totalYen: 2, weights: [1, 3, 3, 1] })).toEqual([0, 1, 1, 0]);
    expect(allocateYen({ totalYen: 3, weights: [1, 1, 1, 1] })).toEqual([1, 1, 1, 0]);
    expect(allocateYen({ totalYen: 10, weights: [3, 0, 7] })).toEqual([3, 0, 7]);
    expect(allocateYen({ totalYen: 5, weights: [2, 0, 2] })).toEqual([3, 0, 2]);
    expect(allocateYen({ totalYen: '9007199254740991', weights: [1, 1] })).toEqual([4503599627370496, 4503599627370495]);
  });
});
