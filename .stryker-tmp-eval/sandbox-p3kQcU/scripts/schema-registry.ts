/** JSON Schema files for the standalone fixtures, beside document.schema.json and catalog.schema.json. */
// @ts-nocheck

import type { z } from 'zod';
import { AreasFixtureSchema, MunicipalitiesFixtureSchema } from '../src/area/schema.js';
import { HolidayLawFixtureSchema } from '../src/calendar/schema.js';
import { ConsumptionTaxFixtureSchema } from '../src/money/tax-schema.js';

export const extraSchemas: Record<string, z.ZodType> = {
  'consumption-tax.schema.json': ConsumptionTaxFixtureSchema,
  'holidays.schema.json': HolidayLawFixtureSchema,
  'areas.schema.json': AreasFixtureSchema,
  'municipalities.schema.json': MunicipalitiesFixtureSchema,
};
