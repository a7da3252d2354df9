/**
 * serviceEndNotice, cancellationEffect and estimateOutOfHoursSupport word for word: every reason's rule, message,
 * fact and interpretation, each result's exact keys, and each refusal's code, path, message and details.
 * 002 規約 第4条 「本サービスを終了するときは、終了する１か月前までにその旨を通知あるいは告知します。」;
 * 003 「解約申込の受付が完了した日が解約日となります。」「解約日以降のサポートはいたしません。」;
 * 002 仕様書 5 「内容により有償サポートとなる場合があります。（ 目安 \3,000/0.5H ）」「有償サポートとなる内容は以下の通り」.
 */
import { describe, expect, it } from 'vitest';
import {
  ContractRulesError,
  bundledFixtures,
  cancellationEffect,
  estimateOutOfHoursSupport,
  getDocument,
  getFee,
  getPlan,
  serviceEndNotice,
} from '../../src/index.js';
import { loadCatalog } from '../../src/schemas/index.js';
import { textOf } from '../helpers/passage.js';

type Brief = [rule: string, message: string, factId?: string, interpretation?: string];
const h = getDocument('helpdesk-support').incidents!;
const u = getDocument('ucom-remote-support').incidents!;
const oh = h.outOfHours!;

/** Reasons as [rule, message, factId, interpretation], each source checked against `sources[i]`. */
function brief<T extends { reasons: readonly { rule: string; message: string; factId?: string; interpretation?: string; source?: unknown }[] }>(
  r: T,
  sources: unknown[],
): Omit<T, 'reasons'> & { reasons: Brief[] } {
  expect(Object.isFrozen(r)).toBe(true);
  expect(Object.isFrozen(r.reasons)).toBe(true);
  expect(r.reasons.map((x) => x.source)).toStrictEqual(sources);
  return {
    ...r,
    reasons: r.reasons.map((x) => {
      const out: Brief = [x.rule, x.message];
      if (x.factId !== undefined || x.interpretation !== undefined) out.push(x.factId);
      if (x.interpretation !== undefined) out.push(x.interpretation);
      return out;
    }),
  };
}

function refusal(fn: () => unknown): { code: string; path: readonly (string | number)[]; message: string; details: unknown } {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ContractRulesError);
    const err = e as ContractRulesError;
    return { code: err.code, path: err.path, message: err.message, details: JSON.parse(JSON.stringify(err.details ?? null)) };
  }
  throw new Error('expected a refusal');
}

/** The bundled catalog with 002 changed by `edit`. */
function with002(edit: (d: { fees: Array<Record<string, unknown>>; incidents: Record<string, Record<string, unknown>> }) => void) {
  const docs = JSON.parse(JSON.stringify(bundledFixtures)) as Array<{ document: { id: string } }>;
  edit(docs.find((d) => d.document.id === 'helpdesk-support') as never);
  return loadCatalog({ documents: docs });
}

