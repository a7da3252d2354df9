/**
 * The schema of fixtures/consumption-tax.json (src/money/tax-schema.ts) and loadConsumptionTaxTable (tax-load.ts):
 * the published JSON Schema (schemas/consumption-tax.schema.json) is this schema, descriptions included; each
 * refinement refuses with its own path and message (a duplicate id, two rates of a kind on one day, no standard rate,
 * more than four decimal places); the bounds and shapes accepted and refused.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CatalogValidationError } from '../../src/index.js';
import { ConsumptionTaxFixtureSchema, loadConsumptionTaxTable } from '../../src/schemas/index.js';
import { ConsumptionTaxRateKindSchema, ConsumptionTaxRateSchema, ConsumptionTaxRuleFactSchema } from '../../src/money/tax-schema.js';
import { thrown } from '../helpers/values.js';
import { inlineRefs } from '../../scripts/generators.js';

const root = join(__dirname, '..', '..');
const fixture = JSON.parse(readFileSync(join(root, 'fixtures', 'consumption-tax.json'), 'utf8')) as {
  rates: Array<Record<string, unknown>>;
  rules: Record<string, unknown>;
};
const edited = (edit: (f: { rates: Array<Record<string, unknown>>; rules: Record<string, unknown>; $schema?: unknown }) => void) => {
  const c = structuredClone(fixture);
  edit(c);
  return c;
};
function issuesOf(json: unknown): Array<{ code: string; path: Array<string | number>; message: string }> {
  const e = thrown(() => loadConsumptionTaxTable(json));
  expect(e).toBeInstanceOf(CatalogValidationError);
  expect([e.code, e.path]).toEqual(['invalid_catalog', []]);
  return (e as CatalogValidationError).issues.map((i) => ({ code: i.code, path: [...i.path], message: i.message }));
}

describe('the published JSON Schema is this schema', () => {
  it('schemas/consumption-tax.schema.json, descriptions included', () => {
    const published = JSON.parse(readFileSync(join(root, 'schemas', 'consumption-tax.schema.json'), 'utf8')) as Record<string, unknown>;
    const { $id, ...rest } = published;
    expect($id).toBe('https://unpkg.com/support-contract-rules/dist/schemas/consumption-tax.schema.json');
    // Repeated subschemas are written once under $defs (scripts/generators.ts): inlined back, the schema is zod's.
    expect(z.toJSONSchema(ConsumptionTaxFixtureSchema, { io: 'input', unrepresentable: 'any' })).toEqual(inlineRefs(rest as never));
  });
  it('the descriptions a reader of the schema sees', () => {
    expect(ConsumptionTaxRateKindSchema.description).toBe('標準税率 (standard) or 軽減税率 (reduced)');
    const shape = ConsumptionTaxRateSchema.shape;
    expect([shape.ratePercent.description, shape.effectiveFrom.description, shape.scope.description]).toEqual([
      'Rate in percent, e.g. 10',
      'First day the rate applies (inclusive)',
      'What the rate covers, where it is not everything',
    ]);
  });
  it('the bundled fixture validates', () => {
    expect(ConsumptionTaxFixtureSchema.safeParse(fixture).success).toBe(true);
    expect(loadConsumptionTaxTable(fixture).rates).toHaveLength(5);
  });
});

describe('refinements, word for word', () => {
  it('a duplicate id, at the later row', () => {
    expect(issuesOf(edited((f) => (f.rates[1]!.id = f.rates[0]!.id)))).toEqual([
      { code: 'custom', path: ['rates', 1, 'id'], message: 'Duplicate id jp-consumption-tax-standard-1989' },
    ]);
  });
  it('two rates of one kind on one day, at the later row (a standard and a reduced rate on one day are fine)', () => {
    expect(issuesOf(edited((f) => (f.rates[1]!.effectiveFrom = f.rates[0]!.effectiveFrom)))).toEqual([
      { code: 'custom', path: ['rates', 1, 'effectiveFrom'], message: 'Two standard rates take effect on 1989-04-01' },
    ]);
    expect(issuesOf(edited((f) => f.rates.push({ ...f.rates[4]!, id: 'reduced-again' })))).toEqual([
      { code: 'custom', path: ['rates', 5, 'effectiveFrom'], message: 'Two reduced rates take effect on 2019-10-01' },
    ]);
    expect(fixture.rates[3]!.effectiveFrom).toBe(fixture.rates[4]!.effectiveFrom);
  });
  it('both at once, and three rows with one id', () => {
    expect(issuesOf(edited((f) => f.rates.push({ ...f.rates[0]! }, { ...f.rates[0]! })))).toEqual([
      { code: 'custom', path: ['rates', 5, 'id'], message: 'Duplicate id jp-consumption-tax-standard-1989' },
      { code: 'custom', path: ['rates', 5, 'effectiveFrom'], message: 'Two standard rates take effect on 1989-04-01' },
      { code: 'custom', path: ['rates', 6, 'id'], message: 'Duplicate id jp-consumption-tax-standard-1989' },
      { code: 'custom', path: ['rates', 6, 'effectiveFrom'], message: 'Two standard rates take effect on 1989-04-01' },
    ]);
  });
  it('no standard rate; no rate at all', () => {
    expect(issuesOf(edited((f) => (f.rates = f.rates.slice(4))))).toEqual([{ code: 'custom', path: ['rates'], message: 'The table needs at least one standard rate' }]);
    expect(issuesOf(edited((f) => (f.rates = [])))).toEqual([
      { code: 'too_small', path: ['rates'], message: 'Too small: expected array to have >=1 items' },
      { code: 'custom', path: ['rates'], message: 'The table needs at least one standard rate' },
    ]);
    expect(loadConsumptionTaxTable(edited((f) => (f.rates = f.rates.slice(0, 1)))).rates).toHaveLength(1);
  });
});

describe('ratePercent: 0 to 100, at most four decimal places', () => {
  it.each([0, 0.0001, 1.2345, 7.8, 10, 12.5, 99.9999, 100])('%s is accepted', (ratePercent) => {
    expect(loadConsumptionTaxTable(edited((f) => (f.rates[3]!.ratePercent = ratePercent))).rates[3]!.ratePercent).toBe(ratePercent);
  });
  it.each([1.23456, 0.00001, 1e-7, 10.00005])('%s has more than four decimal places', (ratePercent) => {
    expect(issuesOf(edited((f) => (f.rates[3]!.ratePercent = ratePercent)))).toEqual([{ code: 'custom', path: ['rates', 3, 'ratePercent'], message: 'At most four decimal places' }]);
  });
  it('below 0 and above 100', () => {
    expect(issuesOf(edited((f) => (f.rates[3]!.ratePercent = -1)))).toEqual([
      { code: 'too_small', path: ['rates', 3, 'ratePercent'], message: 'Too small: expected number to be >=0' },
      { code: 'custom', path: ['rates', 3, 'ratePercent'], message: 'At most four decimal places' },
    ]);
    expect(issuesOf(edited((f) => (f.rates[3]!.ratePercent = 100.5)))).toEqual([{ code: 'too_big', path: ['rates', 3, 'ratePercent'], message: 'Too big: expected number to be <=100' }]);
  });
});

describe('shapes', () => {
  it('scope, when given, is not empty', () => {
    expect(issuesOf(edited((f) => (f.rates[4]!.scope = '')))).toEqual([
      { code: 'too_small', path: ['rates', 4, 'scope'], message: 'Too small: expected string to have >=1 characters' },
    ]);
    expect(loadConsumptionTaxTable(edited((f) => delete f.rates[4]!.scope)).rates[4]!.scope).toBeUndefined();
  });
  it('no unknown keys in a rate, the rules or the table; $schema is an optional string', () => {
    expect(issuesOf(edited((f) => (f.rates[3]!.extra = 1)))).toEqual([{ code: 'unrecognized_keys', path: ['rates', 3], message: 'Unrecognized key: "extra"' }]);
    expect(issuesOf(edited((f) => (f.rules.extra = 1)))).toEqual([{ code: 'unrecognized_keys', path: ['rules'], message: 'Unrecognized key: "extra"' }]);
    expect(issuesOf(edited((f) => ((f as Record<string, unknown>).extra = 1)))).toEqual([{ code: 'unrecognized_keys', path: [], message: 'Unrecognized key: "extra"' }]);
    expect(issuesOf(edited((f) => ((f.rules.taxPoint as Record<string, unknown>).extra = 1)))).toEqual([
      { code: 'unrecognized_keys', path: ['rules', 'taxPoint'], message: 'Unrecognized key: "extra"' },
    ]);
    expect(issuesOf(edited((f) => (f.$schema = 1)))).toEqual([{ code: 'invalid_type', path: ['$schema'], message: 'Invalid input: expected string, received number' }]);
    expect(loadConsumptionTaxTable(edited((f) => delete f.$schema)).rates).toHaveLength(5);
  });
  it('every rule is required', () => {
    for (const key of ['taxPoint', 'invoiceRounding', 'taxFromTaxIncluded', 'totalPriceDisplay']) {
      expect(issuesOf(edited((f) => delete f.rules[key]))).toEqual([{ code: 'invalid_type', path: ['rules', key], message: 'Invalid input: expected object, received undefined' }]);
    }
    expect(ConsumptionTaxRuleFactSchema.safeParse({ id: 'x', source: { document: 'ref:shohizei-ho-29', passage: 'p' } }).success).toBe(true);
  });
  it('not an object', () => {
    expect(issuesOf(null)).toEqual([{ code: 'invalid_type', path: [], message: 'Invalid input: expected object, received null' }]);
  });
});
