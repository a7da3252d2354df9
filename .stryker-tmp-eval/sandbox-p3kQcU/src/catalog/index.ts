/**
 * The catalog capability: the bundled catalog of the five documents, look-ups and sale windows.
 * Loading a user's catalog (`parseCatalog`, `loadCatalog`) validates with zod and lives in
 * `support-contract-rules/schemas`.
 */
// @ts-nocheck

export type * from './primitives.js';
export type * from './schema.js';
export { normalizeName, type Catalog, type CatalogIndex, type Fee, type Option, type ParseCatalogResult, type Plan } from './catalog.js';
export { catalog } from './bundled.js';
export { bundledFixtures } from './fixtures.js';
export * from './queries.js';
export * from './contract.js';
