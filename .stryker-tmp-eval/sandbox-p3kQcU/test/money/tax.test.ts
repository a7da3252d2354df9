/**
 * The consumption-tax table (fixtures/consumption-tax.json) against its references (docs/references.md:
 * 消費税法 第29条 and the rate history), and the rate in force on a day.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CatalogValidationError, consumptionTaxTable, getConsumptionTaxRate, InvalidInputError, monthlyFeeTaxDate, OutOfRangeError } from '../../src/index.js';
import { ConsumptionTaxFixtureSchema, loadConsumptionTaxTable } from '../../src/schemas/index.js';
import { textOf } from '../helpers/passage.js';
import { referenceSections } from '../helpers/references.js';

const root = join(__dirname, '..', '..');
const fixture = JSON.parse(readFileSync(join(root, 'fixtures', 'consumption-tax.json'), 'utf8')) as {
  $schema: string;
  rates: Array<{ id: string; kind: string; ratePercent: number; effectiveFrom: string; source: { document: string; passage: string } }>;
  rules: Record<string, { id: string; source: { document: string; passage: string } }>;
};
const references = referenceSections();

describe('fixtures/consumption-tax.json', () => {
  it('validates against ConsumptionTaxFixtureSchema and names its JSON Schema', () => {
    expect(ConsumptionTaxFixtureSchema.safeParse(fixture).success).toBe(true);
    expect(fixture.$schema).toBe('../schemas/consumption-tax.schema.json');
  });

  it('cites a reference of docs/references.md for every fact, quoting the statement of its entry', () => {
    const sources = [...fixture.rates.map((r) => r.source), ...Object.values(fixture.rules).map((r) => r.source)];
    expect(sources.length).toBe(9);
    for (const s of sources) {
      const entry = references.get(s.document);
      expect(entry, `${s.document} is not in docs/references.md`).toBeDefined();
      expect(entry!.includes(s.passage), `${s.document}: ${s.passage}`).toBe(true);
    }
    expect(fixture.rates.filter((r) => r.kind === 'standard').every((r) => r.source.document === 'ref:shohizei-ho-29')).toBe(true);
  });

  it('agrees with the rate table of 消費税法 第29条 in docs/references.md, row for row', () => {
    const entry = references.get('ref:shohizei-ho-29')!;
    const rows = [...entry.matchAll(/^\| (\d{4}-\d{2}-\d{2}) \| (\d+)% /gm)].map((m) => [m[1], Number(m[2])]);
    expect(rows.length).toBe(4);
    const standard = fixture.rates.filter((r) => r.kind === 'standard').map((r) => [r.effectiveFrom, r.ratePercent]);
    expect(standard).toEqual(rows);
  });

  // docs/references.md, ref:shohizei-ho-29: | Effective from | Standard rate | Notes |
  it.each([
    ['| 1989-04-01 | 3% | introduced |', 'standard', '1989-04-01', 3],
    ['| 1997-04-01 | 5% | local consumption tax folded in |', 'standard', '1997-04-01', 5],
    ['| 2014-04-01 | 8% | |', 'standard', '2014-04-01', 8],
    ['| 2019-10-01 | 10% (7.8% national + 2.2% local) |', 'standard', '2019-10-01', 10],
    ['The reduced rate (8%) covers food and drink', 'reduced', '2019-10-01', 8],
  ])('%s', (passage, kind, from, rate) => {
    const row = consumptionTaxTable.rates.find((r) => r.kind === kind && r.effectiveFrom === from);
    expect(row?.ratePercent).toBe(rate);
    expect(textOf(row?.source.passage)).toContain(passage.replace(/ \|$/, ''));
  });
});

describe('getConsumptionTaxRate', () => {
  it.each([
    ['1989-04-01', 3],
    ['1997-03-31', 3],
    ['1997-04-01', 5],
    ['2014-03-31', 5],
    ['2014-04-01', 8],
    ['2019-09-30', 8],
    ['2019-10-01', 10],
    ['2026-11-22', 10],
    ['2199-12-31', 10],
  ])('standard rate on %s is %i percent', (on, rate) => {
    expect(getConsumptionTaxRate(on).ratePercent).toBe(rate);
  });

  it('gives the source and the period of the rate', () => {
    const r = getConsumptionTaxRate('2019-09-30');
    expect(r).toMatchObject({ id: 'jp-consumption-tax-standard-2014', effectiveFrom: '2014-04-01', effectiveUntil: '2019-10-01', kind: 'standard' });
    expect(r.source.document).toBe('ref:shohizei-ho-29');
    expect(getConsumptionTaxRate('2025-01-01').effectiveUntil).toBeUndefined();
  });

  it('the reduced rate is 8% from 2019-10-01 and does not exist before', () => {
    expect(getConsumptionTaxRate('2019-10-01', { kind: 'reduced' }).ratePercent).toBe(8);
    expect(() => getConsumptionTaxRate('2019-09-30', { kind: 'reduced' })).toThrow(OutOfRangeError);
  });

  it('a day before 1989-04-01 is out of range, never a silent 0%', () => {
    for (const on of ['1989-03-31', '1952-01-01', '1900-01-01']) {
      try {
        getConsumptionTaxRate(on);
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(OutOfRangeError);
        expect((e as OutOfRangeError).code).toBe('out_of_range');
        expect((e as OutOfRangeError).path).toEqual(['on']);
      }
    }
  });

  it.each([['2019-13-01'], ['2019-02-30'], ['20191001'], [''], [20191001 as unknown as string]])('rejects the malformed date %j', (on) => {
    expect(() => getConsumptionTaxRate(on)).toThrow(InvalidInputError);
  });

  it('rejects an unknown rate kind', () => {
    expect(() => getConsumptionTaxRate('2020-01-01', { kind: 'super-reduced' as 'standard' })).toThrow(InvalidInputError);
  });
});

describe('monthlyFeeTaxDate: a monthly fee takes the rate of its last day (消費税法基本通達 9-1-5, ref:shohizei-tax-point)', () => {
  it.each([
    ['2014-03', '2014-03-31', 5],
    ['2014-04', '2014-04-30', 8],
    ['2019-09', '2019-09-30', 8],
    ['2019-10', '2019-10-31', 10],
    ['2024-02', '2024-02-29', 10],
  ])('%s → %s (%i percent)', (month, day, rate) => {
    expect(monthlyFeeTaxDate(month)).toBe(day);
    expect(getConsumptionTaxRate(monthlyFeeTaxDate(month)).ratePercent).toBe(rate);
  });
  it('rejects a malformed month with its path', () => {
    expect(() => monthlyFeeTaxDate('2019-13')).toThrow(InvalidInputError);
    try {
      monthlyFeeTaxDate('2019/10');
    } catch (e) {
      expect((e as InvalidInputError).path).toEqual(['month']);
    }
  });
});

describe('loadConsumptionTaxTable', () => {
  it('loads a table with a future change, which then drives the rate', () => {
    const future = structuredClone(fixture);
    future.rates.push({ ...future.rates[3]!, id: 'hypothetical-2031', ratePercent: 12.5, effectiveFrom: '2031-04-01' });
    const table = loadConsumptionTaxTable(future);
    expect(getConsumptionTaxRate('2031-03-31', { taxTable: table }).ratePercent).toBe(10);
    expect(getConsumptionTaxRate('2031-04-01', { taxTable: table }).ratePercent).toBe(12.5);
    expect(Object.isFrozen(table.rates)).toBe(true);
  });
  it('reports every problem with its path', () => {
    const bad = structuredClone(fixture) as { rates: Array<Record<string, unknown>> };
    bad.rates[1]!.effectiveFrom = '1997-02-30';
    bad.rates[2]!.ratePercent = -1;
    bad.rates[3]!.id = bad.rates[0]!.id;
    try {
      loadConsumptionTaxTable(bad);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(CatalogValidationError);
      const paths = (e as CatalogValidationError).issues.map((i) => i.path.join('.'));
      expect(paths).toEqual(expect.arrayContaining(['rates.1.effectiveFrom', 'rates.2.ratePercent', 'rates.3.id']));
    }
  });
  it('refuses a table without a standard rate', () => {
    expect(() => loadConsumptionTaxTable({ ...fixture, rates: fixture.rates.filter((r) => r.kind === 'reduced') })).toThrow(CatalogValidationError);
  });
});
