import { expect } from 'vitest';
import { ContractRulesError, type ErrorCode } from '../../src/index.js';

/** Asserts that `fn` throws a library error with this code and path. */
export function expectError(fn: () => unknown, code: ErrorCode, path: ReadonlyArray<string | number>): ContractRulesError {
  let thrown: unknown;
  try {
    fn();
  } catch (e) {
    thrown = e;
  }
  expect(thrown, 'expected a ContractRulesError').toBeInstanceOf(ContractRulesError);
  const err = thrown as ContractRulesError;
  expect({ code: err.code, path: err.path }).toEqual({ code, path });
  return err;
}

/** Deep-freezes a value (to prove functions do not mutate their inputs). */
export function deepFreeze<T>(v: T): T {
  if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) {
    Object.freeze(v);
    for (const x of Object.values(v as object)) deepFreeze(x);
  }
  return v;
}
