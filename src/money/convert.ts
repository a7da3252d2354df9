/**
 * Converting a price between tax-included (税込) and tax-excluded (税抜) at the rate in force on a date.
 */
import { isKnownShape, readField, readInput, readFailure, rejectMisspeltKeys } from '../boundary/index.js';
import { CONVERT_STRICT } from './keys.js';
import type { TaxBasis } from '../catalog/primitives.js';
import { InvalidInputError, type ErrorPath } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import { formatIsoDate, monthBounds, parseYearMonth } from '../time/index.js';
import { fastMonthLastDay, parseIsoDateFast } from '../time/fast.js';
import { quotedValueText, valueText } from './describe.js';
import { Dec, formatYenDigits, parseRoundingMode, parseYenNumber, yenToNumber, type RoundingMode } from './decimal.js';
import {
  compile,
  consumptionTaxTable,
  intTaxYen,
  intUnroundedTaxText,
  parseRateKind,
  rateFractionText,
  rateMath,
  rateOnDay,
  taxOfAmount,
  unroundedTaxText,
  type CompiledRate,
  type ConsumptionTaxTable,
  type RateMath,
} from './tax.js';
import { taxExcludedBase, type TaxIncludedPriceReading } from './rebase.js';
import type { ConsumptionTaxRateKind } from './tax-schema.js';
import type { DateInput } from '../time/index.js';

/**
 * Input of {@link convertPrice}: the price and its basis, and `on` (a day) or `month` (a monthly fee), not both.
 * @example const input: ConvertPriceInput = { amountYen: 3900, basis: 'tax-excluded', on: '2026-11-22' };
 */
export type ConvertPriceInput = ConvertPriceFields & ConvertPriceDay & ConvertPriceBasis;

/** The fields of every {@link ConvertPriceInput}. */
export interface ConvertPriceFields {
  /** The price: a whole number of yen, or a string of digits. */
  readonly amountYen: number | string;
  /** How the tax is rounded to whole yen. Default `floor` (切り捨て). */
  readonly rounding?: RoundingMode;
  /** Default `'standard'`. */
  readonly rateKind?: ConsumptionTaxRateKind;
  /** Default: the bundled table. */
  readonly taxTable?: ConsumptionTaxTable;
  /** Build the `trace` strings. Default `true`; `false` returns `trace: []` (reasons are kept). */
  readonly explain?: boolean;
  /** With `statedRatePercent`: `'rebase'` (default) or `'hold-displayed'` (the amount as charged). Interpretation billing-tax-included-rebase. */
  readonly taxIncludedPrices?: TaxIncludedPriceReading;
}

/**
 * The day of a {@link ConvertPriceInput}: `on` or `month`, exactly one (the types refuse neither and both, as
 * `convertPrice` does).
 * @example const d: ConvertPriceDay = { month: '2026-11' };
 */
export type ConvertPriceDay =
  | {
      /** The day of the supply, `YYYY-MM-DD`: its rate applies. */
      readonly on: DateInput;
      readonly month?: undefined;
    }
  | {
      /** For a monthly fee, the month `YYYY-MM`: the rate in force on its last day applies. */
      readonly month: string;
      readonly on?: undefined;
    };

/**
 * The basis of a {@link ConvertPriceInput}; `statedRatePercent` only with a tax-included amount (as `convertPrice`
 * refuses it with a tax-excluded one).
 * @example const b: ConvertPriceBasis = { basis: 'tax-included', statedRatePercent: 10 };
 */
export type ConvertPriceBasis =
  | {
      /** The amount excludes consumption tax. */
      readonly basis: 'tax-excluded';
      readonly statedRatePercent?: undefined;
    }
  | {
      /** The amount includes consumption tax. */
      readonly basis: 'tax-included';
      /**
       * For a tax-included amount: the rate (percent) at which it was stated — 10 for 001's tables
       * (`getDocument('it-support-security').billing.taxIncludedPrices`). On a day with another rate the
       * amount stands for its tax-excluded base, taxed at the day's rate. Absent: the amount is taken as
       * charged on that day.
       */
      readonly statedRatePercent?: number;
    };

