/**
 * Loaner devices (000 代替機器貸出し, 001 IT機器故障時の代替機貸出), paid visits (訪問サポート)
 * and 004's ウルトラセンドバック option: decision tables over the fixtures' `loaner`, `visits`
 * and `sendback` sections.
 */
// @ts-nocheck

export {
  checkLoaner,
  loanPeriod,
  loanMaxDays,
  type CheckLoanerInput,
  type CheckLoanerOptions,
  type LoanerDeviceInput,
  type LoanerRequest,
  type LoanerDiagnosis,
  type LoanerDeliveryAddress,
  type LoanerTypeSummary,
  type LoanerVerdict,
  type LoanPeriod,
  type LoanPeriodInput,
  type UnstatedPeriodStart,
} from './loaner.js';
export {
  quoteVisit,
  type QuoteVisitInput,
  type QuoteVisitOptions,
  type VisitAddress,
  type VisitItemInput,
  type VisitQuote,
  type VisitQuoteLine,
} from './visit.js';
export {
  decideSendback,
  sendbackInformation,
  type DecideSendbackInput,
  type SendbackAdapterInput,
  type SendbackDecision,
  type SendbackFailureInput,
  type SendbackInformationInput,
  type SendbackInformationRow,
  type SendbackOutcome,
  type SendbackSiteInput,
} from './sendback.js';
export type { LoanerContractInput } from './input.js';
export type {
  LoanerSection,
  VisitSection,
  SendbackSection,
  LoanerDeviceType,
  LoanPeriodRule,
} from './schema.js';
