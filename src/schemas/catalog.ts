/**
 * Loading a catalog a user supplies: validated with the whole document schema (composed in
 * ./document.ts), then built and frozen by the catalog module.
 */
// zod's function form, not the schema's method: a caller who replaces `safeParse` on an exported schema changes no load.
import { safeParse } from 'zod';
import { buildCatalog, type Catalog, type ParseCatalogResult } from '../catalog/catalog.js';
import { toIssues } from '../data/issues.js';
import { MAX_ITEMS, readInput } from '../boundary/index.js';
import { CatalogValidationError, ContractRulesError } from '../errors.js';
import { CatalogInputSchema } from './document.js';

/**
 * Validates catalog JSON (an object `{ documents: [...] }` or its JSON text) without throwing.
 *
 * @example
 * const r = parseCatalog({ documents: [] });
 * r.success //=> false
 * r.issues[0].path //=> ['documents']
 */
export function parseCatalog(json: unknown): ParseCatalogResult {
  let input: unknown = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (e) {
      return { success: false, issues: [{ code: 'invalid_json', path: [], message: `Not JSON: ${(e as Error).message}` }] };
    }
  }
  try {
    input = readInput(input, [], { maxItems: MAX_ITEMS });
  } catch (e) {
    if (e instanceof ContractRulesError) return { success: false, issues: [{ code: e.code, path: e.path, message: e.message }] };
    throw e;
  }
  const r = safeParse(CatalogInputSchema, input);
  if (!r.success) return { success: false, issues: toIssues(r.error) };
  return { success: true, data: buildCatalog(r.data) };
}

/**
 * Validates catalog JSON and returns the frozen catalog.
 * @throws {CatalogValidationError} listing every issue with its JSON path
 * @example
 * const mine = loadCatalog(JSON.parse(fs.readFileSync('my-catalog.json', 'utf8')));
 * findPlan({ id: 'oas-plan-a' }, mine)?.monthlyFeeYen //=> 3900
 */
export function loadCatalog(json: unknown): Catalog {
  const r = parseCatalog(json);
  if (!r.success) throw new CatalogValidationError(r.issues);
  return r.data;
}
