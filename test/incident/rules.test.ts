/**
 * Finding the document whose `incidents` section states a rule (002 仕様書 6 for the timer, 003 解約 for cancellation),
 * and the shared input checks: what happens when no document or several state it, and how a bad value is described.
 */
import { describe, expect, it } from 'vitest';
import { ContractRulesError, bundledFixtures, estimateOutOfHoursSupport, incidentStatus, serviceEndNotice } from '../../src/index.js';
import { loadCatalog } from '../../src/schemas/index.js';

type Doc = { document: { id: string }; incidents?: Record<string, unknown> };

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

const accepted = { type: 'accepted' as const, at: '2026-11-20T10:00+09:00' };
const reply = { type: 'support-reply' as const, at: '2026-11-20T11:00+09:00' };

describe('which document states the rule', () => {
  // 003 given the same opening rule and a two-day timer: two documents state them
  const docs = JSON.parse(JSON.stringify(bundledFixtures)) as Doc[];
  const h = docs.find((d) => d.document.id === 'helpdesk-support')!;
  const u = docs.find((d) => d.document.id === 'ucom-remote-support')!;
  u.incidents = { ...u.incidents, opensOn: h.incidents!.opensOn, autoClose: { ...(h.incidents!.autoClose as object), id: 'ucom-auto', days: 2 } };
  const two = loadCatalog({ documents: docs });

  it('two documents state it and no planId: refused, naming both', () => {
    const err = {
      code: 'invalid_input',
      path: ['planId'],
      message: 'planId: Several documents state incident-opening rule (helpdesk-support, ucom-remote-support): pass planId',
      details: { documents: ['helpdesk-support', 'ucom-remote-support'] },
    };
    expect(refusal(() => incidentStatus({ events: [accepted], at: accepted.at, catalog: two }))).toStrictEqual(err);
    // asked again: the same refusal (nothing remembered as an answer)
    expect(refusal(() => incidentStatus({ events: [accepted], at: accepted.at, catalog: two }))).toStrictEqual(err);
  });
  it('with a planId each document’s own rule applies (two days for 003, five for 002)', () => {
    const s = (planId: string) => incidentStatus({ events: [accepted, reply], at: '2026-11-20T12:00+09:00', catalog: two, planId });
    expect(s('ucom-remote-support')).toMatchObject({ planId: 'ucom-remote-support', closesAt: '2026-11-23T00:00:00+09:00' });
    expect(s('helpdesk-support')).toMatchObject({ planId: 'helpdesk-support', closesAt: '2026-11-26T00:00:00+09:00' });
    expect(s('ucom-remote-support').reasons.at(-1)?.factId).toBe('ucom-auto');
  });
  it('no document states it: not found, every time', () => {
    const d2 = JSON.parse(JSON.stringify(bundledFixtures)) as Doc[];
    delete d2.find((d) => d.document.id === 'helpdesk-support')!.incidents!.serviceEndNotice;
    const none = loadCatalog({ documents: d2 });
    const err = { code: 'not_found', path: ['planId'], message: 'planId: No document of the catalog states service-end notice rule', details: {} };
    expect(refusal(() => serviceEndNotice({ lastServiceDay: '2027-01-01', catalog: none }))).toStrictEqual(err);
    expect(refusal(() => serviceEndNotice({ lastServiceDay: '2027-01-01', catalog: none }))).toStrictEqual(err);
  });
  it('the bundled catalog: 002 for the timer and the notice, 003 for cancellation, found again identically', () => {
    const a = serviceEndNotice({ lastServiceDay: '2027-01-31' });
    const b = serviceEndNotice({ lastServiceDay: '2027-01-31' });
    expect(b).toStrictEqual(a);
    expect(a.planId).toBe('helpdesk-support');
  });
  it('a catalog that is not one made by loadCatalog', () => {
    expect(refusal(() => estimateOutOfHoursSupport({ durationMinutes: 3, cause: 'customer-side', catalog: {} as never }))).toStrictEqual({
      code: 'invalid_input',
      path: ['catalog'],
      message: 'catalog: Expected a catalog made by loadCatalog()',
      details: { kind: 'catalog', loader: 'loadCatalog' },
    });
  });
});

describe('how a bad value is described (durationMinutes)', () => {
  it.each([
    [true, 'boolean'],
    [undefined, 'undefined'],
    [{}, 'object'],
    [null, 'null'],
    [[], 'an array'],
    [Number.NaN, 'NaN'],
    [Infinity, 'Infinity'],
    [-0.5, '-0.5'],
    ['30', '"30"'],
  ])('%j → %s', (value, described) => {
    expect(refusal(() => estimateOutOfHoursSupport({ durationMinutes: value, cause: 'customer-side' } as never))).toStrictEqual({
      code: 'invalid_input',
      path: ['durationMinutes'],
      message: `durationMinutes: Expected a duration in minutes >= 0, received ${described}`,
      details: { value: described },
    });
  });
});
