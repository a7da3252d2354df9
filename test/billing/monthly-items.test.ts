/**
 * monthlyInvoice's reading of a contract's items (src/billing/monthly.ts validateOptions, validateCharges,
 * validateEarlier, withDateTexts): items that are not objects, malformed end dates, an option of another
 * document that applies to two plans, a waiver source whose passage list holds a non-text item, js-joda and
 * Temporal dates inside options, charges and earlier contracts (converted to text before anything else is
 * checked, refused at their own field); on edited copies of the fixtures, an option whose sale starts after its
 * plan's, a plan fee without a tax basis, and an ordinary fee of a document that also has a re-subscription fee.
 *
 * Documents: 002 「本サービスの提供に係わる料金は無料とします。」 (no tax basis stated); 001 「オプションメニュー 時間延長 1,100円」「問い合わせ回数追加」 (offered with the スタンダード plans only:
 * fixtures/001 options[].appliesTo), 「○主な設定メニュー例 (税込)」「プリンタ設定 プリンタ1台 4,840円」, 「状況診断費 1派遣 1,650円」;
 * 003 「UCOM光 リモートサポートの 月額利用料 500円(税別)」, 「※本契約解除後、再度本サービスへの申し込みには事務手数料3,000円(税別)が
 * かかります」 (its only fee).
 */
import { LocalDate } from '@js-joda/core';
import { Temporal } from '@js-temporal/polyfill';
import { describe, expect, it } from 'vitest';
import { ConflictError, getOption, InvalidInputError, monthlyInvoice, PriceNotStatedError, type BillingContract, type MonthlyInvoice } from '../../src/index.js';
import { editedCatalog } from '../helpers/values.js';

const light = { planId: 'itss-light-anshin-1', start: '2025-04-10' };
const inv = (contract: unknown, month: string, catalog?: Parameters<typeof monthlyInvoice>[0]['catalog']): MonthlyInvoice =>
  monthlyInvoice({ contract: contract as BillingContract, month, ...(catalog ? { catalog } : {}) });

function refusal(call: () => unknown): { cls: unknown; path: unknown; message: string } {
  try {
    call();
  } catch (e) {
    const err = e as InvalidInputError;
    return { cls: err.constructor, path: err.path, message: err.message };
  }
  throw new Error('not refused');
}

/** A Temporal date in the Japanese calendar: refused (the library reads ISO 8601 dates only). */
const japaneseCalendar = Temporal.PlainDate.from('2025-05-01').withCalendar('japanese');
const notIso = (path: string) =>
  `${path}: Could not read a Temporal.PlainDate: ${path}: Expected a Temporal.PlainDate in the ISO 8601 calendar, received calendar japanese (use withCalendar('iso8601'))`;

describe('items that are not objects are refused at their index', () => {
  it.each<[string, Record<string, unknown>, (string | number)[], string]>([
    ['an option given as text', { options: ['itss-light-time-extension'] }, ['contract', 'options', 0], 'contract.options[0]: Expected an option { optionId, start, end? }'],
    ['a charge given as a number', { oneOffCharges: [5] }, ['contract', 'oneOffCharges', 0], 'contract.oneOffCharges[0]: Expected a charge { feeId, quantity, on }'],
    [
      'an earlier contract given as text',
      { planId: 'ucom-remote-support', earlierContracts: ['ucom-remote-support'] },
      ['contract', 'earlierContracts', 0],
      'contract.earlierContracts[0]: Expected an earlier contract { planId, start, end }',
    ],
  ])('%s', (_name, items, path, message) => {
    expect(refusal(() => inv({ ...light, ...items }, '2025-05'))).toEqual({ cls: InvalidInputError, path, message });
  });
  it('the same next to a js-joda start date (the items are copied to convert the dates)', () => {
    expect(refusal(() => inv({ ...light, start: LocalDate.parse('2025-04-10'), options: ['itss-light-time-extension'] }, '2025-05'))).toEqual({
      cls: InvalidInputError,
      path: ['contract', 'options', 0],
      message: 'contract.options[0]: Expected an option { optionId, start, end? }',
    });
  });
});

