/**
 * Converting a price between tax-included (税込) and tax-excluded (税抜) at the rate in force on a date.
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
import { readInput, readKnownFields } from '../boundary/index.js';
import type { TaxBasis } from '../catalog/primitives.js';
import { InvalidInputError, type ErrorPath } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import { formatIsoDate, monthBounds, parseYearMonth } from '../time/index.js';
import { parseIsoDateFast } from '../time/fast.js';
import { quotedValueText, valueText } from './describe.js';
import { Dec, formatYenDigits, parseRoundingMode, parseYenNumber, yenToNumber, type RoundingMode } from './decimal.js';
import { compile, consumptionTaxTable, intTaxYen, intUnroundedTaxText, parseRateKind, rateFractionText, rateMath, rateOnDay, taxOfAmount, unroundedTaxText, type CompiledRate, type ConsumptionTaxTable, type RateMath } from './tax.js';
import { taxExcludedBase, type TaxIncludedPriceReading } from './rebase.js';
import type { ConsumptionTaxRateKind } from './tax-schema.js';
import type { DateInput } from '../time/index.js';

/** Input of {@link convertPrice}. Give `on` (a day) or `month` (a monthly fee), not both. */
export interface ConvertPriceInput {
  /** The price: a whole number of yen, or a string of digits. */
  readonly amountYen: number | string;
  /** Whether `amountYen` includes consumption tax. */
  readonly basis: TaxBasis;
  /** The day of the supply, `YYYY-MM-DD`: its rate applies. */
  readonly on?: DateInput;
  /** For a monthly fee, the month `YYYY-MM`: the rate in force on its last day applies. */
  readonly month?: string;
  /** How the tax is rounded to whole yen. Default `floor` (切り捨て). */
  readonly rounding?: RoundingMode;
  /** Default `'standard'`. */
  readonly rateKind?: ConsumptionTaxRateKind;
  /** Default: the bundled table. */
  readonly taxTable?: ConsumptionTaxTable;
  /** Build the `trace` strings. Default `true`; `false` returns `trace: []` (reasons are kept). */
  readonly explain?: boolean;
  /**
   * For a tax-included amount: the rate (percent) at which it was stated — 10 for 001's tables
   * (`getDocument('it-support-security').billing.taxIncludedPrices`). On a day with another rate the
   * amount stands for its tax-excluded base, taxed at the day's rate. Absent: the amount is taken as
   * charged on that day.
   */
  readonly statedRatePercent?: number;
  /** With `statedRatePercent`: `'rebase'` (default) or `'hold-displayed'` (the amount as charged). Interpretation billing-tax-included-rebase. */
  readonly taxIncludedPrices?: TaxIncludedPriceReading;
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
  if (stryMutAct_9fa48("0")) {
    {}
  } else {
    stryCov_9fa48("0");
    input = stryMutAct_9fa48("1") ? readKnownFields(input, CONVERT_KEYS) && readInput(input) : (stryCov_9fa48("1"), readKnownFields(input, CONVERT_KEYS) ?? readInput(input));
    if (stryMutAct_9fa48("4") ? input === null && typeof input !== 'object' : stryMutAct_9fa48("3") ? false : stryMutAct_9fa48("2") ? true : (stryCov_9fa48("2", "3", "4"), (stryMutAct_9fa48("6") ? input !== null : stryMutAct_9fa48("5") ? false : (stryCov_9fa48("5", "6"), input === null)) || (stryMutAct_9fa48("8") ? typeof input === 'object' : stryMutAct_9fa48("7") ? false : (stryCov_9fa48("7", "8"), typeof input !== (stryMutAct_9fa48("9") ? "" : (stryCov_9fa48("9"), 'object')))))) throw new InvalidInputError(stryMutAct_9fa48("10") ? ["Stryker was here"] : (stryCov_9fa48("10"), []), stryMutAct_9fa48("11") ? "" : (stryCov_9fa48("11"), 'Expected { amountYen, basis, on }'), stryMutAct_9fa48("12") ? {} : (stryCov_9fa48("12"), {
      value: valueText(input)
    }));
    const amountYen = parseYenNumber(input.amountYen, stryMutAct_9fa48("13") ? [] : (stryCov_9fa48("13"), [stryMutAct_9fa48("14") ? "" : (stryCov_9fa48("14"), 'amountYen')]));
    const basis = parseTaxBasis(input.basis, stryMutAct_9fa48("15") ? [] : (stryCov_9fa48("15"), [stryMutAct_9fa48("16") ? "" : (stryCov_9fa48("16"), 'basis')]));
    const rounding = parseRoundingMode(input.rounding, stryMutAct_9fa48("17") ? [] : (stryCov_9fa48("17"), [stryMutAct_9fa48("18") ? "" : (stryCov_9fa48("18"), 'rounding')]));
    const kind = parseRateKind(input.rateKind, stryMutAct_9fa48("19") ? [] : (stryCov_9fa48("19"), [stryMutAct_9fa48("20") ? "" : (stryCov_9fa48("20"), 'rateKind')]));
    const {
      day,
      viaMonth,
      text
    } = parseTaxDay(input);
    const explain = parseExplain(input.explain);
    const table = stryMutAct_9fa48("21") ? input.taxTable && consumptionTaxTable : (stryCov_9fa48("21"), input.taxTable ?? consumptionTaxTable);
    const rate = rateOnDay(compile(table), kind, day, viaMonth ? stryMutAct_9fa48("22") ? [] : (stryCov_9fa48("22"), [stryMutAct_9fa48("23") ? "" : (stryCov_9fa48("23"), 'month')]) : stryMutAct_9fa48("24") ? [] : (stryCov_9fa48("24"), [stryMutAct_9fa48("25") ? "" : (stryCov_9fa48("25"), 'on')]));
    const stated = parseStatedRate(input.statedRatePercent, basis);
    const reading = (stryMutAct_9fa48("28") ? input.taxIncludedPrices !== undefined : stryMutAct_9fa48("27") ? false : stryMutAct_9fa48("26") ? true : (stryCov_9fa48("26", "27", "28"), input.taxIncludedPrices === undefined)) ? stryMutAct_9fa48("29") ? "" : (stryCov_9fa48("29"), 'rebase') : parseReading(input.taxIncludedPrices);
    const otherRate = stryMutAct_9fa48("32") ? stated !== undefined || stated.key !== rate.key : stryMutAct_9fa48("31") ? false : stryMutAct_9fa48("30") ? true : (stryCov_9fa48("30", "31", "32"), (stryMutAct_9fa48("34") ? stated === undefined : stryMutAct_9fa48("33") ? true : (stryCov_9fa48("33", "34"), stated !== undefined)) && (stryMutAct_9fa48("36") ? stated.key === rate.key : stryMutAct_9fa48("35") ? true : (stryCov_9fa48("35", "36"), stated.key !== rate.key)));
    if (stryMutAct_9fa48("39") ? otherRate || reading === 'rebase' : stryMutAct_9fa48("38") ? false : stryMutAct_9fa48("37") ? true : (stryCov_9fa48("37", "38", "39"), otherRate && (stryMutAct_9fa48("41") ? reading !== 'rebase' : stryMutAct_9fa48("40") ? true : (stryCov_9fa48("40", "41"), reading === (stryMutAct_9fa48("42") ? "" : (stryCov_9fa48("42"), 'rebase')))))) {
      if (stryMutAct_9fa48("43")) {
        {}
      } else {
        stryCov_9fa48("43");
        const memo = conversionMemo(table, rate, kind, stryMutAct_9fa48("44") ? "" : (stryCov_9fa48("44"), 'tax-excluded'), day, text, viaMonth);
        return rebasedPrice(amountYen, stated, rate, kind, rounding, stryMutAct_9fa48("45") ? text && memo.taxDate : (stryCov_9fa48("45"), text ?? memo.taxDate), explain, stryMutAct_9fa48("46") ? [] : (stryCov_9fa48("46"), [...memo.reasons]));
      }
    }
    // Integer arithmetic where it is exact (always at a whole-percent rate for amounts below 9 × 10^14), decimal.js otherwise.
    let taxYen = intTaxYen(amountYen, basis, rate, rounding);
    if (stryMutAct_9fa48("50") ? taxYen >= 0 : stryMutAct_9fa48("49") ? taxYen <= 0 : stryMutAct_9fa48("48") ? false : stryMutAct_9fa48("47") ? true : (stryCov_9fa48("47", "48", "49", "50"), taxYen < 0)) taxYen = yenToNumber(taxOfAmount(new Dec(amountYen), basis, rate, rounding));
    const excluded = (stryMutAct_9fa48("53") ? basis !== 'tax-excluded' : stryMutAct_9fa48("52") ? false : stryMutAct_9fa48("51") ? true : (stryCov_9fa48("51", "52", "53"), basis === (stryMutAct_9fa48("54") ? "" : (stryCov_9fa48("54"), 'tax-excluded')))) ? amountYen : stryMutAct_9fa48("55") ? amountYen + taxYen : (stryCov_9fa48("55"), amountYen - taxYen);
    let included = (stryMutAct_9fa48("58") ? basis !== 'tax-excluded' : stryMutAct_9fa48("57") ? false : stryMutAct_9fa48("56") ? true : (stryCov_9fa48("56", "57", "58"), basis === (stryMutAct_9fa48("59") ? "" : (stryCov_9fa48("59"), 'tax-excluded')))) ? stryMutAct_9fa48("60") ? amountYen - taxYen : (stryCov_9fa48("60"), amountYen + taxYen) : amountYen;
    if (stryMutAct_9fa48("63") ? false : stryMutAct_9fa48("62") ? true : stryMutAct_9fa48("61") ? Number.isSafeInteger(included) : (stryCov_9fa48("61", "62", "63"), !Number.isSafeInteger(included))) included = yenToNumber(new Dec(amountYen).plus(taxYen)); // throws OutOfRangeError
    const memo = conversionMemo(table, rate, kind, basis, day, text, viaMonth);
    const taxDate = stryMutAct_9fa48("64") ? text && memo.taxDate : (stryCov_9fa48("64"), text ?? memo.taxDate);
    const reasons = stryMutAct_9fa48("65") ? [] : (stryCov_9fa48("65"), [...memo.reasons]);
    if (stryMutAct_9fa48("67") ? false : stryMutAct_9fa48("66") ? true : (stryCov_9fa48("66", "67"), otherRate)) {
      if (stryMutAct_9fa48("68")) {
        {}
      } else {
        stryCov_9fa48("68");
        reasons.push(reason(stryMutAct_9fa48("69") ? "" : (stryCov_9fa48("69"), 'price.tax-included-held'), stryMutAct_9fa48("70") ? `` : (stryCov_9fa48("70"), `${formatYenDigits(amountYen)} yen was stated at ${stated.key}%; held as displayed (taxIncludedPrices: 'hold-displayed')`), stryMutAct_9fa48("71") ? {} : (stryCov_9fa48("71"), {
          interpretation: stryMutAct_9fa48("72") ? "" : (stryCov_9fa48("72"), 'billing-tax-included-rebase')
        })));
      }
    }
    let trace: string[] = stryMutAct_9fa48("73") ? ["Stryker was here"] : (stryCov_9fa48("73"), []);
    if (stryMutAct_9fa48("75") ? false : stryMutAct_9fa48("74") ? true : (stryCov_9fa48("74", "75"), explain)) {
      if (stryMutAct_9fa48("76")) {
        {}
      } else {
        stryCov_9fa48("76");
        const unrounded = stryMutAct_9fa48("77") ? intUnroundedTaxText(amountYen, basis, rate) && unroundedTaxText(new Dec(amountYen), basis, rate) : (stryCov_9fa48("77"), intUnroundedTaxText(amountYen, basis, rate) ?? unroundedTaxText(new Dec(amountYen), basis, rate));
        const amountText = formatYenDigits(amountYen);
        const taxText = formatYenDigits(taxYen);
        trace = stryMutAct_9fa48("78") ? [] : (stryCov_9fa48("78"), [(stryMutAct_9fa48("81") ? taxDate !== memo.taxDate : stryMutAct_9fa48("80") ? false : stryMutAct_9fa48("79") ? true : (stryCov_9fa48("79", "80", "81"), taxDate === memo.taxDate)) ? memo.rateLine : stryMutAct_9fa48("82") ? `` : (stryCov_9fa48("82"), `rate ${rate.key}% on ${taxDate}`), stryMutAct_9fa48("83") ? `` : (stryCov_9fa48("83"), `tax = ${amountText} × ${rateFractionText(basis, rate)} = ${unrounded} → ${taxText} (${rounding})`), (stryMutAct_9fa48("86") ? basis !== 'tax-excluded' : stryMutAct_9fa48("85") ? false : stryMutAct_9fa48("84") ? true : (stryCov_9fa48("84", "85", "86"), basis === (stryMutAct_9fa48("87") ? "" : (stryCov_9fa48("87"), 'tax-excluded')))) ? stryMutAct_9fa48("88") ? `` : (stryCov_9fa48("88"), `tax-included = ${amountText} + ${taxText} = ${formatYenDigits(included)}`) : stryMutAct_9fa48("89") ? `` : (stryCov_9fa48("89"), `tax-excluded = ${amountText} − ${taxText} = ${formatYenDigits(excluded)}`)]);
      }
    }
    return stryMutAct_9fa48("90") ? {} : (stryCov_9fa48("90"), {
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
      reasons
    });
  }
}

