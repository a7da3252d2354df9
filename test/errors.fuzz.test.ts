/**
 * Principle 6 under attack: every public function is called with hostile values (BigInt, holes, sparse arrays,
 * Proxies with throwing traps, getters that change between reads, toJSON, Object.create(null), huge strings and
 * numbers, fractional epoch ms, junk catalogs), both as whole arguments and in one field of a valid input.
 * Each call must return or throw a ContractRulesError whose JSON text can be written; a result must hold no
 * non-finite number, no -0, no unsafe integer, no fractional yen and no malformed timestamp.
 *
 * CI runs a moderate count per entry point; `npm run fuzz` (FUZZ_RUNS=100000) runs 100,000 per entry point and
 * prints the figures.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);

// ---------------------------------------------------------------- hostile values
const HUGE = 'x'.repeat(4 << 20);
const LONG = 'あ'.repeat(10_001);
const sparse = (length: number): unknown[] => {
  const a: unknown[] = [];
  a.length = length;
  return a;
};
const planIds = lib.catalog.plans.map((p) => p.id);
const optionIds = lib.catalog.options.map((o) => o.id);
const feeIds = lib.catalog.fees.map((f) => f.id);

/** Values that the library's inputs take, valid or nearly. */
const plain = fc.oneof(
  fc.constantFrom(...planIds, ...optionIds.slice(0, 8), ...feeIds.slice(0, 8)),
  fc.constantFrom('2026-11-22', '2026-02-30', '2026-11', '2026-11-22T10:00:00+09:00', '2026-11-22T24:00:00.5', '2026-11-22T24:00', '1900-01-01',
    '2199-12-31T23:59', '', 'Z', 'phone', 'tax-included', 'tax-excluded', 'floor', 'ceil', 'half-up', 'customer-side', 'accepted', 'support-reply',
    '東京都千代田区', '伊豆大島', '011011', '13361', 'pc', 'Windows 11', 'software'),
  fc.constantFrom(-1, 0, -0, 1, 1.5, 30, 45, 100, 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER, 1e21, 1.79e308, -1e21, NaN, Infinity, -Infinity,
    1795050000000.25, 1795050000000, 5e-324),
  fc.boolean(),
  fc.constantFrom(null, undefined),
);

function getterThatChanges(first: unknown, then: unknown): Record<string, unknown> {
  let n = 0;
  return {
    get value() {
      n += 1;
      return n === 1 ? first : then;
    },
  };
}

/**
 * A hostile value made only when the call runs (fast-check itself must not touch a throwing Proxy or a getter
 * while it generates or prints values).
 */
class Make {
  constructor(readonly label: string, readonly make: () => unknown) {}
  toString(): string {
    return this.label;
  }
}
const mk = (label: string, make: () => unknown) => new Make(label, make);
/** Replaces every Make in a generated value by the value it makes (fresh each call). */
function materialize(v: unknown): unknown {
  if (v instanceof Make) return v.make();
  if (Array.isArray(v)) return v.map(materialize);
  if (v !== null && typeof v === 'object' && Object.getPrototypeOf(v) === Object.prototype) {
    const o: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) o[k] = materialize(x);
    return o;
  }
  return v;
}

const TRAPS: readonly [string, ProxyHandler<object>][] = [
  ['get', { get() { throw new Error('trap get'); } }],
  ['ownKeys', { ownKeys() { throw new Error('trap ownKeys'); } }],
  ['getPrototypeOf', { getPrototypeOf() { throw new Error('trap proto'); } }],
  ['has', { has() { throw new Error('trap has'); } }],
  ['getOwnPropertyDescriptor', { getOwnPropertyDescriptor() { throw new Error('trap gopd'); } }],
];

