/**
 * 総額表示: writing a price the way it must be shown to consumers — the tax-included amount first,
 * optionally with the tax-excluded price or the tax beside it (総額表示, 消費税法 第63条: ref:shohizei-ho-63).
 */
import { readInput, rejectMisspeltKeys, type StrictShape } from '../boundary/index.js';
import { InvalidInputError } from '../errors.js';
import { formatYenDigits } from '../money/decimal.js';
import { quotedValueText } from '../money/describe.js';
import { convertPrice, type ConvertPriceInput } from '../money/convert.js';
import { CONVERT_STRICT } from '../money/keys.js';

/**
 * How the price is written (all lead with the tax-included amount, as 総額表示 requires):
 * - `tax-included` 「4,290円（税込）」 (default)
 * - `with-tax-excluded` 「4,290円（税抜3,900円）」
 * - `with-tax` 「4,290円（うち消費税額等390円）」
 * - `amount-only` 「4,290円」
 */
export type TaxIncludedPriceStyle = 'tax-included' | 'with-tax-excluded' | 'with-tax' | 'amount-only';

/** Input of {@link formatTaxIncludedPrice}: a price as for `convertPrice`, and how to write it. */
export type FormatTaxIncludedPriceInput = ConvertPriceInput & FormatTaxIncludedPriceStyle;

/**
 * How {@link formatTaxIncludedPrice} writes a price.
 * @example const s: FormatTaxIncludedPriceStyle = { style: 'with-tax', brackets: 'half-width' };
 */
export interface FormatTaxIncludedPriceStyle {
  /** Default `'tax-included'`. */
  readonly style?: TaxIncludedPriceStyle;
  /** Default `'full-width'` （）; `'half-width'` writes (). */
  readonly brackets?: 'full-width' | 'half-width';
}

const STYLES: readonly TaxIncludedPriceStyle[] = Object.freeze(['tax-included', 'with-tax-excluded', 'with-tax', 'amount-only']);

/** The keys formatTaxIncludedPrice takes: those of convertPrice, its style and its brackets. */
const FORMAT_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: Object.freeze([...CONVERT_STRICT.keys, 'style', 'brackets']),
});

/**
 * Writes a price for consumers (総額表示): the tax-included amount, never the tax-excluded amount alone
 * (「9,800円(税抜)」 and 「9,800円+税」 are not compliant, so no style produces them).
 *
 * Rules: the price is converted with `convertPrice` (rate in force on `on`, or on the last day of
 * `month`; tax rounded with `rounding`, default `floor`), then written with thousands separators.
 * @throws {InvalidInputError} as `convertPrice`, or an unknown (or null) `style` / `brackets`
 * @throws {OutOfRangeError} a date before 1989-04-01
 * @example formatTaxIncludedPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01' }) //=> '4,290円（税込）'
 * @example formatTaxIncludedPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01', style: 'with-tax-excluded' }) //=> '4,290円（税抜3,900円）'
 * @example formatTaxIncludedPrice({ amountYen: 11000, basis: 'tax-included', on: '2025-06-01', style: 'with-tax', brackets: 'half-width' }) //=> '11,000円(うち消費税額等1,000円)'
 */
export function formatTaxIncludedPrice(input: FormatTaxIncludedPriceInput): string {
  input = readInput(input);
  if (input === null || typeof input !== 'object') throw new InvalidInputError([], 'Expected { amountYen, basis, on }');
  const style = input.style === undefined ? 'tax-included' : input.style; // null is refused, as convertPrice refuses rounding: null
  if (!STYLES.includes(style)) throw new InvalidInputError(['style'], `style must be one of ${STYLES.join(', ')}, received ${quotedValueText(style)}`);
  const brackets = input.brackets === undefined ? 'full-width' : input.brackets;
  if (brackets !== 'full-width' && brackets !== 'half-width') {
    throw new InvalidInputError(['brackets'], `brackets must be 'full-width' or 'half-width', received ${quotedValueText(brackets)}`);
  }
  rejectMisspeltKeys(input, FORMAT_STRICT);
  // convertPrice takes the rest of the input.
  const { style: _style, brackets: _brackets, ...price } = input;
  const p = convertPrice(price);
  const [open, close] = brackets === 'full-width' ? ['（', '）'] : ['(', ')'];
  const total = `${formatYenDigits(p.taxIncludedYen)}円`;
  switch (style) {
    case 'tax-included':
      return `${total}${open}税込${close}`;
    case 'with-tax-excluded':
      return `${total}${open}税抜${formatYenDigits(p.taxExcludedYen)}円${close}`;
    case 'with-tax':
      return `${total}${open}うち消費税額等${formatYenDigits(p.taxYen)}円${close}`;
    default:
      return total;
  }
}
