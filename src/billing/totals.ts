/**
 * Qualified-invoice totals (適格請求書): tax computed once per rate per invoice from the unrounded sum,
 * and a per-line allocation of each rate's tax that adds up exactly.
 *
 * State: none. The totals core takes an optional caller-owned {@link BillingMemo} (an invoicer's) to
 * reuse the tax, shares and trace texts of a rate's sum across invoices; values are stored frozen,
 * under keys naming every input they depend on, and never written into after.
 */
import { MAX_DISTINCT_RATES, readInput, readKnownFields, rejectMisspeltKeys, withPath, type InputShape, type StrictShape, strictList } from '../boundary/index.js';
import type { TaxBasis } from '../catalog/primitives.js';
import { InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { Dec, formatYenDigits, parseRoundingMode, parseYenAmount, parseYenNumber, yenToNumber, type RoundingMode } from '../money/decimal.js';
import { parseExplain, parseTaxBasis } from '../money/convert.js';
import { valueText } from '../money/describe.js';
import {
  compile,
  consumptionTaxTable,
  intTaxYen,
  intUnroundedTaxText,
  parseRateKind,
  rateFractionText,
  rateMath,
  rateOnDay,
  remember,
  taxParts,
  taxPartsKey,
  type ConsumptionTaxTable,
  type TaxParts,
  type RateMath,
} from '../money/tax.js';
import type { ConsumptionTaxRateKind } from '../money/tax-schema.js';
import { reason, type Reason } from '../reasons.js';
import { parseIsoDateFast } from '../time/fast.js';
import type { BillingMemo, RateTraceTexts, TaxShares } from './memo.js';
import type { InvoiceRateTotal } from './types.js';

/** A line given to {@link invoiceTotals}: an amount in the invoice's basis and its rate (or its date). */
export interface InvoiceTotalsLine {
  /** Optional label, returned with the line. */
  readonly id?: string;
  /** Whole yen, in the invoice's basis. */
  readonly amountYen: number | string;
  /** The rate in percent (0–100); or give `on` to use the rate in force that day. */
  readonly ratePercent?: number;
  /** The day of the supply, `YYYY-MM-DD`, when `ratePercent` is not given. */
  readonly on?: string;
  /** With `on`: `'standard'` (default) or `'reduced'`. */
  readonly rateKind?: ConsumptionTaxRateKind;
}

/** Input of {@link invoiceTotals}. */
export interface InvoiceTotalsInput {
  /** Whether the invoice states its lines including (`tax-included`) or excluding tax. */
  readonly basis: TaxBasis;
  /** The lines: at most 100,000, no holes (README, "Input limits"). */
  readonly lines: readonly InvoiceTotalsLine[];
  /** How each rate's tax is rounded, once. Default `floor` (切り捨て); the issuer may choose. */
  readonly rounding?: RoundingMode;
  readonly taxTable?: ConsumptionTaxTable;
  /** Build the `trace` strings. Default `true`; `false` returns `trace: []` (reasons are kept). */
  readonly explain?: boolean;
}

/** A line of {@link InvoiceTotals}: its amount and its share of its rate's tax. */
export interface InvoiceTotalsLineResult {
  /** Position of the line in the input. */
  readonly index: number;
  readonly id?: string;
  readonly ratePercent: number;
  readonly amountYen: number;
  /** Share of the rate's tax (largest remainder); the shares of a rate add up to its tax. */
  readonly taxYen: number;
  readonly taxExcludedYen: number;
  readonly taxIncludedYen: number;
}

/** Result of {@link invoiceTotals}. */
export interface InvoiceTotals {
  readonly basis: TaxBasis;
  readonly rounding: RoundingMode;
  /** One entry per rate, highest rate first. */
  readonly byRate: readonly InvoiceRateTotal[];
  readonly taxExcludedYen: number;
  readonly taxYen: number;
  readonly taxIncludedYen: number;
  readonly lines: readonly InvoiceTotalsLineResult[];
  readonly trace: readonly string[];
  /** Frozen (the same list for every invoice of a table, basis and rounding). */
  readonly reasons: readonly Reason[];
}

/** The keys of an {@link InvoiceTotalsInput}: an input with these only is read field by field (the boundary's fast path). */
const TOTALS_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(['basis', 'lines', 'rounding', 'taxTable', 'explain']);
/** The keys invoiceTotals takes, and those of each line: any other is refused. */
const TOTALS_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: Object.freeze([...TOTALS_KEYS]),
  fields: new Map([['lines', strictList(['id', 'amountYen', 'ratePercent', 'on', 'rateKind'])]]),
});
/** The lines, flat records of these keys, are read field by field too. */
const LINES: ReadonlyMap<string, InputShape> = /* @__PURE__ */ new Map([
  // Stryker disable next-line all: the known keys only choose the boundary's fast path (readKnownFields) or readInput, which give the same values and errors
  [
    'lines',
    {
      kind: 'list',
      isKnown: (k: string) => k === 'id' || k === 'amountYen' || k === 'ratePercent' || k === 'on' || k === 'rateKind',
      blank: () => ({ id: undefined, amountYen: undefined, ratePercent: undefined, on: undefined, rateKind: undefined }),
    },
  ],
]);

