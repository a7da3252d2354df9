/**
 * The bundled catalog, transcribed from the five seed documents (fixtures/*.json),
 * validated once at load and frozen.
 */
import doc000 from '../../fixtures/000-office-anshin-support.json';
import doc001 from '../../fixtures/001-it-support-security.json';
import doc002 from '../../fixtures/002-helpdesk-support.json';
import doc003 from '../../fixtures/003-ucom-remote-support.json';
import doc004 from '../../fixtures/004-iij-mpc-ultra-sendback.json';
import { deepFreeze } from '../boundary/index.js';
import { loadCatalog, type Catalog } from './catalog.js';

/**
 * The raw fixture JSON of the bundled documents, e.g. to modify and load with {@link loadCatalog}.
 * @example loadCatalog({ documents: bundledFixtures }).plans.length //=> catalog.plans.length
 */
export const bundledFixtures: readonly unknown[] = deepFreeze([doc000, doc001, doc002, doc003, doc004]);

/**
 * The bundled catalog: every plan, option and fee of the five documents, validated and frozen.
 * @example catalog.plans.length //=> 19
 */
export const catalog: Catalog = loadCatalog({ documents: bundledFixtures });
