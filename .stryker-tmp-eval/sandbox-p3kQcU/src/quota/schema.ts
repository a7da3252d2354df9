/**
 * The `quotas` section of a document fixture: how many inquiries (or incidents) a plan allows per
 * calendar month, how they are counted, which options add to the limit (and when), which change
 * nothing, the carry-over policy, and the monthly on-site fault-isolation visit.
 *
 * Every number, and every "the document states none", is a fact with its verbatim source passage.
 */
// @ts-nocheck

import { z } from 'zod';
import { IdSchema, SourceSchema } from '../catalog/primitives.js';

/** Whole, non-negative count (inquiries, incidents, visits, months). */
const CountSchema = z.number().int('Counts are whole numbers').nonnegative('Counts are never negative').max(1_000_000);

/** Id of an entry in docs/interpretations.md that decided how a fact is read. */
const InterpretationIdSchema = IdSchema.describe('Interpretation id (docs/interpretations.md) cited in reasons');

/**
 * How the customer's contacts are counted against a limit.
 *
 * - `unit`: what the document calls one unit (`inquiry` 問い合わせ / `incident` インシデント);
 * - `countsPer`: `inquiry` — every inquiry counts once, whatever it asks (000 注意事項 (3));
 *   `question` — one unit per question that cannot be split further, so an inquiry with several
 *   questions consumes several (002 仕様書 1.1–1.3);
 * - `consumedAt`: the instant that places an inquiry in a month — when it is made, or when the
 *   provider accepts it (002 1.2: 受理した時点);
 * - `includes`: topics the document says explicitly count (000: help setting up the tools).
 * @example QuotaCountingRuleSchema.parse(getDocument('002_02cdcd368f477966.txt').quotas!.countingRules[0]).countsPer //=> 'question'
 */
export const QuotaCountingRuleSchema = z
  .object({
    id: IdSchema,
    unit: z.enum(['inquiry', 'incident']),
    countsPer: z.enum(['inquiry', 'question']),
    consumedAt: z.enum(['inquiry-made', 'inquiry-accepted']),
    channels: z.array(z.enum(['phone', 'remote', 'fax', 'email', 'web'])).min(1).optional().describe('Channels the rule speaks of, when it names them'),
    includes: z.array(z.enum(['tool-setup-support'])).optional().describe('Topics the document says explicitly count'),
    interpretation: InterpretationIdSchema.optional(),
    source: SourceSchema,
    additionalSources: z.array(SourceSchema).optional(),
  })
  .strict()
  .describe('How inquiries are counted');

/**
 * A plan's monthly limit. `limitPerMonth: null` records that the document defines the unit but states
 * no number (002): the evaluator then reports "no limit stated" instead of inventing one.
 * @example documentOfPlan('oas-plan-b').quotas!.inquiryLimits[1].limitPerMonth //=> 10
 */
export const InquiryLimitSchema = z
  .object({
    id: IdSchema,
    planIds: z.array(IdSchema).min(1),
    countingRuleId: IdSchema,
    limitPerMonth: CountSchema.nullable(),
    period: z.literal('calendar-month').describe('暦月 in Japan time'),
    interpretation: InterpretationIdSchema.optional(),
    source: SourceSchema,
  })
  .strict()
  .describe('Monthly inquiry limit of plans');

/**
 * An option that adds to the monthly limit: `extraPerOptionContract` units per option contract,
 * in the calendar month (料金月) that contains the option's start date only, never carried over.
 * @example getDocument('it-support-security').quotas!.addOns![0].extraPerOptionContract //=> 20
 */
export const QuotaAddOnSchema = z
  .object({
    id: IdSchema,
    optionId: IdSchema,
    extraPerOptionContract: CountSchema,
    appliesIn: z.literal('month-containing-start').describe('Only the 料金月 that contains the option start date'),
    carryOver: z.boolean().describe('Whether unused added units may move to a later month'),
    interpretation: InterpretationIdSchema.optional(),
    source: SourceSchema,
    additionalSources: z.array(SourceSchema).optional(),
  })
  .strict()
  .describe('Option that adds inquiries');

/**
 * Options that the document says change no limit (時間延長).
 * @example getDocument('it-support-security').quotas!.limitNeutralOptions![0].optionIds //=> ['itss-light-time-extension']
 */
export const LimitNeutralOptionSchema = z
  .object({
    id: IdSchema,
    optionIds: z.array(IdSchema).min(1),
    source: SourceSchema,
  })
  .strict()
  .describe('Options that change no limit');

/**
 * No carry-over: each month's unused units lapse at its end.
 * @example NoRolloverSchema.parse({ kind: 'none' }) //=> { kind: 'none' }
 */
export const NoRolloverSchema = z.object({ kind: z.literal('none') }).strict();

/**
 * Carry-over: up to `maxUnitsPerMonth` unused units of a month's own plan allowance move forward and
 * stay usable for `validForMonths` following months (then lapse). Carried units are never carried again.
 * @example CarryOverRolloverSchema.safeParse({ kind: 'carry-over', maxUnitsPerMonth: 3, validForMonths: 0 }).success //=> false
 */
export const CarryOverRolloverSchema = z
  .object({
    kind: z.literal('carry-over'),
    maxUnitsPerMonth: CountSchema.min(1),
    validForMonths: CountSchema.min(1).max(120),
  })
  .strict();

/**
 * A rollover policy, as data (`{ kind: 'none' }` or `{ kind: 'carry-over', maxUnitsPerMonth, validForMonths }`).
 * @example RolloverPolicySchema.parse({ kind: 'carry-over', maxUnitsPerMonth: 5, validForMonths: 1 }).kind //=> 'carry-over'
 */
