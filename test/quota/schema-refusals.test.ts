/**
 * QuotaSectionSchema's cross-checks (src/quota/schema.ts: "Checks that limits name known counting rules and that no
 * plan has two limits or two visit rules"): each refusal's path and message, word for word, and only that one issue.
 */
import { describe, expect, it } from 'vitest';
import { bundledFixtures } from '../../src/index.js';
import { evaluateQuota } from '../../src/quota/index.js';
import { editedCatalog, thrown } from '../helpers/values.js';

const indexOf = (id: string): number => (bundledFixtures as ReadonlyArray<{ document: { id: string } }>).findIndex((d) => d.document.id === id);
const D000 = 'office-anshin-support';
const D001 = 'it-support-security';

function issues(edit: (docs: Array<Record<string, any>>) => void): unknown {
  const e = thrown(() => editedCatalog(edit));
  expect(e.code).toBe('invalid_catalog');
  return (e.details as { issues: unknown }).issues;
}

const quotasOf = (docs: Array<Record<string, any>>, id: string): Record<string, any> => docs.find((d) => d.document.id === id)!.quotas;

describe('QuotaSectionSchema refuses a section whose parts do not fit together', () => {
  it('a limit naming a counting rule the section does not define', () => {
    expect(issues((docs) => (quotasOf(docs, D000).inquiryLimits[1].countingRuleId = 'oas-no-such-rule'))).toStrictEqual([
      { code: 'custom', path: ['documents', indexOf(D000), 'quotas', 'inquiryLimits', 1, 'countingRuleId'], message: 'Unknown counting rule oas-no-such-rule' },
    ]);
  });

  it('a plan with two limits: the later one is refused, naming the earlier one', () => {
    // 001's four limits, one plan each; the fourth also names the second's plan
    expect(issues((docs) => (quotasOf(docs, D001).inquiryLimits[3].planIds = ['itss-standard-anshin-2', 'itss-light-anshin-2']))).toStrictEqual([
      {
        code: 'custom',
        path: ['documents', indexOf(D001), 'quotas', 'inquiryLimits', 3, 'planIds', 1],
        message: 'Plan itss-light-anshin-2 has two limits (also inquiryLimits[1])',
      },
    ]);
  });

  it('a plan named twice in one limit is a plan with two limits too', () => {
    expect(issues((docs) => (quotasOf(docs, D000).inquiryLimits[0].planIds = ['oas-plan-a', 'oas-plan-a']))).toStrictEqual([
      { code: 'custom', path: ['documents', indexOf(D000), 'quotas', 'inquiryLimits', 0, 'planIds', 1], message: 'Plan oas-plan-a has two limits (also inquiryLimits[0])' },
    ]);
  });

  it('a plan with two on-site visit rules', () => {
    expect(
      issues((docs) => {
        const visits = quotasOf(docs, D000).onsiteVisits;
        visits.push({ ...structuredClone(visits[0]), id: 'oas-onsite-second', planIds: ['oas-plan-b'] });
      }),
    ).toStrictEqual([{ code: 'custom', path: ['documents', indexOf(D000), 'quotas', 'onsiteVisits', 1, 'planIds', 0], message: 'Plan oas-plan-b has two on-site visit rules' }]);
  });

  it('the bundled sections pass, 002 without any on-site visit rule', () => {
    expect(() => editedCatalog(() => undefined)).not.toThrow();
    expect(quotasOf(structuredClone(bundledFixtures) as Array<Record<string, any>>, 'helpdesk-support').onsiteVisits).toBeUndefined();
  });
});

describe('counts are whole and never negative', () => {
  it.each([
    [2.5, 'Counts are whole numbers'],
    [-1, 'Counts are never negative'],
  ])('a limit of %s a month', (limit, message) => {
    expect(issues((docs) => (quotasOf(docs, D000).inquiryLimits[0].limitPerMonth = limit))).toStrictEqual([
      { code: expect.any(String), path: ['documents', indexOf(D000), 'quotas', 'inquiryLimits', 0, 'limitPerMonth'], message },
    ]);
  });
});

describe('shapes the schema allows beyond the bundled documents', () => {
  it('one limit for two plans: both get its number', () => {
    const catalog = editedCatalog((docs) => {
      const q = quotasOf(docs, D000);
      q.inquiryLimits = [{ ...q.inquiryLimits[0], planIds: ['oas-plan-a', 'oas-plan-b'] }];
    });
    for (const planId of ['oas-plan-a', 'oas-plan-b']) expect(evaluateQuota({ contract: { planId }, month: '2026-11', events: [], catalog }).limit.total).toBe(5);
  });

  it('one limit-neutral entry for two options', () => {
    const catalog = editedCatalog((docs) => {
      const q = quotasOf(docs, D001);
      q.limitNeutralOptions = [{ ...q.limitNeutralOptions[0], optionIds: ['itss-light-time-extension', 'itss-standard-time-extension'] }];
    });
    const r = evaluateQuota({ contract: { planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-standard-time-extension', start: '2026-11-01' }] }, month: '2026-11', events: [], catalog });
    expect(r.reasons.find((x) => x.rule === 'quota.option-changes-no-limit')?.factId).toBe('itss-light-time-extension-no-limit-change');
  });

  it('a counting rule naming every channel', () => {
    const catalog = editedCatalog((docs) => (quotasOf(docs, D000).countingRules[0].channels = ['phone', 'remote', 'fax', 'email', 'web']));
    expect(catalog.documents.find((d) => d.document.id === D000)!.quotas!.countingRules[0]!.channels).toEqual(['phone', 'remote', 'fax', 'email', 'web']);
  });

  it('two on-site visits a month', () => {
    const catalog = editedCatalog((docs) => (quotasOf(docs, D000).onsiteVisits[0].limitPerMonth = 2));
    expect(catalog.documents.find((d) => d.document.id === D000)!.quotas!.onsiteVisits![0]!.limitPerMonth).toBe(2);
  });

  it("a document's own carry-over policy (up to 3 unused units, usable for 2 months) is applied and cited", () => {
    const catalog = editedCatalog((docs) => (quotasOf(docs, D000).rollover.policy = { kind: 'carry-over', maxUnitsPerMonth: 3, validForMonths: 2 }));
    // プラン B, 10 a month from 2026-09, nothing used: September and October each carry 3 into November
    const r = evaluateQuota({ contract: { planId: 'oas-plan-b', start: '2026-09-01' }, month: '2026-11', events: [], catalog, traceEvents: false });
    expect(r.limit.parts.map((p) => [p.kind, p.units, p.kind === 'carried-over' ? [p.fromMonth, p.usableThrough] : null])).toEqual([
      ['plan', 10, null],
      ['carried-over', 3, ['2026-09', '2026-11']],
      ['carried-over', 3, ['2026-10', '2026-12']],
    ]);
    expect(r.limit.total).toBe(16);
    const rollover = r.reasons.find((x) => x.rule === 'quota.rollover-carry-over');
    expect(rollover?.message).toBe('Rollover: carry-over of up to 3 unused units a month, usable for 2 following months');
    expect(rollover?.factId).toBe(quotasOf(structuredClone(bundledFixtures) as Array<Record<string, any>>, D000).rollover.id);
    expect(rollover?.interpretation).toBe(quotasOf(structuredClone(bundledFixtures) as Array<Record<string, any>>, D000).rollover.interpretation ?? 'quota-carry-over-model');
  });
});
