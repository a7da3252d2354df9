/**
 * Issue 12, "Mutating any exported value throws (frozen), and no sequence of calls changes the answer of a
 * later identical call".
 *
 * 1. Every value (not function) exported by the root, by each capability subpath and by the postal subpath is
 *    deeply frozen, and so is everything reachable from it (the bundled catalog's lazily built parts, the area
 *    data, …); the shared maps are read-only views without `set` / `delete` / `clear`.
 * 2. A property over random sequences of calls: valid calls, calls that poison (toJSON, changing getters,
 *    hostile options and overrides, custom catalogs and tables), attempts to mutate exported values and every
 *    result the library returned, and calls with a caller's callback that answers differently each time. Every
 *    call made twice in a sequence answers the same both times, and the probe calls answer after the sequence as
 *    before it.
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as areas from '../../src/entries/areas.js';
import * as billing from '../../src/entries/billing.js';
import * as calendar from '../../src/entries/calendar.js';
import * as catalogEntry from '../../src/entries/catalog.js';
import * as incidents from '../../src/entries/incidents.js';
import * as loaner from '../../src/entries/loaner.js';
import * as quota from '../../src/entries/quota.js';
import * as scope from '../../src/entries/scope.js';
import * as tax from '../../src/entries/tax.js';
import * as postal from '../../src/postal/index.js';
import { loadCatalog } from '../../src/schemas/index.js';

const lib = root;

/** Every object reachable from `v` (through getters too, which is how the lazy bundled tables are read). */
function reachable(v: unknown, seen = new Set<object>()): Set<object> {
  const stack: unknown[] = [v];
  while (stack.length > 0) {
    const x = stack.pop();
    if (x === null || typeof x !== 'object' || seen.has(x)) continue;
    seen.add(x);
    if (x instanceof Uint8Array) continue;
    if (typeof (x as { entries?: unknown }).entries === 'function' && !Array.isArray(x) && typeof (x as { get?: unknown }).get === 'function') {
      for (const [k, y] of (x as ReadonlyMap<unknown, unknown>).entries()) stack.push(k, y);
    }
    for (const k of Object.keys(x)) stack.push((x as Record<string, unknown>)[k]);
  }
  return seen;
}

const entryPoints: Record<string, Record<string, unknown>> = {
  root,
  areas,
  billing,
  calendar,
  catalog: catalogEntry,
  incidents,
  loaner,
  quota,
  scope,
  tax,
  postal,
};

describe('every exported value is deeply frozen', () => {
  for (const [entry, ns] of Object.entries(entryPoints)) {
    const values = Object.entries(ns).filter(([, v]) => v !== null && typeof v === 'object');
    it.each(values.map(([n, v]) => [n, v] as const))(`${entry}: %s`, (_name, value) => {
      let count = 0;
      for (const o of reachable(value)) {
        count++;
        if (o instanceof Map || o instanceof Set) throw new Error('a mutable Map or Set is reachable from an exported value');
        expect(Object.isFrozen(o)).toBe(true);
        expect((o as { set?: unknown }).set === undefined || !(o instanceof Map)).toBe(true);
      }
      expect(count).toBeGreaterThan(0);
    });
  }

  it('the values functions hand out from shared tables are frozen too (bundled area data, catalog look-ups)', () => {
    for (const o of reachable(lib.bundledAreaData())) {
      expect(o instanceof Map || o instanceof Set).toBe(false);
      expect(Object.isFrozen(o)).toBe(true);
    }
    for (const v of [lib.getPlan('oas-plan-a'), lib.getOption('itss-standard-extra-inquiries'), lib.getFee('itss-visit-basic-work'), lib.documentOfPlan('oas-plan-a')]) {
      for (const o of reachable(v)) expect(Object.isFrozen(o)).toBe(true);
    }
  });

  it.each([
    ['push into a list', () => (lib.OUT_OF_HOURS_CAUSES as unknown as string[]).push('evil')],
    ['assign a plan fee', () => Object.assign(lib.catalog.plans[0]!, { monthlyFeeYen: 0 })],
    ['replace the catalog plans', () => Object.assign(lib.catalog, { plans: [] })],
    ['delete a tax rate', () => delete (lib.consumptionTaxTable.rates as unknown as unknown[])[0]],
    ['define a property on the holiday law', () => Object.defineProperty(lib.bundledHolidayLaw, 'toYear', { value: 3000 })],
    ['Map.prototype.set on an index view', () => Map.prototype.set.call(lib.catalog.index.planById, 'x', {})],
    ['set MAX_YEN', () => ((root as unknown as { MAX_YEN: number }).MAX_YEN = 1)],
  ])('mutating an exported value throws: %s', (_n, f) => {
    expect(f).toThrow(TypeError);
  });
});