/**
 * Totals of a qualified invoice: lines grouped by tax rate, each rate's tax computed once from the
 * unrounded sum of its lines and rounded once (never per line), for invoices stated in tax-excluded
 * or tax-included amounts; plus each line's share of its rate's tax.
 *
 * Rules: tax-excluded invoice: tax = round(Σ amounts × rate/100), tax-included = Σ + tax.
 * Tax-included invoice: tax = round(Σ amounts × rate/(100 + rate)), tax-excluded = Σ − tax (消費税法施行令 第70条の10, ref:shohizei-rei-70-10).
 * The per-line shares split each rate's tax in proportion to the line amounts by largest remainder
 * (like dinero's `allocate`): floors first, then one yen each to the largest remainders; ties go to the
 * larger amount, then to the id, then to the earlier line, so the result does not depend on line order.
 * @throws {InvalidInputError} a line amount that is not a whole non-negative number (path
 *   `['lines', i, 'amountYen']`), a line with neither or both of `ratePercent` and `on`, a rate outside
 *   0–100, an unknown basis or rounding
 * @throws {OutOfRangeError} a line's `on` before the first rate (1989-04-01); more than 100,000 lines; more than 1,000
 *   distinct rates in one invoice (path `['lines', i, 'ratePercent']` of the first line beyond the limit)
 * @example
 * invoiceTotals({ basis: 'tax-excluded', lines: [105, 105, 105].map((a) => ({ amountYen: a, ratePercent: 10 })) }).taxYen
 * //=> 31 (315 × 10% = 31.5 → 31; per-line rounding would give 30)
 * @example
 * invoiceTotals({ basis: 'tax-included', lines: [1000, 1000, 1000].map((a) => ({ amountYen: a, ratePercent: 10 })) }).taxYen
 * //=> 272 (3,000 × 10/110 = 272.72…)
 */
export function invoiceTotals(input: InvoiceTotalsInput): InvoiceTotals {
  input = readKnownFields(input, TOTALS_KEYS, LINES) ?? readInput(input);
  if (input === null || typeof input !== 'object') throw new InvalidInputError([], 'Expected { basis, lines }', { value: valueText(input) });
  rejectMisspeltKeys(input, TOTALS_STRICT);
  const basis = parseTaxBasis(input.basis, ['basis']);
  const rounding = parseRoundingMode(input.rounding, ['rounding']);
  const inputLines = input.lines;
  if (!Array.isArray(inputLines)) throw new InvalidInputError(['lines'], 'lines must be an array');
  const explain = parseExplain(input.explain);
  const table = input.taxTable ?? consumptionTaxTable;
  const ct = compile(table);
  const n = inputLines.length;
  const amounts: number[] = new Array<number>(n);
  const rates: RateMath[] = new Array<RateMath>(n);
  const tieKeys: string[] = new Array<string>(n);
  const ids: (string | undefined)[] = new Array<string | undefined>(n);
  let lastRate: RateMath | undefined;
  // The distinct rates seen so far: an invoice with more than MAX_DISTINCT_RATES is refused (README, "Input limits").
  const distinctRates = new Set<string>();
  // Rate math of each rate of this call (at most MAX_DISTINCT_RATES entries, dropped with the call).
  const callRates = new Map<number, RateMath>();
  for (let i = 0; i < n; i++) {
    const raw: unknown = inputLines[i];
    if (raw === null || typeof raw !== 'object') throw new InvalidInputError(['lines', i], 'Expected a line { amountYen, ratePercent }');
    const line = raw as InvoiceTotalsLine;
    amounts[i] = parseYenNumber(line.amountYen, ['lines', i, 'amountYen']);
    const id = line.id;
    if (id !== undefined && typeof id !== 'string') throw new InvalidInputError(['lines', i, 'id'], 'id must be a string');
    const r = line.ratePercent;
    const on = line.on;
    let rate: RateMath;
    if (r !== undefined && on !== undefined) {
      throw new InvalidInputError(['lines', i, 'on'], 'Give either ratePercent or on, not both');
    } else if (r !== undefined) {
      if (typeof r !== 'number' || !Number.isFinite(r) || r < 0 || r > 100 || (!Number.isInteger(r) && !RATE_TEXT.test(String(r)))) {
        throw new InvalidInputError(['lines', i, 'ratePercent'], `ratePercent must be a number from 0 to 100 with at most 4 decimals, received ${valueText(r)}`, {
          value: valueText(r),
        });
      }
      // Lines mostly share a rate: the previous line's math, else the rate's (frozen, built once per rate).
      if (lastRate !== undefined && Object.is(lastRate.ratePercent, r)) rate = lastRate;
      else {
        const known = callRates.get(r);
        if (known !== undefined) rate = known;
        else {
          rate = r > 0 ? rateMathOf(r) : rateMath(r);
          if (callRates.size < MAX_DISTINCT_RATES) callRates.set(r, rate);
        }
      }
    } else if (on !== undefined) {
      const day = parseIsoDateFast(on, ['lines', i, 'on']);
      rate = rateOnDay(ct, parseRateKind(line.rateKind, ['lines', i, 'rateKind']), day, ['lines', i, 'on']);
    } else {
      throw new InvalidInputError(['lines', i, 'ratePercent'], 'A line needs its ratePercent (or on, a date whose rate applies)');
    }
    if (rate !== lastRate && !distinctRates.has(rate.key)) {
      if (distinctRates.size >= MAX_DISTINCT_RATES) {
        throw new OutOfRangeError(['lines', i, r !== undefined ? 'ratePercent' : 'on'], `More than ${MAX_DISTINCT_RATES} distinct rates in one invoice`, {
          max: MAX_DISTINCT_RATES,
        });
      }
      distinctRates.add(rate.key);
    }
    lastRate = rate;
    rates[i] = rate;
    ids[i] = id;
    tieKeys[i] = id ?? '';
  }
  // Integer arithmetic where every value stays a safe integer; decimal.js otherwise (the same yen).
  let t = withPath(['lines'], () => totalsInt(basis, n, amounts, rates, tieKeys, rounding));
  if (t === undefined) {
    const lines: TaxLine[] = new Array<TaxLine>(n);
    for (let i = 0; i < n; i++) lines[i] = { amount: new Dec(amounts[i]!), amountYen: amounts[i]!, rate: rates[i]!, tieKey: tieKeys[i]! };
    t = withPath(['lines'], () => computeTotals(basis, lines, rounding));
  }
  const outLines: InvoiceTotalsLineResult[] = new Array<InvoiceTotalsLineResult>(n);
  for (let i = 0; i < n; i++) {
    const id = ids[i];
    // Written key by key, in the documented order (no spread: a slow path on Node 20).
    outLines[i] =
      id !== undefined
        ? { index: i, id, ratePercent: rates[i]!.ratePercent, amountYen: t.lineAmountYen[i]!, taxYen: t.lineTaxYen[i]!, taxExcludedYen: t.lineTaxExcludedYen[i]!, taxIncludedYen: t.lineTaxIncludedYen[i]! }
        : { index: i, ratePercent: rates[i]!.ratePercent, amountYen: t.lineAmountYen[i]!, taxYen: t.lineTaxYen[i]!, taxExcludedYen: t.lineTaxExcludedYen[i]!, taxIncludedYen: t.lineTaxIncludedYen[i]! };
  }
  return {
    basis,
    rounding,
    byRate: rateTotalsOf(t),
    taxExcludedYen: t.taxExcludedYen,
    taxYen: t.taxYen,
    taxIncludedYen: t.taxIncludedYen,
    lines: outLines,
    trace: explain ? traceOfTotals(t, basis, rounding) : [],
    reasons: totalsReasons(table, basis, rounding),
  };
}

