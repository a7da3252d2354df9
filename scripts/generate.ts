/** `npm run generate`: writes schemas/*.schema.json, docs/catalog.md, src/catalog/bundled-ids.ts and the API report api/*.api.md. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledIdsSource, catalogMarkdown, jsonSchemaFiles } from './generators.js';
import { writeApiReports } from './api-report.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
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
