/**
 * The quota capability reads a caller's rollover policy without zod (src/quota/rollover.ts); this holds
 * it to RolloverPolicySchema: the same values accepted with the same result, the same first issue.
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readRolloverPolicy } from '../../src/quota/rollover.js';
import { RolloverPolicySchema } from '../../src/schemas/index.js';

function viaZod(value: unknown) {
  const r = RolloverPolicySchema.safeParse(value);
  if (r.success) return { ok: true, policy: r.data };
  const i = r.error.issues[0]!;
  return { ok: false, issue: { path: i.path, message: i.message } };
}

const count = fc.oneof(
  fc.integer({ min: -3, max: 130 }),
  fc.constantFrom(0, -0, 1_000_000, 1_000_001, 2 ** 53, -(2 ** 53), 1e300, -1e300, 1.5, -1.5, NaN, Infinity, -Infinity),
  fc.constantFrom(undefined, null, '1', true, 1n, [], {}, new Date(0)),
);
const policy = fc.oneof(
  fc.record({ kind: fc.constantFrom('none', 'carry-over', 'bank', 5, undefined) }, { requiredKeys: [] }),
  fc.record(
    { kind: fc.constantFrom('carry-over', 'none'), maxUnitsPerMonth: count, validForMonths: count, x: fc.integer(), y: fc.string() },
    { requiredKeys: ['kind'] },
  ),
  fc.anything(),
);

describe('readRolloverPolicy equals RolloverPolicySchema', () => {
  it.each([
    [{ kind: 'none' }],
    [{ kind: 'carry-over', maxUnitsPerMonth: 3, validForMonths: 2 }],
    [{ kind: 'carry-over', maxUnitsPerMonth: 1e300, validForMonths: 2 }],
    [{ kind: 'none', x: 1, y: 2 }],
    [Object.create({ inherited: 1 }, { kind: { value: 'none', enumerable: true } })],
    ['none'],
    [null],
    [[]],
    [new Date(0)],
    [() => 0],
  ])('%j', (value) => {
    expect(readRolloverPolicy(value)).toEqual(viaZod(value));
  });
  it('over generated values', () => {
    fc.assert(
      fc.property(policy, (value) => {
        expect(readRolloverPolicy(value)).toEqual(viaZod(value));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('the limits of validForMonths (1 to 120)', () => {
  it.each([
    [120, { ok: true, policy: { kind: 'carry-over', maxUnitsPerMonth: 2, validForMonths: 120 } }],
    [121, { ok: false, issue: { path: ['validForMonths'], message: 'Too big: expected number to be <=120' } }],
    [1, { ok: true, policy: { kind: 'carry-over', maxUnitsPerMonth: 2, validForMonths: 1 } }],
    [0, { ok: false, issue: { path: ['validForMonths'], message: 'Too small: expected number to be >=1' } }],
  ])('%s months', (validForMonths, expected) => {
    expect(readRolloverPolicy({ kind: 'carry-over', maxUnitsPerMonth: 2, validForMonths })).toEqual(expected);
    expect(viaZod({ kind: 'carry-over', maxUnitsPerMonth: 2, validForMonths })).toEqual(expected);
  });
});
