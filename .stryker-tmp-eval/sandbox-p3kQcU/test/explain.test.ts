/**
 * The `explain` option, uniform on the entry points that answer without text by default: isOpen,
 * nextOpening, incidentStatus, classifyArea and evaluateQuota. Without it (or with `false`) every answer
 * is what it was (deeply equal, no `explanation` key); with `true` the same answer gains `explanation`,
 * one line per reason. A non-boolean is a typed error on `['explain']`.
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyArea, evaluateQuota, explainOpen, incidentStatus, isOpen, nextOpening, type ContractRulesError } from '../src/index.js';

const lines = (reasons: readonly { rule: string; message: string; interpretation?: string }[]) =>
  reasons.map((r) => `${r.rule}: ${r.message}${r.interpretation === undefined ? '' : ` (interpretation ${r.interpretation})`}`);

function thrown(f: () => unknown): ContractRulesError {
  try {
    f();
  } catch (e) {
    return e as ContractRulesError;
  }
  throw new Error('expected an error');
}

const instant = fc.integer({ min: Date.UTC(2019, 0, 1), max: Date.UTC(2030, 11, 31) }).map((ms) => Math.floor(ms / 60_000) * 60_000);
const queries = [
  { planId: 'helpdesk-support', channel: 'phone' },
  { planId: 'itss-light-anshin-1', channel: 'support' },
  { planId: 'itss-light-anshin-1', channel: 'support', options: ['itss-light-time-extension'] },
] as const;

describe('explain: default answers unchanged, explain: true adds the text', () => {
  it('isOpen: a bare boolean by default and with false; with true the verdict of explainOpen whose open is the answer', () => {
    fc.assert(
      fc.property(fc.constantFrom(...queries), instant, (q, at) => {
        const plain = isOpen({ ...q, at });
        expect(typeof plain).toBe('boolean');
        expect(isOpen({ ...q, at, explain: false })).toBe(plain);
        const v = isOpen({ ...q, at, explain: true });
        const e = explainOpen({ ...q, at });
        expect(v).toEqual({ ...e, open: plain, explanation: lines(e.reasons) });
      }),
      { numRuns: 300 },
    );
  });
  it('isOpen: unknown hours keep their policy under explain (an error by default, the answer with unknownAs)', () => {
    const q = { planId: 'helpdesk-support', channel: 'phone', at: '2018-10-31T11:00' } as const;
    expect(thrown(() => isOpen({ ...q, explain: true })).code).toBe('out_of_range');
    expect(isOpen({ ...q, unknownAs: 'closed', explain: true }).open).toBe(false);
  });
  it('nextOpening', () => {
    fc.assert(
      fc.property(fc.constantFrom(...queries), instant, (q, at) => {
        const plain = nextOpening({ ...q, at });
        expect('explanation' in plain).toBe(false);
        expect(nextOpening({ ...q, at, explain: false })).toEqual(plain);
        expect(nextOpening({ ...q, at, explain: true })).toEqual({ ...plain, explanation: lines(plain.reasons) });
      }),
      { numRuns: 200 },
    );
  });
  it('incidentStatus', () => {
    const input = {
      events: [
        { type: 'accepted', at: '2026-11-02T10:00' },
        { type: 'support-reply', at: '2026-11-02T15:00' },
      ],
      at: '2026-11-05T12:00',
    } as const;
    const plain = incidentStatus(input);
    expect('explanation' in plain).toBe(false);
    expect(incidentStatus({ ...input, explain: false })).toEqual(plain);
    const explained = incidentStatus({ ...input, explain: true });
    expect(explained).toEqual({ ...plain, explanation: lines(plain.reasons) });
    expect(explained.explanation!.length).toBeGreaterThan(0);
  });
  it('classifyArea', () => {
    for (const input of [
      { address: '東京都小笠原村父島', on: '2026-11-22' },
      { municipalityCode: '075469', on: '2022-09-01' },
      { address: '神奈川県三浦市三崎町城ヶ島', on: '2026-11-22' },
    ]) {
      const plain = classifyArea(input);
      expect('explanation' in plain).toBe(false);
      expect(classifyArea({ ...input, explain: false })).toEqual(plain);
      expect(classifyArea({ ...input, explain: true })).toEqual({ ...plain, explanation: lines(plain.reasons) });
    }
  });
  it('evaluateQuota', () => {
    const input = { contract: { planId: 'oas-plan-b' }, month: '2026-11', events: [{ id: 'q1', at: '2026-11-02T10:00' }] };
    const plain = evaluateQuota(input);
    expect('explanation' in plain).toBe(false);
    expect(evaluateQuota({ ...input, explain: false })).toEqual(plain);
    expect(evaluateQuota({ ...input, explain: true })).toEqual({ ...plain, explanation: lines(plain.reasons) });
  });
  it('a non-boolean explain is a typed error on its path', () => {
    const bad = 'yes' as unknown as boolean;
    for (const f of [
      () => isOpen({ ...queries[0], at: 0, explain: bad }),
      () => nextOpening({ ...queries[0], at: 0, explain: bad }),
      () => classifyArea({ municipalityCode: '131016', on: '2026-11-22', explain: bad }),
      () => evaluateQuota({ contract: { planId: 'oas-plan-b' }, month: '2026-11', events: [], explain: bad }),
      () => incidentStatus({ events: [{ type: 'accepted', at: '2026-11-02T10:00' }], at: '2026-11-03T10:00', explain: bad }),
    ]) {
      const e = thrown(f);
      expect([e.code, e.path]).toEqual(['invalid_input', ['explain']]);
    }
  });
});
