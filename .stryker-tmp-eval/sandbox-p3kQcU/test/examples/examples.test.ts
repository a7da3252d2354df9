/**
 * CI runs the examples: the billing script runs as a user runs it (tsx, the package imported by its name,
 * here resolved to the sources through tsconfig.json `paths`) and must print examples/billing/expected-output.txt;
 * its totals are those of the plain `monthlyInvoice`. (examples/service/*.test.ts run with the suite.)
 */
// @ts-nocheck

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContractRulesError, monthlyInvoice } from '../../src/index.js';
import { billContracts, formatRun, parseContracts } from '../../examples/billing/bill-contracts.js';

const root = join(__dirname, '..', '..');
const csvPath = join('examples', 'billing', 'contracts.csv');
const csv = readFileSync(join(root, csvPath), 'utf8');
const expected = readFileSync(join(root, 'examples', 'billing', 'expected-output.txt'), 'utf8');
const tsx = join(root, 'node_modules', '.bin', 'tsx');

describe('examples/billing', () => {
  it('the script prints the expected report for the sample file', () => {
    const out = execFileSync(tsx, [join('examples', 'billing', 'bill-contracts.ts'), csvPath, '2026-11'], { cwd: root, encoding: 'utf8' });
    expect(out).toBe(expected);
  });

  it('its totals and sum are those of monthlyInvoice, contract by contract', () => {
    const run = billContracts(csv, '2026-11');
    const contracts = parseContracts(csv);
    expect(run.refused).toEqual([]);
    expect(run.billed.map((r) => r.totalYen)).toEqual(contracts.map(({ contract }) => monthlyInvoice({ contract, month: '2026-11' }).totalYen));
    expect(run.sumYen).toBe(run.billed.reduce((s, r) => s + BigInt(r.totalYen), 0n));
    expect(formatRun(run, '2026-11')).toBe(expected);
  });

  it('a row the library refuses is reported with its code and path, and the others are still billed', () => {
    const bad = `${csv.trimEnd()}\nC099,oas-plan-c,2025-04-01,,\nC100,oas-plan-a,2025-13-01,,\n`;
    const run = billContracts(bad, '2026-11');
    expect(run.billed).toHaveLength(parseContracts(csv).length);
    expect(run.refused.map((r) => [r.line, r.customer, r.error.code, r.error.path])).toEqual([
      [9, 'C099', 'not_found', ['contract', 'planId']],
      [10, 'C100', 'invalid_input', ['contract', 'start']],
    ]);
    for (const r of run.refused) expect(r.error).toBeInstanceOf(ContractRulesError);
  });
});