const RATE_TEXT = /^\d+(\.\d{1,4})?$/;

/** Rate math by rate percent, built once per rate (frozen, derived data; at most a few hundred entries are kept). */
const rateMaths = new Map<number, RateMath>();
function rateMathOf(ratePercent: number): RateMath {
  let m = rateMaths.get(ratePercent);
  if (m === undefined) {
    m = rateMath(ratePercent);
    if (rateMaths.size < 256) rateMaths.set(ratePercent, m);
  }
  return m;
}

/** The reasons of an invoice's totals, built once per table, basis and rounding: a frozen list of frozen reasons, shared by every result. */
const totalsReasonMemo = new WeakMap<ConsumptionTaxTable, Map<number, readonly Reason[]>>();
const bundledTotalsReasons = new Map<number, readonly Reason[]>();
function totalsReasons(table: ConsumptionTaxTable, basis: TaxBasis, rounding: RoundingMode): readonly Reason[] {
  // The bundled table's memo is held directly (a WeakMap look-up costs as much as the rest).
  let memo = table === consumptionTaxTable ? bundledTotalsReasons : totalsReasonMemo.get(table);
  if (memo === undefined) {
    memo = new Map();
    totalsReasonMemo.set(table, memo);
  }
  // One small number per basis and rounding (no text built per call).
  const key = (basis === 'tax-included' ? 3 : 0) + (rounding === 'floor' ? 0 : rounding === 'ceil' ? 1 : 2);
  let list = memo.get(key);
  if (list === undefined) {
    const reasons: Reason[] = [
      reason('invoice.tax-once-per-rate', `Tax is computed once per rate from the unrounded sum of the lines and rounded once (${rounding})`, {
        source: table.rules.invoiceRounding.source,
        factId: table.rules.invoiceRounding.id,
      }),
      reason('invoice.line-allocation', "Each rate's tax is shared among its lines by largest remainder; the shares add up to the rate's tax"),
    ];
    if (basis === 'tax-included') {
      reasons.push(reason('tax.from-tax-included', 'The tax contained in a tax-included total is total × rate/(100 + rate)', {
        source: table.rules.taxFromTaxIncluded.source,
        factId: table.rules.taxFromTaxIncluded.id,
      }));
    }
    list = Object.freeze(reasons.map((r) => Object.freeze(r)));
    memo.set(key, list);
  }
  return list;
}

/** Options of {@link allocateYen}. */
export interface AllocateYenInput {
  /** The whole-yen amount to share. */
  readonly totalYen: number | string;
  /** Non-negative whole-number weights (e.g. line amounts); at least one. */
  readonly weights: readonly (number | string)[];
}

/**
 * Splits a whole-yen amount in proportion to weights so that the parts add up exactly
 * (largest remainder, like dinero's `allocate`).
 *
 * Rules: each part is first floor(total × weight / Σ weights); the yen left over go one each to the
 * largest remainders, ties to the larger weight, then to the earlier position. All weights zero:
 * the total goes to the parts equally by the same rule.
 * @throws {InvalidInputError} a total or weight that is not a whole non-negative number, no weights
 * @example allocateYen({ totalYen: 100, weights: [1, 1, 1] }) //=> [34, 33, 33]
 * @example allocateYen({ totalYen: 272, weights: [1000, 1000, 1000] }) //=> [91, 91, 90]
 */
export function allocateYen(input: AllocateYenInput): number[] {
  input = readInput(input);
  rejectMisspeltKeys(input, ALLOCATE_STRICT);
  if (input === null || typeof input !== 'object') throw new InvalidInputError([], 'Expected { totalYen, weights }');
  const total = parseYenAmount(input.totalYen, ['totalYen']);
  if (!Array.isArray(input.weights) || input.weights.length === 0) throw new InvalidInputError(['weights'], 'weights must be a non-empty array');
  let weights = input.weights.map((w, i) => parseYenAmount(w, ['weights', i]));
  if (weights.every((w) => w.isZero())) weights = weights.map(() => new Dec(1));
  return allocate(total, weights, weights.map(() => '')).map((d) => yenToNumber(d));
}

