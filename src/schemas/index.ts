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

import { CatalogInputSchema, DocumentFixtureSchema } from './document.js';
import { ConsumptionTaxFixtureSchema } from '../money/tax-schema.js';
import { HolidayLawFixtureSchema } from '../calendar/schema.js';
import { AreasFixtureSchema, MunicipalitiesFixtureSchema } from '../area/schema.js';
import { IncidentEventTypeSchema } from '../incident/schema.js';
import { sealSchema } from './seal.js';

// The loaders validate with these very schemas: no caller may change what they accept (./seal.ts). Every exported
// schema is one of these or inside one (test/catalog/schemas-sealed.test.ts checks each; IncidentEventTypeSchema, of a
// caller's incident events, is in no fixture); naming the roots, not
// importing every module's namespace, keeps /schemas' bundle free of namespace objects.
const sealed = new WeakSet<object>();
for (const root of [CatalogInputSchema, DocumentFixtureSchema, ConsumptionTaxFixtureSchema, HolidayLawFixtureSchema, AreasFixtureSchema, MunicipalitiesFixtureSchema, IncidentEventTypeSchema]) sealSchema(root, sealed);
