/**
 * The `billing` section of a document fixture: when a document's monthly fee starts and stops being
 * charged, how a partial month is charged, which fee applies only on re-subscription, and which fee
 * is waived on which occasion. Every rule carries its source; where the document is silent the rule
 * says `not-stated` and names the default the library applies and the interpretation that records it.
 */
// @ts-nocheck

import { z } from 'zod';
import { IdSchema, IsoDateSchema, SourceSchema } from '../catalog/primitives.js';

const InterpretationIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Interpretation ids are lowercase letters, digits and hyphens')
  .describe('Id of the entry in docs/interpretations.md');

/** First month a monthly fee is charged. */
export const FirstBilledMonthSchema = z
  .object({
    rule: z.enum(['start-month', 'month-after-start', 'not-stated']).describe('start-month: the month of the start day; month-after-start: the next month'),
    default: z.enum(['start-month', 'month-after-start']).optional().describe('Applied when rule is not-stated'),
    interpretation: InterpretationIdSchema.optional(),
    source: SourceSchema,
  })
  .strict();

/** Last month a monthly fee is charged. */
export const LastBilledMonthSchema = z
  .object({
    rule: z
      .enum(['last-service-month', 'cancellation-month', 'not-stated'])
      .describe('last-service-month: the month of the last day of service; cancellation-month: the month of the 解約日 (the contract end day)'),
    default: z.enum(['last-service-month', 'cancellation-month']).optional(),
    interpretation: InterpretationIdSchema.optional(),
    source: SourceSchema,
  })
  .strict();

/** How a month with only some days of service is charged. */
export const PartialMonthSchema = z
  .object({
    rule: z.enum(['whole-month', 'not-stated']).describe('whole-month: the monthly fee is charged in full (月割); not-stated: the default applies and daily proration is an option'),
    default: z.enum(['whole-month', 'daily']).optional(),
    interpretation: InterpretationIdSchema.optional(),
    source: SourceSchema,
  })
  .strict();

/** The monthly fee's billing period. */
export const MonthlyFeeBillingSchema = z
  .object({
    firstMonth: FirstBilledMonthSchema,
    lastMonth: LastBilledMonthSchema,
    partialMonth: PartialMonthSchema,
  })
  .strict();

/** A fee charged only when the customer subscribes again after cancelling (003's 事務手数料). */
export const ResubscriptionFeeSchema = z
  .object({
    id: IdSchema,
    feeId: IdSchema.describe('The fee of the catalog that is charged'),
    firstContract: z.literal('free').describe('Never charged on a first contract'),
    month: z
      .object({
        rule: z.enum(['start-month', 'first-billed-month', 'not-stated']),
        default: z.enum(['start-month', 'first-billed-month']).optional(),
        interpretation: InterpretationIdSchema.optional(),
        source: SourceSchema,
      })
      .strict()
      .describe('Which invoice carries the fee'),
    source: SourceSchema,
  })
  .strict();

/** A fee that is waived when the work is asked for on a given occasion (000's 基本作業費). */
export const FeeWaiverSchema = z
  .object({
    id: IdSchema,
    feeId: IdSchema,
    occasion: z.enum(['fault-isolation-visit']).describe('fault-isolation-visit: the work is asked for during an on-site fault-isolation visit'),
    source: SourceSchema,
  })
  .strict();

/**
 * The rate at which a document states its tax-included prices (interpretation
 * billing-tax-included-rebase): on a day with another rate, such a price stands for its tax-excluded
 * base taxed at that day's rate. `statedOn` is a day the document states the prices (the rate in
 * force that day is `statedAtRatePercent`, checked against the tax table in the tests).
 * @example TaxIncludedPricesSchema.shape.statedAtRatePercent.safeParse(10).success //=> true
 */
export const TaxIncludedPricesSchema = z
  .object({
    statedAtRatePercent: z.number().positive().max(100),
    statedOn: IsoDateSchema.describe('A day on which the document states its prices'),
    interpretation: InterpretationIdSchema,
    source: SourceSchema,
  })
  .strict();

/**
 * Section of a document fixture: billing (issue 3). A `not-stated` rule must name its `default` and
 * `interpretation`; a stated rule has no default.
 * @example BillingSectionSchema.safeParse(getDocument('office-anshin-support').billing).success //=> true
 */
export const BillingSectionSchema = z
  .object({
    monthlyFee: MonthlyFeeBillingSchema,
    resubscriptionFee: ResubscriptionFeeSchema.optional(),
    feeWaivers: z.array(FeeWaiverSchema).optional(),
    taxIncludedPrices: TaxIncludedPricesSchema.optional(),
  })
  .strict()
  .superRefine((b, ctx) => {
    const needDefault = (rule: { rule: string; default?: string | undefined; interpretation?: string | undefined }, path: (string | number)[]) => {
      if (rule.rule === 'not-stated' && (rule.default === undefined || rule.interpretation === undefined)) {
        ctx.addIssue({ code: 'custom', path, message: 'A not-stated rule needs the default the library applies and its interpretation id' });
      }
      if (rule.rule !== 'not-stated' && rule.default !== undefined) {
        ctx.addIssue({ code: 'custom', path: [...path, 'default'], message: 'Only a not-stated rule has a default' });
      }
    };
    needDefault(b.monthlyFee.firstMonth, ['monthlyFee', 'firstMonth']);
    needDefault(b.monthlyFee.lastMonth, ['monthlyFee', 'lastMonth']);
    needDefault(b.monthlyFee.partialMonth, ['monthlyFee', 'partialMonth']);
    if (b.resubscriptionFee) needDefault(b.resubscriptionFee.month, ['resubscriptionFee', 'month']);
  });
/** A document's billing rules. @example getDocument('ucom-remote-support').billing?.monthlyFee.firstMonth.rule //=> 'month-after-start' */
export type BillingSection = z.infer<typeof BillingSectionSchema>;
/** A fee waiver rule (internal use by monthlyInvoice). */
export type FeeWaiver = z.infer<typeof FeeWaiverSchema>;
/** A re-subscription fee rule (internal use by monthlyInvoice). */
export type ResubscriptionFee = z.infer<typeof ResubscriptionFeeSchema>;
/** The rate a document states its tax-included prices at. */
export type TaxIncludedPrices = z.infer<typeof TaxIncludedPricesSchema>;