/** A line for the totals core (internal). */
export interface TaxLine {
  readonly amount: Dec;
  /** `amount` as a number, when already known (saves a conversion). */
  readonly amountYen?: number | undefined;
  readonly rate: RateMath;
  /** Tie-breaker after the amount, before the position (a line id); '' when none. */
  readonly tieKey: string;
}

/** One rate's group (internal). */
export interface RateGroup {
  readonly rate: RateMath;
  readonly indexes: number[];
  /** The sum and tax as decimals (decimal path only; the integer path keeps the yen fields). */
  amount?: Dec;
  tax?: Dec;
  amountYen: number;
  taxYen: number;
  taxExcludedYen: number;
  taxIncludedYen: number;
  unroundedTax: string;
  /** With a memo: the key of the group's tax (`taxPartsKey`), under which its trace texts are kept too. */
  memoKey?: string;
}

/** Totals core shared by invoiceTotals and monthlyInvoice (internal). Per-line values are parallel arrays. */
export interface TotalsCore {
  readonly groups: readonly RateGroup[];
  /** Each line's share of its rate's tax. */
  readonly lineTaxYen: readonly number[];
  readonly lineAmountYen: readonly number[];
  readonly lineTaxExcludedYen: readonly number[];
  readonly lineTaxIncludedYen: readonly number[];
  readonly taxYen: number;
  readonly taxExcludedYen: number;
  readonly taxIncludedYen: number;
}

const ZERO = new Dec(0);

/**
 * Groups lines by rate, taxes each group once, allocates each group's tax to its lines (internal).
 * Every yen is computed with Dec; each value is converted to a number once, for the result. With a
 * `memo`, a group's tax and shares already computed for the same inputs are reused (same values).
 * @example computeTotals('tax-excluded', [{ amount: new Dec(3900), rate: rateMath(10), tieKey: '' }], 'floor').taxYen //=> 390
 */
export function computeTotals(basis: TaxBasis, lines: readonly TaxLine[], mode: RoundingMode, memo?: BillingMemo): TotalsCore {
  // Stryker disable next-line BlockStatement: without the integer path the decimal path below gives the same core
  if (memo === undefined) {
    // Integer arithmetic where every value stays a safe integer (the same yen as below).
    const n = lines.length;
    // Stryker disable ArrayDeclaration: pre-sized arrays whose every index is written below; an empty array ends the same
    const amounts: number[] = new Array<number>(n);
    const rates: RateMath[] = new Array<RateMath>(n);
    const tieKeys: string[] = new Array<string>(n);
    // Stryker restore ArrayDeclaration
    for (let i = 0; i < n; i++) {
      const line = lines[i]!;
      amounts[i] = line.amountYen ?? yenToNumber(line.amount);
      rates[i] = line.rate;
      tieKeys[i] = line.tieKey;
    }
    const fast = totalsInt(basis, n, amounts, rates, tieKeys, mode);
    if (fast !== undefined) return fast;
  }
  const excludedBasis = basis === 'tax-excluded';
  const n = lines.length;
  const groups: RateGroup[] = [];
  // Lines grouped by rate in a Map: linear in the number of lines, whatever the number of distinct rates.
  const groupOf = new Map<string, RateGroup>();
  for (let i = 0; i < n; i++) {
    const line = lines[i]!;
    let g = groupOf.get(line.rate.key);
    if (g === undefined) {
      // Stryker disable next-line StringLiteral: unroundedTax is written once the group's tax is known
      g = { rate: line.rate, indexes: [i], amount: line.amount, tax: ZERO, amountYen: 0, taxYen: 0, taxExcludedYen: 0, taxIncludedYen: 0, unroundedTax: '' };
      groups.push(g);
      groupOf.set(line.rate.key, g);
    } else {
      g.indexes.push(i);
      if (!line.amount.isZero()) g.amount = g.amount!.isZero() ? line.amount : g.amount!.plus(line.amount);
    }
  }
  // Highest rate first. A rate is a number with at most 4 decimals, so comparing the numbers orders the exact
  // fractions numerator/exDenominator the same way, without a decimal product per comparison.
  if (groups.length > 1) groups.sort((a, b) => b.rate.ratePercent - a.rate.ratePercent);
  const lineTaxYen: number[] = [];
  const lineAmountYen: number[] = [];
  const lineTaxExcludedYen: number[] = [];
  const lineTaxIncludedYen: number[] = [];
  // Stryker disable next-line ConditionalExpression,BlockStatement: every line belongs to a group, whose loop below writes its index in each array
  for (let i = 0; i < n; i++) {
    lineTaxYen.push(0);
    lineAmountYen.push(0);
    lineTaxExcludedYen.push(0);
    lineTaxIncludedYen.push(0);
  }
  let tax = ZERO;
  let sum = ZERO;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    const only = g.indexes.length === 1 ? lines[g.indexes[0]!]! : undefined;
    const knownYen = only?.amountYen;
    let taxed: TaxParts;
    if (memo === undefined) {
      taxed = taxParts(g.amount!, basis, g.rate, mode);
    } else {
      const key = taxPartsKey(basis, g.rate, mode, knownYen === undefined ? g.amount!.toFixed() : String(knownYen));
      taxed = taxParts(g.amount!, basis, g.rate, mode, memo, key);
      g.memoKey = key;
    }
    g.tax = taxed.tax;
    g.unroundedTax = taxed.unrounded;
    if (k === 0) {
      tax = taxed.tax;
      sum = g.amount!;
    } else {
      tax = tax.plus(taxed.tax);
      sum = sum.plus(g.amount!);
    }
    g.amountYen = taxed.amountYen;
    g.taxYen = taxed.taxYen;
    g.taxExcludedYen = excludedBasis ? taxed.amountYen : taxed.otherYen;
    g.taxIncludedYen = excludedBasis ? taxed.otherYen : taxed.amountYen;
    // Stryker disable next-line BlockStatement: a one-line group's share by largest remainder is the group's whole tax, the same values
    if (only) {
      const i = g.indexes[0]!;
      lineTaxYen[i] = g.taxYen;
      lineAmountYen[i] = g.amountYen;
      lineTaxExcludedYen[i] = g.taxExcludedYen;
      lineTaxIncludedYen[i] = g.taxIncludedYen;
      continue;
    }
    // Shares of this rate's tax: with a memo, kept by basis, tax and line amounts and ids (the same
    // plan and options give the same shares on many invoices); computed exactly otherwise.
    let shares: TaxShares | undefined;
    let key: string | undefined;
    // Stryker disable next-line BlockStatement: without the memo's shares they are computed again, the same
    if (memo !== undefined) {
      key = `${excludedBasis ? 'x' : 'i'}${g.taxYen}`;
      for (let j = 0; j < g.indexes.length; j++) {
        const line = lines[g.indexes[j]!]!;
        key += `|${line.amountYen ?? line.amount.toFixed()}:${line.tieKey.length}:${line.tieKey}`;
      }
      shares = memo.shares.get(key);
    }
    if (shares === undefined) {
      shares = shareTax(g, lines, excludedBasis);
      if (memo !== undefined) remember(memo.shares, key!, shares, memo.limit);
    }
    for (let j = 0; j < g.indexes.length; j++) {
      const i = g.indexes[j]!;
      const line = lines[i]!;
      const amountYen = line.amountYen ?? yenToNumber(line.amount);
      lineTaxYen[i] = shares.taxYen[j]!;
      lineAmountYen[i] = amountYen;
      lineTaxExcludedYen[i] = excludedBasis ? amountYen : shares.otherYen[j]!;
      lineTaxIncludedYen[i] = excludedBasis ? shares.otherYen[j]! : amountYen;
    }
  }
  let taxYen: number;
  let taxExcludedYen: number;
  let taxIncludedYen: number;
  if (groups.length === 1) {
    const g = groups[0]!;
    taxYen = g.taxYen;
    taxExcludedYen = g.taxExcludedYen;
    taxIncludedYen = g.taxIncludedYen;
  } else {
    taxYen = yenToNumber(tax);
    taxExcludedYen = yenToNumber(excludedBasis ? sum : sum.minus(tax));
    taxIncludedYen = yenToNumber(excludedBasis ? sum.plus(tax) : sum);
  }
  return { groups, lineTaxYen, lineAmountYen, lineTaxExcludedYen, lineTaxIncludedYen, taxYen, taxExcludedYen, taxIncludedYen };
}