/** Result of {@link convertPrice}. */
export interface ConvertPriceResult {
  readonly basis: TaxBasis;
  readonly amountYen: number;
  /** The day whose rate was applied. */
  readonly taxDate: string;
  readonly ratePercent: number;
  readonly rateKind: ConsumptionTaxRateKind;
  readonly rounding: RoundingMode;
  readonly taxExcludedYen: number;
  readonly taxYen: number;
  readonly taxIncludedYen: number;
  /** The arithmetic, one step a line. */
  readonly trace: readonly string[];
  /** Frozen (the same list for every conversion of a day, rate, kind and basis). */
  readonly reasons: readonly Reason[];
}

// The paths of convertPrice's fields, made once: an array literal in the call would be allocated on every
// call, though only an error reads it (and an error copies its path).
const AMOUNT_PATH: ErrorPath = ['amountYen'];
const BASIS_PATH: ErrorPath = ['basis'];
const ROUNDING_PATH: ErrorPath = ['rounding'];
const RATE_KIND_PATH: ErrorPath = ['rateKind'];
const ON_PATH: ErrorPath = ['on'];
const MONTH_PATH: ErrorPath = ['month'];

/**
 * Converts a price between tax-excluded and tax-included at the rate in force on a day (or, for a
 * monthly fee, on the month's last day: 消費税法基本通達 9-1-5, ref:shohizei-tax-point).
 *
 * Rules: from a tax-excluded price, tax = amount × rate/100 rounded with `rounding`, tax-included =
 * amount + tax. From a tax-included price, tax = amount × rate/(100 + rate) rounded with `rounding`,
 * tax-excluded = amount − tax. All arithmetic is exact: plain integers where every value is a safe
 * integer, decimal.js otherwise (both give the same yen). `explain: false` skips the trace text.
 * With `statedRatePercent` (a tax-included amount written at another rate, e.g. 001's tables at 10%),
 * on a day with another rate the amount stands for its tax-excluded base (amount − amount ×
 * stated/(100 + stated), rounded), taxed at the day's rate: ¥1,760 → ¥1,728 at 8%, ¥1,680 at 5%,
 * ¥1,648 at 3%; `amountYen` stays the stated amount (option `taxIncludedPrices: 'hold-displayed'`
 * keeps the amount as charged; interpretation billing-tax-included-rebase).
 * With `floor`, `ceil` or `half-up`, a tax-excluded price converted to tax-included and back gives
 * the same amounts; a tax-included price converted to tax-excluded and back may not (e.g. ¥10 at 10%
 * with `floor`: tax ¥0, and ¥10 tax-excluded is ¥11 tax-included): see docs/interpretations.md.
 * @throws {InvalidInputError} amount not a whole non-negative number (path `['amountYen']`), unknown
 *   basis / rounding / rateKind, a malformed `on` or `month`, both or neither of `on` and `month`
 * @throws {OutOfRangeError} a day before 1989-04-01 (no consumption tax: never a silent 0%)
 * @example convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01' }).taxIncludedYen //=> 4290
 * @example convertPrice({ amountYen: 1760, basis: 'tax-included', on: '2019-09-30' }).taxYen //=> 130 (1,760 × 8/108 = 130.37)
 * @example convertPrice({ amountYen: 2200, basis: 'tax-included', month: '2019-10' }).taxExcludedYen //=> 2000
 * @example convertPrice({ amountYen: 1760, basis: 'tax-included', on: '2019-03-31', statedRatePercent: 10 }).taxIncludedYen //=> 1728 (base 1,600 at 8%)
 */
