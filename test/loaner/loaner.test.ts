/**
 * checkLoaner as a decision table: one row per rule of 000 ③代替機器貸出し and 001 ●IT機器故障時の
 * 代替機貸出, each citing its passage. Each row changes one thing of an eligible base request, so a
 * rule that were wrong (or missing) makes its row fail.
 */
import { describe, expect, it } from 'vitest';
import { checkLoaner, type CheckLoanerInput } from '../../src/index.js';
import { base000, base001, D000, D001, deepFreeze, editedCatalog, expectSourced, req, thrown } from './helpers.js';
import { textOf } from '../helpers/passage.js';


type Row = {
  doc: string;
  passage: string;
  input: CheckLoanerInput;
  eligible: boolean;
  /** A rule id that must be among the reasons (and in blockedBy when not eligible). */
  rule: string;
  loaner?: string | null;
  interpretation?: string;
};

const with000 = (patch: Partial<CheckLoanerInput>): CheckLoanerInput => ({ ...base000, ...patch });
const with001 = (patch: Partial<CheckLoanerInput>): CheckLoanerInput => ({ ...base001, ...patch });

const rows: Row[] = [
  // --- 000 ---
  { doc: D000, passage: '③代替機器貸出し …代替機器を最大2週間貸出します (プラン A)', input: base000, eligible: true, rule: 'loaner.plan-included', loaner: 'windows-pc' },
  { doc: D000, passage: '③代替機器貸出し (プラン B)', input: with000({ contract: { planId: 'oas-plan-b' } }), eligible: true, rule: 'loaner.plan-included' },
  { doc: D000, passage: '機器故障が原因と想定される場合のみ (電話)', input: with000({ diagnosis: { channel: 'phone', deviceFailure: true } }), eligible: true, rule: 'loaner.device-failure-found' },
  { doc: D000, passage: '訪問故障切り分けサポートを実施した結果', input: with000({ diagnosis: { channel: 'onsite-diagnosis', deviceFailure: true } }), eligible: true, rule: 'loaner.device-failure-found' },
  { doc: D000, passage: '機器故障が原因と想定される場合のみ (no failure found)', input: with000({ diagnosis: { channel: 'remote', deviceFailure: false } }), eligible: false, rule: 'loaner.no-device-failure' },
  { doc: D000, passage: 'パソコン（WindowsOS、AC電源含む）', input: base000, eligible: true, rule: 'loaner.device-lendable', loaner: 'windows-pc' },
  { doc: D000, passage: 'タブレット（Android、AC電源含む）', input: with000({ request: req('tablet', 'android') }), eligible: true, rule: 'loaner.device-lendable', loaner: 'android-tablet' },
  { doc: D000, passage: '無線ルータ（AC電源含む）', input: with000({ request: req('router') }), eligible: true, rule: 'loaner.device-lendable', loaner: 'wireless-router' },
  { doc: D000, passage: 'HUB（AC電源含む）', input: with000({ request: req('hub') }), eligible: true, rule: 'loaner.device-lendable', loaner: 'hub' },
  { doc: D000, passage: '単体FAX電話機', input: with000({ request: req('fax-phone') }), eligible: true, rule: 'loaner.device-lendable', loaner: 'fax-phone' },
  { doc: D000, passage: 'パソコン（WindowsOS…）: a Mac is not lendable', input: with000({ request: req('pc', 'macos') }), eligible: false, rule: 'loaner.device-not-lendable', loaner: null, interpretation: 'loaner-same-kind' },
  { doc: D000, passage: 'タブレット（Android…）: an iPad is not lendable', input: with000({ request: req('tablet', 'ipados') }), eligible: false, rule: 'loaner.device-not-lendable', loaner: null },
  { doc: D000, passage: 'タブレット（Android…）: an iPad on iOS is not lendable', input: with000({ request: req('tablet', 'ios') }), eligible: false, rule: 'loaner.device-not-lendable' },
  { doc: D000, passage: 'パソコン（WindowsOS…）: an Android PC is not a listed kind', input: with000({ request: req('pc', 'android') }), eligible: false, rule: 'loaner.device-not-lendable' },
  { doc: D000, passage: '同一期間内、同一種別機種種の貸出しは1台までです。', input: with000({ activeLoans: [{ deviceType: 'pc', os: 'windows' }] }), eligible: false, rule: 'loaner.per-type-limit-reached' },
  { doc: D000, passage: '同一種別…1台まで: another type on loan is fine', input: with000({ activeLoans: [{ deviceType: 'hub' }] }), eligible: true, rule: 'loaner.per-type-limit-ok' },
  {
    doc: D000,
    passage: '000 states no limit on the number of types: all five at once',
    input: with000({ activeLoans: [{ deviceType: 'tablet', os: 'android' }, { deviceType: 'router' }, { deviceType: 'hub' }, { deviceType: 'fax-phone' }] }),
    eligible: true,
    rule: 'loaner.per-type-limit-ok',
  },
  { doc: D000, passage: '宅配でのお届け: 000 restricts no address', input: with000({ deliveryAddress: { isContractorAddress: false } }), eligible: true, rule: 'loaner.delivery-unrestricted', interpretation: 'loaner-000-delivery-address' },
  {
    doc: D000,
    passage: '宅配でのお届け, option deliveryRestriction: contractor-address-only',
    input: with000({ deliveryAddress: { isContractorAddress: false }, deliveryRestriction: 'contractor-address-only' }),
    eligible: false,
    rule: 'loaner.delivery-not-contractor-address',
    interpretation: 'loaner-000-delivery-address',
  },
  { doc: D000, passage: '※5 …相当金額を請求させていただく場合があります。', input: base000, eligible: true, rule: 'loaner.liability' },
  { doc: D000, passage: '※6 到着日が起算日です。', input: base000, eligible: true, rule: 'loaner.period-start' },
  { doc: D000, passage: '※7 追加でパソコンなどの設定を依頼された場合は訪問サポート（有償）', input: base000, eligible: true, rule: 'loaner.setup' },
  { doc: D000, passage: '回収 …回収箱にてお客さまが送付（着払い）', input: base000, eligible: true, rule: 'loaner.collection' },
  // --- 001 ---
  { doc: D001, passage: '※ライトあんしんプラン、スタンダードあんしんプラン契約者が対象 (ライト1)', input: base001, eligible: true, rule: 'loaner.plan-included' },
  { doc: D001, passage: 'ライトあんしんプラン2 ○', input: with001({ contract: { planId: 'itss-light-anshin-2' } }), eligible: true, rule: 'loaner.plan-included' },
  { doc: D001, passage: 'スタンダードあんしんプラン1 ○', input: with001({ contract: { planId: 'itss-standard-anshin-1' } }), eligible: true, rule: 'loaner.plan-included' },
  { doc: D001, passage: 'スタンダードあんしんプラン2 ○', input: with001({ contract: { planId: 'itss-standard-anshin-2' } }), eligible: true, rule: 'loaner.plan-included' },
  {
    doc: D001,
    passage: '契約者が対象: a discontinued plan (プラン1 ライト) is not named',
    input: with001({ contract: { planId: 'itss-legacy-light-1' } }),
    eligible: false,
    rule: 'loaner.plan-not-included',
    interpretation: 'loaner-unlisted-plans',
  },
  {
    doc: D001,
    passage: 'IT機器故障時の代替機貸出し ○ ○ —*: the option adds nothing',
    input: with001({ contract: { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension' }] } }),
    eligible: true,
    rule: 'loaner.option-gives-no-loaner',
  },
  {
    doc: D001,
    passage: '— *2: options of スタンダード add nothing either',
    input: with001({ contract: { planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries' }] } }),
    eligible: true,
    rule: 'loaner.option-gives-no-loaner',
  },
  { doc: D001, passage: '機器故障の原因があった場合 (none found)', input: with001({ diagnosis: { channel: 'phone', deviceFailure: false } }), eligible: false, rule: 'loaner.no-device-failure' },
  { doc: D001, passage: 'パソコン (Windowsのみで、AC電源含む)', input: base001, eligible: true, rule: 'loaner.device-lendable', loaner: 'windows-pc' },
  { doc: D001, passage: 'タブレット (Androidのみで、AC電源含む)', input: with001({ request: req('tablet', 'android') }), eligible: true, rule: 'loaner.device-lendable', loaner: 'android-tablet' },
  { doc: D001, passage: 'ルーター (SOHO向けで、AC電源含む)', input: with001({ request: req('router') }), eligible: true, rule: 'loaner.device-lendable', loaner: 'soho-router' },
  { doc: D001, passage: 'HUB (AC電源含む)', input: with001({ request: req('hub') }), eligible: true, rule: 'loaner.device-lendable', loaner: 'hub' },
  { doc: D001, passage: '単体FAX電話機 (親機、子機各1台含む)', input: with001({ request: req('fax-phone') }), eligible: true, rule: 'loaner.device-lendable', loaner: 'fax-phone' },
  { doc: D001, passage: 'パソコン (Windowsのみ…): a Mac is not lendable', input: with001({ request: req('pc', 'macos') }), eligible: false, rule: 'loaner.device-not-lendable', loaner: null },
  { doc: D001, passage: 'タブレット (Androidのみ…): an iPad is not lendable', input: with001({ request: req('tablet', 'ipados') }), eligible: false, rule: 'loaner.device-not-lendable', loaner: null },
  {
    doc: D001,
    passage: 'Windowsのみ, option substituteAcrossOs: a Windows PC in place of a Mac',
    input: with001({ request: req('pc', 'macos'), substituteAcrossOs: true }),
    eligible: true,
    rule: 'loaner.device-substituted',
    loaner: 'windows-pc',
    interpretation: 'loaner-same-kind',
  },
  { doc: D001, passage: '同種別は、1台のみ貸出し可能 (例：パソコン2台 ×)', input: with001({ activeLoans: [{ deviceType: 'pc', os: 'windows' }] }), eligible: false, rule: 'loaner.per-type-limit-reached' },
  { doc: D001, passage: '別種別は、最大5機種まで貸出し可能 (例：パソコン・HUB ○)', input: with001({ activeLoans: [{ deviceType: 'hub' }] }), eligible: true, rule: 'loaner.distinct-types-ok' },
  {
    doc: D001,
    passage: '別種別は、最大5機種まで: the fifth type is still lent',
    input: with001({ activeLoans: [{ deviceType: 'tablet', os: 'android' }, { deviceType: 'router' }, { deviceType: 'hub' }, { deviceType: 'fax-phone' }] }),
    eligible: true,
    rule: 'loaner.distinct-types-ok',
  },
  { doc: D001, passage: '貸出し先は、契約者住所のみとし', input: with001({ deliveryAddress: { isContractorAddress: false } }), eligible: false, rule: 'loaner.delivery-not-contractor-address' },
  { doc: D001, passage: '貸出し先は、契約者住所のみとし (contractor address)', input: base001, eligible: true, rule: 'loaner.delivery-contractor-address' },
  { doc: D001, passage: '最大2週間 (001 states no 起算日)', input: base001, eligible: true, rule: 'loaner.period-start', interpretation: 'loaner-001-start-day' },
];

describe('checkLoaner: decision table (one row per rule, passage cited)', () => {
  it.each(rows)('$doc $passage → eligible $eligible ($rule)', (row) => {
    const v = checkLoaner(row.input);
    expect(v.eligible).toBe(row.eligible);
    const hit = v.reasons.find((r) => r.rule === row.rule);
    expect(hit, `no reason ${row.rule} in ${v.reasons.map((r) => r.rule).join(', ')}`).toBeDefined();
    expect(hit!.source?.document).toBe(row.doc);
    if (row.interpretation) expect(hit!.interpretation).toBe(row.interpretation);
    if (row.eligible) expect(v.blockedBy).toEqual([]);
    else expect(v.blockedBy).toEqual([row.rule]);
    if (row.loaner !== undefined) expect(v.loanerType?.id ?? null).toBe(row.loaner);
    expect(v.period === null).toBe(!row.eligible);
    expectSourced(v.reasons);
  });
});

describe('checkLoaner: what the answer carries', () => {
  it('000 ※5: the customer’s liability for a lost, damaged or unreturned loaner (or part) is noted', () => {
    const v = checkLoaner(base000);
    expect(textOf(v.liability?.source.passage)).toContain('電源等一部紛失も含む');
    expect(v.liability?.source.document).toBe(D000);
    // also when the loan is refused: the note is about the service
    expect(checkLoaner(with000({ request: req('pc', 'macos') })).liability).not.toBeNull();
  });
  it('001 states no liability clause: null, not invented', () => {
    expect(checkLoaner(base001).liability).toBeNull();
  });
  it('001 単体FAX電話機 comes with a base unit and one handset (親機、子機各1台含む)', () => {
    expect(checkLoaner(with001({ request: req('fax-phone') })).loanerType?.includes).toEqual(['親機1台', '子機1台']);
  });
  it('000 ※6: arrival day is day 1, last day arrival + 13; return date set at lending', () => {
    const p = checkLoaner(base000).period!;
    expect(p).toEqual({
      maxDays: 14,
      counting: 'arrival-day',
      arrivalDate: '2026-11-24',
      firstDay: '2026-11-24',
      lastDay: '2026-12-07',
      returnDate: null,
      returnDateRule: 'set-at-lending',
    });
  });
  it('民法 第138条・第143条 example: arrival Tuesday 4/1 → last day Monday 4/14', () => {
    expect(checkLoaner(with000({ request: { ...req('hub'), arrivalDate: '2025-04-01' } })).period?.lastDay).toBe('2025-04-14');
  });
  it('000 states its 起算日, so the option for unstated starts changes nothing', () => {
    const p = checkLoaner(with000({ unstatedPeriodStart: 'day-after-arrival' })).period!;
    expect(p.counting).toBe('arrival-day');
    expect(p.lastDay).toBe('2026-12-07');
  });
  it('001 default (interpretation loaner-001-start-day) and the 民法第140条 alternative', () => {
    expect(checkLoaner(base001).period).toMatchObject({ counting: 'arrival-day', firstDay: '2026-11-24', lastDay: '2026-12-07', returnDateRule: 'not-stated' });
    expect(checkLoaner(with001({ unstatedPeriodStart: 'day-after-arrival' })).period).toMatchObject({
      counting: 'day-after-arrival',
      firstDay: '2026-11-25',
      lastDay: '2026-12-08',
    });
  });
  it('a return date inside the period is kept; the first and last days are allowed', () => {
    expect(checkLoaner(with000({ request: { ...req('hub'), returnDate: '2026-12-07' } })).period?.returnDate).toBe('2026-12-07');
    expect(checkLoaner(with000({ request: { ...req('hub'), returnDate: '2026-11-24' } })).period?.returnDate).toBe('2026-11-24');
  });
  it('without an arrival date the period gives its length and no dates', () => {
    const v = checkLoaner(with000({ request: { deviceType: 'hub' } }));
    expect(v.period).toMatchObject({ maxDays: 14, arrivalDate: null, firstDay: null, lastDay: null });
  });
  it('every failing rule is listed, not only the first', () => {
    const v = checkLoaner(
      with001({
        contract: { planId: 'itss-legacy-standard-1' },
        request: req('pc', 'macos'),
        diagnosis: { channel: 'phone', deviceFailure: false },
        deliveryAddress: { isContractorAddress: false },
      }),
    );
    expect(v.blockedBy).toEqual(['loaner.plan-not-included', 'loaner.no-device-failure', 'loaner.device-not-lendable', 'loaner.delivery-not-contractor-address']);
  });
  it('a user catalog drives the rules: with a sixth loaner type, 001’s limit of five types binds', () => {
    const catalog = editedCatalog((docs) => {
      const doc = docs.find((d) => d.document.id === 'it-support-security')!;
      doc.loaner.deviceTypes.push({ id: 'printer', name: 'プリンタ', deviceType: 'printer', os: null, includes: [], source: doc.loaner.perTypeLimit.source });
    });
    const five = [{ deviceType: 'tablet', os: 'android' }, { deviceType: 'router' }, { deviceType: 'hub' }, { deviceType: 'fax-phone' }, { deviceType: 'printer' }];
    const v = checkLoaner({ ...base001, activeLoans: five, catalog });
    expect(v.eligible).toBe(false);
    expect(v.blockedBy).toEqual(['loaner.distinct-types-limit-reached']);
    expect(textOf(v.reasons.find((r) => r.rule === 'loaner.distinct-types-limit-reached')?.source?.passage)).toContain('最大5機種まで');
    // the same five under the bundled catalog cannot be expressed: printer is not a loaner type there
    expect(thrown(() => checkLoaner({ ...base001, activeLoans: five })).path).toEqual(['activeLoans', 4, 'deviceType']);
  });
  it('a user catalog can change the period length (rules are data)', () => {
    const catalog = editedCatalog((docs) => {
      docs.find((d) => d.document.id === 'office-anshin-support')!.loaner.period.maxLength = { amount: 10, unit: 'day' };
    });
    expect(checkLoaner({ ...base000, catalog }).period?.lastDay).toBe('2026-12-03');
  });
  it('does not mutate its input', () => {
    const input = deepFreeze(structuredClone(with001({ activeLoans: [{ deviceType: 'hub' }], contract: { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension' }] } })));
    const before = JSON.stringify(input);
    checkLoaner(input);
    expect(JSON.stringify(input)).toBe(before);
  });
  it('the result is plain JSON', () => {
    const v = checkLoaner(base000);
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });
});

describe('checkLoaner: bad input is a typed error naming the field', () => {
  const cases: Array<[string, () => unknown, string, Array<string | number>]> = [
    ['unknown device type', () => checkLoaner(with000({ request: req('printer') })), 'invalid_input', ['request', 'deviceType']],
    ['unknown OS', () => checkLoaner(with000({ request: req('pc', 'linux') })), 'invalid_input', ['request', 'os']],
    ['OS with the wrong case', () => checkLoaner(with000({ request: req('pc', 'Windows') })), 'invalid_input', ['request', 'os']],
    ['PC without an OS', () => checkLoaner(with000({ request: req('pc') })), 'invalid_input', ['request', 'os']],
    ['router with an OS', () => checkLoaner(with000({ request: req('router', 'windows') })), 'invalid_input', ['request', 'os']],
    ['arrival date not a date', () => checkLoaner(with000({ request: { ...req('hub'), arrivalDate: '2026-02-30' } })), 'invalid_input', ['request', 'arrivalDate']],
    ['arrival date as words', () => checkLoaner(with000({ request: { ...req('hub'), arrivalDate: 'tomorrow' } })), 'invalid_input', ['request', 'arrivalDate']],
    ['arrival date as a date-time', () => checkLoaner(with000({ request: { ...req('hub'), arrivalDate: '2026-11-24T10:00' } })), 'invalid_input', ['request', 'arrivalDate']],
    ['return date after the last day', () => checkLoaner(with000({ request: { ...req('hub'), returnDate: '2026-12-08' } })), 'out_of_range', ['request', 'returnDate']],
    ['return date before arrival', () => checkLoaner(with000({ request: { ...req('hub'), returnDate: '2026-11-23' } })), 'out_of_range', ['request', 'returnDate']],
    ['return date without arrival', () => checkLoaner(with000({ request: { deviceType: 'hub', returnDate: '2026-11-30' } })), 'conflict', ['request', 'returnDate']],
    ['unknown channel', () => checkLoaner(with000({ diagnosis: { channel: 'email', deviceFailure: true } })), 'invalid_input', ['diagnosis', 'channel']],
    ['deviceFailure not a boolean', () => checkLoaner(with000({ diagnosis: { channel: 'phone', deviceFailure: 'yes' as never } })), 'invalid_input', ['diagnosis', 'deviceFailure']],
    ['activeLoans missing', () => checkLoaner(with000({ activeLoans: undefined as never })), 'invalid_input', ['activeLoans']],
    ['active loan of a Mac (never lent)', () => checkLoaner(with000({ activeLoans: [{ deviceType: 'pc', os: 'macos' }] })), 'conflict', ['activeLoans', 0]],
    ['active loan of an unknown type', () => checkLoaner(with000({ activeLoans: [{ deviceType: 'hub' }, { deviceType: 'toaster' }] })), 'invalid_input', ['activeLoans', 1, 'deviceType']],
    ['deliveryAddress missing', () => checkLoaner(with000({ deliveryAddress: undefined as never })), 'invalid_input', ['deliveryAddress']],
    ['deliveryAddress flag missing', () => checkLoaner(with000({ deliveryAddress: {} as never })), 'invalid_input', ['deliveryAddress', 'isContractorAddress']],
    ['unknown plan', () => checkLoaner(with000({ contract: { planId: 'oas-plan-z' } })), 'not_found', ['contract', 'planId']],
    ['plan whose document has no loaners (003)', () => checkLoaner(with000({ contract: { planId: 'ucom-remote-support' } })), 'not_found', ['contract', 'planId']],
    [
      'option of another plan',
      () => checkLoaner(with001({ contract: { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries' }] } })),
      'conflict',
      ['contract', 'options', 0, 'optionId'],
    ],
    ['unknown option value', () => checkLoaner(with001({ unstatedPeriodStart: 'whenever' as never })), 'invalid_input', ['unstatedPeriodStart']],
    ['request missing', () => checkLoaner(with000({ request: undefined as never })), 'invalid_input', ['request']],
    ['input not an object', () => checkLoaner(null as never), 'invalid_input', []],
  ];
  it.each(cases)('%s', (_name, fn, code, path) => {
    const e = thrown(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
  it('an unknown device type lists the known ones', () => {
    const e = thrown(() => checkLoaner(with000({ request: req('printer') })));
    expect(e.details.known).toEqual(['pc', 'tablet', 'router', 'hub', 'fax-phone']);
  });
});
