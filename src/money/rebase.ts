/**
 * Tax-included prices on another rate (interpretation billing-tax-included-rebase): a price a document
 * states tax-included, at the rate in force when it states it, stands for its tax-excluded base; on a
 * day with another rate that base is taxed at that day's rate.
 */
import type { RoundingMode } from './decimal.js';
import { Dec } from './decimal.js';
import { taxOfAmount, type RateMath } from './tax.js';

/** How a tax-included price is read on a day whose rate is not the one it was stated at. */
export type TaxIncludedPriceReading = 'rebase' | 'hold-displayed';

/** The two readings, in order (the first is the default). */
export const TAX_INCLUDED_PRICE_READINGS: readonly TaxIncludedPriceReading[] = Object.freeze(['rebase', 'hold-displayed']);

/**
 * The tax-included amount that a price stated tax-included at `stated` comes to at `rate` (internal).
 *
 * Rules: base = amount − tax at the stated rate (amount × stated/(100 + stated), rounded with
 * `rounding`); result = base + base × rate/100 (rounded with `rounding`). When the two rates are the
 * same the amount is returned unchanged.
 * @example rebaseTaxIncluded(new Dec(1760), rateMath(10), rateMath(8), 'floor').toNumber() //=> 1728
 */
export function rebaseTaxIncluded(amount: Dec, stated: RateMath, rate: RateMath, rounding: RoundingMode): Dec {
  if (stated.key === rate.key) return amount;
  // Stryker disable next-line StringLiteral: taxOfAmount only compares the basis with 'tax-excluded', so "" reads as 'tax-included'
  const base = amount.minus(taxOfAmount(amount, 'tax-included', stated, rounding));
  return base.plus(taxOfAmount(base, 'tax-excluded', rate, rounding));
}

/**
 * The tax-excluded base of a price stated tax-included at `stated` (internal).
 * @example taxExcludedBase(new Dec(1760), rateMath(10), 'floor').toNumber() //=> 1600
 */
export function taxExcludedBase(amount: Dec, stated: RateMath, rounding: RoundingMode): Dec {
  // Stryker disable next-line StringLiteral: taxOfAmount only compares the basis with 'tax-excluded', so "" reads as 'tax-included'
  return amount.minus(taxOfAmount(amount, 'tax-included', stated, rounding));
}

