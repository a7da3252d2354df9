/**
 * Shared builders for the loaner-module tests: base inputs, a deep freeze (to prove that inputs are
 * not mutated), and a catalog built from the bundled fixtures with one change.
 */
import { expect } from 'vitest';
import { bundledFixtures, ContractRulesError, loadCatalog, type Catalog, type Reason } from '../../src/index.js';

export const D000 = '000_34f9cbb9e8f7f627.txt';
export const D001 = '001_1058c0f8b62eb4e2.txt';
export const D004 = '004_d85cf5e759b78bed.txt';

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

/** Runs `fn` and returns the typed error it throws (fails the test when it does not throw one). */
export function thrown(fn: () => unknown): ContractRulesError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ContractRulesError);
    return e as ContractRulesError;
  }
  throw new Error('expected a ContractRulesError, nothing was thrown');
}

/** Every reason names its rule and a source with a document and a passage. */
export function expectSourced(reasons: readonly Reason[]): void {
  expect(reasons.length).toBeGreaterThan(0);
  for (const r of reasons) {
    expect(r.rule, JSON.stringify(r)).toMatch(/^[a-z]+\.[a-z0-9.-]+$/);
    expect(r.source?.document, `${r.rule} has no source`).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
    expect(r.source?.passage.length ?? 0, `${r.rule} has no passage`).toBeGreaterThan(0);
  }
}
