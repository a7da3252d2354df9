/** Loading a consumption-tax table a user supplies: validated with zod, then built by ./tax.ts. */
// zod's function form, not the schema's method: a caller who replaces `safeParse` on an exported schema changes no load.
import { safeParse } from 'zod';
import { readInput } from '../boundary/index.js';
import { toIssues } from '../data/issues.js';
import { CatalogValidationError } from '../errors.js';
import { buildConsumptionTaxTable, type ConsumptionTaxTable } from './tax.js';
import { ConsumptionTaxFixtureSchema } from './tax-schema.js';

/**
 * Validates a consumption-tax table (the shape of fixtures/consumption-tax.json) and freezes it.
 * Use it to load a table with a future rate change; pass it as `taxTable` to the tax functions.
 *
 * @throws {CatalogValidationError} listing every problem with its JSON path
 * @example loadConsumptionTaxTable(json).rates.length //=> 5
 */
export function loadConsumptionTaxTable(json: unknown): ConsumptionTaxTable {
  const r = safeParse(ConsumptionTaxFixtureSchema, readInput(json, []));
  if (!r.success) throw new CatalogValidationError(toIssues(r.error));
  return buildConsumptionTaxTable(r.data);
}
