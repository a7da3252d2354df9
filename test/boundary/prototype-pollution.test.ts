/**
 * An application that pollutes Object.prototype (a realm-wide bug of its own, or a dependency's) must not change
 * another caller's answers (principle 6). Found by attacker-style probes on 2026-12-03:
 * - classifyArea refused every input once Object.prototype had an enumerable key (its unknown-key check walked
 *   inherited keys);
 * - a key on Object.prototype filled the fields a caller left out: `rounding`, `catalog`, `closures`, `sense` … of
 *   the inputs (the boundary's copies inherited from Object.prototype, the fast paths walked inherited keys), the
 *   optional fields of the bundled data (`handledIn`, `serviceStart` …) and of the library's own records (a reason's
 *   `interpretation`, a waiver's `ruleId`, an event's `id`); a polluted `value` made a property descriptor throw a
 *   TypeError.
 *
 * Every public entry point is called with a valid input (test/helpers/entry-bases.ts, with `explain: true` where it
 * takes it, and the functions of positional arguments below) while Object.prototype holds one key — every field name
 * the sources declare, and the keys property descriptors and promises read — set to each of a few values; the answer
 * (or the typed error) must be the one given without it, the key enumerable or not. `POLLUTION_VALUES=all` tries
 * twelve values instead of six.
 *
 * Not covered: index keys (`Object.prototype[0]`, like `Array.prototype[0]`), which every array's reads past its end
 * and holes see; decimal.js itself then computes wrong digits (docs/architecture.md, "Input boundary").
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it, vi } from 'vitest';
import * as lib from '../../src/index.js';
import { classifyArea } from '../../src/area/index.js';
import { entryBasesOf, type Root } from '../helpers/entry-bases.js';

const protoObject = Object.prototype as unknown as Record<string, unknown>;

/** Every `readonly name?:` / `readonly name:` the sources declare, every key of the bundled fixtures, and the keys descriptors, promises and JSON read. */
function fieldNames(): string[] {
  const names = new Set<string>(['value', 'get', 'set', 'writable', 'enumerable', 'configurable', 'then', 'toJSON', 'length', 'size', 'message', 'cause', 'blank', 'fields', '__esModule']);
  const walk = (dir: string): void => {
    for (const f of readdirSync(dir)) {
      const p = join(dir, f);
      if (statSync(p).isDirectory()) walk(p);
      else if (p.endsWith('.ts')) for (const m of readFileSync(p, 'utf8').matchAll(/readonly ([A-Za-z_$][\w$]*)\??:/g)) names.add(m[1]!);
    }
  };
  walk(fileURLToPath(new URL('../../src', import.meta.url)));
  // The keys of the bundled data (its optional fields are declared by zod schemas, not as readonly fields).
  const keysOf = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(keysOf);
    else if (v !== null && typeof v === 'object') for (const [k, x] of Object.entries(v)) names.add(k) && keysOf(x);
  };
  const fixtures = fileURLToPath(new URL('../../fixtures', import.meta.url));
  for (const f of readdirSync(fixtures)) if (f.endsWith('.json') && f !== 'municipalities.json') keysOf(JSON.parse(readFileSync(join(fixtures, f), 'utf8')));
  for (const k of Object.getOwnPropertyNames(Object.prototype)) names.delete(k); // replacing a built-in method is not this attack
  return [...names].sort();
}
const KEYS = fieldNames();
const SOME_VALUES: unknown[] = [true, 2, 'ceil', '2026-01-01', [], { date: '2026-11-20', start: '2026-11-01', end: '2026-11-30', name: 'x' }];
const ALL_VALUES: unknown[] = [...SOME_VALUES, false, 0, -1, 'x', '2026-11-20T10:00+09:00', [{ date: '2026-11-20', name: 'x', start: '2026-11-01', end: '2026-11-30' }]];
const VALUES = process.env.POLLUTION_VALUES === 'all' ? ALL_VALUES : SOME_VALUES;

