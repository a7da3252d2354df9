/** The bundled documents' fixture JSON, as plain frozen values. */
// @ts-nocheck

import { bundledDocumentData } from './documents.data.js';

/**
 * The fixture JSON of the bundled documents (frozen; copy it to modify), e.g. to load with `loadCatalog`.
 * @example loadCatalog({ documents: bundledFixtures }).plans.length //=> catalog.plans.length
 */
export const bundledFixtures: readonly unknown[] = /* @__PURE__ */ bundledDocumentData();
