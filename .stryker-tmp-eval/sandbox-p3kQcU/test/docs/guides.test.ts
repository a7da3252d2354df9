/**
 * The guides' examples cannot go stale: every ```ts runnable block of docs/guides/*.md runs against the
 * sources and must print exactly the ```text block shown after it (`npm run generate` rewrites them).
 */
// @ts-nocheck

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guideBlocks, guideFiles, readGuide, runGuideBlock } from '../../scripts/guides.js';

const root = join(__dirname, '..', '..');
const capabilities = [
  'tax-and-invoices.md',
  'monthly-billing-run.md',
  'calendar-and-hours.md',
  'quotas.md',
  'loaners-and-visits.md',
  'areas.md',
  'incidents.md',
  'scope.md',
];

describe('docs/guides', () => {
  const files = guideFiles(root);
  it('has one guide per capability, each with runnable examples and their output', () => {
    for (const c of capabilities) expect(files).toContain(c);
    for (const f of files.filter((n) => n !== 'README.md')) {
      const blocks = guideBlocks(f, readGuide(root, f));
      expect(blocks.length, f).toBeGreaterThan(0);
      for (const b of blocks) expect(b.output, `${f}:${b.line} has no output block`).not.toBeNull();
    }
  });
  for (const f of files.filter((n) => n !== 'README.md')) {
    describe(f, () => {
      for (const b of guideBlocks(f, readGuide(root, f))) {
        it(`line ${b.line} prints what the guide shows`, async () => {
          expect(await runGuideBlock(b.code)).toBe(b.output);
        });
      }
    });
  }
  it('the index links every guide', () => {
    const index = readGuide(root, 'README.md');
    for (const f of files.filter((n) => n !== 'README.md')) expect(index).toContain(`(${f})`);
  });
});
