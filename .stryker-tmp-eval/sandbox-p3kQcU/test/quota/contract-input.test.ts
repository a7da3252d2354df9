/**
 * Reading a quota contract (src/quota/contract.ts): the day boundaries (an end on the start day, an option
 * starting on the contract's first day or on its end day), and the counting rule of a plan whose document
 * states no limit for it (001 旧プラン: the document's one counting rule still counts).
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { ContractRulesError } from '../../src/errors.js';
import { evaluateQuota } from '../../src/quota/index.js';

function errorOf(f: () => unknown): ContractRulesError {
  try {
    f();
  } catch (e) {
    if (e instanceof ContractRulesError) return e;
    throw e;
  }
  throw new Error('expected a typed error');
}
const month = '2026-11';
const events = [{ id: 'a', at: '2026-11-12T10:00' }];

describe('contract days', () => {
  it('an end on the start day (end exclusive: no day at all) is a conflict at contract.end', () => {
    const e = errorOf(() => evaluateQuota({ contract: { planId: 'oas-plan-a', start: '2026-11-10', end: '2026-11-10' }, month, events }));
    expect([e.code, e.path, e.details]).toEqual(['conflict', ['contract', 'end'], { start: '2026-11-10', end: '2026-11-10' }]);
  });
  it('a one-day contract is fine', () => {
    expect(evaluateQuota({ contract: { planId: 'oas-plan-a', start: '2026-11-12', end: '2026-11-13' }, month, events }).used).toBe(1);
  });
  it('an option starting on the contract start day adds its 20 (001 問い合わせ回数追加)', () => {
    const r = evaluateQuota({
      contract: { planId: 'itss-standard-anshin-1', start: '2026-11-10', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-11-10' }] },
      month,
      events,
    });
    expect([r.limit.total, r.remaining]).toEqual([40, 39]);
  });
  it('an option inside a contract with an end is fine; one starting on the end day (exclusive) is a conflict', () => {
    const contract = (start: string) => ({ planId: 'itss-standard-anshin-1', end: '2026-11-30', options: [{ optionId: 'itss-standard-extra-inquiries', start }] });
    expect(evaluateQuota({ contract: contract('2026-11-29'), month, events }).limit.total).toBe(40);
    const e = errorOf(() => evaluateQuota({ contract: contract('2026-11-30'), month, events }));
    expect([e.code, e.path, e.details]).toEqual(['conflict', ['contract', 'options', 0, 'start'], { start: '2026-11-30' }]);
  });
  it('an option starting the day before the contract is a conflict naming its start', () => {
    const e = errorOf(() =>
      evaluateQuota({ contract: { planId: 'itss-standard-anshin-1', start: '2026-11-10', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-11-09' }] }, month, events }),
    );
    expect([e.code, e.path, e.details]).toEqual(['conflict', ['contract', 'options', 0, 'start'], { start: '2026-11-09' }]);
  });
});

describe('counting rule without a stated limit', () => {
  it('001 legacy plans: no limit recorded, but the document counting rule applies (not the default)', () => {
    const rules = evaluateQuota({ contract: { planId: 'itss-legacy-light-1' }, month, events }).reasons.map((r) => r.rule);
    expect(rules).toContain('quota.counting-rule');
    expect(rules).not.toContain('quota.counting-default');
    expect(rules).toContain('quota.no-limit-recorded');
  });
});
