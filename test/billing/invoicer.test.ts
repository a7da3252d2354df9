/**
 * createInvoicer: the batch API whose memo is owned by the caller's invoicer. Its invoices must be
 * exactly those of the plain monthlyInvoice (with a warm memo, a tiny one, or none), errors included;
 * nothing it returns or stores is changed afterwards; and the module keeps no results of its own.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledFixtures, catalog, consumptionTaxTable, ContractRulesError, convertPrice, createInvoicer, formatTaxIncludedPrice, invoiceTotals, InvalidInputError, monthlyInvoice, OutOfRangeError, type BillingContract, type MonthlyInvoice, type MonthlyInvoiceInput } from '../../src/index.js';
import { loadCatalog, loadConsumptionTaxTable } from '../../src/schemas/index.js';
import { createBillingMemo, type BillingMemo } from '../../src/billing/memo.js';
import { invoiceMonth } from '../../src/billing/monthly.js';
import { compiledPlans } from '../../src/billing/plan-rules.js';
import { Dec } from '../../src/money/decimal.js';
import { compile } from '../../src/money/tax.js';

type Outcome = { ok: MonthlyInvoice } | { error: { name: string; code: string; path: readonly (string | number)[]; message: string } };

/** The result of a call, or the error it threw, as comparable data. */
function outcome(fn: () => MonthlyInvoice): Outcome {
  try {
    return { ok: fn() };
  } catch (e) {
    if (!(e instanceof ContractRulesError)) throw e;
    return { error: { name: e.name, code: e.code, path: e.path, message: e.message } };
  }
}

function expectError(fn: () => unknown, code: string, path: Array<string | number>): void {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ContractRulesError);
    expect((e as ContractRulesError).code).toBe(code);
    expect((e as ContractRulesError).path).toEqual(path);
    return;
  }
  throw new Error('expected an error');
}

/** Every object reachable from `value` is frozen (Dec values are immutable by API and skipped). */
function expectDeepFrozen(value: unknown, where = 'value', seen = new Set<unknown>()): void {
  if (value === null || typeof value !== 'object' || value instanceof Dec || seen.has(value)) return;
  seen.add(value);
  expect(Object.isFrozen(value), `${where} is frozen`).toBe(true);
  if (value instanceof Map) {
    for (const [k, v] of value) expectDeepFrozen(v, `${where}.get(${String(k)})`, seen);
    return;
  }
  for (const [k, v] of Object.entries(value)) expectDeepFrozen(v, `${where}.${k}`, seen);
}

const pad = (n: number) => String(n).padStart(2, '0');
const ym = (index: number) => `${Math.floor(index / 12)}-${pad((index % 12) + 1)}`;

/** Contracts of 000, 001 (current and legacy plans), 003 across the 5%, 8% and 10% periods, with one month to invoice. */
const jobArb = fc
  .record({
    planId: fc.constantFrom(
      'oas-plan-a',
      'oas-plan-b',
      'itss-light-anshin-1',
      'itss-light-anshin-2',
      'itss-standard-anshin-1',
      'itss-standard-anshin-2',
      'itss-legacy-light-1',
      'itss-legacy-standard-2',
      'ucom-remote-support',
    ),
    startMonth: fc.integer({ min: 2013 * 12 + 6, max: 2025 * 12 }),
    startDay: fc.integer({ min: 1, max: 28 }),
    endAfterMonths: fc.option(fc.integer({ min: 0, max: 30 }), { nil: undefined }),
    endDay: fc.integer({ min: 1, max: 28 }),
    monthOffset: fc.integer({ min: -1, max: 30 }),
    option: fc.boolean(),
    extraInquiries: fc.boolean(),
    charges: fc.array(
      fc.record({
        feeId: fc.constantFrom('itss-visit-basic-work', 'itss-visit-diagnosis', 'itss-visit-pc-internet', 'itss-visit-printer'),
        quantity: fc.integer({ min: 1, max: 5 }),
        day: fc.integer({ min: 1, max: 28 }),
      }),
      { maxLength: 3 },
    ),
    earlier: fc.boolean(),
  })
  .map((g): MonthlyInvoiceInput => {
    const start = `${ym(g.startMonth)}-${pad(g.startDay)}`;
    const month = ym(g.startMonth + g.monthOffset);
    const contract: {
      -readonly [K in keyof BillingContract]: BillingContract[K];
    } = { planId: g.planId, start };
    if (g.endAfterMonths !== undefined) contract.end = `${ym(g.startMonth + g.endAfterMonths + 1)}-${pad(g.endDay)}`;
    const itss = g.planId.startsWith('itss');
    if (itss && g.option) {
      const optionId = g.planId.includes('standard') && !g.planId.includes('legacy') ? 'itss-standard-time-extension' : 'itss-light-time-extension';
      contract.options = [{ optionId, start }];
      if (g.extraInquiries && optionId === 'itss-standard-time-extension') contract.options = [...contract.options, { optionId: 'itss-standard-extra-inquiries', start: `${month}-20` }];
    }
    if (itss) contract.oneOffCharges = g.charges.map((c) => ({ feeId: c.feeId, quantity: c.quantity, on: `${month}-${pad(Math.max(c.day, g.startDay))}` }));
    if (g.earlier) contract.earlierContracts = [{ planId: g.planId, start: '2010-01-01', end: '2011-01-01' }];
    return { contract, month };
  });

