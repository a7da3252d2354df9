/**
 * A contract's invoice for one month: the plan's monthly fee, its options, one-off charges and the
 * fees the documents attach to a start or a re-subscription, each with its source; totals by rate
 * computed once per rate (qualified-invoice rules); and a trace that explains each yen.
 *
 * State: `monthlyInvoice` keeps nothing between calls. What it reads besides its input is derived,
 * frozen data: the compiled plans of a frozen catalog and the reasons of a loaded tax table, each
 * kept in a WeakMap keyed by that catalog or table. Batch runs that want to reuse results (the tax
 * of a rate's sum, its shares, its trace texts) use `createInvoicer` (invoicer.ts), which owns a
 * memo for its lifetime and gives the same invoices.
 */
import { EMPTY_RECORD, expectTable, own, parseEnum, recordOf, readInput, readKnownFields, rejectMisspeltKeys, type InputShape, type StrictShape, strictList, strictRecord } from '../boundary/index.js';
import { catalog as bundled } from '../catalog/bundled.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Source, TaxBasis } from '../catalog/primitives.js';
import { getDocument, type UnknownEndOfSale } from '../catalog/queries.js';
import type { DocumentFixture } from '../catalog/schema.js';
import type { TaxIncludedPriceReading } from '../money/rebase.js';
import { parseTaxIncludedPriceReading, priceAtRate } from './stated-price.js';
import { ConflictError, InvalidInputError, NotFoundError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { Dec, divideRoundYen, formatYenDigits, parseRoundingMode, yenToNumber, type RoundingMode } from '../money/decimal.js';
import { compile, consumptionTaxTable, rateOnDay, remember, type CompiledRate, type CompiledTable, type ConsumptionTaxTable } from '../money/tax.js';
import { reason, type Reason } from '../reasons.js';
import { formatIsoDate, formatYearMonth, isoDateText, monthBounds, pad2, parseIsoDate, parseYearMonth } from '../time/index.js';
import { fastEpochDay } from '../time/fast.js';
import { quotedValueText, valueText } from '../money/describe.js';
import { PriceNotStatedError } from './errors.js';
import type { FeeWaiver } from './schema.js';
import { basisLabel, compiledPlan, type CompiledFee, type CompiledOption, type CompiledPlan, type SaleDays } from './plan-rules.js';
import type { BillingMemo, MonthSpan } from './memo.js';
import { computeTotals, rateTotalsOf, traceOfTotals, type TaxLine } from './totals.js';
import type {
  BillingContract,
  ContractOption,
  EarlierContract,
  OneOffCharge,
  InvoiceLineKind,
  MonthlyInvoice,
  MonthlyInvoiceLine,
  PartialMonthCharge,
  ResubscriptionFeeMonth,
} from './types.js';

/** Options of {@link monthlyInvoice}. */
export interface MonthlyInvoiceOptions {
  /** Default: the bundled catalog. */
  readonly catalog?: Catalog;
  /** Default: the bundled consumption-tax table. */
  readonly taxTable?: ConsumptionTaxTable;
  /** How each rate's tax is rounded (once per rate per invoice). Default `floor` (切り捨て). */
  readonly rounding?: RoundingMode;
  /**
   * How a month with a mid-month start or end is charged where the document is silent (000, 001):
   * `'whole-month'` (default, interpretation billing-partial-month) or `'daily'` (days of service ÷ days
   * in the month). Ignored where the document states the rule (003: 月割).
   */
  readonly partialMonth?: PartialMonthCharge;
  /** Rounding of a prorated fee to whole yen. Default `floor`. */
  readonly prorationRounding?: RoundingMode;
  /** Which invoice carries a re-subscription fee where the document is silent (003). Default from the fixture (`start-month`). */
  readonly resubscriptionFeeMonth?: ResubscriptionFeeMonth;
  /** How to read a blank end-of-sale date when checking the start day. Default `'treat-as-ended'`, as `canSubscribe`. */
  readonly unknownEndOfSale?: UnknownEndOfSale;
  /** Build the `trace` strings. Default `true`; `false` returns `trace: []` (reasons are kept). */
  readonly explain?: boolean;
  /**
   * How a tax-included price (001) is read on a day whose rate is not the one its document states it
   * at: `'rebase'` (default: its tax-excluded base taxed at the day's rate, プラン1 ライト ¥1,760 → ¥1,728 at
   * 8%) or `'hold-displayed'` (the displayed amount, its tax recomputed). Interpretation billing-tax-included-rebase.
   */
  readonly taxIncludedPrices?: TaxIncludedPriceReading;
}

/** Input of {@link monthlyInvoice}. */
export interface MonthlyInvoiceInput extends MonthlyInvoiceOptions {
  readonly contract: BillingContract;
  /** The month to invoice, `YYYY-MM`. */
  readonly month: string;
}

interface Line extends TaxLine {
  readonly kind: InvoiceLineKind;
  readonly factId: string;
  readonly name: string;
  readonly quantity: number;
  readonly unit: Dec | null;
  readonly unitYen: number | null;
  readonly amount: Dec;
  /** `amount` as a number when it is the catalog's (saves a conversion). */
  readonly amountYen?: number | undefined;
  readonly basis: TaxBasis | null;
  readonly rate: CompiledRate;
  readonly taxDay: number;
  readonly taxDate: string;
  readonly source: Source;
  /** Where the line comes from in the input, for errors: `path`, or `[...path, pathKey]` when a key is given. */
  readonly path: ErrorPath;
  readonly pathKey: string | undefined;
  /** `name (id)` and the unit price with separators, for the trace. */
  readonly traceLabel: string;
  readonly unitText: string;
  /** The catalog's unit (1派遣, パソコン1台 …) for a fee. */
  readonly unitLabel: string | undefined;
  /** What the line is for, in the trace: 'start-month-only' for such an option. */
  readonly startMonthOnly: boolean;
  readonly proration: { activeDays: number; daysInMonth: number; rounding: RoundingMode } | undefined;
  readonly waived: { reason: string; source?: Source; ruleId?: string } | undefined;
}
// Every Line is built by one of the literals below with the same keys in the same order (one object shape on the hot path).

interface ValidOption {
  readonly co: CompiledOption;
  readonly startDay: number;
  readonly startMonth: number;
  readonly endDay: number | undefined;
  readonly end: EndMonths | undefined;
  readonly path: ErrorPath;
}

const ZERO = new Dec(0);
const CONTRACT_PATH: ErrorPath = Object.freeze(['contract']);
const PLAN_ID_PATH: ErrorPath = Object.freeze(['contract', 'planId']);
const MONTH_PATH: ErrorPath = Object.freeze(['month']);
const ALLOCATION_REASON: Reason = Object.freeze(
  reason('invoice.line-allocation', "Each line's tax is its share of its rate's tax, by largest remainder; the shares add up to the rate's tax", {
    interpretation: 'billing-line-allocation',
  }),
);

/** The reasons a tax table gives every invoice (frozen). */
interface TableReasons {
  readonly rounding: Reason;
  readonly fromIncluded: Reason;
  readonly taxPoint: Reason;
  /** The `tax.rate-in-force` reason of each compiled rate of the table. */
  readonly rateInForce: ReadonlyMap<CompiledRate, Reason>;
}

/** Reasons derived from each loaded (frozen) tax table, built once per table: a derivation, not a result cache. */
const tableReasonsByTable = new WeakMap<ConsumptionTaxTable, TableReasons>();

/** The options of {@link monthlyInvoice}, validated, with their defaults applied (internal; frozen). */
export interface ResolvedInvoiceOptions {
  readonly catalog: Catalog;
  readonly table: ConsumptionTaxTable;
  readonly ct: CompiledTable;
  readonly tableReasons: TableReasons;
  readonly rounding: RoundingMode;
  readonly prorationRounding: RoundingMode;
  /** Undefined when not given (the fixture's default applies, and the reason says so). */
  readonly partialMonth: PartialMonthCharge | undefined;
  readonly resubscriptionFeeMonth: ResubscriptionFeeMonth | undefined;
  readonly unknownEndOfSale: UnknownEndOfSale;
  readonly explain: boolean;
  readonly taxIncludedPrices: TaxIncludedPriceReading;
}

/**
 * Validates the options of {@link monthlyInvoice} (internal). An option not given takes its value from
 * `base` when there is one (an invoicer's options), else the library default.
 * @throws {InvalidInputError} a malformed option (path names it: `['rounding']`, `['catalog']` …)
 * @example resolveInvoiceOptions({ rounding: 'ceil' }).rounding //=> 'ceil'
 */
export function resolveInvoiceOptions(input: MonthlyInvoiceOptions, base?: ResolvedInvoiceOptions): ResolvedInvoiceOptions {
  if (
    base !== undefined &&
    input.catalog === undefined &&
    input.taxTable === undefined &&
    input.rounding === undefined &&
    input.prorationRounding === undefined &&
    input.partialMonth === undefined &&
    input.resubscriptionFeeMonth === undefined &&
    input.unknownEndOfSale === undefined &&
    input.taxIncludedPrices === undefined &&
    input.explain === undefined
  ) {
    return base;
  }
  const catalog = expectTable<Catalog>(input.catalog, 'catalog', ['catalog'], base?.catalog ?? bundled);
  const table = expectTable<ConsumptionTaxTable>(input.taxTable, 'consumption tax table', ['taxTable'], base?.table ?? consumptionTaxTable);
  const ct = compile(table);
  const rounding = input.rounding === undefined && base ? base.rounding : parseRoundingMode(input.rounding, ['rounding']);
  const prorationRounding =
    input.prorationRounding === undefined && base ? base.prorationRounding : parseRoundingMode(input.prorationRounding, ['prorationRounding']);
  const partialMonth = parseEnum(input.partialMonth, ['whole-month', 'daily'] as const, ['partialMonth']) ?? base?.partialMonth;
  const resubscriptionFeeMonth =
    parseEnum(input.resubscriptionFeeMonth, ['start-month', 'first-billed-month'] as const, ['resubscriptionFeeMonth']) ?? base?.resubscriptionFeeMonth;
  const unknownEndOfSale =
    parseEnum(input.unknownEndOfSale, ['treat-as-ended', 'treat-as-on-sale'] as const, ['unknownEndOfSale']) ?? base?.unknownEndOfSale ?? 'treat-as-ended';
  const explain = input.explain === undefined ? (base?.explain ?? true) : input.explain;
  if (typeof explain !== 'boolean') throw new InvalidInputError(['explain'], 'explain must be a boolean');
  const taxIncludedPrices =
    input.taxIncludedPrices === undefined && base ? base.taxIncludedPrices : parseTaxIncludedPriceReading(input.taxIncludedPrices, ['taxIncludedPrices']);
  return Object.freeze({
    catalog,
    table,
    ct,
    tableReasons: tableReasonsOf(table, ct),
    rounding,
    prorationRounding,
    partialMonth,
    resubscriptionFeeMonth,
    unknownEndOfSale,
    explain,
    taxIncludedPrices,
  });
}

/**
 * The invoice of a contract for one month.
 *
 * Rules (each line and rule cites its source):
 * - The plan's monthly fee is charged for the months its document says: 003 from the month after the
 *   start month through the cancellation month (the month of `end`, the 解約日), by whole months (月割);
 *   000 and 001 (silent) from the start month through the month of the last day of service, in full
 *   (option `partialMonth: 'daily'` prorates by days). Options follow the same rules over their own
 *   start and end; 001's 問い合わせ回数追加 is charged only in the month of its start day.
 * - A monthly fee is taxed at the rate in force on the month's last day (消費税法基本通達 9-1-5, ref:shohizei-tax-point); a one-off
 *   charge at the rate on its day.
 * - 003's 事務手数料 is charged only when the customer has an earlier, ended contract of the same
 *   service (re-subscription), never on a first contract: by default on the start month's invoice.
 * - One-off charges (001's visit menu: 基本作業費 per dispatch, 状況診断費, per PC, per printer) are
 *   charged in the month of their day; a fee with a waiver rule for the charge's `occasion` is ¥0
 *   (000: 基本作業費 waived when setup is asked for during a fault-isolation visit).
 * - Initial fees per contract (初期費用, 工事費: ¥0 where 不要) appear on the start month's invoice.
 * - Each fee keeps its document's tax basis (tax-included in 001, tax-excluded in 000 and 003); the
 *   invoice is stated in that basis and its tax is computed once per rate from the unrounded sum.
 * - A month outside the contract gives an invoice with no lines.
 *
 * Keeps nothing between calls. To invoice many contracts, `createInvoicer` gives the same invoices
 * faster, with a memo that the caller's invoicer owns.
 * @throws {InvalidInputError} malformed contract, dates, month, quantity, options (path names the field)
 * @throws {NotFoundError} unknown plan, option or fee (e.g. path `['contract', 'options', 0, 'optionId']`)
 * @throws {ConflictError} an option or fee of another plan, an end before (or on) a start, an option or
 *   charge outside the contract, overlapping options, an earlier contract that has not ended or is of
 *   another service, a start before the plan or option was on sale, lines stated in different tax bases
 * @throws {PriceNotStatedError} a price is needed but its amount, tax basis or charging rule is not stated
 * @throws {OutOfRangeError} a tax date before 1989-04-01
 * @example
 * monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' }).totalYen
 * //=> 4290 (3,900 tax-excluded + 10% tax 390)
 * @example
 * monthlyInvoice({ contract: { planId: 'ucom-remote-support', start: '2025-04-10' }, month: '2025-04' }).lines
 * //=> [] (003 is billed from the month after the start month)
 */
export function monthlyInvoice(input: MonthlyInvoiceInput): MonthlyInvoice {
  return invoiceMonth(input, undefined, undefined);
}

/** The library defaults (bundled catalog and tax table), resolved once: frozen, derived data. */
/** The keys of a {@link MonthlyInvoiceInput}: an input with these only is read field by field (the boundary's fast path). */
const MONTHLY_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set([
  'contract',
  'month',
  'catalog',
  'taxTable',
  'rounding',
  'partialMonth',
  'prorationRounding',
  'resubscriptionFeeMonth',
  'unknownEndOfSale',
  'explain',
  'taxIncludedPrices',
]);

/** The contract, its options, one-off charges and earlier contracts are read field by field too (each key test a chain of comparisons). */
const CONTRACT_SHAPE: ReadonlyMap<string, InputShape> = /* @__PURE__ */ new Map([
  [
    'contract',
    {
      kind: 'record',
      isKnown: (k: string) => k === 'planId' || k === 'start' || k === 'end' || k === 'options' || k === 'oneOffCharges' || k === 'earlierContracts',
      fields: new Map<string, InputShape>([
        ['options', { kind: 'list', isKnown: (k: string) => k === 'optionId' || k === 'start' || k === 'end' }],
        ['oneOffCharges', { kind: 'list', isKnown: (k: string) => k === 'feeId' || k === 'quantity' || k === 'on' || k === 'waived' || k === 'occasion' }],
        ['earlierContracts', { kind: 'list', isKnown: (k: string) => k === 'planId' || k === 'start' || k === 'end' }],
      ]),
    },
  ],
]);

/** The keys monthlyInvoice takes, at every level it reads: any other is refused (a misspelt `end` was ignored). */
export const MONTHLY_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: Object.freeze([...MONTHLY_KEYS]),
  fields: new Map([
    [
      'contract',
      strictRecord(
        ['planId', 'start', 'end', 'options', 'oneOffCharges', 'earlierContracts'],
        [
          ['options', strictList(['optionId', 'start', 'end'])],
          ['oneOffCharges', strictList(['feeId', 'quantity', 'on', 'waived', 'occasion'])],
          ['earlierContracts', strictList(['planId', 'start', 'end'])],
        ],
      ),
    ],
  ]),
});

