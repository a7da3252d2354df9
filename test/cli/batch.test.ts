/**
 * NDJSON batches through runCli with an in-memory CliIO: one answer per line in input order, error
 * records naming their line, a summary on standard error, the exit status, workers keeping order.
 */
import { describe, expect, it } from 'vitest';
import { createInvoicer } from '../../src/billing/index.js';
import { CHUNK_LINES, grouped } from '../../src/cli/batch.js';
import { EXIT } from '../../src/cli/command.js';
import { stringJson } from '../../src/cli/json.js';
import type { BatchChunk, CliIO, WorkerPool } from '../../src/cli/io.js';
import { prepareBatch, runCli } from '../../src/cli/run.js';
import { cli } from '../helpers/cli.js';

const request = (planId: string, start = '2025-04-01', month = '2025-06') => JSON.stringify({ contract: { planId, start }, month });

describe('invoice --format ndjson', () => {
  it('a malformed middle line gives an error record naming its line; its neighbours are answered', async () => {
    const input = [request('oas-plan-a'), '{"contract": {"planId": "oas-plan-a",', request('itss-light-anshin-1')].join('\n') + '\n';
    const r = await cli(['invoice', '-', '--format', 'ndjson'], input);
    expect(r.code).toBe(EXIT.inputError);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatchObject({ planId: 'oas-plan-a', month: '2025-06', taxIncludedYen: 4290 });
    expect(lines[1]).toMatchObject({ line: 2, error: { code: 'invalid_json' } });
    expect(lines[1].error.message).toContain('Line 2 is not valid JSON');
    expect(lines[2]).toMatchObject({ planId: 'itss-light-anshin-1', month: '2025-06' });
    expect(r.err).toBe('invoice: 3 lines, 2 answers, 1 errors\n');
  });
  it('a line the command cannot take (incident status without "events") is that line\'s error, not an internal one (exit 1, not 70)', async () => {
    // Found by an attacker-style probe (2026-12-03): the command's own check threw a usage error inside the batch, which
    // was reported as an internal error and made the run exit 70.
    const events = JSON.stringify({ contract: { planId: 'helpdesk-support' }, events: [{ type: 'accepted', at: '2026-11-20T10:00:00+09:00' }] });
    const r = await cli(['incident', 'status', '-', '--format', 'ndjson', '--at', '2026-11-20T12:00:00+09:00'], [events, '{}', events].join('\n'));
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[1]).toEqual({ line: 2, error: { code: 'invalid_input', path: [], message: expect.stringContaining('"events"') } });
    expect(lines[0]).not.toHaveProperty('error');
    expect(lines[2]).not.toHaveProperty('error');
    expect(r.code).toBe(EXIT.inputError);
  });
  it('a request the library refuses gives its typed error with the path; the batch goes on', async () => {
    const input = [request('oas-plan-a'), request('ucom'), JSON.stringify({ contract: { planId: 'oas-plan-a', start: '2025-04-01' } }), request('oas-plan-b')].join('\n');
    const r = await cli(['invoice', '-', '--format', 'ndjson'], input);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[1]).toEqual({
      line: 2,
      error: expect.objectContaining({ code: 'not_found', path: ['contract', 'planId'], message: expect.stringContaining('did you mean ucom-remote-support?') }),
    });
    expect(lines[2]).toMatchObject({ line: 3, error: { code: 'invalid_input', path: ['month'] } });
    expect(lines[3]).toMatchObject({ planId: 'oas-plan-b' });
    expect(r.code).toBe(EXIT.inputError);
  });
  it('every answer equals the single invoice of the same request (one invoicer for the batch)', async () => {
    const requests = ['oas-plan-a', 'oas-plan-b', 'itss-light-anshin-1', 'ucom-remote-support'].map((p, i) => request(p, `2025-0${i + 1}-10`));
    const r = await cli(['invoice', '-', '--format', 'ndjson'], requests.join('\n'));
    expect(r.code).toBe(EXIT.ok);
    const single = await Promise.all(requests.map(async (q) => JSON.parse((await cli(['invoice', '-', '--json'], q)).out)));
    expect(r.out.trimEnd().split('\n').map((l) => JSON.parse(l))).toEqual(single);
    expect(r.err).toBe('invoice: 4 lines, 4 answers, 0 errors\n');
  });
  it('--month and --plan fill the common fields of every line; a BOM, CRLF and blank lines are accepted', async () => {
    const contract = JSON.stringify({ planId: 'oas-plan-b', start: '2025-04-01' });
    const r = await cli(['invoice', '-', '--format', 'ndjson', '--month', '2025-05', '--plan', 'oas-plan-a'], `\uFEFF${contract}\r\n\r\n${contract}\r\n`);
    expect(r.code).toBe(EXIT.ok);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => [l.planId, l.month])).toEqual([
      ['oas-plan-a', '2025-05'],
      ['oas-plan-a', '2025-05'],
    ]);
    expect(r.err).toBe('invoice: 3 lines, 2 answers, 0 errors\n');
  });
});

