/**
 * `npm run bench`: runs every benchmark in bench/ (or those named on the command line)
 * and prints throughput beside each one's hand-written baseline. Benchmarks are not tests:
 * they report figures, they do not fail on a slow machine.
 *
 * Each bench is first bundled with esbuild (the library's modules in one scope, as tsup ships them;
 * dependencies stay external), written beside the bench file (so paths relative to it still hold) and
 * imported from there. Run through tsx's on-the-fly transform instead, every cross-module constant and
 * function becomes a getter call, which costs more than many of the calls measured. `--no-bundle` runs
 * the sources through tsx as they are.
 */
// @ts-nocheck

import { readdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const noBundle = args.includes('--no-bundle');
const only = args.filter((a) => !a.startsWith('--'));
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => only.length === 0 || only.some((o) => f.startsWith(o)))
  .sort();

for (const f of files) {
  console.log(`\n## ${f}`);
  let url = pathToFileURL(join(here, f)).href;
  let bundled: string | undefined;
  if (!noBundle) {
    bundled = join(here, `.${f.replace(/\.ts$/, '')}.bundle.mjs`);
    await build({ entryPoints: [join(here, f)], outfile: bundled, bundle: true, platform: 'node', format: 'esm', target: 'node20', packages: 'external', logLevel: 'warning' });
    url = pathToFileURL(bundled).href;
  }
  try {
    const mod = (await import(url)) as { run?: () => void | Promise<void> };
    if (typeof mod.run === 'function') await mod.run();
  } finally {
    if (bundled) rmSync(bundled, { force: true });
  }
}
