/**
 * checkLoaner, loanPeriod and loanMaxDays at their edges: the explanation each rule gives (its text,
 * fact id, interpretation and passage), the period without an arrival date, return dates, devices named
 * without (or with a needless) operating system, and the rule validation of loanMaxDays.
 *
 * Written for the survivors of a Stryker run on src/loaner/loaner.ts (docs/mutation.md, 2026-12-03):
 * each case fails when the rule or the explanation it checks is changed.
 */
import { describe, expect, it } from 'vitest';
import { checkLoaner, ConflictError, InvalidInputError, loanMaxDays, loanPeriod, OutOfRangeError, type Reason } from '../../src/index.js';
import { textOf } from '../helpers/passage.js';
import { base000, base001, D000, D001, editedCatalog, req, thrown } from './helpers.js';


function reasonOf(reasons: readonly Reason[], rule: string): Reason {
  const r = reasons.find((x) => x.rule === rule);
  expect(r, `no reason ${rule} in ${reasons.map((x) => x.rule).join(', ')}`).toBeDefined();
  return r!;
}
const rules = (reasons: readonly Reason[]) => reasons.map((r) => r.rule);

describe('the loan period explained (000 ※6 到着日が起算日です。返却日は貸出し時に指定いたします。; 001 最大2週間, no 起算日)', () => {
  it('000 with an arrival date: day 1 is the arrival day, the last day is day 14, the return date is set at lending', () => {
    const v = checkLoaner(base000);
    expect(reasonOf(v.reasons, 'loaner.period-start').message).toBe('The arrival day is day 1 (起算日): 2026-11-24');
    expect(reasonOf(v.reasons, 'loaner.period-start').interpretation).toBeUndefined();
    expect(reasonOf(v.reasons, 'loaner.period-last-day').message).toBe('At most 2 weeks (14 days): the last day is 2026-12-07 (day 14)');
    expect(reasonOf(v.reasons, 'loaner.period-last-day').interpretation).toBe('loaner-period-no-holiday-extension');
    expect(reasonOf(v.reasons, 'loaner.return-date').message).toBe('The return date is set at lending (返却日は貸出し時に指定)');
    expect(textOf(reasonOf(v.reasons, 'loaner.period-start').source?.passage)).toContain('到着日が起算日です');
  });
  it('001 states no 起算日: the default counts the arrival day (interpretation loaner-001-start-day), the return date rule is not stated', () => {
    const v = checkLoaner(base001);
    const start = reasonOf(v.reasons, 'loaner.period-start');
    expect(start.message).toBe('The document states no 起算日; the arrival day is counted as day 1 (option unstatedPeriodStart): 2026-11-24');
    expect(start.interpretation).toBe('loaner-001-start-day');
    expect(start.source?.document).toBe(D001);
    expect(reasonOf(v.reasons, 'loaner.return-date').message).toBe('The document does not say when the return date is set');
  });
  it('001 with 民法第140条 (unstatedPeriodStart: day-after-arrival): day 1 is the day after arrival', () => {
    const p = loanPeriod({ planId: 'itss-light-anshin-1', arrivalDate: '2026-11-24', unstatedPeriodStart: 'day-after-arrival' });
    expect(p).toMatchObject({ counting: 'day-after-arrival', firstDay: '2026-11-25', lastDay: '2026-12-08' });
    expect(reasonOf(p.reasons, 'loaner.period-start').message).toBe('The document states no 起算日; 民法第140条: day 1 is the day after arrival: 2026-11-25');
    expect(reasonOf(p.reasons, 'loaner.period-last-day').message).toBe('At most 2 weeks (14 days): the last day is 2026-12-08 (day 14)');
  });
  it('loanPeriod without an arrival date: the length, no dates, and texts that name no day', () => {
    const p = loanPeriod({ planId: 'oas-plan-a' });
    expect(p).toMatchObject({ maxDays: 14, counting: 'arrival-day', arrivalDate: null, firstDay: null, lastDay: null, returnDate: null, returnDateRule: 'set-at-lending' });
    expect(reasonOf(p.reasons, 'loaner.period-start').message).toBe('The arrival day is day 1 (起算日)');
    expect(reasonOf(p.reasons, 'loaner.period-last-day').message).toBe('At most 2 weeks (14 days); the last day follows from the arrival day');
    const q = loanPeriod({ planId: 'itss-light-anshin-1' });
    expect(reasonOf(q.reasons, 'loaner.period-start').message).toBe('The document states no 起算日; the arrival day is counted as day 1 (option unstatedPeriodStart)');
    const r = loanPeriod({ planId: 'itss-light-anshin-1', unstatedPeriodStart: 'day-after-arrival' });
    expect(reasonOf(r.reasons, 'loaner.period-start').message).toBe('The document states no 起算日; 民法第140条: day 1 is the day after arrival');
  });
  it('a return date inside the period is echoed and explained', () => {
    const p = loanPeriod({ planId: 'itss-light-anshin-1', arrivalDate: '2026-11-24', returnDate: '2026-12-01' });
    expect(p.returnDate).toBe('2026-12-01');
    expect(reasonOf(p.reasons, 'loaner.return-date').message).toBe('Return date 2026-12-01, within the period');
  });
  it('a one-week or one-day rule is singular in the text (a user catalog)', () => {
    const catalog = editedCatalog((docs) => {
      docs.find((d) => d.document.id === 'office-anshin-support')!.loaner.period.maxLength = { amount: 1, unit: 'week' };
    });
    const p = loanPeriod({ planId: 'oas-plan-a', arrivalDate: '2026-11-24', catalog });
    expect(reasonOf(p.reasons, 'loaner.period-last-day').message).toBe('At most 1 week (7 days): the last day is 2026-11-30 (day 7)');
  });
});

