/**
 * Helpers the module tests share: the typed error a call throws, a deep freeze (to prove that
 * inputs are not mutated), and a catalog built from the bundled fixtures with a change.
 */
import { expect } from 'vitest';
import { bundledFixtures, ContractRulesError, type Catalog } from '../../src/index.js';
import { loadCatalog } from '../../src/schemas/index.js';

/**
 * Runs `fn` and returns the typed error it throws (fails the test when it throws nothing, or something that is not
 * a `type`: ContractRulesError unless a subclass is given).
 */
export function thrown<E extends ContractRulesError = ContractRulesError>(fn: () => unknown, type: abstract new (...args: never[]) => E = ContractRulesError as never): E {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(type);
    return e as E;
  }
  throw new Error(`expected a ${type.name}, nothing was thrown`);
}

/** Asserts that `fn` throws a `type` with exactly this code, path, message and details. */
export function expectRefusal(
  fn: () => unknown,
  type: abstract new (...args: never[]) => ContractRulesError,
  code: string,
  path: readonly unknown[],
  message: string,
  details: Record<string, unknown>,
): void {
  const e = thrown(fn, type);
  expect(e.code).toBe(code);
  expect(e.path).toEqual(path);
  expect(e.message).toBe(message);
  expect(e.details).toEqual(details);
}

/** Deep-freezes a value so that any mutation by the code under test throws. */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}

/** A catalog made of the bundled fixtures after `edit` changed a deep copy of them. */
export function editedCatalog(edit: (docs: Array<Record<string, any>>) => void): Catalog {
  const docs = structuredClone(bundledFixtures) as Array<Record<string, any>>;
  edit(docs);
  return loadCatalog({ documents: docs });
}