/** Shapes no ordinary generator produces. */
const weird = (inner: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.bigInt(),
    fc.constant(mk('symbol', () => Symbol('s'))),
    fc.constant(mk('function', () => () => 1)),
    fc.constant(mk('4 MB string', () => HUGE)),
    fc.constant(mk('10,001 characters', () => LONG)),
    fc.constant(mk('sparse 1e8', () => sparse(1e8))),
    fc.constant(mk('sparse 3', () => sparse(3))),
    inner.map((x) => mk('hole first', () => [, materialize(x)])),
    inner.map((x) => mk('hole middle', () => [materialize(x), , materialize(x)])),
    inner.map((x) => mk('null prototype', () => Object.assign(Object.create(null), { planId: materialize(x), value: materialize(x) }))),
    inner.map((x) => mk('toJSON', () => ({ toJSON: () => materialize(x), valueOf: () => materialize(x) }))),
    inner.map((x) => mk('transparent proxy', () => new Proxy({ planId: materialize(x) }, {}))),
    inner.map((x) => mk('array proxy', () => new Proxy([materialize(x)], {}))),
    fc.constantFrom(...TRAPS).map(([n, h]) => mk(`proxy throwing ${n}`, () => new Proxy({ planId: 'oas-plan-a', at: '2026-11-20T10:00' }, h))),
    fc.constantFrom(...TRAPS).map(([n, h]) => mk(`array proxy throwing ${n}`, () => new Proxy(['a'], h))),
    fc.constant(mk('revoked proxy', () => { const r = Proxy.revocable({}, {}); r.revoke(); return r.proxy; })),
    fc.tuple(inner, inner).map(([a, b]) => mk('getter that changes', () => getterThatChanges(materialize(a), materialize(b)))),
    fc.tuple(inner, inner).map(([a, b]) => mk('getter field', () => {
      let n = 0;
      return { planId: 'oas-plan-a', get at() { n += 1; return n === 1 ? materialize(a) : materialize(b); }, get on() { n += 1; return n === 1 ? materialize(a) : materialize(b); } };
    })),
    fc.constantFrom(1, {}, { documents: [], index: {} }).map((c) => mk('junk catalog', () => c)),
    fc.constant(mk('copied catalog', () => ({ ...lib.catalog }))),
    fc.constant(mk('copied area data', () => ({ ...lib.bundledAreaData() }))),
    fc.constant(mk('copied tax table', () => ({ ...lib.consumptionTaxTable }))),
    fc.constant(mk('copied holiday law', () => ({ ...lib.bundledHolidayLaw }))),
    fc.constant(mk('invalid Date', () => new Date(Number.NaN))),
    fc.constant(mk('Date', () => new Date('2026-11-20T01:00:00Z'))),
    fc.constant(mk('Map', () => new Map([['a', 1]]))),
    fc.constant(mk('typed array', () => new Uint8Array(3))),
    fc.constant(mk('inherited keys', () => Object.assign(Object.create({ inherited: 1 }), { own: 2 }))),
    fc.constant(mk('cycle', () => { const c: Record<string, unknown> = {}; c.self = c; return c; })),
  );

const hostile: fc.Arbitrary<unknown> = fc.letrec<{ v: unknown }>((tie) => ({
  v: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    plain,
    weird(plain),
    fc.anything({ withBigInt: true, withNullPrototype: true, withSparseArray: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withBoxedValues: true, maxDepth: 2 }),
    fc.array(tie('v'), { maxLength: 3 }),
    fc.dictionary(fc.constantFrom('planId', 'at', 'on', 'amountYen', 'ratePercent', 'start', 'end', 'optionId', 'feeId', 'quantity', 'id', 'type', 'kind', 'name', 'date'), tie('v'), { maxKeys: 4 }),
  ),
})).v;

