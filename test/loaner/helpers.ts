/**
 * Shared builders for the loaner-module tests: base inputs, a deep freeze (to prove that inputs are
 * not mutated), and a catalog built from the bundled fixtures with one change (the last two, and
 * `thrown`, from test/helpers/values.ts).
 */
import { expect } from 'vitest';
import type { CheckLoanerInput, Reason } from '../../src/index.js';

export { deepFreeze, editedCatalog, thrown } from '../helpers/values.js';

export const D000 = '000_34f9cbb9e8f7f627.txt';
export const D001 = '001_1058c0f8b62eb4e2.txt';
export const D004 = '004_d85cf5e759b78bed.txt';

/** Every reason names its rule and a source with a document and a passage. */
export function expectSourced(reasons: readonly Reason[]): void {
  expect(reasons.length).toBeGreaterThan(0);
  for (const r of reasons) {
    expect(r.rule, JSON.stringify(r)).toMatch(/^[a-z]+\.[a-z0-9.-]+$/);
    expect(r.source?.document, `${r.rule} has no source`).toMatch(/^\d{3}_[0-9a-f]+\.txt$/);
    expect(r.source?.passage.length ?? 0, `${r.rule} has no passage`).toBeGreaterThan(0);
  }
}

/** An eligible checkLoaner request under 000 (プラン A, a failed Windows PC, arrival 2026-11-24). */
export const base000: CheckLoanerInput = {
  contract: { planId: 'oas-plan-a' },
  request: { deviceType: 'pc', os: 'windows', arrivalDate: '2026-11-24' },
  diagnosis: { channel: 'remote', deviceFailure: true },
  activeLoans: [],
  deliveryAddress: { isContractorAddress: true },
};
/** The same under 001 (ライトあんしんプラン1). */
export const base001: CheckLoanerInput = { ...base000, contract: { planId: 'itss-light-anshin-1' } };

/** A request for a device, arriving 2026-11-24. */
export const req = (deviceType: string, os?: string) => ({ deviceType, ...(os ? { os } : {}), arrivalDate: '2026-11-24' });
