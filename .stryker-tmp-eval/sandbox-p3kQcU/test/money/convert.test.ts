/**
 * convertPrice: worked examples (tax-included and tax-excluded prices at 10%, 8%, 5% and 3%, and every fee the documents state, at today's
 * rate and in the 8% period), the round trip, and bad input.
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  catalog,
  convertPrice,
  getFee,
  getOption,
  getPlan,
  InvalidInputError,
  OutOfRangeError,
  type ConvertPriceInput,
  type RoundingMode,
} from '../../src/index.js';

const TODAY = '2025-06-01'; // 10% (from 2019-10-01)
const EIGHT = '2019-09-30'; // 8% (2014-04-01 – 2019-09-30)

describe('worked examples of the tax computation (消費税法施行令 第70条の10)', () => {
  it('¥3,900 tax-excluded at 10%: tax ¥390, tax-included ¥4,290 (no fraction)', () => {
    for (const rounding of ['floor', 'ceil', 'half-up'] as const) {
      expect(convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: TODAY, rounding })).toMatchObject({
        taxExcludedYen: 3900,
        taxYen: 390,
        taxIncludedYen: 4290,
        ratePercent: 10,
      });
    }
  });
  it('¥2,200 tax-included at 10%: tax = 2,200 × 10/110 = ¥200, tax-excluded ¥2,000', () => {
    expect(convertPrice({ amountYen: 2200, basis: 'tax-included', on: TODAY })).toMatchObject({ taxExcludedYen: 2000, taxYen: 200 });
  });
  it('¥1,760 tax-included at 10%: base ¥1,600; the same base is ¥1,728 at 8%, ¥1,680 at 5%, ¥1,648 at 3%', () => {
    const base = convertPrice({ amountYen: 1760, basis: 'tax-included', on: TODAY });
    expect(base).toMatchObject({ taxExcludedYen: 1600, taxYen: 160 });
    expect(convertPrice({ amountYen: base.taxExcludedYen, basis: 'tax-excluded', on: EIGHT })).toMatchObject({ taxYen: 128, taxIncludedYen: 1728 });
    expect(convertPrice({ amountYen: base.taxExcludedYen, basis: 'tax-excluded', on: '2000-01-01' }).taxIncludedYen).toBe(1680);
    expect(convertPrice({ amountYen: base.taxExcludedYen, basis: 'tax-excluded', on: '1990-01-01' }).taxIncludedYen).toBe(1648);
  });
  it('¥1,760 tax-included held fixed at 8%: 1,760 × 8/108 = 130.37 → ¥130 (down, nearest) or ¥131 (up)', () => {
    expect(convertPrice({ amountYen: 1760, basis: 'tax-included', on: EIGHT, rounding: 'floor' }).taxYen).toBe(130);
    expect(convertPrice({ amountYen: 1760, basis: 'tax-included', on: EIGHT, rounding: 'half-up' }).taxYen).toBe(130);
    expect(convertPrice({ amountYen: 1760, basis: 'tax-included', on: EIGHT, rounding: 'ceil' }).taxYen).toBe(131);
  });
  it('¥1,760 tax-excluded: ¥1,936 at 10%; 1,900.8 at 8% → ¥1,900 (down) or ¥1,901 (nearest, up)', () => {
    expect(convertPrice({ amountYen: 1760, basis: 'tax-excluded', on: TODAY }).taxIncludedYen).toBe(1936);
    expect(convertPrice({ amountYen: 1760, basis: 'tax-excluded', on: EIGHT, rounding: 'floor' }).taxIncludedYen).toBe(1900);
    expect(convertPrice({ amountYen: 1760, basis: 'tax-excluded', on: EIGHT, rounding: 'half-up' }).taxIncludedYen).toBe(1901);
    expect(convertPrice({ amountYen: 1760, basis: 'tax-excluded', on: EIGHT, rounding: 'ceil' }).taxIncludedYen).toBe(1901);
  });
});

/**
 * Every amount the documents state, with the basis they state it in (000 「◎表示金額は税抜きです。」,
 * 001 「2. 月額料金 (税込)」「○基本料金 (税込)」「○主な設定メニュー例 (税込)」, 003 「500円(税別)」「3,000円(税別)」),
 * at 10% today and at 8% on 2019-09-30, rounding down. [id, amount, basis, [税抜, 税, 税込] at 10%, at 8%].
 * At 8% a tax-included amount is held fixed (the stated amount is what is paid); the alternative
 * (the same tax-excluded base re-taxed) is shown in the next table.
 */