/** The keys of a {@link ConvertPriceInput}: an input with these only is read field by field (the boundary's fast path). */
const CONVERT_KEYS: ReadonlySet<string> = new Set(stryMutAct_9fa48("91") ? [] : (stryCov_9fa48("91"), [stryMutAct_9fa48("92") ? "" : (stryCov_9fa48("92"), 'amountYen'), stryMutAct_9fa48("93") ? "" : (stryCov_9fa48("93"), 'basis'), stryMutAct_9fa48("94") ? "" : (stryCov_9fa48("94"), 'on'), stryMutAct_9fa48("95") ? "" : (stryCov_9fa48("95"), 'month'), stryMutAct_9fa48("96") ? "" : (stryCov_9fa48("96"), 'rounding'), stryMutAct_9fa48("97") ? "" : (stryCov_9fa48("97"), 'rateKind'), stryMutAct_9fa48("98") ? "" : (stryCov_9fa48("98"), 'taxTable'), stryMutAct_9fa48("99") ? "" : (stryCov_9fa48("99"), 'explain'), stryMutAct_9fa48("100") ? "" : (stryCov_9fa48("100"), 'statedRatePercent'), stryMutAct_9fa48("101") ? "" : (stryCov_9fa48("101"), 'taxIncludedPrices')]));

