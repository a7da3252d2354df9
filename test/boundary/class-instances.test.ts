/**
 * Values with a prototype of their own, found by an attacker-style probe of the built package (2026-12-03): a
 * class instance used as a record was passed through the boundary as it was, so its prototype's getters ran
 * later (a throwing one escaped as a plain Error, a changing one was read more than once, a 10 MB string in one
 * escaped the size limit), and a value that only looks like a Date (a Proxy of one, `Object.create(Date.prototype)`)
 * escaped as a TypeError from `getTime`. Every case below but one failed before the fix (an escaping error, a
 * 10 MB message, a caller's Date kept); the one that passed then (a getter that changes between reads) holds
 * the read-once rule now that the boundary reads such getters itself.
 */
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';
import { readInput } from '../../src/boundary/index.js';
import { ConsumptionTaxFixtureSchema, loadConsumptionTaxTable, passageExcerpts, passageText, RolloverPolicySchema, toIssues } from '../../src/schemas/index.js';
import consumptionTax from '../../fixtures/consumption-tax.json' with { type: 'json' };

const { ContractRulesError } = lib;
const PHONE = { planId: 'helpdesk-support', channel: 'phone' } as const;
const AT = '2026-11-20T10:00:00+09:00'; // a Friday, 10:00 in Japan: the phone desk is open

function typed(f: () => unknown): { code: string; path: readonly (string | number)[]; message: string } {
  try {
    f();
  } catch (e) {
    if (!(e instanceof ContractRulesError)) throw new Error(`expected a ContractRulesError, got ${String(e)}`);
    return { code: e.code, path: e.path, message: e.message };
  }
  throw new Error('expected an error, got an answer');
}

describe('a value that only looks like a Date', () => {
  const real = new Date(AT);
  it.each([
    ['a Proxy of a Date', () => new Proxy(new Date(AT), {})],
    ['Object.create(Date.prototype)', () => Object.create(Date.prototype) as Date],
    ['a Proxy whose prototype is Date.prototype', () => new Proxy({}, { getPrototypeOf: () => Date.prototype }) as Date],
  ])('%s is refused at its path', (_, make) => {
    const e = typed(() => lib.isOpen({ ...PHONE, at: make() }));
    expect([e.code, e.path]).toEqual(['invalid_input', ['at']]);
    expect(e.message).toContain('only looks like');
  });

  it("a Date whose getTime is overridden is read from its time value; the override is not called", () => {
    let calls = 0;
    const own = Object.assign(new Date(AT), {
      getTime() {
        calls++;
        throw new Error('mine');
      },
    });
    class Later extends Date {
      override getTime(): number {
        calls++;
        return 0;
      }
    }
    expect(lib.isOpen({ ...PHONE, at: own })).toBe(lib.isOpen({ ...PHONE, at: real }));
    expect(lib.isOpen({ ...PHONE, at: new Later(AT) })).toBe(true);
    expect(calls).toBe(0);
  });

  it('the boundary keeps a Date as a Date of its own (a caller changing theirs afterwards changes nothing read)', () => {
    const d = new Date(AT);
    const copy = readInput({ at: d }, []) as { at: Date };
    expect(copy.at).not.toBe(d);
    expect(copy.at.getTime()).toBe(d.getTime());
  });
});