const FEES: Array<[string, number, 'tax-included' | 'tax-excluded', [number, number, number], [number, number, number]]> = [
  ['oas-plan-a', 3900, 'tax-excluded', [3900, 390, 4290], [3900, 312, 4212]],
  ['oas-plan-b', 5900, 'tax-excluded', [5900, 590, 6490], [5900, 472, 6372]],
  ['oas-construction-fee', 0, 'tax-excluded', [0, 0, 0], [0, 0, 0]],
  ['itss-light-anshin-1', 2200, 'tax-included', [2000, 200, 2200], [2038, 162, 2200]],
  ['itss-light-anshin-2', 3300, 'tax-included', [3000, 300, 3300], [3056, 244, 3300]],
  ['itss-standard-anshin-1', 3850, 'tax-included', [3500, 350, 3850], [3565, 285, 3850]],
  ['itss-standard-anshin-2', 8250, 'tax-included', [7500, 750, 8250], [7639, 611, 8250]],
  ['itss-legacy-light-mini', 1100, 'tax-included', [1000, 100, 1100], [1019, 81, 1100]],
  ['itss-legacy-light-1', 1760, 'tax-included', [1600, 160, 1760], [1630, 130, 1760]],
  ['itss-legacy-light-2', 3410, 'tax-included', [3100, 310, 3410], [3158, 252, 3410]],
  ['itss-legacy-light-3', 5060, 'tax-included', [4600, 460, 5060], [4686, 374, 5060]],
  ['itss-legacy-light-4', 6710, 'tax-included', [6100, 610, 6710], [6213, 497, 6710]],
  ['itss-legacy-standard-mini', 3960, 'tax-included', [3600, 360, 3960], [3667, 293, 3960]],
  ['itss-legacy-standard-1', 4840, 'tax-included', [4400, 440, 4840], [4482, 358, 4840]],
  ['itss-legacy-standard-2', 7040, 'tax-included', [6400, 640, 7040], [6519, 521, 7040]],
  ['itss-legacy-standard-3', 9240, 'tax-included', [8400, 840, 9240], [8556, 684, 9240]],
  ['itss-legacy-standard-4', 11440, 'tax-included', [10400, 1040, 11440], [10593, 847, 11440]],
  ['itss-light-time-extension', 1100, 'tax-included', [1000, 100, 1100], [1019, 81, 1100]],
  ['itss-standard-extra-inquiries', 3850, 'tax-included', [3500, 350, 3850], [3565, 285, 3850]],
  ['itss-standard-time-extension', 2200, 'tax-included', [2000, 200, 2200], [2038, 162, 2200]],
  ['itss-initial-fee', 0, 'tax-included', [0, 0, 0], [0, 0, 0]],
  ['itss-visit-basic-work', 4950, 'tax-included', [4500, 450, 4950], [4584, 366, 4950]],
  ['itss-visit-diagnosis', 1650, 'tax-included', [1500, 150, 1650], [1528, 122, 1650]],
  ['itss-visit-pc-internet', 3300, 'tax-included', [3000, 300, 3300], [3056, 244, 3300]],
  ['itss-visit-printer', 4840, 'tax-included', [4400, 440, 4840], [4482, 358, 4840]],
  ['ucom-remote-support', 500, 'tax-excluded', [500, 50, 550], [500, 40, 540]],
  ['ucom-remote-support-resubscription-fee', 3000, 'tax-excluded', [3000, 300, 3300], [3000, 240, 3240]],
];

function catalogAmount(id: string): { amount: number | null; basis: string | null } {
  const item = catalog.index.planById.get(id) ?? catalog.index.optionById.get(id);
  if (item) return { amount: item.monthlyFeeYen, basis: item.taxBasis };
  const fee = getFee(id);
  return { amount: fee.amountYen, basis: fee.taxBasis };
}

describe('worked examples for every stated fee, today (10%) and in the 8% period', () => {
  it('the table covers every priced plan, option and fee of the catalog', () => {
    const priced = [...catalog.plans, ...catalog.options]
      .filter((x) => x.monthlyFeeYen !== null && x.taxBasis !== null)
      .map((x) => x.id)
      .concat(catalog.fees.filter((f) => f.amountYen !== null && f.taxBasis !== null).map((f) => f.id));
    expect(FEES.map((r) => r[0]).sort()).toEqual(priced.sort());
  });
  it.each(FEES)('%s: %i (%s)', (id, amount, basis, at10, at8) => {
    expect(catalogAmount(id)).toEqual({ amount, basis });
    const today = convertPrice({ amountYen: amount, basis, on: TODAY });
    expect([today.taxExcludedYen, today.taxYen, today.taxIncludedYen]).toEqual(at10);
    expect(today.ratePercent).toBe(10);
    const earlier = convertPrice({ amountYen: amount, basis, on: EIGHT });
    expect([earlier.taxExcludedYen, earlier.taxYen, earlier.taxIncludedYen]).toEqual(at8);
    expect(earlier.ratePercent).toBe(8);
  });
  it("001's tax-included fees re-based: the 10% base re-taxed at 8% (the alternative reading)", () => {
    const rebased = (id: string) => {
      const { amount } = catalogAmount(id);
      const base = convertPrice({ amountYen: amount!, basis: 'tax-included', on: TODAY }).taxExcludedYen;
      return convertPrice({ amountYen: base, basis: 'tax-excluded', on: EIGHT }).taxIncludedYen;
    };
    expect(rebased('itss-light-anshin-1')).toBe(2160);
    expect(rebased('itss-legacy-light-1')).toBe(1728);
    expect(rebased('itss-visit-basic-work')).toBe(4860);
    expect(rebased('itss-visit-printer')).toBe(4752);
  });
  it('plans with no stated fee or basis are not in the table (a price for them is a typed error in monthlyInvoice)', () => {
    expect(getPlan('iij-mpc-management-entry').monthlyFeeYen).toBeNull();
    expect(getOption('iij-ultra-sendback').monthlyFeeYen).toBeNull();
    expect(getFee('oas-visit-basic-work').amountYen).toBeNull();
    expect(getFee('helpdesk-out-of-hours').taxBasis).toBeNull();
  });
});