describe('malformed end dates are refused at their field', () => {
  it("an option's end", () => {
    expect(refusal(() => inv({ ...light, options: [{ optionId: 'itss-light-time-extension', start: '2025-05-01', end: '2025-06-31' }] }, '2025-05'))).toEqual({
      cls: InvalidInputError,
      path: ['contract', 'options', 0, 'end'],
      message: 'contract.options[0].end: Invalid day of month (valid values 1 - 30 for 2025-06): "2025-06-31"',
    });
  });
  it("an earlier contract's end", () => {
    const c = { planId: 'ucom-remote-support', start: '2025-04-10', earlierContracts: [{ planId: 'ucom-remote-support', start: '2024-01-10', end: '2024-13-01' }] };
    expect(refusal(() => inv(c, '2025-05'))).toEqual({
      cls: InvalidInputError,
      path: ['contract', 'earlierContracts', 0, 'end'],
      message: 'contract.earlierContracts[0].end: Invalid month (valid values 1 - 12): "2024-13-01"',
    });
  });
});

describe('an option of another document', () => {
  it('問い合わせ回数追加 (001, offered with スタンダードあんしんプラン1 and 2) on 003 names both plans', () => {
    expect(getOption('itss-standard-extra-inquiries').appliesTo).toEqual(['itss-standard-anshin-1', 'itss-standard-anshin-2']);
    const c = { planId: 'ucom-remote-support', start: '2025-04-10', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2025-05-01' }] };
    expect(refusal(() => inv(c, '2025-05'))).toEqual({
      cls: ConflictError,
      path: ['contract', 'options', 0, 'optionId'],
      message:
        'contract.options[0].optionId: itss-standard-extra-inquiries (問い合わせ回数追加) is an option of itss-standard-anshin-1, itss-standard-anshin-2 (001_1058c0f8b62eb4e2.txt), not of ucom-remote-support',
    });
  });
});

describe("a caller waiver's source", () => {
  it('a passage list whose item is not text (here a list) is refused', () => {
    const waived = { reason: 'r', source: { document: 'd', passage: ['p', ['q']] } };
    expect(refusal(() => inv({ ...light, oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-05-10', waived }] }, '2025-05'))).toEqual({
      cls: InvalidInputError,
      path: ['contract', 'oneOffCharges', 0, 'waived', 'source'],
      message: 'contract.oneOffCharges[0].waived.source: A waiver source is { document, passage, note? }',
    });
  });
});

describe('js-joda and Temporal dates inside the items', () => {
  it('an option with js-joda / Temporal dates after one with text dates: the invoice of the text dates', () => {
    const options = (start: unknown, end: unknown) => [
      { optionId: 'itss-light-time-extension', start: '2025-05-01', end: '2025-06-01' },
      { optionId: 'itss-light-time-extension', start, end },
    ];
    const text = { ...light, options: options('2025-07-01', '2025-08-01') };
    const foreign = { ...light, options: options(LocalDate.parse('2025-07-01'), Temporal.PlainDate.from('2025-08-01')) };
    for (const month of ['2025-05', '2025-07', '2025-08']) expect(inv(foreign, month)).toEqual(inv(text, month));
    // 時間延長 ¥1,100 in May and July (its two periods), not in August.
    expect(inv(text, '2025-07').lines.map((l) => [l.factId, l.amountYen])).toEqual([
      ['itss-light-anshin-1', 2200],
      ['itss-light-time-extension', 1100],
    ]);
    expect(inv(text, '2025-08').lines.map((l) => l.factId)).toEqual(['itss-light-anshin-1']);
  });
  it('a charge on a js-joda date after one on a text date: the invoice of the text dates', () => {
    const charges = (on: unknown) => [
      { feeId: 'itss-visit-printer', quantity: 1, on: '2025-05-10' },
      { feeId: 'itss-visit-diagnosis', quantity: 1, on },
    ];
    const i = inv({ ...light, oneOffCharges: charges(LocalDate.parse('2025-05-11')) }, '2025-05');
    expect(i).toEqual(inv({ ...light, oneOffCharges: charges('2025-05-11') }, '2025-05'));
    expect(i.lines.map((l) => [l.factId, l.amountYen, l.taxDate])).toEqual([
      ['itss-light-anshin-1', 2200, '2025-05-31'],
      ['itss-visit-printer', 4840, '2025-05-10'],
      ['itss-visit-diagnosis', 1650, '2025-05-11'],
    ]);
  });
  it('a date in a calendar other than ISO 8601 is refused at its own field: an option, a charge, an earlier contract', () => {
    const first = { optionId: 'itss-light-time-extension', start: '2025-05-01', end: '2025-06-01' };
    expect(refusal(() => inv({ ...light, options: [first, { optionId: 'itss-light-time-extension', start: japaneseCalendar }] }, '2025-05'))).toEqual({
      cls: InvalidInputError,
      path: ['contract', 'options', 1, 'start'],
      message: notIso('contract.options[1].start'),
    });
    const printer = { feeId: 'itss-visit-printer', quantity: 1, on: '2025-05-10' };
    expect(refusal(() => inv({ ...light, oneOffCharges: [printer, { ...printer, on: japaneseCalendar }] }, '2025-05'))).toEqual({
      cls: InvalidInputError,
      path: ['contract', 'oneOffCharges', 1, 'on'],
      message: notIso('contract.oneOffCharges[1].on'),
    });
  });
  it('dates are read before the items are checked: an unreadable date of an earlier contract is refused even after an item that is wrong', () => {
    // earlierContracts[0] is a plan of another service (001, not 003): a conflict, but only once the dates have been read.
    const otherService = { planId: 'itss-light-anshin-1', start: '2024-01-10', end: '2024-03-01' };
    const ucom = { planId: 'ucom-remote-support', start: '2025-04-10' };
    for (const key of ['start', 'end'] as const) {
      const unreadable = { planId: 'ucom-remote-support', start: '2024-06-01', end: '2024-09-01', [key]: japaneseCalendar };
      expect(refusal(() => inv({ ...ucom, earlierContracts: [otherService, unreadable] }, '2025-05'))).toEqual({
        cls: InvalidInputError,
        path: ['contract', 'earlierContracts', 1, key],
        message: notIso(`contract.earlierContracts[1].${key}`),
      });
    }
    expect(refusal(() => inv({ ...ucom, earlierContracts: [otherService] }, '2025-05'))).toEqual({
      cls: ConflictError,
      path: ['contract', 'earlierContracts', 0, 'planId'],
      message: 'contract.earlierContracts[0].planId: itss-light-anshin-1 is a plan of another service (ITサポート&セキュリティ), not UCOM光 リモートサポート',
    });
  });
});

describe('rules no bundled document reaches (edited copies of the fixtures)', () => {
  it('an option whose own sale starts after the plan’s is refused before that day, at the option’s start', () => {
    const catalog = editedCatalog((docs) => {
      const option = docs.find((d) => d.document.id === 'it-support-security')!.options.find((o: { id: string }) => o.id === 'itss-light-time-extension');
      option.saleWindow = { start: { date: '2025-06-01', source: option.source } };
    });
    const c = { ...light, options: [{ optionId: 'itss-light-time-extension', start: '2025-05-01' }] };
    expect(refusal(() => inv(c, '2025-05', catalog))).toEqual({
      cls: ConflictError,
      path: ['contract', 'options', 0, 'start'],
      message: 'contract.options[0].start: itss-light-time-extension is not on sale before 2025-06-01 (2025-05-01)',
    });
  });
  it('a plan fee stated without a tax basis (002 given a fee of ¥1,000) is refused at contract.planId', () => {
    const catalog = editedCatalog((docs) => {
      docs.find((d) => d.document.id === 'helpdesk-support')!.plans[0].monthlyFeeYen = 1000;
    });
    expect(refusal(() => inv({ planId: 'helpdesk-support', start: '2025-04-10' }, '2025-05', catalog))).toEqual({
      cls: PriceNotStatedError,
      path: ['contract', 'planId'],
      message: 'contract.planId: The tax basis of helpdesk-support is not stated in its document',
    });
  });

  it('003 with another fee: that fee is an ordinary one-off charge; only 事務手数料 is kept for the re-subscription rule', () => {
    const catalog = editedCatalog((docs) => {
      const doc = docs.find((d) => d.document.id === 'ucom-remote-support')!;
      doc.fees.push({ ...doc.fees[0], id: 'ucom-visit', name: '訪問作業費', kind: 'visit-menu', amountYen: 5000, unit: '1派遣', per: 'dispatch' });
    });
    const c = { planId: 'ucom-remote-support', start: '2025-04-10', oneOffCharges: [{ feeId: 'ucom-visit', quantity: 1, on: '2025-05-12' }] };
    expect(inv(c, '2025-05', catalog).lines.map((l) => [l.factId, l.amountYen])).toEqual([
      ['ucom-remote-support', 500],
      ['ucom-visit', 5000],
    ]);
  });
});