describe('a class instance used as a record', () => {
  it('a throwing getter on its prototype is a typed error at the field, at every depth', () => {
    class Bad {
      get planId(): string {
        throw new Error('mine');
      }
    }
    class Closure {
      get start(): string {
        throw new Error('mine');
      }
    }
    class Opt {
      get optionId(): string {
        throw new Error('mine');
      }
    }
    expect(typed(() => lib.isOpen(new Bad() as never)).path).toEqual(['planId']);
    expect(typed(() => lib.isOpen({ ...PHONE, at: AT, closures: [new Closure() as never] })).path).toEqual(['closures', 0, 'start']);
    const e = typed(() => lib.monthlyInvoice({ contract: { planId: 'itss-standard-anshin-1', start: '2025-04-01', options: [new Opt() as never] }, month: '2025-06' }));
    expect(e.path).toEqual(['contract', 'options', 0, 'optionId']);
  });

  it("its prototype's getters are read once each, with its own fields, and give the answer a plain object gives", () => {
    const reads: Record<string, number> = {};
    class Contract {
      readonly planId = 'oas-plan-a';
      get start(): string {
        reads.start = (reads.start ?? 0) + 1;
        return '2025-04-10';
      }
      get note(): string {
        reads.note = (reads.note ?? 0) + 1;
        return 'not read by the rules, read once all the same';
      }
    }
    const plain = lib.monthlyInvoice({ month: '2026-11', contract: { planId: 'oas-plan-a', start: '2025-04-10' } });
    const fromClass = lib.monthlyInvoice({ month: '2026-11', contract: new Contract() as never });
    expect(fromClass.totalYen).toBe(plain.totalYen);
    expect(reads).toEqual({ start: 1, note: 1 });
  });

  it('a getter that changes between reads is read once (a 10 MB string on the second read is never seen)', () => {
    let n = 0;
    class Closure {
      get start(): string {
        return n++ === 0 ? '2026-11-20' : 'x'.repeat(10 * 1024 * 1024);
      }
      get end(): string {
        return '2026-11-21';
      }
    }
    // A closure (the caller's own closed days) over the day asked: closed.
    expect(lib.isOpen({ ...PHONE, at: AT, closures: [new Closure() as never] })).toBe(false);
    expect(n).toBe(1);
  });

  it('a string over the size limit in a getter is refused by the limit, not echoed into the message', () => {
    class Closure {
      get start(): string {
        return 'x'.repeat(10_000_000);
      }
    }
    const e = typed(() => lib.isOpen({ ...PHONE, at: AT, closures: [new Closure() as never] }));
    expect([e.code, e.path]).toEqual(['out_of_range', ['closures', 0, 'start']]);
    expect(e.message.length).toBeLessThan(200);
  });

  it('a typed array, a buffer or a boxed string is refused without walking its items', () => {
    for (const v of [new Uint8Array(1e7), new ArrayBuffer(8), new String('x'.repeat(1e6))]) {
      expect(typed(() => lib.isOpen({ ...PHONE, at: AT, closures: [v as never] })).path).toEqual(['closures', 0]);
    }
  });

  it('a prototype chain of 10,000 levels is refused', () => {
    let o: object = {};
    for (let i = 0; i < 10_000; i++) o = Object.create(o) as object;
    expect(typed(() => lib.isOpen({ ...PHONE, at: AT, closures: [o as never] })).code).toBe('out_of_range');
  });
});

describe('the exported zod schemas', () => {
  it("replacing an exported schema's safeParse does not change what the loaders accept", () => {
    const bad = structuredClone(consumptionTax) as { rates: Array<{ ratePercent: unknown }> };
    bad.rates[3]!.ratePercent = 'ten';
    const schema = ConsumptionTaxFixtureSchema as unknown as { safeParse: unknown };
    const original = schema.safeParse;
    try {
      schema.safeParse = () => ({ success: true, data: bad });
      expect(typed(() => loadConsumptionTaxTable(bad)).code).toBe('invalid_catalog');
    } finally {
      schema.safeParse = original;
    }
  });
});

describe('the /schemas helpers that take a caller value (found by the same probe)', () => {
  const zodError = () => RolloverPolicySchema.safeParse({ kind: 'carry-over', maxUnitsPerMonth: 'x' }).error!;
  const made = (issues: PropertyDescriptor) => Object.defineProperty(Object.create(zodError()) as object, 'issues', issues) as never;

  it('toIssues of a real ZodError is unchanged', () => {
    const e = zodError();
    expect(toIssues(e)).toEqual(e.issues.map((i) => ({ code: i.code, path: i.path, message: i.message })));
    expect(toIssues(e).map((i) => i.path)).toContainEqual(['maxUnitsPerMonth']);
  });

  it.each([
    ['an issues getter that throws', () => made({ get: () => { throw new Error('caller'); } })],
    ['issues: null', () => made({ value: null })],
    ['an issue whose path is null', () => made({ value: [{ code: 'x', path: null, message: 'm' }] })],
    ['a hole', () => made({ value: [, { code: 'x', path: [], message: 'm' }] })],
    ['a Proxy whose get trap throws', () => new Proxy(zodError(), { get: () => { throw new Error('trap'); } }) as never],
  ])('toIssues refuses %s with a typed error', (_, make) => {
    expect(typed(() => toIssues(make())).code).toBe('invalid_input');
  });

  it.each([
    ['a class instance', () => new (class { get length(): never { throw new Error('caller'); } })()],
    ['a Proxy of a list whose get trap throws', () => new Proxy(['a'], { get: () => { throw new Error('caller'); } })],
    ['a sparse list of length 1e9', () => { const a: string[] = []; a.length = 1e9; return a; }],
    ['a list holding a number', () => ['a', 1]],
    ['an empty list', () => []],
    ['null', () => null],
  ])('passageText and passageExcerpts refuse %s with a typed error', (_, make) => {
    expect(typed(() => passageText(make() as never)).code).toMatch(/^(invalid_input|out_of_range)$/);
    expect(typed(() => passageExcerpts(make() as never)).code).toMatch(/^(invalid_input|out_of_range)$/);
  });

  it("passageText of a document's passage is unchanged", () => {
    expect(passageText(['ライト', '2,200円'])).toBe('ライト … 2,200円');
    expect(passageExcerpts('500円(税別)')).toEqual(['500円(税別)']);
  });
});