describe('batches of other commands', () => {
  it('hours --check exits 3 when some answer is negative and none failed', async () => {
    const q = (at: string) => JSON.stringify({ planId: 'helpdesk-support', channel: 'phone', at });
    const r = await cli(['hours', '-', '--format', 'ndjson', '--check'], [q('2026-11-20T10:30'), q('2026-11-21T10:30')].join('\n'));
    expect(r.code).toBe(EXIT.negative);
    expect(r.out.trimEnd().split('\n').map((l) => JSON.parse(l).open)).toEqual([true, false]);
    expect(r.err).toBe('hours: 2 lines, 2 answers, 0 errors, 1 negative\n');
  });
  it('a line that is not an object is an error record for that line only', async () => {
    const r = await cli(['price', '-', '--format', 'ndjson'], ['[1,2]', JSON.stringify({ amountYen: 1100, basis: 'tax-included', on: '2025-06-01' })].join('\n'));
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ line: 1, error: { code: 'invalid_input' } });
    expect(lines[1]).toMatchObject({ taxExcludedYen: 1000, taxYen: 100 });
  });
});

/** A CliIO whose input comes in pieces (as main.ts reads a stream), with a fake worker pool. */
function streamingIO(lines: readonly string[], pieceSize: number, pool?: (argv: readonly string[], n: number) => WorkerPool) {
  let out = '';
  let err = '';
  let t = 0;
  const io: CliIO = {
    out: (s) => void (out += s),
    err: (s) => void (err += s),
    readText: async () => {
      throw new Error('a batch must not read its input whole');
    },
    readLines: async function* () {
      for (let i = 0; i < lines.length; i += pieceSize) yield lines.slice(i, i + pieceSize);
    },
    stdoutIsTTY: false,
    stderrIsTTY: true,
    now: () => (t += 100),
    ...(pool ? { startWorkers: pool } : {}),
  };
  return { io, out: () => out, err: () => err };
}

/** Workers in memory: each answers with prepareBatch, later chunks sooner (to test the order). */
function fakePool(argv: readonly string[], count: number): WorkerPool & { used: Set<number> } {
  const ready = prepareBatch(argv);
  const used = new Set<number>();
  let k = 0;
  return {
    used,
    answer: (worker: number, chunk: BatchChunk) => {
      used.add(worker);
      const delay = 20 - (k++ % 5) * 4;
      return ready.then((answer) => new Promise((resolve) => setTimeout(() => resolve(answer(chunk)), delay)));
    },
    close: async () => undefined,
  };
}

