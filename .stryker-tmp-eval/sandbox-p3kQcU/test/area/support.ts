/** Re-exports for the fixture tests (the public API plus the name folding used by the index). */
// @ts-nocheck

export * from '../../src/index.js';
export * from '../../src/schemas/index.js';
export { municipalityCheckDigit } from '../../src/area/code.js';
export { placeKey as placeKeyForTests } from '../../src/area/normalize.js';
