/**
 * Issue 12's reproductions, one test each: every one ends in a typed ContractRulesError whose `path` names the
 * offending field, or in an exact answer. (Timings are in `npm run bench`, not here.)
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
// Internal parsers and the decimal constructor (no longer public since the curated API): their reproductions
// are kept here, and the public routes through them are checked beside.
import { Dec } from '../../src/money/decimal.js';
import { parseYenAmount } from '../../src/money/decimal.js';
import { loadCatalog } from '../../src/schemas/index.js';
import { formatJapanInstant, parseInstant, parseIsoDate } from '../../src/time/index.js';

const { ContractRulesError } = lib;

function thrown(f: () => unknown): InstanceType<typeof ContractRulesError> {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ContractRulesError)) throw new Error(`expected a ContractRulesError, got ${String(e)}`);
    expect(() => JSON.stringify(e)).not.toThrow();
    return e;
  }
  throw new Error('expected an error, got an answer');
}

function expectError(f: () => unknown, code: string, path: readonly (string | number)[]): void {
  const e = thrown(f);
  expect({ code: e.code, path: e.path }).toEqual({ code, path });
}

const PHONE = { planId: 'helpdesk-support', channel: 'phone' } as const;
const AT = '2026-11-20T10:00:00+09:00';

describe('wrong yen: never a number that is not the exact amount', () => {
  it.each([1e21, 1.79e308, 2 ** 53])('estimateOutOfHoursSupport durationMinutes %s is out of range at [durationMinutes]', (d) => {
    expectError(() => lib.estimateOutOfHoursSupport({ durationMinutes: d, cause: 'customer-side' }), 'out_of_range', ['durationMinutes']);
  });

  it('a duration whose yen exceeds MAX_SAFE_INTEGER is out of range, not rounded', () => {
    expectError(() => lib.estimateOutOfHoursSupport({ durationMinutes: Number.MAX_SAFE_INTEGER, cause: 'customer-side' }), 'out_of_range', ['durationMinutes']);
  });

  it('a large duration still inside the range is exact', () => {
    // 002 仕様書 5: 3,000 yen per started 30 minutes; 3e12 minutes = 1e11 units.
    const r = lib.estimateOutOfHoursSupport({ durationMinutes: 3e12, cause: 'customer-side' });
    expect(BigInt(r.estimatedYen)).toBe(BigInt(r.billedUnits) * BigInt(r.unitPriceYen!));
    expect(Number.isSafeInteger(r.estimatedYen)).toBe(true);
  });

  it('quoteVisit with quantity MAX_SAFE_INTEGER is out of range at the quantity', () => {
    expectError(
      () => lib.quoteVisit({ contract: { planId: 'itss-light-anshin-1' }, on: '2026-11-20', items: [{ feeId: 'itss-visit-pc-internet', quantity: Number.MAX_SAFE_INTEGER }] }),
      'out_of_range',
      ['items'],
    );
  });

  it('quoteVisit with a large exact quantity gives the exact total', () => {
    const q = 1e12;
    const r = lib.quoteVisit({ contract: { planId: 'itss-light-anshin-1' }, on: '2026-11-20', items: [{ feeId: 'itss-visit-pc-internet', quantity: q }] });
    const exact = r.lines.reduce((s, l) => s + BigInt(l.amountYen!), 0n);
    expect(BigInt(r.totalYen!)).toBe(exact);
    const unit = r.lines.find((l) => l.feeId === 'itss-visit-pc-internet')!;
    expect(BigInt(unit.amountYen!)).toBe(BigInt(unit.unitPriceYen!) * BigInt(q));
  });
});

describe('no TypeError escapes: typed errors at the field', () => {
  it.each([
    ['isOpen', () => lib.isOpen({ ...PHONE, planId: 1n as never, at: AT })],
    ['nextOpening', () => lib.nextOpening({ ...PHONE, planId: 1n as never, at: AT })],
    ['isBusinessDay', () => lib.isBusinessDay({ ...PHONE, planId: 1n as never, date: '2026-11-20' })],
    ['explainOpen', () => lib.explainOpen({ ...PHONE, planId: 1n as never, at: AT })],
  ])('a BigInt planId in %s', (_n, f) => expectError(f, 'invalid_input', ['planId']));

  it('a BigInt planId does not break a later call', () => {
    const before = lib.isOpen({ ...PHONE, at: AT });
    thrown(() => lib.isOpen({ ...PHONE, planId: 1n as never, at: AT }));
    expect(lib.isOpen({ ...PHONE, at: AT })).toBe(before);
  });

  it.each([1, {}, { documents: [], index: {} }, null])('catalog %j', (c) => {
    const cat = c as never;
    expectError(() => lib.getPlan('oas-plan-a', cat), 'invalid_input', ['catalog']);
    expectError(() => lib.findPlan({ id: 'oas-plan-a' }, cat), 'invalid_input', ['catalog']);
    expectError(() => lib.isOpen({ ...PHONE, at: AT, catalog: cat }), 'invalid_input', ['catalog']);
    expectError(() => lib.monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06', catalog: cat }), 'invalid_input', ['catalog']);
    expectError(() => lib.evaluateQuota({ contract: { planId: 'itss-standard-anshin-1' }, month: '2026-11', events: [], catalog: cat }), 'invalid_input', ['catalog']);
    expectError(() => lib.canSubscribe({ planId: 'oas-plan-a', on: '2026-11-22', catalog: cat }), 'invalid_input', ['catalog']);
    expectError(() => lib.plansOnSale('2026-11-22', { catalog: cat }), 'invalid_input', ['catalog']);
    expectError(() => lib.checkSupportScope({ planId: 'ucom-remote-support', subject: { kind: 'software', name: 'Word' }, catalog: cat }), 'invalid_input', ['catalog']);
  });

  it.each([
    ['invoiceTotals lines', () => lib.invoiceTotals({ basis: 'tax-excluded', lines: [, { amountYen: 100, ratePercent: 10 }] as never }), ['lines', 0]],
    ['evaluateQuota events', () => lib.evaluateQuota({ contract: { planId: 'itss-standard-anshin-1' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }, ,] as never }), ['events', 1]],
    ['incidentStatus events', () => lib.incidentStatus({ events: [, { type: 'accepted', at: AT }] as never, at: AT }), ['events', 0]],
    ['quoteVisit items', () => lib.quoteVisit({ contract: { planId: 'itss-light-anshin-1' }, on: '2026-11-20', items: [, { feeId: 'itss-visit-pc-internet', quantity: 1 }] as never }), ['items', 0]],
    ['isOpen closures', () => lib.isOpen({ ...PHONE, at: AT, closures: [, { start: '2026-08-13', end: '2026-08-14' }] as never }), ['closures', 0]],
    ['isHoliday holidayOverrides', () => lib.isHoliday('2026-11-20', { holidayOverrides: [, { date: '2026-11-20', name: 'x' }] as never }), ['options', 'holidayOverrides', 0]],
    ['monthlyInvoice contract options', () => lib.monthlyInvoice({ contract: { planId: 'itss-standard-anshin-1', start: '2025-04-01', options: [, { optionId: 'x' }] as never }, month: '2025-06' }), ['contract', 'options', 0]],
    ['isOpen options', () => lib.isOpen({ ...PHONE, at: AT, options: [, 'x'] as never }), ['options', 0]],
  ])('a hole in %s', (_n, f, path) => expectError(f as () => unknown, 'invalid_input', path as (string | number)[]));

  it('resolveMunicipality(null)', () => expectError(() => lib.resolveMunicipality(null as never), 'invalid_input', []));
  it("plansOnSale('2026-11-22', null)", () => expectError(() => lib.plansOnSale('2026-11-22', null as never), 'invalid_input', ['options']));

  it('Object.create(null) inputs and options are read like plain objects', () => {
    const input = Object.assign(Object.create(null), { durationMinutes: 45, cause: 'customer-side' });
    expect(lib.estimateOutOfHoursSupport(input).estimatedYen).toBe(lib.estimateOutOfHoursSupport({ durationMinutes: 45, cause: 'customer-side' }).estimatedYen);
    const options = Object.assign(Object.create(null), { unknownEndOfSale: 'treat-as-ended' });
    expect(lib.plansOnSale('2026-11-22', options).map((p) => p.id)).toEqual(lib.plansOnSale('2026-11-22').map((p) => p.id));
    const q = Object.assign(Object.create(null), { ...PHONE, at: AT });
    expect(lib.isOpen(q)).toBe(lib.isOpen({ ...PHONE, at: AT }));
  });

  it('a throwing getter or Proxy trap is a typed error at its field', () => {
    const getter = { ...PHONE, get at(): string { throw new Error('boom'); } };
    expectError(() => lib.isOpen(getter as never), 'invalid_input', ['at']);
    const trap = new Proxy({}, { ownKeys() { throw new Error('boom'); } });
    expectError(() => lib.invoiceTotals(trap as never), 'invalid_input', []);
    const revoked = Proxy.revocable([], {});
    revoked.revoke();
    expectError(() => lib.invoiceTotals({ basis: 'tax-excluded', lines: revoked.proxy } as never), 'invalid_input', ['lines']);
  });
});

describe('each field is read once', () => {
  it('a getter that changes between reads cannot bill from a date it did not give', () => {
    let reads = 0;
    const contract = {
      planId: 'oas-plan-a',
      get start(): string {
        reads += 1;
        return reads === 1 ? '2025-04-01' : 'zzz';
      },
    };
    const r = lib.monthlyInvoice({ contract, month: '2025-06' });
    expect(reads).toBe(1);
    expect(r.totalYen).toBe(lib.monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' }).totalYen);
    expect(JSON.stringify(r)).not.toContain('NaN');
  });

  it('a getter on an event is read once', () => {
    let reads = 0;
    const ev = { id: 'a', get at(): string { reads += 1; return reads === 1 ? '2026-11-02T10:00' : 'zzz'; } };
    const r = lib.evaluateQuota({ contract: { planId: 'itss-standard-anshin-1' }, month: '2026-11', events: [ev] });
    expect(reads).toBe(1);
    expect(r).toEqual(lib.evaluateQuota({ contract: { planId: 'itss-standard-anshin-1' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }] }));
  });
});

describe('bounded work from small input', () => {
  const huge = 'a'.repeat(4 << 20);
  it.each([
    ['getPlan', () => lib.getPlan(huge), ['id']],
    ['getOption', () => lib.getOption(huge), ['id']],
    ['getFee', () => lib.getFee(huge), ['id']],
    ['findPlan name', () => lib.findPlan({ name: huge }), ['name']],
    ['isOpen planId', () => lib.isOpen({ ...PHONE, planId: huge, at: AT }), ['planId']],
    ['classifyArea address', () => lib.classifyArea({ address: huge, on: '2026-11-20' }), ['address']],
    ['checkSupportScope name', () => lib.checkSupportScope({ planId: 'ucom-remote-support', subject: { kind: 'software', name: huge } }), ['subject', 'name']],
  ])('a 4 MB id or name in %s is out of range', (_n, f, path) => expectError(f as () => unknown, 'out_of_range', path as (string | number)[]));

  it('an id of plausible length still gets suggestions', () => {
    expect(thrown(() => lib.getPlan('oas-plan-c' as never)).details.closest).toContain('oas-plan-a');
  });

  it('a sparse array with a huge length is rejected before any work', () => {
    const options: string[] = [];
    options.length = 1e8;
    expectError(() => lib.isOpen({ ...PHONE, at: AT, options }), 'out_of_range', ['options']);
  });

  it('a sparse array within the limit is a hole error at its first hole', () => {
    const devices: unknown[] = [];
    devices.length = 50;
    expectError(() => lib.checkDeviceLicences({ planId: 'itss-light-anshin-1', devices: devices as never }), 'invalid_input', ['devices', 0]);
  });

  it('too many invoice lines is a typed limit error', () => {
    expectError(() => lib.invoiceTotals({ basis: 'tax-excluded', lines: new Array(100_001) }), 'out_of_range', ['lines']);
  });

  it('1,000 distinct rates are still answered exactly', () => {
    const lines = Array.from({ length: 1000 }, (_, i) => ({ amountYen: 1000, ratePercent: i / 100 }));
    const r = lib.invoiceTotals({ basis: 'tax-excluded', lines });
    // Σ floor(1000 × i/100 / 100) over i = 0..999 = Σ floor(i/10) = 10 × (0 + … + 99)
    expect(r.taxYen).toBe(49_500);
    expect(r.byRate).toHaveLength(1000);
  });

  it('more than 1,000 distinct rates is a typed limit error at the first line beyond it', () => {
    const lines = Array.from({ length: 100_000 }, (_, i) => ({ amountYen: 1000, ratePercent: i / 1000 }));
    expectError(() => lib.invoiceTotals({ basis: 'tax-excluded', lines }), 'out_of_range', ['lines', 1000, 'ratePercent']);
  });

  it('a cyclic input is a typed error at the value that contains itself', () => {
    const c: Record<string, unknown> = { planId: 'oas-plan-a' };
    c.self = c;
    expectError(() => lib.monthlyInvoice({ contract: c as never, month: '2025-06' }), 'invalid_input', ['contract']);
  });
});

describe('shared state cannot be changed by a caller', () => {
  it.each([
    ['OUT_OF_HOURS_CAUSES', () => (lib.OUT_OF_HOURS_CAUSES as unknown as string[]).push('evil')],
    ['OUT_OF_HOURS_TOPICS', () => (lib.OUT_OF_HOURS_TOPICS as unknown as string[]).push('evil')],
    ['INCIDENT_DAY_COUNT_POLICIES', () => (lib.INCIDENT_DAY_COUNT_POLICIES as unknown as string[]).push('x')],
    ['INCIDENT_EVENT_TYPES', () => (lib.INCIDENT_EVENT_TYPES as unknown as string[]).push('x')],
    ['MIDNIGHT_REPLY_RULES', () => (lib.MIDNIGHT_REPLY_RULES as unknown as string[]).push('x')],
    ['bundledFixtures', () => ((lib.bundledFixtures[0] as { plans: unknown[] }).plans as unknown[]).push('x')],
    ['catalog.plans', () => (lib.catalog.plans as unknown[]).push('x')],
    ['a plan fee', () => { (lib.catalog.plans[0] as { monthlyFeeYen: number }).monthlyFeeYen = -1; }],
    ['Dec settings', () => { (Dec as unknown as { precision: number }).precision = 2; }],
  ])('%s is frozen', (_n, f) => {
    expect(f).toThrow(TypeError);
  });

  it('OUT_OF_HOURS_CAUSES cannot gain a cause', () => {
    expect(() => (lib.OUT_OF_HOURS_CAUSES as unknown as string[]).push('evil')).toThrow();
    expectError(() => lib.estimateOutOfHoursSupport({ durationMinutes: 30, cause: 'evil' as never }), 'invalid_input', ['cause']);
  });

  it('catalog.index and the area index are read-only views', () => {
    const planById = lib.catalog.index.planById as unknown as Map<string, unknown>;
    expect((planById as { set?: unknown }).set).toBeUndefined();
    expect(() => Map.prototype.set.call(planById, 'oas-plan-a', {})).toThrow(TypeError);
    const byCode = lib.bundledAreaData().index.byCode as unknown as Map<string, unknown>;
    expect((byCode as { set?: unknown }).set).toBeUndefined();
    expect(() => Map.prototype.set.call(byCode, '011011', {})).toThrow(TypeError);
    expect(lib.getMunicipality('011011').name).toBe('札幌市中央区');
  });

  it('a toJSON in a query does not change a later identical call', () => {
    const plain = lib.isOpen({ ...PHONE, at: AT, options: [] });
    const evil = { toJSON: () => [] };
    thrown(() => lib.isOpen({ ...PHONE, at: AT, options: [evil as never] }));
    thrown(() => lib.isOpen({ ...PHONE, at: AT, closures: [{ start: '2026-11-20', end: '2026-11-20', toJSON: () => null }] as never }));
    expect(lib.isOpen({ ...PHONE, at: AT, options: [] })).toBe(plain);
    expect(lib.isOpen({ ...PHONE, at: AT, closures: [] })).toBe(plain);
  });
});

describe('well-formed output', () => {
  it('a fractional epoch millisecond is rejected, not printed as .0.25', () => {
    expectError(() => formatJapanInstant(1795050000000.25), 'invalid_input', ['epochMs']);
    expect(formatJapanInstant(1795050000000)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+09:00$/);
  });

  it("'2026-11-22T24:00:00.5' is not a time", () => {
    expectError(() => parseInstant('2026-11-22T24:00:00.5', ['at']), 'invalid_input', ['at']);
    expect(parseInstant('2026-11-22T24:00:00.000')).toBe(parseInstant('2026-11-23T00:00:00'));
  });

  it('-0 never reaches a result', () => {
    expect(Object.is(lib.estimateOutOfHoursSupport({ durationMinutes: -0, cause: 'customer-side' }).estimatedYen, 0)).toBe(true);
    expect(Object.is(lib.invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 100, ratePercent: -0 }] }).byRate[0]!.ratePercent, 0)).toBe(true);
    expect(Object.is(lib.checkDeviceLicences({ planId: 'itss-light-anshin-1', deviceCount: -0 }).deviceCount, 0)).toBe(true);
  });

  it('JSON.stringify(error) never throws, whatever the value in the input', () => {
    const weird = [10n, Symbol('s'), () => 1, new Proxy({}, { get() { throw new Error('trap'); }, ownKeys() { throw new Error('trap'); } })];
    for (const v of weird) {
      for (const f of [
        () => lib.invoiceTotals({ basis: v as never, lines: [] }),
        () => lib.getPlan(v as never),
        () => parseYenAmount(v, ['amountYen']),
        () => parseIsoDate(v as never, ['on']),
      ]) {
        const e = thrown(f);
        expect(() => JSON.stringify(e)).not.toThrow();
        expect(() => JSON.stringify(e.details)).not.toThrow();
      }
    }
    const e = new lib.InvalidInputError(['x'], 'm', { big: 1n, nested: { p: new Proxy({}, { ownKeys() { throw new Error('t'); } }) } });
    expect(JSON.parse(JSON.stringify(e.details))).toEqual({ big: '1n', nested: { p: 'an unreadable value' } });
  });

  it('a field-caused error names its field', () => {
    expect(thrown(() => lib.estimateOutOfHoursSupport({ durationMinutes: 1e300, cause: 'customer-side' })).path).not.toHaveLength(0);
    expect(thrown(() => lib.invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: Number.MAX_SAFE_INTEGER, ratePercent: 10 }] })).path).not.toHaveLength(0);
  });
});

describe('only catalogs made by loadCatalog', () => {
  it('a hand-built catalog with a negative fee is refused, not billed', () => {
    const forged = { ...lib.catalog, plans: lib.catalog.plans.map((p) => ({ ...p, monthlyFeeYen: -500 })) };
    expectError(() => lib.monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06', catalog: forged as never }), 'invalid_input', ['catalog']);
    expectError(() => lib.invoiceTotals({ basis: 'tax-excluded', lines: [], taxTable: { ...lib.consumptionTaxTable } as never }), 'invalid_input', ['taxTable']);
    expectError(() => lib.isHoliday('2026-11-20', { holidayLaw: { ...lib.bundledHolidayLaw } as never }), 'invalid_input', ['options', 'holidayLaw']);
    expectError(() => lib.classifyArea({ address: '東京都千代田区', on: '2026-11-20', areaData: { ...lib.bundledAreaData() } as never }), 'invalid_input', ['areaData']);
  });

  it('a loaded catalog is accepted', () => {
    const mine = loadCatalog({ documents: lib.bundledFixtures });
    expect(lib.getPlan('oas-plan-a', mine).monthlyFeeYen).toBe(lib.getPlan('oas-plan-a').monthlyFeeYen);
  });
});