// ------------------------------------------------------------------ sequences of calls
const AT = '2026-11-20T10:00:00+09:00';
const PHONE = { planId: 'helpdesk-support', channel: 'phone' } as const;
let flip = 0;
const changing = <T,>(a: T, b: T) => ({
  get value() {
    flip += 1;
    return flip % 2 === 0 ? a : b;
  },
});
const cheaperCatalog = (() => {
  const docs = structuredClone(lib.bundledFixtures) as Array<Record<string, any>>;
  for (const d of docs) for (const p of d.plans ?? []) if (typeof p.monthlyFeeYen === 'number') p.monthlyFeeYen = 1;
  return loadCatalog({ documents: docs });
})();

/** Calls whose answers are compared whenever they are made again (each builds a fresh input). */
const calls: Record<string, () => unknown> = {
  isOpen: () => lib.isOpen({ ...PHONE, at: AT }),
  isOpenOptions: () => lib.isOpen({ ...PHONE, at: AT, options: [] }),
  isOpenOverride: () => lib.isOpen({ ...PHONE, at: AT, holidayOverrides: [{ date: '2026-11-20', name: '臨時休業' }] }),
  isOpenClosure: () => lib.isOpen({ ...PHONE, at: AT, closures: [{ start: '2026-11-20', end: '2026-11-20' }] }),
  explainOpen: () => lib.explainOpen({ ...PHONE, at: AT, holidayOverrides: [{ date: '2026-11-24', name: null }] }),
  nextOpening: () => lib.nextOpening({ ...PHONE, at: '2026-12-30T10:00:00+09:00' }),
  addBusinessDays: () => lib.addBusinessDays({ ...PHONE, date: '2026-11-20', days: 5 }),
  isHoliday: () => lib.isHoliday('2026-11-23'),
  holidaysIn: () => lib.holidaysIn(2026),
  monthlyInvoice: () => lib.monthlyInvoice({ contract: { planId: 'itss-standard-anshin-1', start: '2025-04-01' }, month: '2025-06' }),
  monthlyInvoiceCheaper: () => lib.monthlyInvoice({ contract: { planId: 'itss-standard-anshin-1', start: '2025-04-01' }, month: '2025-06', catalog: cheaperCatalog }),
  invoicer: (() => {
    const inv = lib.createInvoicer();
    return () => inv.monthlyInvoice({ contract: { planId: 'itss-light-anshin-1', start: '2025-04-01' }, month: '2025-04' });
  })(),
  invoiceTotals: () => lib.invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 105, ratePercent: 10 }, { amountYen: 105, ratePercent: 8 }] }),
  convertPrice: () => lib.convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-04-01' }),
  evaluateQuota: () => lib.evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }] }),
  classifyArea: () => lib.classifyArea({ address: '東京都大島町元町', on: '2026-11-20' }),
  getMunicipality: () => lib.getMunicipality('011011'),
  getPlan: () => lib.getPlan('oas-plan-a'),
  plansOnSale: () => lib.plansOnSale('2026-11-22').map((p) => p.id),
  estimateOutOfHours: () => lib.estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-side' }),
  incidentStatus: () => lib.incidentStatus({ events: [{ type: 'accepted', at: AT }], at: '2026-11-25T10:00:00+09:00' }),
  checkSupportScope: () => lib.checkSupportScope({ planId: 'ucom-remote-support', subject: { kind: 'software', name: 'Outlook' } }),
  // Calls that try to poison shared state: each ends in the same typed error (or answer) every time.
  poisonToJson: () => lib.isOpen({ ...PHONE, at: AT, options: [{ toJSON: () => [] } as never] }),
  poisonClosureToJson: () => lib.isOpen({ ...PHONE, at: AT, closures: [{ start: '2026-11-20', end: '2026-11-20', toJSON: () => null }] as never }),
  poisonCause: () => lib.estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'evil' as never }),
  forgedCatalog: () => lib.monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06', catalog: { ...lib.catalog } as never }),
};

