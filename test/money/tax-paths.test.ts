/**
 * src/money/tax.ts path by path: a loaded table's order and effectiveUntil (each rate applies from its effectiveFrom
 * until the next of its kind: fixtures/consumption-tax.json 「| 1989-04-01 | 3% | introduced |」 … 「| 2019-10-01 | 10% …
 * |」), the rate returned whole, the refusals of rateOnDay / compile / monthlyFeeTaxDate / parseMemoLimit word for word,
 * rateMath of a fractional rate, and the integer and decimal paths of the tax and its trace text at their edges
 * (the exact half, the largest product the integer path takes, six places exactly, long denominators).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConsumptionTaxRate, InvalidInputError, monthlyFeeTaxDate, OutOfRangeError } from '../../src/index.js';
import { loadConsumptionTaxTable } from '../../src/schemas/index.js';
import { Dec } from '../../src/money/decimal.js';
import {
  compile,
  consumptionTaxTable,
  createTaxMemo,
  intTaxYen,
  intUnroundedTaxText,
  MEMO_LIMIT,
  parseMemoLimit,
  parseRateKind,
  rateFractionText,
  rateMath,
  rateOnDay,
  remember,
  taxOfAmount,
  taxParts,
  unroundedTaxText,
} from '../../src/money/tax.js';
import { parseIsoDate } from '../../src/time/index.js';
import { thrown } from '../helpers/values.js';

type Source = { document: string; passage: string; note?: string };
type RateRow = { id: string; kind: string; ratePercent: number; effectiveFrom: string; scope?: string; source: Source };
const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'consumption-tax.json'), 'utf8')) as { rates: RateRow[]; rules: Record<string, unknown> };
const row = (id: string) => fixture.rates.find((r) => r.id === id)!;
const MAX = Number.MAX_SAFE_INTEGER;

describe('a loaded table', () => {
  it('sorts the rates by kind (standard first), then by day, whatever the fixture order; each but the newest of its kind ends where the next begins', () => {
    const [r3, r5, r8, r10, red8] = ['1989', '1997', '2014', '2019'].map((y) => row(`jp-consumption-tax-standard-${y}`)).concat(row('jp-consumption-tax-reduced-2019'));
    expect([r3, r5, r8, r10, red8].map((r) => [r!.ratePercent, r!.effectiveFrom])).toEqual([
      [3, '1989-04-01'],
      [5, '1997-04-01'],
      [8, '2014-04-01'],
      [10, '2019-10-01'],
      [8, '2019-10-01'],
    ]);
    const expected = [
      { ...r3, effectiveUntil: '1997-04-01' },
      { ...r5, effectiveUntil: '2014-04-01' },
      { ...r8, effectiveUntil: '2019-10-01' },
      { ...r10 },
      { ...red8 },
    ];
    for (const order of [
      [4, 2, 0, 3, 1],
      [3, 2, 1, 0, 4],
      [0, 1, 2, 3, 4],
    ]) {
      const t = loadConsumptionTaxTable({ ...fixture, rates: order.map((i) => fixture.rates[i]) });
      expect(t.rates).toEqual(expected);
      expect('effectiveUntil' in t.rates[3]!).toBe(false);
      expect('effectiveUntil' in t.rates[4]!).toBe(false);
      expect(compile(t).standard.map((r) => r.ratePercent)).toEqual([10, 8, 5, 3]);
      expect(getConsumptionTaxRate('2014-03-31', { taxTable: t }).ratePercent).toBe(5);
      expect(getConsumptionTaxRate('2014-04-01', { taxTable: t }).ratePercent).toBe(8);
    }
    expect(consumptionTaxTable.rates).toEqual(expected);
  });
  it('getConsumptionTaxRate returns the whole rate: the fixture row and the day it ended', () => {
    expect(getConsumptionTaxRate('2019-09-30')).toEqual({ ...row('jp-consumption-tax-standard-2014'), effectiveUntil: '2019-10-01' });
    expect(getConsumptionTaxRate('1997-03-31')).toEqual({ ...row('jp-consumption-tax-standard-1989'), effectiveUntil: '1997-04-01' });
    expect(getConsumptionTaxRate('2025-06-01')).toEqual(row('jp-consumption-tax-standard-2019'));
    expect(getConsumptionTaxRate('2025-06-01', { kind: 'reduced' })).toEqual(row('jp-consumption-tax-reduced-2019'));
    expect(getConsumptionTaxRate('2025-06-01', { kind: 'standard' })).toEqual(row('jp-consumption-tax-standard-2019'));
  });
  it('a table without a reduced rate has none on any day', () => {
    const t = loadConsumptionTaxTable({ ...fixture, rates: fixture.rates.filter((r) => r.kind === 'standard') });
    const e = thrown(() => getConsumptionTaxRate('2025-01-01', { kind: 'reduced', taxTable: t }));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect([e.code, e.path, e.message, e.details]).toEqual(['out_of_range', ['on'], 'on: The table has no reduced consumption-tax rate', { value: '2025-01-01' }]);
    expect(getConsumptionTaxRate('2025-01-01', { taxTable: t }).ratePercent).toBe(10);
  });
});

describe('rateOnDay', () => {
  const ct = compile(consumptionTaxTable);
  it('the rate of its first day, and the day before it', () => {
    for (const [on, rate] of [
      ['1989-04-01', 3],
      ['1997-03-31', 3],
      ['1997-04-01', 5],
      ['2019-09-30', 8],
      ['2019-10-01', 10],
      ['2199-12-31', 10],
    ] as const) {
      expect(rateOnDay(ct, 'standard', parseIsoDate(on), ['on']).ratePercent).toBe(rate);
    }
    expect(rateOnDay(ct, 'reduced', parseIsoDate('2019-10-01'), ['on']).key).toBe('8');
  });
  it('names the key under the path when one is given', () => {
    const e = thrown(() => rateOnDay(ct, 'standard', parseIsoDate('1989-03-31'), ['lines'], 3));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect([e.path, e.message, e.details]).toEqual([
      ['lines', 3],
      'lines[3]: No standard consumption-tax rate before 1989-04-01: 1989-03-31 is outside the table',
      { value: '1989-03-31', firstRateFrom: '1989-04-01' },
    ]);
    const f = thrown(() => rateOnDay(ct, 'reduced', parseIsoDate('2019-09-30'), ['items'], 'x'));
    expect([f.path, f.message]).toEqual([['items', 'x'], 'items.x: No reduced consumption-tax rate before 2019-10-01: 2019-09-30 is outside the table']);
    const g = thrown(() => rateOnDay(ct, 'reduced', parseIsoDate('2019-09-30'), ['on']));
    expect(g.path).toEqual(['on']);
  });
});

describe('compile and the taxTable option', () => {
  it('refuses null word for word (the option taxTable: null is the bundled table)', () => {
    const e = thrown(() => compile(null as never));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['taxTable'], 'taxTable: Expected a table from loadConsumptionTaxTable', {}]);
    expect(getConsumptionTaxRate('2025-01-01', { taxTable: null as never }).ratePercent).toBe(10);
  });
  it.each<[string, unknown]>([
    ['a number', 5],
    ['an object', {}],
    ['a copy of the bundled table', structuredClone({ rates: consumptionTaxTable.rates, rules: consumptionTaxTable.rules })],
  ])('refuses %s word for word', (_, table) => {
    for (const e of [thrown(() => compile(table as never)), thrown(() => getConsumptionTaxRate('2025-01-01', { taxTable: table as never }))]) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['taxTable'], 'taxTable: Expected a table from loadConsumptionTaxTable', {}]);
    }
  });
  it('a loaded table is compiled once, newest rate first', () => {
    const t = loadConsumptionTaxTable(fixture);
    expect(compile(t)).toBe(compile(t));
    expect(compile(t).standard.map((r) => [r.ratePercent, r.fromDay])).toEqual(
      ['2019-10-01', '2014-04-01', '1997-04-01', '1989-04-01'].map((d, i) => [[10, 8, 5, 3][i], parseIsoDate(d)]),
    );
    expect(compile(t).reduced.map((r) => r.rate.id)).toEqual(['jp-consumption-tax-reduced-2019']);
  });
});

describe('monthlyFeeTaxDate and parseRateKind', () => {
  it("a month's last day (消費税法基本通達 9-1-5: fixtures rules.taxPoint)", () => {
    expect(['2019-09', '2024-02', '2023-02', '2019-12'].map((m) => monthlyFeeTaxDate(m))).toEqual(['2019-09-30', '2024-02-29', '2023-02-28', '2019-12-31']);
  });
  it('refuses a malformed month at month, or at the path given', () => {
    const e = thrown(() => monthlyFeeTaxDate('2019-13'));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.path, e.message, e.details]).toEqual([['month'], 'month: Invalid month (valid values 1 - 12): "2019-13"', { value: '2019-13' }]);
    expect(thrown(() => monthlyFeeTaxDate('2019-13', ['contract', 'month'])).path).toEqual(['contract', 'month']);
  });
  it('a kind: absent is standard', () => {
    expect([parseRateKind(undefined, ['k']), parseRateKind('standard', ['k']), parseRateKind('reduced', ['k'])]).toEqual(['standard', 'standard', 'reduced']);
    const e = thrown(() => parseRateKind(null, ['options', 'kind']));
    expect([e.path, e.message, e.details]).toEqual([['options', 'kind'], `options.kind: Rate kind must be 'standard' or 'reduced', received null`, { value: 'null' }]);
  });
});

describe('memo limits', () => {
  it.each<[unknown, string, string]>([
    [-1, '-1', '-1'],
    [1.5, '1.5', '1.5'],
    [2 ** 53, '9007199254740992', '9007199254740992'],
    ['8', '"8"', '8'],
    [null, 'null', 'null'],
    [Number.NaN, 'NaN', 'NaN'],
  ])('refuses %j word for word', (limit, quoted, text) => {
    for (const e of [thrown(() => parseMemoLimit(limit, ['memoLimit'])), thrown(() => createTaxMemo(limit as number))]) {
      expect(e).toBeInstanceOf(InvalidInputError);
      expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['memoLimit'], `memoLimit: A memo limit is a whole number ≥ 0, received ${quoted}`, { value: text }]);
    }
  });
  it('accepts 0 and 2^53 − 1; absent is 4,096', () => {
    expect([parseMemoLimit(0, ['m']), parseMemoLimit(MAX, ['m']), parseMemoLimit(undefined, ['m']), MEMO_LIMIT]).toEqual([0, MAX, 4096, 4096]);
    expect(createTaxMemo().limit).toBe(4096);
    expect(createTaxMemo(0).limit).toBe(0);
  });
  it('remember keeps at most limit entries and always returns the value', () => {
    const m = new Map<string, number>();
    expect([remember(m, 'a', 1, 2), remember(m, 'b', 2, 2), remember(m, 'c', 3, 2)]).toEqual([1, 2, 3]);
    expect([...m]).toEqual([
      ['a', 1],
      ['b', 2],
    ]);
    expect(remember(new Map(), 'a', 1, 0)).toBe(1);
  });
  it('a memo of limit 1 keeps the first result only', () => {
    const memo = createTaxMemo(1);
    const a = taxParts(new Dec(1000), 'tax-excluded', rateMath(10), 'floor', memo);
    const b = taxParts(new Dec(2000), 'tax-excluded', rateMath(10), 'floor', memo);
    expect([...memo.parts.keys()]).toEqual(['10xfloor1000']);
    expect(memo.parts.get('10xfloor1000')).toBe(a);
    expect(b.taxYen).toBe(200);
  });
});

describe('rateMath', () => {
  it('a fractional rate: 7.8 % is 78/1000 on a tax-excluded amount, 78/1078 on a tax-included one', () => {
    const r = rateMath(7.8);
    expect({ ...r, numerator: r.numerator.toString(), exDenominator: r.exDenominator.toString(), incDenominator: r.incDenominator.toString() }).toEqual({
      key: '7.8',
      ratePercent: 7.8,
      numerator: '78',
      exDenominator: '1000',
      incDenominator: '1078',
      exFraction: '7.8/100',
      incFraction: '7.8/107.8',
      intNumerator: 78,
      intExDenominator: 1000,
      intIncDenominator: 1078,
    });
    expect([rateFractionText('tax-excluded', r), rateFractionText('tax-included', r)]).toEqual(['7.8/100', '7.8/107.8']);
  });
  it('whole and zero rates', () => {
    expect([rateMath(10).exFraction, rateMath(10).incFraction, rateMath(10).intIncDenominator]).toEqual(['10/100', '10/110', 110]);
    expect([rateMath(0).key, rateMath(0).incFraction, rateMath(0).intNumerator]).toEqual(['0', '0/100', 0]);
  });
});

describe('the integer path at its edges', () => {
  it('the exact half rounds up with half-up only (¥5 × 10 % = 0.5; ¥15 × 10/110 = 1.36)', () => {
    expect(['floor', 'ceil', 'half-up'].map((m) => intTaxYen(5, 'tax-excluded', rateMath(10), m as 'floor'))).toEqual([0, 1, 1]);
    expect(['floor', 'ceil', 'half-up'].map((m) => intTaxYen(4, 'tax-excluded', rateMath(10), m as 'floor'))).toEqual([0, 1, 0]);
    expect(['floor', 'ceil', 'half-up'].map((m) => intTaxYen(6, 'tax-excluded', rateMath(10), m as 'floor'))).toEqual([0, 1, 1]);
    expect(['floor', 'ceil', 'half-up'].map((m) => intTaxYen(15, 'tax-included', rateMath(10), m as 'floor'))).toEqual([1, 2, 1]);
    expect(['floor', 'ceil', 'half-up'].map((m) => intTaxYen(1000, 'tax-excluded', rateMath(10), m as 'floor'))).toEqual([100, 100, 100]);
    expect(intTaxYen(0, 'tax-included', rateMath(10), 'ceil')).toBe(0);
  });
  it('takes a product of exactly 2^53 − 1 and declines one beyond it', () => {
    expect(intTaxYen(MAX, 'tax-excluded', rateMath(1), 'floor')).toBe(90_071_992_547_409);
    expect(intTaxYen(MAX, 'tax-excluded', rateMath(1), 'ceil')).toBe(90_071_992_547_410);
    expect(intUnroundedTaxText(MAX, 'tax-excluded', rateMath(1))).toBe('90071992547409.91');
    expect(intTaxYen(MAX, 'tax-excluded', rateMath(2), 'floor')).toBe(-1);
    expect(intUnroundedTaxText(MAX, 'tax-excluded', rateMath(2))).toBeUndefined();
  });
  it('the trace text: trailing zeros cut, six places, or six places and …', () => {
    expect(intUnroundedTaxText(0, 'tax-excluded', rateMath(8))).toBe('0');
    expect(intUnroundedTaxText(1, 'tax-excluded', rateMath(8))).toBe('0.08');
    expect(intUnroundedTaxText(3, 'tax-excluded', rateMath(12.5))).toBe('0.375');
    expect(intUnroundedTaxText(1, 'tax-excluded', rateMath(1.2345))).toBe('0.012345');
    expect(intUnroundedTaxText(1, 'tax-included', rateMath(1.2345))).toBe('0.012194…');
    expect(intUnroundedTaxText(1000, 'tax-excluded', rateMath(8))).toBe('80');
    expect(intUnroundedTaxText(1, 'tax-included', rateMath(10))).toBe('0.090909…');
  });
  it('denominators beyond 10^9 (a rate with nine decimals): digit by digit, the same text as the decimal path', () => {
    const r = rateMath(7.123456789);
    expect(r.intExDenominator).toBe(100_000_000_000);
    const cases: Array<[number, 'tax-excluded' | 'tax-included', string]> = [
      [1, 'tax-excluded', '0.071234…'],
      [10, 'tax-excluded', '0.712345…'],
      [100_000, 'tax-excluded', '7123.456789'],
      [1_000_000, 'tax-excluded', '71234.56789'],
      [1, 'tax-included', '0.066497…'],
      [100_000, 'tax-included', '6649.763742…'],
    ];
    for (const [a, b, text] of cases) {
      expect(intUnroundedTaxText(a, b, r)).toBe(text);
      expect(unroundedTaxText(new Dec(a), b, r)).toBe(text);
    }
  });
});

describe('the decimal path', () => {
  it('the trace text: exact up to six places, else cut with …', () => {
    expect(unroundedTaxText(new Dec(1), 'tax-excluded', rateMath(1.2345))).toBe('0.012345');
    expect(unroundedTaxText(new Dec(1), 'tax-included', rateMath(1.2345))).toBe('0.012194…');
    expect(unroundedTaxText(new Dec(1760), 'tax-included', rateMath(8))).toBe('130.370370…');
    expect(unroundedTaxText(new Dec(105), 'tax-excluded', rateMath(10))).toBe('10.5');
    expect(unroundedTaxText(new Dec(5), 'tax-excluded', rateMath(0))).toBe('0');
  });
  it('taxOfAmount: each basis and mode, and a zero rate', () => {
    expect(['floor', 'ceil', 'half-up'].map((m) => taxOfAmount(new Dec(1760), 'tax-included', rateMath(8), m as 'floor').toNumber())).toEqual([130, 131, 130]);
    expect(['floor', 'ceil', 'half-up'].map((m) => taxOfAmount(new Dec(1760), 'tax-excluded', rateMath(8), m as 'floor').toNumber())).toEqual([140, 141, 141]);
    expect(taxOfAmount(new Dec(1760), 'tax-excluded', rateMath(0), 'ceil').toNumber()).toBe(0);
  });
  it('taxParts: whole results (six exact places, a cut fraction, no tax)', () => {
    const plain = (p: ReturnType<typeof taxParts>) => ({ ...p, tax: p.tax.toString() });
    expect(plain(taxParts(new Dec(1), 'tax-excluded', rateMath(1.2345), 'ceil'))).toEqual({ tax: '1', taxYen: 1, unrounded: '0.012345', amountYen: 1, otherYen: 2 });
    expect(plain(taxParts(new Dec(1), 'tax-included', rateMath(1.2345), 'ceil'))).toEqual({ tax: '1', taxYen: 1, unrounded: '0.012194…', amountYen: 1, otherYen: 0 });
    expect(plain(taxParts(new Dec(1760), 'tax-included', rateMath(8), 'half-up'))).toEqual({ tax: '130', taxYen: 130, unrounded: '130.370370…', amountYen: 1760, otherYen: 1630 });
    expect(plain(taxParts(new Dec(3900), 'tax-excluded', rateMath(10), 'floor'))).toEqual({ tax: '390', taxYen: 390, unrounded: '390', amountYen: 3900, otherYen: 4290 });
    expect(plain(taxParts(new Dec(0), 'tax-included', rateMath(8), 'half-up'))).toEqual({ tax: '0', taxYen: 0, unrounded: '0', amountYen: 0, otherYen: 0 });
    expect(plain(taxParts(new Dec(1000), 'tax-included', rateMath(0), 'ceil'))).toEqual({ tax: '0', taxYen: 0, unrounded: '0', amountYen: 1000, otherYen: 1000 });
    expect(plain(taxParts(new Dec(4), 'tax-excluded', rateMath(10), 'floor'))).toEqual({ tax: '0', taxYen: 0, unrounded: '0.4', amountYen: 4, otherYen: 4 });
  });
});
