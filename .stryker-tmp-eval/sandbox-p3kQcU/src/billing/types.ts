/**
 * Input and output types of the billing module. `OneOffCharge` is shared with the loaner / visit
 * module: `quoteVisit` returns lines in exactly this shape so they can be fed into `monthlyInvoice`.
 */
// @ts-nocheck

import type { Source, TaxBasis } from '../catalog/primitives.js';
import type { Reason } from '../reasons.js';
import type { RoundingMode } from '../money/decimal.js';
import type { DateInput } from '../time/index.js';

/** The occasion on which work was asked for, when a fee rule depends on it. */
export type ChargeOccasion = 'fault-isolation-visit';

/**
 * A one-off charge on a contract: a catalog fee, how many, on which date, optionally waived.
 *
 * Rules: `feeId` names a fee of the contract's document; `quantity` is a whole number ≥ 1 (per
 * dispatch, per PC, per printer …); `on` is the Japan date `YYYY-MM-DD` the work was done — the
 * charge is billed in that month and taxed at the rate in force that day, and must fall within the
 * contract. `waived` makes the line ¥0 and keeps the reason (and the source of the waiver rule).
 * `occasion: 'fault-isolation-visit'` says the work was asked for during an on-site fault-isolation
 * visit: the document's waiver rules for that occasion then apply (000: 基本作業費は免除).
 *
 * @example
 * const charge: OneOffCharge = { feeId: 'itss-visit-basic-work', quantity: 1, on: '2025-06-10' };
 * //=> a line of 1 × ¥4,950 (税込), billed in 2025-06
 */
export interface OneOffCharge {
  /** Catalog fee id. */
  feeId: string;
  /** Whole number of units, ≥ 1. */
  quantity: number;
  /** Date the charge arises, `YYYY-MM-DD` (Japan). */
  on: DateInput;
  /** Present when the fee is waived by a rule (e.g. 000's basic work fee during a fault-isolation visit). */
  waived?: { reason: string; source?: Source };
  /** The visit during which the work was asked for, when a waiver rule depends on it. */
  occasion?: ChargeOccasion;
}

/**
 * An option on a contract, with its own start and optional end (exclusive: the first day without it).
 * @example const o: ContractOption = { optionId: 'itss-light-time-extension', start: '2025-04-01' }; //=> active from 2025-04-01
 */
export interface ContractOption {
  optionId: string;
  start: DateInput;
  end?: DateInput | null;
}

/**
 * An earlier, ended contract of the same service (same document) by the same customer.
 * @example const e: EarlierContract = { planId: 'ucom-remote-support', start: '2022-01-10', end: '2023-03-15' }; //=> makes a new 003 contract a re-subscription
 */
export interface EarlierContract {
  planId: string;
  start: DateInput;
  /** The day the earlier contract ended (解約日); required. */
  end: DateInput;
}

/**
 * A contract to invoice: a plan, a start day, an optional end day, options, one-off charges and the
 * customer's earlier contracts of the same service.
 *
 * Rules: `start` is the first day of service; `end` (exclusive) is the 解約日, the first day without
 * service. Dates are Japan calendar days `YYYY-MM-DD`.
 * @example
 * const c: BillingContract = { planId: 'itss-light-anshin-1', start: '2025-04-10', options: [{ optionId: 'itss-light-time-extension', start: '2025-05-01' }] };
 * //=> a ライトあんしんプラン1 contract with 時間延長 from May
 */
export interface BillingContract {
  planId: string;
  start: DateInput;
  end?: DateInput | null;
  options?: readonly ContractOption[];
  oneOffCharges?: readonly OneOffCharge[];
  earlierContracts?: readonly EarlierContract[];
}

/** How a month with only some days of service is charged: in full, or by days. */
export type PartialMonthCharge = 'whole-month' | 'daily';

/** Which invoice carries a re-subscription fee. */
export type ResubscriptionFeeMonth = 'start-month' | 'first-billed-month';

/** What produced an invoice line. */
export type InvoiceLineKind = 'monthly-fee' | 'option' | 'initial-fee' | 'resubscription-fee' | 'one-off';

/** One line of a monthly invoice. Amounts are whole yen. */
export interface MonthlyInvoiceLine {
  readonly kind: InvoiceLineKind;
  /** Plan, option or fee id. */
  readonly factId: string;
  readonly name: string;
  readonly quantity: number;
  /** Catalog price per unit, in the document's basis; null when not stated (a waived fee). */
  readonly unitPriceYen: number | null;
  /** The line's amount in the invoice's basis (after proration or waiver). */
  readonly amountYen: number;
  readonly ratePercent: number;
  /** The day whose rate applies. */
  readonly taxDate: string;
  /** This line's share of its rate's invoice tax (largest-remainder allocation). */
  readonly taxYen: number;
  readonly taxExcludedYen: number;
  readonly taxIncludedYen: number;
  /** Present when the line was prorated by days. */
  readonly proration?: { readonly activeDays: number; readonly daysInMonth: number; readonly rounding: RoundingMode };
  /** Present when the line was waived. */
  readonly waived?: { readonly reason: string; readonly source?: Source; readonly ruleId?: string };
  readonly source: Source;
}

/** Totals of one tax rate on an invoice: the tax is computed once from the unrounded sum. */
export interface InvoiceRateTotal {
  readonly ratePercent: number;
  readonly lineCount: number;
  /** Sum of the lines at this rate, in the invoice's basis. */
  readonly amountYen: number;
  readonly taxExcludedYen: number;
  readonly taxYen: number;
  readonly taxIncludedYen: number;
  /** The tax before rounding (decimal text, cut to 6 places with … when it repeats). */
  readonly unroundedTaxYen: string;
}

/** A contract's invoice for one month. */
export interface MonthlyInvoice {
  readonly planId: string;
  readonly month: string;
  readonly basis: TaxBasis;
  readonly rounding: RoundingMode;
  readonly lines: readonly MonthlyInvoiceLine[];
  readonly byRate: readonly InvoiceRateTotal[];
  readonly taxExcludedYen: number;
  readonly taxYen: number;
  readonly taxIncludedYen: number;
  /** What the customer pays: the tax-included total. */
  readonly totalYen: number;
  /** The arithmetic, one step a line. */
  readonly trace: readonly string[];
  readonly reasons: readonly Reason[];
}