const optionsArb = fc.record({
  rounding: fc.constantFrom('floor' as const, 'ceil' as const, 'half-up' as const, undefined),
  partialMonth: fc.constantFrom('whole-month' as const, 'daily' as const, undefined),
  prorationRounding: fc.constantFrom('floor' as const, 'ceil' as const, undefined),
  resubscriptionFeeMonth: fc.constantFrom('start-month' as const, 'first-billed-month' as const, undefined),
  explain: fc.constantFrom(true, false, undefined),
});

const drop = <T extends object>(o: T): T => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as T;

describe('createInvoicer: the same invoices as monthlyInvoice', () => {
  it('gives the documented example (000 プランA: 3,900 税抜 + 390 = 4,290)', () => {
    const invoicer = createInvoicer({ rounding: 'floor' });
    const input = { contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' };
    const a = invoicer.monthlyInvoice(input);
    expect(a.totalYen).toBe(4290);
    expect(a).toEqual(monthlyInvoice(input));
    // The second call answers from the memo: still the same invoice.
    expect(invoicer.monthlyInvoice(input)).toEqual(a);
  });

  it('property: a long-lived invoicer (warm memo), a tiny memo and no memo give the invoice (or the error) of monthlyInvoice', () => {
    const warm = createInvoicer();
    const tiny = createInvoicer({ memoLimit: 1 });
    const none = createInvoicer({ memoLimit: 0 });
    let invoices = 0;
    fc.assert(
      fc.property(jobArb, optionsArb, (job, options) => {
        const input = { ...job, ...drop(options) };
        const expected = outcome(() => monthlyInvoice(input));
        if ('ok' in expected) invoices += 1;
        expect(outcome(() => warm.monthlyInvoice(input))).toEqual(expected);
        expect(outcome(() => tiny.monthlyInvoice(input))).toEqual(expected);
        expect(outcome(() => none.monthlyInvoice(input))).toEqual(expected);
        // Again, now that the memo holds this job's results.
        expect(outcome(() => warm.monthlyInvoice(input))).toEqual(expected);
      }),
      { numRuns: 400 },
    );
    // The generator must produce invoices, not only errors, for the property to mean something: about half of its
    // jobs are invoices (199 of 400 seen in one run, so the bound is not half: a random run may fall just below it).
    expect(invoices).toBeGreaterThan(120);
  });

  it("property: the invoicer's options are the defaults of each invoice, and an input may override them", () => {
    fc.assert(
      fc.property(jobArb, optionsArb, optionsArb, (job, defaults, overrides) => {
        const invoicer = createInvoicer(drop(defaults));
        const expected = outcome(() => monthlyInvoice({ ...job, ...drop(defaults), ...drop(overrides) }));
        expect(outcome(() => invoicer.monthlyInvoice({ ...job, ...drop(overrides) }))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it("uses the caller's catalog and tax table (a 000 plan at a future 12% rate, from a user-loaded catalog)", () => {
    const userCatalog = loadCatalog({ documents: bundledFixtures });
    const taxJson = structuredClone({ rates: consumptionTaxTable.rates.map(({ effectiveUntil: _, ...r }) => r), rules: consumptionTaxTable.rules }) as {
      rates: Array<Record<string, unknown>>;
      rules: unknown;
    };
    taxJson.rates.push({ ...taxJson.rates[3], id: 'future-standard-12', ratePercent: 12, effectiveFrom: '2031-04-01' });
    const table = loadConsumptionTaxTable(taxJson);
    const invoicer = createInvoicer({ catalog: userCatalog, taxTable: table });
    const bundledInvoicer = createInvoicer();
    for (const month of ['2031-03', '2031-04']) {
      const input = { contract: { planId: 'oas-plan-a', start: '2030-01-01' }, month };
      expect(invoicer.monthlyInvoice(input)).toEqual(monthlyInvoice({ ...input, catalog: userCatalog, taxTable: table }));
      // The same amounts at the bundled table's rate: a different answer from the same kind of memo.
      expect(bundledInvoicer.monthlyInvoice(input).taxYen).toBe(390);
    }
    expect(invoicer.monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2030-01-01' }, month: '2031-04' }).taxYen).toBe(468); // 3,900 × 12%
    expect(compiledPlans(userCatalog)).not.toBe(compiledPlans(catalog));
  });

  it('keeps the 8% and 10% periods apart (same amounts, different rates: different memo keys)', () => {
    const invoicer = createInvoicer();
    const c = { planId: 'itss-light-anshin-1', start: '2019-01-10' };
    expect(invoicer.monthlyInvoice({ contract: c, month: '2019-09' }).taxYen).toBe(160); // base 2,000 (stated at 10%) × 8%: 2,160
    expect(invoicer.monthlyInvoice({ contract: c, month: '2019-10' }).taxYen).toBe(200); // 2,200 × 10/110
    expect(invoicer.monthlyInvoice({ contract: c, month: '2019-09' }).taxYen).toBe(160);
    expect(invoicer.monthlyInvoice({ contract: c, month: '2019-09', taxIncludedPrices: 'hold-displayed' }).taxYen).toBe(162); // 2,200 × 8/108 = 162.9…
    expect(invoicer.monthlyInvoice({ contract: c, month: '2019-09', taxIncludedPrices: 'hold-displayed', rounding: 'ceil' }).taxYen).toBe(163);
  });
});

describe('createInvoicer: nothing returned or stored is changed afterwards', () => {
  it('an invoice stays as returned while the invoicer goes on', () => {
    const invoicer = createInvoicer();
    const input = {
      contract: {
        planId: 'itss-standard-anshin-2',
        start: '2025-04-10',
        options: [{ optionId: 'itss-standard-time-extension', start: '2025-04-10' }],
        oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 3, on: '2025-05-20' }],
      },
      month: '2025-05',
    };
    const first = invoicer.monthlyInvoice(input);
    const copy = structuredClone(first);
    fc.assert(
      fc.property(jobArb, (job) => {
        outcome(() => invoicer.monthlyInvoice(job));
      }),
      { numRuns: 100 },
    );
    invoicer.monthlyInvoice(input);
    invoicer.monthlyInvoice({ ...input, explain: false });
    expect(first).toEqual(copy);
  });

  it('every value the memo stores is frozen, and each table stops at its limit', () => {
    const memo: BillingMemo = createBillingMemo(5);
    fc.assert(
      fc.property(jobArb, (job) => {
        outcome(() => invoiceMonth(job, undefined, memo));
      }),
      { numRuns: 200 },
    );
    for (const table of [memo.parts, memo.shares, memo.traces, memo.days, memo.months] as Map<string, unknown>[]) {
      expect(table.size).toBeLessThanOrEqual(5);
      for (const v of table.values()) expectDeepFrozen(v);
    }
    expect(memo.parts.size).toBeGreaterThan(0);
    expect(memo.days.size).toBe(5);
  });

  it('does not mutate its input', () => {
    const deepFreeze = <T>(o: T): T => {
      if (o && typeof o === 'object') {
        Object.values(o).forEach(deepFreeze);
        Object.freeze(o);
      }
      return o;
    };
    const contract = {
      planId: 'itss-light-anshin-2',
      start: '2025-04-10',
      options: [{ optionId: 'itss-light-time-extension', start: '2025-04-10' }],
      oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 3, on: '2025-04-20' }],
    };
    const options = { rounding: 'ceil' as const, partialMonth: 'daily' as const };
    const input = deepFreeze({ contract: structuredClone(contract), month: '2025-04' });
    const invoicer = createInvoicer(deepFreeze({ ...options }));
    invoicer.monthlyInvoice(input);
    invoicer.monthlyInvoice(input);
    expect(input).toEqual({ contract, month: '2025-04' });
  });
});

describe('the billing and money modules keep no results of their own', () => {
  it('compiled rates carry no memo and are frozen', () => {
    const ct = compile(consumptionTaxTable);
    expectDeepFrozen(ct, 'compiled table');
    for (const r of [...ct.standard, ...ct.reduced]) {
      expect(Object.keys(r)).not.toContain('memo');
      expect(Object.keys(r)).not.toContain('shareMemo');
    }
  });

  it("a catalog's compiled plans are frozen, and unchanged by invoicing", () => {
    const plans = compiledPlans(catalog)!;
    expect(plans.size).toBeGreaterThan(0);
    expectDeepFrozen(plans, 'compiled plans');
    const before = [...plans.values()];
    for (let i = 0; i < 50; i++) monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' });
    expect([...compiledPlans(catalog)!.values()]).toEqual(before);
    expect(compiledPlans(catalog)).toBe(plans);
  });

  it('a plain monthlyInvoice after many invoicer runs gives what it gave before them', () => {
    const input = { contract: { planId: 'itss-light-anshin-1', start: '2019-01-10' }, month: '2019-09' };
    const before = monthlyInvoice(input);
    const invoicer = createInvoicer();
    for (let i = 0; i < 20; i++) invoicer.monthlyInvoice(input);
    expect(monthlyInvoice(input)).toEqual(before);
  });
});

describe('createInvoicer: bad input', () => {
  it.each<[string, unknown, string, Array<string | number>]>([
    ['a rounding mode that does not exist', { rounding: 'up' }, 'invalid_input', ['rounding']],
    ['a proration rounding that does not exist', { prorationRounding: 'nearest' }, 'invalid_input', ['prorationRounding']],
    ['an unknown partial-month rule', { partialMonth: 'hourly' }, 'invalid_input', ['partialMonth']],
    ['an unknown re-subscription month', { resubscriptionFeeMonth: 'last' }, 'invalid_input', ['resubscriptionFeeMonth']],
    ['an unknown end-of-sale reading', { unknownEndOfSale: 'ignore' }, 'invalid_input', ['unknownEndOfSale']],
    ['explain that is not a boolean', { explain: 'yes' }, 'invalid_input', ['explain']],
    ['a negative memo limit', { memoLimit: -1 }, 'invalid_input', ['memoLimit']],
    ['a fractional memo limit', { memoLimit: 1.5 }, 'invalid_input', ['memoLimit']],
    ['a memo limit that is not a number', { memoLimit: '10' }, 'invalid_input', ['memoLimit']],
    ['a catalog not from loadCatalog', { catalog: { plans: [] } }, 'invalid_input', ['catalog']],
    ['a tax table not from loadConsumptionTaxTable', { taxTable: structuredClone(consumptionTaxTable) }, 'invalid_input', ['taxTable']],
    ['options that are not an object', null, 'invalid_input', []],
    ['options that are an array', [], 'invalid_input', []],
  ])('%s', (_name, options, code, path) => {
    expectError(() => createInvoicer(options as never), code, path);
  });

  it('passes on the errors of monthlyInvoice, with their paths, before and after the memo is warm', () => {
    const invoicer = createInvoicer();
    const good = { contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' };
    const cases: Array<[unknown, string, Array<string | number>]> = [
      [{ ...good, month: '2025-13' }, 'invalid_input', ['month']],
      [{ ...good, contract: { planId: 'oas-plan-a', start: '2025-02-30' } }, 'invalid_input', ['contract', 'start']],
      [{ ...good, contract: { planId: 'oas-plan-a', start: '2025-04-01', end: '2025-03-01' } }, 'conflict', ['contract', 'end']],
      [{ ...good, contract: { planId: 'no-such-plan', start: '2025-04-01' } }, 'not_found', ['contract', 'planId']],
      [
        { contract: { planId: 'itss-light-anshin-1', start: '2025-04-01', oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-04-31' }] }, month: '2025-04' },
        'invalid_input',
        ['contract', 'oneOffCharges', 0, 'on'],
      ],
      [{ contract: { planId: 'oas-plan-a', start: '1988-01-01' }, month: '1989-03' }, 'out_of_range', ['month']],
      [{ ...good, rounding: 'up' }, 'invalid_input', ['rounding']],
      [null, 'invalid_input', []],
    ];
    for (let round = 0; round < 2; round++) {
      for (const [input, code, path] of cases) expectError(() => invoicer.monthlyInvoice(input as never), code, path);
      invoicer.monthlyInvoice(good);
    }
    expect(() => invoicer.monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '1988-01-01' }, month: '1989-03' })).toThrow(OutOfRangeError);
    expect(() => createInvoicer({ memoLimit: -1 })).toThrow(InvalidInputError);
  });
});

describe('createInvoicer: nothing but ContractRulesError escapes', () => {
  const value = fc.oneof(fc.anything(), fc.constantFrom('2026-11-22', '2026-02-30', '2026-11', 'oas-plan-a', 'floor', 'daily', '', -1, 0, 1.5, Number.NaN));
  const keys = ['contract', 'month', 'catalog', 'taxTable', 'rounding', 'prorationRounding', 'partialMonth', 'resubscriptionFeeMonth', 'unknownEndOfSale', 'explain', 'memoLimit'];
  const plausible = fc.dictionary(fc.constantFrom(...keys), fc.oneof(value, fc.record({ planId: fc.constantFrom('oas-plan-a', 'ucom-remote-support'), start: value })), {
    maxKeys: 5,
  });
  const typed = (fn: () => unknown) => {
    try {
      fn();
    } catch (e) {
      if (!(e instanceof ContractRulesError)) throw new Error(`escaped: ${(e as Error)?.name}: ${(e as Error)?.message}`);
    }
  };

  it('for arbitrary options and inputs', () => {
    const invoicer = createInvoicer();
    fc.assert(
      fc.property(fc.oneof(value, plausible), fc.oneof(value, plausible), (options, input) => {
        typed(() => createInvoicer(options as never).monthlyInvoice(input as never));
        typed(() => invoicer.monthlyInvoice(input as never));
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});

describe('values that String() or JSON.stringify cannot write still get a typed error naming the field', () => {
  const bare = Object.create(null) as object;
  const cyclic: Record<string, unknown> = {};
  cyclic.self = cyclic;
  const invoicer = createInvoicer();
  const c = (extra: object) => ({ contract: { planId: 'itss-light-anshin-1', start: '2025-04-01', ...extra }, month: '2025-04' });
  it.each<[string, () => unknown, Array<string | number>]>([
    ['a planId without a prototype', () => invoicer.monthlyInvoice({ contract: { planId: bare, start: '2025-04-01' }, month: '2025-04' } as never), ['contract', 'planId']],
    ['an optionId without a prototype', () => invoicer.monthlyInvoice(c({ options: [{ optionId: bare, start: '2025-04-01' }] }) as never), ['contract', 'options', 0, 'optionId']],
    ['a feeId without a prototype', () => invoicer.monthlyInvoice(c({ oneOffCharges: [{ feeId: bare, quantity: 1, on: '2025-04-02' }] }) as never), ['contract', 'oneOffCharges', 0, 'feeId']],
    [
      'a quantity without a prototype',
      () => invoicer.monthlyInvoice(c({ oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: bare, on: '2025-04-02' }] }) as never),
      ['contract', 'oneOffCharges', 0, 'quantity'],
    ],
    [
      'a bigint occasion',
      () => invoicer.monthlyInvoice(c({ oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-04-02', occasion: 10n }] }) as never),
      ['contract', 'oneOffCharges', 0, 'occasion'],
    ],
    [
      'a cyclic occasion',
      () => invoicer.monthlyInvoice(c({ oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-04-02', occasion: cyclic }] }) as never),
      ['contract', 'oneOffCharges', 0, 'occasion'],
    ],
    ['a partialMonth without a prototype', () => createInvoicer({ partialMonth: bare } as never), ['partialMonth']],
    ['a rounding without a prototype', () => monthlyInvoice({ ...c({}), rounding: bare } as never), ['rounding']],
    ['a memoLimit without a prototype', () => createInvoicer({ memoLimit: bare } as never), ['memoLimit']],
    ['a ratePercent without a prototype', () => invoiceTotals({ basis: 'tax-excluded', lines: [{ amountYen: 1, ratePercent: bare }] } as never), ['lines', 0, 'ratePercent']],
    ['a bigint basis', () => convertPrice({ amountYen: 1, basis: 10n, on: '2025-04-01' } as never), ['basis']],
    ['a bigint rate kind', () => convertPrice({ amountYen: 1, basis: 'tax-excluded', on: '2025-04-01', rateKind: 10n } as never), ['rateKind']],
    ['a bigint style', () => formatTaxIncludedPrice({ amountYen: 1, basis: 'tax-excluded', on: '2025-04-01', style: 10n } as never), ['style']],
  ])('%s', (_name, fn, path) => {
    expectError(fn, 'invalid_input', path);
  });
});
