/**
 * Fixture sections of the loaner module (issue 6): `loaner` (代替機器貸出し, 000 and 001),
 * `visits` (訪問サポート, 000 and 001) and `sendback` (ウルトラセンドバック, 004).
 * Every fact carries its `source`; the evaluators in this module hold no document value.
 */
// @ts-nocheck

import { z } from 'zod';
import { IdSchema, SourceSchema } from '../catalog/primitives.js';

const CountSchema = z.number().int().positive().max(1_000_000);

/** A fact that is only a passage: a rule the evaluators apply, with where it is written. */
const SourcedNoteSchema = z
  .object({ text: z.string().min(1).describe('What the passage says, in English'), source: SourceSchema })
  .strict();

/** A plan list with its source: which base plans include a service. */
const PlanListSchema = z
  .object({ planIds: z.array(IdSchema).min(1), source: SourceSchema })
  .strict()
  .describe('Base plans that include the service');

/** One kind of loaner device (代替機器種別). */
export const LoanerDeviceTypeSchema = z
  .object({
    id: IdSchema.describe('Stable id of the loaner type, e.g. windows-pc'),
    name: z.string().min(1).describe('Name as written, e.g. パソコン（WindowsOS、AC電源含む）'),
    deviceType: IdSchema.describe('Kind of device a request names: pc, tablet, router, hub, fax-phone'),
    os: IdSchema.nullable().describe('Operating system a request must name (windows, android), or null for devices without one'),
    includes: z.array(z.string().min(1)).describe('What comes with the loaner, as written (AC電源, 親機1台 …)'),
    source: SourceSchema,
  })
  .strict();

/** A device a request may name that the document does not lend (a Mac, an iPad). */
export const NotLendableDeviceSchema = z
  .object({
    deviceType: IdSchema,
    os: IdSchema.nullable(),
    name: z.string().min(1).describe('What the device is, e.g. Mac (macOS)'),
    source: SourceSchema,
  })
  .strict();

/** Support channels whose finding of a device failure opens a loan. */
export const LoanerTriggerSchema = z
  .object({
    channels: z
      .array(z.object({ id: IdSchema, name: z.string().min(1) }).strict())
      .min(1)
      .describe('phone, remote, onsite-diagnosis'),
    source: SourceSchema,
  })
  .strict();

/** How long a loan lasts and from which day it is counted. */
export const LoanPeriodSchema = z
  .object({
    maxLength: z
      .object({ amount: CountSchema, unit: z.enum(['day', 'week']) })
      .strict()
      .describe('Maximum length as written: 最大N週間 → { amount: N, unit: "week" }'),
    startDay: z
      .enum(['arrival-day', 'not-stated'])
      .describe('arrival-day: 到着日が起算日 (the arrival day is day 1); not-stated: the document is silent'),
    returnDate: z.enum(['set-at-lending', 'not-stated']).describe('set-at-lending: 返却日は貸出し時に指定'),
    source: SourceSchema,
  })
  .strict();

/**
 * Section `loaner`: who may borrow which device, how many, where it goes and for how long.
 * Checks: unique type ids, each (deviceType, os) listed once, a kind either always or never with an os.
 * @example LoanerSectionSchema.parse(documentOfPlan('oas-plan-a').loaner).perTypeLimit.units //=> 1
 */
export const LoanerSectionSchema = z
  .object({
    includedIn: PlanListSchema,
    optionsWithoutLoaners: z
      .object({ optionIds: z.array(IdSchema).min(1), source: SourceSchema })
      .strict()
      .optional()
      .describe('Options whose plan-table column reads —: an option on its own gives no loaner'),
    trigger: LoanerTriggerSchema,
    deviceTypes: z.array(LoanerDeviceTypeSchema).min(1),
    notLendable: z.array(NotLendableDeviceSchema),
    perTypeLimit: z.object({ units: CountSchema, source: SourceSchema }).strict().describe('同一種別 … N台まで: loaners of one type out at once'),
    distinctTypesLimit: z
      .object({ types: CountSchema, source: SourceSchema })
      .strict()
      .optional()
      .describe('別種別は、最大N機種まで (001)'),
    delivery: z
      .object({
        method: z.string().min(1).describe('As written, e.g. 宅配でのお届け'),
        addressRestriction: z.enum(['contractor-address']).nullable().describe('null where the document states none'),
        source: SourceSchema,
      })
      .strict(),
    period: LoanPeriodSchema,
    liability: SourcedNoteSchema.optional().describe('The customer pays for a loaner lost, damaged or not returned (000 ※5)'),
    setup: SourcedNoteSchema.optional(),
    collection: SourcedNoteSchema.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const ids = new Set<string>();
    s.deviceTypes.forEach((t, i) => {
      if (ids.has(t.id)) ctx.addIssue({ code: 'custom', path: ['deviceTypes', i, 'id'], message: `Duplicate loaner type id ${t.id}` });
      ids.add(t.id);
    });
    const kinds = new Map<string, string>();
    const withOs = new Map<string, boolean>();
    const check = (list: 'deviceTypes' | 'notLendable', i: number, deviceType: string, os: string | null) => {
      const key = `${deviceType}/${os ?? ''}`;
      const prev = kinds.get(key);
      if (prev) ctx.addIssue({ code: 'custom', path: [list, i], message: `${key} is listed twice (also ${prev})` });
      kinds.set(key, `${list}[${i}]`);
      const hasOs = os !== null;
      const before = withOs.get(deviceType);
      if (before !== undefined && before !== hasOs) {
        ctx.addIssue({ code: 'custom', path: [list, i, 'os'], message: `Device type ${deviceType} mixes entries with and without an os` });
      }
      withOs.set(deviceType, hasOs);
    };
    s.deviceTypes.forEach((t, i) => check('deviceTypes', i, t.deviceType, t.os));
    s.notLendable.forEach((t, i) => check('notLendable', i, t.deviceType, t.os));
    const channels = new Set<string>();
    s.trigger.channels.forEach((c, i) => {
      if (channels.has(c.id)) ctx.addIssue({ code: 'custom', path: ['trigger', 'channels', i, 'id'], message: `Duplicate channel ${c.id}` });
      channels.add(c.id);
    });
  });