/** The calls: each entry point's valid input, the `explain: true` variants, and the functions of positional arguments. */
function callsOf(lib: Root): Array<readonly [string, () => unknown]> {
  const calls: Array<readonly [string, () => unknown]> = [];
  const entryBases = entryBasesOf(lib);
  for (const [name, { call, base }] of Object.entries(entryBases)) {
    calls.push([name, () => call(base)]);
    if (['monthlyInvoice', 'invoicer', 'isOpen', 'nextOpening', 'incidentStatus', 'classifyArea', 'evaluateQuota', 'convertPrice', 'checkLoaner'].includes(name)) {
      calls.push([`${name} (explain)`, () => call({ ...base, explain: true })]);
    }
  }
  calls.push(
    ['classifyArea (zone)', () => lib.classifyArea({ address: '福島県双葉郡大熊町大川原', on: '2026-11-22', explain: true })],
    ['classifyArea (island district)', () => lib.classifyArea({ municipalityCode: '142107', district: '三崎町城ケ島', on: '2026-11-22' })],
    ['monthlyInvoice (resubscription)', () => lib.monthlyInvoice({ contract: { planId: 'ucom-remote-support', start: '2026-04-10', earlierContracts: [{ planId: 'ucom-remote-support', start: '2025-01-01', end: '2025-12-31' }] }, month: '2026-04', explain: true })],
    ['monthlyInvoice (waived)', () => lib.monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2026-04-01', oneOffCharges: [{ feeId: 'oas-visit-basic-work', quantity: 1, on: '2026-04-02', waived: { reason: 'goodwill' } }] }, month: '2026-04' })],
    ['evaluateQuota (rollover)', () => lib.evaluateQuota({ ...entryBases.evaluateQuota!.base, contract: { planId: 'itss-standard-anshin-1', start: '2026-09-01' }, rollover: { kind: 'carry-over', maxUnitsPerMonth: 2, validForMonths: 2 } } as never)],
    ['incidentStatus (business days)', () => lib.incidentStatus({ ...entryBases.incidentStatus!.base, policy: 'business-days', businessCalendar: { closures: [{ start: '2026-11-23', end: '2026-11-23' }] } } as never)],
    ['documentOfPlan', () => lib.documentOfPlan('oas-plan-a').document.id],
    ['findPlan', () => lib.findPlan({ name: 'プランA' })],
    ['getPlan', () => lib.getPlan('itss-light-anshin-1')],
    ['getOption', () => lib.getOption('itss-light-time-extension')],
    ['getContractPlan', () => lib.getContractPlan('oas-plan-b')],
    ['plansOnSale', () => lib.plansOnSale('2026-11-22').map((p) => p.id)],
    ['getConsumptionTaxRate', () => lib.getConsumptionTaxRate('2019-10-01')],
    ['monthlyFeeTaxDate', () => lib.monthlyFeeTaxDate('2019-10')],
    ['findHoliday', () => lib.findHoliday('2026-11-23')],
    ['holidayName', () => lib.holidayName('2026-09-22')],
    ['holidaysIn', () => lib.holidaysIn(2026)],
    ['isHoliday', () => [lib.isHoliday('2026-11-23'), lib.isHoliday('2026-11-24')]],
    ['listServiceChannels', () => lib.listServiceChannels('helpdesk-support')],
    ['findMunicipality', () => lib.findMunicipality('133612')],
    ['getMunicipality', () => lib.getMunicipality('011011')],
    ['parseMunicipalityCode', () => lib.parseMunicipalityCode('13361')],
    ['parsePostalCode', () => lib.parsePostalCode('〒100-0001')],
    ['compareScopeVersions', () => lib.compareScopeVersions([10, 1], [10, 0])],
    ['createInvoicer', () => lib.createInvoicer().monthlyInvoice({ contract: { planId: 'oas-plan-b', start: '2026-01-01' }, month: '2026-02' })],
  );
  return calls;
}
const calls = callsOf(lib);

/**
 * Calls that reach every bundled plan and channel (and so every document's sections): for the fresh copies only, whose
 * first calls build each plan's compiled rules and schedules while Object.prototype is polluted.
 */
function everyPlanCallsOf(lib: Root): Array<readonly [string, () => unknown]> {
  const out: Array<readonly [string, () => unknown]> = [];
  for (const plan of lib.catalog.plans) {
    const planId = plan.id;
    out.push([`${planId}: monthlyInvoice`, () => lib.monthlyInvoice({ contract: { planId, start: '2026-04-01' }, month: '2026-05', explain: true } as never)]);
    out.push([`${planId}: canSubscribe`, () => lib.canSubscribe({ planId, on: '2026-11-22' } as never)]);
    out.push([`${planId}: evaluateQuota`, () => lib.evaluateQuota({ contract: { planId }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }] } as never)]);
    out.push([`${planId}: loanPeriod`, () => lib.loanPeriod({ planId, arrivalDate: '2026-11-24' } as never)]);
    out.push([`${planId}: listTerms`, () => lib.listTerms({ planId } as never)]);
    out.push([`${planId}: checkServiceConditions`, () => lib.checkServiceConditions({ planId, request: { site: 'telework-site' } } as never)]);
    out.push([`${planId}: checkSupportScope`, () => lib.checkSupportScope({ planId, subject: { kind: 'software', name: 'Outlook' } } as never)]);
    for (const channel of ['phone', 'support', 'remote', 'onsite-diagnosis', 'mail', 'web']) {
      out.push([`${planId}: isOpen ${channel}`, () => lib.isOpen({ planId, channel, at: '2026-11-20T10:00', explain: true, unknownAs: 'open' } as never)]);
    }
  }
  return out;
}
const everyPlanWants = new Map(everyPlanCallsOf(lib).map(([name, f]) => [name, outcome(f)]));