export const RolloverPolicySchema = z.discriminatedUnion('kind', [NoRolloverSchema, CarryOverRolloverSchema]).describe('Rollover policy');

/**
 * The document's rollover policy and where it comes from.
 * @example getDocument('office-anshin-support').quotas!.rollover.policy //=> { kind: 'none' }
 */
export const RolloverFactSchema = z
  .object({
    id: IdSchema,
    policy: RolloverPolicySchema,
    interpretation: InterpretationIdSchema.optional(),
    source: SourceSchema,
    additionalSources: z.array(SourceSchema).optional(),
  })
  .strict();

/**
 * The monthly on-site fault-isolation visit (訪問故障切り分け): how many per calendar month, on which
 * condition, and where. `address` absent means the document restricts no address.
 * @example documentOfPlan('oas-plan-a').quotas!.onsiteVisits![0].limitPerMonth //=> 1
 */
export const OnsiteVisitRuleSchema = z
  .object({
    id: IdSchema,
    planIds: z.array(IdSchema).min(1),
    channel: z.literal('onsite-diagnosis').describe('Calendar channel whose hours apply'),
    limitPerMonth: CountSchema.min(1),
    period: z.literal('calendar-month'),
    interpretation: InterpretationIdSchema.optional(),
    source: SourceSchema,
    condition: z
      .object({ kind: z.literal('phone-and-remote-could-not-isolate'), source: SourceSchema })
      .strict(),
    address: z.object({ kind: z.literal('contractor-address-only'), source: SourceSchema }).strict().optional(),
    eligibility: z.object({ source: SourceSchema }).strict().optional().describe('Passage naming the plans the visit is for'),
  })
  .strict()
  .describe('Monthly on-site fault-isolation visit');

/**
 * Section of a document fixture: quotas (issue 5). Checks that limits name known counting rules and
 * that no plan has two limits or two visit rules.
 * @example QuotaSectionSchema.safeParse(getDocument('helpdesk-support').quotas).success //=> true
 */
export const QuotaSectionSchema = z
  .object({
    countingRules: z.array(QuotaCountingRuleSchema),
    inquiryLimits: z.array(InquiryLimitSchema),
    addOns: z.array(QuotaAddOnSchema).optional(),
    limitNeutralOptions: z.array(LimitNeutralOptionSchema).optional(),
    rollover: RolloverFactSchema,
    onsiteVisits: z.array(OnsiteVisitRuleSchema).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const rules = new Set(s.countingRules.map((r) => r.id));
    s.inquiryLimits.forEach((l, i) => {
      if (!rules.has(l.countingRuleId)) {
        ctx.addIssue({ code: 'custom', path: ['inquiryLimits', i, 'countingRuleId'], message: `Unknown counting rule ${l.countingRuleId}` });
      }
    });
    const seenPlans = new Map<string, number>();
    s.inquiryLimits.forEach((l, i) =>
      l.planIds.forEach((p, j) => {
        if (seenPlans.has(p)) {
          ctx.addIssue({ code: 'custom', path: ['inquiryLimits', i, 'planIds', j], message: `Plan ${p} has two limits (also inquiryLimits[${seenPlans.get(p)}])` });
        }
        seenPlans.set(p, i);
      }),
    );
    const seenVisitPlans = new Set<string>();
    (s.onsiteVisits ?? []).forEach((v, i) =>
      v.planIds.forEach((p, j) => {
        if (seenVisitPlans.has(p)) ctx.addIssue({ code: 'custom', path: ['onsiteVisits', i, 'planIds', j], message: `Plan ${p} has two on-site visit rules` });
        seenVisitPlans.add(p);
      }),
    );
  })
  .describe('Inquiry quotas, add-ons, rollover and the monthly on-site visit');

/** The `quotas` section of a document fixture. @example getDocument('office-anshin-support').quotas!.inquiryLimits.length //=> 2 */
export type QuotaSection = z.infer<typeof QuotaSectionSchema>;
/** A counting rule. @example const r: QuotaCountingRule['countsPer'] = 'question'; //=> 002's rule */
export type QuotaCountingRule = z.infer<typeof QuotaCountingRuleSchema>;
/** A plan's monthly limit. @example const l: InquiryLimit['limitPerMonth'] = null; //=> 002: none stated */
export type InquiryLimit = z.infer<typeof InquiryLimitSchema>;
/** An option adding inquiries. @example const a: QuotaAddOn['appliesIn'] = 'month-containing-start'; //=> 001 *1 */
export type QuotaAddOn = z.infer<typeof QuotaAddOnSchema>;
/** Options changing no limit. @example const n: LimitNeutralOption['optionIds'] = ['itss-light-time-extension']; //=> 時間延長 */
export type LimitNeutralOption = z.infer<typeof LimitNeutralOptionSchema>;
/** A rollover policy. @example const p: RolloverPolicy = { kind: 'carry-over', maxUnitsPerMonth: 5, validForMonths: 2 }; //=> up to 5 unused, usable 2 more months */
export type RolloverPolicy = z.infer<typeof RolloverPolicySchema>;
/** A document's rollover policy with its source. @example const k: RolloverFact['policy']['kind'] = 'none'; //=> every bundled document */
export type RolloverFact = z.infer<typeof RolloverFactSchema>;
/** The monthly on-site visit rule. @example const c: OnsiteVisitRule['channel'] = 'onsite-diagnosis'; //=> calendar channel for the hours */
export type OnsiteVisitRule = z.infer<typeof OnsiteVisitRuleSchema>;