// Resolved on the first invoice, not on import (resolving reads the bundled catalog).
let defaultOptions: ResolvedInvoiceOptions | undefined;

/**
 * {@link monthlyInvoice} with options defaulting to `base` (else the library defaults) and an
 * optional caller-owned memo (internal: the engine of `monthlyInvoice` and of an invoicer). The
 * invoice is the same with or without the memo.
 * @throws the errors of {@link monthlyInvoice}
 * @example invoiceMonth({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' }, undefined, createBillingMemo()).totalYen //=> 4290
 */
export function invoiceMonth(input: MonthlyInvoiceInput, base: ResolvedInvoiceOptions | undefined, memo: BillingMemo | undefined): MonthlyInvoice {
  input = readKnownFields(input, MONTHLY_KEYS, CONTRACT_SHAPE) ?? readInput(input);
  if (input === null || typeof input !== 'object') throw new InvalidInputError([], 'Expected { contract, month }', { value: valueText(input) });
  rejectMisspeltKeys(input, MONTHLY_STRICT);
  const span = monthSpanOf(input.month, memo);
  const monthIdx = span.index;
  const opts = resolveInvoiceOptions(input, base ?? (defaultOptions ??= resolveInvoiceOptions(EMPTY_RECORD as unknown as MonthlyInvoiceInput)));
  const { catalog, ct, rounding, prorationRounding, explain } = opts;
  const partialOption = opts.partialMonth;
  const resubOption = opts.resubscriptionFeeMonth;
  const unknownEnd = opts.unknownEndOfSale;

  const contract = input.contract as unknown;
  if (contract === null || typeof contract !== 'object' || Array.isArray(contract)) {
    throw new InvalidInputError(['contract'], 'Expected a contract { planId, start, end?, options?, oneOffCharges?, earlierContracts? }');
  }
  const c = withDateTexts(contract as BillingContract);
  if (typeof c.planId !== 'string') throw new InvalidInputError(['contract', 'planId'], 'planId must be a string', { value: valueText(c.planId) });
  const cp = compiledPlan(catalog, c.planId, ['contract', 'planId']);
  const startDay = dayOf(c.start, CONTRACT_PATH, 'start', memo);
  const endDay = c.end === undefined || c.end === null ? undefined : dayOf(c.end, CONTRACT_PATH, 'end', memo);
  if (endDay !== undefined && endDay <= startDay) {
    throw new ConflictError(['contract', 'end'], `The contract ends on ${c.end}, ${endDay === startDay ? 'the day it starts' : 'before it starts'} (${c.start})`, {
      start: c.start,
      end: c.end,
    });
  }
  checkSale(cp.sale, startDay, unknownEnd, ['contract', 'start'], cp.plan.id);
  const options = validateOptions(c, cp, startDay, endDay, unknownEnd, catalog, memo);
  const charges = validateCharges(c, cp, startDay, endDay, catalog, memo);
  const resubscribed = validateEarlier(c, cp, startDay, catalog, memo);

  const { firstDay, lastDay } = span;
  const monthText = span.text;
  const monthEndDate = span.lastDate;
  const startMonth = monthOfIso(c.start);
  const contractEnd = endDay === undefined ? undefined : endMonthsOf(c.end!);
  const reasons: Reason[] = [];
  const lines: Line[] = [];
  const tableReasons = opts.tableReasons;
  let monthRate: CompiledRate | undefined;

  // Partial-month rule: stated by the document, or the option, or the fixture's default.
  const partial: PartialMonthCharge = cp.partialMonth.stated ? cp.partialMonth.value : (partialOption ?? cp.partialMonth.value);

  // The plan's monthly fee.
  const planFirst = startMonth + (cp.firstMonth.value === 'month-after-start' ? 1 : 0);
  const planLast = lastBilledMonth(cp, contractEnd);
  if (monthIdx >= planFirst && monthIdx <= planLast) {
    if (cp.amount === null) {
      throw new PriceNotStatedError(['contract', 'planId'], cp.plan.id, 'monthlyFeeYen', `The monthly fee of ${cp.plan.id} is not stated in its document`);
    }
    monthRate = rateOnDay(ct, 'standard', lastDay, MONTH_PATH);
    const pr = partial === 'daily' ? prorate(cp.amount, startDay, endDay, firstDay, lastDay, prorationRounding) : undefined;
    lines.push({
      kind: 'monthly-fee',
      traceLabel: cp.traceLabel,
      unitText: cp.amountText,
      factId: cp.plan.id,
      tieKey: cp.plan.id,
      unitLabel: undefined,
      name: cp.plan.name,
      quantity: 1,
      unit: cp.amount,
      unitYen: cp.amountYen,
      amount: pr ? pr.amount : cp.amount,
      amountYen: pr ? undefined : cp.amountYen!,
      basis: cp.basis,
      rate: monthRate,
      taxDay: lastDay,
      taxDate: monthEndDate,
      source: cp.plan.source,
      path: PLAN_ID_PATH,
      pathKey: undefined,
      startMonthOnly: false,
      proration: pr?.proration,
      waived: undefined,
    });
    reasons.push(cp.planReason, cp.firstMonth.reason, cp.lastMonth.reason);
    if (pr || !cp.partialMonth.stated || partialOption !== undefined) reasons.push(cp.partialMonth.reason);
  } else {
    reasons.push(
      reason(
        'billing.month-not-billed',
        `${cp.plan.id} is not billed for ${monthText} (billed from ${formatYearMonth(planFirst)}${Number.isFinite(planLast) ? ` to ${formatYearMonth(planLast)}` : ''})`,
        { source: cp.firstMonth.source, factId: cp.plan.id, interpretation: cp.firstMonth.interpretation },
      ),
    );
  }

  // Options.
  for (let i = 0; i < options.length; i++) {
    const o = options[i]!;
    const opt = o.co.option;
    const kind = opt.charge.kind;
    let billed: boolean;
    if (kind === 'start-month-only') {
      billed = o.startMonth === monthIdx;
    } else if (kind === 'monthly-while-active') {
      billed = monthIdx >= o.startMonth + (cp.firstMonth.value === 'month-after-start' ? 1 : 0) && monthIdx <= lastBilledMonth(cp, o.end);
    } else {
      throw new PriceNotStatedError([...o.path, 'optionId'], opt.id, 'charge', `The document does not state how ${opt.id} is charged`);
    }
    if (!billed) continue;
    if (o.co.amount === null) throw new PriceNotStatedError([...o.path, 'optionId'], opt.id, 'monthlyFeeYen', `The fee of ${opt.id} is not stated in its document`);
    monthRate ??= rateOnDay(ct, 'standard', lastDay, MONTH_PATH);
    const pr = kind === 'monthly-while-active' && partial === 'daily' ? prorate(o.co.amount, o.startDay, o.endDay, firstDay, lastDay, prorationRounding) : undefined;
    lines.push({
      kind: 'option',
      traceLabel: o.co.traceLabel,
      unitText: o.co.amountText,
      factId: opt.id,
      tieKey: opt.id,
      unitLabel: undefined,
      name: opt.name,
      quantity: 1,
      unit: o.co.amount,
      unitYen: o.co.amountYen,
      amount: pr ? pr.amount : o.co.amount,
      amountYen: pr ? undefined : o.co.amountYen!,
      basis: opt.taxBasis,
      rate: monthRate,
      taxDay: lastDay,
      taxDate: monthEndDate,
      source: opt.source,
      path: o.path,
      pathKey: 'optionId',
      startMonthOnly: kind === 'start-month-only',
      proration: pr?.proration,
      waived: undefined,
    });
    reasons.push(o.co.reason, o.co.chargeReason);
  }

  // Initial fees on the start month's invoice.
  if (startMonth === monthIdx) {
    for (const f of cp.initialFees) {
      if (f.amount === null) throw new PriceNotStatedError(['contract', 'planId'], f.fee.id, 'amountYen', `The amount of ${f.fee.id} is not stated`);
      const rate = rateOnDay(ct, 'standard', startDay, CONTRACT_PATH, 'start');
      lines.push(feeLine('initial-fee', f, 1, f.amount, f.amountYen!, rate, startDay, c.start, CONTRACT_PATH, 'start', undefined));
      reasons.push(f.initialReason ?? f.reason);
    }
  }

  // Re-subscription fee (003).
  const resub = cp.resubscription;
  if (resub) {
    if (resubscribed) {
      const which = resub.month.stated ? resub.month.value : (resubOption ?? resub.month.value);
      if ((which === 'start-month' ? startMonth : planFirst) === monthIdx) {
        if (resub.fee.amount === null) {
          throw new PriceNotStatedError(['contract', 'earlierContracts'], resub.fee.fee.id, 'amountYen', `The amount of ${resub.fee.fee.id} is not stated`);
        }
        const rate = rateOnDay(ct, 'standard', startDay, CONTRACT_PATH, 'start');
        lines.push(
          feeLine('resubscription-fee', resub.fee, 1, resub.fee.amount, resub.fee.amountYen!, rate, startDay, c.start, CONTRACT_PATH, 'earlierContracts', undefined),
        );
        reasons.push(resub.reason, resub.month.reason, resub.fee.reason);
      }
    } else if (startMonth === monthIdx) {
      reasons.push(resub.firstContractReason);
    }
  }

  // One-off charges of the month.
  for (let i = 0; i < charges.length; i++) {
    const ch = charges[i]!;
    if (ch.month !== monthIdx) continue;
    const rate = rateOnDay(ct, 'standard', ch.day, ch.path, 'on');
    if (ch.waived) {
      const ruleId = own(ch.waived, 'ruleId');
      lines.push(feeLine('one-off', ch.fee, ch.quantity, ZERO, 0, rate, ch.day, ch.on, ch.path, 'feeId', ch.waived));
      reasons.push(
        reason('billing.fee-waived', `${ch.fee.fee.name} waived: ${ch.waived.reason}`, {
          source: own(ch.waived, 'source'),
          factId: ruleId ?? ch.fee.fee.id,
          interpretation: ruleId ? 'billing-waiver-occasion' : undefined,
        }),
      );
      continue;
    }
    if (ch.fee.amount === null) {
      throw new PriceNotStatedError([...ch.path, 'feeId'], ch.fee.fee.id, 'amountYen', `The amount of ${ch.fee.fee.id} (${ch.fee.fee.name}) is not stated in its document`);
    }
    const single = ch.quantity === 1;
    lines.push(
      feeLine('one-off', ch.fee, ch.quantity, single ? ch.fee.amount : ch.fee.amount.times(ch.quantity), single ? ch.fee.amountYen! : undefined, rate, ch.day, ch.on, ch.path, 'feeId', undefined),
    );
    reasons.push(ch.fee.reason);
  }

  // Tax-included prices stated at another rate than the line's (interpretation billing-tax-included-rebase).
  rebaseLines(lines, reasons, cp, catalog, opts.taxIncludedPrices, rounding);

  // Basis of the invoice: the plan's, else the first stated basis among the non-zero lines.
  let basis: TaxBasis | null = cp.basis;
  for (let i = 0; basis === null && i < lines.length; i++) if (lines[i]!.basis !== null && !lines[i]!.amount.isZero()) basis = lines[i]!.basis;
  const invoiceBasis: TaxBasis = basis ?? 'tax-included';
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.basis === invoiceBasis || l.amount.isZero()) continue;
    const path = l.pathKey === undefined ? l.path : [...l.path, l.pathKey];
    if (l.basis === null) throw new PriceNotStatedError(path, l.factId, 'taxBasis', `The tax basis of ${l.factId} is not stated in its document`);
    throw new ConflictError(path, `${l.factId} is stated ${l.basis} but the invoice is ${invoiceBasis}: one invoice, one basis`, {
      lineBasis: l.basis,
      invoiceBasis,
    });
  }

  const totals = computeTotals(invoiceBasis, lines, rounding, memo);
  let lastRate: CompiledRate | undefined;
  for (let i = 0; i < lines.length; i++) {
    const r = lines[i]!.rate;
    if (r === lastRate) continue;
    lastRate = r;
    const tr = tableReasons.rateInForce.get(r)!;
    if (!reasons.includes(tr)) reasons.push(tr);
  }
  if (monthRate) reasons.push(tableReasons.taxPoint);
  if (lines.length > 0) {
    reasons.push(tableReasons.rounding);
    if (lines.length > 1) reasons.push(ALLOCATION_REASON);
    if (invoiceBasis === 'tax-included') reasons.push(tableReasons.fromIncluded);
  } else {
    reasons.push(reason('billing.nothing-to-bill', `Nothing is billed for ${monthText}`, { interpretation: 'billing-month-outside-contract' }));
  }

  const outLines: MonthlyInvoiceLine[] = new Array<MonthlyInvoiceLine>(lines.length);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    const out: { -readonly [K in keyof MonthlyInvoiceLine]: MonthlyInvoiceLine[K] } = {
      kind: l.kind,
      factId: l.factId,
      name: l.name,
      quantity: l.quantity,
      unitPriceYen: l.unitYen,
      amountYen: totals.lineAmountYen[i]!,
      ratePercent: l.rate.ratePercent,
      taxDate: l.taxDate,
      taxYen: totals.lineTaxYen[i]!,
      taxExcludedYen: totals.lineTaxExcludedYen[i]!,
      taxIncludedYen: totals.lineTaxIncludedYen[i]!,
      source: l.source,
    };
    if (l.proration) out.proration = l.proration;
    if (l.waived) out.waived = l.waived;
    outLines[i] = out;
  }

  const trace: string[] = [];
  if (explain) {
    for (let i = 0; i < lines.length; i++) {
      const l = lines[i]!;
      // amountYen is set when the line's amount is its catalog unit price (no quantity, proration or waiver).
      const qty = l.quantity !== 1 ? ` × ${l.quantity}` : '';
      const priced = l.waived
        ? `${l.unitText}${qty} → 0`
        : l.quantity === 1 && l.amountYen !== undefined
          ? l.unitText
          : `${l.unitText}${qty} ${l.proration ? '→' : '='} ${formatYenDigits(totals.lineAmountYen[i]!)}`;
      trace.push(
        `${l.traceLabel}: ${lineNote(l, monthText)}: ${priced}${basisAt(l.basis ?? invoiceBasis)}${l.rate.key}% (${l.taxDate}); tax share ${formatYenDigits(totals.lineTaxYen[i]!)}`,
      );
    }
    traceOfTotals(totals, invoiceBasis, rounding, trace, memo, memo === undefined);
  }
  // Every yen that leaves is a safe integer: the totals are computed in integers where the catalog's amounts are
  // integers, which loadCatalog checks; this holds it should anything else reach them.
  checkYenOut(totals.taxExcludedYen, 'taxExcludedYen');
  checkYenOut(totals.taxYen, 'taxYen');
  checkYenOut(totals.taxIncludedYen, 'taxIncludedYen');
  for (let i = 0; i < totals.lineAmountYen.length; i++) checkYenOut(totals.lineAmountYen[i]!, 'lines');
  return {
    planId: cp.plan.id,
    month: monthText,
    basis: invoiceBasis,
    rounding,
    lines: outLines,
    byRate: rateTotalsOf(totals),
    taxExcludedYen: totals.taxExcludedYen,
    taxYen: totals.taxYen,
    taxIncludedYen: totals.taxIncludedYen,
    totalYen: totals.taxIncludedYen,
    trace,
    reasons,
  };
}