/** A tax-included amount stated at `stated`, on a day whose rate is `rate`: its tax-excluded base taxed at `rate`. */
function rebasedPrice(amountYen: number, stated: RateMath, rate: CompiledRate, kind: ConsumptionTaxRateKind, rounding: RoundingMode, taxDate: string, explain: boolean, reasons: Reason[]): ConvertPriceResult {
  if (stryMutAct_9fa48("102")) {
    {}
  } else {
    stryCov_9fa48("102");
    const amount = new Dec(amountYen);
    const base = taxExcludedBase(amount, stated, rounding);
    const tax = taxOfAmount(base, stryMutAct_9fa48("103") ? "" : (stryCov_9fa48("103"), 'tax-excluded'), rate, rounding);
    const included = base.plus(tax);
    reasons.push(reason(stryMutAct_9fa48("104") ? "" : (stryCov_9fa48("104"), 'price.tax-included-rebased'), stryMutAct_9fa48("105") ? `` : (stryCov_9fa48("105"), `${formatYenDigits(amountYen)} yen was stated at ${stated.key}%: its tax-excluded base ${formatYenDigits(base)} is taxed at ${rate.key}%`), stryMutAct_9fa48("106") ? {} : (stryCov_9fa48("106"), {
      interpretation: stryMutAct_9fa48("107") ? "" : (stryCov_9fa48("107"), 'billing-tax-included-rebase')
    })));
    const trace = explain ? stryMutAct_9fa48("108") ? [] : (stryCov_9fa48("108"), [stryMutAct_9fa48("109") ? `` : (stryCov_9fa48("109"), `rate ${rate.key}% on ${taxDate}; ${formatYenDigits(amountYen)} stated at ${stated.key}%`), stryMutAct_9fa48("110") ? `` : (stryCov_9fa48("110"), `base = ${formatYenDigits(amountYen)} − ${formatYenDigits(amount.minus(base))} (${formatYenDigits(amountYen)} × ${stated.incFraction}, ${rounding}) = ${formatYenDigits(base)}`), stryMutAct_9fa48("111") ? `` : (stryCov_9fa48("111"), `tax = ${formatYenDigits(base)} × ${rate.exFraction} = ${unroundedTaxText(base, stryMutAct_9fa48("112") ? "" : (stryCov_9fa48("112"), 'tax-excluded'), rate)} → ${formatYenDigits(tax)} (${rounding})`), stryMutAct_9fa48("113") ? `` : (stryCov_9fa48("113"), `tax-included = ${formatYenDigits(base)} + ${formatYenDigits(tax)} = ${formatYenDigits(included)}`)]) : stryMutAct_9fa48("114") ? ["Stryker was here"] : (stryCov_9fa48("114"), []);
    return stryMutAct_9fa48("115") ? {} : (stryCov_9fa48("115"), {
      basis: stryMutAct_9fa48("116") ? "" : (stryCov_9fa48("116"), 'tax-included'),
      amountYen,
      taxDate,
      ratePercent: rate.ratePercent,
      rateKind: kind,
      rounding,
      taxExcludedYen: yenToNumber(base),
      taxYen: yenToNumber(tax),
      taxIncludedYen: yenToNumber(included),
      trace,
      reasons
    });
  }
}
function parseStatedRate(value: unknown, basis: TaxBasis): RateMath | undefined {
  if (stryMutAct_9fa48("117")) {
    {}
  } else {
    stryCov_9fa48("117");
    if (stryMutAct_9fa48("120") ? value !== undefined : stryMutAct_9fa48("119") ? false : stryMutAct_9fa48("118") ? true : (stryCov_9fa48("118", "119", "120"), value === undefined)) return undefined;
    if (stryMutAct_9fa48("123") ? (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) && value > 100 : stryMutAct_9fa48("122") ? false : stryMutAct_9fa48("121") ? true : (stryCov_9fa48("121", "122", "123"), (stryMutAct_9fa48("125") ? (typeof value !== 'number' || !Number.isFinite(value)) && value <= 0 : stryMutAct_9fa48("124") ? false : (stryCov_9fa48("124", "125"), (stryMutAct_9fa48("127") ? typeof value !== 'number' && !Number.isFinite(value) : stryMutAct_9fa48("126") ? false : (stryCov_9fa48("126", "127"), (stryMutAct_9fa48("129") ? typeof value === 'number' : stryMutAct_9fa48("128") ? false : (stryCov_9fa48("128", "129"), typeof value !== (stryMutAct_9fa48("130") ? "" : (stryCov_9fa48("130"), 'number')))) || (stryMutAct_9fa48("131") ? Number.isFinite(value) : (stryCov_9fa48("131"), !Number.isFinite(value))))) || (stryMutAct_9fa48("134") ? value > 0 : stryMutAct_9fa48("133") ? value < 0 : stryMutAct_9fa48("132") ? false : (stryCov_9fa48("132", "133", "134"), value <= 0)))) || (stryMutAct_9fa48("137") ? value <= 100 : stryMutAct_9fa48("136") ? value >= 100 : stryMutAct_9fa48("135") ? false : (stryCov_9fa48("135", "136", "137"), value > 100)))) {
      if (stryMutAct_9fa48("138")) {
        {}
      } else {
        stryCov_9fa48("138");
        throw new InvalidInputError(stryMutAct_9fa48("139") ? [] : (stryCov_9fa48("139"), [stryMutAct_9fa48("140") ? "" : (stryCov_9fa48("140"), 'statedRatePercent')]), stryMutAct_9fa48("141") ? `` : (stryCov_9fa48("141"), `statedRatePercent must be a rate in percent (0 < rate ≤ 100), received ${quotedValueText(value)}`), stryMutAct_9fa48("142") ? {} : (stryCov_9fa48("142"), {
          value: valueText(value)
        }));
      }
    }
    if (stryMutAct_9fa48("145") ? basis === 'tax-included' : stryMutAct_9fa48("144") ? false : stryMutAct_9fa48("143") ? true : (stryCov_9fa48("143", "144", "145"), basis !== (stryMutAct_9fa48("146") ? "" : (stryCov_9fa48("146"), 'tax-included')))) throw new InvalidInputError(stryMutAct_9fa48("147") ? [] : (stryCov_9fa48("147"), [stryMutAct_9fa48("148") ? "" : (stryCov_9fa48("148"), 'statedRatePercent')]), stryMutAct_9fa48("149") ? "" : (stryCov_9fa48("149"), 'statedRatePercent applies to a tax-included amount only'));
    return rateMath(value);
  }
}
function parseReading(value: unknown): TaxIncludedPriceReading {
  if (stryMutAct_9fa48("150")) {
    {}
  } else {
    stryCov_9fa48("150");
    if (stryMutAct_9fa48("153") ? value === 'rebase' && value === 'hold-displayed' : stryMutAct_9fa48("152") ? false : stryMutAct_9fa48("151") ? true : (stryCov_9fa48("151", "152", "153"), (stryMutAct_9fa48("155") ? value !== 'rebase' : stryMutAct_9fa48("154") ? false : (stryCov_9fa48("154", "155"), value === (stryMutAct_9fa48("156") ? "" : (stryCov_9fa48("156"), 'rebase')))) || (stryMutAct_9fa48("158") ? value !== 'hold-displayed' : stryMutAct_9fa48("157") ? false : (stryCov_9fa48("157", "158"), value === (stryMutAct_9fa48("159") ? "" : (stryCov_9fa48("159"), 'hold-displayed')))))) return value;
    throw new InvalidInputError(stryMutAct_9fa48("160") ? [] : (stryCov_9fa48("160"), [stryMutAct_9fa48("161") ? "" : (stryCov_9fa48("161"), 'taxIncludedPrices')]), stryMutAct_9fa48("162") ? `` : (stryCov_9fa48("162"), `taxIncludedPrices must be 'rebase' or 'hold-displayed', received ${quotedValueText(value)}`), stryMutAct_9fa48("163") ? {} : (stryCov_9fa48("163"), {
      value: valueText(value)
    }));
  }
}

