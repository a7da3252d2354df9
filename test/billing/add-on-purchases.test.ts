/**
 * 001's 問い合わせ回数追加 is bought per option contract: 「*1 1契約ごとに問い合わせ回数20回追加、オプション提供開始日を含む
 * 料金月のみの適用、問い合わせ回数は翌月への繰り越し不可。」 (interpretation quota-add-on-month: two option contracts
 * started in one month add 40). A domain review (2026-12-03) found the quota granting 40 for two purchases while
 * monthlyInvoice refused the second as "already on the contract": billing now charges each, so the two agree.
 */
import { describe, expect, it } from 'vitest';
import { ConflictError, evaluateQuota, getOption, monthlyInvoice } from '../../src/index.js';

const twoInNovember = {
  planId: 'itss-standard-anshin-1',
  start: '2024-01-01',
  options: [
    { optionId: 'itss-standard-extra-inquiries', start: '2026-11-05' },
    { optionId: 'itss-standard-extra-inquiries', start: '2026-11-20' },
  ],
} as const;

describe('問い合わせ回数追加 bought twice in one month', () => {
  it('is billed twice in that month (3,850 each, 税込) and not after', () => {
    expect(getOption('itss-standard-extra-inquiries').charge.kind).toBe('start-month-only');
    const nov = monthlyInvoice({ contract: twoInNovember, month: '2026-11' });
    expect(nov.lines.map((l) => [l.kind, l.amountYen])).toEqual([
      ['monthly-fee', 3850],
      ['option', 3850],
      ['option', 3850],
    ]);
    expect([nov.taxExcludedYen, nov.taxYen, nov.totalYen]).toEqual([10500, 1050, 11550]);
    expect(monthlyInvoice({ contract: twoInNovember, month: '2026-12' }).totalYen).toBe(3850);
  });

  it('adds 20 inquiries for each, in the same month: the quota and the invoice count the same purchases', () => {
    expect(evaluateQuota({ contract: twoInNovember, month: '2026-11', events: [] }).limit.total).toBe(60);
    expect(evaluateQuota({ contract: twoInNovember, month: '2026-12', events: [] }).limit.total).toBe(20);
  });

  it('one in November and one in December: each billed in its own month', () => {
    const contract = { ...twoInNovember, options: [twoInNovember.options[0], { optionId: 'itss-standard-extra-inquiries', start: '2026-12-01' }] };
    expect(monthlyInvoice({ contract, month: '2026-11' }).totalYen).toBe(7700);
    expect(monthlyInvoice({ contract, month: '2026-12' }).totalYen).toBe(7700);
  });

  it('a monthly option cannot be on the contract twice at once', () => {
    const contract = {
      planId: 'itss-standard-anshin-1',
      start: '2024-01-01',
      options: [
        { optionId: 'itss-standard-time-extension', start: '2026-11-05' },
        { optionId: 'itss-standard-time-extension', start: '2026-11-20' },
      ],
    };
    expect(() => monthlyInvoice({ contract, month: '2026-11' })).toThrow(ConflictError);
  });
});