/**
 * Sets Object.prototype[key] = value, enumerable as `obj.__proto__[key] = value` sets it (or not, as
 * `Object.defineProperty` does: then the fast paths' key walks do not see it). The descriptor has no
 * prototype: with `get` or `value` already set there, an ordinary one would read them.
 */
function pollute(key: string, value: unknown, enumerable = true): void {
  const d = Object.create(null) as PropertyDescriptor;
  d.value = value;
  d.enumerable = enumerable;
  d.writable = true;
  d.configurable = true;
  Object.defineProperty(protoObject, key, d);
}

/** What a call gives: its answer as JSON text, or its error's class, path and message. */
function outcome(f: () => unknown): string {
  try {
    return `answer ${JSON.stringify(f())}`;
  } catch (e) {
    const err = e as { name?: unknown; path?: unknown; message?: unknown };
    return `${lib.isContractRulesError(e) ? 'typed' : 'UNTYPED'} ${String(err.name)} ${JSON.stringify(err.path)} ${String(err.message)}`;
  }
}

/** The outcome of `f` with Object.prototype[key] = value (enumerable, as `obj.__proto__[key] = value` sets it), taken off before the answer is written. */
function pollutedOutcome(f: () => unknown, key: string, value: unknown, enumerable: boolean): string {
  let result: unknown;
  let error: unknown;
  let threw = false;
  pollute(key, value, enumerable);
  try {
    result = f();
  } catch (e) {
    threw = true;
    error = e;
  } finally {
    delete protoObject[key];
  }
  return outcome(() => {
    if (threw) throw error;
    return result;
  });
}

const wants = new Map(calls.map(([name, f]) => [name, outcome(f)]));

afterAll(() => {
  for (const k of KEYS) delete protoObject[k];
});