/**
 * Reads the `explain` option shared by the entry points: whether to build the `trace` text (default
 * true; false gives `trace: []`, reasons are kept).
 * @throws {InvalidInputError} not a boolean (path `['explain']`)
 * @example parseExplain(undefined) //=> true
 */
export function parseExplain(value: unknown, path: ErrorPath = stryMutAct_9fa48("164") ? [] : (stryCov_9fa48("164"), [stryMutAct_9fa48("165") ? "" : (stryCov_9fa48("165"), 'explain')])): boolean {
  if (stryMutAct_9fa48("166")) {
    {}
  } else {
    stryCov_9fa48("166");
    if (stryMutAct_9fa48("169") ? value !== undefined : stryMutAct_9fa48("168") ? false : stryMutAct_9fa48("167") ? true : (stryCov_9fa48("167", "168", "169"), value === undefined)) return stryMutAct_9fa48("170") ? false : (stryCov_9fa48("170"), true);
    if (stryMutAct_9fa48("173") ? typeof value === 'boolean' : stryMutAct_9fa48("172") ? false : stryMutAct_9fa48("171") ? true : (stryCov_9fa48("171", "172", "173"), typeof value !== (stryMutAct_9fa48("174") ? "" : (stryCov_9fa48("174"), 'boolean')))) throw new InvalidInputError(path, stryMutAct_9fa48("175") ? "" : (stryCov_9fa48("175"), 'explain must be a boolean'), stryMutAct_9fa48("176") ? {} : (stryCov_9fa48("176"), {
      value: valueText(value)
    }));
    return value;
  }
}

