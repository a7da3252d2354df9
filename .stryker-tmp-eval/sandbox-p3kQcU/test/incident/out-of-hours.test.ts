/**
 * estimateOutOfHoursSupport: 002 仕様書 5 「緊急時には…時間外でのサポートも行います」「内容により有償サポートと
 * なる場合があります。（ 目安 \3,000/0.5H ）」 and the list 「有償サポートとなる内容は以下の通り」.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { bundledFixtures, estimateOutOfHoursSupport, type EstimateOutOfHoursSupportInput } from '../../src/index.js';
import { loadCatalog } from '../../src/schemas/index.js';
import { deepFreeze, expectError } from './helpers.js';

describe('which out-of-hours requests are paid (5.3)', () => {
  it.each([
    ['customer-convenience', 'general-inquiry', true, 'helpdesk-paid-convenience-general-inquiry'], // サービス内容、契約内容の確認等
    ['customer-convenience', 'setup-check', true, 'helpdesk-paid-convenience-setup-check'], // セットアップ方法等の確認
    ['customer-convenience', 'operation-advice', true, 'helpdesk-paid-convenience-operation-advice'], // 操作、設定方法に関する技術上の助言
    ['customer-convenience', 'low-urgency', true, 'helpdesk-paid-convenience-low-urgency'], // 当社が緊急性が低いと判断するもの
    ['customer-convenience', 'other', false, undefined], // not listed: free
    ['customer-side', undefined, true, 'helpdesk-paid-customer-side-cause'], // 原因がお客様側であった場合
    ['outside-provider-services', undefined, true, 'helpdesk-paid-outside-provider-services'], // 当社提供サービス以外が原因の場合
    ['provider-services', undefined, false, undefined], // a fault of the provider's own service: not listed, free
  ] as const)('%s / %s → paid %s', (cause, topic, paid, caseId) => {
    const r = estimateOutOfHoursSupport({ durationMinutes: 30, cause, ...(topic ? { topic } : {}) });
    expect(r.paid).toBe(paid);
    expect(r.paidCaseId).toBe(caseId);
    expect(r.estimatedYen).toBe(paid ? 3000 : 0);
    if (paid) expect(r.reasons.find((x) => x.rule === 'incident.out-of-hours.paid-case')?.factId).toBe(caseId);
    else expect(r.reasons.find((x) => x.rule === 'incident.out-of-hours.not-a-paid-case')?.interpretation).toBe('incident-out-of-hours-unlisted-free');
  });
});

describe('the estimate: 目安 ¥3,000 per started 0.5H', () => {
  it.each([
    [0, '0', 0],
    [1, '1', 3000],
    [29.5, '1', 3000],
    [30, '1', 3000],
    [30.01, '2', 6000],
    [45, '2', 6000],
    [60, '2', 6000],
    [61, '3', 9000],
    [90, '3', 9000],
    [600, '20', 60000],
  ])('%s minutes → %s unit(s), ¥%s', (durationMinutes, units, yen) => {
    const r = estimateOutOfHoursSupport({ durationMinutes, cause: 'customer-side' });
    expect(r).toMatchObject({ billedUnits: units, estimatedYen: yen, unitMinutes: 30, unitPriceYen: 3000, billing: 'per-started-unit' });
  });
  it('says it is an estimate (目安), with no tax basis stated, and cites the catalog fee', () => {
    const r = estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-side' });
    expect(r).toMatchObject({ isEstimate: true, taxBasis: null, feeId: 'helpdesk-out-of-hours', planId: 'helpdesk-support' });
    const est = r.reasons.find((x) => x.rule === 'incident.out-of-hours.estimate');
    expect(est?.message).toContain('目安');
    expect(est?.factId).toBe('helpdesk-out-of-hours');
    expect(r.reasons.find((x) => x.rule === 'incident.out-of-hours.per-started-unit')?.interpretation).toBe('incident-out-of-hours-started-unit');
  });
  it('billing: pro-rata charges the exact fraction, rounded as asked', () => {
    expect(estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-side', billing: 'pro-rata' })).toMatchObject({ billedUnits: '1.5', estimatedYen: 4500 });
    expect(estimateOutOfHoursSupport({ durationMinutes: 7, cause: 'customer-side', billing: 'pro-rata' }).estimatedYen).toBe(700);
    // 0.015 min → ¥1.5: half-up 2, floor 1, ceil 2
    expect(estimateOutOfHoursSupport({ durationMinutes: 0.015, cause: 'customer-side', billing: 'pro-rata' }).estimatedYen).toBe(2);
    expect(estimateOutOfHoursSupport({ durationMinutes: 0.015, cause: 'customer-side', billing: 'pro-rata', proRataRounding: 'floor' }).estimatedYen).toBe(1);
  });
  it('no float error: 0.1 + 0.2 minutes is one started unit', () => {
    expect(estimateOutOfHoursSupport({ durationMinutes: 0.1 + 0.2, cause: 'customer-side' }).estimatedYen).toBe(3000);
  });
  it('the fee and unit come from the catalog', () => {
    const docs = JSON.parse(JSON.stringify(bundledFixtures)) as Array<{ document: { id: string }; fees: Array<{ id: string; amountYen: number }>; incidents?: { outOfHours?: { billingUnitMinutes: number } } }>;
    const d = docs.find((x) => x.document.id === 'helpdesk-support')!;
    d.fees.find((f) => f.id === 'helpdesk-out-of-hours')!.amountYen = 4000;
    d.incidents!.outOfHours!.billingUnitMinutes = 60;
    const mine = loadCatalog({ documents: docs });
    expect(estimateOutOfHoursSupport({ durationMinutes: 61, cause: 'customer-side', catalog: mine })).toMatchObject({ billedUnits: '2', estimatedYen: 8000 });
  });
});

describe('when: the rule took effect on 2017-10-13 (附則 第２条)', () => {
  it('on 2017-10-13 Japan time (also given in UTC) it applies; the day before it does not exist yet', () => {
    expect(estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'customer-side', at: '2017-10-13T00:00+09:00' }).paid).toBe(true);
    expect(estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'customer-side', at: '2017-10-12T15:00:00Z' }).paid).toBe(true);
    expectError(() => estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'customer-side', at: '2017-10-12T14:59:59Z' }), 'out_of_range', ['at']);
  });
});

describe('bad input', () => {
  const base: EstimateOutOfHoursSupportInput = { durationMinutes: 30, cause: 'customer-side' };
  it.each([
    [{ ...base, durationMinutes: -1 }, 'invalid_input', ['durationMinutes']],
    [{ ...base, durationMinutes: Number.NaN }, 'invalid_input', ['durationMinutes']],
    [{ ...base, durationMinutes: Infinity }, 'invalid_input', ['durationMinutes']],
    [{ ...base, durationMinutes: '30' }, 'invalid_input', ['durationMinutes']],
    [{ durationMinutes: 30 }, 'invalid_input', ['cause']],
    [{ ...base, cause: 'weather' }, 'invalid_input', ['cause']],
    [{ ...base, cause: 'customer-convenience' }, 'invalid_input', ['topic']],
    [{ ...base, cause: 'customer-convenience', topic: 'chat' }, 'invalid_input', ['topic']],
    [{ ...base, topic: 'setup-check' }, 'invalid_input', ['topic']],
    [{ ...base, billing: 'hourly' }, 'invalid_input', ['billing']],
    [{ ...base, proRataRounding: 'banker' }, 'invalid_input', ['proRataRounding']],
    [{ ...base, at: '2026-13-01T10:00' }, 'invalid_input', ['at']],
    [{ ...base, planId: 'ucom-remote-support' }, 'not_found', ['planId']],
    [{ ...base, planId: 'nope' }, 'not_found', ['planId']],
  ] as const)('%j → %s at %j', (input, code, path) => {
    expectError(() => estimateOutOfHoursSupport(input as unknown as EstimateOutOfHoursSupportInput), code, path);
  });
  it('not an object', () => expectError(() => estimateOutOfHoursSupport(undefined as never), 'invalid_input', []));
  it('does not mutate its input', () => {
    const input = deepFreeze({ ...base });
    expect(() => estimateOutOfHoursSupport(input)).not.toThrow();
    expect(input).toEqual(base);
  });
});

describe('at: outside the phone hours (4.1: 月曜日から金曜日の午前 10:00 ～ 12:00、午後 13:00 ～ 17:00) or not', () => {
  it.each([
    ['2026-11-20T11:00+09:00', false], // Friday morning: ordinary support, free
    ['2026-11-20T01:30:00Z', false], // = 10:30 JST
    ['2026-11-20T12:30+09:00', true], // lunch break
    ['2026-11-20T17:00+09:00', true], // the window's end is exclusive
    ['2026-11-20T09:59+09:00', true],
    ['2026-11-23T11:00+09:00', true], // 勤労感謝の日
    ['2026-11-21T11:00+09:00', true], // Saturday
    ['2026-12-30T11:00+09:00', true], // 年末年始
    ['2028-02-29T11:00+09:00', false], // leap day, a Tuesday
  ])('%s → outside hours %s', (at, outside) => {
    const r = estimateOutOfHoursSupport({ durationMinutes: 40, cause: 'customer-side', at });
    expect(r.outsideHours).toBe(outside);
    expect(r.paid).toBe(outside);
    expect(r.estimatedYen).toBe(outside ? 6000 : 0);
    expect(r.reasons.some((x) => x.rule === (outside ? 'incident.out-of-hours.outside-hours' : 'incident.out-of-hours.within-hours'))).toBe(true);
  });
  it('between 2017-10-13 and 2018-11-01 the phone hours are unknown: not checked, said so', () => {
    const r = estimateOutOfHoursSupport({ durationMinutes: 40, cause: 'customer-side', at: '2018-05-01T11:00+09:00' });
    expect(r.outsideHours).toBeUndefined();
    expect(r.paid).toBe(true);
    expect(r.reasons.map((x) => x.rule)).toContain('incident.out-of-hours.hours-not-checked');
  });
  it('company closures count as outside hours; an unknown channel is an error', () => {
    const r = estimateOutOfHoursSupport({ durationMinutes: 40, cause: 'customer-side', at: '2026-08-13T11:00+09:00', businessCalendar: { closures: [{ start: '2026-08-12', end: '2026-08-16', name: '夏期休業' }] } });
    expect(r.outsideHours).toBe(true);
    expectError(() => estimateOutOfHoursSupport({ durationMinutes: 40, cause: 'customer-side', at: '2026-08-13T11:00+09:00', businessDayChannel: 'pager' }), 'not_found', ['businessDayChannel']);
  });
});
