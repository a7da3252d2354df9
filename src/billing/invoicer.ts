/**
 * Batch invoicing: an invoicer made by {@link createInvoicer} invoices many contracts with the same
 * options, and owns — for its lifetime only — a memo of the results that many invoices share (the
 * tax of a rate's sum, the per-line shares of that tax, the trace texts of a rate's total). The memo
 * belongs to the caller's invoicer, never to the module: drop the invoicer and the memo goes with it.
 *
 * Rules: an invoicer's invoices are exactly those of `monthlyInvoice` with the same options (the
 * memo only saves recomputing them; test/billing/invoicer.test.ts checks this with fast-check).
 * Memo entries are keyed by every input they depend on, stored frozen and never changed, and each
 * table of the memo stops growing at `memoLimit` entries.
 */
import { readInput, rejectMisspeltKeys, type StrictShape } from '../boundary/index.js';
import { InvalidInputError } from '../errors.js';
import { valueText } from '../money/describe.js';
import { parseMemoLimit } from '../money/tax.js';
import { createBillingMemo } from './memo.js';
import { invoiceMonth, MONTHLY_STRICT, resolveInvoiceOptions, type MonthlyInvoiceInput, type MonthlyInvoiceOptions } from './monthly.js';
import type { MonthlyInvoice } from './types.js';

/** Options of {@link createInvoicer}: the defaults of every invoice it makes, and the size of its memo. */
export interface CreateInvoicerOptions extends MonthlyInvoiceOptions {
  /**
   * Most entries each table of the invoicer's memo keeps (default 4,096; `0` keeps none). A full
   * table stops growing: later invoices are computed without it, with the same results.
   */
  readonly memoLimit?: number;
}

/** An invoicer: `monthlyInvoice` for a batch of contracts, with a memo it owns. */
export interface Invoicer {
  /**
   * The invoice of a contract for one month: the same input and result as `monthlyInvoice`. Options
   * not given in `input` are the invoicer's.
   * @throws the errors of `monthlyInvoice`
   */
  monthlyInvoice(input: MonthlyInvoiceInput): MonthlyInvoice;
}

/** The keys createInvoicer takes: the options of monthlyInvoice but the contract and month, and the memo's size. */
const INVOICER_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: Object.freeze([...MONTHLY_STRICT.keys.filter((k) => k !== 'contract' && k !== 'month'), 'memoLimit']),
});

/**
 * Makes an invoicer for a batch of contracts: its `monthlyInvoice(input)` gives exactly the invoices
 * of the plain `monthlyInvoice`, faster when many invoices share amounts, because it keeps a memo of
 * the results they share for as long as the caller keeps the invoicer.
 *
 * Rules: the options (catalog, tax table, rounding, partial months …) are validated once, here, and
 * are the defaults of every invoice; an input may still override any of them. The memo is created
 * fresh with the invoicer and is reachable only through it; nothing it stores is changed after.
 * @throws {InvalidInputError} a malformed option (path names it, e.g. `['rounding']`,
 *   `['memoLimit']`), a catalog that is not from `loadCatalog`, a tax table that is not from
 *   `loadConsumptionTaxTable` (`['taxTable']`)
 * @example
 * const invoicer = createInvoicer({ rounding: 'floor' });
 * invoicer.monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' }).totalYen
 * //=> 4290 (the same as monthlyInvoice with the same input)
 * @example
 * const quiet = createInvoicer({ explain: false });
 * contracts.map((contract) => quiet.monthlyInvoice({ contract, month: '2025-06' }).totalYen)
 * //=> one total per contract, without trace texts
 */
export function createInvoicer(options: CreateInvoicerOptions = {}): Invoicer {
  options = readInput(options);
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new InvalidInputError([], 'Expected invoicer options { catalog?, taxTable?, rounding?, … }', { value: valueText(options) });
  }
  // The options of monthlyInvoice but the contract and month, and the memo's size: any other key is refused.
  rejectMisspeltKeys(options, INVOICER_STRICT);
  const memoLimit = parseMemoLimit(options.memoLimit, ['memoLimit']);
  const base = resolveInvoiceOptions(options);
  const memo = createBillingMemo(memoLimit);
  return Object.freeze({
    monthlyInvoice(input: MonthlyInvoiceInput): MonthlyInvoice {
      return invoiceMonth(input, base, memo);
    },
  });
}
