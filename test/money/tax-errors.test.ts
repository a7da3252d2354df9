/**
 * getConsumptionTaxRate's refusals word for word (path, message, details): the day before the first rate of each kind
 * (standard 3 % from 1989-04-01, 消費税法 as enacted; reduced 8 % from 2019-10-01, 軽減税率制度), a malformed day,
 * an unknown kind; and the rates on both sides of each change.
 */
import { describe, expect, it } from 'vitest';
import { ContractRulesError, getConsumptionTaxRate } from '../../src/index.js';

function errorOf(f: () => unknown): ContractRulesError {
  try {
    f();
  } catch (e) {
    if (e instanceof ContractRulesError) return e;
    throw e;
  }
  throw new Error('expected a typed error');
}

describe('getConsumptionTaxRate refusals', () => {
  it('the day before the first standard rate', () => {
    const e = errorOf(() => getConsumptionTaxRate('1989-03-31'));
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'out_of_range',
      ['on'],
      'on: No standard consumption-tax rate before 1989-04-01: 1989-03-31 is outside the table',
      { value: '1989-03-31', firstRateFrom: '1989-04-01' },
    ]);
  });
  it('the day before the first reduced rate', () => {
    const e = errorOf(() => getConsumptionTaxRate('2019-09-30', { kind: 'reduced' }));
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'out_of_range',
      ['on'],
      'on: No reduced consumption-tax rate before 2019-10-01: 2019-09-30 is outside the table',
      { value: '2019-09-30', firstRateFrom: '2019-10-01' },
    ]);
  });
  it('a malformed day names on', () => {
    const e = errorOf(() => getConsumptionTaxRate('2019-13-01'));
    expect([e.code, e.path]).toEqual(['invalid_input', ['on']]);
  });
  it('an unknown kind names kind, quoting it', () => {
    const e = errorOf(() => getConsumptionTaxRate('2019-10-01', { kind: 'zero' as never }));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['kind'], `kind: Rate kind must be 'standard' or 'reduced', received "zero"`, { value: 'zero' }]);
  });
  it('options that are not an object name options', () => {
    const e = errorOf(() => getConsumptionTaxRate('2019-10-01', 5 as never));
    expect([e.code, e.path[0]]).toEqual(['invalid_input', 'options']);
  });
});

describe('rates on both sides of each change (standard)', () => {
  it.each([
    ['1989-04-01', 3],
    ['1997-03-31', 3],
    ['1997-04-01', 5],
    ['2014-03-31', 5],
    ['2014-04-01', 8],
    ['2019-09-30', 8],
    ['2019-10-01', 10],
  ])('%s: %s %%', (on, rate) => {
    expect(getConsumptionTaxRate(on).ratePercent).toBe(rate);
  });
  it('reduced from 2019-10-01: 8 %', () => {
    expect(getConsumptionTaxRate('2019-10-01', { kind: 'reduced' }).ratePercent).toBe(8);
  });
});
