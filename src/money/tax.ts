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
import { brandTable, readInput, readOptions } from '../boundary/index.js';
import type { TaxBasis } from '../catalog/primitives.js';
import { deepFreeze, lazyRecord } from '../data/frozen.js';
import { InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { formatIsoDate, monthBounds, parseIsoDate, parseYearMonth } from '../time/index.js';
import { quotedValueText, valueText } from './describe.js';
import { Dec, digitGroups, divideRoundYen, roundYen, yenToNumber, type RoundingMode } from './decimal.js';
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
  return { limit: parseMemoLimit(limit, ['memoLimit']), parts: new Map() };
}

/**
 * Reads a memo size limit (internal).
 * @throws {InvalidInputError} not a whole number ≥ 0
 * @example parseMemoLimit(undefined, ['memoLimit']) //=> 4096
 */
export function parseMemoLimit(value: unknown, path: ErrorPath): number {
  if (value === undefined) return MEMO_LIMIT;
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    throw new InvalidInputError(path, `A memo limit is a whole number ≥ 0, received ${quotedValueText(value)}`, { value: valueText(value) });
  }
  return value;
}

/**
 * Stores a value in one table of a memo unless the table is full; returns the value (internal).
 * @example remember(new Map(), 'k', 1, 10) //=> 1
 */
export function remember<V>(table: Map<string, V>, key: string, value: V, limit: number): V {
  if (table.size < limit) table.set(key, value);
  return value;
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
  const byKind = (kind: ConsumptionTaxRateKind) =>
    fixture.rates.filter((x) => x.kind === kind).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  const rates: ConsumptionTaxRate[] = [];
  for (const kind of ['standard', 'reduced'] as const) {
    const list = byKind(kind);
    list.forEach((x, i) => {
      const next = list[i + 1];
      rates.push(next ? { ...x, effectiveUntil: next.effectiveFrom } : { ...x });
    });
  }
  const table: ConsumptionTaxTable = deepFreeze({ rates, rules: fixture.rules });
  compiled.set(table, compileTable(table));
  return brandTable(table, 'consumption tax table');
}

/**
 * The bundled table: 3% from 1989-04-01, 5% from 1997-04-01, 8% from 2014-04-01, 10% from 2019-10-01,
 * and the reduced 8% from 2019-10-01 (消費税法 第29条: docs/references.md, ref:shohizei-ho-29).
 * @example consumptionTaxTable.rates.map((r) => r.ratePercent) //=> [3, 5, 8, 10, 8]
 */
export const consumptionTaxTable: ConsumptionTaxTable = /* @__PURE__ */ lazyBundledTable();
let bundledBuilt: ConsumptionTaxTable | undefined;
let bundledCompiled: CompiledTable | undefined;
/** The bundled table, built from its data module on first use (not on import). */
function bundledTable(): ConsumptionTaxTable {
  return (bundledBuilt ??= buildConsumptionTaxTable(consumptionTaxData()));
}
function lazyBundledTable(): ConsumptionTaxTable {
  return brandTable(lazyRecord(bundledTable, ['rates', 'rules']), 'consumption tax table');
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
  on = readInput(on, ['on']);
  options = readOptions(options, ['options']);
  const day = parseIsoDate(on, ['on']);
  const kind = parseRateKind(options.kind, ['kind']);
  return rateOnDay(compile(options.taxTable ?? consumptionTaxTable), kind, day, ['on']).rate;
}

/**
 * The day whose rate taxes a monthly fee: the last day of the month, when that month's service is
 * completed (消費税法基本通達 9-1-5, ref:shohizei-tax-point; a flat-fee plan has no transitional relief).
 * @throws {InvalidInputError} `month` is not `YYYY-MM`
 * @example monthlyFeeTaxDate('2019-09') //=> '2019-09-30'
 * @example monthlyFeeTaxDate('2024-02') //=> '2024-02-29'
 */
export function monthlyFeeTaxDate(month: string, path: ErrorPath = ['month']): string {
  return formatIsoDate(monthBounds(parseYearMonth(month, path)).lastDay);
}

/** Reads an optional rate kind (internal). */
export function parseRateKind(value: unknown, path: ErrorPath): ConsumptionTaxRateKind {
  if (value === undefined || value === 'standard') return 'standard';
  if (value === 'reduced') return 'reduced';
  throw new InvalidInputError(path, `Rate kind must be 'standard' or 'reduced', received ${quotedValueText(value)}`, { value: valueText(value) });
}

/**
 * The compiled form of a table, built when the table was loaded (internal).
 * @throws {InvalidInputError} the table was not made by {@link loadConsumptionTaxTable} (path `['taxTable']`)
 * @example compile(consumptionTaxTable).standard[0].ratePercent //=> 10
 */
