/**
 * The boundary's known-shape fast path (issue 14): entry points read a flat plain input field by field
 * instead of copying and freezing it. It must keep every guarantee of issue 12 — each field read once,
 * typed errors naming the field, the same answers and errors as the full read (`readInput`) — for
 * ordinary and hostile inputs alike. Each case below is run twice: as the caller wrote it (fast path
 * where its shape allows) and after `readInput` (the full read's frozen copy), and both outcomes must
 * be equal.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { readInput } from '../../src/boundary/index.js';
import { ContractRulesError, convertPrice, explainOpen, invoiceTotals, isOpen, monthlyInvoice, nextOpening } from '../../src/index.js';

const AT = '2026-11-20T10:00:00+09:00';
const AT_MS = Date.parse(AT);

type Outcome = { answer: unknown } | { error: { code: string; path: readonly (string | number)[]; message: string } };

function outcome(f: () => unknown): Outcome {
  try {
    return { answer: f() };
  } catch (e) {
    if (!(e instanceof ContractRulesError)) throw new Error(`not a ContractRulesError: ${String(e)}`);
    return { error: { code: e.code, path: e.path, message: e.message } };
  }
}

/** The outcome of `f` on the input as given, and on the full read of it (or that read's error). */
function both(f: (input: never) => unknown, make: () => unknown): [Outcome, Outcome] {
  const fast = outcome(() => f(make() as never));
  const full = outcome(() => f(readInput(make()) as never));
  return [fast, full];
}

function getters(values: Record<string, unknown>, reads: Record<string, number>): object {
  const o = {};
  for (const [k, v] of Object.entries(values)) {
    Object.defineProperty(o, k, {
      enumerable: true,
      get() {
        reads[k] = (reads[k] ?? 0) + 1;
        return v;
      },
    });
  }
  return o;
}

const sparse = (): unknown[] => {
  const a: unknown[] = [];
  a.length = 1e8;
  return a;
};

