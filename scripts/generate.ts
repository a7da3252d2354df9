/** `npm run generate`: writes the data modules (src/<capability>/<name>.data.ts), schemas/*.schema.json, docs/catalog.md and the example outputs of docs/guides. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dataModuleFiles } from './data-modules.js';
import { refreshGuides } from './guides.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const [file, text] of Object.entries(dataModuleFiles())) {
  writeFileSync(join(root, file), text);
  console.log(file);
}
// Loaded after the data modules are written: docs/catalog.md reads the bundled catalog through them.
const { catalogMarkdown, jsonSchemaFiles } = await import('./generators.js');
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(root, 'schemas', file), text);
  console.log(`schemas/${file}`);
}
writeFileSync(join(root, 'docs', 'catalog.md'), catalogMarkdown());
console.log('docs/catalog.md');
for (const f of await refreshGuides(root)) console.log(`docs/guides/${f}`);