describe('polluted prototypes', () => {
  it('every call answers (the inputs are valid)', () => {
    const refused = [...wants].filter(([, w]) => !w.startsWith('answer'));
    expect(refused).toEqual([]);
    expect(KEYS.length).toBeGreaterThan(700);
  });

  it.each(calls)('%s: the same answer whatever key Object.prototype holds', (name, f) => {
    const moved: string[] = [];
    for (const key of KEYS) {
      for (const value of VALUES) {
        for (const enumerable of [true, false]) {
          const got = pollutedOutcome(f, key, value, enumerable);
          if (got !== wants.get(name)) moved.push(`${key} = ${JSON.stringify(value)}${enumerable ? '' : ' (not enumerable)'}: ${got.slice(0, 160)}`);
        }
      }
    }
    expect(moved).toEqual([]);
  });

  it.each(VALUES.map((v) => [v]))('a fresh copy of the library answers alike when its first calls see every key set to %j', async (value) => {
    // Memos and bundled data built on first use are built here while Object.prototype holds every key at once.
    vi.resetModules();
    const fresh = (await import('../../src/index.js')) as Root;
    const freshCalls = [...everyPlanCallsOf(fresh), ...callsOf(fresh)];
    const allWants = new Map([...everyPlanWants, ...wants]);
    const seen: Array<readonly [string, () => unknown]> = [];
    for (const key of KEYS) pollute(key, value);
    try {
      for (const [name, f] of freshCalls) {
        try {
          const result = f();
          seen.push([name, () => result]); // written once the keys are gone (a polluted toJSON would run)
        } catch (e) {
          seen.push([name, () => { throw e; }]);
        }
      }
    } finally {
      for (const key of KEYS) delete protoObject[key];
    }
    expect(new Map(seen.map(([name, f]) => [name, outcome(f)]))).toEqual(allWants);
    // And each call's answer now, from the memos and tables built while polluted.
    expect(new Map(freshCalls.map(([name, f]) => [name, outcome(f)]))).toEqual(allWants);
  });

  it('the answers are the same after the polluted calls (no memo kept what they saw)', () => {
    expect(new Map(calls.map(([name, f]) => [name, outcome(f)]))).toEqual(wants);
  });

  it('a toJSON on Object.prototype or Array.prototype does not make two override sets one memo key', () => {
    // Found by an attacker-style probe on 2026-12-03: the holiday table's memo was keyed by JSON.stringify.
    const q = (date: string) => ({ planId: 'helpdesk-support', channel: 'phone', date: '2026-12-02', holidayOverrides: [{ date, name: `closed ${date}` }] });
    for (const proto of [Object.prototype, Array.prototype] as unknown as Record<string, unknown>[]) {
      const d = Object.create(null) as PropertyDescriptor;
      d.value = () => 'same';
      d.configurable = true;
      Object.defineProperty(proto, 'toJSON', d);
      let a: boolean;
      let b: boolean;
      try {
        a = lib.isBusinessDay(q('2026-12-02'));
        b = lib.isBusinessDay(q('2026-12-09'));
      } finally {
        delete proto.toJSON;
      }
      expect([a, b]).toEqual([false, true]);
    }
  });

  it("classifyArea checks the input's own keys only", () => {
    const input = { address: '東京都新島村', on: '2026-11-22' };
    const want = classifyArea(input);
    protoObject.then = () => undefined;
    try {
      expect(classifyArea(input)).toEqual(want);
    } finally {
      delete protoObject.then;
    }
  });

  it('answers and bundled data hold plain objects only (the records of the boundary never leave the library)', () => {
    const notPlain: string[] = [];
    const walk = (v: unknown, where: string, seen: Set<unknown>): void => {
      if (v === null || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      const proto = Object.getPrototypeOf(v);
      if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${where}[${i}]`, seen));
      else if (proto === Object.prototype) for (const [k, x] of Object.entries(v)) walk(x, `${where}.${k}`, seen);
      else if (!(v instanceof Map || v instanceof Date || v instanceof Error)) notPlain.push(where);
    };
    for (const [name, f] of calls) {
      try {
        walk(f(), name, new Set());
      } catch {
        // the refusals are checked above
      }
    }
    walk(lib.catalog.plans, 'catalog.plans', new Set());
    walk(lib.bundledFixtures, 'bundledFixtures', new Set());
    expect(notPlain).toEqual([]);
  });
});
