/**
 * Fixture section `incidents`: when an incident opens and closes, the auto-close timer after a
 * support reply, out-of-hours support and its paid cases, the notice before the service ends,
 * and what a cancellation does to support. Every fact carries its id and its verbatim source.
 */
// @ts-nocheck

import { z } from 'zod';
import { DatedFactSchema, IdSchema, SourceSchema } from '../catalog/primitives.js';
import { INCIDENT_EVENT_TYPES, OUT_OF_HOURS_CAUSES, OUT_OF_HOURS_TOPICS } from './kinds.js';

/** An incident event type (see {@link INCIDENT_EVENT_TYPES}). */
export const IncidentEventTypeSchema = z.enum(INCIDENT_EVENT_TYPES).describe('Kind of incident event');
/** An incident event type: `accepted`, `customer-contact`, `support-reply`, `customer-agreed`, `resolved`. */
export type IncidentEventType = z.infer<typeof IncidentEventTypeSchema>;

/** Cause of an out-of-hours request. */
export const OutOfHoursCauseSchema = z.enum(OUT_OF_HOURS_CAUSES).describe('Why the out-of-hours request was made / what caused it');
/** Cause of an out-of-hours request. */
export type OutOfHoursCause = z.infer<typeof OutOfHoursCauseSchema>;

/** Topic of an out-of-hours request. */
export const OutOfHoursTopicSchema = z.enum(OUT_OF_HOURS_TOPICS).describe('Topic of a request made for the customer’s convenience');
/** Topic of an out-of-hours request made for the customer's convenience. */
export type OutOfHoursTopic = z.infer<typeof OutOfHoursTopicSchema>;

/** The incident opens with this event (002 仕様書 1.2: consumed when the inquiry is accepted). */
export const IncidentOpenRuleSchema = z
  .object({
    id: IdSchema,
    event: z.literal('accepted').describe('The event that opens (and consumes) an incident'),
    source: SourceSchema,
  })
  .strict();

/** An event that closes the incident at once (002 仕様書 6.1: 利用者の了承 / 不具合等の解消). */
export const IncidentCloseRuleSchema = z
  .object({
    id: IdSchema,
    event: z.enum(['customer-agreed', 'resolved']),
    source: SourceSchema,
  })
  .strict();

/** The automatic close: `days` after a support reply with no contact from the customer (002 仕様書 6.2). */
export const IncidentAutoCloseRuleSchema = z
  .object({
    id: IdSchema,
    startsWith: z.literal('support-reply').describe('The event that starts (or restarts) the timer'),
    stoppedBy: z.literal('customer-contact').describe('The event that stops the timer'),
    days: z.number().int().positive().max(3660).describe('Days that must pass with no contact from the customer'),
    source: SourceSchema,
  })
  .strict();

/** One case in which out-of-hours support is paid. `topic` narrows a `customer-convenience` case. */
export const OutOfHoursPaidCaseSchema = z
  .object({
    id: IdSchema,
    cause: OutOfHoursCauseSchema,
    topic: OutOfHoursTopicSchema.optional(),
    source: SourceSchema,
  })
  .strict();

/** Out-of-hours support (002 仕様書 5): offered in emergencies, paid in the listed cases, at a guide price. */
export const OutOfHoursRuleSchema = z
  .object({
    id: IdSchema,
    offered: z.object({ emergencyOnly: z.boolean(), source: SourceSchema }).strict().describe('Whether support outside hours is offered and when'),
    effectiveFrom: DatedFactSchema.optional().describe('Date the rule took effect'),
    feeId: IdSchema.describe('Id of the fee (kind out-of-hours) that prices it'),
    billingUnitMinutes: z.number().int().positive().max(1440).describe('Minutes of one billing unit (0.5H = 30)'),
    billingUnitSource: SourceSchema,
    paidCases: z.array(OutOfHoursPaidCaseSchema).min(1),
    source: SourceSchema,
  })
  .strict()
  .superRefine((r, ctx) => {
    r.paidCases.forEach((c, i) => {
      if (c.topic !== undefined && c.cause !== 'customer-convenience') {
        ctx.addIssue({ code: 'custom', path: ['paidCases', i, 'topic'], message: 'A topic only narrows a customer-convenience case' });
      }
    });
  });

/** Notice the provider gives before ending the service (002 規約 第4条). */
export const ServiceEndNoticeRuleSchema = z
  .object({
    id: IdSchema,
    months: z.number().int().positive().max(120).describe('Calendar months of notice, at least'),
    source: SourceSchema,
  })
  .strict();

/** What a cancellation does (003 解約). */
export const CancellationRuleSchema = z
  .object({
    id: IdSchema,
    effectiveDay: z
      .object({ rule: z.literal('acceptance-completed-day'), source: SourceSchema })
      .strict()
      .describe('The 解約日 is the Japan-time day on which acceptance of the cancellation completed'),
    support: z
      .object({ rule: z.literal('none-from-cancellation-day'), source: SourceSchema })
      .strict()
      .describe('No support from the 解約日 on'),
  })
  .strict();

/**
 * Section of a document fixture: incident rules (issue 8).
 * @example IncidentSectionSchema.safeParse({ serviceEndNotice: { id: 'x', months: 0, source } }).success //=> false (months >= 1)
 */
export const IncidentSectionSchema = z
  .object({
    opensOn: IncidentOpenRuleSchema.optional(),
    closeOn: z.array(IncidentCloseRuleSchema).optional(),
    autoClose: IncidentAutoCloseRuleSchema.optional(),
    outOfHours: OutOfHoursRuleSchema.optional(),
    serviceEndNotice: ServiceEndNoticeRuleSchema.optional(),
    cancellation: CancellationRuleSchema.optional(),
  })
  .strict();
/** A document's `incidents` section. */
export type IncidentSection = z.infer<typeof IncidentSectionSchema>;
/** The auto-close rule of a section. */
export type IncidentAutoCloseRule = z.infer<typeof IncidentAutoCloseRuleSchema>;
/** The out-of-hours rule of a section. */
export type OutOfHoursRule = z.infer<typeof OutOfHoursRuleSchema>;
/** One paid case of out-of-hours support. */
export type OutOfHoursPaidCase = z.infer<typeof OutOfHoursPaidCaseSchema>;
/** The service-end notice rule of a section. */
export type ServiceEndNoticeRule = z.infer<typeof ServiceEndNoticeRuleSchema>;
/** The cancellation rule of a section. */
export type CancellationRule = z.infer<typeof CancellationRuleSchema>;