/** An invoice's yen on its way out: a safe integer, else an OutOfRangeError (never a fraction or an inexact number). */
function checkYenOut(n: number, field: string): void {
  if (!Number.isSafeInteger(n)) throw new OutOfRangeError([], `The invoice's ${field} (${String(n)}) is not a whole number of yen that can be returned exactly`, { field, value: String(n) });
}

/**
 * Replaces, in place, the amounts of the tax-included lines whose document states its prices at
 * another rate than the line's: the tax-excluded base taxed at the line's rate (`'rebase'`), or the
 * displayed amount kept (`'hold-displayed'`); each affected line adds one reason.
 */
function rebaseLines(lines: Line[], reasons: Reason[], cp: CompiledPlan, catalog: Catalog, reading: TaxIncludedPriceReading, rounding: RoundingMode): void {
  let doc: DocumentFixture | undefined;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.basis !== 'tax-included' || l.unitYen === null) continue;
    doc ??= getDocument(cp.plan.document, catalog);
    const unit = priceAtRate(l.unitYen, l.basis, doc, l.rate, reading, rounding);
    const unitReason = own(unit, 'reason');
    if (unitReason === undefined) continue;
    reasons.push(unitReason);
    if (!unit.rebased || l.amount.isZero()) continue;
    const amount =
      l.proration !== undefined
        ? new Dec(priceAtRate(yenToNumber(l.amount), l.basis, doc, l.rate, reading, rounding).amountYen)
        : new Dec(unit.amountYen).times(l.quantity);
    lines[i] = {
      ...l,
      unitText: formatYenDigits(unit.amountYen),
      unit: new Dec(unit.amountYen),
      unitYen: unit.amountYen,
      amount,
      amountYen: l.amountYen === undefined ? undefined : amount.toNumber(),
    };
  }
}

