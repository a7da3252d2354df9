/**
 * Every interpretation id that a result can cite (in src/ or in a fixture) is documented in
 * docs/interpretations.md, and every documented id is unique.
 */
// @ts-nocheck

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const doc = readFileSync(join(root, 'docs', 'interpretations.md'), 'utf8');
const documented = [...doc.matchAll(/^### ([a-z0-9-]+)\s*$/gm)].map((m) => m[1]!);

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : [p];
  });
}
const cited = new Set<string>();
for (const p of walk(join(root, 'src')).filter((f) => f.endsWith('.ts'))) {
  for (const m of readFileSync(p, 'utf8').matchAll(/interpretation:\s*['"]([a-z0-9-]+)['"]/g)) cited.add(m[1]!);
}
for (const p of walk(join(root, 'fixtures')).filter((f) => f.endsWith('.json'))) {
  for (const m of readFileSync(p, 'utf8').matchAll(/"interpretation":\s*"([a-z0-9-]+)"/g)) cited.add(m[1]!);
}

describe('docs/interpretations.md', () => {
  it('has unique ids', () => {
    expect(documented.length).toBeGreaterThan(50);
    expect(new Set(documented).size).toBe(documented.length);
  });
  it.each([...cited].sort())('documents %s', (id) => {
    expect(documented).toContain(id);
  });
});