/** A fee charged once per visit (派遣): always, or only when the customer asks for it. */
export const VisitDispatchFeeSchema = z
  .object({
    feeId: IdSchema,
    charge: z.enum(['every-dispatch', 'on-request']),
    source: SourceSchema,
  })
  .strict();

/** A waiver of a fee (000: 基本作業費 during an on-site fault-isolation visit). */
export const VisitWaiverSchema = z
  .object({
    id: IdSchema,
    feeId: IdSchema,
    when: z.enum(['during-onsite-diagnosis']),
    source: SourceSchema,
  })
  .strict();

/**
 * Section `visits`: the paid visit (訪問サポート) menu, where it is offered, and its waivers.
 * Checks: a fee is on the menu once; a waiver names a fee of the menu.
 * @example VisitSectionSchema.parse(documentOfPlan('itss-light-anshin-1').visits).unitItems.length //=> 2
 */
export const VisitSectionSchema = z
  .object({
    includedIn: PlanListSchema,
    addressRestriction: z
      .object({ rule: z.enum(['registered-address']), source: SourceSchema })
      .strict()
      .optional()
      .describe('契約時登録住所のみ (001)'),
    dispatchFees: z.array(VisitDispatchFeeSchema),
    unitItems: z
      .array(z.object({ feeId: IdSchema, source: SourceSchema }).strict())
      .describe('Per-unit menu items (per PC, per printer); their price and unit are the catalog fee'),
    waivers: z.array(VisitWaiverSchema),
    chargesStatedElsewhere: z
      .object({
        scope: z
          .enum(['other-menu-items', 'all-work'])
          .describe('other-menu-items: the document lists the main items only; all-work: the work itself is priced elsewhere'),
        source: SourceSchema,
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const seen = new Set<string>();
    const add = (path: (string | number)[], id: string) => {
      if (seen.has(id)) ctx.addIssue({ code: 'custom', path, message: `Fee ${id} is listed twice in the visit menu` });
      seen.add(id);
    };
    s.dispatchFees.forEach((f, i) => add(['dispatchFees', i, 'feeId'], f.feeId));
    s.unitItems.forEach((f, i) => add(['unitItems', i, 'feeId'], f.feeId));
    s.waivers.forEach((w, i) => {
      if (!seen.has(w.feeId)) ctx.addIssue({ code: 'custom', path: ['waivers', i, 'feeId'], message: `Waiver of ${w.feeId}, which is not on the visit menu` });
    });
  });

/** How a service adapter was obtained, and whether the option can be attached to it. */
export const SendbackAcquisitionSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    provision: z.enum(['rental', 'brought-in']).describe('レンタルする場合 / 持ち込む場合 (the information tables differ)'),
    optionAttachable: z.boolean(),
    interpretation: IdSchema.optional().describe('Interpretation id (docs/interpretations.md) when the row is a reading, not a quote'),
    source: SourceSchema,
  })
  .strict();

/** What caused an adapter to fail, and how it is then replaced. */
export const SendbackFailureCauseSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    replacement: z.enum(['onsite-replacement', 'standard-sendback']),
    customerCharged: z.boolean().describe('管理責任: the customer pays the actual cost (実費請求)'),
    interpretation: IdSchema.optional().describe('Interpretation id (docs/interpretations.md) when the row is a reading, not a quote'),
    source: SourceSchema,
    chargeSource: SourceSchema.optional().describe('Source of customerCharged when another passage states it'),
  })
  .strict();

