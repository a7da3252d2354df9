/**
 * Converting a price between tax-included (税込) and tax-excluded (税抜) at the rate in force on a date.
 */
import { readInput } from '../boundary/index.js';
import type { TaxBasis } from '../catalog/primitives.js';
import { InvalidInputError, type ErrorPath } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import { formatIsoDate, monthBounds, parseIsoDate, parseYearMonth } from '../time/index.js';
import { quotedValueText, valueText } from './describe.js';
import { formatYenDigits, parseRoundingMode, parseYenAmount, yenToNumber, type RoundingMode } from './decimal.js';
import {
  compile,
  consumptionTaxTable,
  parseRateKind,
  rateFractionText,
  rateOnDay,
  taxOfAmount,
  unroundedTaxText,
  type ConsumptionTaxTable,
} from './tax.js';
import type { ConsumptionTaxRateKind } from './tax-schema.js';

/** Input of {@link convertPrice}. Give `on` (a day) or `month` (a monthly fee), not both. */
export interface ConvertPriceInput {
  /** The price: a whole number of yen, or a string of digits. */
  readonly amountYen: number | string;
  /** Whether `amountYen` includes consumption tax. */
  readonly basis: TaxBasis;
  /** The day of the supply, `YYYY-MM-DD`: its rate applies. */
  readonly on?: string;
  /** For a monthly fee, the month `YYYY-MM`: the rate in force on its last day applies. */
  readonly month?: string;
  /** How the tax is rounded to whole yen. Default `floor` (切り捨て). */
  readonly rounding?: RoundingMode;
  /** Default `'standard'`. */
  readonly rateKind?: ConsumptionTaxRateKind;
  /** Default: the bundled table. */
  readonly taxTable?: ConsumptionTaxTable;
}

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
  readonly reasons: readonly Reason[];
}

/**
 * Converts a price between tax-excluded and tax-included at the rate in force on a day (or, for a
 * monthly fee, on the month's last day: 消費税法基本通達 9-1-5, ref:shohizei-tax-point).
 *
 * Rules: from a tax-excluded price, tax = amount × rate/100 rounded with `rounding`, tax-included =
 * amount + tax. From a tax-included price, tax = amount × rate/(100 + rate) rounded with `rounding`,
 * tax-excluded = amount − tax. All arithmetic is exact (decimal.js, integer division).
 * With `floor`, `ceil` or `half-up`, a tax-excluded price converted to tax-included and back gives
 * the same amounts; a tax-included price converted to tax-excluded and back may not (e.g. ¥10 at 10%
 * with `floor`: tax ¥0, and ¥10 tax-excluded is ¥11 tax-included): see docs/interpretations.md.
 * @throws {InvalidInputError} amount not a whole non-negative number (path `['amountYen']`), unknown
 *   basis / rounding / rateKind, a malformed `on` or `month`, both or neither of `on` and `month`
 * @throws {OutOfRangeError} a day before 1989-04-01 (no consumption tax: never a silent 0%)
 * @example convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01' }).taxIncludedYen //=> 4290
 * @example convertPrice({ amountYen: 1760, basis: 'tax-included', on: '2019-09-30' }).taxYen //=> 130 (1,760 × 8/108 = 130.37)
 * @example convertPrice({ amountYen: 2200, basis: 'tax-included', month: '2019-10' }).taxExcludedYen //=> 2000
 */
export function convertPrice(input: ConvertPriceInput): ConvertPriceResult {
  input = readInput(input);
  if (input === null || typeof input !== 'object') throw new InvalidInputError([], 'Expected { amountYen, basis, on }', { value: valueText(input) });
  const amount = parseYenAmount(input.amountYen, ['amountYen']);
  const basis = parseTaxBasis(input.basis, ['basis']);
  const rounding = parseRoundingMode(input.rounding, ['rounding']);
  const kind = parseRateKind(input.rateKind, ['rateKind']);
  const { day, viaMonth } = parseTaxDay(input);
  const rate = rateOnDay(compile(input.taxTable ?? consumptionTaxTable), kind, day, viaMonth ? ['month'] : ['on']);
  const tax = taxOfAmount(amount, basis, rate, rounding);
  const excluded = basis === 'tax-excluded' ? amount : amount.minus(tax);
  const included = basis === 'tax-excluded' ? amount.plus(tax) : amount;
  const taxDate = formatIsoDate(day);
  const table = input.taxTable ?? consumptionTaxTable;
  const reasons: Reason[] = [
    reason('tax.rate-in-force', `${rate.key}% ${kind} rate in force on ${taxDate} (from ${rate.rate.effectiveFrom})`, {
      source: rate.rate.source,
      factId: rate.rate.id,
    }),
  ];
  if (viaMonth) {
    reasons.unshift(
      reason('tax.monthly-fee-tax-date', `A monthly fee is taxed at the rate in force on the last day of its month, ${taxDate}`, {
        source: table.rules.taxPoint.source,
        factId: table.rules.taxPoint.id,
      }),
    );
  }
  if (basis === 'tax-included') {
    reasons.push(reason('tax.from-tax-included', `Tax contained in a tax-included amount is amount × ${rateFractionText(basis, rate)}`, {
      source: table.rules.taxFromTaxIncluded.source,
      factId: table.rules.taxFromTaxIncluded.id,
    }));
  }
  const trace = [
    `rate ${rate.key}% on ${taxDate}`,
    `tax = ${formatYenDigits(amount)} × ${rateFractionText(basis, rate)} = ${unroundedTaxText(amount, basis, rate)} → ${formatYenDigits(tax)} (${rounding})`,
    basis === 'tax-excluded'
      ? `tax-included = ${formatYenDigits(amount)} + ${formatYenDigits(tax)} = ${formatYenDigits(included)}`
      : `tax-excluded = ${formatYenDigits(amount)} − ${formatYenDigits(tax)} = ${formatYenDigits(excluded)}`,
  ];
  return {
    basis,
    amountYen: yenToNumber(amount, ['amountYen']),
    taxDate,
    ratePercent: rate.ratePercent,
    rateKind: kind,
    rounding,
    taxExcludedYen: yenToNumber(excluded),
    taxYen: yenToNumber(tax),
    taxIncludedYen: yenToNumber(included),
    trace,
    reasons,
  };
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

function parseTaxDay(input: ConvertPriceInput): { day: number; viaMonth: boolean } {
  if (input.on !== undefined && input.month !== undefined) {
    throw new InvalidInputError(['month'], 'Give either on (a day) or month (a monthly fee), not both', { on: input.on, month: input.month });
  }
  if (input.month !== undefined) return { day: monthBounds(parseYearMonth(input.month, ['month'])).lastDay, viaMonth: true };
  if (input.on === undefined) throw new InvalidInputError(['on'], 'A date is needed to know the rate: give on (YYYY-MM-DD) or month (YYYY-MM)');
  return { day: parseIsoDate(input.on, ['on']), viaMonth: false };
}
