// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { quotaCommand } from '../../src/cli/commands/quota.js';
import type { CliIO } from '../../src/cli/io.js';
import { fakeIO } from '../helpers/cli.js';

/** Runs `support-contract-rules quota …` (through the command, as runCli dispatches it). */
const cli = (args: string[], io: CliIO) => quotaCommand.run(args, io);

const input = {
  contract: { planId: 'oas-plan-a' },
  month: '2026-11',
  events: [1, 2, 3, 4, 5, 6].map((n) => ({ id: `q${n}`, at: `2026-11-0${n}T10:00` })).concat([{ id: 'late', at: '2026-10-31T14:30:00Z' }]),
};

describe('support-contract-rules quota', () => {
  it('evaluates the input month as a table with the reasons and their passages', async () => {
    const t = fakeIO({ 'in.json': JSON.stringify(input) });
    expect(await cli(['in.json'], t.io)).toBe(0);
    expect(t.out()).toContain('limit      5');
    expect(t.out()).toContain('over       q6');
    expect(t.out()).toContain('5回/月(暦月)まで');
  });
  it('--json prints the result object; --month overrides the input month', async () => {
    const t = fakeIO({ 'in.json': JSON.stringify(input) });
    expect(await cli(['in.json', '--month', '2026-10', '--json'], t.io)).toBe(0);
    const r = JSON.parse(t.out());
    expect([r.month, r.used, r.over]).toEqual(['2026-10', 1, []]);
  });
  it('reads standard input with -', async () => {
    const t = fakeIO({ '-': JSON.stringify(input) });
    expect(await cli(['-', '--format', 'json'], t.io)).toBe(0);
    expect(JSON.parse(t.out()).over).toEqual(['q6']);
  });
  it('--from/--to evaluates a range as a table', async () => {
    const t = fakeIO({ 'in.json': JSON.stringify(input) });
    expect(await cli(['in.json', '--from', '2026-10', '--to', '2026-12'], t.io)).toBe(0);
    expect(t.out()).toMatch(/2026-10\s+5\s+1\s+4/);
    expect(t.out()).toMatch(/2026-11\s+5\s+6\s+0\s+q6/);
  });
  it('--outside reject turns an ignored event into an error (exit 1, JSON error with path)', async () => {
    const t = fakeIO({ 'in.json': JSON.stringify(input) });
    expect(await cli(['in.json', '--outside', 'reject', '--json'], t.io)).toBe(1);
    expect(JSON.parse(t.err()).error).toMatchObject({ code: 'out_of_range', path: ['events', 6, 'at'] });
  });
  it('a rule error exits 1 with the code and path', async () => {
    const t = fakeIO({ 'in.json': JSON.stringify({ ...input, contract: { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-11-01' }] } }) });
    expect(await cli(['in.json'], t.io)).toBe(1);
    expect(t.err()).toContain('error [conflict] contract.options[0].optionId');
  });
  it.each([
    [[], '--input is required'],
    [['in.json', '--format', 'yaml'], '--format must be'],
    [['in.json', '--outside', 'drop'], '--outside must be'],
    [['in.json', '--month', '2026-11', '--from', '2026-10'], 'cannot be combined'],
    [['--bogus'], 'Unknown option'],
    [['missing.json'], 'ENOENT'],
    [['bad.json'], 'not valid JSON'],
  ])('usage errors exit 2: %j', async (args, message) => {
    const t = fakeIO({ 'in.json': JSON.stringify(input), 'bad.json': '{' });
    expect(await cli(args, t.io)).toBe(2);
    expect(t.err()).toContain(message);
  });
  it('--help prints the usage', async () => {
    const t = fakeIO({});
    expect(await cli(['--help'], t.io)).toBe(0);
    expect(t.out()).toContain('Usage: support-contract-rules quota');
  });
});

describe('support-contract-rules quota onsite', () => {
  const visit = {
    contract: { planId: 'itss-light-anshin-1' },
    at: '2026-11-24T10:00',
    previousVisits: [{ at: '2026-11-02T10:00' }],
    diagnosis: { triedPhoneOrRemote: true, faultIsolated: false },
    address: { isContractorAddress: true },
  };
  it('prints the verdict and the reasons', async () => {
    const t = fakeIO({ 'v.json': JSON.stringify(visit) });
    expect(await cli(['onsite', 'v.json'], t.io)).toBe(0);
    expect(t.out()).toMatch(/^not allowed/);
    expect(t.out()).toContain('onsite.monthly-limit-reached.blocked');
  });
  it('--json', async () => {
    const t = fakeIO({ 'v.json': JSON.stringify({ ...visit, previousVisits: [] }) });
    expect(await cli(['onsite', 'v.json', '--json'], t.io)).toBe(0);
    expect(JSON.parse(t.out()).allowed).toBe(true);
  });
  it('bad input exits 1 with the path', async () => {
    const t = fakeIO({ 'v.json': JSON.stringify({ ...visit, address: undefined }) });
    expect(await cli(['onsite', 'v.json', '--json'], t.io)).toBe(1);
    expect(JSON.parse(t.err()).error.path).toEqual(['address']);
  });
  it('--month does not apply', async () => {
    const t = fakeIO({ 'v.json': JSON.stringify(visit) });
    expect(await cli(['onsite', 'v.json', '--month', '2026-11'], t.io)).toBe(2);
  });
});