/**
 * The epoch day of a date (`parseIsoDate`, path `[...parent, key]` on error); with a memo, the day
 * already found for the same string. Only valid dates are kept, so errors are the same either way.
 */
function dayOf(value: unknown, parent: ErrorPath, key: string, memo: BillingMemo | undefined): number {
  if (memo === undefined || typeof value !== 'string') {
    // A well-formed date by the fast reader (the same day as parseIsoDate), else parseIsoDate for its error; the path is made only then.
    // Stryker disable next-line StringLiteral: no typeof is '': every value then goes to parseIsoDate, which gives the same day or error
    const day = typeof value === 'string' ? fastEpochDay(value) : NaN;
    return day === day ? day : parseIsoDate(value, [...parent, key]);
  }
  const hit = memo.days.get(value);
  if (hit !== undefined) return hit;
  return remember(memo.days, value, parseIsoDate(value, [...parent, key]), memo.limit);
}

/** The month to invoice (`parseYearMonth`, path `['month']`); with a memo, the span already found for the same text. */
function monthSpanOf(value: unknown, memo: BillingMemo | undefined): MonthSpan {
  // Stryker disable next-line BlockStatement,StringLiteral: only skips the memo's span, computed again the same
  if (memo !== undefined && typeof value === 'string') {
    const hit = memo.months.get(value);
    if (hit !== undefined) return hit;
  }
  // Stryker disable next-line all: recentSpans holds frozen spans by the month text that parsed; skipping it, or reading it with a memo too, gives the same span
  if (memo === undefined && typeof value === 'string') {
    const hit = recentSpans.get(value);
    if (hit !== undefined) return hit;
  }
  const index = parseYearMonth(value, ['month']);
  const { firstDay, lastDay } = monthBounds(index);
  const text = value as string;
  const span: MonthSpan = Object.freeze({ text, index, firstDay, lastDay, lastDate: `${text}-${pad2(lastDay - firstDay + 1)}` });
  if (memo !== undefined) return remember(memo.months, text, span, memo.limit);
  // Plain calls share a small memo of the month texts that parsed (frozen derived data; it never changes an answer).
  // Stryker disable next-line ConditionalExpression,EqualityOperator: the bound of a cache; clearing it sooner, later or never gives the same spans
  if (recentSpans.size >= RECENT_SPANS) recentSpans.clear();
  recentSpans.set(text, span);
  return span;
}
/** Month spans of plain calls, by the month text that parsed; cleared when it holds {@link RECENT_SPANS}. */
const recentSpans = new Map<string, MonthSpan>();
const RECENT_SPANS = 256;

