/**
 * The whole document fixture schema, composed above the capabilities: the catalog's metadata, plans,
 * options and fees (src/catalog/schema.ts) plus one optional section per rule module, each section's
 * schema owned by its module. Nothing below this layer imports it at run time.
 */
import { z } from 'zod';
import { AreaRulesSectionSchema } from '../area/schema.js';
import { BillingSectionSchema } from '../billing/schema.js';
import { ScheduleSectionSchema } from '../calendar/schema.js';
import { DocumentMetaSchema, FeeSchema, OptionSchema, PlanSchema } from '../catalog/schema.js';
import { IncidentSectionSchema } from '../incident/schema.js';
import { LoanerSectionSchema, SendbackSectionSchema, VisitSectionSchema } from '../loaner/schema.js';
import { QuotaSectionSchema } from '../quota/schema.js';
import { ScopeSectionSchema } from '../scope/schema.js';
import { TermsSectionSchema } from '../terms/schema.js';

/**
 * The zod type of {@link DocumentFixtureSchema}, written out so that the declarations name each section's schema
 * instead of repeating its whole type (the package's declarations were 140 KB larger without it).
 */
export type DocumentFixtureSchemaType = z.ZodObject<
  {
    $schema: z.ZodOptional<z.ZodString>;
    document: typeof DocumentMetaSchema;
    plans: z.ZodArray<typeof PlanSchema>;
    options: z.ZodArray<typeof OptionSchema>;
    fees: z.ZodArray<typeof FeeSchema>;
    billing: z.ZodOptional<typeof BillingSectionSchema>;
    schedules: z.ZodOptional<typeof ScheduleSectionSchema>;
    quotas: z.ZodOptional<typeof QuotaSectionSchema>;
    loaner: z.ZodOptional<typeof LoanerSectionSchema>;
    visits: z.ZodOptional<typeof VisitSectionSchema>;
    sendback: z.ZodOptional<typeof SendbackSectionSchema>;
    areaRules: z.ZodOptional<typeof AreaRulesSectionSchema>;
    incidents: z.ZodOptional<typeof IncidentSectionSchema>;
    scope: z.ZodOptional<typeof ScopeSectionSchema>;
    terms: z.ZodOptional<typeof TermsSectionSchema>;
  },
  z.core.$strict
>;

/** One seed document, transcribed. * @example DocumentFixtureSchema.safeParse(bundledFixtures[0]).success //=> true
 */
export const DocumentFixtureSchema: DocumentFixtureSchemaType = z
  .object({
    $schema: z.string().optional(),
    document: DocumentMetaSchema,
    plans: z.array(PlanSchema),
    options: z.array(OptionSchema),
    fees: z.array(FeeSchema),
    billing: BillingSectionSchema.optional(),
    schedules: ScheduleSectionSchema.optional(),
    quotas: QuotaSectionSchema.optional(),
    loaner: LoanerSectionSchema.optional(),
    visits: VisitSectionSchema.optional(),
    sendback: SendbackSectionSchema.optional(),
    areaRules: AreaRulesSectionSchema.optional(),
    incidents: IncidentSectionSchema.optional(),
    scope: ScopeSectionSchema.optional(),
    terms: TermsSectionSchema.optional(),
  })
  .strict();

/** A catalog: the documents it is made of. * @example CatalogInputSchema.safeParse({ documents: bundledFixtures }).success //=> true
 */
export const CatalogInputSchema: z.ZodObject<{ $schema: z.ZodOptional<z.ZodString>; documents: z.ZodArray<DocumentFixtureSchemaType> }, z.core.$strict> = z
  .object({
    $schema: z.string().optional(),
    documents: z.array(DocumentFixtureSchema).min(1),
  })
  .strict()
  .superRefine((cat, ctx) => {
    const seen = new Map<string, string>();
    const planIds = new Set<string>();
    cat.documents.forEach((doc, d) => {
      for (const p of doc.plans) planIds.add(p.id);
      const check = (kind: 'plans' | 'options' | 'fees', items: ReadonlyArray<{ id: string; source: { document: string } }>) =>
        items.forEach((item, i) => {
          const prev = seen.get(item.id);
          if (prev) {
            ctx.addIssue({ code: 'custom', path: ['documents', d, kind, i, 'id'], message: `Duplicate id ${item.id} (also ${prev})` });
          }
          seen.set(item.id, `${doc.document.file} ${kind}`);
          if (item.source.document !== doc.document.file) {
            ctx.addIssue({
              code: 'custom',
              path: ['documents', d, kind, i, 'source', 'document'],
              message: `Source document ${item.source.document} is not this fixture's document ${doc.document.file}`,
            });
          }
        });
      check('plans', doc.plans);
      check('options', doc.options);
      check('fees', doc.fees);
    });
    cat.documents.forEach((doc, d) => {
      // The billing rules name fees of their own document (src/billing/plan-rules.ts): an unknown one is refused here,
      // when the catalog is loaded, not on the first invoice of one of its plans.
      const feeIds = new Set(doc.fees.map((f) => f.id));
      const resubscription = doc.billing?.resubscriptionFee;
      if (resubscription && !feeIds.has(resubscription.feeId)) {
        ctx.addIssue({ code: 'custom', path: ['documents', d, 'billing', 'resubscriptionFee', 'feeId'], message: `Unknown fee id ${resubscription.feeId} (not a fee of ${doc.document.file})` });
      }
      doc.billing?.feeWaivers?.forEach((w, i) => {
        if (!feeIds.has(w.feeId)) {
          ctx.addIssue({ code: 'custom', path: ['documents', d, 'billing', 'feeWaivers', i, 'feeId'], message: `Unknown fee id ${w.feeId} (not a fee of ${doc.document.file})` });
        }
      });
      doc.options.forEach((o, i) =>
        o.appliesTo.forEach((pid, j) => {
          if (!planIds.has(pid)) {
            ctx.addIssue({ code: 'custom', path: ['documents', d, 'options', i, 'appliesTo', j], message: `Unknown plan id ${pid}` });
          }
        }),
      );
    });
  });

/** One seed document, transcribed (metadata, plans, options, fees, rule sections). */
export type DocumentFixture = z.infer<typeof DocumentFixtureSchema>;
/** The input of parseCatalog / loadCatalog. */
export type CatalogInput = z.infer<typeof CatalogInputSchema>;
