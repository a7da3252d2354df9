/** JSON Schema files for the standalone fixtures, beside document.schema.json and catalog.schema.json. */
import type { z } from 'zod';
import { HolidayLawFixtureSchema } from '../src/calendar/schema.js';

export const extraSchemas: Record<string, z.ZodType> = {
  'holidays.schema.json': HolidayLawFixtureSchema,
};
