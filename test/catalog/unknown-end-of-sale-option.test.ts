/**
 * The `unknownEndOfSale` option of canSubscribe and plansOnSale, and the null options of formatTaxIncludedPrice:
 * a value outside the documented ones is refused at its field. Before, canSubscribe read any value but
 * 'treat-as-ended' as 'treat-as-on-sale', so a misspelt option put a discontinued plan back on sale.
 *
 * 001 lists スタンダード プラン ミニ under 「(参考) 新規販売終了したプラン (税込)」 with a blank end-of-sale cell
 * (`<td></td> <td>スタンダード</td> <td>プラン ミニ</td> <td>3,960円</td>`): ended by default, on sale only when asked.
 */
import { describe, expect, it } from 'vitest';
import { canSubscribe, formatTaxIncludedPrice, InvalidInputError, plansOnSale } from '../../src/index.js';
import { thrown } from '../helpers/values.js';

const MINI = 'itss-legacy-standard-mini';
const bad = ['treat-as-on-sale ', 'TREAT-AS-ON-SALE', 'on-sale', '', null, 0, 1, true, {}, ['treat-as-on-sale']];

describe('unknownEndOfSale', () => {
  it('the two documented values still decide the blank end-of-sale cell', () => {
    expect(canSubscribe({ planId: MINI, on: '2026-11-22' }).ok).toBe(false);
    expect(canSubscribe({ planId: MINI, on: '2026-11-22', unknownEndOfSale: 'treat-as-ended' }).ok).toBe(false);
    expect(canSubscribe({ planId: MINI, on: '2026-11-22', unknownEndOfSale: 'treat-as-on-sale' }).ok).toBe(true);
    const byDefault = plansOnSale('2026-11-22').map((p) => p.id);
    const onSale = plansOnSale('2026-11-22', { unknownEndOfSale: 'treat-as-on-sale' }).map((p) => p.id);
    expect(byDefault).not.toContain(MINI);
    expect(onSale.filter((id) => !byDefault.includes(id))).toEqual([MINI]);
    expect(plansOnSale('2026-11-22', { unknownEndOfSale: 'treat-as-ended' }).map((p) => p.id)).toEqual(byDefault);
  });

  it.each(bad.map((v) => [v]))('canSubscribe refuses %j at the field, whatever the plan', (value) => {
    for (const planId of [MINI, 'oas-plan-a']) {
      const err = thrown(() => canSubscribe({ planId, on: '2026-11-22', unknownEndOfSale: value as never }), InvalidInputError);
      expect(err.path).toEqual(['unknownEndOfSale']);
      expect(err.message).toMatch(/^unknownEndOfSale: Expected one of 'treat-as-ended', 'treat-as-on-sale', received /);
      expect(() => JSON.stringify(err)).not.toThrow();
    }
  });

  it.each(bad.map((v) => [v]))('plansOnSale refuses %j at the field', (value) => {
    const err = thrown(() => plansOnSale('2026-11-22', { unknownEndOfSale: value as never }), InvalidInputError);
    expect(err.path).toEqual(['unknownEndOfSale']);
  });

  it('names the received value in the message', () => {
    expect(thrown(() => canSubscribe({ planId: MINI, on: '2026-11-22', unknownEndOfSale: 'on-sale' as never }), InvalidInputError).message).toBe(
      `unknownEndOfSale: Expected one of 'treat-as-ended', 'treat-as-on-sale', received "on-sale"`,
    );
  });
});

describe('formatTaxIncludedPrice: null is not "absent"', () => {
  const price = { amountYen: 3900, basis: 'tax-excluded', on: '2025-06-01' } as const;
  it('absent options take their defaults', () => expect(formatTaxIncludedPrice(price)).toBe('4,290円（税込）'));
  it.each([['style'], ['brackets']] as const)('%s: null is refused at the field, as convertPrice refuses rounding: null', (field) => {
    expect(thrown(() => formatTaxIncludedPrice({ ...price, [field]: null } as never), InvalidInputError).path).toEqual([field]);
  });
});
