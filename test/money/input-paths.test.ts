/**
 * Refusals at the boundary of the money module, word for word: a value that is not JSON (a bigint) is refused at the
 * field that holds it (getConsumptionTaxRate's on, a rate of a table given to loadConsumptionTaxTable), rateOnDay names
 * no key when none is given, and each shape of a malformed yen string gets its own message (「-」 only at the start
 * means negative; a decimal point means a fraction only between digits).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getConsumptionTaxRate, InvalidInputError } from '../../src/index.js';
import { loadConsumptionTaxTable } from '../../src/schemas/index.js';
import { parseYenAmount } from '../../src/money/decimal.js';
import { compile, consumptionTaxTable, rateOnDay } from '../../src/money/tax.js';
import { parseIsoDate } from '../../src/time/index.js';
import { thrown } from '../helpers/values.js';

const fixture = JSON.parse(readFileSync(join(__dirname, '..', '..', 'fixtures', 'consumption-tax.json'), 'utf8')) as { rates: Array<Record<string, unknown>> };

describe('a bigint is refused where it is', () => {
  it('getConsumptionTaxRate(1n): at on', () => {
    const e = thrown(() => getConsumptionTaxRate(1n as never));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['on'], 'on: Expected a number or a string, received a bigint', { received: 'bigint' }]);
  });
  it('loadConsumptionTaxTable: at the rate that holds it', () => {
    const json = structuredClone(fixture);
    json.rates[3]!.ratePercent = 10n;
    const e = thrown(() => loadConsumptionTaxTable(json));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'invalid_input',
      ['rates', 3, 'ratePercent'],
      'rates[3].ratePercent: Expected a number or a string, received a bigint',
      { received: 'bigint' },
    ]);
  });
});

describe('rateOnDay without a key', () => {
  it('the path is the one given, nothing added', () => {
    const e = thrown(() => rateOnDay(compile(consumptionTaxTable), 'reduced', parseIsoDate('2019-09-30'), ['on']));
    expect(e.path).toStrictEqual(['on']);
    expect(e.message).toBe('on: No reduced consumption-tax rate before 2019-10-01: 2019-09-30 is outside the table');
  });
});

describe('malformed yen strings, each its own message', () => {
  it.each<[string, string]>([
    ['1-2', 'must be a string of digits'],
    [' -5', 'must not be negative'],
    ['x1.5', 'must be a string of digits'],
    ['1.5x', 'must be a string of digits'],
    ['1.55', 'must be a whole number of yen'],
    ['12.345', 'must be a whole number of yen'],
  ])('%j: %s', (input, what) => {
    const e = thrown(() => parseYenAmount(input, ['amountYen']));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['amountYen'], `amountYen: Yen amount ${what}, received ${JSON.stringify(input)}`, { value: input }]);
  });
});
