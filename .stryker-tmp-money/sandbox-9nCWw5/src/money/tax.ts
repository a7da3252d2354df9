/**
 * Japan's consumption-tax rates by date (fixtures/consumption-tax.json) and the exact tax of an
 * amount at a rate. A rate is kept as an exact fraction: 10% is 10/100 on a tax-excluded amount and
 * 10/110 on a tax-included one, so a tax is always one integer division, rounded once.
 *
 * State: the module keeps no results. A loaded table is compiled once into frozen rate data (kept in
 * a WeakMap keyed by the frozen table: a derivation, not a cache of answers). Batch callers that want
 * to reuse results pass their own {@link TaxMemo} (made by {@link createTaxMemo}) to {@link taxParts};
 * nothing in a memo is mutated once stored, and results never depend on whether a memo was given.
 */
// @ts-nocheck
function stryNS_9fa48() {
  var g = typeof globalThis === 'object' && globalThis && globalThis.Math === Math && globalThis || new Function("return this")();
  var ns = g.__stryker__ || (g.__stryker__ = {});
  if (ns.activeMutant === undefined && g.process && g.process.env && g.process.env.__STRYKER_ACTIVE_MUTANT__) {
    ns.activeMutant = g.process.env.__STRYKER_ACTIVE_MUTANT__;
  }
  function retrieveNS() {
    return ns;
  }
  stryNS_9fa48 = retrieveNS;
  return retrieveNS();
}
stryNS_9fa48();
function stryCov_9fa48() {
  var ns = stryNS_9fa48();
  var cov = ns.mutantCoverage || (ns.mutantCoverage = {
    static: {},
    perTest: {}
  });
  function cover() {
    var c = cov.static;
    if (ns.currentTestId) {
      c = cov.perTest[ns.currentTestId] = cov.perTest[ns.currentTestId] || {};
    }
    var a = arguments;
    for (var i = 0; i < a.length; i++) {
      c[a[i]] = (c[a[i]] || 0) + 1;
    }
  }
  stryCov_9fa48 = cover;
  cover.apply(null, arguments);
}
function stryMutAct_9fa48(id) {
  var ns = stryNS_9fa48();
  function isActive(id) {
    if (ns.activeMutant === id) {
      if (ns.hitCount !== void 0 && ++ns.hitCount > ns.hitLimit) {
        throw new Error('Stryker: Hit count limit reached (' + ns.hitCount + ')');
      }
      return true;
    }
    return false;
  }
  stryMutAct_9fa48 = isActive;
  return isActive(id);
}
import { brandTable, readInput, readOptions } from '../boundary/index.js';
import type { TaxBasis } from '../catalog/primitives.js';
import { deepFreeze, lazyRecord } from '../data/frozen.js';
import { InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { formatIsoDate, monthBounds, parseIsoDate, parseYearMonth } from '../time/index.js';
import { quotedValueText, valueText } from './describe.js';
import { Dec, divideRoundYen, roundYen, yenToNumber, type RoundingMode } from './decimal.js';
import { consumptionTaxData } from './consumption-tax.data.js';
import type { ConsumptionTaxFixture, ConsumptionTaxRateDefinition, ConsumptionTaxRateKind } from './tax-schema.js';
const ZERO = new Dec(0);

/** A rate as the table exposes it: the fixture's rate plus the day the next rate of its kind took over. */
export type ConsumptionTaxRate = ConsumptionTaxRateDefinition & {
  /** First day the rate no longer applies (exclusive); absent while it is in force. */
  readonly effectiveUntil?: string;
};

/** A validated, frozen consumption-tax table. */
export interface ConsumptionTaxTable {
  /** Every rate, sorted by kind then date. */
  readonly rates: readonly ConsumptionTaxRate[];
  /** The tax rules the library applies, with their sources. */
  readonly rules: ConsumptionTaxFixture['rules'];
}

/** Exact arithmetic of one rate (internal). */
export interface RateMath {
  /** Canonical text of the rate, e.g. `'10'`; the key invoices group by. */
  readonly key: string;
  readonly ratePercent: number;
  /** Rate × 10^k, an integer. */
  readonly numerator: Dec;
  /** 100 × 10^k: tax = amount × numerator / exDenominator on a tax-excluded amount. */
  readonly exDenominator: Dec;
  /** (100 + rate) × 10^k: tax = amount × numerator / incDenominator on a tax-included amount. */
  readonly incDenominator: Dec;
  /** `10/100` and `10/110`, for traces. */
  readonly exFraction: string;
  readonly incFraction: string;
  /** The numerator and denominators as plain integers, for the integer fast path ({@link intTaxYen}). */
  readonly intNumerator: number;
  readonly intExDenominator: number;
  readonly intIncDenominator: number;
}

/** The tax of an amount at a rate, rounded, its unrounded value as text, and the amounts as numbers (internal; frozen). */
export interface TaxParts {
  readonly tax: Dec;
  readonly taxYen: number;
  readonly unrounded: string;
  /** The amount taxed. */
  readonly amountYen: number;
  /** The amount on the other basis: amount + tax for a tax-excluded amount, amount − tax for a tax-included one. */
  readonly otherYen: number;
}

/** Default number of entries each table of a memo keeps (a memo stops growing when full). */
export const MEMO_LIMIT = 4096;

/**
 * A caller-owned memo of tax results, for a batch of computations that repeat the same amounts
 * (internal: the billing module's invoicer owns one). Make one with {@link createTaxMemo} per batch
 * and pass it to {@link taxParts}; drop it with the batch.
 *
 * Rules: entries are keyed by everything the result depends on (rate, basis, rounding mode, amount),
 * each stored value is frozen and never changed, and a table stops growing at `limit` entries. A
 * result is the same with or without a memo; the memo only saves recomputing it.
 */
export interface TaxMemo {
  /** Most entries each table keeps; 0 keeps none. */
  readonly limit: number;
  /** {@link taxParts} results by {@link taxPartsKey}. */
  readonly parts: Map<string, TaxParts>;
}

/**
 * A fresh, empty {@link TaxMemo} (internal).
 * @throws {InvalidInputError} `limit` is not a whole number ≥ 0 (path `['memoLimit']`)
 * @example
 * const memo = createTaxMemo();
 * taxParts(new Dec(3900), 'tax-excluded', rateMath(10), 'floor', memo).taxYen //=> 390
 * memo.parts.size //=> 1
 */
export function createTaxMemo(limit: number = MEMO_LIMIT): TaxMemo {
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    return stryMutAct_9fa48("1") ? {} : (stryCov_9fa48("1"), {
      limit: parseMemoLimit(limit, stryMutAct_9fa48("2") ? [] : (stryCov_9fa48("2"), [stryMutAct_9fa48("3") ? "" : (stryCov_9fa48("3"), 'memoLimit')])),
      parts: new Map()
    });
  }
}

