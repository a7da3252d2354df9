/**
 * The dual-package hazard: an error thrown by the CommonJS copy must be recognised by the ESM copy and
 * the other way round. Both copies of src/errors.ts are built here with esbuild, as tsup builds the
 * package (scripts/consumers.ts checks the same with the real dist/ copies of the packed tarball).
 */
// @ts-nocheck

import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as own from '../../src/errors.js';

type Errors = typeof own;
const dir = mkdtempSync(join(tmpdir(), 'scr-brand-'));
let esm: Errors;
let cjs: Errors;

beforeAll(async () => {
  const entry = join(__dirname, '..', '..', 'src', 'errors.ts');
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'esm', outfile: join(dir, 'errors.mjs'), logLevel: 'silent' });
  await build({ entryPoints: [entry], bundle: true, platform: 'node', format: 'cjs', outfile: join(dir, 'errors.cjs'), logLevel: 'silent' });
  esm = (await import(pathToFileURL(join(dir, 'errors.mjs')).href)) as Errors;
  cjs = createRequire(import.meta.url)(join(dir, 'errors.cjs')) as Errors;
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('isContractRulesError across the ESM and CommonJS copies', () => {
  it('the copies are distinct classes', () => {
    expect(esm.ContractRulesError).not.toBe(cjs.ContractRulesError);
    expect(esm.ContractRulesError).not.toBe(own.ContractRulesError);
  });
  it('each copy recognises the errors of the other', () => {
    const fromCjs = new cjs.NotFoundError(['id'], 'No plan');
    const fromEsm = new esm.InvalidInputError(['on'], 'Expected a date');
    for (const copy of [esm, cjs, own]) {
      expect(copy.isContractRulesError(fromCjs)).toBe(true);
      expect(copy.isContractRulesError(fromEsm)).toBe(true);
      expect(fromCjs instanceof copy.ContractRulesError).toBe(true);
      expect(fromEsm instanceof copy.ContractRulesError).toBe(true);
    }
  });
  it('refuses look-alikes and other errors', () => {
    for (const copy of [esm, cjs, own]) {
      expect(copy.isContractRulesError(new Error('x'))).toBe(false);
      expect(copy.isContractRulesError({ name: 'ContractRulesError', code: 'not_found', path: [] })).toBe(false);
      expect(copy.isContractRulesError(null)).toBe(false);
      expect(copy.isContractRulesError('ContractRulesError')).toBe(false);
      expect(new Error('x') instanceof copy.ContractRulesError).toBe(false);
    }
  });
  it('subclasses keep the ordinary instanceof (tell them apart by code across copies)', () => {
    const e = new cjs.NotFoundError(['id'], 'No plan');
    expect(e instanceof cjs.NotFoundError).toBe(true);
    expect(e instanceof cjs.InvalidInputError).toBe(false);
    expect(e.code).toBe('not_found');
  });
});
