/**
 * `--fields`: the lean output billing scripts want (only the named top-level fields of each answer,
 * in the order named), for single answers and NDJSON batches; the same values as the whole answer;
 * usage errors with "did you mean" for unknown names; and the lazily loaded command list.
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createInvoicer } from '../../src/billing/index.js';
import { EXIT, fieldsText, projectFields } from '../../src/cli/command.js';
import { commands } from '../../src/cli/commands/index.js';
import { cli } from '../helpers/cli.js';

const request = (planId: string, start = '2025-04-01', month = '2025-06') => JSON.stringify({ contract: { planId, start }, month });
const parseLines = (out: string) => out.trimEnd().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);

describe('invoice --fields', () => {
  it('a batch prints only the named fields, in the order named, with the whole invoice values', async () => {
    const input = [request('oas-plan-a'), request('itss-light-anshin-1', '2025-06-10'), request('ucom-remote-support', '2024-11-15')].join('\n');
    const r = await cli(['invoice', '-', '--format', 'ndjson', '--fields', 'totalYen,planId,month,taxYen'], input);
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe(
      '{"totalYen":4290,"planId":"oas-plan-a","month":"2025-06","taxYen":390}\n' +
        '{"totalYen":2200,"planId":"itss-light-anshin-1","month":"2025-06","taxYen":200}\n' +
        '{"totalYen":550,"planId":"ucom-remote-support","month":"2025-06","taxYen":50}\n',
    );
    expect(r.err).toBe('invoice: 3 lines, 3 answers, 0 errors\n');
  });
  it('every field of every line equals the whole answer (the trace is not built unless asked for)', async () => {
    const plans = ['oas-plan-a', 'oas-plan-b', 'itss-light-anshin-1', 'ucom-remote-support'];
    const months = ['2019-09', '2019-10', '2024-02', '2025-06'];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom(...plans), fc.integer({ min: 0, max: 2000 }), fc.constantFrom(...months)), { minLength: 1, maxLength: 12 }),
        async (rows) => {
          const lines = rows.map(([p, d, m]) => request(p, new Date(Date.UTC(2019, 0, 1) + d * 86_400_000).toISOString().slice(0, 10), m));
          const whole = parseLines((await cli(['invoice', '-', '--format', 'ndjson'], lines.join('\n'))).out);
          const fields = ['lines', 'byRate', 'reasons', 'taxExcludedYen', 'taxIncludedYen', 'totalYen', 'basis'];
          const lean = parseLines((await cli(['invoice', '-', '--format', 'ndjson', '--fields', fields.join(',')], lines.join('\n'))).out);
          expect(lean).toEqual(whole.map((w) => (w.error ? w : Object.fromEntries(fields.map((f) => [f, w[f]])))));
        },
      ),
      { numRuns: 25 },
    );
  });
  it('the trace, when named, is the whole answer\u2019s', async () => {
    const q = request('oas-plan-a');
    const whole = JSON.parse((await cli(['invoice', '-', '--json'], q)).out) as { trace: string[] };
    const lean = parseLines((await cli(['invoice', '-', '--format', 'ndjson', '--fields', 'trace'], `${q}\n`)).out);
    expect(lean).toEqual([{ trace: whole.trace }]);
    expect(whole.trace.length).toBeGreaterThan(0);
  });
  it('a bad line still gives its error record', async () => {
    const r = await cli(['invoice', '-', '--format', 'ndjson', '--fields', 'totalYen'], [request('oas-plan-a'), 'nope', request('ucom')].join('\n'));
    expect(r.code).toBe(EXIT.inputError);
    const out = parseLines(r.out);
    expect(out[0]).toEqual({ totalYen: 4290 });
    expect(out[1]).toMatchObject({ line: 2, error: { code: 'invalid_json' } });
    expect(out[2]).toMatchObject({ line: 3, error: { code: 'not_found', path: ['contract', 'planId'] } });
  });
  it('a single answer: JSON by default (even on a terminal), pretty-printed', async () => {
    const r = await cli(['invoice', '-', '--fields', 'planId,totalYen'], request('oas-plan-a'));
    expect(r.code).toBe(EXIT.ok);
    expect(r.out).toBe('{\n  "planId": "oas-plan-a",\n  "totalYen": 4290\n}\n');
  });
  it('usage errors: an unknown field (did you mean), an empty or repeated name, a table', async () => {
    const unknown = await cli(['invoice', '-', '--format', 'ndjson', '--fields', 'planId,totalyen'], request('oas-plan-a'));
    expect(unknown.code).toBe(EXIT.usage);
    expect(unknown.out).toBe('');
    expect(unknown.err).toContain('Unknown field "totalyen" of the invoice answer; did you mean totalYen?');
    expect(unknown.err).toContain('Fields: planId, month, basis, rounding, lines, byRate, taxExcludedYen, taxYen, taxIncludedYen, totalYen, trace, reasons');
    expect((await cli(['invoice', '-', '--fields', 'planId,,totalYen'], request('oas-plan-a'))).code).toBe(EXIT.usage);
    expect((await cli(['invoice', '-', '--fields', 'totalYen,totalYen'], request('oas-plan-a'))).err).toContain('names "totalYen" twice');
    const table = await cli(['invoice', '-', '--format', 'table', '--fields', 'totalYen'], request('oas-plan-a'));
    expect(table.code).toBe(EXIT.usage);
    expect(table.err).toContain('use --format json or ndjson');
  });
  it('--jobs workers print the same lean lines', async () => {
    // (workers in memory are tested in batch.test.ts; here the answerer of a worker's command line)
    const { prepareBatch } = await import('../../src/cli/run.js');
    const answer = await prepareBatch(['invoice', '--format', 'ndjson', '--fields', 'planId,totalYen']);
    const chunk = answer({ firstLine: 1, lines: [request('oas-plan-a'), request('ucom-remote-support', '2024-11-15')] });
    expect(new TextDecoder().decode(chunk.bytes)).toBe('{"planId":"oas-plan-a","totalYen":4290}\n{"planId":"ucom-remote-support","totalYen":550}\n');
  });
  it('the declared fields are exactly those of a real invoice', async () => {
    const invoice = createInvoicer().monthlyInvoice({ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' });
    const r = await cli(['invoice', '--help'], {});
    const listed = /Fields: ([^\n]+)/.exec(r.out)![1]!.split(', ');
    expect(listed).toEqual(Object.keys(invoice));
  });
});

describe('price --fields', () => {
  it('single answers, arrays and batches', async () => {
    const one = { amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01' };
    const single = await cli(['price', '-', '--format', 'ndjson', '--fields', 'taxIncludedYen,taxYen'], `${JSON.stringify(one)}\n`);
    expect(single.out).toBe('{"taxIncludedYen":4290,"taxYen":390}\n');
    const array = await cli(['price', 'p.json', '--json', '--fields', 'taxIncludedYen'], { 'p.json': JSON.stringify([one, { ...one, on: '2019-09-30' }]) });
    expect(JSON.parse(array.out)).toEqual([{ taxIncludedYen: 4290 }, { taxIncludedYen: 4212 }]);
  });
  it('the declared fields are exactly those of a real answer', async () => {
    const whole = JSON.parse((await cli(['price', '-', '--json'], JSON.stringify({ amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01' }))).out) as object;
    const listed = /Fields: ([^\n]+)/.exec((await cli(['price', '--help'], {})).out)![1]!.split(', ');
    expect(listed).toEqual(Object.keys(whole));
  });
});

describe('--fields elsewhere', () => {
  it('a command whose answers are not field records refuses it', async () => {
    const r = await cli(['hours', '-', '--fields', 'open'], JSON.stringify({ planId: 'helpdesk-support', channel: 'phone', at: '2026-11-20T10:30' }));
    expect(r.code).toBe(EXIT.usage);
    expect(r.err).toContain('--fields is not available for hours');
  });
  it('projectFields keeps the order named and gives null for a field an answer lacks', () => {
    expect(projectFields(['b', 'a', 'c'])({ a: 1, b: 2 })).toEqual({ b: 2, a: 1, c: null });
    expect(JSON.stringify(projectFields(['b', 'a'])({ a: 1, b: 2 }))).toBe('{"b":2,"a":1}');
  });
  it('fieldsText (the batch line) is JSON.stringify of the projection, for any JSON answer', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), fc.uniqueArray(fc.string(), { maxLength: 6 }), (answer, extra) => {
        const frozen = Object.freeze({ ...answer, nested: Object.freeze({ x: [1, 'ü"\\n'] }) });
        // (Answer fields are names; an index-like key such as "0" would come first in any JS object.)
        const fields = [...new Set([...Object.keys(frozen).slice(0, 4), ...extra, 'nested'])].filter((f) => !/^(0|[1-9]\d*)$/.test(f));
        expect(fieldsText(fields)(frozen)).toBe(JSON.stringify(projectFields(fields)(frozen)));
        expect(fieldsText(fields)(answer)).toBe(JSON.stringify(projectFields(fields)(answer)));
      }),
      { numRuns: 300 },
    );
  });
});

describe('the command list', () => {
  it.each(commands.map((c) => [c.name, c]))('%s: its summary is the loaded command\u2019s', async (name, entry) => {
    const command = await entry.load();
    expect(command.name).toBe(name);
    expect(command.summary).toBe(entry.summary);
  });
});
