/**
 * Japan's consumption-tax rates by date (fixtures/consumption-tax.json) and the exact tax of an
 * amount at a rate. A rate is kept as an exact fraction: 10% is 10/100 on a tax-excluded amount and
 * 10/110 on a tax-included one, so a tax is always one integer division, rounded once.
 */
import taxFixture from '../../fixtures/consumption-tax.json';
import type { TaxBasis } from '../catalog/primitives.js';
import { toIssues } from '../catalog/catalog.js';
import { CatalogValidationError, InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { formatIsoDate, monthBounds, parseIsoDate, parseYearMonth } from '../time/index.js';
import { Dec, divideRoundYen, roundYen, yenToNumber, type RoundingMode } from './decimal.js';

const ZERO = new Dec(0);
import {
  ConsumptionTaxFixtureSchema,
  type ConsumptionTaxFixture,
  type ConsumptionTaxRateDefinition,
  type ConsumptionTaxRateKind,
} from './tax-schema.js';

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
  /**
   * Memo of {@link taxParts} results for this rate, keyed by basis, mode and amount; bounded. Results
   * never depend on it (it only saves recomputing the same exact division for the same inputs).
   */
  readonly memo: Map<string, TaxParts>;
  /** Memo of per-line tax shares (billing), keyed by basis, tax and line amounts; bounded like `memo`. */
  readonly shareMemo: Map<string, { readonly taxYen: readonly number[]; readonly otherYen: readonly number[] }>;
}

/** The tax of an amount at a rate, rounded, and its unrounded value as text (internal). */
export interface TaxParts {
  readonly tax: Dec;
  readonly taxYen: number;
  readonly unrounded: string;
  /** Trace texts derived from these same inputs, cached by the billing module (internal). */
  groupTrace?: string;
  totalTrace?: string;
}

/** Most entries a rate's memo keeps. */
export const MEMO_LIMIT = 4096;

/** A rate of the table with its epoch day and math (internal). */
export interface CompiledRate extends RateMath {
  readonly fromDay: number;
  readonly rate: ConsumptionTaxRate;
}

interface CompiledTable {
  /** Newest first. */
  readonly standard: readonly CompiledRate[];
  readonly reduced: readonly CompiledRate[];
}

const compiled = new WeakMap<ConsumptionTaxTable, CompiledTable>();

/**
 * Validates a consumption-tax table (the shape of fixtures/consumption-tax.json) and freezes it.
 * Use it to load a table with a future rate change; pass it as `taxTable` to the tax functions.
 *
 * Rules: each rate applies from its `effectiveFrom` (inclusive) until the next rate of the same kind.
 * @throws {CatalogValidationError} listing every problem with its JSON path
 * @example loadConsumptionTaxTable(json).rates.length //=> 5
 */
export function loadConsumptionTaxTable(json: unknown): ConsumptionTaxTable {
  const r = ConsumptionTaxFixtureSchema.safeParse(json);
  if (!r.success) throw new CatalogValidationError(toIssues(r.error));
  const byKind = (kind: ConsumptionTaxRateKind) =>
    r.data.rates.filter((x) => x.kind === kind).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  const rates: ConsumptionTaxRate[] = [];
  for (const kind of ['standard', 'reduced'] as const) {
    const list = byKind(kind);
    list.forEach((x, i) => {
      const next = list[i + 1];
      rates.push(next ? { ...x, effectiveUntil: next.effectiveFrom } : { ...x });
    });
  }
  const table: ConsumptionTaxTable = deepFreeze({ rates, rules: r.data.rules });
  compile(table);
  return table;
}

/**
 * The bundled table: 3% from 1989-04-01, 5% from 1997-04-01, 8% from 2014-04-01, 10% from 2019-10-01,
 * and the reduced 8% from 2019-10-01 (DOMAIN.md §1.1).
 * @example consumptionTaxTable.rates.map((r) => r.ratePercent) //=> [3, 5, 8, 10, 8]
 */
export const consumptionTaxTable: ConsumptionTaxTable = loadConsumptionTaxTable(taxFixture);

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
  const day = parseIsoDate(on, ['on']);
  const kind = parseRateKind(options.kind, ['kind']);
  return rateOnDay(compile(options.taxTable ?? consumptionTaxTable), kind, day, ['on']).rate;
}

