/**
 * The one grammar of the CLI (input FILE|-, --format table|json|ndjson, --help, help COMMAND,
 * --version, exit codes, "did you mean"), through runCli with an in-memory CliIO.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/command.js';
import { GRAMMAR } from '../../src/cli/run.js';
import { commands } from '../../src/cli/commands/index.js';
import { cli } from '../helpers/cli.js';

/** One valid request per command line, as JSON input: [argv before the input, request]. */
const REQUESTS: ReadonlyArray<readonly [string[], unknown]> = [
  [['price'], { amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01' }],
  [['invoice'], { contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' }],
  [['hours'], { planId: 'helpdesk-support', channel: 'phone', at: '2026-11-20T10:30' }],
  [['quota'], { contract: { planId: 'oas-plan-a' }, month: '2026-11', events: [{ id: 'q1', at: '2026-11-02T10:00' }] }],
  [['quota', 'onsite'], { contract: { planId: 'itss-light-anshin-1' }, at: '2026-11-24T10:00', previousVisits: [], diagnosis: { triedPhoneOrRemote: true, faultIsolated: false }, address: { isContractorAddress: true } }],
  [['loaner'], { contract: { planId: 'oas-plan-a' }, request: { deviceType: 'pc', os: 'windows', arrivalDate: '2026-12-25' }, diagnosis: { channel: 'remote', deviceFailure: true }, activeLoans: [], deliveryAddress: { isContractorAddress: true } }],
  [['visit'], { contract: { planId: 'itss-light-anshin-1' }, items: [{ feeId: 'itss-visit-printer', quantity: 2 }], on: '2026-11-24' }],
  [['sendback'], { adapter: { planId: 'iij-mpc-management-entry', acquisition: 'rental' }, failure: { cause: 'natural-failure' }, site: { atDeclaredSite: true, island: true } }],
  [['area'], { address: '東京都小笠原村父島', on: '2026-11-22' }],
  [['incident', 'status'], { events: [{ type: 'accepted', at: '2026-11-20T10:00+09:00' }], at: '2026-11-22T12:00+09:00' }],
  [['incident', 'out-of-hours'], { durationMinutes: 45, cause: 'customer-convenience', topic: 'setup-check' }],
  [['incident', 'notice'], { lastServiceDay: '2027-03-31', noticeGivenOn: '2027-03-01' }],
  [['incident', 'cancel'], { acceptedAt: '2026-11-20T15:00+09:00' }],
  [['scope', 'line'], { planId: 'oas-plan-a', line: 'フレッツ 光ライトプラス' }],
  [['scope', 'features'], { planId: 'itss-light-anshin-1', os: 'Android' }],
  [['scope', 'licences'], { planId: 'oas-plan-a', deviceCount: 2 }],
  [['scope', 'software'], { planId: 'ucom-remote-support', subject: { name: 'Outlook', version: '2010' } }],
  [['scope', 'check'], { planId: 'ucom-remote-support', subject: { kind: 'software', name: 'Outlook', version: '2010' } }],
];

describe('every command accepts the common grammar', () => {
  it('covers every command', () => {
    const covered = new Set(REQUESTS.map(([argv]) => argv[0]));
    expect([...commands.map((c) => c.name)].filter((n) => n !== 'catalog' && n !== 'terms' && !covered.has(n))).toEqual([]);
  });
  it.each(REQUESTS)('%j: FILE and - give the same JSON; table, json and ndjson', async (argv, request) => {
    const text = JSON.stringify(request);
    const fromFile = await cli([...argv, 'req.json', '--format', 'json'], { 'req.json': text });
    expect(fromFile.err).toBe('');
    expect(fromFile.code).toBe(EXIT.ok);
    const fromStdin = await cli([...argv, '-', '--json'], text);
    expect(fromStdin.out).toBe(fromFile.out);
    // A UTF-8 byte order mark is accepted.
    expect((await cli([...argv, '-', '--json'], `\uFEFF${text}`)).out).toBe(fromFile.out);
    // Piped (standard output not a terminal), the default is JSON; on a terminal, a table.
    expect((await cli([...argv, '-'], text, { tty: false })).out).toBe(fromFile.out);
    const table = await cli([...argv, '-', '--format', 'table'], text);
    expect(table.code).toBe(EXIT.ok);
    expect(() => JSON.parse(table.out)).toThrow();
    // NDJSON: the same answer on one line (a batch of one request).
    const ndjson = await cli([...argv, '-', '--format', 'ndjson'], `${text}\n`);
    expect(ndjson.code).toBe(EXIT.ok);
    expect(ndjson.out.endsWith('\n') && ndjson.out.split('\n').length).toBe(2);
    expect(JSON.parse(ndjson.out)).toEqual(JSON.parse(fromFile.out));
    // --input FILE is the same as the FILE argument.
    expect((await cli([...argv, '--input', 'req.json', '--json'], { 'req.json': text })).out).toBe(fromFile.out);
  });
  it.each(commands.map((c) => [c.name]))('%s: --help and help COMMAND print the usage', async (name) => {
    const a = await cli([name, '--help']);
    const b = await cli(['help', name]);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    expect(a.out).toBe(b.out);
    expect(a.out).toContain(`Usage: support-contract-rules ${name}`);
    expect(a.out).toMatch(/--format/);
  });
  it.each(commands.map((c) => [c.name]))('%s: --format takes table, json or ndjson; another value is a usage error', async (name) => {
    const r = await cli([name, '--format', 'xml']);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('--format must be table, json or ndjson');
  });
});

describe('the top level', () => {
  it('--version prints the package version', async () => {
    const r = await cli(['--version']);
    expect(r).toMatchObject({ code: 0, out: '0.0.0-test\n' });
  });
  it('--help documents the grammar and every exit code', async () => {
    const r = await cli(['--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain(GRAMMAR);
    for (const code of Object.values(EXIT)) expect(r.out).toMatch(new RegExp(`^  ${code}\\s`, 'm'));
  });
  it('no command: the usage on standard error, exit 2', async () => {
    const r = await cli([]);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('Usage: support-contract-rules');
  });
});

describe('did you mean', () => {
  it.each([
    [['catlog'], 'did you mean catalog?'],
    [['help', 'invoce'], 'did you mean invoice?'],
    [['incident', 'stat'], 'did you mean status?'],
    [['scope', 'licence', '--plan', 'oas-plan-a'], 'did you mean licences?'],
    [['catalog', '--onn', '2026-11-22'], 'Unknown option --onn of catalog; did you mean --on?'],
    [['hours', '--chanel', 'phone'], 'did you mean --channel'],
    [['catalog', '--format', 'jsn'], 'did you mean json'],
  ])('%j', async (argv, hint) => {
    const r = await cli(argv);
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain(hint);
  });
  it.each([
    ['ucom', 'ucom-remote-support'],
    ['iij-mpc', 'iij-mpc-management-entry'],
    ['itss-light', 'itss-light-anshin-1, itss-light-anshin-2'],
  ])('an id prefix %s suggests %s', async (prefix, ids) => {
    const r = await cli(['hours', '--plan', prefix, '--channel', 'support', '--at', '2026-11-20T10:00']);
    expect(r.code).toBe(EXIT.inputError);
    expect(r.err).toContain(`did you mean ${ids}?`);
  });
});

describe('exit codes as documented', () => {
  it('0 an answer, 1 a library error, 2 usage, 3 a negative answer with --check', async () => {
    const open = ['hours', '--plan', 'helpdesk-support', '--channel', 'phone', '--at', '2026-11-20T10:30'];
    const closed = ['hours', '--plan', 'helpdesk-support', '--channel', 'phone', '--at', '2026-11-21T10:30'];
    expect((await cli([...open, '--check'])).code).toBe(EXIT.ok);
    expect((await cli(closed)).code).toBe(EXIT.ok);
    expect((await cli([...closed, '--check'])).code).toBe(EXIT.negative);
    expect((await cli(['hours', '--plan', 'helpdesk-support', '--channel', 'phone', '--at', '2026-02-30T10:00'])).code).toBe(EXIT.inputError);
    expect((await cli(['hours', '--plan', 'helpdesk-support'])).code).toBe(EXIT.usage);
    expect((await cli(['invoice', 'missing.json'])).code).toBe(EXIT.usage);
  });
  it('an unexpected error is an internal error (70), not a usage error', async () => {
    const r = await cli(['invoice', '-', '--month', '2025-05'], {});
    expect(r.code).toBe(EXIT.usage); // standard input missing in the fake: a file error
    const { runCli } = await import('../../src/cli/run.js');
    const io = {
      out: () => undefined,
      err: (t: string) => void (err += t),
      readText: async () => {
        throw new RangeError('boom');
      },
    };
    let err = '';
    expect(await runCli(['invoice', '-'], io)).toBe(EXIT.internal);
    expect(err).toContain('internal error');
  });
});

describe('catalog lists plans, options and fees with their ids', () => {
  it('options of a plan, as a table and as NDJSON', async () => {
    const t = await cli(['catalog', 'options', '--plan', 'itss-light-anshin-1']);
    expect(t.code).toBe(0);
    expect(t.out).toMatch(/^id\s+name\s+monthly fee/);
    expect(t.out).toContain('itss-light-time-extension');
    const n = await cli(['catalog', 'options', '--format', 'ndjson']);
    const items = n.out.trimEnd().split('\n').map((l) => JSON.parse(l) as { id: string; appliesTo: string[] });
    expect(items.find((o) => o.id === 'itss-light-time-extension')?.appliesTo).toContain('itss-light-anshin-1');
  });
  it('fees with the ids visit takes', async () => {
    const r = await cli(['catalog', 'fees', '--plan', 'itss-light-anshin-1', '--json']);
    const fees = (JSON.parse(r.out) as { fees: Array<{ id: string; amountYen: number | null }> }).fees.map((f) => f.id);
    expect(fees).toContain('itss-visit-printer');
    expect(fees).toContain('itss-visit-basic-work');
    expect(fees).not.toContain('ucom-initial-fee');
  });
  it('plans stay the default', async () => {
    expect((await cli(['catalog'])).out).toBe((await cli(['catalog', 'plans'])).out);
  });
});
