/**
 * Principle 6 under attack: every public function is called with hostile values (BigInt, holes, sparse arrays,
 * Proxies with throwing traps, getters that change between reads, toJSON, Object.create(null), huge strings and
 * numbers, fractional epoch ms, junk catalogs), both as whole arguments and in one field of a valid input.
 * Each call must return or throw a ContractRulesError whose JSON text can be written; a result must hold no
 * non-finite number, no -0, no unsafe integer, no fractional yen and no malformed timestamp.
 *
 * CI runs a moderate count per entry point; `npm run fuzz` (FUZZ_RUNS=100000) runs 100,000 per entry point and
 * prints the figures: per entry point, the calls, answers and typed errors, and how many inputs held each
 * hostile class (every class must have been generated). To run in parts (a long run on a shared machine):
 * `FUZZ_CHUNK=2/4` runs the second quarter of the entry points, `FUZZ_ONLY=<regexp>` those whose name matches.
 */
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { entryBases } from './helpers/entry-bases.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 150);
const SEED = Number(process.env.FUZZ_SEED ?? 20261122);
const ONLY = process.env.FUZZ_ONLY ? new RegExp(process.env.FUZZ_ONLY) : undefined;
const [CHUNK, CHUNKS] = (process.env.FUZZ_CHUNK ?? '1/1').split('/').map(Number) as [number, number];
/** Whether this run attacks the entry point `name` (FUZZ_ONLY, FUZZ_CHUNK: the k-th of n parts of the sorted names). */
function selected(name: string, k: number): boolean {
  return (ONLY === undefined || ONLY.test(name)) && k % CHUNKS === CHUNK - 1;
}

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
/** How many inputs held each hostile class (counted as they are made). */
const made = new Map<string, number>();
/** Replaces every Make in a generated value by the value it makes (fresh each call). */
function materialize(v: unknown): unknown {
  if (v instanceof Make) {
    made.set(v.label, (made.get(v.label) ?? 0) + 1);
    return v.make();
  }
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
    fc.bigInt().map((b) => mk(`bigint`, () => b)),
    fc.constantFrom(2n ** 64n, -1n, 0n).map((b) => mk('bigint', () => b)),
    fc.constant(mk('symbol', () => Symbol('s'))),
    fc.constant(mk('function', () => () => 1)),
    fc.constant(mk('4 MB string', () => HUGE)),
    fc.constantFrom(1e21, 1.79e308, -1e21, 2 ** 53, Number.MAX_SAFE_INTEGER, Number.MAX_VALUE, 1e-7).map((n) => mk('huge or tiny number', () => n)),
    fc.constantFrom(1795050000000.25, 1795050000000.5, -0.5, 1e15 + 0.5).map((n) => mk('fractional epoch ms', () => n)),
    fc.constantFrom(1795050000000.25, 1795050000000.5).map((n) => mk('Date of fractional ms', () => new Date(n))),
    fc.constant(mk('10,001 characters', () => LONG)),
    fc.constant(mk('sparse 1e8', () => sparse(1e8))),
    fc.constant(mk('sparse 3', () => sparse(3))),
    inner.map((x) => mk('hole first', () => [, materialize(x)])),
    inner.map((x) => mk('hole middle', () => [materialize(x), , materialize(x)])),
    inner.map((x) => mk('null prototype', () => Object.assign(Object.create(null), { planId: materialize(x), value: materialize(x) }))),
    inner.map((x) => mk('toJSON', () => ({ toJSON: () => materialize(x), valueOf: () => materialize(x) }))),
    inner.map((x) => mk('array with toJSON', () => Object.assign([materialize(x)], { toJSON: () => 'evil' }))),
    fc.constant(mk('sparse 1e8 with items', () => { const a = sparse(1e8); a[0] = { id: 'a', at: '2026-11-02T10:00' }; return a; })),
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
    // Found by an attacker-style probe of the built package (2026-12-03), which this generator had never made: values
    // with a prototype of their own. Class instances used as records (their getters on the prototype), and values that
    // only look like a Date.
    inner.map((x) => mk('class instance', () => new (class Record { planId = materialize(x); get at(): unknown { return materialize(x); } get start(): unknown { return materialize(x); } })())),
    fc.constant(mk('class with a throwing getter', () => new (class Record { get planId(): never { throw new Error('getter'); } get at(): never { throw new Error('getter'); } get start(): never { throw new Error('getter'); } })())),
    fc.constant(mk('Date look-alike', () => Object.create(Date.prototype))),
    fc.constant(mk('Proxy of a Date', () => new Proxy(new Date('2026-11-20T01:00:00Z'), {}))),
    fc.constant(mk('Date with a throwing getTime', () => new (class extends Date { override getTime(): never { throw new Error('getTime'); } })('2026-11-20T01:00:00Z'))),
    fc.constant(mk('boxed string', () => new String('2026-11-20'))),
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
const bases = entryBases;

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
/**
 * A valid input whose field at `path` is a getter: the first read gives `first`, every later one `then` (the valid
 * value then a hostile one, or the reverse): read twice, the input would be checked valid and used hostile.
 */
function withGetter(base: unknown, path: readonly (string | number)[], first: unknown, then: unknown): unknown {
  const parentPath = path.slice(0, -1);
  const key = path[path.length - 1]!;
  const parentOf = (v: unknown, p: readonly (string | number)[]): unknown => (p.length === 0 ? v : parentOf((v as Record<string | number, unknown>)[p[0]!], p.slice(1)));
  const parent = parentOf(base, parentPath);
  const copy = (Array.isArray(parent) ? [...(parent as unknown[])] : { ...(parent as object) }) as Record<string | number, unknown>;
  let reads = 0;
  Object.defineProperty(copy, key, {
    get() {
      reads += 1;
      return reads === 1 ? first : then;
    },
    enumerable: true,
    configurable: true,
  });
  return withField(base, parentPath, copy);
}
const fieldAttack = (base: Record<string, unknown>) => {
  const paths = pathsOf(base).slice(1);
  return fc.tuple(fc.constantFrom(...paths), hostile, fc.constantFrom('replace', 'replace', 'replace', 'catalog', 'getter valid then hostile', 'getter hostile then valid')).map(([p, v, how]) =>
    mk(`field attack: ${how}`, () => {
      const m = materialize(v);
      const valid = p.reduce<unknown>((o, k) => (o as Record<string | number, unknown>)[k], base);
      if (how === 'catalog') return { ...(withField(base, p, m) as object), catalog: m };
      if (how === 'getter valid then hostile') return withGetter(base, p, valid, m);
      if (how === 'getter hostile then valid') return withGetter(base, p, m, valid);
      return withField(base, p, m);
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
/** Keys whose strings are the caller's own ids, given back as they were (an event or line id may look like anything). */
const ECHOED = new Set(['id', 'over', 'ignored']);
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
    if (!ECHOED.has(key) && LOOKS_LIKE_TIMESTAMP.test(v) && v.length < 40 && !TIMESTAMP.test(v)) throw new Error(`${where}: malformed timestamp ${v} at ${key}`);
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

const selectedFunctions = functions.map(([n]) => n).sort().filter((n, k) => selected(n, k));
const selectedBases = Object.entries(bases).sort(([a], [b]) => (a < b ? -1 : 1)).filter(([n], k) => selected(n, k));

describe('hostile input, every exported function: only ContractRulesError, only well-formed results', () => {
  it.skipIf(selectedFunctions.length === 0).each(selectedFunctions)('%s', (name) => {
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
  it.skipIf(selectedBases.length === 0).each(selectedBases)('%s', (name, { call, base }) => {
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

/** Every hostile class of issue 12 (labels of the values made above). */
const CLASSES = [
  'bigint', 'symbol', 'function', '4 MB string', '10,001 characters', 'huge or tiny number', 'fractional epoch ms', 'Date of fractional ms',
  'sparse 1e8', 'sparse 3', 'sparse 1e8 with items', 'hole first', 'hole middle', 'null prototype', 'toJSON', 'array with toJSON',
  'transparent proxy', 'array proxy', 'revoked proxy', 'getter that changes', 'getter field', 'junk catalog', 'copied catalog',
  'copied area data', 'copied tax table', 'copied holiday law', 'invalid Date', 'cycle',
  'class instance', 'class with a throwing getter', 'Date look-alike', 'Proxy of a Date', 'Date with a throwing getTime', 'boxed string',
  ...TRAPS.flatMap(([n]) => [`proxy throwing ${n}`, `array proxy throwing ${n}`]),
];
const FIELD_CLASSES = ['field attack: replace', 'field attack: catalog', 'field attack: getter valid then hostile', 'field attack: getter hostile then valid'];

describe('the hostile classes', () => {
  it.runIf(RUNS >= 1000 && selectedFunctions.length + selectedBases.length >= 4)('every class was generated', () => {
    const missing = [...CLASSES, ...(selectedBases.length > 0 ? FIELD_CLASSES : [])].filter((c) => !made.has(c));
    expect(missing).toEqual([]);
  });
});

afterAll(() => {
  if (process.env.FUZZ_REPORT) {
    const rows = Object.entries(figures).map(([n, f]) => `${n.padEnd(36)} ${String(f.calls).padStart(8)} calls ${String(f.answers).padStart(8)} answers ${String(f.typedErrors).padStart(8)} typed errors ${(f.ms / 1000).toFixed(1).padStart(7)} s`);
    const classes = [...made].sort(([a], [b]) => (a < b ? -1 : 1)).map(([c, n]) => `${c.padEnd(40)} ${String(n).padStart(9)}`);
    const chunk = ONLY || CHUNKS > 1 ? ` (FUZZ_CHUNK ${CHUNK}/${CHUNKS}${ONLY ? `, FUZZ_ONLY ${ONLY.source}` : ''})` : '';
    console.log(`fuzz figures (runs per entry point: ${RUNS}, seed ${SEED})${chunk}\n${rows.join('\n')}\ninputs holding each hostile class:\n${classes.join('\n')}`);
  }
});
