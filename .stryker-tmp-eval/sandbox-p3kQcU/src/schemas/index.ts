/**
 * `support-contract-rules/schemas`: the zod schemas of every fixture and section, and the loaders that
 * validate data a user supplies with them (`parseCatalog`, `loadCatalog`, `loadConsumptionTaxTable`,
 * `loadHolidayLaw`, `loadAreaData`). Only this entry point loads zod; the capabilities and the root
 * use the bundled data, validated when it was generated.
 */
// @ts-nocheck

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