export function convertPrice(input: ConvertPriceInput): ConvertPriceResult {
  // Each field read once, as readKnownFields reads it, into a local (no record per call); an input of another shape
  // is copied by readInput first.
  let amountIn: unknown, basisIn: unknown, on: unknown, month: unknown, roundingIn: unknown;
  let kindIn: unknown, tableIn: unknown, explainIn: unknown, statedIn: unknown, readingIn: unknown;
  if (isKnownShape(input, CONVERT_KEYS)) {
    let key: string | undefined;
    try {
      for (const k in input) {
        key = k;
        const v: unknown = input[k];
        key = undefined;
        const f = readField(input, k, v);
        if (k === 'amountYen') amountIn = f;
        else if (k === 'basis') basisIn = f;
        else if (k === 'on') on = f;
        else if (k === 'rounding') roundingIn = f;
        else if (k === 'month') month = f;
        else if (k === 'explain') explainIn = f;
        else if (k === 'rateKind') kindIn = f;
        else if (k === 'taxTable') tableIn = f;
        else if (k === 'statedRatePercent') statedIn = f;
        else readingIn = f;
      }
    } catch (e) {
      readFailure(e, key);
    }
  } else {
    // By name, not by a walk of its keys: readInput keeps an instance of a class as it is, whose fields may be
    // accessors on its prototype, which a walk of the keys would not see.
    const r = readInput(input) as unknown;
    if (r === null || typeof r !== 'object') throw new InvalidInputError([], 'Expected { amountYen, basis, on }', { value: valueText(r) });
    rejectMisspeltKeys(r, CONVERT_STRICT);
    const c = r as Record<string, unknown>;
    amountIn = c.amountYen;
    basisIn = c.basis;
    on = c.on;
    month = c.month;
    roundingIn = c.rounding;
    kindIn = c.rateKind;
    tableIn = c.taxTable;
    explainIn = c.explain;
    statedIn = c.statedRatePercent;
    readingIn = c.taxIncludedPrices;
  }
  const amountYen = parseYenNumber(amountIn, AMOUNT_PATH);
  const basis = parseTaxBasis(basisIn, BASIS_PATH);
  const rounding = parseRoundingMode(roundingIn, ROUNDING_PATH);
  const kind = parseRateKind(kindIn, RATE_KIND_PATH);
  // The tax day (read here, not in a helper: no object per call for its three parts).
  let day: number;
  let viaMonth = false;
  let text: string | undefined;
  if (month !== undefined) {
    if (on !== undefined) throw new InvalidInputError(['month'], 'Give either on (a day) or month (a monthly fee), not both', { on, month });
    const last = typeof month === 'string' ? fastMonthLastDay(month) : NaN;
    // Stryker disable next-line ConditionalExpression: the general reader gives the same day for every month the fast one reads
    day = last === last ? last : monthBounds(parseYearMonth(month, MONTH_PATH)).lastDay;
    viaMonth = true;
  } else {
    if (on === undefined) throw new InvalidInputError(['on'], 'A date is needed to know the rate: give on (YYYY-MM-DD) or month (YYYY-MM)');
    // A day that parses is written YYYY-MM-DD with a four-digit year: it is its own text.
    // (A js-joda LocalDate or Temporal PlainDate has no such text: it is written from its day.)
    day = parseIsoDateFast(on, ON_PATH);
    // Stryker disable next-line StringLiteral: typeof is never "": without the text, formatIsoDate writes the parsed YYYY-MM-DD day as the same text
    if (typeof on === 'string') text = on;
  }
  const explain = parseExplain(explainIn);
  const table = (tableIn as ConsumptionTaxTable | undefined) ?? consumptionTaxTable;
  const rate = rateOnDay(compile(table), kind, day, viaMonth ? MONTH_PATH : ON_PATH);
  const stated = parseStatedRate(statedIn, basis);
  const reading = readingIn === undefined ? 'rebase' : parseReading(readingIn);
  const otherRate = stated !== undefined && stated.key !== rate.key;
  if (otherRate && reading === 'rebase') {
    // Stryker disable next-line StringLiteral: conversionMemo only compares the basis with 'tax-included', so "" reads as 'tax-excluded'
    const memo = conversionMemo(table, rate, kind, 'tax-excluded', day, text, viaMonth);
    return rebasedPrice(amountYen, stated, rate, kind, rounding, text ?? memo.taxDate, explain, [...memo.reasons]);
  }
  // Integer arithmetic where it is exact (always at a whole-percent rate for amounts below 9 × 10^14), decimal.js otherwise.
  let taxYen = intTaxYen(amountYen, basis, rate, rounding);
  // Stryker disable next-line ArrayDeclaration,StringLiteral: a tax of at most the amount is never refused, so the path is never used
  if (taxYen < 0) taxYen = yenToNumber(taxOfAmount(new Dec(amountYen), basis, rate, rounding), AMOUNT_PATH);
  const excluded = basis === 'tax-excluded' ? amountYen : amountYen - taxYen;
  let included = basis === 'tax-excluded' ? amountYen + taxYen : amountYen;
  if (!Number.isSafeInteger(included)) included = yenToNumber(new Dec(amountYen).plus(taxYen), AMOUNT_PATH); // throws OutOfRangeError
  const memo = conversionMemo(table, rate, kind, basis, day, text, viaMonth);
  const taxDate = text ?? memo.taxDate;
  const reasons: readonly Reason[] = otherRate
    ? frozenList([
        ...memo.reasons,
        reason('price.tax-included-held', `${formatYenDigits(amountYen)} yen was stated at ${stated.key}%; held as displayed (taxIncludedPrices: 'hold-displayed')`, {
          interpretation: 'billing-tax-included-rebase',
        }),
      ])
    : memo.reasons;
  let trace: string[] = [];
  if (explain) {
    const unrounded = intUnroundedTaxText(amountYen, basis, rate) ?? unroundedTaxText(new Dec(amountYen), basis, rate);
    const amountText = formatYenDigits(amountYen);
    const taxText = formatYenDigits(taxYen);
    trace = [
      // Stryker disable next-line all: a day that parses is written YYYY-MM-DD, its own text, so taxDate is always the memo's (the other branch writes the same line)
      taxDate === memo.taxDate ? memo.rateLine : `rate ${rate.key}% on ${taxDate}`,
      `tax = ${amountText}${memo.timesRate}${unrounded} → ${taxText}${roundingNote(rounding)}`,
      basis === 'tax-excluded'
        ? `tax-included = ${amountText} + ${taxText} = ${formatYenDigits(included)}`
        : `tax-excluded = ${amountText} − ${taxText} = ${formatYenDigits(excluded)}`,
    ];
  }
  return {
    basis,
    amountYen,
    taxDate,
    ratePercent: rate.ratePercent,
    rateKind: kind,
    rounding,
    taxExcludedYen: excluded,
    taxYen,
    taxIncludedYen: included,
    trace,
    reasons,
  };
}

