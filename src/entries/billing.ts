/**
 * `support-contract-rules/billing`: invoices, billing months, cancellation and re-subscription fees.
 * The same names as the root entry point exports for this capability (src/index.ts re-exports this file):
 * anything not named here is internal and may change without notice.
 */
export * from './common.js';

export {
  allocateYen,
  createInvoicer,
  formatTaxIncludedPrice,
  invoiceTotals,
  monthlyInvoice,
  PriceNotStatedError,
} from '../billing/index.js';

export type {
  AllocateYenInput,
  BillingContract,
  BillingSection,
  ChargeOccasion,
  ContractOption,
  CreateInvoicerOptions,
  EarlierContract,
  FormatTaxIncludedPriceInput,
  FormatTaxIncludedPriceStyle,
  InvoiceLineKind,
  Invoicer,
  InvoiceRateTotal,
  InvoiceTotals,
  InvoiceTotalsInput,
  InvoiceTotalsLine,
  InvoiceTotalsLineResult,
  MonthlyInvoice,
  MonthlyInvoiceInput,
  MonthlyInvoiceLine,
  MonthlyInvoiceOptions,
  OneOffCharge,
  PartialMonthCharge,
  ResubscriptionFeeMonth,
  TaxIncludedPriceStyle,
} from '../billing/index.js';