describe('return dates that cannot be', () => {
  it('a return date without an arrival date is a conflict (loanPeriod and checkLoaner)', () => {
    const e = thrown(() => loanPeriod({ planId: 'oas-plan-a', returnDate: '2026-12-01' }));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.path).toEqual(['returnDate']);
    const f = thrown(() => checkLoaner({ ...base000, request: { deviceType: 'hub', returnDate: '2026-12-01' } }));
    expect(f).toBeInstanceOf(ConflictError);
    expect(f.path).toEqual(['request', 'returnDate']);
  });
  it('a return date after the last day, or before the arrival day, is out of range with the period as bounds', () => {
    for (const returnDate of ['2026-12-08', '2026-11-23']) {
      const e = thrown(() => loanPeriod({ planId: 'oas-plan-a', arrivalDate: '2026-11-24', returnDate }));
      expect(e).toBeInstanceOf(OutOfRangeError);
      expect(e.path).toEqual(['returnDate']);
      expect(e.details).toEqual({ min: '2026-11-24', max: '2026-12-07' });
      expect(e.message).toContain(`Return date ${returnDate} is outside the loan period 2026-11-24 – 2026-12-07`);
    }
  });
  it('an arrival or return date that is not a date names its own field', () => {
    expect(thrown(() => loanPeriod({ planId: 'oas-plan-a', arrivalDate: '2026-02-30' })).path).toEqual(['arrivalDate']);
    expect(thrown(() => loanPeriod({ planId: 'oas-plan-a', arrivalDate: '2026-11-24', returnDate: 'soon' })).path).toEqual(['returnDate']);
  });
});

describe('loanMaxDays: the length of a period rule, in days (weeks are seven days)', () => {
  it('2 weeks (最大2週間) → 14; days are days; zero is zero', () => {
    expect(loanMaxDays({ maxLength: { amount: 2, unit: 'week' } } as never)).toBe(14);
    expect(loanMaxDays({ maxLength: { amount: 3, unit: 'day' } } as never)).toBe(3);
    expect(loanMaxDays({ maxLength: { amount: 0, unit: 'week' } } as never)).toBe(0);
  });
  it.each([
    ['no rule', null, ['rule', 'maxLength']],
    ['no maxLength', {}, ['rule', 'maxLength']],
    ['maxLength null', { maxLength: null }, ['rule', 'maxLength']],
    ['a negative amount', { maxLength: { amount: -1, unit: 'day' } }, ['rule', 'maxLength', 'amount']],
    ['a fractional amount', { maxLength: { amount: 1.5, unit: 'day' } }, ['rule', 'maxLength', 'amount']],
    ['an amount as text', { maxLength: { amount: '2', unit: 'week' } }, ['rule', 'maxLength', 'amount']],
    ['a unit of months', { maxLength: { amount: 2, unit: 'month' } }, ['rule', 'maxLength', 'unit']],
  ])('%s is an invalid input at its path', (_label, rule, path) => {
    const e = thrown(() => loanMaxDays(rule as never));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.path).toEqual(path);
  });
  it('a length beyond the safe integers once in days is out of range, not a wrong number', () => {
    const e = thrown(() => loanMaxDays({ maxLength: { amount: 2 ** 52, unit: 'week' } } as never));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect(e.path).toEqual(['rule', 'maxLength', 'amount']);
    expect(loanMaxDays({ maxLength: { amount: Number.MAX_SAFE_INTEGER, unit: 'day' } } as never)).toBe(Number.MAX_SAFE_INTEGER);
  });
});