describe('a monthly fee takes the rate of its month’s last day (消費税法基本通達 9-1-5)', () => {
  it.each([
    ['2014-03', 5, 4095],
    ['2014-04', 8, 4212],
    ['2019-09', 8, 4212],
    ['2019-10', 10, 4290],
  ])('プラン A ¥3,900 税抜 for %s: %i percent → %i', (month, rate, included) => {
    const r = convertPrice({ amountYen: 3900, basis: 'tax-excluded', month });
    expect(r.ratePercent).toBe(rate);
    expect(r.taxIncludedYen).toBe(included);
    expect(r.reasons.map((x) => x.rule)).toContain('tax.monthly-fee-tax-date');
  });
  it('the 2019-09-21 – 2019-10-20 period completed on 10-20 is taxed at 10% (国税庁 経過措置Q&A example)', () => {
    expect(convertPrice({ amountYen: 2200, basis: 'tax-included', on: '2019-10-20' }).ratePercent).toBe(10);
  });
  it('on the first day of a new rate the new rate applies; the day before the old one', () => {
    expect(convertPrice({ amountYen: 1000, basis: 'tax-excluded', on: '2014-03-31' }).taxYen).toBe(50);
    expect(convertPrice({ amountYen: 1000, basis: 'tax-excluded', on: '2014-04-01' }).taxYen).toBe(80);
  });
});