describe('serviceEndNotice word for word (第4条 「終了する１か月前までに」)', () => {
  const N = 'helpdesk-service-end-notice';
  const src = h.serviceEndNotice!.source;
  it('the passage cited', () => expect(textOf(src.passage)).toContain('終了する１か月前までにその旨を通知あるいは告知します'));
  it('backward-from-end: notice on the latest day is in time', () => {
    expect(brief(serviceEndNotice({ lastServiceDay: '2027-03-31', noticeGivenOn: '2027-02-28' }), [src, src])).toStrictEqual({
      planId: 'helpdesk-support',
      lastServiceDay: '2027-03-31',
      noticeMonths: 1,
      latestNoticeDay: '2027-02-28',
      noticeGivenOn: '2027-02-28',
      sufficient: true,
      earliestLastServiceDay: '2027-03-28',
      counting: 'backward-from-end',
      reasons: [
        ['incident.notice.backward-from-end', '1 month(s) counted back from the end of 2027-03-31 (民法140–143 in reverse, month-end clamped): notice by 2027-02-28', N, 'incident-service-end-notice-counting'],
        ['incident.notice.in-time', 'Notice given on 2027-02-28 is on or before 2027-02-28: in time', N],
      ],
    });
  });
  it('backward-from-end: a day late is too late, with the earliest end', () => {
    expect(brief(serviceEndNotice({ lastServiceDay: '2027-03-31', noticeGivenOn: '2027-03-01' }), [src, src]).reasons[1]).toStrictEqual([
      'incident.notice.too-late',
      'Notice given on 2027-03-01 is after 2027-02-28: too late; with that notice the service can end on 2027-04-01 at the earliest',
      N,
    ]);
  });
  it('forward-from-notice: a month from the next day must end by the last day of service', () => {
    expect(brief(serviceEndNotice({ lastServiceDay: '2027-03-30', noticeGivenOn: '2027-02-27', counting: 'forward-from-notice' }), [src, src])).toStrictEqual({
      planId: 'helpdesk-support',
      lastServiceDay: '2027-03-30',
      noticeMonths: 1,
      latestNoticeDay: '2027-02-27',
      noticeGivenOn: '2027-02-27',
      sufficient: true,
      earliestLastServiceDay: '2027-03-27',
      counting: 'forward-from-notice',
      reasons: [
        ['incident.notice.forward-from-notice', 'Notice on 2027-02-27: counted from the next day, 1 month(s) end on 2027-03-27, not after 2027-03-30', N, 'incident-service-end-notice-counting'],
        ['incident.notice.in-time', 'Notice given on 2027-02-27 is on or before 2027-02-27: in time', N],
      ],
    });
    const late = serviceEndNotice({ lastServiceDay: '2027-03-30', noticeGivenOn: '2027-02-28', counting: 'forward-from-notice' });
    expect(late).toMatchObject({ sufficient: false, earliestLastServiceDay: '2027-03-31' });
    expect(late.reasons[1]!.message).toBe('Notice given on 2027-02-28 is after 2027-02-27: too late; with that notice the service can end on 2027-03-31 at the earliest');
  });
  it('without noticeGivenOn: no check keys at all', () => {
    const r = serviceEndNotice({ lastServiceDay: '2027-03-31' });
    expect(Object.keys(r)).toStrictEqual(['planId', 'lastServiceDay', 'noticeMonths', 'latestNoticeDay', 'counting', 'reasons']);
  });
  it('three months of notice (a catalog that says so), both countings', () => {
    const catalog = with002((d) => {
      d.incidents.serviceEndNotice!.months = 3;
    });
    const b = serviceEndNotice({ lastServiceDay: '2027-05-31', noticeGivenOn: '2027-03-01', catalog });
    expect(b).toMatchObject({ noticeMonths: 3, latestNoticeDay: '2027-02-28', sufficient: false, earliestLastServiceDay: '2027-06-01' });
    expect(b.reasons[0]!.message).toBe('3 month(s) counted back from the end of 2027-05-31 (民法140–143 in reverse, month-end clamped): notice by 2027-02-28');
    expect(serviceEndNotice({ lastServiceDay: '2027-05-31', noticeGivenOn: '2027-02-28', catalog }).earliestLastServiceDay).toBe('2027-05-28');
    const f = serviceEndNotice({ lastServiceDay: '2027-05-30', noticeGivenOn: '2027-03-01', catalog, counting: 'forward-from-notice' });
    expect(f).toMatchObject({ latestNoticeDay: '2027-02-27', sufficient: false, earliestLastServiceDay: '2027-06-01' });
    expect(f.reasons[0]!.message).toBe('Notice on 2027-02-27: counted from the next day, 3 month(s) end on 2027-05-27, not after 2027-05-30');
    expect(serviceEndNotice({ lastServiceDay: '2027-05-31', noticeGivenOn: '2027-02-28', catalog, counting: 'forward-from-notice' })).toMatchObject({
      latestNoticeDay: '2027-02-28',
      sufficient: true,
      earliestLastServiceDay: '2027-05-31',
    });
  });
  it.each([
    [{ lastServiceDay: 5 }, 'invalid_input', ['lastServiceDay'], 'lastServiceDay: Expected a date string YYYY-MM-DD (or a js-joda LocalDate or Temporal PlainDate), received number', { value: 5 }],
    [
      { lastServiceDay: '2027-03-30', counting: 5 },
      'invalid_input',
      ['counting'],
      'counting: Expected one of "backward-from-end", "forward-from-notice", received 5',
      { value: '5', allowed: ['backward-from-end', 'forward-from-notice'] },
    ],
    [{ lastServiceDay: '2027-03-30', noticeGivenOn: null }, 'invalid_input', ['noticeGivenOn'], 'noticeGivenOn: Expected a date string YYYY-MM-DD (or a js-joda LocalDate or Temporal PlainDate), received null', { value: null }],
    [
      { lastServiceDay: '2027-03-30', planId: 'ucom-remote-support' },
      'not_found',
      ['planId'],
      'planId: The document of plan ucom-remote-support (003_ffc254f782656f39.txt) states no service-end notice rule',
      { planId: 'ucom-remote-support', document: '003_ffc254f782656f39.txt' },
    ],
    [null, 'invalid_input', [], 'Expected an object { lastServiceDay }, received null', { value: 'null' }],
  ])('refuses %j', (input, code, path, message, details) => {
    expect(refusal(() => serviceEndNotice(input as never))).toStrictEqual({ code, path, message, details });
  });
});