/**
 * Reads a memo size limit (internal).
 * @throws {InvalidInputError} not a whole number ≥ 0
 * @example parseMemoLimit(undefined, ['memoLimit']) //=> 4096
 */
export function parseMemoLimit(value: unknown, path: ErrorPath): number {
  if (stryMutAct_9fa48("4")) {
    {}
  } else {
    stryCov_9fa48("4");
    if (stryMutAct_9fa48("7") ? value !== undefined : stryMutAct_9fa48("6") ? false : stryMutAct_9fa48("5") ? true : (stryCov_9fa48("5", "6", "7"), value === undefined)) return MEMO_LIMIT;
    if (stryMutAct_9fa48("10") ? (typeof value !== 'number' || !Number.isSafeInteger(value)) && value < 0 : stryMutAct_9fa48("9") ? false : stryMutAct_9fa48("8") ? true : (stryCov_9fa48("8", "9", "10"), (stryMutAct_9fa48("12") ? typeof value !== 'number' && !Number.isSafeInteger(value) : stryMutAct_9fa48("11") ? false : (stryCov_9fa48("11", "12"), (stryMutAct_9fa48("14") ? typeof value === 'number' : stryMutAct_9fa48("13") ? false : (stryCov_9fa48("13", "14"), typeof value !== (stryMutAct_9fa48("15") ? "" : (stryCov_9fa48("15"), 'number')))) || (stryMutAct_9fa48("16") ? Number.isSafeInteger(value) : (stryCov_9fa48("16"), !Number.isSafeInteger(value))))) || (stryMutAct_9fa48("19") ? value >= 0 : stryMutAct_9fa48("18") ? value <= 0 : stryMutAct_9fa48("17") ? false : (stryCov_9fa48("17", "18", "19"), value < 0)))) {
      if (stryMutAct_9fa48("20")) {
        {}
      } else {
        stryCov_9fa48("20");
        throw new InvalidInputError(path, stryMutAct_9fa48("21") ? `` : (stryCov_9fa48("21"), `A memo limit is a whole number ≥ 0, received ${quotedValueText(value)}`), stryMutAct_9fa48("22") ? {} : (stryCov_9fa48("22"), {
          value: valueText(value)
        }));
      }
    }
    return value;
  }
}

/**
 * Stores a value in one table of a memo unless the table is full; returns the value (internal).
 * @example remember(new Map(), 'k', 1, 10) //=> 1
 */
export function remember<V>(table: Map<string, V>, key: string, value: V, limit: number): V {
  if (stryMutAct_9fa48("23")) {
    {}
  } else {
    stryCov_9fa48("23");
    if (stryMutAct_9fa48("27") ? table.size >= limit : stryMutAct_9fa48("26") ? table.size <= limit : stryMutAct_9fa48("25") ? false : stryMutAct_9fa48("24") ? true : (stryCov_9fa48("24", "25", "26", "27"), table.size < limit)) table.set(key, value);
    return value;
  }
}

/** A rate of the table with its epoch day and math (internal). */
export interface CompiledRate extends RateMath {
  readonly fromDay: number;
  readonly rate: ConsumptionTaxRate;
}

/** The compiled, frozen form of a loaded table (internal). */
export interface CompiledTable {
  /** Newest first. */
  readonly standard: readonly CompiledRate[];
  readonly reduced: readonly CompiledRate[];
}

/**
 * Compiled rate data of each table made by `loadConsumptionTaxTable` (or the bundled one), set once when the table
 * is loaded (the table and its compiled form are both frozen): a derivation, not a result cache.
 */
const compiled = new WeakMap<ConsumptionTaxTable, CompiledTable>();

/**
 * Builds the frozen table of a validated fixture and compiles its rates (internal: `loadConsumptionTaxTable`
 * validates a user's JSON with zod first; the bundled table was validated when its data module was generated).
 * Rules: each rate applies from its `effectiveFrom` (inclusive) until the next rate of the same kind.
 */
export function buildConsumptionTaxTable(fixture: ConsumptionTaxFixture): ConsumptionTaxTable {
  if (stryMutAct_9fa48("28")) {
    {}
  } else {
    stryCov_9fa48("28");
    const byKind = stryMutAct_9fa48("29") ? () => undefined : (stryCov_9fa48("29"), (() => {
      const byKind = (kind: ConsumptionTaxRateKind) => stryMutAct_9fa48("31") ? fixture.rates.sort((a, b) => a.effectiveFrom < b.effectiveFrom ? -1 : 1) : stryMutAct_9fa48("30") ? fixture.rates.filter(x => x.kind === kind) : (stryCov_9fa48("30", "31"), fixture.rates.filter(stryMutAct_9fa48("32") ? () => undefined : (stryCov_9fa48("32"), x => stryMutAct_9fa48("35") ? x.kind !== kind : stryMutAct_9fa48("34") ? false : stryMutAct_9fa48("33") ? true : (stryCov_9fa48("33", "34", "35"), x.kind === kind))).sort(stryMutAct_9fa48("36") ? () => undefined : (stryCov_9fa48("36"), (a, b) => (stryMutAct_9fa48("40") ? a.effectiveFrom >= b.effectiveFrom : stryMutAct_9fa48("39") ? a.effectiveFrom <= b.effectiveFrom : stryMutAct_9fa48("38") ? false : stryMutAct_9fa48("37") ? true : (stryCov_9fa48("37", "38", "39", "40"), a.effectiveFrom < b.effectiveFrom)) ? stryMutAct_9fa48("41") ? +1 : (stryCov_9fa48("41"), -1) : 1)));
      return byKind;
    })());
    const rates: ConsumptionTaxRate[] = stryMutAct_9fa48("42") ? ["Stryker was here"] : (stryCov_9fa48("42"), []);
    for (const kind of ['standard', 'reduced'] as const) {
      if (stryMutAct_9fa48("43")) {
        {}
      } else {
        stryCov_9fa48("43");
        const list = byKind(kind);
        list.forEach((x, i) => {
          if (stryMutAct_9fa48("44")) {
            {}
          } else {
            stryCov_9fa48("44");
            const next = list[stryMutAct_9fa48("45") ? i - 1 : (stryCov_9fa48("45"), i + 1)];
            rates.push(next ? stryMutAct_9fa48("46") ? {} : (stryCov_9fa48("46"), {
              ...x,
              effectiveUntil: next.effectiveFrom
            }) : stryMutAct_9fa48("47") ? {} : (stryCov_9fa48("47"), {
              ...x
            }));
          }
        });
      }
    }
    const table: ConsumptionTaxTable = deepFreeze(stryMutAct_9fa48("48") ? {} : (stryCov_9fa48("48"), {
      rates,
      rules: fixture.rules
    }));
    compiled.set(table, compileTable(table));
    return brandTable(table, stryMutAct_9fa48("49") ? "" : (stryCov_9fa48("49"), 'consumption tax table'));
  }
}