describe('result shape', () => {
  it('explains itself: trace and reasons with sources', () => {
    const r = convertPrice({ amountYen: 1760, basis: 'tax-included', on: EIGHT });
    expect(r.trace).toEqual(['rate 8% on 2019-09-30', 'tax = 1,760 × 8/108 = 130.370370… → 130 (floor)', 'tax-excluded = 1,760 − 130 = 1,630']);
    expect(r.reasons[0]).toMatchObject({ rule: 'tax.rate-in-force', factId: 'jp-consumption-tax-standard-2014' });
    expect(r.reasons[0]!.source?.document).toBe('ref:shohizei-ho-29');
    expect(r.reasons.every((x) => x.source?.document.startsWith('ref:'))).toBe(true);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
  it('accepts amounts as strings of digits', () => {
    expect(convertPrice({ amountYen: '3900', basis: 'tax-excluded', on: TODAY }).taxIncludedYen).toBe(4290);
  });
  it('does not mutate its input', () => {
    const input = Object.freeze({ amountYen: 3900, basis: 'tax-excluded' as const, on: TODAY });
    convertPrice(input);
    expect(input).toEqual({ amountYen: 3900, basis: 'tax-excluded', on: TODAY });
  });
});

describe('bad input is a typed error naming the field', () => {
  const base: ConvertPriceInput = { amountYen: 1000, basis: 'tax-excluded', on: TODAY };
  it.each([
    [{ amountYen: 10.5 }, 'invalid_input', ['amountYen']],
    [{ amountYen: -1 }, 'invalid_input', ['amountYen']],
    [{ amountYen: Number.NaN }, 'invalid_input', ['amountYen']],
    [{ amountYen: 'abc' }, 'invalid_input', ['amountYen']],
    [{ amountYen: '12.5' }, 'invalid_input', ['amountYen']],
    [{ basis: 'gross' }, 'invalid_input', ['basis']],
    [{ rounding: 'bankers' }, 'invalid_input', ['rounding']],
    [{ rateKind: 'zero' }, 'invalid_input', ['rateKind']],
    [{ on: '2025-02-29' }, 'invalid_input', ['on']],
    [{ on: undefined }, 'invalid_input', ['on']],
    [{ on: undefined, month: '2025-13' }, 'invalid_input', ['month']],
    [{ month: '2025-06' }, 'invalid_input', ['month']],
    [{ on: '1989-03-31' }, 'out_of_range', ['on']],
    [{ on: undefined, month: '1989-03' }, 'out_of_range', ['month']],
  ])('%j → %s at %j', (patch, code, path) => {
    try {
      convertPrice({ ...base, ...(patch as object) } as ConvertPriceInput);
      expect.unreachable();
    } catch (e) {
      expect((e as InvalidInputError).code).toBe(code);
      expect((e as InvalidInputError).path).toEqual(path);
    }
  });
  it('rejects a non-object input', () => {
    expect(() => convertPrice(null as unknown as ConvertPriceInput)).toThrow(InvalidInputError);
  });
  it('the first day of consumption tax works; the day before is out of range, never 0%', () => {
    expect(convertPrice({ amountYen: 1000, basis: 'tax-excluded', on: '1989-04-01' }).taxYen).toBe(30);
    expect(() => convertPrice({ amountYen: 1000, basis: 'tax-excluded', on: '1989-03-31' })).toThrow(OutOfRangeError);
  });
});

describe('properties', () => {
  const amount = fc.integer({ min: 0, max: 10_000_000_000 });
  const day = fc
    .date({ min: new Date('1989-04-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true })
    .map((d) => d.toISOString().slice(0, 10));
  const mode = fc.constantFrom<RoundingMode>('floor', 'ceil', 'half-up');

  it('with floor rounding, tax-excluded → tax-included → back gives the same amounts', () => {
    fc.assert(
      fc.property(amount, day, (a, on) => {
        const there = convertPrice({ amountYen: a, basis: 'tax-excluded', on, rounding: 'floor' });
        const back = convertPrice({ amountYen: there.taxIncludedYen, basis: 'tax-included', on, rounding: 'floor' });
        expect(back.taxExcludedYen).toBe(a);
        expect(back.taxYen).toBe(there.taxYen);
      }),
      { numRuns: 500 },
    );
  });

  it('the same holds with ceil and half-up, when the same mode is used both ways', () => {
    fc.assert(
      fc.property(amount, day, mode, (a, on, rounding) => {
        const there = convertPrice({ amountYen: a, basis: 'tax-excluded', on, rounding });
        const back = convertPrice({ amountYen: there.taxIncludedYen, basis: 'tax-included', on, rounding });
        expect(back.taxExcludedYen).toBe(a);
      }),
      { numRuns: 500 },
    );
  });

  it('counterexample: mixing modes breaks the round trip (¥1 tax-excluded at 10%, ceil there, floor back)', () => {
    const there = convertPrice({ amountYen: 1, basis: 'tax-excluded', on: TODAY, rounding: 'ceil' });
    expect(there.taxIncludedYen).toBe(2); // 0.1 → 1 (ceil)
    const back = convertPrice({ amountYen: 2, basis: 'tax-included', on: TODAY, rounding: 'floor' });
    expect(back.taxExcludedYen).toBe(2); // 2 × 10/110 = 0.18 → 0 (floor): not ¥1
  });

  it.each([
    ['floor', 10, 11], // 10 × 10/110 = 0.90 → 0, so 10 税抜; 10 × 10% = 1 → 11
    ['ceil', 1, 0], // 1 × 10/110 = 0.09 → 1, so 0 税抜; 0 + 0 = 0
    ['half-up', 5, 6], // 5 × 10/110 = 0.45 → 0, so 5 税抜; 5 × 10% = 0.5 → 1 → 6
  ] as const)(
    'counterexample: with %s, tax-included ¥%i → tax-excluded → back gives ¥%i (not every tax-included amount comes from a whole-yen price)',
    (rounding, included, again) => {
      const ex = convertPrice({ amountYen: included, basis: 'tax-included', on: TODAY, rounding });
      const back = convertPrice({ amountYen: ex.taxExcludedYen, basis: 'tax-excluded', on: TODAY, rounding });
      expect(back.taxIncludedYen).toBe(again);
      expect(back.taxIncludedYen).not.toBe(included);
    },
  );

  it('tax-excluded + tax = tax-included, and floor ≤ half-up ≤ ceil', () => {
    fc.assert(
      fc.property(amount, day, fc.constantFrom('tax-included' as const, 'tax-excluded' as const), (a, on, basis) => {
        const [f, h, c] = (['floor', 'half-up', 'ceil'] as const).map((rounding) => convertPrice({ amountYen: a, basis, on, rounding }));
        for (const r of [f!, h!, c!]) expect(r.taxExcludedYen + r.taxYen).toBe(r.taxIncludedYen);
        expect(f!.taxYen).toBeLessThanOrEqual(h!.taxYen);
        expect(h!.taxYen).toBeLessThanOrEqual(c!.taxYen);
        expect(c!.taxYen - f!.taxYen).toBeLessThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });
});