/** The last month (index) a monthly fee over a period with this end is billed; Infinity when open. */
function lastBilledMonth(cp: CompiledPlan, end: EndMonths | undefined): number {
  if (end === undefined) return Infinity;
  return cp.lastMonth.value === 'cancellation-month' ? end.endMonth : end.lastServiceMonth;
}

/** A monthly fee prorated by days of service in the month; undefined when the month is fully served. */
function prorate(
  fee: Dec,
  startDay: number,
  endDay: number | undefined,
  firstDay: number,
  lastDay: number,
  rounding: RoundingMode,
): { amount: Dec; proration: { activeDays: number; daysInMonth: number; rounding: RoundingMode } } | undefined {
  const from = startDay > firstDay ? startDay : firstDay;
  const until = endDay === undefined || endDay > lastDay + 1 ? lastDay + 1 : endDay;
  const activeDays = until > from ? until - from : 0;
  const daysInMonth = lastDay - firstDay + 1;
  if (activeDays === daysInMonth) return undefined;
  return {
    amount: divideRoundYen(fee.times(activeDays), new Dec(daysInMonth), rounding),
    proration: { activeDays, daysInMonth, rounding },
  };
}

function feeLine(
  kind: InvoiceLineKind,
  f: CompiledFee,
  quantity: number,
  amount: Dec,
  amountYen: number | undefined,
  rate: CompiledRate,
  taxDay: number,
  taxDate: string,
  path: ErrorPath,
  pathKey: string | undefined,
  waived: Line['waived'],
): Line {
  return {
    kind,
    traceLabel: f.traceLabel,
    unitText: f.amountText,
    factId: f.fee.id,
    tieKey: f.fee.id,
    unitLabel: f.fee.unit,
    name: f.fee.name,
    quantity,
    unit: f.amount,
    unitYen: f.amountYen,
    amount,
    amountYen,
    basis: f.fee.taxBasis,
    rate,
    taxDay,
    taxDate,
    source: f.fee.source,
    path,
    pathKey,
    // Stryker disable next-line BooleanLiteral: lineNote reads startMonthOnly for options only, and feeLine makes the other kinds
    startMonthOnly: false,
    proration: undefined,
    waived,
  };
}