/** Most conversions kept per tax table (a memo of frozen, derived text: it never changes an answer). */
const REASON_MEMO_LIMIT = 4096;

/** What a conversion's day, rate, kind and basis decide, built once: the tax day's text, the reasons (frozen) and the trace's rate line. */
interface ConversionMemo {
  readonly taxDate: string;
  readonly reasons: readonly Reason[];
  readonly rateLine: string;
}
const reasonMemo = new WeakMap<ConsumptionTaxTable, Map<number, ConversionMemo>>();
const bundledReasonMemo = new Map<number, ConversionMemo>();

/**
 * The reasons of a conversion, the tax day's text and the trace's first line: built once per table,
 * rate, kind, basis and tax day, as frozen objects (the caller copies the list). `text` is the day as the
 * caller wrote it (a valid `YYYY-MM-DD` is its own text), or undefined.
 */
function conversionMemo(table: ConsumptionTaxTable, rate: CompiledRate, kind: ConsumptionTaxRateKind, basis: TaxBasis, day: number, text: string | undefined, viaMonth: boolean): ConversionMemo {
  if (stryMutAct_9fa48("177")) {
    {}
  } else {
    stryCov_9fa48("177");
    // The bundled table's memo is held directly (a WeakMap look-up costs as much as the rest).
    let memo = (stryMutAct_9fa48("180") ? table !== consumptionTaxTable : stryMutAct_9fa48("179") ? false : stryMutAct_9fa48("178") ? true : (stryCov_9fa48("178", "179", "180"), table === consumptionTaxTable)) ? bundledReasonMemo : reasonMemo.get(table);
    if (stryMutAct_9fa48("183") ? memo !== undefined : stryMutAct_9fa48("182") ? false : stryMutAct_9fa48("181") ? true : (stryCov_9fa48("181", "182", "183"), memo === undefined)) {
      if (stryMutAct_9fa48("184")) {
        {}
      } else {
        stryCov_9fa48("184");
        memo = new Map();
        reasonMemo.set(table, memo);
      }
    }
    // Days are whole numbers: the flags go in the fraction-free low digits.
    const key = stryMutAct_9fa48("185") ? day * 8 + (viaMonth ? 4 : 0) + (basis === 'tax-included' ? 2 : 0) - (kind === 'reduced' ? 1 : 0) : (stryCov_9fa48("185"), (stryMutAct_9fa48("186") ? day * 8 + (viaMonth ? 4 : 0) - (basis === 'tax-included' ? 2 : 0) : (stryCov_9fa48("186"), (stryMutAct_9fa48("187") ? day * 8 - (viaMonth ? 4 : 0) : (stryCov_9fa48("187"), (stryMutAct_9fa48("188") ? day / 8 : (stryCov_9fa48("188"), day * 8)) + (viaMonth ? 4 : 0))) + ((stryMutAct_9fa48("191") ? basis !== 'tax-included' : stryMutAct_9fa48("190") ? false : stryMutAct_9fa48("189") ? true : (stryCov_9fa48("189", "190", "191"), basis === (stryMutAct_9fa48("192") ? "" : (stryCov_9fa48("192"), 'tax-included')))) ? 2 : 0))) + ((stryMutAct_9fa48("195") ? kind !== 'reduced' : stryMutAct_9fa48("194") ? false : stryMutAct_9fa48("193") ? true : (stryCov_9fa48("193", "194", "195"), kind === (stryMutAct_9fa48("196") ? "" : (stryCov_9fa48("196"), 'reduced')))) ? 1 : 0));
    let entry = memo.get(key);
    if (stryMutAct_9fa48("199") ? entry !== undefined : stryMutAct_9fa48("198") ? false : stryMutAct_9fa48("197") ? true : (stryCov_9fa48("197", "198", "199"), entry === undefined)) {
      if (stryMutAct_9fa48("200")) {
        {}
      } else {
        stryCov_9fa48("200");
        const taxDate = stryMutAct_9fa48("201") ? text && formatIsoDate(day) : (stryCov_9fa48("201"), text ?? formatIsoDate(day));
        const out: Reason[] = stryMutAct_9fa48("202") ? [] : (stryCov_9fa48("202"), [reason(stryMutAct_9fa48("203") ? "" : (stryCov_9fa48("203"), 'tax.rate-in-force'), stryMutAct_9fa48("204") ? `` : (stryCov_9fa48("204"), `${rate.key}% ${kind} rate in force on ${taxDate} (from ${rate.rate.effectiveFrom})`), stryMutAct_9fa48("205") ? {} : (stryCov_9fa48("205"), {
          source: rate.rate.source,
          factId: rate.rate.id
        }))]);
        if (stryMutAct_9fa48("207") ? false : stryMutAct_9fa48("206") ? true : (stryCov_9fa48("206", "207"), viaMonth)) {
          if (stryMutAct_9fa48("208")) {
            {}
          } else {
            stryCov_9fa48("208");
            out.unshift(reason(stryMutAct_9fa48("209") ? "" : (stryCov_9fa48("209"), 'tax.monthly-fee-tax-date'), stryMutAct_9fa48("210") ? `` : (stryCov_9fa48("210"), `A monthly fee is taxed at the rate in force on the last day of its month, ${taxDate}`), stryMutAct_9fa48("211") ? {} : (stryCov_9fa48("211"), {
              source: table.rules.taxPoint.source,
              factId: table.rules.taxPoint.id
            })));
          }
        }
        if (stryMutAct_9fa48("214") ? basis !== 'tax-included' : stryMutAct_9fa48("213") ? false : stryMutAct_9fa48("212") ? true : (stryCov_9fa48("212", "213", "214"), basis === (stryMutAct_9fa48("215") ? "" : (stryCov_9fa48("215"), 'tax-included')))) {
          if (stryMutAct_9fa48("216")) {
            {}
          } else {
            stryCov_9fa48("216");
            out.push(reason(stryMutAct_9fa48("217") ? "" : (stryCov_9fa48("217"), 'tax.from-tax-included'), stryMutAct_9fa48("218") ? `` : (stryCov_9fa48("218"), `Tax contained in a tax-included amount is amount × ${rateFractionText(basis, rate)}`), stryMutAct_9fa48("219") ? {} : (stryCov_9fa48("219"), {
              source: table.rules.taxFromTaxIncluded.source,
              factId: table.rules.taxFromTaxIncluded.id
            })));
          }
        }
        // (Each call copies the frozen list by spreading it: `slice()` of a frozen array is V8's slow path.)
        entry = Object.freeze(stryMutAct_9fa48("220") ? {} : (stryCov_9fa48("220"), {
          taxDate,
          reasons: Object.freeze(out.map(stryMutAct_9fa48("221") ? () => undefined : (stryCov_9fa48("221"), r => Object.freeze(r)))),
          rateLine: stryMutAct_9fa48("222") ? `` : (stryCov_9fa48("222"), `rate ${rate.key}% on ${taxDate}`)
        }));
        if (stryMutAct_9fa48("226") ? memo.size >= REASON_MEMO_LIMIT : stryMutAct_9fa48("225") ? memo.size <= REASON_MEMO_LIMIT : stryMutAct_9fa48("224") ? false : stryMutAct_9fa48("223") ? true : (stryCov_9fa48("223", "224", "225", "226"), memo.size < REASON_MEMO_LIMIT)) memo.set(key, entry);
      }
    }
    return entry;
  }
}

