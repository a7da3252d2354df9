/** The `loaner`, `visit` and `sendback` commands through runCli with an in-memory CliIO. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

const loanerInput = JSON.stringify({
  contract: { planId: 'oas-plan-a' },
  request: { deviceType: 'pc', os: 'windows', arrivalDate: '2026-12-25' },
  diagnosis: { channel: 'remote', deviceFailure: true },
  activeLoans: [],
  deliveryAddress: { isContractorAddress: true },
});

describe('cli: loaner', () => {
  it('stdin, JSON out', async () => {
    const r = await cli(['loaner', '-', '--json'], { '-': loanerInput });
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ eligible: true, period: { firstDay: '2026-12-25', lastDay: '2027-01-07' }, loanerType: { id: 'windows-pc' } });
  });
  it('a file, table out with the reasons', async () => {
    const r = await cli(['loaner', 'in.json'], { 'in.json': loanerInput });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/eligible\s+yes/);
    expect(r.out).toMatch(/period\s+2026-12-25 – 2027-01-07/);
    expect(r.out).toContain('loaner.liability');
  });
  it('a Mac: not eligible, exit 0 (an answer, not an error)', async () => {
    const input = JSON.parse(loanerInput);
    input.request.os = 'macos';
    const r = await cli(['loaner', '-', '--format', 'json'], { '-': JSON.stringify(input) });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject({ eligible: false, blockedBy: ['loaner.device-not-lendable'] });
  });
  it('an unknown OS is a typed error (exit 1) naming the field', async () => {
    const input = JSON.parse(loanerInput);
    input.request.os = 'beos';
    const r = await cli(['loaner', '-', '--json'], { '-': JSON.stringify(input) });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err)).toMatchObject({ error: { code: 'invalid_input', path: ['request', 'os'] } });
  });
  it('usage errors exit 2: no input, bad JSON, bad format, unknown flag', async () => {
    expect((await cli(['loaner'])).code).toBe(2);
    expect((await cli(['loaner', '-'], { '-': '{nope' })).code).toBe(2);
    expect((await cli(['loaner', '-', '--format', 'xml'], { '-': loanerInput })).code).toBe(2);
    expect((await cli(['loaner', '-', '--bogus'], { '-': loanerInput })).code).toBe(2);
    expect((await cli(['loaner', 'missing.json'])).code).toBe(2);
  });
  it('--help', async () => {
    const r = await cli(['loaner', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: support-contract-rules loaner');
  });
});

describe('cli: visit', () => {
  it('a 001 quote as a table and as JSON', async () => {
    const input = JSON.stringify({ contract: { planId: 'itss-light-anshin-1' }, items: [{ feeId: 'itss-visit-printer', quantity: 2 }], on: '2026-11-24' });
    const table = await cli(['visit', '-'], { '-': input });
    expect(table.code).toBe(0);
    expect(table.out).toMatch(/total\s+14,630円 \(税込\)/);
    const json = await cli(['visit', '-', '--json'], { '-': input });
    expect(JSON.parse(json.out)).toMatchObject({ totalYen: 14630, charges: [{ feeId: 'itss-visit-basic-work' }, { feeId: 'itss-visit-printer', quantity: 2 }] });
  });
  it('a 000 quote without a stated amount prints no number', async () => {
    const r = await cli(['visit', '-'], { '-': JSON.stringify({ contract: { planId: 'oas-plan-a' }, items: [], on: '2026-11-24' }) });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/total\s+\(not a number/);
    expect(r.out).toContain('(not stated)');
  });
  it('a negative count is a typed error naming the field', async () => {
    const r = await cli(['visit', '-', '--json'], {
      '-': JSON.stringify({ contract: { planId: 'itss-light-anshin-1' }, items: [{ feeId: 'itss-visit-printer', quantity: -2 }], on: '2026-11-24' }),
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err).error.path).toEqual(['items', 0, 'quantity']);
  });
});

describe('cli: sendback', () => {
  it('a natural failure at the declared site: on-site replacement', async () => {
    const input = JSON.stringify({
      adapter: { planId: 'iij-mpc-management-entry', acquisition: 'rental' },
      failure: { cause: 'natural-failure' },
      site: { atDeclaredSite: true, island: true },
    });
    const r = await cli(['sendback', '-'], { '-': input });
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/outcome\s+onsite-replacement/);
    expect(r.out).toMatch(/application may be refused\s+yes/);
    const j = await cli(['sendback', '-', '--json'], { '-': input });
    expect(JSON.parse(j.out)).toMatchObject({ outcome: 'onsite-replacement', applicationMayBeRefused: true });
  });
  it('an unknown cause is a typed error', async () => {
    const r = await cli(['sendback', '-', '--json'], {
      '-': JSON.stringify({ adapter: { planId: 'iij-mpc-management-entry', acquisition: 'rental' }, failure: { cause: 'x' }, site: { atDeclaredSite: true } }),
    });
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err).error.path).toEqual(['failure', 'cause']);
  });
});