describe('streaming and --jobs', () => {
  const n = CHUNK_LINES * 3 + 17;
  const lines = Array.from({ length: n }, (_, i) => (i === 700 ? 'nope' : request(i % 2 ? 'oas-plan-a' : 'itss-light-anshin-1', `2025-0${1 + (i % 9)}-1${i % 10}`, '2025-11')));
  it('reads pieces of lines, never the whole input; numbers lines across pieces; shows progress on a terminal', async () => {
    const s = streamingIO(lines, 333);
    expect(await runCli(['invoice', '-', '--format', 'ndjson'], s.io)).toBe(EXIT.inputError);
    const out = s.out().trimEnd().split('\n');
    expect(out).toHaveLength(n);
    expect(JSON.parse(out[700]!)).toMatchObject({ line: 701, error: { code: 'invalid_json' } });
    const invoicer = createInvoicer();
    expect(JSON.parse(out[n - 1]!)).toEqual(JSON.parse(JSON.stringify(invoicer.monthlyInvoice(JSON.parse(lines[n - 1]!)))));
    expect(s.err()).toMatch(/\rinvoice: [\d,]+ lines \(\d+ errors\), [\d,]+ lines\/s, \d+\.\d s/);
    expect(s.err()).toMatch(new RegExp(`invoice: ${n.toLocaleString('en-US')} lines, ${(n - 1).toLocaleString('en-US')} answers, 1 errors in \\d+\\.\\d\\d s\\n$`));
  });
  it('--jobs 3 spreads chunks over the workers and writes them in input order', async () => {
    const one = streamingIO(lines, 500);
    await runCli(['invoice', '-', '--format', 'ndjson'], one.io);
    let pool: ReturnType<typeof fakePool> | undefined;
    const three = streamingIO(lines, 500, (argv, count) => (pool = fakePool(argv, count)));
    expect(await runCli(['invoice', '-', '--format', 'ndjson', '--jobs', '3'], three.io)).toBe(EXIT.inputError);
    expect(three.out()).toBe(one.out());
    expect([...pool!.used].sort()).toEqual([0, 1, 2]);
  });
  it('--jobs starts no more workers than the machine runs at once (each costs its start-up and about 14 MB)', async () => {
    const one = streamingIO(lines, 500);
    await runCli(['invoice', '-', '--format', 'ndjson'], one.io);
    const counts: number[] = [];
    let pool: ReturnType<typeof fakePool> | undefined;
    const capped = streamingIO(lines, 500, (argv, count) => {
      counts.push(count);
      return (pool = fakePool(argv, count));
    });
    const io = { ...capped.io, parallelism: () => 2 };
    expect(await runCli(['invoice', '-', '--format', 'ndjson', '--jobs', '999'], io)).toBe(EXIT.inputError);
    expect(counts).toEqual([2]);
    expect([...pool!.used].sort()).toEqual([0, 1]);
    expect(capped.out()).toBe(one.out());
    // One core: no worker at all, the batch is answered in this thread.
    const single = streamingIO(lines, 500, () => {
      throw new Error('no worker expected');
    });
    expect(await runCli(['invoice', '-', '--format', 'ndjson', '--jobs', '8'], { ...single.io, parallelism: () => 1 })).toBe(EXIT.inputError);
    expect(single.out()).toBe(one.out());
  });
  it('--jobs needs a batch and a positive count', async () => {
    expect((await cli(['invoice', '-', '--jobs', '2', '--json'], request('oas-plan-a'))).code).toBe(EXIT.usage);
    expect((await cli(['invoice', '-', '--jobs', '0', '--format', 'ndjson'], request('oas-plan-a'))).code).toBe(EXIT.usage);
  });
});

describe('grouped (the counts of the summary and the progress line)', () => {
  it("writes what toLocaleString('en-US') writes, without loading Intl", () => {
    for (const n of [0, 7, 999, 1000, 12_345, 100_000, 999_999, 1_000_000, 1_234_567_890, Number.MAX_SAFE_INTEGER, -1234, 1.5]) {
      expect(grouped(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});

describe('stringJson (the JSON of the strings of batch answers, kept for the short ones)', () => {
  it('writes what JSON.stringify writes, the first time and the next', () => {
    const strings = ['', 'oas-plan-a', '2025-06', 'a"b\\c', 'tab\there', '\u0000\u001f', '\ud800 alone', '月額料金', 'x'.repeat(64), 'y'.repeat(65), '__proto__'];
    for (const round of [1, 2]) for (const s of strings) expect([round, stringJson(s)]).toEqual([round, JSON.stringify(s)]);
  });
});