/**
 * The bundled table: 3% from 1989-04-01, 5% from 1997-04-01, 8% from 2014-04-01, 10% from 2019-10-01,
 * and the reduced 8% from 2019-10-01 (消費税法 第29条: docs/references.md, ref:shohizei-ho-29).
 * @example consumptionTaxTable.rates.map((r) => r.ratePercent) //=> [3, 5, 8, 10, 8]
 */
export const consumptionTaxTable: ConsumptionTaxTable = /* @__PURE__ */lazyBundledTable();
let bundledBuilt: ConsumptionTaxTable | undefined;
let bundledCompiled: CompiledTable | undefined;
/** The bundled table, built from its data module on first use (not on import). */
function bundledTable(): ConsumptionTaxTable {
  if (stryMutAct_9fa48("50")) {
    {}
  } else {
    stryCov_9fa48("50");
    return stryMutAct_9fa48("51") ? bundledBuilt &&= buildConsumptionTaxTable(consumptionTaxData()) : (stryCov_9fa48("51"), bundledBuilt ??= buildConsumptionTaxTable(consumptionTaxData()));
  }
}
function lazyBundledTable(): ConsumptionTaxTable {
  if (stryMutAct_9fa48("52")) {
    {}
  } else {
    stryCov_9fa48("52");
    return brandTable(lazyRecord(bundledTable, stryMutAct_9fa48("53") ? [] : (stryCov_9fa48("53"), [stryMutAct_9fa48("54") ? "" : (stryCov_9fa48("54"), 'rates'), stryMutAct_9fa48("55") ? "" : (stryCov_9fa48("55"), 'rules')])), stryMutAct_9fa48("56") ? "" : (stryCov_9fa48("56"), 'consumption tax table'));
  }
}

/** Options of {@link getConsumptionTaxRate}. */
export interface GetConsumptionTaxRateOptions {
  /** `'standard'` (default; IT-support services) or `'reduced'` (food and drink, newspapers; from 2019-10-01). */
  readonly kind?: ConsumptionTaxRateKind;
  /** A table from {@link loadConsumptionTaxTable}; the bundled one by default. */
  readonly taxTable?: ConsumptionTaxTable;
}

/**
 * The consumption-tax rate in force on a day (Japan calendar), with its source.
 *
 * Rules: the rate whose `effectiveFrom` is the latest on or before `on`. Before the first rate
 * (1989-04-01 for the standard rate, 2019-10-01 for the reduced one) there is no rate: that is an
 * error, never a silent 0%.
 * @throws {InvalidInputError} `on` is not a date `YYYY-MM-DD`, or `kind` is unknown
 * @throws {OutOfRangeError} `on` is before the first rate of the kind
 * @example getConsumptionTaxRate('2019-09-30').ratePercent //=> 8
 * @example getConsumptionTaxRate('2019-10-01').ratePercent //=> 10
 * @example getConsumptionTaxRate('1989-03-31') // throws OutOfRangeError, path ['on']
 */
export function getConsumptionTaxRate(on: string, options: GetConsumptionTaxRateOptions = {}): ConsumptionTaxRate {
  if (stryMutAct_9fa48("57")) {
    {}
  } else {
    stryCov_9fa48("57");
    on = readInput(on, stryMutAct_9fa48("58") ? [] : (stryCov_9fa48("58"), [stryMutAct_9fa48("59") ? "" : (stryCov_9fa48("59"), 'on')]));
    options = readOptions(options, stryMutAct_9fa48("60") ? [] : (stryCov_9fa48("60"), [stryMutAct_9fa48("61") ? "" : (stryCov_9fa48("61"), 'options')]));
    const day = parseIsoDate(on, stryMutAct_9fa48("62") ? [] : (stryCov_9fa48("62"), [stryMutAct_9fa48("63") ? "" : (stryCov_9fa48("63"), 'on')]));
    const kind = parseRateKind(options.kind, stryMutAct_9fa48("64") ? [] : (stryCov_9fa48("64"), [stryMutAct_9fa48("65") ? "" : (stryCov_9fa48("65"), 'kind')]));
    return rateOnDay(compile(stryMutAct_9fa48("66") ? options.taxTable && consumptionTaxTable : (stryCov_9fa48("66"), options.taxTable ?? consumptionTaxTable)), kind, day, stryMutAct_9fa48("67") ? [] : (stryCov_9fa48("67"), [stryMutAct_9fa48("68") ? "" : (stryCov_9fa48("68"), 'on')])).rate;
  }
}

/**
 * The day whose rate taxes a monthly fee: the last day of the month, when that month's service is
 * completed (消費税法基本通達 9-1-5, ref:shohizei-tax-point; a flat-fee plan has no transitional relief).
 * @throws {InvalidInputError} `month` is not `YYYY-MM`
 * @example monthlyFeeTaxDate('2019-09') //=> '2019-09-30'
 * @example monthlyFeeTaxDate('2024-02') //=> '2024-02-29'
 */
export function monthlyFeeTaxDate(month: string, path: ErrorPath = stryMutAct_9fa48("69") ? [] : (stryCov_9fa48("69"), [stryMutAct_9fa48("70") ? "" : (stryCov_9fa48("70"), 'month')])): string {
  if (stryMutAct_9fa48("71")) {
    {}
  } else {
    stryCov_9fa48("71");
    return formatIsoDate(monthBounds(parseYearMonth(month, path)).lastDay);
  }
}