/** How many rate groups {@link totalsInt} finds by a scan before it indexes them in a Map. */
const SCAN_GROUPS = 8;

/** The index of the group of rate `key` among `groups` (a scan), or undefined. */
function scanGroups(groups: readonly RateGroup[], key: string): number | undefined {
  for (let j = 0; j < groups.length; j++) if (groups[j]!.rate.key === key) return j;
  return undefined;
}

/** Negative when rate `a` is higher than `b` (the order of the rate groups: highest first). */
function higher(a: RateMath, b: RateMath): number {
  return b.intNumerator * a.intExDenominator - a.intNumerator * b.intExDenominator;
}

/**
 * {@link computeTotals} in plain integer arithmetic (internal): the same groups, taxes, shares and texts,
 * or undefined as soon as a sum, a product or a total would leave the safe integers (the caller then
 * takes the decimal path). Lines are given as parallel arrays of amounts, rates and tie keys.
 * @example totalsInt('tax-excluded', 1, [3900], [rateMath(10)], [''], 'floor')?.taxYen //=> 390
 */
// Stryker disable next-line BlockStatement: undefined sends every invoice to computeTotals' decimal path, which gives the same core
export function totalsInt(basis: TaxBasis, n: number, amounts: readonly number[], rates: readonly RateMath[], tieKeys: readonly string[], mode: RoundingMode): TotalsCore | undefined {
  const excludedBasis = basis === 'tax-excluded';
  const groups: RateGroup[] = [];
  const sums: number[] = [];
  // Lines grouped by rate: the previous line's group, else the group of that rate: found among the first few groups by
  // a scan, beyond them by a Map (made only then), so linear in the lines whatever the number of rates.
  let groupIndex: Map<string, number> | undefined;
  let lastKey: string | undefined;
  // Stryker disable next-line UnaryOperator: read only after the first line, which always sets it (lastKey starts undefined)
  let lastK = -1;
  for (let i = 0; i < n; i++) {
    const rate = rates[i]!;
    let k = lastK;
    if (rate.key !== lastKey) {
      const found = groupIndex === undefined ? scanGroups(groups, rate.key) : groupIndex.get(rate.key);
      lastKey = rate.key;
      if (found === undefined) {
        lastK = groups.length;
        // Stryker disable next-line ConditionalExpression,EqualityOperator,LogicalOperator: when the Map is made only changes how a group is found, not which
        if (groupIndex === undefined && lastK === SCAN_GROUPS) groupIndex = new Map(groups.map((g, j) => [g.rate.key, j]));
        groupIndex?.set(rate.key, lastK);
        // Stryker disable next-line StringLiteral: unroundedTax is written once the group's tax is known
        groups.push({ rate, indexes: [i], amountYen: 0, taxYen: 0, taxExcludedYen: 0, taxIncludedYen: 0, unroundedTax: '' });
        sums.push(amounts[i]!);
        continue;
      }
      k = lastK = found;
    }
    groups[k]!.indexes.push(i);
    sums[k]! += amounts[i]!;
  }
  // Stryker disable next-line ConditionalExpression: a sum beyond 2^53 − 1 is also caught by intTaxYen (product) or by `other` below (rate 0); undefined only takes the decimal path
  for (let k = 0; k < sums.length; k++) if (sums[k]! > Number.MAX_SAFE_INTEGER) return undefined;
  if (groups.length === 2) {
    // Highest rate first (the decimal path's order): two groups, at most one swap.
    if (higher(groups[0]!.rate, groups[1]!.rate) > 0) {
      const g = groups[0]!;
      groups[0] = groups[1]!;
      groups[1] = g;
      const t = sums[0]!;
      sums[0] = sums[1]!;
      sums[1] = t;
    }
  } else if (groups.length > 2) {
    // Highest rate first (the decimal path's order); the sums move with their groups.
    const order = groups.map((_, k) => k);
    order.sort((a, b) => higher(groups[a]!.rate, groups[b]!.rate));
    const g2 = order.map((k) => groups[k]!);
    const s2 = order.map((k) => sums[k]!);
    for (let k = 0; k < groups.length; k++) {
      groups[k] = g2[k]!;
      sums[k] = s2[k]!;
    }
  }
  // Stryker disable ArrayDeclaration: pre-sized arrays whose every index is written below; an empty array ends the same
  const lineTaxYen: number[] = new Array<number>(n).fill(0);
  const lineAmountYen: number[] = new Array<number>(n).fill(0);
  const lineTaxExcludedYen: number[] = new Array<number>(n).fill(0);
  const lineTaxIncludedYen: number[] = new Array<number>(n).fill(0);
  // Stryker restore ArrayDeclaration
  let taxAll = 0;
  let sumAll = 0;
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    const sum = sums[k]!;
    const taxYen = intTaxYen(sum, basis, g.rate, mode);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: intTaxYen is −1 exactly when intUnroundedTaxText is undefined (the same product test), refused on the next line; undefined only takes the decimal path
    if (taxYen < 0) return undefined;
    const unrounded = intUnroundedTaxText(sum, basis, g.rate);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: undefined only takes the decimal path, which gives the same core; the product is checked on the line above too
    if (unrounded === undefined) return undefined;
    const other = taxYen === 0 ? sum : excludedBasis ? sum + taxYen : sum - taxYen;
    // Stryker disable next-line EqualityOperator: at 2^53 − 1 or below it, undefined only takes the decimal path, which gives the same core
    if (other > Number.MAX_SAFE_INTEGER) return undefined;
    g.amountYen = sum;
    g.taxYen = taxYen;
    g.unroundedTax = unrounded;
    g.taxExcludedYen = excludedBasis ? sum : other;
    g.taxIncludedYen = excludedBasis ? other : sum;
    taxAll += taxYen;
    sumAll += sum;
    const idx = g.indexes;
    // Stryker disable next-line BlockStatement: a one-line group's largest-remainder share is its whole tax (or the decimal path when the product is unsafe), the same values
    if (idx.length === 1) {
      const i = idx[0]!;
      lineTaxYen[i] = taxYen;
      lineAmountYen[i] = sum;
      lineTaxExcludedYen[i] = g.taxExcludedYen;
      lineTaxIncludedYen[i] = g.taxIncludedYen;
      continue;
    }
    // Largest remainder: floors of tax × amount / sum, then a yen each to the largest remainders
    // (ties: the larger amount, then the tie key, then the earlier line).
    const m = idx.length;
    const parts: number[] = new Array<number>(m).fill(0);
    // Stryker disable next-line LogicalOperator: a zero sum has a zero tax; with a zero tax every share is 0 either way
    if (sum !== 0 && taxYen !== 0) {
      const rem: number[] = new Array<number>(m).fill(0);
      let given = 0;
      for (let j = 0; j < m; j++) {
        const w = amounts[idx[j]!]!;
        if (w === 0) continue;
        const p = taxYen * w;
        // Stryker disable next-line EqualityOperator: at 2^53 − 1 or below it, undefined only takes the decimal path, which gives the same shares
        if (p > Number.MAX_SAFE_INTEGER) return undefined;
        let q = Math.floor(p / sum);
        let r = p - q * sum;
        // Unreachable: p and sum are safe integers, so Math.floor(p / sum) is the exact floor (rounding p / sum up to the next
        // integer k + 1 needs (k + 1) × sum − p < 1, i.e. p ≥ 2^53). The corrections only guard the arithmetic.
        // Stryker disable BlockStatement,AssignmentOperator: unreachable (above)
        if (r < 0) {
          q -= 1;
          r += sum;
        } else if (r >= sum) {
          q += 1;
          r -= sum;
        }
        // Stryker restore BlockStatement,AssignmentOperator
        parts[j] = q;
        rem[j] = r;
        given += q;
      }
      let left = taxYen - given;
      // Stryker disable next-line ConditionalExpression,EqualityOperator: selection and the sort give the same lines (the order is total)
      if (left > 0 && m <= SELECT_LIMIT) {
        // Few lines: the `left` first lines in that order, picked one at a time (no sort, no closure). Fewer
        // yen are left than there are lines, so each pick is a line not yet given one.
        for (; left > 0; left--) {
          let best = -1;
          for (let j = 0; j < m; j++) if (rem[j]! >= 0 && (best < 0 || ranksBefore(j, best, rem, amounts, idx, tieKeys))) best = j;
          parts[best]! += 1;
          rem[best] = -1; // taken
        }
      } else if (left > 0) {
        const order = idx.map((_, j) => j);
        order.sort((a, b) => {
          if (rem[a] !== rem[b]) return rem[b]! - rem[a]!;
          const wa = amounts[idx[a]!]!;
          const wb = amounts[idx[b]!]!;
          if (wa !== wb) return wb - wa;
          const ka = tieKeys[idx[a]!]!;
          const kb = tieKeys[idx[b]!]!;
          if (ka !== kb) return ka < kb ? -1 : 1;
          return a - b;
        });
        for (const j of order) {
          if (left === 0) break;
          parts[j]! += 1;
          left -= 1;
        }
      }
    }
    for (let j = 0; j < m; j++) {
      const i = idx[j]!;
      const amountYen = amounts[i]!;
      const part = parts[j]!;
      const otherYen = part === 0 ? amountYen : excludedBasis ? amountYen + part : amountYen - part;
      lineTaxYen[i] = part;
      lineAmountYen[i] = amountYen;
      lineTaxExcludedYen[i] = excludedBasis ? amountYen : otherYen;
      lineTaxIncludedYen[i] = excludedBasis ? otherYen : amountYen;
    }
  }
  let taxYen: number;
  let taxExcludedYen: number;
  let taxIncludedYen: number;
  if (groups.length === 1) {
    const g = groups[0]!;
    taxYen = g.taxYen;
    taxExcludedYen = g.taxExcludedYen;
    taxIncludedYen = g.taxIncludedYen;
  } else {
    taxYen = taxAll;
    taxExcludedYen = excludedBasis ? sumAll : sumAll - taxAll;
    taxIncludedYen = excludedBasis ? sumAll + taxAll : sumAll;
    // Stryker disable next-line EqualityOperator: at 2^53 − 1 or below it, undefined only takes the decimal path, which gives the same core
    if (sumAll > Number.MAX_SAFE_INTEGER || taxIncludedYen > Number.MAX_SAFE_INTEGER) return undefined;
  }
  return { groups, lineTaxYen, lineAmountYen, lineTaxExcludedYen, lineTaxIncludedYen, taxYen, taxExcludedYen, taxIncludedYen };
}