export function compile(table: ConsumptionTaxTable): CompiledTable {
  // The bundled table's compiled form is held directly (a WeakMap look-up is the costliest step of a conversion).
  if (table === consumptionTaxTable) return (bundledCompiled ??= compiled.get(bundledTable())!);
  // Stryker disable next-line LogicalOperator: WeakMap.get of a non-object is undefined, as the guard gives
  const c = table !== null && typeof table === 'object' ? compiled.get(table) : undefined;
  if (c === undefined) throw new InvalidInputError(['taxTable'], 'Expected a table from loadConsumptionTaxTable');
  return c;
}

function compileTable(table: ConsumptionTaxTable): CompiledTable {
  const build = (kind: ConsumptionTaxRateKind): readonly CompiledRate[] =>
    Object.freeze(
      table.rates
        .filter((r) => r.kind === kind)
        .map((r): CompiledRate => Object.freeze({ ...rateMath(r.ratePercent), fromDay: parseIsoDate(r.effectiveFrom), rate: r }))
        .sort((a, b) => b.fromDay - a.fromDay),
    );
  return Object.freeze({ standard: build('standard'), reduced: build('reduced') });
}

/**
 * The rate of a kind in force on an epoch day (internal, the hot path). The error's path is `path`,
 * or `[...path, key]` when a key is given (built only when there is an error).
 * @throws {OutOfRangeError} before the first rate
 * @example rateOnDay(compile(consumptionTaxTable), 'standard', parseIsoDate('2019-09-30'), ['on']).ratePercent //=> 8
 */
export function rateOnDay(table: CompiledTable, kind: ConsumptionTaxRateKind, day: number, path: ErrorPath, key?: string | number): CompiledRate {
  const list = kind === 'standard' ? table.standard : table.reduced;
  for (let i = 0; i < list.length; i++) if (list[i]!.fromDay <= day) return list[i]!;
  const first = list[list.length - 1];
  throw new OutOfRangeError(
    key === undefined ? path : [...path, key],
    first
      ? `No ${kind} consumption-tax rate before ${first.rate.effectiveFrom}: ${formatIsoDate(day)} is outside the table`
      : `The table has no ${kind} consumption-tax rate`,
    { value: formatIsoDate(day), ...(first ? { firstRateFrom: first.rate.effectiveFrom } : {}) },
  );
}

/**
 * Exact math of a rate given in percent (internal; frozen).
 * @example rateMath(10).incFraction //=> '10/110'
 */
export function rateMath(ratePercent: number): RateMath {
  const rate = new Dec(String(ratePercent));
  const places = rate.decimalPlaces();
  const scale = new Dec(10).pow(places);
  const numerator = rate.times(scale);
  const exDenominator = new Dec(100).times(scale);
  const key = rate.toString();
  const incDenominator = exDenominator.plus(numerator);
  return Object.freeze({
    key,
    ratePercent,
    numerator,
    exDenominator,
    incDenominator,
    exFraction: `${key}/100`,
    incFraction: `${key}/${rate.plus(100).toString()}`,
    intNumerator: Number(numerator.toFixed()),
    intExDenominator: Number(exDenominator.toFixed()),
    intIncDenominator: Number(incDenominator.toFixed()),
  });
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
  const n = amountYen * rate.intNumerator;
  if (n > MAX_SAFE_PRODUCT) return -1;
  if (n === 0) return 0;
  const d = basis === 'tax-excluded' ? rate.intExDenominator : rate.intIncDenominator;
  let q = Math.floor(n / d);
  let r = n - q * d;
  // Stryker disable AssignmentOperator,BlockStatement: floor(n / d) of a safe integer n is exact (a correctly rounded quotient reaches no other integer): these corrections never run
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  // Stryker restore AssignmentOperator,BlockStatement
  if (r === 0 || mode === 'floor') return q;
  if (mode === 'ceil') return q + 1;
  return 2 * r >= d ? q + 1 : q;
}

/**
 * The integer fast path of {@link unroundedTaxText} (internal): the same text (exact, or cut to 6
 * places with … when longer), or undefined when `amount × numerator` is not a safe integer.
 * @example intUnroundedTaxText(1760, 'tax-included', rateMath(8)) //=> '130.370370…'
 */