/** The keys of a {@link ConvertPriceInput}: an input with these only is read field by field (the boundary's fast path). */
// A chain of comparisons, not a Set: the keys a caller writes are interned, so each test is one comparison of pointers.
const CONVERT_KEYS = (k: string): boolean =>
  k === 'amountYen' ||
  k === 'basis' ||
  k === 'on' ||
  k === 'rounding' ||
  k === 'month' ||
  k === 'explain' ||
  k === 'rateKind' ||
  k === 'taxTable' ||
  k === 'statedRatePercent' ||
  k === 'taxIncludedPrices';

/** A tax-included amount stated at `stated`, on a day whose rate is `rate`: its tax-excluded base taxed at `rate`. */
function rebasedPrice(
  amountYen: number,
  stated: RateMath,
  rate: CompiledRate,
  kind: ConsumptionTaxRateKind,
  rounding: RoundingMode,
  taxDate: string,
  explain: boolean,
  reasons: Reason[],
): ConvertPriceResult {
  const amount = new Dec(amountYen);
  const base = taxExcludedBase(amount, stated, rounding);
  const tax = taxOfAmount(base, 'tax-excluded', rate, rounding);
  const included = base.plus(tax);
  reasons.push(
    reason('price.tax-included-rebased', `${formatYenDigits(amountYen)} yen was stated at ${stated.key}%: its tax-excluded base ${formatYenDigits(base)} is taxed at ${rate.key}%`, {
      interpretation: 'billing-tax-included-rebase',
    }),
  );
  const trace = explain
    ? [
        `rate ${rate.key}% on ${taxDate}; ${formatYenDigits(amountYen)} stated at ${stated.key}%`,
        `base = ${formatYenDigits(amountYen)} − ${formatYenDigits(amount.minus(base))} (${formatYenDigits(amountYen)} × ${stated.incFraction}, ${rounding}) = ${formatYenDigits(base)}`,
        `tax = ${formatYenDigits(base)} × ${rate.exFraction} = ${unroundedTaxText(base, 'tax-excluded', rate)} → ${formatYenDigits(tax)} (${rounding})`,
        `tax-included = ${formatYenDigits(base)} + ${formatYenDigits(tax)} = ${formatYenDigits(included)}`,
      ]
    : [];
  return {
    basis: 'tax-included',
    amountYen,
    taxDate,
    ratePercent: rate.ratePercent,
    rateKind: kind,
    rounding,
    // Stryker disable next-line ArrayDeclaration,StringLiteral: the base is at most the amount, a safe integer: never refused
    taxExcludedYen: yenToNumber(base, ['amountYen']),
    // Stryker disable next-line ArrayDeclaration,StringLiteral: the tax is at most the base, a safe integer: never refused
    taxYen: yenToNumber(tax, ['amountYen']),
    taxIncludedYen: yenToNumber(included, ['amountYen']),
    trace,
    reasons: frozenList(reasons),
  };
}