/** A group's tax shared among its lines, with each line's other amount (frozen). */
function shareTax(g: RateGroup, lines: readonly TaxLine[], excludedBasis: boolean): TaxShares {
  const weights: Dec[] = [];
  const tieKeys: string[] = [];
  for (let j = 0; j < g.indexes.length; j++) {
    weights.push(lines[g.indexes[j]!]!.amount);
    tieKeys.push(lines[g.indexes[j]!]!.tieKey);
  }
  const parts = allocate(g.tax!, weights, tieKeys, g.amount);
  const taxYen: number[] = [];
  const otherYen: number[] = [];
  for (let j = 0; j < g.indexes.length; j++) {
    const line = lines[g.indexes[j]!]!;
    const part = parts[j]!;
    const partYen = part.isZero() ? 0 : yenToNumber(part);
    taxYen.push(partYen);
    otherYen.push(partYen === 0 ? (line.amountYen ?? yenToNumber(line.amount)) : yenToNumber(excludedBasis ? line.amount.plus(part) : line.amount.minus(part)));
  }
  return Object.freeze({ taxYen: Object.freeze(taxYen), otherYen: Object.freeze(otherYen) });
}

/** Largest-remainder split of `total` by `weights` (internal; weights non-negative integers). */
function allocate(total: Dec, weights: readonly Dec[], tieKeys: readonly string[], weightSum?: Dec): Dec[] {
  const sum = weightSum ?? weights.reduce((a, w) => a.plus(w), ZERO);
  if (sum.isZero()) return weights.map(() => ZERO);
  if (total.isZero()) return weights.map(() => ZERO);
  const parts: Dec[] = [];
  const products: Dec[] = [];
  let given = ZERO;
  for (const w of weights) {
    // Stryker disable next-line BlockStatement: a zero weight then takes the general path, 0 × total ÷ sum = 0: the same part and product
    if (w.isZero()) {
      parts.push(ZERO);
      products.push(ZERO);
      continue;
    }
    const n = total.times(w);
    const q = n.divToInt(sum);
    parts.push(q);
    products.push(n);
    given = given.plus(q);
  }
  // The yen left over: fewer than the number of weights, so a small exact number.
  let left = yenToNumber(total.minus(given));
  // Remainders are only needed when some yen are left over (often none: shares are whole).
  // Stryker disable next-line ArrayDeclaration: with no yen left over the remainders are never read
  const remainders: Dec[] = left > 0 ? products.map((n, i) => n.minus(parts[i]!.times(sum))) : [];
  if (left > 0) {
    const order = weights.map((_, i) => i);
    order.sort((a, b) => {
      const byRemainder = remainders[b]!.cmp(remainders[a]!);
      if (byRemainder !== 0) return byRemainder;
      const byWeight = weights[b]!.cmp(weights[a]!);
      if (byWeight !== 0) return byWeight;
      const ka = tieKeys[a]!;
      const kb = tieKeys[b]!;
      if (ka !== kb) return ka < kb ? -1 : 1;
      return a - b;
    });
    for (const i of order) {
      if (left === 0) break;
      parts[i] = parts[i]!.plus(1);
      left -= 1;
    }
  }
  return parts;
}

