export type {
  BillingContract,
  ChargeOccasion,
  ContractOption,
  EarlierContract,
  InvoiceLineKind,
  InvoiceRateTotal,
  MonthlyInvoice,
  MonthlyInvoiceLine,
  OneOffCharge,
  PartialMonthCharge,
  ResubscriptionFeeMonth,
} from './types.js';
export type { BillingSection } from './schema.js';
export { PriceNotStatedError } from './errors.js';
export {
  allocateYen,
  invoiceTotals,
  type AllocateYenInput,
  type InvoiceTotals,
  type InvoiceTotalsInput,
  type InvoiceTotalsLine,
  type InvoiceTotalsLineResult,
} from './totals.js';
export { monthlyInvoice, type MonthlyInvoiceInput, type MonthlyInvoiceOptions } from './monthly.js';
export { createInvoicer, type CreateInvoicerOptions, type Invoicer } from './invoicer.js';
export { formatTaxIncludedPrice, type FormatTaxIncludedPriceInput, type FormatTaxIncludedPriceStyle, type TaxIncludedPriceStyle } from './display.js';