/** Month index of a date already validated as YYYY-MM-DD (no calendar arithmetic needed). */
function monthOfIso(iso: string): number {
  const year = (iso.charCodeAt(0) - 48) * 1000 + (iso.charCodeAt(1) - 48) * 100 + (iso.charCodeAt(2) - 48) * 10 + (iso.charCodeAt(3) - 48);
  return year * 12 + (iso.charCodeAt(5) - 48) * 10 + (iso.charCodeAt(6) - 48) - 1;
}

/** The end of a period as month indexes: the month of the end day and of the last day of service. */
interface EndMonths {
  /** Month of the end day (the 解約日, exclusive end). */
  readonly endMonth: number;
  /** Month of the last day of service (the day before the end day). */
  readonly lastServiceMonth: number;
}

function endMonthsOf(iso: string): EndMonths {
  const endMonth = monthOfIso(iso);
  return { endMonth, lastServiceMonth: iso.endsWith('-01') ? endMonth - 1 : endMonth };
}

/** What a line is for, in the trace. */
/** A trace line's ` 税込 at ` (the basis label between spaces, then "at"): one piece instead of three. */
function basisAt(basis: TaxBasis | null): string {
  return basis === 'tax-included' ? ' 税込 at ' : basis === 'tax-excluded' ? ' 税抜 at ' : ` ${basisLabel(basis)} at `;
}

function lineNote(l: Line, monthText: string): string {
  const days = l.proration ? `, ${l.proration.activeDays}/${l.proration.daysInMonth} days` : '';
  switch (l.kind) {
    case 'monthly-fee':
      return `monthly fee ${monthText}${days}`;
    case 'option':
      return l.startMonthOnly ? `option for its start month ${monthText}` : `option ${monthText}${days}`;
    case 'initial-fee':
      return 'initial fee';
    case 'resubscription-fee':
      return 're-subscription after an earlier contract ended';
    default:
      return l.waived ? `waived: ${l.waived.reason}` : `${l.quantity} × ${l.unitLabel}`;
  }
}

function checkSale(sale: SaleDays, day: number, unknownEnd: UnknownEndOfSale, path: ErrorPath, factId: string): void {
  if (sale.serviceStart && day < sale.serviceStart.day) {
    throw new ConflictError(path, `${factId}: the service starts on ${sale.serviceStart.date}, after ${formatIsoDate(day)}`, { factId, serviceStart: sale.serviceStart.date });
  }
  if (sale.start && day < sale.start.day) {
    throw new ConflictError(path, `${factId} is not on sale before ${sale.start.date} (${formatIsoDate(day)})`, { factId, saleStart: sale.start.date });
  }
  if (sale.end) {
    if (sale.end.day === 'unknown') {
      if (unknownEnd === 'treat-as-ended') {
        throw new ConflictError(path, `${factId} is listed as no longer sold with a blank end-of-sale date; pass unknownEndOfSale: 'treat-as-on-sale' to invoice it`, {
          factId,
        });
      }
    } else if (day > sale.end.day) {
      throw new ConflictError(path, `${factId}: new sales ended on ${sale.end.date}, before ${formatIsoDate(day)}`, { factId, saleEnd: sale.end.date });
    }
  }
}

function validateOptions(
  c: TextContract,
  cp: CompiledPlan,
  startDay: number,
  endDay: number | undefined,
  unknownEnd: UnknownEndOfSale,
  catalog: Catalog,
  memo: BillingMemo | undefined,
): ValidOption[] {
  if (c.options === undefined) return [];
  if (!Array.isArray(c.options)) throw new InvalidInputError(['contract', 'options'], 'options must be an array');
  const out: ValidOption[] = [];
  for (let i = 0; i < c.options.length; i++) {
    const raw: unknown = c.options[i];
    const path: ErrorPath = ['contract', 'options', i];
    if (raw === null || typeof raw !== 'object') throw new InvalidInputError(path, 'Expected an option { optionId, start, end? }');
    const o = raw as { optionId?: unknown; start?: unknown; end?: unknown };
    if (typeof o.optionId !== 'string') throw new InvalidInputError([...path, 'optionId'], 'optionId must be a string', { value: valueText(o.optionId) });
    const co = cp.options.get(o.optionId);
    const elsewhere = co ? undefined : catalog.index.optionById.get(o.optionId);
    if (elsewhere) {
      throw new ConflictError([...path, 'optionId'], `${elsewhere.id} (${elsewhere.name}) is an option of ${elsewhere.appliesTo.join(', ')} (${elsewhere.document}), not of ${cp.plan.id}`, {
        optionId: elsewhere.id,
        appliesTo: elsewhere.appliesTo,
        planId: cp.plan.id,
      });
    }
    if (!co) {
      throw new NotFoundError([...path, 'optionId'], `Unknown option ${JSON.stringify(o.optionId)} for ${cp.plan.id}${cp.options.size ? `; this document's options: ${[...cp.options.keys()].join(', ')}` : ''}`, {
        value: o.optionId,
      });
    }
    if (!co.appliesToPlan) {
      throw new ConflictError([...path, 'optionId'], `${co.option.id} (${co.option.name}) is an option of ${co.option.appliesTo.join(', ')}, not of ${cp.plan.id}`, {
        optionId: co.option.id,
        appliesTo: co.option.appliesTo,
        planId: cp.plan.id,
      });
    }
    const s = dayOf(o.start, path, 'start', memo);
    const e = o.end === undefined || o.end === null ? undefined : dayOf(o.end, path, 'end', memo);
    if (s < startDay) throw new ConflictError([...path, 'start'], `The option starts on ${String(o.start)}, before the contract (${c.start})`);
    if (endDay !== undefined && s >= endDay) throw new ConflictError([...path, 'start'], `The option starts on ${String(o.start)}, after the contract ended (${String(c.end)})`);
    if (e !== undefined && e <= s) throw new ConflictError([...path, 'end'], `The option ends on ${String(o.end)}, ${e === s ? 'the day it starts' : 'before it starts'} (${String(o.start)})`);
    if (e !== undefined && endDay !== undefined && e > endDay) {
      throw new ConflictError([...path, 'end'], `The option ends on ${String(o.end)}, after the contract (${String(c.end)})`);
    }
    checkSale(co.sale, s, unknownEnd, [...path, 'start'], co.option.id);
    const effectiveEnd = e ?? endDay;
    // The option's end, else the contract's: undefined exactly when effectiveEnd is.
    const endIso = e !== undefined ? (o.end as string) : (c.end ?? undefined);
    // An option charged for its start month only (001's 問い合わせ回数追加) is bought per option contract: two in one
    // month are two purchases, each charged, as evaluateQuota adds 20 for each (interpretation quota-add-on-month).
    // A monthly option cannot be on the contract twice at once.
    for (const prev of co.option.charge.kind === 'start-month-only' ? [] : out) {
      if (prev.co !== co) continue;
      if (s < (prev.endDay ?? Infinity) && prev.startDay < (effectiveEnd ?? Infinity)) {
        throw new ConflictError([...path, 'start'], `${co.option.id} is already on the contract for this period (options[${prev.path[2]}])`, { optionId: co.option.id });
      }
    }
    out.push({
      co,
      startDay: s,
      startMonth: monthOfIso(o.start as string),
      endDay: effectiveEnd,
      end: endIso === undefined ? undefined : endMonthsOf(endIso),
      path,
    });
  }
  return out;
}