/** Calls whose own answer may vary (a caller's getter or callback that changes), made for their side effects only. */
const noise: Record<string, () => unknown> = {
  changingGetter: () => lib.isOpen({ ...PHONE, get at() { return changing(AT, 'zzz').value; } } as never),
  changingPostal: () =>
    lib.resolveMunicipality({
      postalCode: '5170002',
      postal: { dataset: { name: 'flip' }, lookup: (c: string) => [{ postalCode: c, municipalityCode: changing('242110', '011011').value, town: '答志町' }] },
    }),
  pushCause: () => (lib.OUT_OF_HOURS_CAUSES as unknown as string[]).push('evil'),
  setIndex: () => Map.prototype.set.call(lib.catalog.index.planById, 'oas-plan-a', {}),
};

/** Tries to change everything a result holds (the test then checks no later answer moved). */
function vandalise(v: unknown, depth = 0): void {
  if (v === null || typeof v !== 'object' || depth > 6) return;
  const attempt = (f: () => unknown) => {
    try {
      f();
    } catch {
      // frozen: good
    }
  };
  if (Array.isArray(v)) {
    for (const x of v) vandalise(x, depth + 1);
    attempt(() => v.push('vandal'));
    attempt(() => v.reverse());
    attempt(() => (v.length = 0));
    return;
  }
  for (const k of Object.keys(v)) {
    vandalise((v as Record<string, unknown>)[k], depth + 1);
    attempt(() => ((v as Record<string, unknown>)[k] = typeof (v as Record<string, unknown>)[k] === 'number' ? -1 : 'vandal'));
  }
}

const answer = (f: () => unknown): string => {
  try {
    return JSON.stringify(f());
  } catch (e) {
    if (!(e instanceof lib.ContractRulesError)) throw e;
    return `error ${e.code} ${JSON.stringify(e.path)} ${e.message}`;
  }
};

describe('no sequence of calls changes the answer of a later identical call', () => {
  it('property: random sequences of valid, poisoning, mutating and noisy calls', () => {
    const names = Object.keys(calls);
    const first = new Map<string, string>();
    for (const n of names) first.set(n, answer(calls[n]!));
    const step = fc.oneof(
      { weight: 6, arbitrary: fc.constantFrom(...names).map((n) => ({ kind: 'call' as const, n })) },
      { weight: 2, arbitrary: fc.constantFrom(...Object.keys(noise)).map((n) => ({ kind: 'noise' as const, n })) },
      { weight: 2, arbitrary: fc.constantFrom(...names).map((n) => ({ kind: 'vandalise' as const, n })) },
    );
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 25 }), (steps) => {
        for (const s of steps) {
          if (s.kind === 'call') expect(answer(calls[s.n]!), s.n).toBe(first.get(s.n));
          else if (s.kind === 'noise') {
            try {
              noise[s.n]!();
            } catch {
              // its own answer does not matter
            }
          } else {
            try {
              vandalise(calls[s.n]!());
            } catch {
              // a call that ends in a typed error has nothing to vandalise
            }
          }
        }
      }),
      { numRuns: 200, seed: 20261201 },
    );
    for (const n of names) expect(answer(calls[n]!), n).toBe(first.get(n));
  });
});