/**
 * 管理責任: which adapters and items the actual-cost charge (実費請求) covers — the rented ones
 * (レンタル提供する), the adapter and its main accessories (主要な付属品).
 * @example SendbackCustomerChargeSchema.shape.provision.options //=> ['rental', 'brought-in']
 */
export const SendbackCustomerChargeSchema = z
  .object({
    provision: z.enum(['rental', 'brought-in']).describe('The adapters the charge covers'),
    items: z.array(z.object({ id: IdSchema, name: z.string().min(1) }).strict()).min(1).describe('What is charged when lost or damaged'),
    interpretation: IdSchema.optional(),
    source: SourceSchema,
  })
  .strict();

/** Conditions of the site or the situation that limit on-site replacement. */
export const SendbackConditionIdSchema = z.enum([
  'area-inaccessible',
  'many-adapters-damaged',
  'unattended-site',
  'restricted-site',
  'undeclared-site',
  'island-site',
]);

/**
 * Section `sendback`: 004's ウルトラセンドバック option as a decision table, and its two information tables.
 * Checks: ids unique within each list.
 * @example SendbackSectionSchema.parse(documentOfPlan('iij-mpc-management-entry').sendback).optionId //=> 'iij-ultra-sendback'
 */
export const SendbackSectionSchema = z
  .object({
    optionId: IdSchema.describe('The catalog option this section describes; its appliesTo lists the contract items'),
    acquisitions: z.array(SendbackAcquisitionSchema).min(1),
    failureCauses: z.array(SendbackFailureCauseSchema).min(1),
    customerCharge: SendbackCustomerChargeSchema.optional(),
    conditions: z
      .array(
        z
          .object({
            id: SendbackConditionIdSchema,
            effect: z.enum(['standard-sendback', 'no-onsite-visit', 'application-may-be-refused']),
            source: SourceSchema,
          })
          .strict(),
      )
      .min(1),
    onsiteNotes: z
      .array(z.object({ id: IdSchema, text: z.string().min(1), source: SourceSchema }).strict())
      .describe('Caveats of every on-site replacement (target time, network check)'),
    customerProvides: z
      .array(
        z
          .object({
            id: IdSchema,
            item: z.string().min(1).describe('項目, as written'),
            description: z.string().min(1).describe('説明, as written'),
            when: z.enum(['always', 'adapter-rental', 'adapter-brought-in', 'option-application']),
            source: SourceSchema,
          })
          .strict(),
      )
      .min(1)
      .describe('お客様から提供いただく情報 (and ウルトラセンドバックオプションお申し込み時)'),
    customerReceives: z
      .array(z.object({ id: IdSchema, item: z.string().min(1), description: z.string().min(1), source: SourceSchema }).strict())
      .min(1)
      .describe('お客様へ提供する情報'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const unique = (list: 'acquisitions' | 'failureCauses' | 'conditions' | 'customerProvides' | 'customerReceives' | 'onsiteNotes') => {
      const seen = new Set<string>();
      (s[list] as ReadonlyArray<{ id: string }>).forEach((x, i) => {
        if (seen.has(x.id)) ctx.addIssue({ code: 'custom', path: [list, i, 'id'], message: `Duplicate id ${x.id}` });
        seen.add(x.id);
      });
    };
    unique('acquisitions');
    unique('failureCauses');
    unique('conditions');
    unique('customerProvides');
    unique('customerReceives');
    unique('onsiteNotes');
  });

/** The parsed shape of {@link LoanerDeviceTypeSchema}. */
export type LoanerDeviceType = z.infer<typeof LoanerDeviceTypeSchema>;
/** The parsed shape of {@link NotLendableDeviceSchema}. */
export type NotLendableDevice = z.infer<typeof NotLendableDeviceSchema>;
/** The parsed shape of {@link LoanPeriodSchema}. */
export type LoanPeriodRule = z.infer<typeof LoanPeriodSchema>;
/** The parsed shape of {@link LoanerSectionSchema}. */
export type LoanerSection = z.infer<typeof LoanerSectionSchema>;
/** The parsed shape of {@link VisitSectionSchema}. */
export type VisitSection = z.infer<typeof VisitSectionSchema>;
/** The parsed shape of {@link SendbackSectionSchema}. */
export type SendbackSection = z.infer<typeof SendbackSectionSchema>;
/** The parsed shape of {@link SendbackConditionIdSchema}. */
export type SendbackConditionId = z.infer<typeof SendbackConditionIdSchema>;
/** The parsed shape of {@link SendbackAcquisitionSchema}. */
export type SendbackAcquisition = z.infer<typeof SendbackAcquisitionSchema>;
/** The parsed shape of {@link SendbackFailureCauseSchema}. */
export type SendbackFailureCause = z.infer<typeof SendbackFailureCauseSchema>;