// ---------------------------------------------------------------- valid inputs to attack field by field
const AT = '2026-11-20T10:00:00+09:00';
const PHONE = { planId: 'helpdesk-support', channel: 'phone' };
const bases: Record<string, { call: (x: any) => unknown; base: Record<string, unknown> }> = {
  invoiceTotals: { call: (x) => lib.invoiceTotals(x), base: { basis: 'tax-excluded', lines: [{ amountYen: 105, ratePercent: 10, id: 'a' }, { amountYen: 3900, on: '2025-06-30' }] } },
  allocateYen: { call: (x) => lib.allocateYen(x), base: { totalYen: 272, weights: [1000, 1000, 1000] } },
  monthlyInvoice: { call: (x) => lib.monthlyInvoice(x), base: { contract: { planId: 'itss-standard-anshin-1', start: '2025-04-01', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2025-04-01' }] }, month: '2025-06', rounding: 'floor' } },
  invoicer: { call: (x) => lib.createInvoicer().monthlyInvoice(x), base: { contract: { planId: 'itss-light-anshin-1', start: '2025-04-01', oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-04-02' }] }, month: '2025-04' } },
  convertPrice: { call: (x) => lib.convertPrice(x), base: { amountYen: 3900, basis: 'tax-excluded', on: '2025-04-01' } },
  formatTaxIncludedPrice: { call: (x) => lib.formatTaxIncludedPrice(x), base: { amountYen: 3900, basis: 'tax-excluded', on: '2025-04-01' } },
  canSubscribe: { call: (x) => lib.canSubscribe(x), base: { planId: 'oas-plan-a', on: '2026-11-22' } },
  isOpen: { call: (x) => lib.isOpen(x), base: { ...PHONE, at: AT, options: [], closures: [{ start: '2026-08-13', end: '2026-08-14' }] } },
  explainOpen: { call: (x) => lib.explainOpen(x), base: { ...PHONE, at: AT } },
  nextOpening: { call: (x) => lib.nextOpening(x), base: { ...PHONE, at: AT, holidayOverrides: [{ date: '2026-11-24', name: 'x' }] } },
  isBusinessDay: { call: (x) => lib.isBusinessDay(x), base: { ...PHONE, date: '2026-11-20' } },
  addBusinessDays: { call: (x) => lib.addBusinessDays(x), base: { ...PHONE, date: '2026-11-20', days: 3 } },
  businessMinutesBetween: { call: (x) => lib.businessMinutesBetween(x), base: { ...PHONE, start: AT, end: '2026-11-24T10:00:00+09:00' } },
  evaluateQuota: { call: (x) => lib.evaluateQuota(x), base: { contract: { planId: 'itss-standard-anshin-1' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }, { id: 'b', at: '2026-11-03T10:00' }] } },
  evaluateQuotaMonths: { call: (x) => lib.evaluateQuotaMonths(x), base: { contract: { planId: 'itss-standard-anshin-1' }, from: '2026-10', to: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }] } },
  checkOnsiteVisit: { call: (x) => lib.checkOnsiteVisit(x), base: { contract: { planId: 'oas-plan-a' }, at: '2027-01-01T03:00', previousVisits: [], diagnosis: { triedPhoneOrRemote: true, faultIsolated: false } } },
  quoteVisit: { call: (x) => lib.quoteVisit(x), base: { contract: { planId: 'itss-light-anshin-1' }, on: '2026-11-20', items: [{ feeId: 'itss-visit-pc-internet', quantity: 2 }] } },
  incidentStatus: { call: (x) => lib.incidentStatus(x), base: { events: [{ type: 'accepted', at: AT }, { type: 'support-reply', at: '2026-11-20T11:00:00+09:00' }], at: '2026-11-25T10:00:00+09:00' } },
  estimateOutOfHoursSupport: { call: (x) => lib.estimateOutOfHoursSupport(x), base: { durationMinutes: 45, cause: 'customer-side' } },
  serviceEndNotice: { call: (x) => lib.serviceEndNotice(x), base: { lastServiceDay: '2026-12-31' } },
  checkDeviceLicences: { call: (x) => lib.checkDeviceLicences(x), base: { planId: 'itss-light-anshin-1', deviceCount: 3 } },
  checkSupportScope: { call: (x) => lib.checkSupportScope(x), base: { planId: 'ucom-remote-support', subject: { kind: 'software', name: 'Outlook' } } },
  itManagementFeatures: { call: (x) => lib.itManagementFeatures(x), base: { planId: 'itss-light-anshin-1' } },
  classifyArea: { call: (x) => lib.classifyArea(x), base: { address: '東京都大島町元町', on: '2026-11-20' } },
  resolveMunicipality: { call: (x) => lib.resolveMunicipality(x), base: { address: '神奈川県三浦市三崎町城ヶ島658' } },
  resolveMunicipalityPostal: {
    call: (x) => lib.resolveMunicipality(x),
    base: { postalCode: '〒517-0002', postal: { dataset: { name: 'test' }, lookup: () => [{ postalCode: '5170002', municipalityCode: '242110', town: '答志町' }] } },
  },
  checkLoaner: {
    call: (x) => lib.checkLoaner(x),
    base: {
      contract: { planId: 'oas-plan-a' },
      request: { deviceType: 'pc', os: 'windows', arrivalDate: '2026-11-24' },
      diagnosis: { channel: 'remote', deviceFailure: true },
      activeLoans: [],
      deliveryAddress: { isContractorAddress: true },
    },
  },
  decideSendback: {
    call: (x) => lib.decideSendback(x),
    base: { adapter: { planId: 'iij-mpc-management-entry', acquisition: 'rental' }, failure: { cause: 'loss', item: 'main-accessory' }, site: { atDeclaredSite: true, island: false } },
  },
  cancellationEffect: { call: (x) => lib.cancellationEffect(x), base: { acceptedAt: '2026-11-20T15:00+09:00', at: '2026-11-20T14:59+09:00' } },
  checkLineEligibility: { call: (x) => lib.checkLineEligibility(x), base: { planId: 'itss-light-anshin-1', line: 'コラボ光' } },
  checkServiceConditions: { call: (x) => lib.checkServiceConditions(x), base: { planId: 'itss-standard-anshin-1', request: { site: 'telework-site' } } },
  listTerms: { call: (x) => lib.listTerms(x), base: { planId: 'helpdesk-support', category: 'jurisdiction' } },
  loanPeriod: { call: (x) => lib.loanPeriod(x), base: { planId: 'oas-plan-b', arrivalDate: '2028-02-20' } },
  sendbackInformation: { call: (x) => lib.sendbackInformation(x), base: { planId: 'iij-mpc-management-entry', acquisition: 'rental' } },
  checkBusinessDay: { call: (x) => lib.checkBusinessDay(x), base: { ...PHONE, date: '2026-12-29' } },
  compileOpeningHours: { call: (x) => lib.compileOpeningHours(x).isOpenAt(Date.UTC(2026, 0, 1)), base: { planId: 'oas-plan-a', channel: 'onsite-diagnosis' } },
};

/** A valid input with one field (at any depth) replaced by a hostile value. */
function withField(base: unknown, path: readonly (string | number)[], v: unknown): unknown {
  if (path.length === 0) return v;
  const [head, ...rest] = path;
  if (Array.isArray(base)) {
    const copy = [...base];
    copy[head as number] = withField(base[head as number], rest, v);
    return copy;
  }
  const o = base as Record<string, unknown>;
  return { ...o, [head!]: withField(o?.[head!], rest, v) };
}
function pathsOf(v: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out: (string | number)[][] = [prefix];
  if (Array.isArray(v)) v.forEach((x, i) => out.push(...pathsOf(x, [...prefix, i])));
  else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) out.push(...pathsOf(x, [...prefix, k]));
  return out;
}
const fieldAttack = (base: Record<string, unknown>) => {
  const paths = pathsOf(base).slice(1);
  return fc.tuple(fc.constantFrom(...paths), hostile, fc.boolean()).map(([p, v, extraKey]) =>
    mk('field attack', () => {
      const m = materialize(v);
      return extraKey ? { ...(withField(base, p, m) as object), catalog: m } : withField(base, p, m);
    }),
  );
};

// ---------------------------------------------------------------- every exported function
/** Exports of the root that are not entry points taking caller data: the error classes (every other function of the curated root is fuzzed). */
const NOT_ENTRY_POINTS = new Set(['ContractRulesError', 'InvalidInputError', 'OutOfRangeError', 'NotFoundError', 'ConflictError', 'CatalogValidationError', 'PriceNotStatedError']);
const functions = Object.entries(lib).filter(([name, f]) => typeof f === 'function' && !NOT_ENTRY_POINTS.has(name)) as [
  string,
  (...a: unknown[]) => unknown,
][];

// ---------------------------------------------------------------- result checks
const TIMESTAMP = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d{3})?)?(\+09:00|Z)$/;
const LOOKS_LIKE_TIMESTAMP = /^\d{4}-\d\d-\d\dT/;
function checkResult(v: unknown, key: string, seen: Set<unknown>, where: string): void {
  if (typeof v === 'number') {
    if (!Number.isFinite(v)) throw new Error(`${where}: non-finite ${v} at ${key}`);
    if (Object.is(v, -0)) throw new Error(`${where}: -0 at ${key}`);
    if (Number.isInteger(v) && !Number.isSafeInteger(v)) throw new Error(`${where}: unsafe integer ${v} at ${key}`);
    if (/Yen$/.test(key) && !Number.isInteger(v)) throw new Error(`${where}: fractional yen ${v} at ${key}`);
    return;
  }
  if (typeof v === 'string') {
    if (LOOKS_LIKE_TIMESTAMP.test(v) && v.length < 40 && !TIMESTAMP.test(v)) throw new Error(`${where}: malformed timestamp ${v} at ${key}`);
    if (/Yen$/.test(key) && /NaN|Infinity/.test(v)) throw new Error(`${where}: ${v} at ${key}`);
    return;
  }
  if (v === null || typeof v !== 'object' || seen.has(v)) return;
  seen.add(v);
  if (v === lib.catalog || v instanceof Date) return;
  if (typeof (v as { entries?: unknown }).entries === 'function' && !Array.isArray(v)) {
    for (const [k, x] of (v as Map<unknown, unknown>).entries()) checkResult(x, String(k), seen, where);
    return;
  }
  for (const [k, x] of Object.entries(v)) checkResult(x, Array.isArray(v) ? key : k, seen, where);
}

