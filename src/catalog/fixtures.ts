/** The bundled documents' fixture JSON, as plain frozen values. */
import { lazyList } from '../data/frozen.js';
import { bundledDocumentCount, bundledDocumentData } from './documents.data.js';

/**
 * The fixture JSON of the bundled documents (frozen; copy it to modify), e.g. to load with `loadCatalog`. Importing
 * it does no work: the documents are frozen when an item is first read (freezing all five at import cost the ES module
 * root about a tenth of its import time).
 * @example loadCatalog({ documents: bundledFixtures }).plans.length //=> catalog.plans.length
 */
export const bundledFixtures: readonly unknown[] = /* @__PURE__ */ lazyList(bundledDocumentCount, (i) => bundledDocumentData()[i]);