function parseStatedRate(value: unknown, basis: TaxBasis): RateMath | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0 || value > 100) {
    throw new InvalidInputError(['statedRatePercent'], `statedRatePercent must be a rate in percent (0 < rate ≤ 100), received ${quotedValueText(value)}`, {
      value: valueText(value),
    });
  }
  if (basis !== 'tax-included') throw new InvalidInputError(['statedRatePercent'], 'statedRatePercent applies to a tax-included amount only');
  return rateMath(value);
}

function parseReading(value: unknown): TaxIncludedPriceReading {
  if (value === 'rebase' || value === 'hold-displayed') return value;
  throw new InvalidInputError(['taxIncludedPrices'], `taxIncludedPrices must be 'rebase' or 'hold-displayed', received ${quotedValueText(value)}`, {
    value: valueText(value),
  });
}

/**
 * Reads the `explain` option shared by the entry points: whether to build the `trace` text (default
 * true; false gives `trace: []`, reasons are kept).
 * @throws {InvalidInputError} not a boolean (path `['explain']`)
 * @example parseExplain(undefined) //=> true
 */
export function parseExplain(value: unknown, path: ErrorPath = ['explain']): boolean {
  if (value === undefined) return true;
  if (typeof value !== 'boolean') throw new InvalidInputError(path, 'explain must be a boolean', { value: valueText(value) });
  return value;
}

/** Most conversions kept per tax table (a memo of frozen, derived text: it never changes an answer). */
const REASON_MEMO_LIMIT = 4096;

/** What a conversion's day, rate, kind and basis decide, built once: the tax day's text, the reasons (frozen) and the trace's rate line. */
interface ConversionMemo {
  readonly taxDate: string;
  readonly reasons: readonly Reason[];
  readonly rateLine: string;
  /** The trace's ` × 10/110 = `: the rate's fraction on this basis, between the amount and the unrounded tax. */
  readonly timesRate: string;
}

/** A list of reasons made read-only, each reason too (every result's reasons are frozen). */
function frozenList(list: Reason[]): readonly Reason[] {
  for (const r of list) Object.freeze(r);
  return Object.freeze(list);
}

