/**
 * Inputs the adversarial fuzz test (test/errors.fuzz.test.ts) found escaping as plain TypeErrors, each ending
 * now in a typed error with its path.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { catalog, ContractRulesError, InvalidInputError, getContractOption, monthlyFeeTaxDate, parseMunicipalityCode, parsePostalCode } from '../../src/index.js';

const revoked = () => {
  const r = Proxy.revocable({}, {});
  r.revoke();
  return r.proxy;
};

function errorOf(f: () => unknown): ContractRulesError {
  try {
    f();
  } catch (e) {
    if (e instanceof ContractRulesError) return e;
    throw e;
  }
  throw new Error('expected a typed error');
}

describe('a revoked Proxy given as the error path of a low-level reader', () => {
  it.each([
    ['monthlyFeeTaxDate', () => monthlyFeeTaxDate('2026-11-22', revoked() as never)],
    ['parsePostalCode', () => parsePostalCode('2026-11-22', revoked() as never)],
    ['parseMunicipalityCode', () => parseMunicipalityCode('2026-11-22', revoked() as never)],
  ])('%s: a typed error with an empty path (the path given cannot be read)', (_, f) => {
    const e = errorOf(f);
    expect(e.code).toBe('invalid_input');
    expect(e.path).toEqual([]);
    expect(() => JSON.stringify(e)).not.toThrow();
  });
});

describe('a sparse array of length 1e8 given as the error path', () => {
  it('is read up to 64 segments (a typed error at once, not a walk over 1e8 holes)', () => {
    const path: unknown[] = [];
    path.length = 1e8;
    path[0] = 'month';
    path[100] = 'beyond';
    const e = errorOf(() => monthlyFeeTaxDate('x', path as never));
    expect(e.path).toEqual(['month']); // 'beyond' (segment 100) is past the 64 read
  });
});

describe('getContractOption without a plan', () => {
  it.each([['undefined', () => undefined], ['null', () => null], ['-1', () => -1], ['{}', () => ({})], ['a revoked Proxy', revoked]])('plan %s: InvalidInputError at ["plan"]', (_, plan) => {
    const e = errorOf(() => getContractOption('itss-standard-extra-inquiries', plan() as never));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.path).toEqual(['plan']);
  });

  it('a plan it does not apply to is still a conflict naming both', () => {
    const plan = catalog.plans.find((p) => p.id === 'itss-light-anshin-1')!;
    const e = errorOf(() => getContractOption('itss-standard-extra-inquiries', plan));
    expect([e.code, e.details.planId, e.details.optionId]).toEqual(['conflict', 'itss-light-anshin-1', 'itss-standard-extra-inquiries']);
  });
});