describe('cancellationEffect word for word (003 解約)', () => {
  const C = 'ucom-remote-support-cancellation';
  const day = u.cancellation!.effectiveDay.source;
  const sup = u.cancellation!.support.source;
  it('the passages cited', () => {
    expect(textOf(day.passage)).toContain('解約申込の受付が完了した日が解約日となります');
    expect(textOf(sup.passage)).toContain('解約日以降のサポートはいたしません');
  });
  it('an instant, checked a minute before the acceptance and at it', () => {
    const before = cancellationEffect({ acceptedAt: '2026-11-20T15:00+09:00', at: '2026-11-20T14:59+09:00' });
    expect(brief(before, [day, sup, sup])).toStrictEqual({
      planId: 'ucom-remote-support',
      cancellationDay: '2026-11-20',
      supportEndsAt: '2026-11-20T15:00:00+09:00',
      supportOnCancellationDay: 'none',
      supportAvailable: true,
      reasons: [
        ['incident.cancellation.day', 'Acceptance of the cancellation completed at 2026-11-20T15:00:00+09:00, on 2026-11-20: that day is the 解約日', C],
        ['incident.cancellation.support-ends', 'No support from the 解約日 on (以降 includes the day): support ends at the acceptance, 2026-11-20T15:00:00+09:00', C, 'incident-cancellation-day-support'],
        ['incident.cancellation.support-given', '2026-11-20T14:59:00+09:00 is before 2026-11-20T15:00:00+09:00: support is given', C],
      ],
    });
    expect(brief(cancellationEffect({ acceptedAt: '2026-11-20T15:00+09:00', at: '2026-11-20T15:00+09:00' }), [day, sup, sup]).reasons[2]).toStrictEqual([
      'incident.cancellation.no-support',
      '2026-11-20T15:00:00+09:00 is at or after 2026-11-20T15:00:00+09:00: no support',
      C,
    ]);
  });
  it('only the day: support ends at its start; no `at`, no supportAvailable key', () => {
    const r = cancellationEffect({ acceptedOn: '2026-11-20' });
    expect(brief(r, [day, sup])).toStrictEqual({
      planId: 'ucom-remote-support',
      cancellationDay: '2026-11-20',
      supportEndsAt: '2026-11-20T00:00:00+09:00',
      supportOnCancellationDay: 'none',
      reasons: [
        ['incident.cancellation.day', 'Acceptance of the cancellation completed on 2026-11-20: that day is the 解約日', C],
        ['incident.cancellation.support-ends', 'No support from the 解約日 on (以降 includes the day): support ends at 2026-11-20T00:00:00+09:00, the start of the 解約日', C, 'incident-cancellation-day-support'],
      ],
    });
  });
  it('whole-day: to the end of the 解約日, given a day or an instant', () => {
    const r = cancellationEffect({ acceptedOn: '2026-11-20', supportOnCancellationDay: 'whole-day', at: '2026-11-20T23:59:59.999+09:00' });
    expect(brief(r, [day, sup, sup])).toStrictEqual({
      planId: 'ucom-remote-support',
      cancellationDay: '2026-11-20',
      supportEndsAt: '2026-11-21T00:00:00+09:00',
      supportOnCancellationDay: 'whole-day',
      supportAvailable: true,
      reasons: [
        ['incident.cancellation.day', 'Acceptance of the cancellation completed on 2026-11-20: that day is the 解約日', C],
        ['incident.cancellation.support-ends', 'Support runs to the end of the 解約日 and ends at 2026-11-21T00:00:00+09:00 (supportOnCancellationDay: whole-day)', C, 'incident-cancellation-day-support'],
        ['incident.cancellation.support-given', '2026-11-20T23:59:59.999+09:00 is before 2026-11-21T00:00:00+09:00: support is given', C],
      ],
    });
    const i = cancellationEffect({ acceptedAt: '2026-11-20T15:00+09:00', supportOnCancellationDay: 'whole-day', at: '2026-11-21T00:00+09:00' });
    expect(i).toMatchObject({ supportEndsAt: '2026-11-21T00:00:00+09:00', supportAvailable: false });
    expect(i.reasons[1]!.message).toBe('Support runs to the end of the 解約日 and ends at 2026-11-21T00:00:00+09:00 (supportOnCancellationDay: whole-day)');
  });
  it.each([
    [{}, 'invalid_input', ['acceptedAt'], 'acceptedAt: Give exactly one of acceptedAt (an instant) and acceptedOn (a day)', {}],
    [{ acceptedAt: '2026-11-20T15:00+09:00', acceptedOn: '2026-11-20' }, 'invalid_input', ['acceptedOn'], 'acceptedOn: Give exactly one of acceptedAt (an instant) and acceptedOn (a day)', {}],
    [{ acceptedOn: 5 }, 'invalid_input', ['acceptedOn'], 'acceptedOn: Expected a date string YYYY-MM-DD (or a js-joda LocalDate or Temporal PlainDate), received number', { value: 5 }],
    [
      { acceptedOn: '2026-11-20', planId: 'helpdesk-support' },
      'not_found',
      ['planId'],
      'planId: The document of plan helpdesk-support (002_02cdcd368f477966.txt) states no cancellation rule',
      { planId: 'helpdesk-support', document: '002_02cdcd368f477966.txt' },
    ],
    ['x', 'invalid_input', [], 'Expected an object { acceptedAt } or { acceptedOn }, received "x"', { value: '"x"' }],
    [{ acceptedAt: null }, 'invalid_input', ['acceptedAt'], 'acceptedAt: Expected an ISO-8601 date-time string or a Date (or a js-joda or Temporal instant), received null', { value: null }],
  ])('refuses %j', (input, code, path, message, details) => {
    expect(refusal(() => cancellationEffect(input as never))).toStrictEqual({ code, path, message, details });
  });
});

