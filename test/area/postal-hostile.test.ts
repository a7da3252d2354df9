/**
 * resolvePostalCode reads a caller's postal-code table once (an attacker-style probe, 2026-12-03: a code not found
 * read `postal.dataset.name` a second time for its message, so a Symbol name, a throwing toString or a getter that
 * changed between reads escaped as a TypeError or RangeError, and the message could say "in undefined").
 */
import { describe, expect, it } from 'vitest';
import { NotFoundError, resolvePostalCode } from '../../src/index.js';
import { thrown } from '../helpers/values.js';

const empty = { lookup: () => [] };

describe('resolvePostalCode: a code not found, whatever the table’s name', () => {
  it.each([
    ['a Symbol', { ...empty, dataset: { name: Symbol('x') } }],
    ['an object whose toString throws', { ...empty, dataset: { name: { toString: () => { throw new Error('no'); } } } }],
    ['a null-prototype object', { ...empty, dataset: { name: Object.create(null) } }],
    ['a dataset getter that throws the second time', (() => {
      let reads = 0;
      return { ...empty, get dataset() { if (reads++ > 0) throw new RangeError('second read'); return { name: 'mine' }; } };
    })()],
    ['a dataset that disappears after the first read', (() => {
      let reads = 0;
      return { ...empty, get dataset() { return reads++ === 0 ? { name: 'mine' } : undefined; } };
    })()],
  ])('%s: a NotFoundError naming the table as first read', (_label, postal) => {
    const e = thrown(() => resolvePostalCode('100-0000', postal as never));
    expect(e).toBeInstanceOf(NotFoundError);
    expect(e.message).toMatch(/^postalCode: No postal code 100-0000 in (mine|the postal-code table)$/);
  });
});