describe('devices named with and without an operating system', () => {
  it('a PC or tablet must name its OS: the known ones are listed', () => {
    const e = thrown(() => checkLoaner({ ...base000, request: { deviceType: 'pc', arrivalDate: '2026-11-24' } }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.path).toEqual(['request', 'os']);
    expect(e.message).toContain('A pc must name its operating system');
    expect((e.details as { known: string[] }).known).toEqual(expect.arrayContaining(['windows', 'android', 'macos', 'ipados', 'ios']));
  });
  it('a kind without an OS in the loaner table refuses one', () => {
    const e = thrown(() => checkLoaner({ ...base000, request: { deviceType: 'router', os: 'windows' } }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.path).toEqual(['request', 'os']);
    expect(e.details).toEqual({ value: 'windows' });
  });
  it('an active loan of a device no loaner exists for is a conflict naming it', () => {
    const e = thrown(() => checkLoaner({ ...base000, activeLoans: [{ deviceType: 'hub' }, { deviceType: 'pc', os: 'macos' }] }));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.path).toEqual(['activeLoans', 1]);
    expect(e.details).toEqual({ deviceType: 'pc', os: 'macos' });
    expect(e.message).toContain(`No loaner of pc (macos) exists in ${D000}`);
  });
});

describe('what each rule says', () => {
  it.each([
    ['phone', '電話サポート'],
    ['remote', 'リモートサポート'],
    ['onsite-diagnosis', '訪問故障切り分けサポート'],
  ])('000: the %s channel is named in the finding (機器故障が原因と想定される場合のみ)', (channel, name) => {
    const yes = reasonOf(checkLoaner({ ...base000, diagnosis: { channel, deviceFailure: true } }).reasons, 'loaner.device-failure-found');
    expect(yes.message).toBe(`${name} concluded that the customer's device failed`);
    expect(yes.factId).toBe(channel);
    const no = reasonOf(checkLoaner({ ...base000, diagnosis: { channel, deviceFailure: false } }).reasons, 'loaner.no-device-failure');
    expect(no.message).toBe(`${name} did not conclude that a device failed: loaners are lent only for a failed device`);
    expect(no.factId).toBe(channel);
  });
  it('a device not lendable names the listed device and the only loaner of its kind, citing the loaner row', () => {
    const mac = reasonOf(checkLoaner({ ...base000, request: req('pc', 'macos') }).reasons, 'loaner.device-not-lendable');
    expect(mac.message).toBe('The Mac (macOS) is not lendable: the only pc loaner is パソコン（WindowsOS、AC電源含む）');
    expect(textOf(mac.source?.passage)).toContain('パソコン（WindowsOS、AC電源含む）');
    const ipad = reasonOf(checkLoaner({ ...base001, request: req('tablet', 'ipados') }).reasons, 'loaner.device-not-lendable');
    expect(ipad.message).toBe('The iPad (iPadOS) is not lendable: the only tablet loaner is タブレット (Androidのみで、AC電源含む)');
    expect(textOf(ipad.source?.passage)).toContain('タブレット (Androidのみで、AC電源含む)');
    const androidPc = reasonOf(checkLoaner({ ...base000, request: req('pc', 'android') }).reasons, 'loaner.device-not-lendable');
    expect(androidPc.message).toBe('The pc (android) is not lendable: the only pc loaner is パソコン（WindowsOS、AC電源含む）');
  });
  it('substituteAcrossOs names the device asked for and the loaner lent in its place', () => {
    const v = checkLoaner({ ...base001, request: req('pc', 'macos'), substituteAcrossOs: true });
    const r = reasonOf(v.reasons, 'loaner.device-substituted');
    expect(r.message).toBe('No pc (macos) is lent; with substituteAcrossOs the listed パソコン (Windowsのみで、AC電源含む) is lent in its place');
    expect(r.factId).toBe('windows-pc');
  });
  it('substituteAcrossOs picks nothing when two loaners of the kind exist (a user catalog): which one is not the library’s to choose', () => {
    const catalog = editedCatalog((docs) => {
      const doc = docs.find((d) => d.document.id === 'it-support-security')!;
      const pc = doc.loaner.deviceTypes.find((t: { id: string }) => t.id === 'windows-pc')!;
      doc.loaner.deviceTypes.push({ ...pc, id: 'chromebook', name: 'Chromebook', os: 'chromeos' });
    });
    const v = checkLoaner({ ...base001, request: req('pc', 'macos'), substituteAcrossOs: true, catalog });
    expect(v.eligible).toBe(false);
    expect(v.loanerType).toBeNull();
    expect(reasonOf(v.reasons, 'loaner.device-not-lendable').message).toBe('The Mac (macOS) is not lendable: the only pc loaner is パソコン (Windowsのみで、AC電源含む), Chromebook');
  });
  it('001 restricts delivery itself (貸出し先は、契約者住所のみ): no interpretation; 000 with the option: the interpretation is named', () => {
    const own = reasonOf(checkLoaner(base001).reasons, 'loaner.delivery-contractor-address');
    expect(own.message).toBe('Delivery to the contractor’s address');
    expect(own.interpretation).toBeUndefined();
    expect(own.source?.document).toBe(D001);
    const refused = reasonOf(checkLoaner({ ...base001, deliveryAddress: { isContractorAddress: false } }).reasons, 'loaner.delivery-not-contractor-address');
    expect(refused.message).toBe('Loaners are delivered to the contractor’s address only');
    expect(refused.interpretation).toBeUndefined();
    const byOption = reasonOf(checkLoaner({ ...base000, deliveryRestriction: 'contractor-address-only' }).reasons, 'loaner.delivery-contractor-address');
    expect(byOption.interpretation).toBe('loaner-000-delivery-address');
    expect(byOption.source?.document).toBe(D000);
    const unrestricted = reasonOf(checkLoaner(base000).reasons, 'loaner.delivery-unrestricted');
    expect(unrestricted.message).toBe('The document restricts no delivery address (宅配でのお届け)');
  });
  it('plans, options and limits are named in their texts', () => {
    expect(reasonOf(checkLoaner(base000).reasons, 'loaner.plan-included').message).toBe('プラン A (oas-plan-a) includes loaner devices');
    expect(reasonOf(checkLoaner({ ...base001, contract: { planId: 'itss-legacy-light-1' } }).reasons, 'loaner.plan-not-included').message).toBe(
      'プラン1 ライト (itss-legacy-light-1) is not among the plans that include loaner devices (itss-light-anshin-1, itss-light-anshin-2, itss-standard-anshin-1, itss-standard-anshin-2)',
    );
    const option = reasonOf(checkLoaner({ ...base001, contract: { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension' }] } }).reasons, 'loaner.option-gives-no-loaner');
    expect(option.message).toBe('Option 時間延長 (itss-light-time-extension) adds no loaner service: loaners come from the base plan');
    expect(option.factId).toBe('itss-light-time-extension');
    const ok = checkLoaner(base001).reasons;
    expect(reasonOf(ok, 'loaner.per-type-limit-ok').message).toBe('0 パソコン (Windowsのみで、AC電源含む) on loan now; up to 1 of a type at a time');
    expect(reasonOf(ok, 'loaner.distinct-types-ok').message).toBe('1 loaner type(s) out at once with this one; up to 5');
    const full = checkLoaner({ ...base001, activeLoans: [{ deviceType: 'pc', os: 'windows' }] }).reasons;
    expect(reasonOf(full, 'loaner.per-type-limit-reached').message).toBe('1 パソコン (Windowsのみで、AC電源含む) already on loan; only 1 of a type at a time');
  });
  it('an option the document does not list as giving no loaner gets no reason of its own (a user catalog)', () => {
    const catalog = editedCatalog((docs) => {
      const listed = docs.find((d) => d.document.id === 'it-support-security')!.loaner.optionsWithoutLoaners;
      listed.optionIds = listed.optionIds.filter((id: string) => id !== 'itss-light-time-extension');
    });
    const v = checkLoaner({ ...base001, contract: { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension' }] }, catalog });
    expect(rules(v.reasons)).not.toContain('loaner.option-gives-no-loaner');
    expect(v.eligible).toBe(true);
  });
});

describe('a refused loan explains the refusal, not a period', () => {
  it('no period, set-up or collection reasons when refused; 000’s liability note stays', () => {
    const refused = checkLoaner({ ...base000, diagnosis: { channel: 'phone', deviceFailure: false } });
    expect(refused.eligible).toBe(false);
    expect(refused.period).toBeNull();
    expect(rules(refused.reasons)).toEqual(['loaner.plan-included', 'loaner.no-device-failure', 'loaner.device-lendable', 'loaner.per-type-limit-ok', 'loaner.delivery-unrestricted', 'loaner.liability']);
    const lent = checkLoaner(base000);
    expect(rules(lent.reasons)).toEqual([
      'loaner.plan-included',
      'loaner.device-failure-found',
      'loaner.device-lendable',
      'loaner.per-type-limit-ok',
      'loaner.delivery-unrestricted',
      'loaner.period-start',
      'loaner.period-last-day',
      'loaner.return-date',
      'loaner.liability',
      'loaner.setup',
      'loaner.collection',
    ]);
  });
  it('a bad return date is refused as input even when the loan is refused', () => {
    expect(thrown(() => checkLoaner({ ...base000, diagnosis: { channel: 'phone', deviceFailure: false }, request: { ...req('hub'), returnDate: '2027-01-01' } }))).toBeInstanceOf(OutOfRangeError);
  });
});