const CASES: Record<string, () => unknown> = {
  plain: () => ({ planId: 'helpdesk-support', channel: 'phone', at: AT }),
  'epoch ms': () => ({ planId: 'helpdesk-support', channel: 'phone', at: AT_MS }),
  '-0 ms': () => ({ planId: 'helpdesk-support', channel: 'phone', at: -0 }),
  options: () => ({ planId: 'itss-light-anshin-1', channel: 'support', options: ['itss-light-time-extension'], at: '2026-11-23T03:00' }),
  'options with a hole': () => ({ planId: 'itss-light-anshin-1', channel: 'support', options: [, 'itss-light-time-extension'], at: AT }),
  'options with a number': () => ({ planId: 'itss-light-anshin-1', channel: 'support', options: ['itss-light-time-extension', 7], at: AT }),
  'options with a bigint': () => ({ planId: 'itss-light-anshin-1', channel: 'support', options: [1n], at: AT }),
  'options sparse, length 1e8': () => ({ planId: 'itss-light-anshin-1', channel: 'support', options: sparse(), at: AT }),
  'options a string': () => ({ planId: 'itss-light-anshin-1', channel: 'support', options: 'itss-light-time-extension', at: AT }),
  'options a record': () => ({ planId: 'itss-light-anshin-1', channel: 'support', options: { 0: 'x' }, at: AT }),
  'planId a bigint': () => ({ planId: 1n, channel: 'phone', at: AT }),
  'planId 20,000 characters': () => ({ planId: 'a'.repeat(20_000), channel: 'phone', at: AT }),
  'planId unknown': () => ({ planId: 'helpdesk-suport', channel: 'phone', at: AT }),
  'at a symbol': () => ({ planId: 'helpdesk-support', channel: 'phone', at: Symbol('x') }),
  'at a function': () => ({ planId: 'helpdesk-support', channel: 'phone', at: () => 1 }),
  'at a Date': () => ({ planId: 'helpdesk-support', channel: 'phone', at: new Date(AT_MS) }),
  'at null': () => ({ planId: 'helpdesk-support', channel: 'phone', at: null }),
  'at a record': () => ({ planId: 'helpdesk-support', channel: 'phone', at: { toJSON: () => AT } }),
  'catalog junk': () => ({ planId: 'helpdesk-support', channel: 'phone', at: AT, catalog: {} }),
  'catalog 1': () => ({ planId: 'helpdesk-support', channel: 'phone', at: AT, catalog: 1 }),
  'explain true': () => ({ planId: 'helpdesk-support', channel: 'phone', at: AT, explain: true }),
  'explain "yes"': () => ({ planId: 'helpdesk-support', channel: 'phone', at: AT, explain: 'yes' }),
  'unknownAs open': () => ({ planId: 'helpdesk-support', channel: 'phone', at: '2018-10-31T11:00', unknownAs: 'open' }),
  'unknownAs bad': () => ({ planId: 'helpdesk-support', channel: 'phone', at: AT, unknownAs: 'maybe' }),
  'sense accepted': () => ({ planId: 'helpdesk-support', channel: 'fax-email-web', at: AT, sense: 'accepted' }),
  'heijitsu bad': () => ({ planId: 'helpdesk-support', channel: 'phone', at: AT, heijitsu: 'sometimes' }),
  'an unknown key': () => ({ planId: 'helpdesk-support', channel: 'phone', at: AT, note: 'x' }),
  'an unknown key holding a bigint': () => ({ planId: 'helpdesk-support', channel: 'phone', at: AT, note: 1n }),
  'closures (full path)': () => ({ planId: 'itss-light-anshin-1', channel: 'support', at: AT, closures: [{ start: '2026-11-20', end: '2026-11-20' }] }),
  'no prototype': () => Object.assign(Object.create(null), { planId: 'helpdesk-support', channel: 'phone', at: AT }),
  'an array': () => ['helpdesk-support'],
  'a cycle through options': () => {
    const o: Record<string, unknown> = { planId: 'itss-light-anshin-1', channel: 'support', at: AT };
    o.options = [o];
    return o;
  },
  'a throwing getter': () => {
    const o = { planId: 'helpdesk-support', channel: 'phone' };
    Object.defineProperty(o, 'at', { enumerable: true, get: () => { throw new Error('boom'); } });
    return o;
  },
  'a getter throwing a library error': () => {
    const o = { planId: 'helpdesk-support', channel: 'phone' };
    Object.defineProperty(o, 'at', { enumerable: true, get: () => isOpen({ planId: 'nope', channel: 'phone', at: AT }) });
    return o;
  },
  'a proxy': () => new Proxy({ planId: 'helpdesk-support', channel: 'phone', at: AT }, {}),
  'a proxy whose ownKeys throws': () =>
    new Proxy({ planId: 'helpdesk-support', channel: 'phone', at: AT }, { ownKeys: () => { throw new Error('no'); } }),
  'a revoked proxy': () => {
    const { proxy, revoke } = Proxy.revocable({ planId: 'helpdesk-support', channel: 'phone', at: AT }, {});
    revoke();
    return proxy;
  },
  'options a throwing proxy': () => ({
    planId: 'itss-light-anshin-1',
    channel: 'support',
    at: AT,
    options: new Proxy(['itss-light-time-extension'], { get: (t, k) => { if (k === '0') throw new Error('no'); return Reflect.get(t, k); } }),
  }),
};

describe.each([
  ['isOpen', (q: never) => isOpen(q)],
  ['explainOpen', (q: never) => explainOpen(q)],
  ['nextOpening', (q: never) => nextOpening(q)],
] as const)('%s: the fast path answers and fails as the full read', (_, f) => {
  it.each(Object.keys(CASES))('%s', (name) => {
    const [fast, full] = both(f, CASES[name]!);
    expect(fast).toEqual(full);
    if ('error' in fast) expect(fast.error.path.length > 0 || ['an array', 'a proxy whose ownKeys throws', 'a revoked proxy', 'a cycle through options'].includes(name)).toBe(true);
  });
});

