/**
 * Zod schema of `fixtures/consumption-tax.json`: Japan's consumption-tax rates by date and the
 * tax rules the library applies (tax point of a monthly fee, per-invoice rounding, 総額表示),
 * each with its source: a reference of docs/references.md (消費税法 and its orders).
 */
// @ts-nocheck

import { z } from 'zod';
import { IdSchema, IsoDateSchema, SourceSchema } from '../catalog/primitives.js';

/** Standard rate (標準税率) or reduced rate (軽減税率). @example ConsumptionTaxRateKindSchema.safeParse('reduced').success //=> true */
export const ConsumptionTaxRateKindSchema = z.enum(['standard', 'reduced']).describe('標準税率 (standard) or 軽減税率 (reduced)');

/**
 * One rate and the day it took effect (in force until the next rate of the same kind).
 * @example ConsumptionTaxRateSchema.safeParse(consumptionTaxTable.rates[0]).success //=> false (a loaded rate adds effectiveUntil, not a fixture field)
 */
export const ConsumptionTaxRateSchema = z
  .object({
    id: IdSchema,
    kind: ConsumptionTaxRateKindSchema,
    ratePercent: z
      .number()
      .min(0)
      .max(100)
      .refine((n) => Number.isFinite(n) && /^\d+(\.\d{1,4})?$/.test(String(n)), 'At most four decimal places')
      .describe('Rate in percent, e.g. 10'),
    effectiveFrom: IsoDateSchema.describe('First day the rate applies (inclusive)'),
    scope: z.string().min(1).optional().describe('What the rate covers, where it is not everything'),
    source: SourceSchema,
  })
  .strict();

/** A rule of the tax law the library applies, with its source. @example ConsumptionTaxRuleFactSchema.safeParse(consumptionTaxTable.rules.taxPoint).success //=> true */
export const ConsumptionTaxRuleFactSchema = z.object({ id: IdSchema, source: SourceSchema }).strict();

/** The whole consumption-tax fixture. @example ConsumptionTaxFixtureSchema.safeParse(json).success //=> true for fixtures/consumption-tax.json */
export const ConsumptionTaxFixtureSchema = z
  .object({
    $schema: z.string().optional(),
    rates: z.array(ConsumptionTaxRateSchema).min(1),
    rules: z
      .object({
        taxPoint: ConsumptionTaxRuleFactSchema.describe('The rate follows the day the supply is completed'),
        invoiceRounding: ConsumptionTaxRuleFactSchema.describe('Tax rounded once per invoice per rate'),
        taxFromTaxIncluded: ConsumptionTaxRuleFactSchema.describe('Tax from a tax-included total: × rate/(100+rate)'),
        totalPriceDisplay: ConsumptionTaxRuleFactSchema.describe('総額表示: prices shown to consumers include tax'),
      })
      .strict(),
  })
  .strict()
  .superRefine((fx, ctx) => {
    const ids = new Set<string>();
    const days = new Set<string>();
    fx.rates.forEach((r, i) => {
      if (ids.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rates', i, 'id'], message: `Duplicate id ${r.id}` });
      ids.add(r.id);
      const key = `${r.kind} ${r.effectiveFrom}`;
      if (days.has(key)) {
        ctx.addIssue({ code: 'custom', path: ['rates', i, 'effectiveFrom'], message: `Two ${r.kind} rates take effect on ${r.effectiveFrom}` });
      }
      days.add(key);
    });
    if (!fx.rates.some((r) => r.kind === 'standard')) {
      ctx.addIssue({ code: 'custom', path: ['rates'], message: 'The table needs at least one standard rate' });
    }
  });

/** `'standard'` or `'reduced'`. @example const k: ConsumptionTaxRateKind = 'standard'; //=> IT support is taxed at the standard rate */
export type ConsumptionTaxRateKind = z.infer<typeof ConsumptionTaxRateKindSchema>;
/** One rate row of the fixture. @example consumptionTaxTable.rates[3].ratePercent //=> 10 */
export type ConsumptionTaxRateDefinition = z.infer<typeof ConsumptionTaxRateSchema>;
/** The whole consumption-tax fixture. @example ConsumptionTaxFixtureSchema.parse(json).rates.length //=> 5 */
export type ConsumptionTaxFixture = z.infer<typeof ConsumptionTaxFixtureSchema>;