/** Reads an optional rate kind (internal). */
export function parseRateKind(value: unknown, path: ErrorPath): ConsumptionTaxRateKind {
  if (stryMutAct_9fa48("72")) {
    {}
  } else {
    stryCov_9fa48("72");
    if (stryMutAct_9fa48("75") ? value === undefined && value === 'standard' : stryMutAct_9fa48("74") ? false : stryMutAct_9fa48("73") ? true : (stryCov_9fa48("73", "74", "75"), (stryMutAct_9fa48("77") ? value !== undefined : stryMutAct_9fa48("76") ? false : (stryCov_9fa48("76", "77"), value === undefined)) || (stryMutAct_9fa48("79") ? value !== 'standard' : stryMutAct_9fa48("78") ? false : (stryCov_9fa48("78", "79"), value === (stryMutAct_9fa48("80") ? "" : (stryCov_9fa48("80"), 'standard')))))) return stryMutAct_9fa48("81") ? "" : (stryCov_9fa48("81"), 'standard');
    if (stryMutAct_9fa48("84") ? value !== 'reduced' : stryMutAct_9fa48("83") ? false : stryMutAct_9fa48("82") ? true : (stryCov_9fa48("82", "83", "84"), value === (stryMutAct_9fa48("85") ? "" : (stryCov_9fa48("85"), 'reduced')))) return stryMutAct_9fa48("86") ? "" : (stryCov_9fa48("86"), 'reduced');
    throw new InvalidInputError(path, stryMutAct_9fa48("87") ? `` : (stryCov_9fa48("87"), `Rate kind must be 'standard' or 'reduced', received ${quotedValueText(value)}`), stryMutAct_9fa48("88") ? {} : (stryCov_9fa48("88"), {
      value: valueText(value)
    }));
  }
}

/**
 * The compiled form of a table, built when the table was loaded (internal).
 * @throws {InvalidInputError} the table was not made by {@link loadConsumptionTaxTable} (path `['taxTable']`)
 * @example compile(consumptionTaxTable).standard[0].ratePercent //=> 10
 */
export function compile(table: ConsumptionTaxTable): CompiledTable {
  if (stryMutAct_9fa48("89")) {
    {}
  } else {
    stryCov_9fa48("89");
    // The bundled table's compiled form is held directly (a WeakMap look-up is the costliest step of a conversion).
    if (stryMutAct_9fa48("92") ? table !== consumptionTaxTable : stryMutAct_9fa48("91") ? false : stryMutAct_9fa48("90") ? true : (stryCov_9fa48("90", "91", "92"), table === consumptionTaxTable)) return stryMutAct_9fa48("93") ? bundledCompiled &&= compiled.get(bundledTable())! : (stryCov_9fa48("93"), bundledCompiled ??= compiled.get(bundledTable())!);
    const c = (stryMutAct_9fa48("96") ? table !== null || typeof table === 'object' : stryMutAct_9fa48("95") ? false : stryMutAct_9fa48("94") ? true : (stryCov_9fa48("94", "95", "96"), (stryMutAct_9fa48("98") ? table === null : stryMutAct_9fa48("97") ? true : (stryCov_9fa48("97", "98"), table !== null)) && (stryMutAct_9fa48("100") ? typeof table !== 'object' : stryMutAct_9fa48("99") ? true : (stryCov_9fa48("99", "100"), typeof table === (stryMutAct_9fa48("101") ? "" : (stryCov_9fa48("101"), 'object')))))) ? compiled.get(table) : undefined;
    if (stryMutAct_9fa48("104") ? c !== undefined : stryMutAct_9fa48("103") ? false : stryMutAct_9fa48("102") ? true : (stryCov_9fa48("102", "103", "104"), c === undefined)) throw new InvalidInputError(stryMutAct_9fa48("105") ? [] : (stryCov_9fa48("105"), [stryMutAct_9fa48("106") ? "" : (stryCov_9fa48("106"), 'taxTable')]), stryMutAct_9fa48("107") ? "" : (stryCov_9fa48("107"), 'Expected a table from loadConsumptionTaxTable'));
    return c;
  }
}
function compileTable(table: ConsumptionTaxTable): CompiledTable {
  if (stryMutAct_9fa48("108")) {
    {}
  } else {
    stryCov_9fa48("108");
    const build = stryMutAct_9fa48("109") ? () => undefined : (stryCov_9fa48("109"), (() => {
      const build = (kind: ConsumptionTaxRateKind): readonly CompiledRate[] => Object.freeze(stryMutAct_9fa48("111") ? table.rates.map((r): CompiledRate => Object.freeze({
        ...rateMath(r.ratePercent),
        fromDay: parseIsoDate(r.effectiveFrom),
        rate: r
      })).sort((a, b) => b.fromDay - a.fromDay) : stryMutAct_9fa48("110") ? table.rates.filter(r => r.kind === kind).map((r): CompiledRate => Object.freeze({
        ...rateMath(r.ratePercent),
        fromDay: parseIsoDate(r.effectiveFrom),
        rate: r
      })) : (stryCov_9fa48("110", "111"), table.rates.filter(stryMutAct_9fa48("112") ? () => undefined : (stryCov_9fa48("112"), r => stryMutAct_9fa48("115") ? r.kind !== kind : stryMutAct_9fa48("114") ? false : stryMutAct_9fa48("113") ? true : (stryCov_9fa48("113", "114", "115"), r.kind === kind))).map(stryMutAct_9fa48("116") ? () => undefined : (stryCov_9fa48("116"), (r): CompiledRate => Object.freeze(stryMutAct_9fa48("117") ? {} : (stryCov_9fa48("117"), {
        ...rateMath(r.ratePercent),
        fromDay: parseIsoDate(r.effectiveFrom),
        rate: r
      })))).sort(stryMutAct_9fa48("118") ? () => undefined : (stryCov_9fa48("118"), (a, b) => stryMutAct_9fa48("119") ? b.fromDay + a.fromDay : (stryCov_9fa48("119"), b.fromDay - a.fromDay)))));
      return build;
    })());
    return Object.freeze(stryMutAct_9fa48("120") ? {} : (stryCov_9fa48("120"), {
      standard: build(stryMutAct_9fa48("121") ? "" : (stryCov_9fa48("121"), 'standard')),
      reduced: build(stryMutAct_9fa48("122") ? "" : (stryCov_9fa48("122"), 'reduced'))
    }));
  }
}

