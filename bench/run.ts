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
 *
 * Each bench runs in a fresh Node process of its own, so its figures do not depend on which benches ran
 * before it: run in one process, the functions the library shares between capabilities (its input
 * reader, yen formatting, …) arrive at a later bench with the type feedback of the earlier ones, and the
 * later bench's per-call figures change with the selection and order of the benches (convertPrice's share
 * of its baseline was 0.089 after the billing bench and 0.128 alone).
 */
import { spawnSync } from 'node:child_process';
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
    if (bundled) {
      // A fresh process per bench (see above); its output goes straight to ours.
      const child = spawnSync(process.execPath, ['--input-type=module', '-e', `const m = await import(${JSON.stringify(url)}); if (typeof m.run === 'function') await m.run();`], { stdio: 'inherit' });
      if (child.status !== 0) process.exitCode = child.status ?? 1;
    } else {
      const mod = (await import(url)) as { run?: () => void | Promise<void> };
      if (typeof mod.run === 'function') await mod.run();
    }
  } finally {
    if (bundled) rmSync(bundled, { force: true });
  }
}