describe('each field is read once', () => {
  it.each([
    ['isOpen', (q: never) => isOpen(q)],
    ['explainOpen', (q: never) => explainOpen(q)],
    ['nextOpening', (q: never) => nextOpening(q)],
  ] as const)('%s reads each getter once', (_, f) => {
    const reads: Record<string, number> = {};
    f(getters({ planId: 'itss-light-anshin-1', channel: 'support', options: ['itss-light-time-extension'], at: AT, explain: true }, reads) as never);
    expect(reads).toEqual({ planId: 1, channel: 1, options: 1, at: 1, explain: 1 });
  });

  it('a getter that changes between reads cannot mix two answers', () => {
    let n = 0;
    const q = { channel: 'phone', at: AT };
    Object.defineProperty(q, 'planId', { enumerable: true, get: () => (n++ === 0 ? 'helpdesk-support' : 'zzz') });
    expect(isOpen(q as never)).toBe(isOpen({ planId: 'helpdesk-support', channel: 'phone', at: AT }));
    expect(n).toBe(1);
  });

  it('a proxy: one get per field', () => {
    const gets: string[] = [];
    const p = new Proxy({ planId: 'helpdesk-support', channel: 'phone', at: AT }, { get: (t, k) => (gets.push(String(k)), Reflect.get(t, k)) });
    isOpen(p as never);
    expect(gets.sort()).toEqual(['at', 'channel', 'planId']);
  });

  it('the caller may change its query object afterwards without changing a later answer', () => {
    const options = ['itss-light-time-extension'];
    const q = { planId: 'itss-light-anshin-1', channel: 'support', options, at: '2026-11-23T03:00' };
    expect(isOpen(q)).toBe(true);
    options[0] = 'nope';
    expect(() => isOpen(q)).toThrow(ContractRulesError);
    options.length = 0;
    expect(isOpen(q)).toBe(false);
    options.push('itss-light-time-extension');
    expect(isOpen(q)).toBe(true);
  });
});

