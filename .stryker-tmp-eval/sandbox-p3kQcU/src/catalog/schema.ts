/**
 * The catalog's own part of the document fixture schema: a document's metadata, plans, options and fees.
 * Each rule module owns its section's schema; the whole document schema is composed above them all,
 * in src/schemas/document.ts.
 */
// @ts-nocheck

import { z } from 'zod';
import {
  DatedFactSchema,
  IdSchema,
  IsoDateSchema,
  SourceSchema,
  TaxBasisSchema,
  YenSchema,
} from './primitives.js';

/** A document's identity. * @example DocumentMetaSchema.shape.file.safeParse('000_34f9cbb9e8f7f627.txt').success //=> true
 */
export const DocumentMetaSchema = z
  .object({
    id: IdSchema,
    file: z.string().regex(/^\d{3}_[0-9a-f]+\.txt$/, 'Seed document file name, e.g. 000_34f9cbb9e8f7f627.txt'),
    title: z.string().min(1),
    service: z.string().min(1).describe('Service name as written'),
    issuer: z.object({ name: z.string().min(1), source: SourceSchema }).strict(),
    serviceStart: DatedFactSchema.optional().describe('Date the service itself started, when stated'),
    revisions: z
      .array(z.object({ date: IsoDateSchema, description: z.string().min(1), source: SourceSchema }).strict())
      .optional(),
    source: SourceSchema,
  })
  .strict();

/**
 * When a plan or option could be newly subscribed. `start` and `end` are inclusive days.
 * `end.date: null` means the document lists the item as no longer sold but leaves the date blank.
 * @example SaleWindowSchema.safeParse({ start: { date: '2020-09-07', source }, end: { date: '2020-09-06', source } }).success //=> false
 */
export const SaleWindowSchema = z
  .object({
    start: DatedFactSchema.optional(),
    end: z
      .object({ date: IsoDateSchema.nullable(), source: SourceSchema })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((w, ctx) => {
    if (w.start && w.end?.date && w.end.date < w.start.date) {
      ctx.addIssue({
        code: 'custom',
        path: ['end', 'date'],
        message: `Sale end ${w.end.date} is before its start ${w.start.date}`,
      });
    }
  });

/** A base plan (基本メニュー). `monthlyFeeYen`/`taxBasis` are null only where the document states none. * @example PlanSchema.shape.monthlyFeeYen.safeParse(-1).success //=> false
 */
export const PlanSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1).describe('Name exactly as written in the document'),
    category: z.string().min(1).optional().describe('サービス区分 as written (ライト, スタンダード …)'),
    aliases: z.array(z.string().min(1)).optional().describe('Other spellings accepted by findPlan'),
    status: z.enum(['current', 'discontinued']),
    monthlyFeeYen: YenSchema.nullable(),
    taxBasis: TaxBasisSchema.nullable(),
    saleWindow: SaleWindowSchema,
    source: SourceSchema,
  })
  .strict();

/** An option (オプションメニュー) attachable to some plans. * @example OptionSchema.shape.appliesTo.safeParse([]).success //=> false
 */
export const OptionSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    appliesTo: z.array(IdSchema).min(1).describe('Plan ids the option can be added to'),
    status: z.enum(['current', 'discontinued']),
    monthlyFeeYen: YenSchema.nullable(),
    taxBasis: TaxBasisSchema.nullable(),
    charge: z
      .object({
        kind: z.enum(['monthly-while-active', 'start-month-only', 'not-stated']),
        source: SourceSchema,
      })
      .strict(),
    saleWindow: SaleWindowSchema,
    source: SourceSchema,
  })
  .strict();

/** A one-off or per-unit fee (初期費用, 事務手数料, visit menu, out-of-hours support). * @example FeeSchema.shape.per.options.includes('dispatch') //=> true
 */
export const FeeSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    kind: z.enum(['initial', 'administrative', 'visit-menu', 'out-of-hours']),
    amountYen: YenSchema.nullable().describe('null where the document states no amount (e.g. 000: 別途料金)'),
    taxBasis: TaxBasisSchema.nullable(),
    unit: z.string().min(1).describe('Unit as written (1派遣, パソコン1台 …)'),
    per: z.enum(['contract', 'dispatch', 'pc', 'printer', '30-minutes', 'application']),
    estimate: z.boolean().describe('True where the document gives only a guide price (目安)'),
    appliesTo: z.array(IdSchema).optional().describe('Plan ids; absent means every plan of the document'),
    source: SourceSchema,
  })
  .strict();

/** A document's identity (file, title, service, issuer). */
export type DocumentMeta = z.infer<typeof DocumentMetaSchema>;
/** When an item could be newly subscribed (inclusive days). */
export type SaleWindow = z.infer<typeof SaleWindowSchema>;
/** A plan as transcribed in a fixture. */
export type PlanDefinition = z.infer<typeof PlanSchema>;
/** An option as transcribed in a fixture. */
export type OptionDefinition = z.infer<typeof OptionSchema>;
/** A fee as transcribed in a fixture. */
export type FeeDefinition = z.infer<typeof FeeSchema>;
/** One seed document, transcribed (metadata, plans, options, fees, rule sections); composed in src/schemas/document.ts. */
export type { DocumentFixture, CatalogInput } from '../schemas/document.js';