/**
 * The rate of a kind in force on an epoch day (internal, the hot path). The error's path is `path`,
 * or `[...path, key]` when a key is given (built only when there is an error).
 * @throws {OutOfRangeError} before the first rate
 * @example rateOnDay(compile(consumptionTaxTable), 'standard', parseIsoDate('2019-09-30'), ['on']).ratePercent //=> 8
 */
export function rateOnDay(table: CompiledTable, kind: ConsumptionTaxRateKind, day: number, path: ErrorPath, key?: string | number): CompiledRate {
  if (stryMutAct_9fa48("123")) {
    {}
  } else {
    stryCov_9fa48("123");
    const list = (stryMutAct_9fa48("126") ? kind !== 'standard' : stryMutAct_9fa48("125") ? false : stryMutAct_9fa48("124") ? true : (stryCov_9fa48("124", "125", "126"), kind === (stryMutAct_9fa48("127") ? "" : (stryCov_9fa48("127"), 'standard')))) ? table.standard : table.reduced;
    for (let i = 0; stryMutAct_9fa48("130") ? i >= list.length : stryMutAct_9fa48("129") ? i <= list.length : stryMutAct_9fa48("128") ? false : (stryCov_9fa48("128", "129", "130"), i < list.length); stryMutAct_9fa48("131") ? i-- : (stryCov_9fa48("131"), i++)) if (stryMutAct_9fa48("135") ? list[i]!.fromDay > day : stryMutAct_9fa48("134") ? list[i]!.fromDay < day : stryMutAct_9fa48("133") ? false : stryMutAct_9fa48("132") ? true : (stryCov_9fa48("132", "133", "134", "135"), list[i]!.fromDay <= day)) return list[i]!;
    const first = list[stryMutAct_9fa48("136") ? list.length + 1 : (stryCov_9fa48("136"), list.length - 1)];
    throw new OutOfRangeError((stryMutAct_9fa48("139") ? key !== undefined : stryMutAct_9fa48("138") ? false : stryMutAct_9fa48("137") ? true : (stryCov_9fa48("137", "138", "139"), key === undefined)) ? path : stryMutAct_9fa48("140") ? [] : (stryCov_9fa48("140"), [...path, key]), first ? stryMutAct_9fa48("141") ? `` : (stryCov_9fa48("141"), `No ${kind} consumption-tax rate before ${first.rate.effectiveFrom}: ${formatIsoDate(day)} is outside the table`) : stryMutAct_9fa48("142") ? `` : (stryCov_9fa48("142"), `The table has no ${kind} consumption-tax rate`), stryMutAct_9fa48("143") ? {} : (stryCov_9fa48("143"), {
      value: formatIsoDate(day),
      ...(first ? stryMutAct_9fa48("144") ? {} : (stryCov_9fa48("144"), {
        firstRateFrom: first.rate.effectiveFrom
      }) : {})
    }));
  }
}

/**
 * Exact math of a rate given in percent (internal; frozen).
 * @example rateMath(10).incFraction //=> '10/110'
 */
export function rateMath(ratePercent: number): RateMath {
  if (stryMutAct_9fa48("145")) {
    {}
  } else {
    stryCov_9fa48("145");
    const rate = new Dec(String(ratePercent));
    const places = rate.decimalPlaces();
    const scale = new Dec(10).pow(places);
    const numerator = rate.times(scale);
    const exDenominator = new Dec(100).times(scale);
    const key = rate.toString();
    const incDenominator = exDenominator.plus(numerator);
    return Object.freeze(stryMutAct_9fa48("146") ? {} : (stryCov_9fa48("146"), {
      key,
      ratePercent,
      numerator,
      exDenominator,
      incDenominator,
      exFraction: stryMutAct_9fa48("147") ? `` : (stryCov_9fa48("147"), `${key}/100`),
      incFraction: stryMutAct_9fa48("148") ? `` : (stryCov_9fa48("148"), `${key}/${rate.plus(100).toString()}`),
      intNumerator: Number(numerator.toFixed()),
      intExDenominator: Number(exDenominator.toFixed()),
      intIncDenominator: Number(incDenominator.toFixed())
    }));
  }
}

/**
 * The integer fast path of {@link taxOfAmount} (internal): the rounded tax of a whole-yen amount given
 * as a safe integer, in plain integer arithmetic, when `amount × numerator` is itself a safe integer
 * (always so at a whole-percent rate for amounts up to 9 × 10^13); −1 when it is not (use the decimal
 * path). The quotient is corrected with the exact remainder, so the floating-point division cannot
 * put it off by one. Both paths agree (test/money/int-path.test.ts checks it with fast-check).
 * @example intTaxYen(1760, 'tax-included', rateMath(8), 'floor') //=> 130
 */