describe('readKnownFields: convertPrice, invoiceTotals and monthlyInvoice read a flat input as the full read does', () => {
  const price = { amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01' } as const;
  const invoice = { basis: 'tax-excluded', lines: [{ amountYen: 105, ratePercent: 10 }, { amountYen: 105, ratePercent: 10 }] } as const;
  const monthly = { contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' } as const;
  const cases: Record<string, [(q: never) => unknown, () => unknown]> = {
    'convertPrice': [(q) => convertPrice(q), () => ({ ...price })],
    'convertPrice, -0 yen': [(q) => convertPrice(q), () => ({ ...price, amountYen: -0 })],
    'convertPrice, a bigint': [(q) => convertPrice(q), () => ({ ...price, amountYen: 1n })],
    'convertPrice, an unknown key with a bigint': [(q) => convertPrice(q), () => ({ ...price, note: 1n })],
    'convertPrice, a long string': [(q) => convertPrice(q), () => ({ ...price, on: '2'.repeat(20_000) })],
    'convertPrice, junk table': [(q) => convertPrice(q), () => ({ ...price, taxTable: {} })],
    'convertPrice, explain not a boolean': [(q) => convertPrice(q), () => ({ ...price, explain: 1 })],
    'invoiceTotals': [(q) => invoiceTotals(q), () => ({ ...invoice, lines: invoice.lines.map((l) => ({ ...l })) })],
    'invoiceTotals, a hole': [(q) => invoiceTotals(q), () => ({ ...invoice, lines: [, { amountYen: 1, ratePercent: 10 }] })],
    'invoiceTotals, a line with a bigint': [(q) => invoiceTotals(q), () => ({ ...invoice, lines: [{ amountYen: 1n, ratePercent: 10 }] })],
    'invoiceTotals, a line with an unknown key holding a bigint': [(q) => invoiceTotals(q), () => ({ ...invoice, lines: [{ amountYen: 1, ratePercent: 10, note: 1n }] })],
    'invoiceTotals, a line holding a record': [(q) => invoiceTotals(q), () => ({ ...invoice, lines: [{ amountYen: { v: 1 }, ratePercent: 10 }] })],
    'invoiceTotals, a line -0 yen': [(q) => invoiceTotals(q), () => ({ ...invoice, lines: [{ amountYen: -0, ratePercent: 10 }, { amountYen: 5, ratePercent: 10 }] })],
    'invoiceTotals, a line that is the list': [(q) => invoiceTotals(q), () => {
      const lines: unknown[] = [];
      lines.push(lines);
      return { ...invoice, lines };
    }],
    'invoiceTotals, a line holding the input': [(q) => invoiceTotals(q), () => {
      const input: Record<string, unknown> = { basis: 'tax-excluded' };
      input.lines = [{ amountYen: 1, ratePercent: 10, id: input }];
      return input;
    }],
    'invoiceTotals, a line holding itself': [(q) => invoiceTotals(q), () => {
      const line: Record<string, unknown> = { ratePercent: 10 };
      line.amountYen = [line];
      return { ...invoice, lines: [line] };
    }],
    'invoiceTotals, a line with a throwing getter': [(q) => invoiceTotals(q), () => {
      const line = { ratePercent: 10 };
      Object.defineProperty(line, 'amountYen', { enumerable: true, get: () => { throw new Error('boom'); } });
      return { ...invoice, lines: [{ amountYen: 1, ratePercent: 10 }, line] };
    }],
    'invoiceTotals, a line 20,000 characters of id': [(q) => invoiceTotals(q), () => ({ ...invoice, lines: [{ amountYen: 1, ratePercent: 10, id: 'x'.repeat(20_000) }] })],
    'invoiceTotals, a line without prototype': [(q) => invoiceTotals(q), () => ({ ...invoice, lines: [Object.assign(Object.create(null), { amountYen: 1, ratePercent: 10 })] })],
    'invoiceTotals, a line that is a proxy': [(q) => invoiceTotals(q), () => ({ ...invoice, lines: [new Proxy({ amountYen: 1, ratePercent: 10 }, {})] })],
    'monthlyInvoice': [(q) => monthlyInvoice(q), () => ({ ...monthly, contract: { ...monthly.contract } })],
    'monthlyInvoice, contract null': [(q) => monthlyInvoice(q), () => ({ ...monthly, contract: null })],
    'monthlyInvoice, options and charges': [(q) => monthlyInvoice(q), () => ({
      month: '2026-11',
      contract: {
        planId: 'itss-standard-anshin-1',
        start: '2025-04-10',
        options: [{ optionId: 'itss-standard-time-extension', start: '2025-04-10' }],
        oneOffCharges: [{ feeId: 'itss-visit-basic-work', quantity: 1, on: '2026-11-10', waived: { reason: 'goodwill' } }],
      },
    })],
    'monthlyInvoice, an option with a hole': [(q) => monthlyInvoice(q), () => ({ month: '2026-11', contract: { planId: 'itss-standard-anshin-1', start: '2025-04-10', options: [, { optionId: 'itss-standard-time-extension', start: '2025-04-10' }] } })],
    'monthlyInvoice, an option with a bigint': [(q) => monthlyInvoice(q), () => ({ month: '2026-11', contract: { planId: 'itss-standard-anshin-1', start: '2025-04-10', options: [{ optionId: 'x', start: 1n }] } })],
    'monthlyInvoice, an option with an unknown key': [(q) => monthlyInvoice(q), () => ({ month: '2026-11', contract: { planId: 'itss-standard-anshin-1', start: '2025-04-10', options: [{ optionId: 'itss-standard-time-extension', start: '2025-04-10', note: 1n }] } })],
    'monthlyInvoice, a contract with an unknown key': [(q) => monthlyInvoice(q), () => ({ month: '2026-11', contract: { planId: 'oas-plan-a', start: '2025-04-10', note: 'x' } })],
    'monthlyInvoice, an option that is the contract': [(q) => monthlyInvoice(q), () => {
      const contract: Record<string, unknown> = { planId: 'itss-standard-anshin-1', start: '2025-04-10' };
      contract.options = [contract];
      return { month: '2026-11', contract };
    }],
    'monthlyInvoice, options that contain themselves': [(q) => monthlyInvoice(q), () => {
      const options: unknown[] = [];
      options.push(options);
      return { month: '2026-11', contract: { planId: 'itss-standard-anshin-1', start: '2025-04-10', options } };
    }],
    'monthlyInvoice, a throwing getter in an option': [(q) => monthlyInvoice(q), () => {
      const o = { optionId: 'itss-standard-time-extension' };
      Object.defineProperty(o, 'start', { enumerable: true, get: () => { throw new Error('boom'); } });
      return { month: '2026-11', contract: { planId: 'itss-standard-anshin-1', start: '2025-04-10', options: [o] } };
    }],
    'monthlyInvoice, a contract that is a class instance': [(q) => monthlyInvoice(q), () => ({ month: '2026-11', contract: new (class { planId = 'oas-plan-a'; start = '2025-04-10'; })() })],
    'monthlyInvoice, a -0 quantity': [(q) => monthlyInvoice(q), () => ({ month: '2026-11', contract: { planId: 'itss-standard-anshin-1', start: '2025-04-10', oneOffCharges: [{ feeId: 'itss-visit-basic-work', quantity: -0, on: '2026-11-10' }] } })],
    'monthlyInvoice, a cyclic contract': [(q) => monthlyInvoice(q), () => {
      const c: Record<string, unknown> = { ...monthly.contract };
      c.self = c;
      return { ...monthly, contract: c };
    }],
  };
  it.each(Object.keys(cases))('%s', (name) => {
    const [f, make] = cases[name]!;
    const [fast, full] = both(f, make);
    expect(fast).toEqual(full);
  });

  it('monthlyInvoice reads each field of the contract and of its options once', () => {
    const reads: Record<string, number> = {};
    const optionReads: Record<string, number> = {};
    const contract = getters({ planId: 'itss-standard-anshin-1', start: '2025-04-10', options: [getters({ optionId: 'itss-standard-time-extension', start: '2025-04-10' }, optionReads)] }, reads);
    monthlyInvoice({ month: '2026-11', contract } as never);
    expect(reads).toEqual({ planId: 1, start: 1, options: 1 });
    expect(optionReads).toEqual({ optionId: 1, start: 1 });
  });

  it('invoiceTotals reads each field of each line once', () => {
    const reads: Record<string, number> = {};
    const lines = [getters({ id: 'a', amountYen: 105, ratePercent: 10 }, reads), { amountYen: 105, ratePercent: 10 }];
    const r = invoiceTotals({ basis: 'tax-excluded', lines } as never);
    expect(reads).toEqual({ id: 1, amountYen: 1, ratePercent: 1 });
    expect(r.taxYen).toBe(21);
  });

  it.each([
    ['convertPrice', (q: never) => convertPrice(q), price],
    ['invoiceTotals', (q: never) => invoiceTotals(q), invoice],
    ['monthlyInvoice', (q: never) => monthlyInvoice(q), monthly],
  ] as const)('%s reads each getter once, and a throwing getter names its field', (_, f, values) => {
    const reads: Record<string, number> = {};
    f(getters(values, reads) as never);
    expect(reads).toEqual(Object.fromEntries(Object.keys(values).map((k) => [k, 1])));
    const bad = { ...values };
    Object.defineProperty(bad, 'basis' in values ? 'basis' : 'month', { enumerable: true, get: () => { throw new Error('boom'); } });
    const o = outcome(() => f(bad as never));
    expect('error' in o && o.error.path).toEqual(['basis' in values ? 'basis' : 'month']);
  });
});
