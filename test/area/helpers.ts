/**
 * Shared helpers for the area-module tests: the typed error a call throws, a deep freeze (inputs
 * must not be mutated), a catalog edited from the bundled fixtures, and a short day.
 */
import { expect } from 'vitest';
import { bundledFixtures, ContractRulesError, loadCatalog, type Catalog } from '../../src/index.js';

export const D000 = '000_34f9cbb9e8f7f627.txt';
export const D004 = '004_d85cf5e759b78bed.txt';
export const ON = '2026-11-22';

/** Runs `fn` and returns the typed error it throws (fails when nothing or something else is thrown). */
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
