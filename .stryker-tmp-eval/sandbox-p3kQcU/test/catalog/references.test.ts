/**
 * Every fact cites something the repository holds: a source document in sources/ (by file name) or a
 * reference of docs/references.md (by id). The copies in sources/ and data/ are the ones their READMEs
 * describe (same SHA-256), and the municipality fixture is the data set's copy.
 */
// @ts-nocheck

import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SourceSchema } from '../../src/schemas/index.js';
import { REFERENCE_ID, referenceSections } from '../helpers/references.js';

const root = join(__dirname, '..', '..');
const references = referenceSections();
const seedFiles = readdirSync(join(root, 'sources')).filter((f) => f.endsWith('.txt'));

interface Cited {
  where: string;
  document: string;
  passage: string;
}
function collect(value: unknown, where: string, out: Cited[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => collect(v, `${where}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.document === 'string' && typeof o.passage === 'string') out.push({ where, document: o.document, passage: o.passage });
    for (const [k, v] of Object.entries(o)) collect(v, `${where}.${k}`, out);
  }
}
const cited: Cited[] = [];
for (const f of readdirSync(join(root, 'fixtures')).filter((n) => n.endsWith('.json'))) {
  collect(JSON.parse(readFileSync(join(root, 'fixtures', f), 'utf8')), f, cited);
}

describe('docs/references.md', () => {
  it('defines well-formed, unique reference ids', () => {
    expect(references.size).toBeGreaterThan(20);
    for (const id of references.keys()) expect(id).toMatch(REFERENCE_ID);
  });
  it('every entry names its source (a law number, an article, an address or a data set)', () => {
    for (const [id, text] of references) expect(text, id).toMatch(/法律第|政令第|第\d+条|https?:\/\/|ref:|knowledge/);
  });
});

describe('every fixture fact cites a document or reference the repository holds', () => {
  it('found the citations', () => {
    expect(cited.length).toBeGreaterThan(500);
    expect(cited.some((c) => c.document.startsWith('ref:'))).toBe(true);
  });
  it('each is a file of sources/ or a reference id of docs/references.md', () => {
    const bad = cited.filter((c) => (c.document.startsWith('ref:') ? !references.has(c.document) : !seedFiles.includes(c.document)));
    expect(bad.map((c) => `${c.where}: ${c.document}`)).toEqual([]);
  });
  it('each passes SourceSchema (a file name or a reference id, nothing else)', () => {
    expect(SourceSchema.safeParse({ document: 'notes.md', passage: 'p' }).success).toBe(false);
    expect(SourceSchema.safeParse({ document: 'ref:Not_An_Id', passage: 'p' }).success).toBe(false);
    for (const c of cited) expect(SourceSchema.shape.document.safeParse(c.document).success, c.where).toBe(true);
  });
  it('each passage citing a reference is a statement of its entry (white space folded, "…" joining excerpts)', () => {
    const fold = (t: string) => t.replace(/\s+/g, '');
    const quoted = cited.filter((c) => c.document.startsWith('ref:') && !references.get(c.document)!.includes('not reproduced here'));
    expect(quoted.length).toBeGreaterThan(100);
    const bad = quoted.filter((c) => {
      const entry = fold(references.get(c.document)!);
      return !c.passage.split(/\s…\s|…/).map(fold).filter(Boolean).every((piece) => entry.includes(piece));
    });
    expect(bad.map((c) => `${c.where} (${c.document}): ${c.passage}`)).toEqual([]);
  });
  it('reference ids named inside notes exist too', () => {
    const text = readdirSync(join(root, 'fixtures'))
      .filter((n) => n.endsWith('.json'))
      .map((f) => readFileSync(join(root, 'fixtures', f), 'utf8'))
      .join('\n');
    const named = new Set([...text.matchAll(/ref:[a-z0-9]+(?:-[a-z0-9]+)*/g)].map((m) => m[0]));
    expect([...named].filter((id) => !references.has(id))).toEqual([]);
  });
});

describe('sources/ and data/ hold the copies their READMEs describe', () => {
  const sha = (p: string) => createHash('sha256').update(readFileSync(p)).digest('hex');
  it('the five documents, unchanged', () => {
    expect(seedFiles).toHaveLength(5);
    const readme = readFileSync(join(root, 'sources', 'README.md'), 'utf8');
    for (const f of seedFiles) expect(readme, f).toContain(`${sha(join(root, 'sources', f))}  ${f}`);
  });
  it('the municipality table, unchanged', () => {
    const readme = readFileSync(join(root, 'data', 'README.md'), 'utf8');
    expect(readme).toContain(sha(join(root, 'data', 'municipalities.csv')));
  });
  it('neither is part of the npm package', () => {
    const files = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { files: string[] }).files;
    expect(files.some((f) => /^(?:\.\/)?(?:sources|data)\b/.test(f))).toBe(false);
    expect(files).toContain('LICENSE');
  });
});