/** Public per-rate totals of a core (internal). */
export function rateTotalsOf(t: TotalsCore): InvoiceRateTotal[] {
  return t.groups.map((g) => ({
    ratePercent: g.rate.ratePercent,
    lineCount: g.indexes.length,
    amountYen: g.amountYen,
    taxExcludedYen: g.taxExcludedYen,
    taxYen: g.taxYen,
    taxIncludedYen: g.taxIncludedYen,
    unroundedTaxYen: g.unroundedTax,
  }));
}

/** Groups of at most this many lines share their leftover yen by selection rather than by a sort. */
const SELECT_LIMIT = 16;

/**
 * Whether line `a` of a group gets a leftover yen before line `b` (largest remainder; ties: the larger
 * amount, then the smaller tie key, then the earlier line): the order of the sort in {@link totalsInt}.
 */
function ranksBefore(a: number, b: number, rem: readonly number[], amounts: readonly number[], idx: readonly number[], tieKeys: readonly string[]): boolean {
  if (rem[a] !== rem[b]) return rem[a]! > rem[b]!;
  const wa = amounts[idx[a]!]!;
  const wb = amounts[idx[b]!]!;
  if (wa !== wb) return wa > wb;
  const ka = tieKeys[idx[a]!]!;
  const kb = tieKeys[idx[b]!]!;
  if (ka !== kb) return ka < kb;
  return a < b;
}