interface ValidCharge {
  readonly fee: CompiledFee;
  readonly quantity: number;
  readonly day: number;
  readonly month: number;
  /** The charge's date, as given (validated). */
  readonly on: string;
  readonly path: ErrorPath;
  readonly waived?: { reason: string; source?: Source; ruleId?: string };
}

function validateCharges(
  c: TextContract,
  cp: CompiledPlan,
  startDay: number,
  endDay: number | undefined,
  catalog: Catalog,
  memo: BillingMemo | undefined,
): ValidCharge[] {
  // Stryker disable next-line ArrayDeclaration: an item that is not a charge has no month, so the loop over the month's charges skips it
  if (c.oneOffCharges === undefined) return [];
  if (!Array.isArray(c.oneOffCharges)) throw new InvalidInputError(['contract', 'oneOffCharges'], 'oneOffCharges must be an array');
  // Stryker disable next-line ArrayDeclaration: an item that is not a charge has no month, so the loop over the month's charges skips it
  const out: ValidCharge[] = [];
  for (let i = 0; i < c.oneOffCharges.length; i++) {
    const raw: unknown = c.oneOffCharges[i];
    const path: ErrorPath = ['contract', 'oneOffCharges', i];
    if (raw === null || typeof raw !== 'object') throw new InvalidInputError(path, 'Expected a charge { feeId, quantity, on }');
    const ch = raw as { feeId?: unknown; quantity?: unknown; on?: unknown; waived?: unknown; occasion?: unknown };
    if (typeof ch.feeId !== 'string') throw new InvalidInputError([...path, 'feeId'], 'feeId must be a string', { value: valueText(ch.feeId) });
    const fee = cp.fees.get(ch.feeId);
    const elsewhere = fee ? undefined : catalog.index.feeById.get(ch.feeId);
    if (elsewhere) {
      throw new ConflictError([...path, 'feeId'], `${elsewhere.id} (${elsewhere.name}) is a fee of ${elsewhere.document}, not of ${cp.plan.id}'s document`, {
        feeId: elsewhere.id,
        planId: cp.plan.id,
      });
    }
    if (!fee) {
      const known = [...cp.fees.values()].filter((f) => f.appliesToPlan).map((f) => f.fee.id);
      throw new NotFoundError([...path, 'feeId'], `Unknown fee ${JSON.stringify(ch.feeId)} for ${cp.plan.id}${known.length ? `; this document's fees: ${known.join(', ')}` : ''}`, {
        value: ch.feeId,
      });
    }
    if (!fee.appliesToPlan) {
      throw new ConflictError([...path, 'feeId'], `${fee.fee.id} applies to ${(fee.fee.appliesTo ?? []).join(', ')}, not to ${cp.plan.id}`, { feeId: fee.fee.id });
    }
    if (cp.resubscription && cp.resubscription.fee === fee) {
      throw new ConflictError([...path, 'feeId'], `${fee.fee.id} is charged by the re-subscription rule (give earlierContracts), not as a one-off charge`, { feeId: fee.fee.id });
    }
    if (cp.initialFees.includes(fee)) {
      throw new ConflictError([...path, 'feeId'], `${fee.fee.id} is an initial fee, charged on the start month's invoice automatically`, { feeId: fee.fee.id });
    }
    const q = ch.quantity;
    if (typeof q !== 'number' || !Number.isSafeInteger(q) || q < 1) {
      throw new InvalidInputError([...path, 'quantity'], `quantity must be a whole number ≥ 1, received ${valueText(q)}`, { value: valueText(q) });
    }
    const day = dayOf(ch.on, path, 'on', memo);
    if (day < startDay || (endDay !== undefined && day >= endDay)) {
      throw new ConflictError([...path, 'on'], `The charge on ${String(ch.on)} is outside the contract (${c.start} – ${c.end ?? 'open'})`);
    }
    let waived: ValidCharge['waived'];
    if (ch.waived !== undefined) {
      const w = ch.waived as { reason?: unknown; source?: unknown };
      if (w === null || typeof w !== 'object' || typeof w.reason !== 'string' || w.reason.length === 0) {
        throw new InvalidInputError([...path, 'waived', 'reason'], 'A waiver needs a reason (a non-empty string)');
      }
      if (w.source !== undefined && !isSource(w.source)) {
        throw new InvalidInputError([...path, 'waived', 'source'], 'A waiver source is { document, passage, note? }');
      }
      waived = { reason: w.reason, ...(w.source ? { source: copySource(w.source as Source) } : {}) };
    }
    if (ch.occasion !== undefined) {
      if (ch.occasion !== 'fault-isolation-visit') {
        throw new InvalidInputError([...path, 'occasion'], `occasion must be 'fault-isolation-visit', received ${quotedValueText(ch.occasion)}`);
      }
      const rule = findWaiver(cp, fee.fee.id, ch.occasion);
      if (rule && !waived) waived = { reason: `${fee.fee.name} is waived when the work is asked for during an on-site fault-isolation visit`, source: rule.source, ruleId: rule.id };
    }
    const on = ch.on as string;
    out.push({ fee, quantity: q, day, month: monthOfIso(on), on, path, waived }); // waived present when undefined (see src/boundary/record.ts)
  }
  return out;
}

