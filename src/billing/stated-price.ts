/**
 * The price-resolution layer for tax-included prices (interpretation billing-tax-included-rebase):
 * which rate a document's tax-included prices were stated at (`billing.taxIncludedPrices` of its
 * fixture), and what such a price comes to on a day with another rate.
 */
import { own } from '../boundary/index.js';
import type { DocumentFixture } from '../catalog/schema.js';
import type { Source, TaxBasis } from '../catalog/primitives.js';
import { InvalidInputError, type ErrorPath } from '../errors.js';
import { Dec, formatYenDigits, type RoundingMode } from '../money/decimal.js';
import { quotedValueText } from '../money/describe.js';
import { rebaseTaxIncluded, TAX_INCLUDED_PRICE_READINGS, type TaxIncludedPriceReading } from '../money/rebase.js';
import { rateMath, type RateMath } from '../money/tax.js';
import { reason, type Reason } from '../reasons.js';

/** The rate a document states its tax-included prices at, with its source (internal). */
export interface StatedTaxRate {
  readonly ratePercent: number;
  readonly math: RateMath;
  readonly source: Source;
  readonly interpretation: string;
}

const statedByDoc = new WeakMap<DocumentFixture, StatedTaxRate | null>();

/**
 * The rate at which a document states its tax-included prices, or undefined when its fixture records
 * none (internal; derived once per frozen document).
 * @example statedTaxRateOf(getDocument('it-support-security'))?.ratePercent //=> 10
 */
export function statedTaxRateOf(doc: DocumentFixture): StatedTaxRate | undefined {
  let s = statedByDoc.get(doc);
  if (s === undefined) {
    const billing = own(doc, 'billing');
    const t = billing && own(billing, 'taxIncludedPrices');
    s = t ? Object.freeze({ ratePercent: t.statedAtRatePercent, math: rateMath(t.statedAtRatePercent), source: t.source, interpretation: t.interpretation }) : null;
    statedByDoc.set(doc, s);
  }
  return s ?? undefined;
}

/**
 * Reads the option that decides how a tax-included price is read on another rate (internal).
 * @throws {InvalidInputError} anything but `'rebase'` or `'hold-displayed'`
 * @example parseTaxIncludedPriceReading(undefined, ['taxIncludedPrices']) //=> 'rebase'
 */
export function parseTaxIncludedPriceReading(value: unknown, path: ErrorPath): TaxIncludedPriceReading {
  if (value === undefined) return 'rebase';
  if (value === 'rebase' || value === 'hold-displayed') return value;
  throw new InvalidInputError(path, `taxIncludedPrices must be one of ${TAX_INCLUDED_PRICE_READINGS.join(', ')}, received ${quotedValueText(value)}`);
}

/**
 * A catalog amount as it applies at `rate` (internal): unchanged unless it is tax-included, its
 * document states the rate it was written at, that rate differs from `rate`, and the reading is
 * `rebase`; then the tax-excluded base taxed at `rate`, with a reason citing the fixture fact.
 * @example priceAtRate(1760, 'tax-included', getDocument('it-support-security'), rateMath(8), 'rebase', 'floor').amountYen //=> 1728
 */
export function priceAtRate(
  amountYen: number,
  basis: TaxBasis | null,
  doc: DocumentFixture,
  rate: RateMath,
  reading: TaxIncludedPriceReading,
  rounding: RoundingMode,
): { readonly amountYen: number; readonly rebased: boolean; readonly reason?: Reason } {
  if (basis !== 'tax-included') return { amountYen, rebased: false };
  const stated = statedTaxRateOf(doc);
  if (!stated || stated.math.key === rate.key) return { amountYen, rebased: false };
  if (reading === 'hold-displayed') {
    return {
      amountYen,
      rebased: false,
      reason: reason('price.tax-included-held', `¥${formatYenDigits(amountYen)} was stated at ${stated.ratePercent}%; held as displayed at ${rate.ratePercent}% (option taxIncludedPrices: 'hold-displayed')`, {
        source: stated.source,
        interpretation: own(stated, 'interpretation'),
      }),
    };
  }
  const out = rebaseTaxIncluded(new Dec(amountYen), stated.math, rate, rounding).toNumber();
  return {
    amountYen: out,
    rebased: true,
    reason: reason(
      'price.tax-included-rebased',
      `¥${formatYenDigits(amountYen)} includes ${stated.ratePercent}% tax: its tax-excluded base is taxed at ${rate.ratePercent}%, ¥${formatYenDigits(out)}`,
      { source: stated.source, interpretation: own(stated, 'interpretation') },
    ),
  };
}