/**
 * Trace lines of a core (internal): one per rate, then the total. With a memo, the texts of a rate
 * whose tax was memoised are kept under the same key (they depend on nothing else).
 * @example traceOfTotals(computeTotals('tax-excluded', [{ amount: new Dec(3900), rate: rateMath(10), tieKey: '' }], 'floor'), 'tax-excluded', 'floor')
 * //=> ['10%: 1 line(s), 3,900 tax-excluded; tax = 3,900 × 10/100 = 390 → 390 (floor, once for the rate)', 'total: 3,900 + tax 390 = 4,290']
 */
export function traceOfTotals(t: TotalsCore, basis: TaxBasis, mode: RoundingMode, out: string[] = [], memo?: BillingMemo, keepPlain = false): string[] {
  const single = t.groups.length === 1;
  let total: string | undefined;
  for (const g of t.groups) {
    // Stryker disable next-line EqualityOperator,LogicalOperator: memoKey is set exactly when there is a memo, so each variant reads the memo as before or computes the same texts
    let texts: RateTraceTexts | undefined = memo !== undefined && g.memoKey !== undefined ? memo.traces.get(g.memoKey) : undefined;
    // Stryker disable next-line ConditionalExpression,LogicalOperator,EqualityOperator: only reads the plain calls' memo, whose texts are computed again the same
    if (texts === undefined && keepPlain && g.amount === undefined) texts = plainRateTexts(g, basis, mode);
    if (texts === undefined) {
      // Stryker disable next-line EqualityOperator,LogicalOperator: memoKey is set exactly when there is a memo, so each variant remembers as before or not at all (texts computed again the same)
      if (memo !== undefined && g.memoKey !== undefined) {
        texts = Object.freeze(rateTraceTexts(g, basis, mode));
        remember(memo.traces, g.memoKey, texts, memo.limit);
      } else texts = rateTraceTexts(g, basis, mode); // this call's own: not frozen
    }
    out.push(`${g.rate.key}%: ${g.indexes.length} line(s), ${texts.group}`);
    if (single) total = texts.total;
  }
  out.push(total ?? totalText(t.taxExcludedYen, t.taxYen, t.taxIncludedYen));
  return out;
}

/**
 * Plain `monthlyInvoice` calls' rate trace texts on the integer path (`keepPlain`), by the rate (its key fixes its
 * fraction), basis and rounding, then by the rate's sum in yen: these fix every text (the unrounded tax, the rounded
 * tax and the totals are all computed from them). Strings only, derived data; bounded (each map is cleared when full).
 * Not for `invoiceTotals`, whose sums are anyone's and seldom repeat.
 */
const plainTexts = new Map<string, Array<Map<number, RateTraceTexts> | undefined>>();
const PLAIN_TEXTS = 512;
const PLAIN_RATES = 64;
const MODE_SLOT: Readonly<Record<RoundingMode, number>> = { floor: 0, ceil: 1, 'half-up': 2 };

function plainRateTexts(g: RateGroup, basis: TaxBasis, mode: RoundingMode): RateTraceTexts {
  let slots = plainTexts.get(g.rate.key);
  if (slots === undefined) {
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound of a cache; clearing it sooner, later or never gives the same texts
    if (plainTexts.size >= PLAIN_RATES) plainTexts.clear();
    // Six own slots (2 bases × 3 modes), never holes: a hole would be read through Array.prototype.
    slots = [undefined, undefined, undefined, undefined, undefined, undefined];
    plainTexts.set(g.rate.key, slots);
  }
  const bySum = (slots[(basis === 'tax-excluded' ? 3 : 0) + MODE_SLOT[mode]] ??= new Map<number, RateTraceTexts>());
  let texts = bySum.get(g.amountYen);
  if (texts === undefined) {
    texts = rateTraceTexts(g, basis, mode);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound of a cache; clearing it sooner, later or never gives the same texts
    if (bySum.size >= PLAIN_TEXTS) bySum.clear();
    bySum.set(g.amountYen, texts);
  }
  return texts;
}

/** The texts of one rate's total; `total` is the invoice total when this is the only rate. */
function rateTraceTexts(g: RateGroup, basis: TaxBasis, mode: RoundingMode): RateTraceTexts {
  const amount = formatYenDigits(g.amountYen);
  return {
    group: `${amount} ${basis}; tax = ${amount} × ${rateFractionText(basis, g.rate)} = ${g.unroundedTax} → ${formatYenDigits(g.taxYen)} (${mode}, once for the rate)`,
    total: totalText(g.taxExcludedYen, g.taxYen, g.taxIncludedYen),
  };
}

function totalText(taxExcludedYen: number, taxYen: number, taxIncludedYen: number): string {
  return `total: ${formatYenDigits(taxExcludedYen)} + tax ${formatYenDigits(taxYen)} = ${formatYenDigits(taxIncludedYen)}`;
}

/** The keys this module's entry point takes: a key near one of them is refused as misspelt (src/boundary/strict.ts). */
const ALLOCATE_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({ keys: ['totalYen', 'weights'] });
