/**
 * Incident timers and related terms: the state of a 002 helpdesk incident and its automatic close,
 * the price of out-of-hours support, 002's notice before the service ends, and 003's cancellation.
 */
// @ts-nocheck

export {
  incidentStatus,
  type IncidentEvent,
  type IncidentStatusOptions,
  type IncidentStatusInput,
  type IncidentState,
  type IncidentClosedBy,
  type IncidentStatus,
} from './status.js';
export {
  estimateOutOfHoursSupport,
  type OutOfHoursBilling,
  type EstimateOutOfHoursSupportOptions,
  type EstimateOutOfHoursSupportInput,
  type OutOfHoursEstimate,
} from './out-of-hours.js';
export {
  serviceEndNotice,
  cancellationEffect,
  type ServiceEndNoticeCounting,
  type ServiceEndNoticeOptions,
  type ServiceEndNoticeInput,
  type ServiceEndNoticeResult,
  type SupportOnCancellationDay,
  type CancellationEffectOptions,
  type CancellationEffectInput,
  type CancellationEffect,
} from './notice.js';
export {
  INCIDENT_DAY_COUNT_POLICIES,
  MIDNIGHT_REPLY_RULES,
  type IncidentDayCountPolicy,
  type MidnightReplyRule,
} from './periods.js';
export type { IncidentBusinessDayOptions } from './business-days.js';
export { INCIDENT_EVENT_TYPES, OUT_OF_HOURS_CAUSES, OUT_OF_HOURS_TOPICS } from './kinds.js';
export type {
  IncidentSection,
  IncidentEventType,
  OutOfHoursCause,
  OutOfHoursTopic,
} from './schema.js';
