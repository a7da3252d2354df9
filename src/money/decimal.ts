/**
 * The library's own decimal.js constructor. A local `Decimal.clone()` so that nothing depends on,
 * or changes, the global decimal.js settings of the application that imports us.
 */
import Decimal from 'decimal.js';
import { MAX_YEN } from './max-yen.js';
import { InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { valueText } from './describe.js';

/**
 * Decimal constructor with 40 significant digits; every rounding in a money path names its mode.
 * @example new Dec('3900').times(10).div(110).toFixed(6) //=> '354.545455'
 */
export const Dec = Object.freeze(Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 }));
/** A decimal value made by {@link Dec}. */
export type Dec = InstanceType<typeof Dec>;

/** How a rule rounds a fraction of a yen: 切り捨て (`floor`), 切り上げ (`ceil`), 四捨五入 (`half-up`). */
export type RoundingMode = 'floor' | 'ceil' | 'half-up';

const MODES: Readonly<Record<RoundingMode, Decimal.Rounding>> = Object.freeze({
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
  'half-up': Decimal.ROUND_HALF_UP,
});

/** Rounds to whole yen with an explicit mode. @example roundYen(new Dec('130.37'), 'ceil').toString() //=> '131' */
export function roundYen(value: Dec, mode: RoundingMode): Dec {
  return value.toDecimalPlaces(0, MODES[mode]);
}

export { MAX_YEN };
const MAX_YEN_DEC = new Dec(MAX_YEN);
const INTEGER_STRING = /^\d+$/;

/**
 * Reads a yen amount given by a caller: a whole number (`3900`) or a string of digits (`'3900'`).
 *
 * Rules: no fractions, no negatives, no NaN/Infinity, no signs, separators or white space in strings,
 * at most `Number.MAX_SAFE_INTEGER` so that results can be returned as exact numbers.
 * @throws {InvalidInputError} not an integer, negative, NaN or not a number/string; `path` names the field
 * @throws {OutOfRangeError} larger than `Number.MAX_SAFE_INTEGER`
 * @example parseYenAmount('3900', ['amountYen']).toString() //=> '3900'
 * @example parseYenAmount(39.5, ['amountYen']) // throws InvalidInputError, path ['amountYen']
 */
export function parseYenAmount(input: unknown, path: ErrorPath): Dec {
  if (typeof input === 'number') {
    if (Number.isNaN(input)) throw new InvalidInputError(path, 'Yen amount is NaN', { value: String(input) });
    if (!Number.isFinite(input)) throw new InvalidInputError(path, `Yen amount must be finite, received ${input}`, { value: String(input) });
    if (!Number.isInteger(input)) throw new InvalidInputError(path, `Yen amount must be a whole number of yen, received ${input}`, { value: input });
    if (input < 0) throw new InvalidInputError(path, `Yen amount must not be negative, received ${input}`, { value: input });
    if (input > MAX_YEN) throw new OutOfRangeError(path, `Yen amount ${input} is larger than ${MAX_YEN}`, { value: input, max: MAX_YEN });
    return new Dec(input);
  }
  if (typeof input === 'string') {
    if (!INTEGER_STRING.test(input)) {
      const what = /^-\s*\d/.test(input.trim()) ? 'must not be negative' : /^\d*\.\d+$/.test(input.trim()) ? 'must be a whole number of yen' : 'must be a string of digits';
      throw new InvalidInputError(path, `Yen amount ${what}, received ${JSON.stringify(input)}`, { value: input });
    }
    const d = new Dec(input);
    if (d.gt(MAX_YEN_DEC)) throw new OutOfRangeError(path, `Yen amount ${input} is larger than ${MAX_YEN}`, { value: input, max: MAX_YEN });
    return d;
  }
  throw new InvalidInputError(path, `Yen amount must be a whole number or a string of digits, received ${describeValue(input)}`, {
    value: input === undefined ? 'undefined' : input,
  });
}

/**
 * {@link parseYenAmount} for the integer fast paths (internal): the same checks and errors, the amount
 * as a plain safe integer.
 * @throws as {@link parseYenAmount}
 * @example parseYenNumber('3900', ['amountYen']) //=> 3900
 */
export function parseYenNumber(input: unknown, path: ErrorPath): number {
  // Stryker disable next-line StringLiteral: typeof is never "": numbers take parseYenAmount's path, which reads the same number
  if (typeof input === 'number' && Number.isSafeInteger(input) && input >= 0) return input === 0 ? 0 : input; // -0 is read as 0
  // Stryker disable next-line StringLiteral: typeof is never "": strings take parseYenAmount's path, which reads the same number
  if (typeof input === 'string' && input.length > 0 && input.length < 16 && INTEGER_STRING.test(input)) return Number(input);
  return Number(parseYenAmount(input, path).toFixed());
}

/**
 * Converts a whole-yen decimal to a plain number, checking that it is an exact safe integer.
 * @throws {OutOfRangeError} not an integer or beyond `Number.MAX_SAFE_INTEGER` (the value stays exact in `details.value`)
 * @example yenToNumber(new Dec('4290')) //=> 4290
 */
