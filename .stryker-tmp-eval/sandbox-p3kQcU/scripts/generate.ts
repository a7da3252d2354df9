/**
 * `npm run generate`: writes fixtures/areas.json (and municipalities.json) from data/, src/postal/postal-data.json, then the
 * data modules (src/<capability>/<name>.data.ts), schemas/*.schema.json, docs/catalog.md, src/catalog/bundled-ids.ts,
 * the API report api/*.api.md, the example outputs of docs/guides and the API reference docs/api.
 */
// @ts-nocheck

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { areasDoc, buildAreasFixture, buildMunicipalitiesFixture } from './build-areas.js';
import { buildPostalData } from './build-postal.js';
import { dataModuleFiles } from './data-modules.js';
import { writeApiReports } from './api-report.js';
import { refreshGuides } from './guides.js';
import { writeApiDocs } from './api-docs.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const muni = buildMunicipalitiesFixture(root);
if (muni !== undefined) {
  writeFileSync(join(root, 'fixtures', 'municipalities.json'), muni);
  console.log('fixtures/municipalities.json');
}
const areasText = buildAreasFixture(root);
writeFileSync(join(root, 'fixtures', 'areas.json'), areasText);
console.log('fixtures/areas.json');
const areasMd = join(root, 'docs', 'areas.md');
writeFileSync(areasMd, areasDoc(readFileSync(areasMd, 'utf8'), areasText));
console.log('docs/areas.md');
writeFileSync(join(root, 'src', 'postal', 'postal-data.json'), buildPostalData(root));
console.log('src/postal/postal-data.json');
for (const [file, text] of Object.entries(dataModuleFiles())) {
  writeFileSync(join(root, file), text);
  console.log(file);
}
// Loaded after the data modules are written: docs/catalog.md reads the bundled catalog through them.
const { bundledIdsSource, catalogMarkdown, jsonSchemaFiles } = await import('./generators.js');
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(root, 'schemas', file), text);
  console.log(`schemas/${file}`);
}
writeFileSync(join(root, 'docs', 'catalog.md'), catalogMarkdown());
console.log('docs/catalog.md');
writeFileSync(join(root, 'src', 'catalog', 'bundled-ids.ts'), bundledIdsSource());
console.log('src/catalog/bundled-ids.ts');
for (const file of writeApiReports(root)) console.log(file);
for (const f of await refreshGuides(root)) console.log(`docs/guides/${f}`);
await writeApiDocs(root);
console.log('docs/api/');
