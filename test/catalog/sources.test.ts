/**
 * Every fact's source passage must really occur in its seed document. The check folds what
 * transcription legitimately changes: HTML tags of the tables, white space, width (NFKC);
 * a passage may join several excerpts with " … " or " / ".
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..', '..');
const seeds = join(root, 'sources');
const fold = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/<[^>]*>/g, '')
    .replace(/&amp;/g, '&')
    .replace(/\\\\/g, '\\')
    .replace(/[\s　]+/g, '');

interface Found {
  file: string;
  path: string;
  document: string;
  passage: string;
}
function collect(value: unknown, file: string, path: string, out: Found[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => collect(v, file, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.document === 'string' && typeof o.passage === 'string') out.push({ file, path, document: o.document, passage: o.passage });
    for (const [k, v] of Object.entries(o)) collect(v, file, `${path}.${k}`, out);
  }
}

const facts: Found[] = [];
for (const f of readdirSync(join(root, 'fixtures')).filter((n) => n.endsWith('.json'))) {
  collect(JSON.parse(readFileSync(join(root, 'fixtures', f), 'utf8')), f, '$', facts);
}
const seedFacts = facts.filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f.document));

describe('source passages are quoted from the seed documents', () => {
  it('finds the seed documents in the repository (sources/)', () => {
    expect(existsSync(seeds), `${seeds} is missing`).toBe(true);
    expect(seedFacts.length).toBeGreaterThan(50);
  });
  const texts = new Map<string, string>();
  const text = (doc: string) => {
    if (!texts.has(doc)) texts.set(doc, fold(readFileSync(join(seeds, doc), 'utf8')));
    return texts.get(doc)!;
  };
  it.each(seedFacts.map((f) => [`${f.file} ${f.path}`, f] as const))('%s', (_name, f) => {
    const haystack = text(f.document);
    const parts = f.passage
      .split(/\s…\s|…|\s\/\s|;\s|\(blank cell\)/)
      .map(fold)
      .filter((p) => p.length > 0);
    for (const part of parts) expect(haystack.includes(part), `"${part}" not found in ${f.document}`).toBe(true);
  });
});