/** Validates earlier contracts; true when there is at least one (a re-subscription). */
function validateEarlier(c: TextContract, cp: CompiledPlan, startDay: number, catalog: Catalog, memo: BillingMemo | undefined): boolean {
  if (c.earlierContracts === undefined) return false;
  if (!Array.isArray(c.earlierContracts)) throw new InvalidInputError(['contract', 'earlierContracts'], 'earlierContracts must be an array');
  for (let i = 0; i < c.earlierContracts.length; i++) {
    const raw: unknown = c.earlierContracts[i];
    const path: ErrorPath = ['contract', 'earlierContracts', i];
    if (raw === null || typeof raw !== 'object') throw new InvalidInputError(path, 'Expected an earlier contract { planId, start, end }');
    const e = raw as { planId?: unknown; start?: unknown; end?: unknown };
    if (typeof e.planId !== 'string') throw new InvalidInputError([...path, 'planId'], 'planId must be a string', { value: valueText(e.planId) });
    const other = compiledPlan(catalog, e.planId, [...path, 'planId']);
    if (other.doc !== cp.doc) {
      throw new ConflictError([...path, 'planId'], `${e.planId} is a plan of another service (${other.doc.document.service}), not ${cp.doc.document.service}`, {
        planId: e.planId,
      });
    }
    const s = dayOf(e.start, path, 'start', memo);
    if (e.end === undefined || e.end === null) {
      throw new ConflictError([...path, 'end'], 'An earlier contract must have ended (its 解約日) before the new one starts');
    }
    const end = dayOf(e.end, path, 'end', memo);
    if (end <= s) throw new ConflictError([...path, 'end'], `The earlier contract ends on ${String(e.end)}, ${end === s ? 'the day it starts' : 'before it starts'} (${String(e.start)})`);
    if (end > startDay) {
      throw new ConflictError([...path, 'end'], `The earlier contract ends on ${String(e.end)}, after the new contract starts (${c.start})`);
    }
  }
  return c.earlierContracts.length > 0;
}

function findWaiver(cp: CompiledPlan, feeId: string, occasion: string): FeeWaiver | undefined {
  const list = cp.waivers.get(feeId);
  if (list) for (const w of list) if (w.occasion === occasion) return w;
  return undefined;
}

function isPassage(v: unknown): boolean {
  if (typeof v === 'string') return v.length > 0;
  return Array.isArray(v) && v.length >= 2 && v.every((x) => typeof x === 'string' && x.length > 0);
}

function copySource(s: Source): Source {
  const passage = typeof s.passage === 'string' ? s.passage : Object.freeze([...s.passage]) as string[];
  return Object.freeze({ document: s.document, passage, ...(s.note !== undefined ? { note: s.note } : {}) });
}

function isSource(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  const s = v as { document?: unknown; passage?: unknown; note?: unknown };
  return typeof s.document === 'string' && isPassage(s.passage) && (s.note === undefined || typeof s.note === 'string');
}

/** The reasons of a loaded tax table, derived once per table (frozen). */
function tableReasonsOf(table: ConsumptionTaxTable, ct: CompiledTable): TableReasons {
  let r = tableReasonsByTable.get(table);
  if (r === undefined) {
    const rateInForce = new Map<CompiledRate, Reason>();
    for (const rate of [...ct.standard, ...ct.reduced]) {
      rateInForce.set(
        rate,
        Object.freeze(
          reason('tax.rate-in-force', `${rate.key}% ${rate.rate.kind} rate, in force from ${rate.rate.effectiveFrom}${own(rate.rate, 'effectiveUntil') ? ` until ${rate.rate.effectiveUntil}` : ''}`, {
            source: rate.rate.source,
            factId: rate.rate.id,
          }),
        ),
      );
    }
    r = Object.freeze({
      rounding: Object.freeze(
        reason('invoice.tax-once-per-rate', "Each rate's tax is computed once from the unrounded sum of its lines and rounded once (default floor; option rounding)", {
          source: table.rules.invoiceRounding.source,
          factId: table.rules.invoiceRounding.id,
          interpretation: 'billing-tax-rounding-default',
        }),
      ),
      fromIncluded: Object.freeze(
        reason('tax.from-tax-included', 'A tax-included price is the amount charged; the tax it contains is total × rate/(100 + rate) at the rate of the day', {
          source: table.rules.taxFromTaxIncluded.source,
          factId: table.rules.taxFromTaxIncluded.id,
          interpretation: 'billing-tax-included-amount-fixed',
        }),
      ),
      taxPoint: Object.freeze(
        reason('tax.monthly-fee-tax-date', "A monthly fee is taxed at the rate in force on its month's last day, when that month's service is completed", {
          source: table.rules.taxPoint.source,
          factId: table.rules.taxPoint.id,
        }),
      ),
      rateInForce: Object.freeze(rateInForce),
    });
    tableReasonsByTable.set(table, r);
  }
  return r;
}

/** A contract whose dates are `YYYY-MM-DD` text (as {@link withDateTexts} writes them; the parsers still check them). */
type TextContract = Omit<BillingContract, 'start' | 'end' | 'options' | 'oneOffCharges' | 'earlierContracts'> & {
  start: string;
  end?: string | null;
  options?: ReadonlyArray<Omit<ContractOption, 'start' | 'end'> & { start: string; end?: string | null }>;
  oneOffCharges?: ReadonlyArray<Omit<OneOffCharge, 'on'> & { on: string }>;
  earlierContracts?: ReadonlyArray<Omit<EarlierContract, 'start' | 'end'> & { start: string; end: string }>;
};

/** Whether a value is a date object (not a `YYYY-MM-DD` text): anything of type object but null. */
function isForeign(v: unknown): boolean {
  return typeof v === 'object' && v !== null;
}

/** Whether any of a list's items (records, or anything) has a date object under `a` or `b`. */
function anyForeignIn(list: unknown, a: string, b: string | undefined): boolean {
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) {
    const x = list[i] as Record<string, unknown> | null | undefined;
    if (x === null || x === undefined) continue;
    if (isForeign(x[a]) || (b !== undefined && isForeign(x[b]))) return true;
  }
  return false;
}

/** Whether a contract gives any date as an object (js-joda, Temporal): loops, no closure per call. */
function hasForeignDate(c: BillingContract): boolean {
  return (
    isForeign(c.start) ||
    isForeign(c.end) ||
    anyForeignIn(c.options, 'start', 'end') ||
    anyForeignIn(c.oneOffCharges, 'on', undefined) ||
    anyForeignIn(c.earlierContracts, 'start', 'end')
  );
}

/** Dates given as js-joda `LocalDate` or Temporal `PlainDate` values, written as `YYYY-MM-DD` (a copy only when there is one). */
function withDateTexts(c: BillingContract): TextContract {
  if (!hasForeignDate(c)) return c as TextContract;
  const text = (v: unknown, path: ErrorPath): never => isoDateText(v, path) as never;
  const dated = <T extends object>(x: T, keys: readonly string[], path: ErrorPath): T => {
    if (x === null || typeof x !== 'object') return x;
    const copy = recordOf(x) as Record<string, unknown>; // a record: an omitted field is not read from Object.prototype
    for (const k of keys) if (k in copy) copy[k] = text(copy[k], [...path, k]);
    return copy as T;
  };
  return recordOf({
    ...(dated(c, ['start', 'end'], CONTRACT_PATH) as TextContract),
    ...(Array.isArray(c.options) ? { options: c.options.map((o, i) => dated(o, ['start', 'end'], ['contract', 'options', i])) } : {}),
    ...(Array.isArray(c.oneOffCharges) ? { oneOffCharges: c.oneOffCharges.map((ch, i) => dated(ch, ['on'], ['contract', 'oneOffCharges', i])) } : {}),
    ...(Array.isArray(c.earlierContracts) ? { earlierContracts: c.earlierContracts.map((e, i) => dated(e, ['start', 'end'], ['contract', 'earlierContracts', i])) } : {}),
  }) as TextContract;
}
