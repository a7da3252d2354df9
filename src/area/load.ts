/** Loading area data a user supplies: both fixtures validated with zod, then built by ./data.ts. */
// zod's function form, not the schema's method: a caller who replaces `safeParse` on an exported schema changes no load.
import { safeParse } from 'zod';
import { readInput } from '../boundary/index.js';
import { toIssues } from '../data/issues.js';
import { CatalogValidationError, type Issue } from '../errors.js';
import { buildAreaData, type AreaData, type AreaDataInput } from './data.js';
import { AreasFixtureSchema, MunicipalitiesFixtureSchema } from './schema.js';

/**
 * Validates the municipality table and the area fixture (zod, once) and builds the indexes.
 * Cross-checks: every municipality code in the area fixture exists and its name matches.
 * @throws {CatalogValidationError} listing every problem with its JSON path (prefixed `municipalities` / `areas`)
 * @example
 * const data = loadAreaData({ municipalities: muniJson, areas: areasJson });
 * data.index.byCode.get('133612')?.name //=> '大島町'
 */
export function loadAreaData(input: AreaDataInput): AreaData {
  input = readInput(input, []);
  if (input === null || typeof input !== 'object') {
    throw new CatalogValidationError([{ code: 'invalid_type', path: [], message: 'Expected { municipalities, areas }' }]);
  }
  const issues: Issue[] = [];
  const m = safeParse(MunicipalitiesFixtureSchema, input.municipalities);
  if (!m.success) issues.push(...toIssues(m.error).map((i) => ({ ...i, path: ['municipalities', ...i.path] })));
  const a = safeParse(AreasFixtureSchema, input.areas);
  if (!a.success) issues.push(...toIssues(a.error).map((i) => ({ ...i, path: ['areas', ...i.path] })));
  if (!m.success || !a.success) throw new CatalogValidationError(issues);
  return buildAreaData(m.data, a.data);
}