export function intTaxYen(amountYen: number, basis: TaxBasis, rate: RateMath, mode: RoundingMode): number {
  if (stryMutAct_9fa48("149")) {
    {}
  } else {
    stryCov_9fa48("149");
    const n = stryMutAct_9fa48("150") ? amountYen / rate.intNumerator : (stryCov_9fa48("150"), amountYen * rate.intNumerator);
    if (stryMutAct_9fa48("154") ? n <= MAX_SAFE_PRODUCT : stryMutAct_9fa48("153") ? n >= MAX_SAFE_PRODUCT : stryMutAct_9fa48("152") ? false : stryMutAct_9fa48("151") ? true : (stryCov_9fa48("151", "152", "153", "154"), n > MAX_SAFE_PRODUCT)) return stryMutAct_9fa48("155") ? +1 : (stryCov_9fa48("155"), -1);
    if (stryMutAct_9fa48("158") ? n !== 0 : stryMutAct_9fa48("157") ? false : stryMutAct_9fa48("156") ? true : (stryCov_9fa48("156", "157", "158"), n === 0)) return 0;
    const d = (stryMutAct_9fa48("161") ? basis !== 'tax-excluded' : stryMutAct_9fa48("160") ? false : stryMutAct_9fa48("159") ? true : (stryCov_9fa48("159", "160", "161"), basis === (stryMutAct_9fa48("162") ? "" : (stryCov_9fa48("162"), 'tax-excluded')))) ? rate.intExDenominator : rate.intIncDenominator;
    let q = Math.floor(stryMutAct_9fa48("163") ? n * d : (stryCov_9fa48("163"), n / d));
    let r = stryMutAct_9fa48("164") ? n + q * d : (stryCov_9fa48("164"), n - (stryMutAct_9fa48("165") ? q / d : (stryCov_9fa48("165"), q * d)));
    if (stryMutAct_9fa48("169") ? r >= 0 : stryMutAct_9fa48("168") ? r <= 0 : stryMutAct_9fa48("167") ? false : stryMutAct_9fa48("166") ? true : (stryCov_9fa48("166", "167", "168", "169"), r < 0)) {
      if (stryMutAct_9fa48("170")) {
        {}
      } else {
        stryCov_9fa48("170");
        stryMutAct_9fa48("171") ? q += 1 : (stryCov_9fa48("171"), q -= 1);
        stryMutAct_9fa48("172") ? r -= d : (stryCov_9fa48("172"), r += d);
      }
    } else if (stryMutAct_9fa48("176") ? r < d : stryMutAct_9fa48("175") ? r > d : stryMutAct_9fa48("174") ? false : stryMutAct_9fa48("173") ? true : (stryCov_9fa48("173", "174", "175", "176"), r >= d)) {
      if (stryMutAct_9fa48("177")) {
        {}
      } else {
        stryCov_9fa48("177");
        stryMutAct_9fa48("178") ? q -= 1 : (stryCov_9fa48("178"), q += 1);
        stryMutAct_9fa48("179") ? r += d : (stryCov_9fa48("179"), r -= d);
      }
    }
    if (stryMutAct_9fa48("182") ? r === 0 && mode === 'floor' : stryMutAct_9fa48("181") ? false : stryMutAct_9fa48("180") ? true : (stryCov_9fa48("180", "181", "182"), (stryMutAct_9fa48("184") ? r !== 0 : stryMutAct_9fa48("183") ? false : (stryCov_9fa48("183", "184"), r === 0)) || (stryMutAct_9fa48("186") ? mode !== 'floor' : stryMutAct_9fa48("185") ? false : (stryCov_9fa48("185", "186"), mode === (stryMutAct_9fa48("187") ? "" : (stryCov_9fa48("187"), 'floor')))))) return q;
    if (stryMutAct_9fa48("190") ? mode !== 'ceil' : stryMutAct_9fa48("189") ? false : stryMutAct_9fa48("188") ? true : (stryCov_9fa48("188", "189", "190"), mode === (stryMutAct_9fa48("191") ? "" : (stryCov_9fa48("191"), 'ceil')))) return stryMutAct_9fa48("192") ? q - 1 : (stryCov_9fa48("192"), q + 1);
    return (stryMutAct_9fa48("196") ? 2 * r < d : stryMutAct_9fa48("195") ? 2 * r > d : stryMutAct_9fa48("194") ? false : stryMutAct_9fa48("193") ? true : (stryCov_9fa48("193", "194", "195", "196"), (stryMutAct_9fa48("197") ? 2 / r : (stryCov_9fa48("197"), 2 * r)) >= d)) ? stryMutAct_9fa48("198") ? q - 1 : (stryCov_9fa48("198"), q + 1) : q;
  }
}

/**
 * The integer fast path of {@link unroundedTaxText} (internal): the same text (exact, or cut to 6
 * places with … when longer), or undefined when `amount × numerator` is not a safe integer.
 * @example intUnroundedTaxText(1760, 'tax-included', rateMath(8)) //=> '130.370370…'
 */
export function intUnroundedTaxText(amountYen: number, basis: TaxBasis, rate: RateMath): string | undefined {
  if (stryMutAct_9fa48("199")) {
    {}
  } else {
    stryCov_9fa48("199");
    const n = stryMutAct_9fa48("200") ? amountYen / rate.intNumerator : (stryCov_9fa48("200"), amountYen * rate.intNumerator);
    if (stryMutAct_9fa48("204") ? n <= MAX_SAFE_PRODUCT : stryMutAct_9fa48("203") ? n >= MAX_SAFE_PRODUCT : stryMutAct_9fa48("202") ? false : stryMutAct_9fa48("201") ? true : (stryCov_9fa48("201", "202", "203", "204"), n > MAX_SAFE_PRODUCT)) return undefined;
    if (stryMutAct_9fa48("207") ? n !== 0 : stryMutAct_9fa48("206") ? false : stryMutAct_9fa48("205") ? true : (stryCov_9fa48("205", "206", "207"), n === 0)) return stryMutAct_9fa48("208") ? "" : (stryCov_9fa48("208"), '0');
    const d = (stryMutAct_9fa48("211") ? basis !== 'tax-excluded' : stryMutAct_9fa48("210") ? false : stryMutAct_9fa48("209") ? true : (stryCov_9fa48("209", "210", "211"), basis === (stryMutAct_9fa48("212") ? "" : (stryCov_9fa48("212"), 'tax-excluded')))) ? rate.intExDenominator : rate.intIncDenominator;
    let q = Math.floor(stryMutAct_9fa48("213") ? n * d : (stryCov_9fa48("213"), n / d));
    let r = stryMutAct_9fa48("214") ? n + q * d : (stryCov_9fa48("214"), n - (stryMutAct_9fa48("215") ? q / d : (stryCov_9fa48("215"), q * d)));
    if (stryMutAct_9fa48("219") ? r >= 0 : stryMutAct_9fa48("218") ? r <= 0 : stryMutAct_9fa48("217") ? false : stryMutAct_9fa48("216") ? true : (stryCov_9fa48("216", "217", "218", "219"), r < 0)) {
      if (stryMutAct_9fa48("220")) {
        {}
      } else {
        stryCov_9fa48("220");
        stryMutAct_9fa48("221") ? q += 1 : (stryCov_9fa48("221"), q -= 1);
        stryMutAct_9fa48("222") ? r -= d : (stryCov_9fa48("222"), r += d);
      }
    } else if (stryMutAct_9fa48("226") ? r < d : stryMutAct_9fa48("225") ? r > d : stryMutAct_9fa48("224") ? false : stryMutAct_9fa48("223") ? true : (stryCov_9fa48("223", "224", "225", "226"), r >= d)) {
      if (stryMutAct_9fa48("227")) {
        {}
      } else {
        stryCov_9fa48("227");
        stryMutAct_9fa48("228") ? q -= 1 : (stryCov_9fa48("228"), q += 1);
        stryMutAct_9fa48("229") ? r += d : (stryCov_9fa48("229"), r -= d);
      }
    }
    if (stryMutAct_9fa48("232") ? r !== 0 : stryMutAct_9fa48("231") ? false : stryMutAct_9fa48("230") ? true : (stryCov_9fa48("230", "231", "232"), r === 0)) return String(q);
    let digits = stryMutAct_9fa48("233") ? "Stryker was here!" : (stryCov_9fa48("233"), '');
    for (let k = 0; stryMutAct_9fa48("235") ? k < 6 || r !== 0 : stryMutAct_9fa48("234") ? false : (stryCov_9fa48("234", "235"), (stryMutAct_9fa48("238") ? k >= 6 : stryMutAct_9fa48("237") ? k <= 6 : stryMutAct_9fa48("236") ? true : (stryCov_9fa48("236", "237", "238"), k < 6)) && (stryMutAct_9fa48("240") ? r === 0 : stryMutAct_9fa48("239") ? true : (stryCov_9fa48("239", "240"), r !== 0))); stryMutAct_9fa48("241") ? k-- : (stryCov_9fa48("241"), k++)) {
      if (stryMutAct_9fa48("242")) {
        {}
      } else {
        stryCov_9fa48("242");
        stryMutAct_9fa48("243") ? r /= 10 : (stryCov_9fa48("243"), r *= 10);
        const digit = Math.floor(stryMutAct_9fa48("244") ? r * d : (stryCov_9fa48("244"), r / d));
        stryMutAct_9fa48("245") ? r += digit * d : (stryCov_9fa48("245"), r -= stryMutAct_9fa48("246") ? digit / d : (stryCov_9fa48("246"), digit * d));
        stryMutAct_9fa48("247") ? digits -= String(digit) : (stryCov_9fa48("247"), digits += String(digit));
      }
    }
    return (stryMutAct_9fa48("250") ? r !== 0 : stryMutAct_9fa48("249") ? false : stryMutAct_9fa48("248") ? true : (stryCov_9fa48("248", "249", "250"), r === 0)) ? stryMutAct_9fa48("251") ? `` : (stryCov_9fa48("251"), `${q}.${digits}`) : stryMutAct_9fa48("252") ? `` : (stryCov_9fa48("252"), `${q}.${digits}…`);
  }
}