const checkedResults = new WeakSet<object>();
const figures: Record<string, { calls: number; answers: number; typedErrors: number; ms: number }> = {};
function attempt(name: string, f: () => unknown): void {
  const fig = (figures[name] ??= { calls: 0, answers: 0, typedErrors: 0, ms: 0 });
  fig.calls += 1;
  let result: unknown;
  try {
    result = f();
  } catch (e) {
    if (!(e instanceof lib.ContractRulesError)) throw new Error(`${name}: escaped ${(e as Error)?.name}: ${(e as Error)?.message}`);
    if (!Array.isArray(e.path) || typeof e.code !== 'string') throw new Error(`${name}: malformed error`);
    JSON.stringify(e); // must not throw
    JSON.stringify(e.details);
    fig.typedErrors += 1;
    return;
  }
  fig.answers += 1;
  // A shared frozen result (the bundled area data, a catalog's plan) is checked once, not on every call.
  if (result !== null && typeof result === 'object' && Object.isFrozen(result)) {
    if (checkedResults.has(result)) return;
    checkedResults.add(result);
  }
  checkResult(result, '', new Set(), name);
}

const timeout = Math.max(60_000, RUNS * 5);

const before = new Map<string, string>();
describe('answers before the hostile runs', () => {
  it('records the answer of each valid input', () => {
    for (const [name, { call, base }] of Object.entries(bases)) before.set(name, JSON.stringify(call(base)));
  });
});

