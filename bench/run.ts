/**
 * `npm run bench`: runs every benchmark in bench/ (or those named on the command line)
 * and prints throughput beside each one's hand-written baseline. Benchmarks are not tests:
 * they report figures, they do not fail on a slow machine.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

for (const f of files) {
  console.log(`\n## ${f}`);
  const mod = (await import(join(here, f))) as { run?: () => void | Promise<void> };
  if (typeof mod.run === 'function') await mod.run();
}