describe('the error classes given a caller\'s values (found by the same probe)', () => {
  it('a message that is not text is never converted by its own toString (a sparse list of 1e9 hung; a Proxy of a Date threw)', () => {
    const sparse: unknown[] = [];
    sparse.length = 1e9;
    for (const m of [sparse, new Proxy(new Date(), {}), Symbol('s'), Object(Symbol('s')), { toString: () => { throw new Error('caller'); } }]) {
      const e = new lib.NotFoundError(['x'], m as never);
      expect(e.message).toBe('x: An error (its message was not text)');
    }
  });

  it('a message of 10 MB is cut, its length said', () => {
    const e = new lib.InvalidInputError([], 'x'.repeat(10_000_000));
    expect(e.message.length).toBeLessThan(10_100);
    expect(e.message).toMatch(/… \(10000000 characters\)$/);
  });

  it('a path holds strings and whole indexes only: another number is kept as its text', () => {
    expect(new lib.OutOfRangeError(['a', 0, -1, Number.NaN, 1e308, 2 ** 53, 1.5, Number(2) as never, Object(3)] as never, 'm').path).toEqual(['a', 0, '-1', 'NaN', '1e+308', '9007199254740992', '1.5', 2]);
  });

  it('a code that is not text becomes invalid_input', () => {
    expect(new lib.ContractRulesError({ toString: () => 'x' } as never, [], 'm').code).toBe('invalid_input');
  });
});

describe('more from the probe: record places, catalog issues, shared classes', () => {
  it('a date look-alike at the place of a record is never read as one (a sparse channel of 1e9 hung compileOpeningHours)', () => {
    const channel: string[] = [];
    channel.length = 1e9;
    class Lookalike {
      planId = 'helpdesk-support';
      channel = channel;
      get [Symbol.toStringTag](): string {
        return 'Temporal.Instant';
      }
    }
    expect(typed(() => lib.compileOpeningHours(new Lookalike() as never)).code).toBe('invalid_input');
  });

  it('a CatalogValidationError takes any issues: not a list, sparse, holding junk', () => {
    const sparse: unknown[] = [];
    sparse.length = 1e9;
    expect(new lib.CatalogValidationError('x' as never).issues).toEqual([]);
    expect(new lib.CatalogValidationError(sparse as never).issues).toEqual([]);
    const e = new lib.CatalogValidationError([null, { code: 1, path: null, message: Symbol('m') }, { code: 'custom', path: ['a', 0], message: 'm' }] as never);
    expect(e.issues).toEqual([{ code: 'custom', path: [], message: 'An error (its message was not text)' }, { code: 'custom', path: ['a', 0], message: 'm' }]);
  });

  it('the error classes and their prototypes are frozen: no caller changes what another caller\'s errors are', () => {
    for (const C of [lib.ContractRulesError, lib.InvalidInputError, lib.OutOfRangeError, lib.NotFoundError, lib.ConflictError, lib.CatalogValidationError, lib.PriceNotStatedError]) {
      expect(Object.isFrozen(C)).toBe(true);
      expect(Object.isFrozen(C.prototype)).toBe(true);
    }
    const e = new lib.InvalidInputError(['a'], 'm');
    expect(() => Object.setPrototypeOf(Object.getPrototypeOf(e), {})).toThrow(TypeError);
    expect(new lib.InvalidInputError(['a'], 'm').message).toBe('a: m');
  });
});

describe("the probe's last findings", () => {
  it('a value inheriting from a list of length 1e9 is described by its tag, not joined (getFee ran a minute)', () => {
    const a: unknown[] = [];
    a.length = 1e9;
    const started = Date.now();
    expect(typed(() => lib.getFee(Object.create(a) as never)).code).toBe('invalid_input');
    expect(Date.now() - started).toBeLessThan(1000);
  });

  it('a Temporal look-alike read while explaining is read once (explain: true read it twice and answered closed)', () => {
    let n = 0;
    class TI {
      get epochMilliseconds(): number {
        return n++ === 0 ? Date.parse('2026-11-20T01:00:00Z') : Date.parse('2026-11-21T01:00:00Z');
      }
      get [Symbol.toStringTag](): string {
        return 'Temporal.Instant';
      }
    }
    const r = lib.isOpen({ ...PHONE, at: new TI() as never, explain: true });
    expect(r.open).toBe(true);
    expect(n).toBe(1);
  });
});