/**
 * Reads a tax basis.
 * @throws {InvalidInputError} anything but `'tax-included' | 'tax-excluded'`
 * @example parseTaxBasis('tax-included', ['basis']) //=> 'tax-included'
 */
export function parseTaxBasis(value: unknown, path: ErrorPath): TaxBasis {
  if (stryMutAct_9fa48("227")) {
    {}
  } else {
    stryCov_9fa48("227");
    if (stryMutAct_9fa48("230") ? value === 'tax-included' && value === 'tax-excluded' : stryMutAct_9fa48("229") ? false : stryMutAct_9fa48("228") ? true : (stryCov_9fa48("228", "229", "230"), (stryMutAct_9fa48("232") ? value !== 'tax-included' : stryMutAct_9fa48("231") ? false : (stryCov_9fa48("231", "232"), value === (stryMutAct_9fa48("233") ? "" : (stryCov_9fa48("233"), 'tax-included')))) || (stryMutAct_9fa48("235") ? value !== 'tax-excluded' : stryMutAct_9fa48("234") ? false : (stryCov_9fa48("234", "235"), value === (stryMutAct_9fa48("236") ? "" : (stryCov_9fa48("236"), 'tax-excluded')))))) return value;
    throw new InvalidInputError(path, stryMutAct_9fa48("237") ? `` : (stryCov_9fa48("237"), `Tax basis must be 'tax-included' or 'tax-excluded', received ${quotedValueText(value)}`), stryMutAct_9fa48("238") ? {} : (stryCov_9fa48("238"), {
      value: valueText(value)
    }));
  }
}
function parseTaxDay(input: ConvertPriceInput): {
  day: number;
  viaMonth: boolean;
  text: string | undefined;
} {
  if (stryMutAct_9fa48("239")) {
    {}
  } else {
    stryCov_9fa48("239");
    const on = input.on;
    const month = input.month;
    if (stryMutAct_9fa48("242") ? on !== undefined || month !== undefined : stryMutAct_9fa48("241") ? false : stryMutAct_9fa48("240") ? true : (stryCov_9fa48("240", "241", "242"), (stryMutAct_9fa48("244") ? on === undefined : stryMutAct_9fa48("243") ? true : (stryCov_9fa48("243", "244"), on !== undefined)) && (stryMutAct_9fa48("246") ? month === undefined : stryMutAct_9fa48("245") ? true : (stryCov_9fa48("245", "246"), month !== undefined)))) {
      if (stryMutAct_9fa48("247")) {
        {}
      } else {
        stryCov_9fa48("247");
        throw new InvalidInputError(stryMutAct_9fa48("248") ? [] : (stryCov_9fa48("248"), [stryMutAct_9fa48("249") ? "" : (stryCov_9fa48("249"), 'month')]), stryMutAct_9fa48("250") ? "" : (stryCov_9fa48("250"), 'Give either on (a day) or month (a monthly fee), not both'), stryMutAct_9fa48("251") ? {} : (stryCov_9fa48("251"), {
          on,
          month
        }));
      }
    }
    if (stryMutAct_9fa48("254") ? month === undefined : stryMutAct_9fa48("253") ? false : stryMutAct_9fa48("252") ? true : (stryCov_9fa48("252", "253", "254"), month !== undefined)) return stryMutAct_9fa48("255") ? {} : (stryCov_9fa48("255"), {
      day: monthBounds(parseYearMonth(month, stryMutAct_9fa48("256") ? [] : (stryCov_9fa48("256"), [stryMutAct_9fa48("257") ? "" : (stryCov_9fa48("257"), 'month')]))).lastDay,
      viaMonth: stryMutAct_9fa48("258") ? false : (stryCov_9fa48("258"), true),
      text: undefined
    });
    if (stryMutAct_9fa48("261") ? on !== undefined : stryMutAct_9fa48("260") ? false : stryMutAct_9fa48("259") ? true : (stryCov_9fa48("259", "260", "261"), on === undefined)) throw new InvalidInputError(stryMutAct_9fa48("262") ? [] : (stryCov_9fa48("262"), [stryMutAct_9fa48("263") ? "" : (stryCov_9fa48("263"), 'on')]), stryMutAct_9fa48("264") ? "" : (stryCov_9fa48("264"), 'A date is needed to know the rate: give on (YYYY-MM-DD) or month (YYYY-MM)'));
    // A day that parses is written YYYY-MM-DD with a four-digit year: it is its own text.
    // (A js-joda LocalDate or Temporal PlainDate has no such text: it is written from its day.)
    const day = parseIsoDateFast(on, stryMutAct_9fa48("265") ? [] : (stryCov_9fa48("265"), [stryMutAct_9fa48("266") ? "" : (stryCov_9fa48("266"), 'on')]));
    return stryMutAct_9fa48("267") ? {} : (stryCov_9fa48("267"), {
      day,
      viaMonth: stryMutAct_9fa48("268") ? true : (stryCov_9fa48("268"), false),
      text: (stryMutAct_9fa48("271") ? typeof on !== 'string' : stryMutAct_9fa48("270") ? false : stryMutAct_9fa48("269") ? true : (stryCov_9fa48("269", "270", "271"), typeof on === (stryMutAct_9fa48("272") ? "" : (stryCov_9fa48("272"), 'string')))) ? on : undefined
    });
  }
}