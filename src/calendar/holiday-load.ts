/** Loading a holiday law a user supplies: validated with zod, then built by ./holiday-law.ts. */
// zod's function form, not the schema's method: a caller who replaces `safeParse` on an exported schema changes no load.
import { safeParse } from 'zod';
import { readInput } from '../boundary/index.js';
import { toIssues } from '../data/issues.js';
import { CatalogValidationError } from '../errors.js';
import { buildHolidayLaw, type HolidayLaw } from './holiday-law.js';
import { HolidayLawFixtureSchema } from './schema.js';

/**
 * Validates a holiday law (the shape of fixtures/holidays.json) and freezes it.
 * Use it to pass a changed law (a new holiday, a moved date) to the calendar functions as `holidayLaw`.
 * @throws {CatalogValidationError} the JSON does not match HolidayLawFixtureSchema (every issue with its path)
 * @example loadHolidayLaw(JSON.parse(text)).toYear //=> 2099
 */
export function loadHolidayLaw(json: unknown): HolidayLaw {
  const r = safeParse(HolidayLawFixtureSchema, readInput(json, []));
  if (!r.success) throw new CatalogValidationError(toIssues(r.error));
  return buildHolidayLaw(r.data);
}