/** The trace's ` (floor)`: one string per mode, so a trace line is put together from fewer pieces. */
function roundingNote(rounding: RoundingMode): string {
  return rounding === 'floor' ? ' (floor)' : rounding === 'ceil' ? ' (ceil)' : ' (half-up)';
}
const reasonMemo = new WeakMap<ConsumptionTaxTable, Map<number, ConversionMemo>>();
const bundledReasonMemo = new Map<number, ConversionMemo>();

/**
 * The reasons of a conversion, the tax day's text and the trace's first line: built once per table,
 * rate, kind, basis and tax day, as frozen objects (results hold the frozen list). `text` is the day as the
 * caller wrote it (a valid `YYYY-MM-DD` is its own text), or undefined.
 */
function conversionMemo(table: ConsumptionTaxTable, rate: CompiledRate, kind: ConsumptionTaxRateKind, basis: TaxBasis, day: number, text: string | undefined, viaMonth: boolean): ConversionMemo {
  // The bundled table's memo is held directly (a WeakMap look-up costs as much as the rest).
  let memo = table === consumptionTaxTable ? bundledReasonMemo : reasonMemo.get(table);
  if (memo === undefined) {
    memo = new Map();
    reasonMemo.set(table, memo);
  }
  // Days are whole numbers: the flags go in the fraction-free low digits.
  // Stryker disable next-line EqualityOperator: a flag read the other way round still gives one key per (day, flags)
  const key = day * 8 + (viaMonth ? 4 : 0) + (basis === 'tax-included' ? 2 : 0) + (kind === 'reduced' ? 1 : 0);
  let entry = memo.get(key);
  if (entry === undefined) {
    const taxDate = text ?? formatIsoDate(day);
    const out: Reason[] = [
      reason('tax.rate-in-force', `${rate.key}% ${kind} rate in force on ${taxDate} (from ${rate.rate.effectiveFrom})`, {
        source: rate.rate.source,
        factId: rate.rate.id,
      }),
    ];
    if (viaMonth) {
      out.unshift(
        reason('tax.monthly-fee-tax-date', `A monthly fee is taxed at the rate in force on the last day of its month, ${taxDate}`, {
          source: table.rules.taxPoint.source,
          factId: table.rules.taxPoint.id,
        }),
      );
    }
    if (basis === 'tax-included') {
      out.push(reason('tax.from-tax-included', `Tax contained in a tax-included amount is amount × ${rateFractionText(basis, rate)}`, {
        source: table.rules.taxFromTaxIncluded.source,
        factId: table.rules.taxFromTaxIncluded.id,
      }));
    }
    // (Each result holds the frozen list itself: results share it, as they share the reasons.)
    // Kept while the memo has room; an entry beyond the limit is this call's alone (its reasons frozen all the same).
    const timesRate = ` × ${rateFractionText(basis, rate)} = `;
    // Stryker disable next-line ConditionalExpression,EqualityOperator: whether an entry is kept (and frozen) changes no answer, only the memo's size
    if (memo.size < REASON_MEMO_LIMIT) {
      entry = Object.freeze({ taxDate, reasons: Object.freeze(out.map((r) => Object.freeze(r))), rateLine: `rate ${rate.key}% on ${taxDate}`, timesRate });
      memo.set(key, entry);
    } else entry = { taxDate, reasons: frozenList(out), rateLine: `rate ${rate.key}% on ${taxDate}`, timesRate };
  }
  return entry;
}

/**
 * Reads a tax basis.
 * @throws {InvalidInputError} anything but `'tax-included' | 'tax-excluded'`
 * @example parseTaxBasis('tax-included', ['basis']) //=> 'tax-included'
 */
export function parseTaxBasis(value: unknown, path: ErrorPath): TaxBasis {
  if (value === 'tax-included' || value === 'tax-excluded') return value;
  throw new InvalidInputError(path, `Tax basis must be 'tax-included' or 'tax-excluded', received ${quotedValueText(value)}`, {
    value: valueText(value),
  });
}