export function intUnroundedTaxText(amountYen: number, basis: TaxBasis, rate: RateMath): string | undefined {
  const n = amountYen * rate.intNumerator;
  if (n > MAX_SAFE_PRODUCT) return undefined;
  if (n === 0) return '0';
  const d = basis === 'tax-excluded' ? rate.intExDenominator : rate.intIncDenominator;
  let q = Math.floor(n / d);
  let r = n - q * d;
  // Stryker disable AssignmentOperator,BlockStatement: floor(n / d) of a safe integer n is exact (a correctly rounded quotient reaches no other integer): these corrections never run
  if (r < 0) {
    q -= 1;
    r += d;
  } else if (r >= d) {
    q += 1;
    r -= d;
  }
  // Stryker restore AssignmentOperator,BlockStatement
  if (r === 0) return String(q);
  if (d <= MAX_FAST_DENOMINATOR) {
    // The six places at once: r × 10^6 stays an exact integer. The long division below writes the same
    // digits and stops at the last non-zero one, so trailing zeros are cut when nothing remains.
    const scaled = r * 1_000_000;
    const six = Math.floor(scaled / d);
    const whole = q < 1000 ? digitGroups().plain[q]! : String(q);
    // The six places zero-padded, in one string from their character codes.
    const digits = String.fromCharCode(
      48 + Math.floor(six / 100_000),
      48 + (Math.floor(six / 10_000) % 10),
      48 + (Math.floor(six / 1000) % 10),
      48 + (Math.floor(six / 100) % 10),
      48 + (Math.floor(six / 10) % 10),
      48 + (six % 10),
    );
    if (scaled - six * d !== 0) return `${whole}.${digits}…`;
    let end = 6;
    while (digits.charCodeAt(end - 1) === 48) end--; // '0'
    return `${whole}.${end === 6 ? digits : digits.slice(0, end)}`;
  }
  let digits = '';
  for (let k = 0; k < 6 && r !== 0; k++) {
    r *= 10;
    const digit = Math.floor(r / d);
    r -= digit * d;
    digits += String(digit);
  }
  return r === 0 ? `${q}.${digits}` : `${q}.${digits}…`;
}
/** Largest denominator whose remainder times 10^6 is an exact integer (with room to spare). */
const MAX_FAST_DENOMINATOR = 1_000_000_000;

/** Largest product the integer fast path takes: every intermediate value stays an exact integer. */
const MAX_SAFE_PRODUCT = Number.MAX_SAFE_INTEGER;

/**
 * The consumption tax contained in (`tax-included`) or due on (`tax-excluded`) an amount, rounded once
 * (internal). Exact: `amount × rate / 100` or `amount × rate / (100 + rate)`, then `mode`.
 */
export function taxOfAmount(amount: Dec, basis: TaxBasis, rate: RateMath, mode: RoundingMode): Dec {
  if (rate.numerator.isZero()) return new Dec(0);
  return divideRoundYen(amount.times(rate.numerator), basis === 'tax-excluded' ? rate.exDenominator : rate.incDenominator, mode);
}

/** The unrounded tax as a decimal string cut to 6 places, with … when cut, for traces (internal). */
export function unroundedTaxText(amount: Dec, basis: TaxBasis, rate: RateMath): string {
  if (rate.numerator.isZero()) return '0';
  const exact = amount.times(rate.numerator).div(basis === 'tax-excluded' ? rate.exDenominator : rate.incDenominator);
  return exact.decimalPlaces() <= 6 ? exact.toFixed() : `${exact.toFixed(6, Dec.ROUND_DOWN)}…`;
}

/**
 * The key of a {@link taxParts} result in a {@link TaxMemo}: the rate, the basis, the mode and the
 * amount (internal). `amountText` is the amount's integer text (`amount.toFixed()`).
 * @example taxPartsKey('tax-excluded', rateMath(10), 'floor', '3900') //=> '10xfloor3900'
 */
export function taxPartsKey(basis: TaxBasis, rate: RateMath, mode: RoundingMode, amountText: string): string {
  return `${rate.key}${basis === 'tax-excluded' ? 'x' : 'i'}${mode}${amountText}`;
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
  if (memo === undefined) return computeTaxParts(amount, basis, rate, mode);
  const k = key ?? taxPartsKey(basis, rate, mode, amount.toFixed());
  const hit = memo.parts.get(k);
  if (hit !== undefined) return hit;
  return remember(memo.parts, k, computeTaxParts(amount, basis, rate, mode), memo.limit);
}

function computeTaxParts(amount: Dec, basis: TaxBasis, rate: RateMath, mode: RoundingMode): TaxParts {
  const amountYen = yenToNumber(amount);
  // Stryker disable next-line LogicalOperator: a zero amount or rate gives the same parts through the division (tax 0, '0', the amount on both bases)
  if (rate.numerator.isZero() || amountYen === 0) return Object.freeze({ tax: ZERO, taxYen: 0, unrounded: '0', amountYen, otherYen: amountYen });
  const exact = amount.times(rate.numerator).div(basis === 'tax-excluded' ? rate.exDenominator : rate.incDenominator);
  const places = exact.decimalPlaces();
  const tax = places === 0 ? exact : roundYen(exact, mode);
  const taxYen = yenToNumber(tax);
  return Object.freeze({
    tax,
    taxYen,
    unrounded: places <= 6 ? exact.toFixed() : `${exact.toFixed(6, Dec.ROUND_DOWN)}…`,
    amountYen,
    otherYen: taxYen === 0 ? amountYen : yenToNumber(basis === 'tax-excluded' ? amount.plus(tax) : amount.minus(tax)),
  });
}

/** `10/100` or `10/110` for traces (internal). */
export function rateFractionText(basis: TaxBasis, rate: RateMath): string {
  return basis === 'tax-excluded' ? rate.exFraction : rate.incFraction;
}
