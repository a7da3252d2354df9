/**
 * Helpers the module tests share: the typed error a call throws, a deep freeze (to prove that
 * inputs are not mutated), and a catalog built from the bundled fixtures with a change.
 */
// @ts-nocheck

import { expect } from 'vitest';
import { bundledFixtures, ContractRulesError, type Catalog } from '../../src/index.js';
import { loadCatalog } from '../../src/schemas/index.js';

/** Runs `fn` and returns the typed error it throws (fails the test when it throws nothing or something else). */
export function thrown(fn: () => unknown): ContractRulesError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ContractRulesError);
    return e as ContractRulesError;
  }
  throw new Error('expected a ContractRulesError, nothing was thrown');
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
