/** `tsx scripts/generate-guides.ts [guide.md]`: rewrites the output blocks of docs/guides (also run by `npm run generate`). */
// @ts-nocheck

import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { refreshGuides } from './guides.js';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
for (const f of await refreshGuides(root, process.argv[2])) console.log(`docs/guides/${f}`);
