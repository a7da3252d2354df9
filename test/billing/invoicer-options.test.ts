/**
 * createInvoicer's options and createBillingMemo (src/billing/invoicer.ts, memo.ts): each refusal word for word
 * (class, code, path, message, details), the memo limit read before the other options, the invoicer frozen with one
 * method, and a fresh, empty memo of the limit given (4,096 by default).
 */
import { describe, expect, it } from 'vitest';
import { createInvoicer, InvalidInputError, monthlyInvoice } from '../../src/index.js';
import { createBillingMemo } from '../../src/billing/memo.js';
import { thrown } from '../helpers/values.js';

describe('createInvoicer refusals', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['an array', [], 'an array'],
    ['a number', 5, '5'],
    ['a string', 'x', 'x'],
    ['a boolean', true, 'true'],
  ])('options that are %s', (_, options, text) => {
    const e = thrown(() => createInvoicer(options as never));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', [], 'Expected invoicer options { catalog?, taxTable?, rounding?, … }', { value: text }]);
  });
  it.each<[unknown, string, string]>([
    [-1, '-1', '-1'],
    [1.5, '1.5', '1.5'],
    ['10', '"10"', '10'],
    [null, 'null', 'null'],
  ])('memoLimit %j', (memoLimit, quoted, text) => {
    const e = thrown(() => createInvoicer({ memoLimit: memoLimit as number }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['memoLimit'], `memoLimit: A memo limit is a whole number ≥ 0, received ${quoted}`, { value: text }]);
  });
  it('the memo limit is read before the other options', () => {
    expect(thrown(() => createInvoicer({ memoLimit: -1, rounding: 'up' as never })).path).toEqual(['memoLimit']);
    expect(thrown(() => createInvoicer({ memoLimit: 0, rounding: 'up' as never })).path).toEqual(['rounding']);
  });
});

describe('an invoicer', () => {
  it('is frozen, with monthlyInvoice only, and gives monthlyInvoice’s invoices for any memo limit (0, 1, 2^53 − 1, default)', () => {
    const input = { contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' };
    const expected = monthlyInvoice(input);
    expect(expected.totalYen).toBe(4290); // 000 プラン A: 3,900 税抜 + 10 %
    for (const options of [undefined, {}, { memoLimit: 0 }, { memoLimit: 1 }, { memoLimit: Number.MAX_SAFE_INTEGER }]) {
      const inv = createInvoicer(options);
      expect(Object.isFrozen(inv)).toBe(true);
      expect(Object.keys(inv)).toEqual(['monthlyInvoice']);
      expect(inv.monthlyInvoice(input)).toEqual(expected);
      expect(inv.monthlyInvoice(input)).toEqual(expected);
    }
  });
});

describe('createBillingMemo', () => {
  it('a fresh, empty memo with the limit given, 4,096 by default', () => {
    const m = createBillingMemo();
    expect(m.limit).toBe(4096);
    for (const table of [m.parts, m.shares, m.traces, m.days, m.months]) {
      expect(table).toBeInstanceOf(Map);
      expect(table.size).toBe(0);
    }
    expect(Object.keys(m).sort()).toEqual(['days', 'limit', 'months', 'parts', 'shares', 'traces']);
    expect(new Set([m.parts, m.shares, m.traces, m.days, m.months]).size).toBe(5);
    const n = createBillingMemo(0);
    expect(n.limit).toBe(0);
    expect(n.parts).not.toBe(m.parts);
    expect(createBillingMemo(7).limit).toBe(7);
  });
  it('refuses a bad limit at memoLimit', () => {
    const e = thrown(() => createBillingMemo(-1));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['memoLimit'], 'memoLimit: A memo limit is a whole number ≥ 0, received -1', { value: '-1' }]);
  });
});