/** Largest product the integer fast path takes: every intermediate value stays an exact integer. */
const MAX_SAFE_PRODUCT = Number.MAX_SAFE_INTEGER;

/**
 * The consumption tax contained in (`tax-included`) or due on (`tax-excluded`) an amount, rounded once
 * (internal). Exact: `amount × rate / 100` or `amount × rate / (100 + rate)`, then `mode`.
 */
export function taxOfAmount(amount: Dec, basis: TaxBasis, rate: RateMath, mode: RoundingMode): Dec {
  if (stryMutAct_9fa48("253")) {
    {}
  } else {
    stryCov_9fa48("253");
    if (stryMutAct_9fa48("255") ? false : stryMutAct_9fa48("254") ? true : (stryCov_9fa48("254", "255"), rate.numerator.isZero())) return new Dec(0);
    return divideRoundYen(amount.times(rate.numerator), (stryMutAct_9fa48("258") ? basis !== 'tax-excluded' : stryMutAct_9fa48("257") ? false : stryMutAct_9fa48("256") ? true : (stryCov_9fa48("256", "257", "258"), basis === (stryMutAct_9fa48("259") ? "" : (stryCov_9fa48("259"), 'tax-excluded')))) ? rate.exDenominator : rate.incDenominator, mode);
  }
}

/** The unrounded tax as a decimal string cut to 6 places, with … when cut, for traces (internal). */
export function unroundedTaxText(amount: Dec, basis: TaxBasis, rate: RateMath): string {
  if (stryMutAct_9fa48("260")) {
    {}
  } else {
    stryCov_9fa48("260");
    if (stryMutAct_9fa48("262") ? false : stryMutAct_9fa48("261") ? true : (stryCov_9fa48("261", "262"), rate.numerator.isZero())) return stryMutAct_9fa48("263") ? "" : (stryCov_9fa48("263"), '0');
    const exact = amount.times(rate.numerator).div((stryMutAct_9fa48("266") ? basis !== 'tax-excluded' : stryMutAct_9fa48("265") ? false : stryMutAct_9fa48("264") ? true : (stryCov_9fa48("264", "265", "266"), basis === (stryMutAct_9fa48("267") ? "" : (stryCov_9fa48("267"), 'tax-excluded')))) ? rate.exDenominator : rate.incDenominator);
    return (stryMutAct_9fa48("271") ? exact.decimalPlaces() > 6 : stryMutAct_9fa48("270") ? exact.decimalPlaces() < 6 : stryMutAct_9fa48("269") ? false : stryMutAct_9fa48("268") ? true : (stryCov_9fa48("268", "269", "270", "271"), exact.decimalPlaces() <= 6)) ? exact.toFixed() : stryMutAct_9fa48("272") ? `` : (stryCov_9fa48("272"), `${exact.toFixed(6, Dec.ROUND_DOWN)}…`);
  }
}

/**
 * The key of a {@link taxParts} result in a {@link TaxMemo}: the rate, the basis, the mode and the
 * amount (internal). `amountText` is the amount's integer text (`amount.toFixed()`).
 * @example taxPartsKey('tax-excluded', rateMath(10), 'floor', '3900') //=> '10xfloor3900'
 */
export function taxPartsKey(basis: TaxBasis, rate: RateMath, mode: RoundingMode, amountText: string): string {
  if (stryMutAct_9fa48("273")) {
    {}
  } else {
    stryCov_9fa48("273");
    return stryMutAct_9fa48("274") ? `` : (stryCov_9fa48("274"), `${rate.key}${(stryMutAct_9fa48("277") ? basis !== 'tax-excluded' : stryMutAct_9fa48("276") ? false : stryMutAct_9fa48("275") ? true : (stryCov_9fa48("275", "276", "277"), basis === (stryMutAct_9fa48("278") ? "" : (stryCov_9fa48("278"), 'tax-excluded')))) ? stryMutAct_9fa48("279") ? "" : (stryCov_9fa48("279"), 'x') : stryMutAct_9fa48("280") ? "" : (stryCov_9fa48("280"), 'i')}${mode}${amountText}`);
  }
}

