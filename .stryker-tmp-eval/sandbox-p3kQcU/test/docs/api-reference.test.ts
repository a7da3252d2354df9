/**
 * docs/api (typedoc) is not stale: regenerated from the sources into a temporary directory, it must equal
 * the checked-in files. When a public declaration or its doc comment changes, run `npm run generate`.
 */
// @ts-nocheck

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readTree, writeApiDocs } from '../../scripts/api-docs.js';

/**
 * typedoc's highlighting of code in comments varies from run to run (the numbering of its colour classes
 * `hl-0`, `hl-1` … in assets/highlight.css, and how it splits a comment into coloured spans); the comparison
 * drops the highlight spans and compares the text and every other tag.
 */
const canonical = (file: string, text: string): string =>
  file === 'assets/highlight.css' ? '' : text.replace(/<span class="hl-\d+">/g, '').replace(/<\/span>/g, '');

const root = join(__dirname, '..', '..');
const tmp = mkdtempSync(join(tmpdir(), 'api-docs-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('docs/api', () => {
  it('is what typedoc makes of the current sources (npm run generate rewrites it)', async () => {
    await writeApiDocs(root, tmp);
    const fresh = readTree(tmp);
    const committed = readTree(join(root, 'docs', 'api'));
    expect([...committed.keys()], 'files of docs/api: run npm run generate').toEqual([...fresh.keys()]);
    const stale = [...fresh]
      .filter(([file, text]) => canonical(file, committed.get(file) ?? '') !== canonical(file, text))
      .map(([file]) => file);
    expect(stale, 'stale files in docs/api: run npm run generate').toEqual([]);
    expect(fresh.get('index.html')).toContain('createInvoicer');
  }, 240_000);
});
