/**
 * convertPrice, path by path: every refusal word for word (class, code, path, message, details), whole results
 * (trace and reasons, with the fixture facts they cite), the re-based and the held tax-included readings
 * (interpretation billing-tax-included-rebase), the decimal path of amounts whose product with the rate is beyond
 * 2^53, and the memo of reasons (one per table, day, month or day, basis and kind; bounded).
 *
 * Facts (fixtures/consumption-tax.json): 「| 2014-04-01 | 8% | |」, 「| 2019-10-01 | 10% (7.8% national + 2.2% local) |
 * reduced rate of 8% starts the same day |」, the reduced 8 % 「from 2019-10-01」, the tax point 「The rate follows the date
 * the supply is made」 (a monthly fee: the last day of its month), and 「Tax = (tax-inclusive total for that rate) ×
 * 10/110, or × 8/108 for the reduced rate, rounded once.」
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LocalDate } from '@js-joda/core';
import { describe, expect, it } from 'vitest';
import { ContractRulesError, convertPrice, InvalidInputError, OutOfRangeError, type ConvertPriceInput } from '../../src/index.js';
import { loadConsumptionTaxTable } from '../../src/schemas/index.js';
import { thrown } from '../helpers/values.js';

type Source = { document: string; passage: string; note?: string };
const taxFixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'consumption-tax.json'), 'utf8')) as {
  rates: Array<{ id: string; kind: string; ratePercent: number; effectiveFrom: string; source: Source }>;
  rules: Record<'taxPoint' | 'invoiceRounding' | 'taxFromTaxIncluded' | 'totalPriceDisplay', { id: string; source: Source }>;
};

const rateFact = (id: string) => {
  const r = taxFixture.rates.find((x) => x.id === id)!;
  return { source: r.source, factId: r.id };
};
const rule = (key: keyof typeof taxFixture.rules) => ({ source: taxFixture.rules[key].source, factId: taxFixture.rules[key].id });

const EIGHT_2014 = rateFact('jp-consumption-tax-standard-2014');
const TEN_2019 = rateFact('jp-consumption-tax-standard-2019');
const REDUCED_2019 = rateFact('jp-consumption-tax-reduced-2019');
const TAX_POINT = rule('taxPoint');
const FROM_INCLUDED = rule('taxFromTaxIncluded');

describe('the fixture facts these tests rest on', () => {
  it('8 % from 2014-04-01, 10 % from 2019-10-01, reduced 8 % from 2019-10-01; tax from a tax-included total × rate/(100 + rate)', () => {
    expect(EIGHT_2014.source.passage).toBe('| 2014-04-01 | 8% | |');
    expect(TEN_2019.source.passage).toBe('| 2019-10-01 | 10% (7.8% national + 2.2% local) | reduced rate of 8% starts the same day |');
    expect(REDUCED_2019.source.passage).toContain('The reduced rate (8%) covers food and drink (not alcohol, not eating in) and newspapers, from 2019-10-01.');
    expect(FROM_INCLUDED.source.passage).toBe('Tax = (tax-inclusive total for that rate) × 10/110, or × 8/108 for the reduced rate, rounded once.');
    expect(TAX_POINT.source.passage).toContain('The rate follows the date the supply is made, not the contract date.');
  });
});

describe('refusals word for word', () => {
  const ok: ConvertPriceInput = { amountYen: 1760, basis: 'tax-included', on: '2019-03-31' };
  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['a number', 5, '5'],
    ['a string', 'x', 'x'],
    ['a boolean', true, 'true'],
  ])('a non-object input (%s) is refused at the root', (_, input, text) => {
    const e = thrown(() => convertPrice(input as ConvertPriceInput));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', [], 'Expected { amountYen, basis, on }', { value: text }]);
  });
  it.each<[string, unknown, string, string]>([
    ['0', 0, '0', '0'],
    ['a negative rate', -10, '-10', '-10'],
    ['above 100', 100.5, '100.5', '100.5'],
    ['NaN', Number.NaN, 'NaN', 'NaN'],
    ['Infinity', Number.POSITIVE_INFINITY, 'Infinity', 'Infinity'],
    ['a string', '10', '"10"', '10'],
    ['null', null, 'null', 'null'],
  ])('statedRatePercent %s', (_, statedRatePercent, quoted, text) => {
    const e = thrown(() => convertPrice({ ...ok, statedRatePercent: statedRatePercent as number }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'invalid_input',
      ['statedRatePercent'],
      `statedRatePercent: statedRatePercent must be a rate in percent (0 < rate ≤ 100), received ${quoted}`,
      { value: text },
    ]);
  });
  it('statedRatePercent with a tax-excluded amount', () => {
    // @ts-expect-error the types refuse statedRatePercent with a tax-excluded amount, as convertPrice does
    const e = thrown(() => convertPrice({ ...ok, basis: 'tax-excluded', statedRatePercent: 10 }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'invalid_input',
      ['statedRatePercent'],
      'statedRatePercent: statedRatePercent applies to a tax-included amount only',
      {},
    ]);
  });
  it('an unknown taxIncludedPrices reading (with or without a stated rate)', () => {
    for (const extra of [{}, { statedRatePercent: 10 }]) {
      const e = thrown(() => convertPrice({ ...ok, ...extra, taxIncludedPrices: 'x' as never }));
      expect(e).toBeInstanceOf(InvalidInputError);
      expect([e.code, e.path, e.message, e.details]).toEqual([
        'invalid_input',
        ['taxIncludedPrices'],
        `taxIncludedPrices: taxIncludedPrices must be 'rebase' or 'hold-displayed', received "x"`,
        { value: 'x' },
      ]);
    }
  });
  it.each<[unknown, string]>([
    ['yes', 'yes'],
    [1, '1'],
    [null, 'null'],
  ])('explain %j', (explain, text) => {
    const e = thrown(() => convertPrice({ ...ok, explain: explain as boolean }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['explain'], 'explain: explain must be a boolean', { value: text }]);
  });
  it.each<[unknown, string, string]>([
    ['gross', '"gross"', 'gross'],
    [undefined, 'undefined', 'undefined'],
    [1, '1', '1'],
  ])('basis %j', (basis, quoted, text) => {
    const e = thrown(() => convertPrice({ ...ok, basis: basis as 'tax-included' }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'invalid_input',
      ['basis'],
      `basis: Tax basis must be 'tax-included' or 'tax-excluded', received ${quoted}`,
      { value: text },
    ]);
  });
  it('both on and month', () => {
    // @ts-expect-error the types refuse both on and month, as convertPrice does
    const e = thrown(() => convertPrice({ ...ok, month: '2019-03' }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'invalid_input',
      ['month'],
      'month: Give either on (a day) or month (a monthly fee), not both',
      { on: '2019-03-31', month: '2019-03' },
    ]);
  });
  it('neither on nor month', () => {
    // @ts-expect-error the types refuse neither on nor month, as convertPrice does
    const e = thrown(() => convertPrice({ amountYen: 1, basis: 'tax-included' }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'invalid_input',
      ['on'],
      'on: A date is needed to know the rate: give on (YYYY-MM-DD) or month (YYYY-MM)',
      {},
    ]);
  });
  it('a month before the first standard rate is refused at month (its last day, 1989-03-31, has no rate)', () => {
    const e = thrown(() => convertPrice({ amountYen: 1, basis: 'tax-included', month: '1989-03' }));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'out_of_range',
      ['month'],
      'month: No standard consumption-tax rate before 1989-04-01: 1989-03-31 is outside the table',
      { value: '1989-03-31', firstRateFrom: '1989-04-01' },
    ]);
  });
  it('a day before the first reduced rate is refused at on', () => {
    const e = thrown(() => convertPrice({ amountYen: 1, basis: 'tax-excluded', on: '2019-09-30', rateKind: 'reduced' }));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'out_of_range',
      ['on'],
      'on: No reduced consumption-tax rate before 2019-10-01: 2019-09-30 is outside the table',
      { value: '2019-09-30', firstRateFrom: '2019-10-01' },
    ]);
  });
});

describe('whole results', () => {
  it('¥3,900 tax-excluded on 2025-06-01: one reason, three trace lines', () => {
    expect(convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01' })).toEqual({
      basis: 'tax-excluded',
      amountYen: 3900,
      taxDate: '2025-06-01',
      ratePercent: 10,
      rateKind: 'standard',
      rounding: 'floor',
      taxExcludedYen: 3900,
      taxYen: 390,
      taxIncludedYen: 4290,
      trace: ['rate 10% on 2025-06-01', 'tax = 3,900 × 10/100 = 390 → 390 (floor)', 'tax-included = 3,900 + 390 = 4,290'],
      reasons: [{ rule: 'tax.rate-in-force', message: '10% standard rate in force on 2025-06-01 (from 2019-10-01)', ...TEN_2019 }],
    });
  });
  it('¥1,000 tax-excluded for the month 2019-10 at the reduced rate, rounded up: the month reason first', () => {
    expect(convertPrice({ amountYen: 1000, basis: 'tax-excluded', month: '2019-10', rateKind: 'reduced', rounding: 'ceil' })).toEqual({
      basis: 'tax-excluded',
      amountYen: 1000,
      taxDate: '2019-10-31',
      ratePercent: 8,
      rateKind: 'reduced',
      rounding: 'ceil',
      taxExcludedYen: 1000,
      taxYen: 80,
      taxIncludedYen: 1080,
      trace: ['rate 8% on 2019-10-31', 'tax = 1,000 × 8/100 = 80 → 80 (ceil)', 'tax-included = 1,000 + 80 = 1,080'],
      reasons: [
        { rule: 'tax.monthly-fee-tax-date', message: 'A monthly fee is taxed at the rate in force on the last day of its month, 2019-10-31', ...TAX_POINT },
        { rule: 'tax.rate-in-force', message: '8% reduced rate in force on 2019-10-31 (from 2019-10-01)', ...REDUCED_2019 },
      ],
    });
  });
  it('¥1,760 tax-included on 2019-09-30, half-up: 1,760 × 8/108 = 130.37 → 130', () => {
    expect(convertPrice({ amountYen: 1760, basis: 'tax-included', on: '2019-09-30', rounding: 'half-up' })).toEqual({
      basis: 'tax-included',
      amountYen: 1760,
      taxDate: '2019-09-30',
      ratePercent: 8,
      rateKind: 'standard',
      rounding: 'half-up',
      taxExcludedYen: 1630,
      taxYen: 130,
      taxIncludedYen: 1760,
      trace: ['rate 8% on 2019-09-30', 'tax = 1,760 × 8/108 = 130.370370… → 130 (half-up)', 'tax-excluded = 1,760 − 130 = 1,630'],
      reasons: [
        { rule: 'tax.rate-in-force', message: '8% standard rate in force on 2019-09-30 (from 2014-04-01)', ...EIGHT_2014 },
        { rule: 'tax.from-tax-included', message: 'Tax contained in a tax-included amount is amount × 8/108', ...FROM_INCLUDED },
      ],
    });
  });
  it('explain: false keeps the reasons and gives no trace', () => {
    const r = convertPrice({ amountYen: 1760, basis: 'tax-included', on: '2019-09-30', explain: false });
    expect(r.trace).toEqual([]);
    expect(r.reasons.map((x) => x.rule)).toEqual(['tax.rate-in-force', 'tax.from-tax-included']);
    expect(r.taxYen).toBe(130);
    expect(convertPrice({ amountYen: 1760, basis: 'tax-included', on: '2019-09-30', explain: true }).trace).toHaveLength(3);
  });
  it('a day given as a js-joda LocalDate is written from its day', () => {
    const r = convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: LocalDate.of(2019, 9, 30) });
    expect(r.taxDate).toBe('2019-09-30');
    expect(r.trace[0]).toBe('rate 8% on 2019-09-30');
    expect(r.reasons[0]!.message).toBe('8% standard rate in force on 2019-09-30 (from 2014-04-01)');
  });
});

describe('a tax-included amount stated at another rate (interpretation billing-tax-included-rebase)', () => {
  it("re-based by default: ¥1,760 stated at 10 % on 2019-03-31 is its base ¥1,600 taxed at 8 %, ¥1,728", () => {
    expect(convertPrice({ amountYen: 1760, basis: 'tax-included', on: '2019-03-31', statedRatePercent: 10 })).toEqual({
      basis: 'tax-included',
      amountYen: 1760,
      taxDate: '2019-03-31',
      ratePercent: 8,
      rateKind: 'standard',
      rounding: 'floor',
      taxExcludedYen: 1600,
      taxYen: 128,
      taxIncludedYen: 1728,
      trace: [
        'rate 8% on 2019-03-31; 1,760 stated at 10%',
        'base = 1,760 − 160 (1,760 × 10/110, floor) = 1,600',
        'tax = 1,600 × 8/100 = 128 → 128 (floor)',
        'tax-included = 1,600 + 128 = 1,728',
      ],
      reasons: [
        { rule: 'tax.rate-in-force', message: '8% standard rate in force on 2019-03-31 (from 2014-04-01)', ...EIGHT_2014 },
        { rule: 'price.tax-included-rebased', message: '1,760 yen was stated at 10%: its tax-excluded base 1,600 is taxed at 8%', interpretation: 'billing-tax-included-rebase' },
      ],
    });
  });
  it("re-based for a month: the tax day is the month's last day, and explain: false gives no trace", () => {
    const r = convertPrice({ amountYen: 1760, basis: 'tax-included', month: '2019-03', statedRatePercent: 10, taxIncludedPrices: 'rebase', explain: false });
    expect(r).toMatchObject({ taxDate: '2019-03-31', taxExcludedYen: 1600, taxYen: 128, taxIncludedYen: 1728, amountYen: 1760, trace: [] });
    expect(r.reasons.map((x) => x.rule)).toEqual(['tax.monthly-fee-tax-date', 'tax.rate-in-force', 'price.tax-included-rebased']);
  });
  it('rounding applies to both steps: ¥1,759 stated at 10 % → base 1,759 − 159.9 (ceil 160) = 1,599, × 8 % = 127.92 → 128 (ceil)', () => {
    const r = convertPrice({ amountYen: 1759, basis: 'tax-included', on: '2019-03-31', statedRatePercent: 10, rounding: 'ceil' });
    expect([r.taxExcludedYen, r.taxYen, r.taxIncludedYen]).toEqual([1599, 128, 1727]);
    expect(r.trace).toEqual([
      'rate 8% on 2019-03-31; 1,759 stated at 10%',
      'base = 1,759 − 160 (1,759 × 10/110, ceil) = 1,599',
      'tax = 1,599 × 8/100 = 127.92 → 128 (ceil)',
      'tax-included = 1,599 + 128 = 1,727',
    ]);
    const f = convertPrice({ amountYen: 1759, basis: 'tax-included', on: '2019-03-31', statedRatePercent: 10, rounding: 'floor' });
    expect([f.taxExcludedYen, f.taxYen, f.taxIncludedYen]).toEqual([1600, 128, 1728]);
  });
  it('the bounds of a stated rate: 100 % is accepted (¥2,000 → base ¥1,000), and so is a fraction (0.5 %)', () => {
    const r = convertPrice({ amountYen: 2000, basis: 'tax-included', on: '2019-03-31', statedRatePercent: 100 });
    expect([r.taxExcludedYen, r.taxYen, r.taxIncludedYen]).toEqual([1000, 80, 1080]);
    expect(r.trace[1]).toBe('base = 2,000 − 1,000 (2,000 × 100/200, floor) = 1,000');
    const h = convertPrice({ amountYen: 2010, basis: 'tax-included', on: '2019-03-31', statedRatePercent: 0.5 });
    expect([h.taxExcludedYen, h.taxYen, h.taxIncludedYen]).toEqual([2000, 160, 2160]);
    expect(h.trace[1]).toBe('base = 2,010 − 10 (2,010 × 0.5/100.5, floor) = 2,000');
  });
  it("held as displayed: the amount as charged on the day, with a reason naming the stated rate", () => {
    expect(convertPrice({ amountYen: 1760, basis: 'tax-included', month: '2019-03', statedRatePercent: 10, taxIncludedPrices: 'hold-displayed' })).toEqual({
      basis: 'tax-included',
      amountYen: 1760,
      taxDate: '2019-03-31',
      ratePercent: 8,
      rateKind: 'standard',
      rounding: 'floor',
      taxExcludedYen: 1630,
      taxYen: 130,
      taxIncludedYen: 1760,
      trace: ['rate 8% on 2019-03-31', 'tax = 1,760 × 8/108 = 130.370370… → 130 (floor)', 'tax-excluded = 1,760 − 130 = 1,630'],
      reasons: [
        { rule: 'tax.monthly-fee-tax-date', message: 'A monthly fee is taxed at the rate in force on the last day of its month, 2019-03-31', ...TAX_POINT },
        { rule: 'tax.rate-in-force', message: '8% standard rate in force on 2019-03-31 (from 2014-04-01)', ...EIGHT_2014 },
        { rule: 'tax.from-tax-included', message: 'Tax contained in a tax-included amount is amount × 8/108', ...FROM_INCLUDED },
        {
          rule: 'price.tax-included-held',
          message: "1,760 yen was stated at 10%; held as displayed (taxIncludedPrices: 'hold-displayed')",
          interpretation: 'billing-tax-included-rebase',
        },
      ],
    });
  });
  it('stated at the rate of the day: neither re-based nor held, whatever the reading', () => {
    for (const taxIncludedPrices of ['rebase', 'hold-displayed'] as const) {
      const r = convertPrice({ amountYen: 1760, basis: 'tax-included', on: '2025-06-01', statedRatePercent: 10, taxIncludedPrices });
      expect(r).toEqual(convertPrice({ amountYen: 1760, basis: 'tax-included', on: '2025-06-01' }));
      expect(r.reasons.map((x) => x.rule)).toEqual(['tax.rate-in-force', 'tax.from-tax-included']);
    }
  });
});

describe('amounts whose product with the rate is beyond 2^53 (the decimal path)', () => {
  it('2^53 − 1 yen tax-included at 10 %: tax 818,836,295,885,544 (× 10/110 = …544.63, floor)', () => {
    const r = convertPrice({ amountYen: Number.MAX_SAFE_INTEGER, basis: 'tax-included', on: '2025-06-01' });
    expect([r.taxExcludedYen, r.taxYen, r.taxIncludedYen]).toEqual([8_188_362_958_855_447, 818_836_295_885_544, Number.MAX_SAFE_INTEGER]);
    expect(r.trace).toEqual([
      'rate 10% on 2025-06-01',
      'tax = 9,007,199,254,740,991 × 10/110 = 818836295885544.636363… → 818,836,295,885,544 (floor)',
      'tax-excluded = 9,007,199,254,740,991 − 818,836,295,885,544 = 8,188,362,958,855,447',
    ]);
  });
  it('the same amount with ceil and half-up: …545 (0.63 rounds up)', () => {
    for (const rounding of ['ceil', 'half-up'] as const) {
      const r = convertPrice({ amountYen: '9007199254740991', basis: 'tax-included', on: '2025-06-01', rounding });
      expect([r.taxExcludedYen, r.taxYen]).toEqual([8_188_362_958_855_446, 818_836_295_885_545]);
    }
  });
  it('1,000,000,000,000,000 yen tax-excluded at 8 %: tax 80,000,000,000,000,000 is exact (no fraction)', () => {
    const r = convertPrice({ amountYen: 1_000_000_000_000_000, basis: 'tax-excluded', on: '2019-09-30' });
    expect([r.taxYen, r.taxIncludedYen]).toEqual([80_000_000_000_000, 1_080_000_000_000_000]);
    expect(r.trace[1]).toBe('tax = 1,000,000,000,000,000 × 8/100 = 80000000000000 → 80,000,000,000,000 (floor)');
  });
});

describe('the memo of reasons never mixes two conversions', () => {
  it('the same day by on and by month: only the month has the tax-point reason (either order)', () => {
    const byMonth = () => convertPrice({ amountYen: 100, basis: 'tax-excluded', month: '2031-01' });
    const byDay = () => convertPrice({ amountYen: 100, basis: 'tax-excluded', on: '2031-01-31' });
    expect(byMonth().reasons.map((r) => r.rule)).toEqual(['tax.monthly-fee-tax-date', 'tax.rate-in-force']);
    expect(byDay().reasons.map((r) => r.rule)).toEqual(['tax.rate-in-force']);
    const byDay2 = () => convertPrice({ amountYen: 100, basis: 'tax-excluded', on: '2031-02-28' });
    const byMonth2 = () => convertPrice({ amountYen: 100, basis: 'tax-excluded', month: '2031-02' });
    expect(byDay2().reasons.map((r) => r.rule)).toEqual(['tax.rate-in-force']);
    expect(byMonth2().reasons.map((r) => r.rule)).toEqual(['tax.monthly-fee-tax-date', 'tax.rate-in-force']);
  });
  it('the same day with either basis: only tax-included has the tax-from-tax-included reason (either order)', () => {
    expect(convertPrice({ amountYen: 100, basis: 'tax-excluded', on: '2031-03-01' }).reasons.map((r) => r.rule)).toEqual(['tax.rate-in-force']);
    expect(convertPrice({ amountYen: 110, basis: 'tax-included', on: '2031-03-01' }).reasons.map((r) => r.rule)).toEqual(['tax.rate-in-force', 'tax.from-tax-included']);
    expect(convertPrice({ amountYen: 110, basis: 'tax-included', on: '2031-03-02' }).reasons.map((r) => r.rule)).toEqual(['tax.rate-in-force', 'tax.from-tax-included']);
    expect(convertPrice({ amountYen: 100, basis: 'tax-excluded', on: '2031-03-02' }).reasons.map((r) => r.rule)).toEqual(['tax.rate-in-force']);
  });
  it('the same day with either kind: each names its own rate (either order)', () => {
    const std = (on: string) => convertPrice({ amountYen: 100, basis: 'tax-excluded', on }).reasons[0]!.message;
    const red = (on: string) => convertPrice({ amountYen: 100, basis: 'tax-excluded', on, rateKind: 'reduced' }).reasons[0]!.message;
    expect(std('2031-04-01')).toBe('10% standard rate in force on 2031-04-01 (from 2019-10-01)');
    expect(red('2031-04-01')).toBe('8% reduced rate in force on 2031-04-01 (from 2019-10-01)');
    expect(red('2031-04-02')).toBe('8% reduced rate in force on 2031-04-02 (from 2019-10-01)');
    expect(std('2031-04-02')).toBe('10% standard rate in force on 2031-04-02 (from 2019-10-01)');
  });
  it('neighbouring days keep their own dates', () => {
    for (const on of ['2031-05-01', '2031-05-02', '2031-05-03', '2031-05-04', '2031-05-05']) {
      for (const basis of ['tax-excluded', 'tax-included'] as const) {
        const r = convertPrice({ amountYen: 110, basis, on });
        expect(r.reasons[0]!.message).toBe(`10% standard rate in force on ${on} (from 2019-10-01)`);
        expect(r.trace[0]).toBe(`rate 10% on ${on}`);
      }
    }
  });
  it('a loaded table keeps its own reasons: a 12 % rate from 2030-01-01 (a future change, not a fact)', () => {
    const json = structuredClone(taxFixture) as { rates: Array<Record<string, unknown>> };
    json.rates.push({ id: 'test-standard-2030', kind: 'standard', ratePercent: 12, effectiveFrom: '2030-01-01', source: { document: 'ref:test-future-rate', passage: 'a future 12% rate (test data)' } });
    const taxTable = loadConsumptionTaxTable(json);
    const bundled = convertPrice({ amountYen: 1000, basis: 'tax-excluded', on: '2031-06-01' });
    const loaded = convertPrice({ amountYen: 1000, basis: 'tax-excluded', on: '2031-06-01', taxTable });
    expect(bundled.reasons[0]!.message).toBe('10% standard rate in force on 2031-06-01 (from 2019-10-01)');
    expect(loaded.reasons).toEqual([
      { rule: 'tax.rate-in-force', message: '12% standard rate in force on 2031-06-01 (from 2030-01-01)', source: { document: 'ref:test-future-rate', passage: 'a future 12% rate (test data)' }, factId: 'test-standard-2030' },
    ]);
    expect([loaded.taxYen, loaded.taxIncludedYen, loaded.trace[0]]).toEqual([120, 1120, 'rate 12% on 2031-06-01']);
    const again = convertPrice({ amountYen: 1000, basis: 'tax-excluded', on: '2031-06-01' });
    expect(again.reasons).toEqual(bundled.reasons);
    // A second loaded table has its own memo too.
    const other = loadConsumptionTaxTable(taxFixture);
    expect(convertPrice({ amountYen: 1000, basis: 'tax-excluded', on: '2031-06-01', taxTable: other }).reasons).toEqual(bundled.reasons);
  });
  it('beyond 4,096 conversions of one table the answers, reasons and traces are the same', () => {
    const taxTable = loadConsumptionTaxTable(taxFixture);
    let day = Date.UTC(2020, 0, 1) / 86_400_000;
    const text = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
    for (let i = 0; i < 2100; i++) {
      convertPrice({ amountYen: 100, basis: 'tax-excluded', on: text(day), taxTable });
      convertPrice({ amountYen: 110, basis: 'tax-included', on: text(day), taxTable });
      day++;
    }
    // The table's memo is full: these are built for their call alone.
    for (const basis of ['tax-excluded', 'tax-included'] as const) {
      const on = text(day);
      const r = convertPrice({ amountYen: 1100, basis, on, taxTable });
      expect(r).toEqual(convertPrice({ amountYen: 1100, basis, on }));
      expect(r.taxDate).toBe(on);
      expect(r.trace[0]).toBe(`rate 10% on ${on}`);
      expect(r.reasons[0]!.message).toBe(`10% standard rate in force on ${on} (from 2019-10-01)`);
      const m = convertPrice({ amountYen: 1100, basis, month: on.slice(0, 7), taxTable });
      expect(m.taxDate).toBe(text(Date.UTC(Number(on.slice(0, 4)), Number(on.slice(5, 7)), 0) / 86_400_000));
      expect(m.trace[0]).toBe(`rate 10% on ${m.taxDate}`);
      expect(m.reasons[0]!.message).toBe(`A monthly fee is taxed at the rate in force on the last day of its month, ${m.taxDate}`);
      day++;
    }
  });
});

describe('a re-based amount whose answer is beyond 2^53 − 1', () => {
  it('2^53 − 1 yen stated at 8 %, on a 10 % day: base 8,339,999,309,945,363 + tax 833,999,930,994,536 is refused at amountYen', () => {
    const e = thrown(() => convertPrice({ amountYen: Number.MAX_SAFE_INTEGER, basis: 'tax-included', on: '2025-06-01', statedRatePercent: 8 }));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'out_of_range',
      ['amountYen'],
      'amountYen: Yen amount 9173999240939899 cannot be returned as an exact number',
      { value: '9173999240939899' },
    ]);
  });
  it('a smaller amount stated at 8 % still answers exactly: 8,830,000,000,000,000 → 8,993,518,518,518,518', () => {
    const r = convertPrice({ amountYen: '8830000000000000', basis: 'tax-included', on: '2025-06-01', statedRatePercent: 8 });
    expect([r.taxExcludedYen, r.taxYen, r.taxIncludedYen]).toEqual([8_175_925_925_925_926, 817_592_592_592_592, 8_993_518_518_518_518]);
  });
});
