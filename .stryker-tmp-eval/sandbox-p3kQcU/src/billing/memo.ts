/**
 * The memo an invoicer owns (internal): results that many invoices of a batch share — the tax of a
 * rate's sum, the per-line shares of that tax, the trace texts of a rate's total, the epoch days of
 * date strings and the bounds of months — kept for the batch by the caller's `createInvoicer`, never
 * by the module.
 *
 * Rules: every entry is keyed by all the inputs its value depends on, every stored value is frozen
 * and never changed, and each table stops growing at `limit` entries. An invoice is the same with or
 * without a memo (test/billing/invoicer.test.ts checks this with fast-check).
 */
// @ts-nocheck

import { MEMO_LIMIT, parseMemoLimit, type TaxMemo } from '../money/tax.js';

/** Each line's share of one rate's tax, and the line's other amount (tax-included or -excluded). */
export interface TaxShares {
  readonly taxYen: readonly number[];
  readonly otherYen: readonly number[];
}

/** The trace texts of one rate's total: the rate line, and the invoice total when it is the only rate. */
export interface RateTraceTexts {
  readonly group: string;
  readonly total: string;
}

/** A month to invoice, parsed (frozen). */
export interface MonthSpan {
  /** The month as given, `YYYY-MM`. */
  readonly text: string;
  /** Month index (`year × 12 + month − 1`). */
  readonly index: number;
  /** Epoch days of the month's first and last day. */
  readonly firstDay: number;
  readonly lastDay: number;
  /** The month's last day, `YYYY-MM-DD`. */
  readonly lastDate: string;
}

/** A caller-owned memo of billing results (internal); see the module comment. */
export interface BillingMemo extends TaxMemo {
  /** Epoch days of valid date strings (`parseIsoDate`), by the string. */
  readonly days: Map<string, number>;
  /** Valid months to invoice, by the `YYYY-MM` text. */
  readonly months: Map<string, MonthSpan>;
  /** {@link TaxShares} by basis, rate tax, and the lines' amounts and ids. */
  readonly shares: Map<string, TaxShares>;
  /** {@link RateTraceTexts} by the key of the rate's tax (`taxPartsKey`). */
  readonly traces: Map<string, RateTraceTexts>;
}

/**
 * A fresh, empty {@link BillingMemo} (internal).
 * @throws {InvalidInputError} `limit` is not a whole number ≥ 0 (path `['memoLimit']`)
 * @example createBillingMemo().limit //=> 4096
 */
export function createBillingMemo(limit: number = MEMO_LIMIT): BillingMemo {
  return { limit: parseMemoLimit(limit, ['memoLimit']), parts: new Map(), shares: new Map(), traces: new Map(), days: new Map(), months: new Map() };
}