describe('hostile input, every exported function: only ContractRulesError, only well-formed results', () => {
  it.each(functions.map(([n]) => n))('%s', (name) => {
    const fn = (lib as unknown as Record<string, (...a: unknown[]) => unknown>)[name]!;
    const t0 = performance.now();
    fc.assert(
      fc.property(hostile, hostile, fc.boolean(), (x, y, two) => {
        attempt(name, () => (two ? fn(materialize(x), materialize(y)) : fn(materialize(x))));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    figures[name]!.ms += performance.now() - t0;
  }, timeout);
});

describe('hostile value in one field of a valid input', () => {
  it.each(Object.entries(bases))('%s', (name, { call, base }) => {
    attempt(`${name} (valid)`, () => call(base));
    expect(figures[`${name} (valid)`]!.answers).toBe(1);
    const t0 = performance.now();
    fc.assert(
      fc.property(fieldAttack(base), (input) => {
        attempt(`${name} (field)`, () => call(materialize(input)));
      }),
      { numRuns: RUNS, seed: SEED },
    );
    figures[`${name} (field)`]!.ms += performance.now() - t0;
  }, timeout);
});

describe('no call changes the answer of a later identical call', () => {
  it('answers of valid inputs are the same after the hostile runs', () => {
    for (const [name, { call, base }] of Object.entries(bases)) {
      expect(JSON.stringify(call(base)), name).toBe(before.get(name));
    }
  });
});

afterAll(() => {
  if (process.env.FUZZ_REPORT) {
    const rows = Object.entries(figures).map(([n, f]) => `${n.padEnd(36)} ${String(f.calls).padStart(8)} calls ${String(f.answers).padStart(8)} answers ${String(f.typedErrors).padStart(8)} typed errors ${(f.ms / 1000).toFixed(1).padStart(7)} s`);
    console.log(`fuzz figures (runs per entry point: ${RUNS}, seed ${SEED})\n${rows.join('\n')}`);
  }
});
