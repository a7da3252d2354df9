// @ts-nocheck
import { expect } from 'vitest';
import { ContractRulesError, type ErrorCode } from '../../src/index.js';

export { deepFreeze } from '../helpers/values.js';

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
