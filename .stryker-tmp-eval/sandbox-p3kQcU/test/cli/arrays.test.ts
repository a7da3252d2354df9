/**
 * JSON array inputs never fail whole: `price` and `area` answer each element, a refused element gives
 * {"index":N,"error":{…}} in its place (its path starting with N) and exit 1; a pretty-printed JSON
 * array given as an NDJSON batch is a usage error (exit 2) that says how to give the input. Long
 * array answers are written element by element, with the same text as one JSON.stringify.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/command.js';
import { toJson, writeJson } from '../../src/cli/format.js';
import { cli } from '../helpers/cli.js';

const price = (amountYen: unknown, on = '2025-06-01') => ({ amountYen, basis: 'tax-excluded', on });

describe('price with a JSON array', () => {
  it('a bad middle element gives its error in place; its neighbours are answered; exit 1', async () => {
    const input = JSON.stringify([price(3900), price(-1), price(1000, '2019-09-30')]);
    const r = await cli(['price', 'p.json', '--json'], { 'p.json': input });
    expect(r.code).toBe(EXIT.inputError);
    const out = JSON.parse(r.out) as Array<Record<string, unknown>>;
    expect(out).toHaveLength(3);
    expect(out[0]).toMatchObject({ taxIncludedYen: 4290 });
    expect(out[1]).toEqual({ index: 1, error: expect.objectContaining({ code: expect.any(String), path: [1, 'amountYen'] }) });
    expect(out[2]).toMatchObject({ taxIncludedYen: 1080 });
    const err = r.err.trimEnd().split('\n');
    expect(JSON.parse(err[0]!)).toEqual(out[1]);
    expect(err[1]).toBe('price: 3 elements, 2 answers, 1 errors');
  });
  it('the same in a table (the refused element on standard error) and with --fields', async () => {
    const input = JSON.stringify([price(3900), { amountYen: 1, basis: 'tax-excluded', on: '2025-06-01', bogus: 1 }]);
    const t = await cli(['price', '-', '--format', 'table'], input);
    expect(t.code).toBe(EXIT.inputError);
    expect(t.out).toContain('4,290円');
    expect(t.err).toContain('error [invalid_input] element 1: [1].bogus: Unknown field "bogus"');
    const f = await cli(['price', '-', '--json', '--fields', 'taxIncludedYen'], input);
    expect(JSON.parse(f.out)).toEqual([{ taxIncludedYen: 4290 }, { index: 1, error: expect.objectContaining({ path: [1, 'bogus'] }) }]);
  });
  it('every element answered: exit 0 and the same JSON as before (one stringify of the array)', async () => {
    const input = [price(3900), price(1000, '2019-09-30')];
    const r = await cli(['price', '-', '--json'], JSON.stringify(input));
    expect(r.code).toBe(EXIT.ok);
    expect(r.err).toBe('');
    const each = await Promise.all(input.map(async (p) => JSON.parse((await cli(['price', '-', '--json'], JSON.stringify(p))).out)));
    expect(r.out).toBe(toJson(each));
  });
});

describe('writeJson', () => {
  it.each([[[]], [[1, 'a\nb', { x: [1, { y: null }], z: [] }, [], null]], [{ a: [1, 2] }], ['x'], [[undefined, 2]]])('writes the text of toJson: %j', (value) => {
    let text = '';
    writeJson(value, (t) => (text += t));
    expect(text).toBe(toJson(value));
  });
});

describe('a JSON array given as an NDJSON batch', () => {
  it('pretty-printed: a usage error before any output, saying how to give it', async () => {
    const input = JSON.stringify([{ contract: { planId: 'oas-plan-a', start: '2025-04-01' }, month: '2025-06' }], null, 2);
    const r = await cli(['invoice', 'batch.json', '--format', 'ndjson'], { 'batch.json': input });
    expect(r.code).toBe(EXIT.usage);
    expect(r.out).toBe('');
    expect(r.err).toContain('batch.json is a JSON array, not NDJSON: a batch (--format ndjson) takes one JSON request per line');
    expect(r.err).toContain("jq -c '.[]'");
    const bom = await cli(['price', '-', '--format', 'ndjson'], `\uFEFF[\n${JSON.stringify(price(3900))}\n]\n`);
    expect(bom.code).toBe(EXIT.usage);
  });
  it('on one line: a request like any other (an error record for commands that take objects)', async () => {
    const r = await cli(['price', '-', '--format', 'ndjson'], `${JSON.stringify([price(3900)])}\n${JSON.stringify(price(3900))}\n`);
    expect(r.code).toBe(EXIT.inputError);
    const lines = r.out.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ line: 1, error: { code: 'invalid_input' } });
    expect(lines[1]).toMatchObject({ taxIncludedYen: 4290 });
  });
});
