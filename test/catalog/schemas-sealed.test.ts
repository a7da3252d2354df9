/**
 * `/schemas` exports the schemas its loaders validate with. A caller who changes one must not change what another
 * caller's load accepts (an attacker-style probe, 2026-12-03: `PlanSchema.shape.monthlyFeeYen = z.number()` let a
 * catalog with a ¥1.5 fee load, and its invoices total ¥1.5; a tax rate of −50% changed convertPrice). Each exported
 * schema's definition is frozen when `/schemas` is imported (src/schemas/seal.ts).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import * as schemas from '../../src/schemas/index.js';
import { bundledFixtures, consumptionTaxTable, convertPrice, monthlyInvoice, CatalogValidationError } from '../../src/index.js';

const docsWithFee = (fee: unknown) => {
  const docs = JSON.parse(JSON.stringify(bundledFixtures)) as Array<{ plans: Array<{ id: string; monthlyFeeYen: unknown }> }>;
  docs.flatMap((d) => d.plans).find((p) => p.id === 'oas-plan-a')!.monthlyFeeYen = fee;
  return { documents: docs };
};
const firstPlan = (): unknown => (JSON.parse(JSON.stringify(bundledFixtures)) as Array<{ plans: unknown[] }>)[0]!.plans[0];
const isSchema = (v: unknown): v is { _zod: { def: object } } => v !== null && typeof v === 'object' && typeof (v as { _zod?: { def?: unknown } })._zod?.def === 'object';

describe('the exported schemas cannot be changed under the loaders', () => {
  it('every exported schema’s definition is frozen, with its shape', () => {
    const exported = Object.entries(schemas).filter(([, v]) => isSchema(v));
    expect(exported.length).toBeGreaterThan(100);
    for (const [name, s] of exported) {
      expect(Object.isFrozen((s as { _zod: { def: object } })._zod.def), name).toBe(true);
      const shape = (s as { shape?: unknown }).shape;
      if (shape !== undefined) expect(Object.isFrozen(shape), `${name}.shape`).toBe(true);
    }
  });
  it('a replaced field of PlanSchema is refused, and a ¥1.5 fee is still refused by loadCatalog', () => {
    expect(() => {
      (schemas.PlanSchema.shape as Record<string, unknown>).monthlyFeeYen = z.number().nullable();
    }).toThrow(TypeError);
    expect(() => schemas.loadCatalog(docsWithFee(1.5))).toThrow(CatalogValidationError);
    const ok = schemas.loadCatalog(docsWithFee(3900));
    expect(monthlyInvoice({ catalog: ok, contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' }).totalYen).toBe(4290);
  });
  it('a replaced rate field of the tax schema is refused, and a −50% rate is still refused', () => {
    expect(() => {
      (schemas.ConsumptionTaxRateSchema.shape as Record<string, unknown>).ratePercent = z.number();
    }).toThrow(TypeError);
    const table = JSON.parse(JSON.stringify(consumptionTaxTable)) as { rates: Array<Record<string, unknown>> };
    for (const r of table.rates) delete r.effectiveUntil;
    table.rates[table.rates.length - 1]!.ratePercent = -50;
    expect(() => schemas.loadConsumptionTaxTable(table)).toThrow(CatalogValidationError);
    expect(convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2026-11-22' }).taxYen).toBe(390);
  });
  it('a schema’s own methods replaced by a caller do not reach the loaders (they call zod’s function form)', () => {
    const before = schemas.CatalogInputSchema.safeParse;
    try {
      (schemas.CatalogInputSchema as unknown as { safeParse: unknown }).safeParse = () => ({ success: true, data: docsWithFee(1.5) });
      expect(() => schemas.loadCatalog(docsWithFee(1.5))).toThrow(CatalogValidationError);
    } finally {
      (schemas.CatalogInputSchema as unknown as { safeParse: unknown }).safeParse = before;
    }
  });
  it('the schemas still parse and build as before (a new schema built on a sealed one included)', () => {
    expect(schemas.PlanSchema.safeParse(firstPlan()).success).toBe(true);
    const extended = schemas.PlanSchema.extend({ extra: z.string() });
    expect(extended.safeParse({ ...(firstPlan() as object), extra: "x" }).success).toBe(true);
    expect(schemas.PlanSchema.partial().safeParse({}).success).toBe(true);
  });
});
