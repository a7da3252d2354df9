// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

/** Standard output piped to a script: the default format is JSON. */
const piped = { tty: false } as const;

describe('cli: price', () => {
  it('flags in, JSON out', async () => {
    const r = await cli(['price', '--amount', '3900', '--basis', 'tax-excluded', '--on', '2025-06-01'], {}, piped);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ taxExcludedYen: 3900, taxYen: 390, taxIncludedYen: 4290, ratePercent: 10, display: '4,290円（税抜3,900円）' });
  });
  it('JSON from stdin (an array), table out', async () => {
    const input = JSON.stringify([
      { amountYen: 1760, basis: 'tax-included', on: '2019-09-30' },
      { amountYen: 500, basis: 'tax-excluded', month: '2019-10' },
    ]);
    const r = await cli(['price', '-', '--format', 'table'], { '-': input });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/1,760円\s+税込\s+2019-09-30\s+8%\s+1,630円\s+130円\s+1,760円\s+1,760円（税抜1,630円）/);
    expect(r.out).toMatch(/500円\s+税抜\s+2019-10-31\s+10%\s+500円\s+50円\s+550円/);
  });
  it('a bad amount is a typed error naming the field, exit code 1', async () => {
    const r = await cli(['price', '--amount', '3.5', '--basis', 'tax-excluded', '--on', '2025-06-01'], {}, piped);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err).error).toMatchObject({ code: 'invalid_input', path: ['amountYen'] });
  });
  it('a date before 1989-04-01 is out of range', async () => {
    const r = await cli(['price', '--amount', '100', '--basis', 'tax-excluded', '--on', '1989-03-31', '--format', 'table']);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/out_of_range/);
  });
  it('usage errors exit 2', async () => {
    expect((await cli(['price'])).code).toBe(2);
    expect((await cli(['price', '--bogus'])).code).toBe(2);
    expect((await cli(['price', '-', '--format', 'xml'], { '-': '{}' })).code).toBe(2);
    expect((await cli(['price', '-'], { '-': 'not json' })).code).toBe(2);
    expect((await cli(['price', '--help'])).out).toMatch(/Usage: support-contract-rules price/);
  });
  it('unknown JSON fields are rejected with their path', async () => {
    const r = await cli(['price', '-'], { '-': JSON.stringify([{ amountYen: 1, basis: 'tax-excluded', on: '2025-01-01', rate: 10 }]) }, piped);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err.split('\n')[0]!).error.path).toEqual([0, 'rate']);
    expect(JSON.parse(r.out)).toEqual([{ index: 0, error: expect.objectContaining({ code: 'invalid_input', path: [0, 'rate'] }) }]);
  });
});

describe('cli: invoice', () => {
  const contract = {
    planId: 'itss-standard-anshin-1',
    start: '2025-04-10',
    options: [{ optionId: 'itss-standard-extra-inquiries', start: '2025-05-03' }],
    oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 2, on: '2025-05-20' }],
  };
  it('JSON in (file), JSON out', async () => {
    const r = await cli(['invoice', 'c.json'], { 'c.json': JSON.stringify({ contract, month: '2025-05' }) }, piped);
    expect(r.code).toBe(0);
    const inv = JSON.parse(r.out);
    expect(inv).toMatchObject({ planId: 'itss-standard-anshin-1', month: '2025-05', taxIncludedYen: 17380, taxYen: 1580 });
    expect(inv.lines).toHaveLength(3);
  });
  it('a contract alone with --month, as a table', async () => {
    const r = await cli(['invoice', '-', '--month', '2025-05', '--format', 'table'], { '-': JSON.stringify(contract) });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/monthly-fee\s+スタンダードあんしんプラン1\s+1\s+3,850円\s+3,850円\s+10%\s+2025-05-31\s+350円/);
    expect(r.out).toMatch(/total\s+3\s+15,800円\s+1,580円\s+17,380円/);
    expect(r.out).toContain('Trace:');
  });
  it('options pass through (partialMonth: daily)', async () => {
    const r = await cli(['invoice', '-'], { '-': JSON.stringify({ contract: { planId: 'itss-light-anshin-1', start: '2025-04-10' }, month: '2025-04', partialMonth: 'daily' }) }, piped);
    expect(JSON.parse(r.out).lines[0].amountYen).toBe(1540);
  });
  it('errors: typed with path (exit 1), usage (exit 2)', async () => {
    const bad = await cli(['invoice', '-', '--month', '2025-05'], { '-': JSON.stringify({ ...contract, planId: 'itss-light-anshin-1' }) }, piped);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.err).error).toMatchObject({ code: 'conflict', path: ['contract', 'options', 0, 'optionId'] });
    expect((await cli(['invoice', '-'], { '-': JSON.stringify(contract) })).code).toBe(2); // no month
    expect((await cli(['invoice'])).code).toBe(2);
    expect((await cli(['invoice', '-', '--month', '2025-5'], { '-': JSON.stringify(contract) })).code).toBe(1);
    const unknown = await cli(['invoice', '-'], { '-': JSON.stringify({ contract, month: '2025-05', catalog: {} }) }, piped);
    expect(JSON.parse(unknown.err).error.path).toEqual(['catalog']);
  });
});
