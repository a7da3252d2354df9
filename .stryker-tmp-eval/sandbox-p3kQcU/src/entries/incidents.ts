/**
 * `support-contract-rules/incidents`: incident status, auto-close and out-of-hours support.
 * The same names as the root entry point exports for this capability (src/index.ts re-exports this file):
 * anything not named here is internal and may change without notice.
 */
// @ts-nocheck

export * from './common.js';

export {
  cancellationEffect,
  estimateOutOfHoursSupport,
  INCIDENT_DAY_COUNT_POLICIES,
  INCIDENT_EVENT_TYPES,
  incidentStatus,
  MIDNIGHT_REPLY_RULES,
  OUT_OF_HOURS_CAUSES,
  OUT_OF_HOURS_TOPICS,
  serviceEndNotice,
} from '../incident/index.js';

export type {
  CancellationEffect,
  CancellationEffectInput,
  CancellationEffectOptions,
  EstimateOutOfHoursSupportInput,
  EstimateOutOfHoursSupportOptions,
  IncidentBusinessDayOptions,
  IncidentClosedBy,
  IncidentDayCountPolicy,
  IncidentEvent,
  IncidentEventType,
  IncidentSection,
  IncidentState,
  IncidentStatus,
  IncidentStatusInput,
  IncidentStatusOptions,
  MidnightReplyRule,
  OutOfHoursBilling,
  OutOfHoursCause,
  OutOfHoursEstimate,
  OutOfHoursTopic,
  ServiceEndNoticeCounting,
  ServiceEndNoticeInput,
  ServiceEndNoticeOptions,
  ServiceEndNoticeResult,
  SupportOnCancellationDay,
} from '../incident/index.js';