/**
 * The day whose rate taxes a monthly fee: the last day of the month, when that month's service is
 * completed (DOMAIN.md §1.2; a flat-fee plan has no transitional relief).
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
  throw new InvalidInputError(path, `Rate kind must be 'standard' or 'reduced', received ${JSON.stringify(value)}`, { value: String(value) });
}

/** The compiled form of a table, built once per table (internal). */
export function compile(table: ConsumptionTaxTable): CompiledTable {
  let c = compiled.get(table);
  if (c) return c;
  if (!table || !Array.isArray(table.rates)) throw new InvalidInputError(['taxTable'], 'Expected a table from loadConsumptionTaxTable');
  const build = (kind: ConsumptionTaxRateKind) =>
    table.rates
      .filter((r) => r.kind === kind)
      .map((r) => ({ ...rateMath(r.ratePercent), fromDay: parseIsoDate(r.effectiveFrom), rate: r }))
      .sort((a, b) => b.fromDay - a.fromDay);
  c = { standard: build('standard'), reduced: build('reduced') };
  compiled.set(table, c);
  return c;
}

/**
 * The rate of a kind in force on an epoch day (internal, the hot path).
 * @throws {OutOfRangeError} before the first rate
 */
export function rateOnDay(table: CompiledTable, kind: ConsumptionTaxRateKind, day: number, path: ErrorPath): CompiledRate {
  const list = kind === 'standard' ? table.standard : table.reduced;
  for (const r of list) if (r.fromDay <= day) return r;
  const first = list[list.length - 1];
  throw new OutOfRangeError(
    path,
    first
      ? `No ${kind} consumption-tax rate before ${first.rate.effectiveFrom}: ${formatIsoDate(day)} is outside the table`
      : `The table has no ${kind} consumption-tax rate`,
    { value: formatIsoDate(day), ...(first ? { firstRateFrom: first.rate.effectiveFrom } : {}) },
  );
}

/** Exact math of a rate given in percent (internal). */
export function rateMath(ratePercent: number): RateMath {
  const rate = new Dec(String(ratePercent));
  const places = rate.decimalPlaces();
  const scale = new Dec(10).pow(places);
  const numerator = rate.times(scale);
  const exDenominator = new Dec(100).times(scale);
  const key = rate.toString();
  return {
    key,
    ratePercent,
    numerator,
    exDenominator,
    incDenominator: exDenominator.plus(numerator),
    exFraction: `${key}/100`,
    incFraction: `${key}/${rate.plus(100).toString()}`,
    memo: new Map(),
    shareMemo: new Map(),
  };
}

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
 * The tax of an amount and its unrounded value as text, from one multiplication and one division
 * (internal, the hot path). Exact: the quotient n/d is computed to 40 significant digits, and with
 * n < 10^23 (an amount ≤ 2^53 times a rate numerator ≤ 10^6) and d ≤ 2×10^6 the quotient has at most
 * 17 integer digits and is either exact or at least 1/(2d) away from every integer and half-integer,
 * far more than the 10^-23 the 40 digits resolve: rounding it to whole yen gives the same yen as
 * rounding the exact fraction (the property tests check this against BigInt).
 */
export function taxParts(amount: Dec, basis: TaxBasis, rate: RateMath, mode: RoundingMode, amountText: string = amount.toFixed()): TaxParts {
  const key = `${basis === 'tax-excluded' ? 'x' : 'i'}${mode}${amountText}`;
  const hit = rate.memo.get(key);
  if (hit) return hit;
  let out: TaxParts;
  if (rate.numerator.isZero() || amount.isZero()) {
    out = { tax: ZERO, taxYen: 0, unrounded: '0' };
  } else {
    const exact = amount.times(rate.numerator).div(basis === 'tax-excluded' ? rate.exDenominator : rate.incDenominator);
    const places = exact.decimalPlaces();
    const tax = places === 0 ? exact : roundYen(exact, mode);
    out = {
      tax,
      taxYen: yenToNumber(tax),
      unrounded: places === 0 ? exact.toFixed() : places <= 6 ? exact.toFixed() : `${exact.toFixed(6, Dec.ROUND_DOWN)}…`,
    };
  }
  if (rate.memo.size < MEMO_LIMIT) rate.memo.set(key, out);
  return out;
}

/** `10/100` or `10/110` for traces (internal). */
export function rateFractionText(basis: TaxBasis, rate: RateMath): string {
  return basis === 'tax-excluded' ? rate.exFraction : rate.incFraction;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
  }
  return value;
}
