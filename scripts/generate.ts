/** `npm run generate`: writes schemas/*.schema.json, docs/catalog.md and the example outputs of docs/guides. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { catalogMarkdown, jsonSchemaFiles } from './generators.js';
import { refreshGuides } from './guides.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
mkdirSync(join(root, 'schemas'), { recursive: true });
for (const [file, text] of Object.entries(jsonSchemaFiles())) {
  writeFileSync(join(root, 'schemas', file), text);
  console.log(`schemas/${file}`);
}
writeFileSync(join(root, 'docs', 'catalog.md'), catalogMarkdown());
console.log('docs/catalog.md');
for (const f of await refreshGuides(root)) console.log(`docs/guides/${f}`);
