export * from './primitives.js';
export * from './schema.js';
export * from './catalog.js';
export { catalog, bundledFixtures } from './bundled.js';
export * from './queries.js';
export * from './contract.js';
