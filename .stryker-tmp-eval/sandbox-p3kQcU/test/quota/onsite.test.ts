/**
 * checkOnsiteVisit: 000 ②訪問故障切り分けサポート (月1回まで, 24時間365日, only when phone/remote could not
 * isolate the fault) and 001 ●訪問による故障切り分け (契約者住所のみ月1回, 9:00–17:00 except 日曜・祝日・年末年始,
 * 時間延長 → 24時間365日).
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { ContractRulesError } from '../../src/errors.js';
import { checkOnsiteVisit, type CheckOnsiteVisitInput } from '../../src/quota/index.js';
import { textOf } from '../helpers/passage.js';

const notIsolated = { triedPhoneOrRemote: true, faultIsolated: false };
const home = { isContractorAddress: true };
const light = { planId: 'itss-light-anshin-1' };
const base = (over: Partial<CheckOnsiteVisitInput>): CheckOnsiteVisitInput => ({
  contract: light,
  at: '2026-11-24T10:00', // Tuesday
  previousVisits: [],
  diagnosis: notIsolated,
  address: home,
  ...over,
});
const blocked = (v: { reasons: readonly { rule: string }[] }) => v.reasons.filter((r) => r.rule.endsWith('.blocked')).map((r) => r.rule);

describe('000 訪問故障切り分けサポート', () => {
  const planA = { planId: 'oas-plan-a' };
  it('allowed at any hour (対応時間 24時間365日), no address restriction stated', () => {
    const v = checkOnsiteVisit({ contract: planA, at: '2027-01-01T03:00', previousVisits: [], diagnosis: notIsolated });
    expect(v.allowed).toBe(true);
    expect(v.limitPerMonth).toBe(1);
    expect(v.reasons.map((r) => r.rule)).toEqual(expect.arrayContaining(['onsite.offered', 'onsite.no-address-restriction', 'onsite.within-monthly-limit', 'onsite.within-hours']));
  });
  it('1回/月(暦月)まで: a second visit in the same Japan month is refused, with the source', () => {
    const v = checkOnsiteVisit({ contract: planA, at: '2026-11-20T10:00', previousVisits: [{ at: '2026-10-31T15:30:00Z' }], diagnosis: notIsolated });
    expect(v.allowed).toBe(false);
    expect(v.visitsThisMonth).toBe(1);
    const why = v.reasons.find((r) => r.rule === 'onsite.monthly-limit-reached.blocked')!;
    expect(textOf(why.source?.passage)).toContain('1回/月(暦月)まで');
  });
  it('a visit at 23:30 JST on the last day of the previous month (given in UTC) does not count', () => {
    const v = checkOnsiteVisit({ contract: planA, at: '2026-11-20T10:00', previousVisits: [{ at: '2026-10-31T14:30:00Z' }], diagnosis: notIsolated });
    expect([v.allowed, v.visitsThisMonth]).toEqual([true, 0]);
  });
  it('a visit already booked later in the same month counts too', () => {
    const v = checkOnsiteVisit({ contract: planA, at: '2026-11-02T10:00', previousVisits: [{ at: '2026-11-28T10:00' }], diagnosis: notIsolated });
    expect(blocked(v)).toEqual(['onsite.monthly-limit-reached.blocked']);
  });
  it('the next month starts afresh (year end: December → January)', () => {
    const v = checkOnsiteVisit({ contract: planA, at: '2027-01-01T00:00', previousVisits: [{ at: '2026-12-31T23:59' }], diagnosis: notIsolated });
    expect(v.allowed).toBe(true);
    expect(v.month).toBe('2027-01');
  });
  it.each([
    [{ triedPhoneOrRemote: true, faultIsolated: true }, 'onsite.fault-isolated-remotely.blocked'],
    [{ triedPhoneOrRemote: false, faultIsolated: false }, 'onsite.remote-support-not-tried.blocked'],
  ])('only when phone/remote could not isolate the fault: %j → %s', (diagnosis, rule) => {
    const v = checkOnsiteVisit({ contract: planA, at: '2026-11-20T10:00', previousVisits: [], diagnosis });
    expect(v.allowed).toBe(false);
    expect(blocked(v)).toEqual([rule]);
    expect(textOf(v.reasons.find((r) => r.rule === rule)!.source?.passage)).toContain('切り分けができなかった場合のみ');
  });
});

describe('001 訪問による故障切り分け', () => {
  it('allowed on a weekday within 9:00–17:00 at the contractor’s address', () => {
    const v = checkOnsiteVisit(base({}));
    expect(v.allowed).toBe(true);
    expect(textOf(v.reasons.find((r) => r.rule === 'onsite.contractor-address')!.source?.passage)).toContain('契約者住所のみ');
  });
  it.each([
    ['2026-11-24T16:59', true, 'last minute of the window'],
    ['2026-11-24T17:00', false, 'window end is exclusive'],
    ['2026-11-24T08:59', false, 'before 9:00'],
    ['2026-11-21T10:00', true, 'Saturday (only 日曜 is excluded)'],
    ['2026-11-22T10:00', false, 'Sunday'],
    ['2026-11-23T10:00', false, '祝日 (勤労感謝の日)'],
    ['2026-12-29T10:00', false, '年末年始'],
    ['2026-11-24T01:00:00Z', true, '10:00 JST given in UTC'],
  ])('hours: %s → %s (%s)', (at, allowed, _why) => {
    const v = checkOnsiteVisit(base({ at }));
    expect(v.allowed).toBe(allowed);
    if (!allowed) expect(blocked(v)).toEqual(['onsite.outside-hours.blocked']);
  });
  it('時間延長 running that day makes it 24時間365日; not before it starts or after it ends', () => {
    const contract = { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension', start: '2026-11-23', end: '2026-12-01' }] };
    expect(checkOnsiteVisit(base({ contract, at: '2026-11-23T03:00' })).allowed).toBe(true);
    expect(checkOnsiteVisit(base({ contract, at: '2026-11-22T23:00' })).allowed).toBe(false);
    expect(checkOnsiteVisit(base({ contract, at: '2026-12-06T10:00' })).allowed).toBe(false); // Sunday, option ended
  });
  it('not at the contractor’s address → refused', () => {
    const v = checkOnsiteVisit(base({ address: { isContractorAddress: false } }));
    expect(blocked(v)).toEqual(['onsite.not-contractor-address.blocked']);
  });
  it('every failing check is reported', () => {
    const v = checkOnsiteVisit(
      base({ at: '2026-11-22T10:00', address: { isContractorAddress: false }, diagnosis: { triedPhoneOrRemote: true, faultIsolated: true }, previousVisits: [{ at: '2026-11-01T10:00' }] }),
    );
    expect(blocked(v)).toEqual([
      'onsite.fault-isolated-remotely.blocked',
      'onsite.not-contractor-address.blocked',
      'onsite.monthly-limit-reached.blocked',
      'onsite.outside-hours.blocked',
    ]);
  });
  it('outside the contract’s days → refused', () => {
    const v = checkOnsiteVisit(base({ contract: { planId: 'itss-light-anshin-1', start: '2026-12-01' } }));
    expect(blocked(v)).toEqual(['onsite.outside-contract.blocked']);
  });
  it('the discontinued plans are not covered (※ライトあんしんプラン、スタンダードあんしんプラン契約者が対象)', () => {
    const v = checkOnsiteVisit(base({ contract: { planId: 'itss-legacy-light-1' } }));
    expect(v.allowed).toBe(false);
    expect(v.limitPerMonth).toBeNull();
    expect(textOf(v.reasons[0]!.source?.passage)).toContain('ライトあんしんプラン、スタンダードあんしんプラン契約者が対象');
  });
  it('002 offers no on-site visit', () => {
    const v = checkOnsiteVisit(base({ contract: { planId: 'helpdesk-support' } }));
    expect([v.allowed, blocked(v)]).toEqual([false, ['onsite.not-offered.blocked']]);
  });
  it('does not mutate its input', () => {
    const input = base({ contract: { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension', start: '2026-11-01' }] }, previousVisits: [{ at: '2026-11-01T10:00' }] });
    const copy = structuredClone(input);
    checkOnsiteVisit(input);
    expect(input).toEqual(copy);
  });
  it('year-end span is configurable through calendar settings', () => {
    expect(checkOnsiteVisit(base({ at: '2026-12-29T10:00', calendar: { yearEnd: null } })).allowed).toBe(true);
  });
});

describe('checkOnsiteVisit: bad input', () => {
  it.each([
    ['input', null, 'invalid_input', []],
    ['unknown plan', { contract: { planId: 'nope' } }, 'not_found', ['contract', 'planId']],
    ['option of another plan', { contract: { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-11-01' }] } }, 'conflict', ['contract', 'options', 0, 'optionId']],
    ['at malformed', { at: '24/11/2026' }, 'invalid_input', ['at']],
    ['at out of range', { at: '1951-01-01T10:00' }, 'out_of_range', ['at']],
    ['previousVisits not an array', { previousVisits: undefined }, 'invalid_input', ['previousVisits']],
    ['previous visit malformed', { previousVisits: [{ at: '2026-11-01T10:00' }, { at: 'x' }] }, 'invalid_input', ['previousVisits', 1, 'at']],
    ['previous visit not an object', { previousVisits: ['2026-11-01T10:00'] }, 'invalid_input', ['previousVisits', 0]],
    ['diagnosis missing', { diagnosis: undefined }, 'invalid_input', ['diagnosis']],
    ['diagnosis field not boolean', { diagnosis: { triedPhoneOrRemote: 'yes', faultIsolated: false } }, 'invalid_input', ['diagnosis', 'triedPhoneOrRemote']],
    ['address missing under 001', { address: undefined }, 'invalid_input', ['address']],
    ['address field not boolean', { address: { isContractorAddress: 1 } }, 'invalid_input', ['address', 'isContractorAddress']],
    ['calendar settings malformed', { calendar: { yearEnd: 'soon' } }, 'invalid_input', ['calendar', 'yearEnd']],
  ] as const)('%s', (_what, over, code, path) => {
    try {
      checkOnsiteVisit(over === null ? (null as never) : base(over as never));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ContractRulesError);
      expect({ code: (e as ContractRulesError).code, path: (e as ContractRulesError).path }).toEqual({ code, path });
    }
  });
});
