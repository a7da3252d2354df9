/**
 * The CLI's JSON input takes every option of the library call that JSON can carry: `invoice` the options of
 * monthlyInvoice (all but `catalog` and `taxTable`, which are objects built by loaders), `price` those of
 * convertPrice. Each answers as the library does with that option. (`taxIncludedPrices` was refused by
 * `invoice` as an unknown field.)
 */
import { describe, expect, it } from 'vitest';
import { convertPrice, monthlyInvoice } from '../../src/index.js';
import { EXIT } from '../../src/cli/command.js';
import { cli } from '../helpers/cli.js';

// 001 プラン1 ライト, ¥1,760 stated with 10% tax, invoiced for 2019-03 (8%): rebase gives ¥1,728, hold-displayed ¥1,760.
const legacy = { contract: { planId: 'itss-legacy-light-1', start: '2019-01-01' }, month: '2019-03' };

describe('invoice: the options of monthlyInvoice', () => {
  it.each([
    ['rounding', 'ceil'],
    ['partialMonth', 'daily'],
    ['prorationRounding', 'ceil'],
    ['resubscriptionFeeMonth', 'first-billed-month'],
    ['unknownEndOfSale', 'treat-as-on-sale'],
    ['taxIncludedPrices', 'hold-displayed'],
    ['explain', false],
  ])('%s: %j is taken and answers as monthlyInvoice', async (key, value) => {
    const request = { ...legacy, [key]: value };
    const r = await cli(['invoice', '-', '--format', 'json'], { '-': JSON.stringify(request) });
    expect(r.err, r.err).toBe('');
    expect(r.code).toBe(EXIT.ok);
    expect(JSON.parse(r.out)).toEqual(JSON.parse(JSON.stringify(monthlyInvoice(request as never))));
  });
  it('hold-displayed keeps ¥1,760 where rebase charges ¥1,728 (the option reaches the invoice)', async () => {
    const total = async (extra: object) => JSON.parse((await cli(['invoice', '-', '--format', 'json', '--fields', 'taxIncludedYen'], { '-': JSON.stringify({ ...legacy, ...extra }) })).out).taxIncludedYen;
    expect(await total({})).toBe(1728);
    expect(await total({ taxIncludedPrices: 'hold-displayed' })).toBe(1760);
  });
  it('an unknown field is still refused, naming it', async () => {
    const r = await cli(['invoice', '-', '--format', 'json'], { '-': JSON.stringify({ ...legacy, roundng: 'ceil' }) });
    expect(r.code).toBe(EXIT.inputError);
    expect(r.out + r.err).toContain('Unknown field \\"roundng\\"');
  });
});

describe('price: the options of convertPrice', () => {
  it.each([
    ['rounding', 'ceil'],
    ['rateKind', 'reduced'],
    ['statedRatePercent', 10],
    ['taxIncludedPrices', 'hold-displayed'],
  ])('%s: %j is taken and answers as convertPrice', async (key, value) => {
    const request = { amountYen: 1760, basis: 'tax-included', on: key === 'rateKind' ? '2020-01-01' : '2019-03-31', [key]: value };
    const r = await cli(['price', '-', '--format', 'json'], { '-': JSON.stringify(request) });
    expect(r.err, r.err).toBe('');
    // The CLI adds the price as displayed (display); the rest is convertPrice's answer.
    const { display, ...answer } = JSON.parse(r.out) as Record<string, unknown>;
    expect(typeof display).toBe('string');
    expect(answer).toEqual(JSON.parse(JSON.stringify(convertPrice(request as never))));
  });
});
