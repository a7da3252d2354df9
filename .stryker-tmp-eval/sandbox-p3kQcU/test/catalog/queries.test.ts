// @ts-nocheck
import { describe, expect, it } from 'vitest';
import {
  canSubscribe,
  catalog,
  ContractRulesError,
  documentOfPlan,
  findPlan,
  getDocument,
  getFee,
  getOption,
  getPlan,
  InvalidInputError,
  NotFoundError,
  plansOnSale,
} from '../../src/index.js';
import { textOf } from '../helpers/passage.js';

describe('findPlan', () => {
  it('by id', () => expect(findPlan({ id: 'oas-plan-a' })?.name).toBe('プラン A'));
  it('by name as written', () => expect(findPlan({ name: 'ライトあんしんプラン1' })?.id).toBe('itss-light-anshin-1'));
  it('by name without the space the document writes (プランA)', () => expect(findPlan({ name: 'プランA' })?.id).toBe('oas-plan-a'));
  it('by full-width and category-qualified names', () => {
    expect(findPlan({ name: 'スタンダード プラン ミニ' })?.id).toBe('itss-legacy-standard-mini');
    expect(findPlan({ name: 'ＵＣＯＭ光 リモートサポート' })?.id).toBe('ucom-remote-support');
  });
  it('undefined when nothing matches', () => {
    expect(findPlan({ id: 'nope' })).toBeUndefined();
    expect(findPlan({ name: 'プランC' })).toBeUndefined();
  });
  it.each([null, 'oas-plan-a', {}, { id: 3 }, { name: null }])('rejects the query %j with a typed error', (q) => {
    expect(() => findPlan(q as never)).toThrow(InvalidInputError);
  });
});

describe('getPlan / getOption / getFee / getDocument', () => {
  it('throws a typed not-found error with the closest ids', () => {
    try {
      //  a literal id the bundled catalog lacks does not compile (BundledPlanId)
      getPlan('oas-plan-c');
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(NotFoundError);
      const err = e as NotFoundError;
      expect(err.code).toBe('not_found');
      expect(err.path).toEqual(['id']);
      expect(err.details.closest).toContain('oas-plan-a');
    }
  });
  it('getOption, getFee and getDocument throw NotFoundError', () => {
    const unknownId: string = 'x'; // a string from elsewhere compiles; only literals are checked
    expect(() => getOption(unknownId)).toThrow(NotFoundError);
    expect(() => getFee(unknownId)).toThrow(NotFoundError);
    expect(() => getDocument('x')).toThrow(NotFoundError);
    expect(() => getPlan(7 as never)).toThrow(InvalidInputError);
  });
  it('documentOfPlan gives the plan’s document fixture', () => {
    expect(documentOfPlan('ucom-remote-support').document.file).toBe('003_ffc254f782656f39.txt');
    expect(getDocument('it-support-security')).toBe(getDocument('001_1058c0f8b62eb4e2.txt'));
  });
});

describe('plansOnSale / canSubscribe', () => {
  it('on 2026-11-22: the current plans only', () => {
    expect(plansOnSale('2026-11-22').map((p) => p.id)).toEqual([
      'oas-plan-a',
      'oas-plan-b',
      'itss-light-anshin-1',
      'itss-light-anshin-2',
      'itss-standard-anshin-1',
      'itss-standard-anshin-2',
      'helpdesk-support',
      'ucom-remote-support',
      'iij-mpc-management-entry',
    ]);
  });
  it('on 2020-08-31: the legacy スタンダード plans, not yet the new ones', () => {
    const ids = plansOnSale('2020-08-31').map((p) => p.id);
    expect(ids).toContain('itss-legacy-standard-1');
    expect(ids).not.toContain('itss-standard-anshin-1');
    expect(ids).not.toContain('itss-legacy-light-1');
  });
  it('every reason names its source passage', () => {
    const v = canSubscribe({ planId: 'itss-legacy-light-2', on: '2019-05-01' });
    expect(v.ok).toBe(false);
    const closing = v.reasons.find((r) => r.rule === 'sale.ended.closed');
    expect(textOf(closing?.source?.passage)).toContain('2019年4月19日販売終了');
    expect(v.reasons.every((r) => r.source !== undefined)).toBe(true);
  });
  it('the blank end-of-sale cell of スタンダード プラン ミニ: ended by default, on sale when asked', () => {
    const def = canSubscribe({ planId: 'itss-legacy-standard-mini', on: '2018-01-01' });
    expect(def.ok).toBe(false);
    expect(def.reasons.map((r) => r.interpretation)).toContain('standard-mini-end-of-sale');
    expect(canSubscribe({ planId: 'itss-legacy-standard-mini', on: '2018-01-01', unknownEndOfSale: 'treat-as-on-sale' }).ok).toBe(true);
  });
  it.each([
    [{ planId: 'nope', on: '2026-01-01' }, NotFoundError, ['planId']],
    [{ planId: 'oas-plan-a', on: '2026-02-30' }, InvalidInputError, ['on']],
    [{ planId: 'oas-plan-a', on: '2026/01/01' }, InvalidInputError, ['on']],
    [{ planId: 'oas-plan-a', on: 20260101 }, InvalidInputError, ['on']],
  ] as const)('bad input %j', (input, type, path) => {
    try {
      canSubscribe(input as never);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(type);
      expect((e as ContractRulesError).path).toEqual(path);
    }
  });
  it('plansOnSale rejects a bad date', () => expect(() => plansOnSale('yesterday')).toThrow(InvalidInputError));
  it('does not mutate the catalog', () => {
    const before = JSON.stringify(catalog.plans);
    plansOnSale('2026-11-22');
    expect(JSON.stringify(catalog.plans)).toBe(before);
  });
});