/**
 * The tax of an amount and its unrounded value as text, from one multiplication and one division
 * (internal, the hot path). Exact: the quotient n/d is computed to 40 significant digits, and with
 * n < 10^23 (an amount ≤ 2^53 times a rate numerator ≤ 10^6) and d ≤ 2×10^6 the quotient has at most
 * 17 integer digits and is either exact or at least 1/(2d) away from every integer and half-integer,
 * far more than the 10^-23 the 40 digits resolve: rounding it to whole yen gives the same yen as
 * rounding the exact fraction (the property tests check this against BigInt).
 *
 * With a `memo`, a result already computed for the same key is returned (the same frozen object);
 * a new one is stored unless the memo is full. `key`, when given, must be
 * `taxPartsKey(basis, rate, mode, amount.toFixed())`.
 * @example taxParts(new Dec(1760), 'tax-included', rateMath(8), 'floor').unrounded //=> '130.370370…' (taxYen 130)
 */
export function taxParts(amount: Dec, basis: TaxBasis, rate: RateMath, mode: RoundingMode, memo?: TaxMemo, key?: string): TaxParts {
  if (stryMutAct_9fa48("281")) {
    {}
  } else {
    stryCov_9fa48("281");
    if (stryMutAct_9fa48("284") ? memo !== undefined : stryMutAct_9fa48("283") ? false : stryMutAct_9fa48("282") ? true : (stryCov_9fa48("282", "283", "284"), memo === undefined)) return computeTaxParts(amount, basis, rate, mode);
    const k = stryMutAct_9fa48("285") ? key && taxPartsKey(basis, rate, mode, amount.toFixed()) : (stryCov_9fa48("285"), key ?? taxPartsKey(basis, rate, mode, amount.toFixed()));
    const hit = memo.parts.get(k);
    if (stryMutAct_9fa48("288") ? hit === undefined : stryMutAct_9fa48("287") ? false : stryMutAct_9fa48("286") ? true : (stryCov_9fa48("286", "287", "288"), hit !== undefined)) return hit;
    return remember(memo.parts, k, computeTaxParts(amount, basis, rate, mode), memo.limit);
  }
}
function computeTaxParts(amount: Dec, basis: TaxBasis, rate: RateMath, mode: RoundingMode): TaxParts {
  if (stryMutAct_9fa48("289")) {
    {}
  } else {
    stryCov_9fa48("289");
    const amountYen = yenToNumber(amount);
    if (stryMutAct_9fa48("292") ? rate.numerator.isZero() && amountYen === 0 : stryMutAct_9fa48("291") ? false : stryMutAct_9fa48("290") ? true : (stryCov_9fa48("290", "291", "292"), rate.numerator.isZero() || (stryMutAct_9fa48("294") ? amountYen !== 0 : stryMutAct_9fa48("293") ? false : (stryCov_9fa48("293", "294"), amountYen === 0)))) return Object.freeze(stryMutAct_9fa48("295") ? {} : (stryCov_9fa48("295"), {
      tax: ZERO,
      taxYen: 0,
      unrounded: stryMutAct_9fa48("296") ? "" : (stryCov_9fa48("296"), '0'),
      amountYen,
      otherYen: amountYen
    }));
    const exact = amount.times(rate.numerator).div((stryMutAct_9fa48("299") ? basis !== 'tax-excluded' : stryMutAct_9fa48("298") ? false : stryMutAct_9fa48("297") ? true : (stryCov_9fa48("297", "298", "299"), basis === (stryMutAct_9fa48("300") ? "" : (stryCov_9fa48("300"), 'tax-excluded')))) ? rate.exDenominator : rate.incDenominator);
    const places = exact.decimalPlaces();
    const tax = (stryMutAct_9fa48("303") ? places !== 0 : stryMutAct_9fa48("302") ? false : stryMutAct_9fa48("301") ? true : (stryCov_9fa48("301", "302", "303"), places === 0)) ? exact : roundYen(exact, mode);
    const taxYen = yenToNumber(tax);
    return Object.freeze(stryMutAct_9fa48("304") ? {} : (stryCov_9fa48("304"), {
      tax,
      taxYen,
      unrounded: (stryMutAct_9fa48("308") ? places > 6 : stryMutAct_9fa48("307") ? places < 6 : stryMutAct_9fa48("306") ? false : stryMutAct_9fa48("305") ? true : (stryCov_9fa48("305", "306", "307", "308"), places <= 6)) ? exact.toFixed() : stryMutAct_9fa48("309") ? `` : (stryCov_9fa48("309"), `${exact.toFixed(6, Dec.ROUND_DOWN)}…`),
      amountYen,
      otherYen: (stryMutAct_9fa48("312") ? taxYen !== 0 : stryMutAct_9fa48("311") ? false : stryMutAct_9fa48("310") ? true : (stryCov_9fa48("310", "311", "312"), taxYen === 0)) ? amountYen : yenToNumber((stryMutAct_9fa48("315") ? basis !== 'tax-excluded' : stryMutAct_9fa48("314") ? false : stryMutAct_9fa48("313") ? true : (stryCov_9fa48("313", "314", "315"), basis === (stryMutAct_9fa48("316") ? "" : (stryCov_9fa48("316"), 'tax-excluded')))) ? amount.plus(tax) : amount.minus(tax))
    }));
  }
}

/** `10/100` or `10/110` for traces (internal). */
export function rateFractionText(basis: TaxBasis, rate: RateMath): string {
  if (stryMutAct_9fa48("317")) {
    {}
  } else {
    stryCov_9fa48("317");
    return (stryMutAct_9fa48("320") ? basis !== 'tax-excluded' : stryMutAct_9fa48("319") ? false : stryMutAct_9fa48("318") ? true : (stryCov_9fa48("318", "319", "320"), basis === (stryMutAct_9fa48("321") ? "" : (stryCov_9fa48("321"), 'tax-excluded')))) ? rate.exFraction : rate.incFraction;
  }
}