export function yenToNumber(value: Dec, path: ErrorPath = []): number {
  // value.e is the decimal exponent: below 15 the value is under 1e15, safely an exact number.
  if (!value.isInteger() || (value.e >= 15 && value.abs().gt(MAX_YEN_DEC))) {
    throw new OutOfRangeError(path, `Yen amount ${value.toString()} cannot be returned as an exact number`, { value: value.toString() });
  }
  // toFixed() writes an integer without exponent; reading it back is exact and much faster than toNumber().
  return Number(value.toFixed());
}

/**
 * Divides two non-negative whole numbers and rounds the quotient to whole yen with an explicit mode,
 * exactly (integer division and remainder, no repeating decimal is ever cut short).
 *
 * Rules: `floor` drops the remainder; `ceil` adds one when there is a remainder; `half-up` adds one
 * when twice the remainder is at least the divisor.
 * @example divideRoundYen(new Dec(30000), new Dec(110), 'floor').toString() //=> '272' (30000/110 = 272.72…)
 * @example divideRoundYen(new Dec(30000), new Dec(110), 'half-up').toString() //=> '273'
 */
export function divideRoundYen(numerator: Dec, denominator: Dec, mode: RoundingMode): Dec {
  const q = numerator.divToInt(denominator);
  if (mode === 'floor') return q;
  const r = numerator.minus(q.times(denominator));
  if (r.isZero()) return q;
  if (mode === 'ceil') return q.plus(1);
  return r.times(2).gte(denominator) ? q.plus(1) : q;
}

/** Whether a value is one of the rounding modes. @example isRoundingMode('half-up') //=> true */
export function isRoundingMode(value: unknown): value is RoundingMode {
  return value === 'floor' || value === 'ceil' || value === 'half-up';
}

/**
 * Reads an optional rounding mode, defaulting to `floor` (切り捨て).
 * @throws {InvalidInputError} anything but `'floor' | 'ceil' | 'half-up'`
 * @example parseRoundingMode(undefined, ['rounding']) //=> 'floor'
 */
export function parseRoundingMode(value: unknown, path: ErrorPath, fallback: RoundingMode = 'floor'): RoundingMode {
  if (value === undefined) return fallback;
  if (isRoundingMode(value)) return value;
  throw new InvalidInputError(path, `Rounding must be 'floor', 'ceil' or 'half-up', received ${describeValue(value)}`, { value: valueText(value) });
}

/**
 * Writes a whole number of yen with thousands separators (no unit): `4290` → `'4,290'`.
 * Independent of the machine's locale.
 * @example formatYenDigits(1234567) //=> '1,234,567'
 */
export function formatYenDigits(value: Dec | number): string {
  // Stryker disable next-line StringLiteral,BlockStatement: without the fast path for whole safe yen the general path writes the same text
  if (typeof value === 'number' && value >= 0 && value <= Number.MAX_SAFE_INTEGER && Number.isInteger(value)) {
    // Whole non-negative safe numbers (the common case): groups of three by integer division, no string slicing.
    const groups = digitGroups();
    if (value < 1000) return groups.plain[value]!;
    // Math.floor(x / 1000) of a safe integer is exact (the quotient's rounding error is below 1/1000), and
    // cheaper than %, which on a double is a library call.
    let rest = Math.floor(value / 1000);
    // Each group with its separator (`,007`) from the table: one new string per group.
    let out = groups.separated[value - rest * 1000]!;
    while (rest >= 1000) {
      const high = Math.floor(rest / 1000);
      out = groups.separated[rest - high * 1000]! + out;
      rest = high;
    }
    return groups.plain[rest]! + out;
  }
  // Stryker disable next-line ConditionalExpression,EqualityOperator,StringLiteral: for whole yen String and toFixed(0) write the same digits (Dec writes no exponent below 10^40)
  const s = typeof value === 'number' ? String(value) : value.toFixed(0);
  const neg = s.charCodeAt(0) === 45; // '-'
  const digits = neg ? s.slice(1) : s;
  const len = digits.length;
  if (len <= 3) return s;
  let out: string;
  if (len <= 6) {
    out = `${digits.slice(0, len - 3)},${digits.slice(len - 3)}`;
  } else {
    const head = len % 3 || 3;
    out = digits.slice(0, head);
    for (let i = head; i < len; i += 3) out += `,${digits.slice(i, i + 3)}`;
  }
  return neg ? `-${out}` : out;
}

/** The numbers 0–999 written plainly (`'7'`) and as a group after a thousands separator (`',007'`). */
interface DigitGroups {
  readonly plain: readonly string[];
  readonly separated: readonly string[];
}
let groupTexts: DigitGroups | undefined;

/**
 * The texts of the numbers 0–999, built on first use and then shared (internal): writing a number
 * costs more than looking its groups up. Derived text only: it never changes an answer.
 * @example digitGroups().separated[7] //=> ',007'
 */
export function digitGroups(): DigitGroups {
  if (groupTexts === undefined) {
    const plain: string[] = [];
    const separated: string[] = [];
    for (let i = 0; i < 1000; i++) {
      plain.push(String(i));
      separated.push(i < 10 ? `,00${i}` : i < 100 ? `,0${i}` : `,${i}`);
    }
    groupTexts = Object.freeze({ plain: Object.freeze(plain), separated: Object.freeze(separated) });
  }
  return groupTexts;
}

function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return 'an array';
  return typeof v === 'string' ? JSON.stringify(v) : typeof v;
}
