/**
 * checkOnsiteVisit word for word: each result's keys, the contract's and options' day boundaries for the visit, and
 * every refusal's code, path, message and details. 001 訪問による故障切り分け: 1回/月(暦月)まで, 契約者住所のみ,
 * 電話・リモートで切り分けできない場合; 000 訪問故障切り分けサポート: 24時間365日 (see test/quota/onsite.test.ts for the
 * passages).
 */
import { describe, expect, it } from 'vitest';
import { ContractRulesError } from '../../src/index.js';
import { checkOnsiteVisit, type CheckOnsiteVisitInput } from '../../src/quota/index.js';

const notIsolated = { triedPhoneOrRemote: true, faultIsolated: false };
const base = (over: Record<string, unknown> = {}): CheckOnsiteVisitInput =>
  ({ contract: { planId: 'itss-light-anshin-1' }, at: '2026-11-24T10:00', previousVisits: [], diagnosis: notIsolated, address: { isContractorAddress: true }, ...over }) as CheckOnsiteVisitInput;
const ext = (end?: string) => ({ planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension', start: '2026-11-23', ...(end ? { end } : {}) }] });

function refusal(input: unknown): { code: string; path: readonly (string | number)[]; message: string; details: unknown } {
  try {
    checkOnsiteVisit(input as CheckOnsiteVisitInput);
  } catch (e) {
    expect(e).toBeInstanceOf(ContractRulesError);
    const err = e as ContractRulesError;
    return { code: err.code, path: err.path, message: err.message, details: JSON.parse(JSON.stringify(err.details ?? null)) };
  }
  throw new Error('expected a refusal');
}
const rules = (v: { reasons: readonly { rule: string }[] }) => v.reasons.map((r) => r.rule);

describe('the verdict’s fields', () => {
  it('allowed: a Tuesday 10:00 at the contractor’s address, no earlier visit', () => {
    const v = checkOnsiteVisit(base());
    expect({ ...v, reasons: undefined }).toStrictEqual({
      allowed: true,
      planId: 'itss-light-anshin-1',
      at: '2026-11-24T10:00:00+09:00',
      month: '2026-11',
      limitPerMonth: 1,
      visitsThisMonth: 0,
      reasons: undefined,
    });
    expect(v.reasons.at(-1)).toStrictEqual({ rule: 'onsite.within-hours', message: '2026-11-24T10:00:00+09:00 is within the hours of onsite-diagnosis', factId: 'itss-onsite-fault-isolation' });
    expect(v.reasons[3]).toMatchObject({ rule: 'onsite.within-monthly-limit', interpretation: 'quota-001-calendar-month' });
  });
  it('two earlier visits in the month: counted, plural', () => {
    const v = checkOnsiteVisit(base({ previousVisits: [{ at: '2026-11-02T10:00', id: 'v1' }, { at: '2026-11-03T10:00' }] }));
    expect(v).toMatchObject({ allowed: false, visitsThisMonth: 2, limitPerMonth: 1 });
    expect(v.reasons[3]!.message).toBe('2 visits already in 2026-11 (Japan time); the limit is 1 per calendar month');
  });
  it('a plan without the visit: limit null, one reason (the discontinued plans: offered to other plans only; 002: none in its document)', () => {
    const legacy = checkOnsiteVisit(base({ contract: { planId: 'itss-legacy-light-1' } }));
    expect({ ...legacy, reasons: undefined }).toStrictEqual({
      allowed: false,
      planId: 'itss-legacy-light-1',
      at: '2026-11-24T10:00:00+09:00',
      month: '2026-11',
      limitPerMonth: null,
      visitsThisMonth: 0,
      reasons: undefined,
    });
    expect(legacy.reasons).toHaveLength(1);
    expect(legacy.reasons[0]).toMatchObject({
      rule: 'onsite.not-offered.blocked',
      message: 'プラン1 ライト (itss-legacy-light-1) has no on-site fault-isolation visit: the document offers it to other plans only',
      factId: 'itss-onsite-fault-isolation',
    });
    expect(legacy.reasons[0]!.source).toBeDefined();
    const helpdesk = checkOnsiteVisit(base({ contract: { planId: 'helpdesk-support' }, address: undefined }));
    expect(helpdesk.reasons).toStrictEqual([
      { rule: 'onsite.not-offered.blocked', message: 'ヘルプデスク・サポートサービス (helpdesk-support) has no on-site fault-isolation visit in its document', factId: 'helpdesk-support' },
    ]);
  });
  it('000 (no address restriction): an address given is checked but not required; the reason has no source', () => {
    const v = checkOnsiteVisit({ contract: { planId: 'oas-plan-a' }, at: '2026-11-24T10:00', previousVisits: [], diagnosis: notIsolated, address: { isContractorAddress: false } });
    expect(v.allowed).toBe(true);
    expect(v.reasons[2]).toStrictEqual({ rule: 'onsite.no-address-restriction', message: 'The document restricts the visit to no particular address', factId: 'oas-onsite-fault-isolation' });
  });
});

describe('day boundaries: the contract (start inclusive, end exclusive) and the 時間延長 option running that day', () => {
  it('the first instant of the start day is inside; the last millisecond before it is outside', () => {
    expect(rules(checkOnsiteVisit(base({ contract: { planId: 'itss-light-anshin-1', start: '2026-11-24' }, at: '2026-11-24T00:00' })))).not.toContain('onsite.outside-contract.blocked');
    const before = checkOnsiteVisit(base({ contract: { planId: 'itss-light-anshin-1', start: '2026-11-24' }, at: '2026-11-23T23:59:59.999' }));
    expect(before.reasons[1]).toStrictEqual({
      rule: 'onsite.outside-contract.blocked',
      message: "2026-11-23T23:59:59.999+09:00 is outside the contract's days (start inclusive, end exclusive)",
      factId: 'itss-light-anshin-1',
    });
  });
  it('on the end day the contract no longer runs; the day before it does', () => {
    expect(rules(checkOnsiteVisit(base({ contract: { planId: 'itss-light-anshin-1', end: '2026-11-24' } })))).toContain('onsite.outside-contract.blocked');
    expect(checkOnsiteVisit(base({ contract: { planId: 'itss-light-anshin-1', end: '2026-11-25' } })).allowed).toBe(true);
  });
  it('時間延長 from its start day at 00:00 (a holiday, 勤労感謝の日) to the last minute before its end day', () => {
    const first = checkOnsiteVisit(base({ contract: ext(), at: '2026-11-23T00:00' }));
    expect(first.allowed).toBe(true);
    expect(rules(first)).toContain('calendar.option-hours');
    expect(checkOnsiteVisit(base({ contract: ext('2026-12-01'), at: '2026-11-30T23:59' })).allowed).toBe(true);
    const after = checkOnsiteVisit(base({ contract: ext('2026-12-01'), at: '2026-12-01T03:00' }));
    expect(after.allowed).toBe(false);
    expect(after.reasons.at(-1)).toStrictEqual({ rule: 'onsite.outside-hours.blocked', message: '2026-12-01T03:00:00+09:00 is outside the hours of onsite-diagnosis', factId: 'itss-onsite-fault-isolation' });
  });
});

describe('refusals, word for word', () => {
  it.each([
    ['not an object', 5, 'invalid_input', [], 'Expected { contract, at, previousVisits, diagnosis, address }', { value: 5 }],
    ['previousVisits not a list', base({ previousVisits: 'x' }), 'invalid_input', ['previousVisits'], 'previousVisits: Expected an array of visits { at }', { value: 'x' }],
    ['a visit that is null', base({ previousVisits: [null] }), 'invalid_input', ['previousVisits', 0], 'previousVisits[0]: Expected a visit { at, id? }', { value: null }],
    ['a visit id that is a number', base({ previousVisits: [{ at: '2026-11-02T10:00', id: 5 }] }), 'invalid_input', ['previousVisits', 0, 'id'], 'previousVisits[0].id: Expected an id string', { value: 5 }],
    ['a diagnosis that is a list', base({ diagnosis: [] }), 'invalid_input', ['diagnosis'], 'diagnosis: Expected { triedPhoneOrRemote: boolean, faultIsolated: boolean }', { value: [] }],
    ['faultIsolated not a boolean', base({ diagnosis: { triedPhoneOrRemote: true, faultIsolated: 'no' } }), 'invalid_input', ['diagnosis', 'faultIsolated'], 'diagnosis.faultIsolated: Expected a boolean', { value: 'no' }],
    [
      'address null under 001',
      base({ address: null }),
      'invalid_input',
      ['address'],
      'address: Expected { isContractorAddress: boolean } (this plan restricts visits to the contractor’s address)',
      { value: null },
    ],
    [
      'address a number under 000 (checked when given)',
      { contract: { planId: 'oas-plan-a' }, at: '2026-11-24T10:00', previousVisits: [], diagnosis: notIsolated, address: 5 },
      'invalid_input',
      ['address'],
      'address: Expected { isContractorAddress: boolean } (this plan restricts visits to the contractor’s address)',
      { value: 5 },
    ],
    ['isContractorAddress not a boolean', base({ address: { isContractorAddress: 'y' } }), 'invalid_input', ['address', 'isContractorAddress'], 'address.isContractorAddress: Expected a boolean', { value: 'y' }],
    ['calendar not an object', base({ calendar: 5 }), 'invalid_input', ['calendar'], 'calendar: Expected calendar settings { yearEnd?, holidayOverrides?, … }', { value: 5 }],
    ['a malformed 年末年始 span', base({ calendar: { yearEnd: 'soon' } }), 'invalid_input', ['calendar', 'yearEnd'], 'calendar.yearEnd: Expected { start: MM-DD, end: MM-DD } or null', { value: 'soon' }],
    [
      'a closure ending before it starts',
      base({ calendar: { closures: [{ start: '2026-11-30', end: '2026-11-01' }] } }),
      'conflict',
      ['calendar', 'closures', 0, 'end'],
      'calendar.closures[0].end: Closure ends (2026-11-01) before it starts (2026-11-30)',
      { start: '2026-11-30', end: '2026-11-01' },
    ],
    [
      'an unknown 平日 reading',
      base({ calendar: { heijitsu: 5 } }),
      'invalid_input',
      ['calendar', 'heijitsu'],
      "calendar.heijitsu: Expected 'excludes-holidays', 'includes-holidays' or 'excludes-holidays-and-year-end'",
      { value: 5 },
    ],
    [
      'a day beyond 2099 (not a calendar setting: stays at `at`)',
      base({ at: '2100-01-01T10:00' }),
      'out_of_range',
      ['at'],
      'at: Service days depend on holidays, which are computed for 1970–2099 only: 2100-01-01 is outside',
      { value: '2100-01-01', fromYear: 1970, toYear: 2099 },
    ],
    ['a catalog not made by loadCatalog', base({ catalog: 5 }), 'invalid_input', ['catalog'], 'catalog: Expected a catalog made by loadCatalog()', { kind: 'catalog', loader: 'loadCatalog' }],
  ])('%s', (_what, input, code, path, message, details) => {
    expect(refusal(input)).toStrictEqual({ code, path, message, details });
  });
});
