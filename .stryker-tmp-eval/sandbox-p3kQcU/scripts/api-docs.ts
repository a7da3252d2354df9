/**
 * The API reference in docs/api/: typedoc (typedoc.json) over the public entry point src/index.ts, as HTML
 * with no source links, no git revision and no generator stamp, so that the same sources always give
 * the same files and the files name no path of the machine that made them. Written by `npm run generate`;
 * test/docs/api-reference.test.ts regenerates it into a temporary directory and fails when docs/api differs.
 */
// @ts-nocheck

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Application, LogLevel } from 'typedoc';

/** Renders the reference into `outDir` (default: docs/api of `root`). */
export async function writeApiDocs(root: string, outDir = join(root, 'docs', 'api')): Promise<void> {
  const app = await Application.bootstrapWithPlugins({
    options: join(root, 'typedoc.json'),
    entryPoints: [join(root, 'src', 'index.ts')],
    tsconfig: join(root, 'tsconfig.json'),
    out: outDir,
    logLevel: LogLevel.Error,
  });
  const project = await app.convert();
  if (!project) throw new Error('typedoc could not convert src/index.ts');
  await app.generateDocs(project, outDir);
}

/** Every file under `dir`, by its path relative to `dir`, with its text. */
export function readTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.set(relative(dir, p).split('\\').join('/'), readFileSync(p, 'utf8'));
    }
  };
  walk(dir);
  return out;
}
