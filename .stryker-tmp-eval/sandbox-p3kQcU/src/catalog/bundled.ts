/**
 * The bundled catalog, transcribed from the five seed documents (fixtures/*.json). The documents were
 * validated by the zod schemas when the data module was generated (and are checked again by the tests);
 * here they are only parsed, frozen and indexed, on first use.
 */
// @ts-nocheck

import { brandTable } from '../boundary/index.js';
import { lazyRecord } from '../data/frozen.js';
import { buildCatalog, type Catalog } from './catalog.js';
import { bundledDocumentData } from './documents.data.js';
import type { DocumentFixture } from './schema.js';

/**
 * A catalog whose parts are built on first read: the same frozen values as `buildCatalog` gives,
 * behind a frozen object of getters, so that importing does no work.
 */
function lazyCatalog(build: () => Catalog): Catalog {
  return brandTable(lazyRecord(build, ['documents', 'plans', 'options', 'fees', 'index']), 'catalog');
}

/**
 * The bundled catalog: every plan, option and fee of the five documents, validated and frozen.
 * @example catalog.plans.length //=> 19
 */
export const catalog: Catalog = /* @__PURE__ */ lazyCatalog(() => buildCatalog({ documents: bundledDocumentData() as DocumentFixture[] }));
