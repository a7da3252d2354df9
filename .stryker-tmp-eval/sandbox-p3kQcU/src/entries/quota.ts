/**
 * `support-contract-rules/quota`: inquiry and visit quotas, rollovers and on-site visit rules.
 * The same names as the root entry point exports for this capability (src/index.ts re-exports this file):
 * anything not named here is internal and may change without notice.
 */
// @ts-nocheck

export * from './common.js';

export {
  checkOnsiteVisit,
  evaluateQuota,
  evaluateQuotaMonths,
} from '../quota/index.js';

export type {
  CheckOnsiteVisitInput,
  EvaluateQuotaInput,
  EvaluateQuotaMonthsInput,
  EvaluateQuotaOptions,
  InquiryLimit,
  LimitNeutralOption,
  OnsiteAddress,
  OnsiteCalendarOptions,
  OnsiteDiagnosis,
  OnsiteVisitRule,
  OnsiteVisitVerdict,
  PreviousOnsiteVisit,
  QuotaAddOn,
  QuotaContract,
  QuotaContractOption,
  QuotaCountingRule,
  QuotaEvent,
  QuotaEventStatus,
  QuotaEventTrace,
  QuotaLimit,
  QuotaLimitPart,
  QuotaMonthsResult,
  QuotaOutsideEvents,
  QuotaResult,
  QuotaSection,
  RolloverFact,
  RolloverPolicy,
} from '../quota/index.js';
