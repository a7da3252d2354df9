/**
 * estimateOutOfHoursSupport (002 仕様書 5): refusals word for word whatever the request's cause, the default rounding of
 * a pro-rata estimate, and a catalog whose customer-convenience case names no topic (the schema: "`topic` narrows a
 * `customer-convenience` case", so a case without one covers every topic).
 */
import { describe, expect, it } from 'vitest';
import { estimateOutOfHoursSupport } from '../../src/index.js';
import { editedCatalog, thrown } from '../helpers/values.js';

const refusal = (fn: () => unknown) => {
  const e = thrown(fn);
  return { code: e.code, path: e.path, message: e.message, details: e.details };
};

describe('refusals', () => {
  it('not an object', () => {
    expect(refusal(() => estimateOutOfHoursSupport(undefined as never))).toStrictEqual({
      code: 'invalid_input',
      path: [],
      message: 'Expected an object { durationMinutes, cause }, received undefined',
      details: { value: 'undefined' },
    });
  });

  it.each([-1, Number.NaN, -Infinity])('a duration of %s minutes is refused even for a free request (provider-services)', (durationMinutes) => {
    expect(refusal(() => estimateOutOfHoursSupport({ durationMinutes, cause: 'provider-services' }))).toStrictEqual({
      code: 'invalid_input',
      path: ['durationMinutes'],
      message: `durationMinutes: Expected a duration in minutes >= 0, received ${durationMinutes}`,
      details: { value: String(durationMinutes) },
    });
  });

  it('a plan whose document states no out-of-hours support (003)', () => {
    expect(refusal(() => estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-side', planId: 'ucom-remote-support' }))).toStrictEqual({
      code: 'not_found',
      path: ['planId'],
      message: 'planId: The document of plan ucom-remote-support (003_ffc254f782656f39.txt) states no out-of-hours support rule',
      details: { planId: 'ucom-remote-support', document: '003_ffc254f782656f39.txt' },
    });
  });

  it('a rule naming a fee the catalog does not have', () => {
    const catalog = editedCatalog((docs) => {
      docs.find((d) => d.document.id === 'helpdesk-support')!.incidents.outOfHours.feeId = 'helpdesk-nope';
    });
    const e = refusal(() => estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-side', catalog }));
    expect(e).toMatchObject({ code: 'not_found', path: ['feeId'], details: { value: 'helpdesk-nope' } });
    expect(e.message).toMatch(/^feeId: Unknown fee "helpdesk-nope"/);
  });
});

describe('pro rata', () => {
  it('rounds half-up unless told otherwise, and says so', () => {
    const r = estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-side', billing: 'pro-rata' });
    expect(r.reasons.find((x) => x.rule === 'incident.out-of-hours.pro-rata')?.message).toBe('45 / 30 × ¥3000 = ¥4500 (rounded half-up)');
  });
});

describe('a customer-convenience case without a topic covers every topic', () => {
  const catalog = editedCatalog((docs) => {
    const rule = docs.find((d) => d.document.id === 'helpdesk-support')!.incidents.outOfHours;
    const first = rule.paidCases.find((c: { cause: string }) => c.cause === 'customer-convenience');
    rule.paidCases = [
      { ...first, id: 'helpdesk-paid-convenience-any', topic: undefined },
      ...rule.paidCases.filter((c: { cause: string }) => c.cause !== 'customer-convenience'),
    ];
  });
  it.each(['other', 'general-inquiry', 'low-urgency'] as const)('topic %s → paid under that case', (topic) => {
    const r = estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'customer-convenience', topic, catalog });
    expect(r).toMatchObject({ paid: true, paidCaseId: 'helpdesk-paid-convenience-any', estimatedYen: 3000 });
  });
  it('other causes are unchanged: customer-side paid, provider-services free', () => {
    expect(estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'customer-side', catalog }).paidCaseId).toBe('helpdesk-paid-customer-side-cause');
    expect(estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'provider-services', catalog }).paid).toBe(false);
  });
});