describe('estimateOutOfHoursSupport word for word (002 仕様書 5)', () => {
  const RULE = 'helpdesk-out-of-hours-support';
  const FEE = 'helpdesk-out-of-hours';
  const feeSrc = getFee(FEE).source;
  const caseSrc = (id: string) => oh.paidCases.find((c) => c.id === id)!.source;
  const estimate: Brief = ['incident.out-of-hours.estimate', 'The price is a guide (目安), not a fixed price; the document states no tax basis', FEE];
  it('the passages cited', () => {
    expect(textOf(oh.billingUnitSource.passage)).toContain('目安 \\3,000/0.5H');
    expect(textOf(oh.effectiveFrom!.source.passage)).toContain('2017 年 10 月 13 日');
  });
  it('at lunchtime on a Friday (outside 4.1’s hours), for the customer’s convenience (setup check)', () => {
    const r = estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-convenience', topic: 'setup-check', at: '2026-11-20T12:30+09:00' });
    const id = 'helpdesk-paid-convenience-setup-check';
    expect(brief(r, [oh.effectiveFrom!.source, oh.offered.source, caseSrc(id), oh.billingUnitSource, feeSrc])).toStrictEqual({
      planId: 'helpdesk-support',
      paid: true,
      paidCaseId: id,
      outsideHours: true,
      durationMinutes: 45,
      billedUnits: '2',
      unitMinutes: 30,
      unitPriceYen: 3000,
      estimatedYen: 6000,
      isEstimate: true,
      taxBasis: null,
      feeId: FEE,
      billing: 'per-started-unit',
      reasons: [
        ['incident.out-of-hours.in-force', 'The out-of-hours rule is in force on 2026-11-20 (added 2017-10-13)', RULE],
        ['incident.out-of-hours.outside-hours', '2026-11-20T12:30:00+09:00 is outside the phone hours: out-of-hours support, given in emergencies', RULE],
        ['incident.out-of-hours.paid-case', 'A listed paid case: customer-convenience / setup-check', id],
        ['incident.out-of-hours.per-started-unit', '45 minutes = 2 started unit(s) of 30 minutes × ¥3000 = ¥6000', RULE, 'incident-out-of-hours-started-unit'],
        estimate,
      ],
    });
  });
  it('within the phone hours: ordinary support, free, citing the plan', () => {
    const r = estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-side', at: '2026-11-20T11:00+09:00' });
    expect(brief(r, [oh.effectiveFrom!.source, getPlan('helpdesk-support').source])).toStrictEqual({
      planId: 'helpdesk-support',
      paid: false,
      outsideHours: false,
      durationMinutes: 45,
      billedUnits: '0',
      unitMinutes: 30,
      unitPriceYen: 3000,
      estimatedYen: 0,
      isEstimate: true,
      taxBasis: null,
      feeId: FEE,
      billing: 'per-started-unit',
      reasons: [
        ['incident.out-of-hours.in-force', 'The out-of-hours rule is in force on 2026-11-20 (added 2017-10-13)', RULE],
        ['incident.out-of-hours.within-hours', '2026-11-20T11:00:00+09:00 is within the phone hours: ordinary support, free of charge', 'helpdesk-support'],
      ],
    });
  });
  it('no instant, a cause not listed: free (interpretation incident-out-of-hours-unlisted-free)', () => {
    const r = estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'provider-services' });
    expect(brief(r, [oh.offered.source, oh.source])).toStrictEqual({
      planId: 'helpdesk-support',
      paid: false,
      durationMinutes: 45,
      billedUnits: '0',
      unitMinutes: 30,
      unitPriceYen: 3000,
      estimatedYen: 0,
      isEstimate: true,
      taxBasis: null,
      feeId: FEE,
      billing: 'per-started-unit',
      reasons: [
        ['incident.out-of-hours.offered', 'Outside the phone hours, support is given in emergencies (no instant given: assumed outside hours)', RULE],
        ['incident.out-of-hours.not-a-paid-case', 'Not a listed paid case (provider-services): free of charge', RULE, 'incident-out-of-hours-unlisted-free'],
      ],
    });
    expect(estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-convenience', topic: 'other' }).reasons[1]!.message).toBe(
      'Not a listed paid case (customer-convenience / other): free of charge',
    );
  });
  it('pro rata, rounded up: the exact fraction', () => {
    const r = estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-side', billing: 'pro-rata', proRataRounding: 'ceil' });
    const id = 'helpdesk-paid-customer-side-cause';
    expect(brief(r, [oh.offered.source, caseSrc(id), oh.billingUnitSource, feeSrc])).toStrictEqual({
      planId: 'helpdesk-support',
      paid: true,
      paidCaseId: id,
      durationMinutes: 45,
      billedUnits: '1.5',
      unitMinutes: 30,
      unitPriceYen: 3000,
      estimatedYen: 4500,
      isEstimate: true,
      taxBasis: null,
      feeId: FEE,
      billing: 'pro-rata',
      reasons: [
        ['incident.out-of-hours.offered', 'Outside the phone hours, support is given in emergencies (no instant given: assumed outside hours)', RULE],
        ['incident.out-of-hours.paid-case', 'A listed paid case: customer-side', id],
        ['incident.out-of-hours.pro-rata', '45 / 30 × ¥3000 = ¥4500 (rounded ceil)', RULE, 'incident-out-of-hours-started-unit'],
        estimate,
      ],
    });
    // ¥1.5 for 0.015 minutes: ceil 2, floor 1
    expect(estimateOutOfHoursSupport({ durationMinutes: 0.015, cause: 'customer-side', billing: 'pro-rata', proRataRounding: 'ceil' }).estimatedYen).toBe(2);
    expect(estimateOutOfHoursSupport({ durationMinutes: 0.01, cause: 'customer-side', billing: 'pro-rata', proRataRounding: 'ceil' }).estimatedYen).toBe(1);
    expect(estimateOutOfHoursSupport({ durationMinutes: 0.01, cause: 'customer-side', billing: 'pro-rata' }).estimatedYen).toBe(1);
    expect(estimateOutOfHoursSupport({ durationMinutes: 0.004, cause: 'customer-side', billing: 'pro-rata' }).estimatedYen).toBe(0);
  });
  it('hours unknown (2018-05-01, before 2018-11-01): not checked; unknownAs decides either way', () => {
    const at = '2018-05-01T11:00+09:00';
    const r = estimateOutOfHoursSupport({ durationMinutes: 40, cause: 'customer-side', at });
    expect(r.outsideHours).toBeUndefined();
    expect(brief(r, [oh.effectiveFrom!.source, undefined, caseSrc('helpdesk-paid-customer-side-cause'), oh.billingUnitSource, feeSrc]).reasons.slice(0, 2)).toStrictEqual([
      ['incident.out-of-hours.in-force', 'The out-of-hours rule is in force on 2018-05-01 (added 2017-10-13)', RULE],
      ['incident.out-of-hours.hours-not-checked', 'Whether the instant is outside the phone hours was not checked: the caller states that it is'],
    ]);
    expect(estimateOutOfHoursSupport({ durationMinutes: 40, cause: 'customer-side', at, businessCalendar: { unknownAs: 'open' } })).toMatchObject({ outsideHours: false, paid: false, estimatedYen: 0 });
    const closed = estimateOutOfHoursSupport({ durationMinutes: 40, cause: 'customer-side', at, businessCalendar: { unknownAs: 'closed' } });
    expect(closed).toMatchObject({ outsideHours: true, paid: true, estimatedYen: 6000 });
    expect(closed.reasons[1]!.message).toBe('2018-05-01T11:00:00+09:00 is outside the phone hours: out-of-hours support, given in emergencies');
  });
  it('a fee stated as a fixed price, and a guide price with a tax basis (catalogs that say so)', () => {
    const fixed = estimateOutOfHoursSupport({
      durationMinutes: 30,
      cause: 'customer-side',
      catalog: with002((d) => {
        const f = d.fees.find((x) => x.id === FEE)!;
        f.estimate = false;
        f.taxBasis = 'tax-included';
      }),
    });
    expect(fixed).toMatchObject({ isEstimate: false, taxBasis: 'tax-included', estimatedYen: 3000 });
    expect(fixed.reasons.at(-1)).toMatchObject({ rule: 'incident.out-of-hours.fixed-price', message: 'The price is stated as a fixed price', factId: FEE });
    const withBasis = estimateOutOfHoursSupport({
      durationMinutes: 30,
      cause: 'customer-side',
      catalog: with002((d) => {
        d.fees.find((x) => x.id === FEE)!.taxBasis = 'tax-excluded';
      }),
    });
    expect(withBasis.reasons.at(-1)).toMatchObject({ rule: 'incident.out-of-hours.estimate', message: 'The price is a guide (目安), not a fixed price', factId: FEE });
  });
  it('a rule without an effective date: no in-force reason and no earliest day', () => {
    const catalog = with002((d) => {
      delete d.incidents.outOfHours!.effectiveFrom;
    });
    const r = estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'customer-side', catalog, at: '2016-11-20T12:30+09:00' });
    expect(r.reasons.map((x) => x.rule)).toStrictEqual([
      'incident.out-of-hours.hours-not-checked',
      'incident.out-of-hours.paid-case',
      'incident.out-of-hours.per-started-unit',
      'incident.out-of-hours.estimate',
    ]);
  });
  it.each([
    [{ durationMinutes: -1, cause: 'customer-side' }, 'invalid_input', ['durationMinutes'], 'durationMinutes: Expected a duration in minutes >= 0, received -1', { value: '-1' }],
    [{ durationMinutes: '3', cause: 'customer-side' }, 'invalid_input', ['durationMinutes'], 'durationMinutes: Expected a duration in minutes >= 0, received "3"', { value: '"3"' }],
    [
      { durationMinutes: 2 ** 53, cause: 'customer-side' },
      'out_of_range',
      ['durationMinutes'],
      'durationMinutes: A duration of 9007199254740992 minutes is beyond 9007199254740991',
      { value: 9007199254740992, max: 9007199254740991 },
    ],
    [
      { durationMinutes: 2 ** 53 - 1, cause: 'customer-side' },
      'out_of_range',
      ['durationMinutes'],
      'durationMinutes: Yen amount 900719925474102000 cannot be returned as an exact number',
      { value: '900719925474102000' },
    ],
    [{ durationMinutes: 3 }, 'invalid_input', ['cause'], 'cause: A cause is required: one of customer-convenience, customer-side, outside-provider-services, provider-services', {}],
    [
      { durationMinutes: 3, cause: 'customer-convenience' },
      'invalid_input',
      ['topic'],
      "topic: A request for the customer's convenience needs a topic: one of general-inquiry, setup-check, operation-advice, low-urgency, other",
      {},
    ],
    [{ durationMinutes: 3, cause: 'customer-side', topic: 'other' }, 'invalid_input', ['topic'], 'topic: A topic only applies to cause customer-convenience, not customer-side', { value: '"other"' }],
    [
      { durationMinutes: 3, cause: 'customer-side', at: '2017-10-12T23:59+09:00' },
      'out_of_range',
      ['at'],
      'at: Out-of-hours support was added on 2017-10-13; 2017-10-12T23:59:00+09:00 is before it',
      { effectiveFrom: '2017-10-13' },
    ],
    [
      { durationMinutes: 3, cause: 'customer-side', at: '2026-11-20T11:00+09:00', businessDayChannel: 'pager' },
      'not_found',
      ['businessDayChannel'],
      'businessDayChannel: Plan helpdesk-support has no channel "pager"; its channels are phone, fax-email-web',
      { value: 'pager', channels: ['phone', 'fax-email-web'], calendarPath: ['channel'] },
    ],
    [
      { durationMinutes: 3, cause: 'customer-side', at: '2100-01-01T11:00+09:00' },
      'out_of_range',
      ['at'],
      'at: Service days depend on holidays, which are computed for 1970–2099 only: 2100-01-01 is outside',
      { value: '2100-01-01', fromYear: 1970, toYear: 2099, calendarPath: ['at'] },
    ],
    [
      { durationMinutes: 3, cause: 'weather' },
      'invalid_input',
      ['cause'],
      'cause: Expected one of "customer-convenience", "customer-side", "outside-provider-services", "provider-services", received "weather"',
      { value: 'weather', allowed: ['customer-convenience', 'customer-side', 'outside-provider-services', 'provider-services'] },
    ],
    [
      { durationMinutes: 3, cause: 'customer-convenience', topic: 7 },
      'invalid_input',
      ['topic'],
      'topic: Expected one of "general-inquiry", "setup-check", "operation-advice", "low-urgency", "other", received 7',
      { value: '7', allowed: ['general-inquiry', 'setup-check', 'operation-advice', 'low-urgency', 'other'] },
    ],
  ])('refuses %j', (input, code, path, message, details) => {
    expect(refusal(() => estimateOutOfHoursSupport(input as never))).toStrictEqual({ code, path, message, details });
  });
  it('a fee without an amount: no estimate (a catalog that says so)', () => {
    const catalog = with002((d) => {
      d.fees.find((x) => x.id === FEE)!.amountYen = null;
    });
    expect(refusal(() => estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'customer-side', catalog }))).toStrictEqual({
      code: 'conflict',
      path: ['planId'],
      message: 'planId: Fee helpdesk-out-of-hours states no amount: no estimate can be given',
      details: { feeId: FEE },
    });
  });
});
