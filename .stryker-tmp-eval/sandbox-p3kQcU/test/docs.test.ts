/**
 * Every public export has a doc comment, and every exported function, constant and class has an
 * `@example` (STYLE.md: "a doc comment with a worked example on every export").
 */
// @ts-nocheck

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { docCoverage } from '../scripts/doc-coverage.js';

describe('public API documentation', () => {
  const r = docCoverage(join(__dirname, '..'));
  it('finds the public API', () => expect(r.values).toBeGreaterThan(100));
  it('every export has a doc comment', () => expect(r.missingDoc).toEqual([]));
  it('every function, constant and class has an @example', () => expect(r.missingExample).toEqual([]));
}, 60_000);
