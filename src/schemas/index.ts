/**
 * `support-contract-rules/schemas`: the zod schemas of every fixture and section, and the loaders that
 * validate data a user supplies with them (`parseCatalog`, `loadCatalog`, `loadConsumptionTaxTable`,
 * `loadHolidayLaw`, `loadAreaData`). Only this entry point loads zod; the capabilities and the root
 * use the bundled data, validated when it was generated.
 */
export * from '../catalog/primitives.js';
export * from '../catalog/schema.js';
export * from './document.js';
export * from '../money/tax-schema.js';
export * from '../billing/schema.js';
export * from '../calendar/schema.js';
export * from '../quota/schema.js';
export * from '../loaner/schema.js';
export * from '../area/schema.js';
export * from '../incident/schema.js';
export * from '../scope/schema.js';
export * from '../scope/conditions-schema.js';
export * from '../terms/schema.js';
export { parseCatalog, loadCatalog } from './catalog.js';
export { toIssues } from '../data/issues.js';
export { loadConsumptionTaxTable } from '../money/tax-load.js';
export { loadHolidayLaw } from '../calendar/holiday-load.js';
export { loadAreaData } from '../area/load.js';

import * as primitives from '../catalog/primitives.js';
import * as catalogSchema from '../catalog/schema.js';
import * as documentSchema from './document.js';
import * as taxSchema from '../money/tax-schema.js';
import * as billingSchema from '../billing/schema.js';
import * as calendarSchema from '../calendar/schema.js';
import * as quotaSchema from '../quota/schema.js';
import * as loanerSchema from '../loaner/schema.js';
import * as areaSchema from '../area/schema.js';
import * as incidentSchema from '../incident/schema.js';
import * as scopeSchema from '../scope/schema.js';
import * as conditionsSchema from '../scope/conditions-schema.js';
import * as termsSchema from '../terms/schema.js';
import { sealExportedSchemas } from './seal.js';

// The loaders validate with these very schemas: no caller may change what they accept (./seal.ts).
sealExportedSchemas(primitives, catalogSchema, documentSchema, taxSchema, billingSchema, calendarSchema, quotaSchema, loanerSchema, areaSchema, incidentSchema, scopeSchema, conditionsSchema, termsSchema);
