/**
 * Rules are data: no fee, date or service hour from the documents may be written as a literal in src/.
 * Yen amounts and dates are taken from the fixtures and searched for in the code (comments, where
 * doc examples legitimately show results, are stripped first). Small counts (1, 2, 5, 10 …) cannot be
 * told apart from ordinary code this way; their fixtures are covered by the table-driven fact tests.
 */
// @ts-nocheck

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/index.js';

const root = join(__dirname, '..', '..');
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    // The generated data modules (*.data.ts) are the fixtures themselves (test/package/generated-data.test.ts).
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') && !p.endsWith('.data.ts') ? [p] : [];
  });
}
/** Source text without comments (doc comments carry worked examples with real values). */
function code(path: string): string {
  return readFileSync(path, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}
const files = walk(join(root, 'src')).map((p) => ({ path: relative(root, p), text: code(p) }));

const amounts = new Set<number>();
for (const x of [...catalog.plans, ...catalog.options]) if (x.monthlyFeeYen !== null && x.monthlyFeeYen >= 100) amounts.add(x.monthlyFeeYen);
for (const f of catalog.fees) if (f.amountYen !== null && f.amountYen >= 100) amounts.add(f.amountYen);

const dates = new Set<string>();
const times = new Set<string>();
for (const n of readdirSync(join(root, 'fixtures')).filter((f) => /^\d{3}-.*\.json$/.test(f))) {
  const text = readFileSync(join(root, 'fixtures', n), 'utf8').replace(/"passage":\s*"(?:[^"\\]|\\.)*"|"note":\s*"(?:[^"\\]|\\.)*"/g, '');
  for (const m of text.matchAll(/"(\d{4}-\d{2}-\d{2})"/g)) dates.add(m[1]!);
  for (const m of text.matchAll(/"((?:[01]\d|2[0-3]):[0-5]\d)"/g)) if (m[1] !== '00:00') times.add(m[1]!);
}

describe('no fee, date or hour from the documents as a literal in src/', () => {
  it('found facts to look for', () => {
    expect(amounts.size).toBeGreaterThanOrEqual(15);
    expect(dates.size).toBeGreaterThanOrEqual(3);
  });
  it.each([...amounts].sort((a, b) => a - b))('yen amount %i', (amount) => {
    const forms = [String(amount), amount.toLocaleString('en-US'), amount.toLocaleString('en-US').replace(/,/g, '_')];
    const re = new RegExp(`(?<![\\w.])(${forms.map((f) => f.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\w])`);
    const hits = files.filter((f) => re.test(f.text)).map((f) => f.path);
    expect(hits).toEqual([]);
  });
  it.each([...dates].sort())('date %s', (date) => {
    const hits = files.filter((f) => f.text.includes(date)).map((f) => f.path);
    expect(hits).toEqual([]);
  });
  it.each([...times].sort())('time of day %s', (time) => {
    const re = new RegExp(`['"\`]${time}['"\`]`);
    const hits = files.filter((f) => re.test(f.text)).map((f) => f.path);
    expect(hits).toEqual([]);
  });
});

describe('src/ is pure', () => {
  const impure: Array<[string, RegExp]> = [
    ['Date.now()', /\bDate\.now\s*\(/],
    ['new Date() without arguments', /new\s+Date\s*\(\s*\)/],
    ['Math.random()', /\bMath\.random\s*\(/],
    ['process', /\bprocess\.(env|argv|stdout|stderr|stdin|exit|cwd)\b/],
    ['file system', /from\s+['"](node:)?fs(\/promises)?['"]/],
    ['network', /\bfetch\s*\(|from\s+['"](node:)?(http|https|net)['"]/],
  ];
  const exempt = new Set([join('src', 'cli', 'main.ts')]);
  it.each(impure)('no %s outside src/cli/main.ts', (_what, re) => {
    expect(files.filter((f) => !exempt.has(f.path) && re.test(f.text)).map((f) => f.path)).toEqual([]);
  });
});
