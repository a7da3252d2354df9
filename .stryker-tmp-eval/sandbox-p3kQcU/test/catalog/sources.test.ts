/**
 * Every fact's source passage is verbatim in its seed document, with zero exceptions: each excerpt
 * of the passage (a string, or an array with one excerpt per cell or row) occurs in the document
 * after the one normalisation of src/catalog/verbatim.ts (markup removed, white space folded) and
 * nothing else — no width folding, no " … " or " / " joins, no "(blank cell)".
 */
// @ts-nocheck

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { excerptOccursIn, foldForSourceCheck } from '../../src/catalog/verbatim.js';

const root = join(__dirname, '..', '..');
const seeds = join(root, 'sources');

interface Found {
  file: string;
  path: string;
  document: string;
  passage: unknown;
}
function collect(value: unknown, file: string, path: string, out: Found[]): void {
  if (Array.isArray(value)) value.forEach((v, i) => collect(v, file, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.document === 'string' && 'passage' in o) out.push({ file, path, document: o.document, passage: o.passage });
    for (const [k, v] of Object.entries(o)) collect(v, file, `${path}.${k}`, out);
  }
}

const facts: Found[] = [];
for (const f of readdirSync(join(root, 'fixtures')).filter((n) => n.endsWith('.json'))) {
  collect(JSON.parse(readFileSync(join(root, 'fixtures', f), 'utf8')), f, '$', facts);
}
const seedFacts = facts.filter((f) => /^\d{3}_[0-9a-f]+\.txt$/.test(f.document));

describe('source passages are verbatim in the seed documents (zero exceptions)', () => {
  it('finds the five documents and their facts', () => {
    expect(existsSync(seeds), `${seeds} is missing`).toBe(true);
    expect(new Set(seedFacts.map((f) => f.document)).size).toBe(5);
    expect(seedFacts.length).toBeGreaterThan(300);
  });
  const texts = new Map<string, string>();
  const folded = (doc: string) => {
    if (!texts.has(doc)) texts.set(doc, foldForSourceCheck(readFileSync(join(seeds, doc), 'utf8')));
    return texts.get(doc)!;
  };
  it.each(seedFacts.map((f) => [`${f.file} ${f.path}`, f] as const))('%s', (_name, f) => {
    const excerpts = typeof f.passage === 'string' ? [f.passage] : f.passage;
    expect(Array.isArray(excerpts), 'a passage is a string or an array of strings').toBe(true);
    const list = excerpts as unknown[];
    if (typeof f.passage !== 'string') expect(list.length, 'an array passage holds two or more excerpts').toBeGreaterThanOrEqual(2);
    for (const x of list) {
      expect(typeof x).toBe('string');
      expect(excerptOccursIn('', x as string, folded(f.document)), `"${String(x)}" is not in ${f.document}`).toBe(true);
    }
  });
});

describe('the normalisation', () => {
  it('removes markup and white space only', () => {
    expect(foldForSourceCheck('<td rowspan="2">基本メニュー</td> <td>ライト</td>')).toBe('基本メニューライト');
    expect(foldForSourceCheck('ITサポート&amp;セキュリティ')).toBe('ITサポート&セキュリティ');
    expect(foldForSourceCheck('\\* オプション')).toBe('*オプション');
    expect(foldForSourceCheck('<https://example.jp/>')).toBe('<https://example.jp/>');
    expect(foldForSourceCheck('ＡＢＣ')).toBe('ＡＢＣ');
  });
  it('rejects joins the document does not contain', () => {
    const doc = '<td>ライトあんしんプラン1</td> <td>2,200円</td>\n<td>ライトあんしんプラン2</td> <td>3,300円</td>';
    expect(excerptOccursIn(doc, 'ライトあんしんプラン1 2,200円')).toBe(true);
    expect(excerptOccursIn(doc, 'ライトあんしんプラン1 2,200円 / ライトあんしんプラン2 3,300円')).toBe(false);
    expect(excerptOccursIn(doc, 'ライトあんしんプラン1 … 3,300円')).toBe(false);
    expect(excerptOccursIn(doc, '(blank cell) 2,200円')).toBe(false);
    expect(excerptOccursIn(doc, '<td></td>')).toBe(false);
  });
});
