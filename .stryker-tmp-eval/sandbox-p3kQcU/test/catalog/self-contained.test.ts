/**
 * The repository stands alone: no source, test, script, fixture, benchmark or configuration names a path
 * outside it (a sibling checkout, a machine's directory, a file the repository does not hold).
 * The forbidden names are assembled here so that this file does not match itself.
 */
// @ts-nocheck

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const forbidden: ReadonlyArray<[string, RegExp]> = [
  ['a sibling checkout beside the repository', new RegExp(['\\.\\.', 'shared'].join('[\\\\/]'))],
  ['a reference directory outside the repository', new RegExp(['(?:^|[^A-Za-z0-9_-])shared', ''].join('/'))],
  ['the fact sheet outside the repository', new RegExp(['DOMAIN', 'md'].join('\\.'))],
  ['a machine path', new RegExp(['', 'work', ''].join('/'))],
];

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules' || name === '.git' || name === 'dist') continue;
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

const dirs = ['src', 'test', 'scripts', 'fixtures', 'bench', 'schemas', 'docs', 'sources', 'data', '.ci'];
const configs = ['package.json', 'tsconfig.json', 'tsup.config.ts', 'vitest.config.ts', 'README.md', '.gitignore'];
const files = [
  ...dirs.flatMap((d) => {
    try {
      return walk(join(root, d), []);
    } catch {
      return [];
    }
  }),
  ...configs.map((c) => join(root, c)),
  ...readdirSync(root).filter((n) => /^(?:stryker|typedoc|api-extractor)\..*$/.test(n)).map((n) => join(root, n)),
].filter((p) => !/\.(?:png|jpg|gif|ico|tgz)$/.test(p));

describe('no file names a path outside the repository', () => {
  it('scans the sources, tests, scripts, fixtures, benchmarks, docs and configs', () => {
    expect(files.length).toBeGreaterThan(100);
    for (const d of ['src', 'test', 'scripts', 'fixtures', 'bench']) expect(files.some((f) => relative(root, f).startsWith(d + '/')), d).toBe(true);
  });
  it.each(forbidden)('none names %s', (_what, pattern) => {
    const hits: string[] = [];
    for (const f of files) {
      const lines = readFileSync(f, 'utf8').split('\n');
      lines.forEach((line, i) => {
        if (pattern.test(line)) hits.push(`${relative(root, f)}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    expect(hits).toEqual([]);
  });
});
