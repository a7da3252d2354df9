/**
 * `support-contract-rules/loaner`: loaners, sendback and visit menus.
 * The same names as the root entry point exports for this capability (src/index.ts re-exports this file):
 * anything not named here is internal and may change without notice.
 */
// @ts-nocheck

export * from './common.js';

export {
  checkLoaner,
  decideSendback,
  loanMaxDays,
  loanPeriod,
  quoteVisit,
  sendbackInformation,
} from '../loaner/index.js';

export type {
  CheckLoanerInput,
  CheckLoanerOptions,
  DecideSendbackInput,
  LoanerContractInput,
  LoanerDeliveryAddress,
  LoanerDeviceInput,
  LoanerDeviceType,
  LoanerDiagnosis,
  LoanerRequest,
  LoanerSection,
  LoanerTypeSummary,
  LoanerVerdict,
  LoanPeriod,
  LoanPeriodInput,
  LoanPeriodRule,
  QuoteVisitInput,
  QuoteVisitOptions,
  SendbackAdapterInput,
  SendbackDecision,
  SendbackFailureInput,
  SendbackInformationInput,
  SendbackInformationRow,
  SendbackOutcome,
  SendbackSection,
  SendbackSiteInput,
  UnstatedPeriodStart,
  VisitAddress,
  VisitItemInput,
  VisitQuote,
  VisitQuoteLine,
  VisitSection,
} from '../loaner/index.js';
