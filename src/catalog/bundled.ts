/**
 * The bundled catalog, transcribed from the five seed documents (fixtures/*.json). The documents were
 * validated by the zod schemas when the data module was generated (and are checked again by the tests);
 * here they are only parsed, frozen and indexed, on first use.
 */
import { brandTable } from '../boundary/index.js';
import { deepFreeze, lazyRecord } from '../data/frozen.js';
import { buildCatalog, type Catalog } from './catalog.js';
import { bundledDocumentData, bundledDocumentFixtures } from './documents.data.js';
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

/**
 * The parts of the bundled document stating a plan that the calendar reads, `document` (its header) and `schedules`,
 * each deep-frozen (those parts only: neither the rest of the document nor the catalog is built), or undefined for an
 * id no bundled plan has (internal). The same objects as `getDocument(getPlan(planId).document)` holds: the catalog
 * freezes these fixtures in place, skipping parts frozen here. Ids are unique across the bundled documents
 * (DocumentFixtureSchema refuses duplicates), so the first match is the catalog's.
 */
export function bundledPlanSchedules(planId: string): Pick<DocumentFixture, 'document' | 'schedules'> | undefined {
  const docs = bundledDocumentFixtures();
  for (let d = 0; d < docs.length; d++) {
    const doc = docs[d]!;
    for (let i = 0; i < doc.plans.length; i++) {
      if (doc.plans[i]!.id === planId) {
        deepFreeze(doc.document);
        deepFreeze(doc.schedules);
        return doc;
      }
    }
  }
  return undefined;
}
