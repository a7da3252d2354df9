/**
 * decideSendback: 004 ウルトラセンドバックオプション, one row per rule of 駆けつけ交換サービスの制限
 * and the 申し込み paragraph, each citing its passage; sendbackInformation: 004's two tables.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { decideSendback, sendbackInformation, type DecideSendbackInput, type SendbackOutcome } from '../../src/index.js';
import { D004, deepFreeze, editedCatalog, expectSourced, thrown } from './helpers.js';
import { textOf } from '../helpers/passage.js';

const base: DecideSendbackInput = {
  adapter: { planId: 'iij-mpc-management-entry', acquisition: 'rental' },
  failure: { cause: 'natural-failure' },
  site: { atDeclaredSite: true, island: false },
};
const withFailure = (f: Partial<DecideSendbackInput['failure']>): DecideSendbackInput => ({ ...base, failure: { ...base.failure, ...f } });
const withSite = (s: Partial<DecideSendbackInput['site']>): DecideSendbackInput => ({ ...base, site: { ...base.site, ...s } });

type Row = {
  passage: string;
  input: DecideSendbackInput;
  outcome: SendbackOutcome;
  attachable: boolean;
  mayBeRefused: boolean | null;
  charged: boolean;
  rule: string;
  interpretation?: string;
};

const rows: Row[] = [
  { passage: 'サービスアダプタの自然故障に対して駆けつけ交換を実施します。', input: base, outcome: 'onsite-replacement', attachable: true, mayBeRefused: false, charged: false, rule: 'sendback.cause-onsite' },
  {
    passage: 'お客様瑕疵による破損の場合には標準のセンドバック交換となります。 (過失または不注意)',
    input: withFailure({ cause: 'customer-negligence' }),
    outcome: 'standard-sendback',
    attachable: true,
    mayBeRefused: false,
    charged: true,
    rule: 'sendback.cause-standard',
  },
  {
    passage: 'お客様の改造等により生じた機器の損傷 → 実費請求',
    input: withFailure({ cause: 'customer-modification' }),
    outcome: 'standard-sendback',
    attachable: true,
    mayBeRefused: false,
    charged: true,
    rule: 'sendback.customer-charged',
  },
  {
    passage: '事故・災害・天災による機器の損傷 is not a 自然故障',
    input: withFailure({ cause: 'accident-or-disaster' }),
    outcome: 'standard-sendback',
    attachable: true,
    mayBeRefused: false,
    charged: true,
    rule: 'sendback.cause-standard',
    interpretation: 'sendback-non-natural-damage',
  },
  {
    passage: '災害や天災によって設置場所を含む地域が立ち入り困難となった場合 … 標準のセンドバック交換',
    input: withFailure({ areaInaccessible: true }),
    outcome: 'standard-sendback',
    attachable: true,
    mayBeRefused: false,
    charged: false,
    rule: 'sendback.area-inaccessible',
    interpretation: 'sendback-disaster',
  },
  {
    passage: 'サービスアダプタの被害件数が著しく多い場合 … 標準のセンドバック交換',
    input: withFailure({ manyAdaptersDamaged: true }),
    outcome: 'standard-sendback',
    attachable: true,
    mayBeRefused: false,
    charged: false,
    rule: 'sendback.many-adapters-damaged',
  },
  {
    passage: '無人…の場所への駆け付けは実施できません。',
    input: withSite({ unattended: true }),
    outcome: 'no-onsite-visit',
    attachable: true,
    mayBeRefused: false,
    charged: false,
    rule: 'sendback.unattended-site',
    interpretation: 'sendback-no-visit',
  },
  {
    passage: '立ち入りが制限される場所への駆け付けは実施できません。',
    input: withSite({ restrictedAccess: true }),
    outcome: 'no-onsite-visit',
    attachable: true,
    mayBeRefused: false,
    charged: false,
    rule: 'sendback.restricted-site',
  },
  {
    passage: '契約時にご申告いただいた機器設置場所と異なる場所への駆けつけ交換は実施できません。',
    input: withSite({ atDeclaredSite: false }),
    outcome: 'no-onsite-visit',
    attachable: true,
    mayBeRefused: false,
    charged: false,
    rule: 'sendback.undeclared-site',
  },
  {
    passage: '設置場所が離島の場合はお申し込みをお断りする場合があります。',
    input: withSite({ island: true }),
    outcome: 'onsite-replacement',
    attachable: true,
    mayBeRefused: true,
    charged: false,
    rule: 'sendback.island-may-refuse',
  },
  {
    passage: '離島 (not given: unknown, null)',
    input: { ...base, site: { atDeclaredSite: true } },
    outcome: 'onsite-replacement',
    attachable: true,
    mayBeRefused: null,
    charged: false,
    rule: 'sendback.island-unknown',
  },
  {
    passage: '販売代理店から購入されたサービスアダプタには本オプションを付加できません。',
    input: { ...base, adapter: { planId: 'iij-mpc-management-entry', acquisition: 'dealer-purchase' } },
    outcome: 'standard-sendback',
    attachable: false,
    mayBeRefused: false,
    charged: false,
    rule: 'sendback.acquisition-excluded',
  },
  {
    passage: 'サービスアダプタを持ち込む場合 (not from a dealer)',
    input: { ...base, adapter: { planId: 'iij-mpc-management-entry', acquisition: 'brought-in-other' } },
    outcome: 'onsite-replacement',
    attachable: true,
    mayBeRefused: false,
    charged: false,
    rule: 'sendback.acquisition-ok',
    interpretation: 'sendback-brought-in',
  },
  {
    passage: '「エントリ」品目に割り当てられた…サービスアダプタに付加することができ',
    input: base,
    outcome: 'onsite-replacement',
    attachable: true,
    mayBeRefused: false,
    charged: false,
    rule: 'sendback.contract-item-ok',
  },
  {
    passage: 'お客様瑕疵 wins over an unattended site: standard sendback, not "no visit"',
    input: { ...base, failure: { cause: 'customer-negligence' }, site: { atDeclaredSite: true, unattended: true, island: false } },
    outcome: 'standard-sendback',
    attachable: true,
    mayBeRefused: false,
    charged: true,
    rule: 'sendback.unattended-site',
  },
  {
    passage: '立ち入り困難 wins over an undeclared site: standard sendback',
    input: { ...base, failure: { cause: 'natural-failure', areaInaccessible: true }, site: { atDeclaredSite: false, island: false } },
    outcome: 'standard-sendback',
    attachable: true,
    mayBeRefused: false,
    charged: false,
    rule: 'sendback.undeclared-site',
  },
];

describe('decideSendback: decision table (one row per rule, passage cited)', () => {
  it.each(rows)('004 $passage → $outcome', (row) => {
    const d = decideSendback(row.input);
    expect(d.outcome).toBe(row.outcome);
    expect(d.attachable).toBe(row.attachable);
    expect(d.applicationMayBeRefused).toBe(row.mayBeRefused);
    expect(d.customerCharged).toBe(row.charged);
    const hit = d.reasons.find((r) => r.rule === row.rule);
    expect(hit, `no ${row.rule} in ${d.reasons.map((r) => r.rule).join(', ')}`).toBeDefined();
    expect(hit!.source?.document).toBe(D004);
    if (row.interpretation) expect(hit!.interpretation).toBe(row.interpretation);
    expectSourced(d.reasons);
  });

  it('on-site replacement carries its caveats (立会, 正常性確認, 目標時間); other outcomes do not', () => {
    const onsite = decideSendback(base);
    expect(onsite.notes.map((n) => n.id)).toEqual(['attendance-required', 'network-check-by-customer', 'target-time-not-guaranteed']);
    expect(textOf(onsite.notes[2]!.source.passage)).toBe('交通事情等により目標時間内に駆けつけられない場合があります。');
    expect(decideSendback(withFailure({ cause: 'customer-negligence' })).notes).toEqual([]);
  });
  it('the customer charge cites 管理責任 (相当額をお客様へ実費請求)', () => {
    const d = decideSendback(withFailure({ cause: 'customer-negligence' }));
    expect(textOf(d.reasons.find((r) => r.rule === 'sendback.customer-charged')?.source?.passage)).toContain('実費請求');
  });
  it('a contract item the option does not apply to: not attachable (user catalog with a second item)', () => {
    const catalog = editedCatalog((docs) => {
      const doc = docs.find((d) => d.document.id === 'iij-mpc-ultra-sendback')!;
      doc.plans.push({ ...doc.plans[0], id: 'iij-mpc-management-other', name: 'その他品目' });
    });
    const d = decideSendback({ ...base, adapter: { planId: 'iij-mpc-management-other', acquisition: 'rental' }, catalog });
    expect(d.attachable).toBe(false);
    expect(d.outcome).toBe('standard-sendback');
    expect(d.reasons.map((r) => r.rule)).toContain('sendback.contract-item-not-eligible');
  });
  it('does not mutate its input', () => {
    const input = deepFreeze(structuredClone(withSite({ unattended: true })));
    const before = JSON.stringify(input);
    decideSendback(input);
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('decideSendback: the island flag from classifyArea (site address or municipality code)', () => {
  const at = (site: Record<string, unknown>) => decideSendback({ ...base, site: { atDeclaredSite: true, on: '2026-11-24', ...site } as DecideSendbackInput['site'] });
  it('八丈町 (a designated remote island): the application may be refused', () => {
    const d = at({ address: '東京都八丈町' });
    expect(d.applicationMayBeRefused).toBe(true);
    expect(textOf(d.reasons.find((r) => r.rule === 'sendback.area-island')?.source?.passage)).toBe('設置場所が離島の場合はお申し込みをお断りする場合があります。未対応地域は弊社営業担当へお問い合わせください。');
    expect(d.outcome).toBe('onsite-replacement');
  });
  it('佐渡市 by municipality code (152242): an island', () => {
    expect(at({ municipalityCode: '152242' }).applicationMayBeRefused).toBe(true);
  });
  it('千代田区: not an island; 江の島 (a tied island, not 離島 under the area module’s reading): not refused', () => {
    expect(at({ address: '東京都千代田区丸の内1-1' }).applicationMayBeRefused).toBe(false);
    expect(at({ address: '神奈川県藤沢市江の島1丁目' }).applicationMayBeRefused).toBe(false);
  });
  it('the caller’s flag wins over the look-up', () => {
    expect(at({ address: '東京都八丈町', island: false }).applicationMayBeRefused).toBe(false);
  });
  it('a municipality with a 帰還困難区域 is noted (the caller decides restrictedAccess)', () => {
    const d = decideSendback({ ...base, site: { atDeclaredSite: true, municipalityCode: '075469', on: '2022-09-01' } });
    expect(d.reasons.map((r) => r.rule)).toContain('sendback.area-return-difficult-zone');
    expect(d.outcome).toBe('onsite-replacement');
    expectSourced(d.reasons);
  });
  it('bad site look-ups are typed errors under site', () => {
    expect(thrown(() => at({ address: '東京都八丈町', on: undefined })).path).toEqual(['site', 'on']);
    const e = thrown(() => at({ municipalityCode: '999999' }));
    expect(e.path[0]).toBe('site');
    expect(thrown(() => decideSendback({ ...base, site: { atDeclaredSite: true, district: '三崎町城ケ島' } as never })).path).toEqual(['site', 'district']);
  });
});

describe('sendbackInformation: 004 お客様から提供いただく情報 / お客様へ提供する情報', () => {
  it('rental: contact, site name, delivery address, and the installation site for the option', () => {
    const t = sendbackInformation({ planId: 'iij-mpc-management-entry', acquisition: 'rental' });
    expect(t.customerProvides.map((r) => r.item)).toEqual(['運用管理担当者の情報', '拠点名', '機器送付先住所', '機器設置場所の情報']);
  });
  it('brought in: the adapter model and serial number instead of a delivery address', () => {
    const t = sendbackInformation({ planId: 'iij-mpc-management-entry', acquisition: 'brought-in-other' });
    expect(t.customerProvides.map((r) => r.id)).toEqual(['operations-manager', 'site-name', 'adapter-information', 'installation-site']);
    expect(t.customerProvides[2]!.description).toBe('管理対象とするサービスアダプタのモデル-シリアル番号');
  });
  it('without the option, no installation site; without an acquisition, every row', () => {
    expect(sendbackInformation({ planId: 'iij-mpc-management-entry', acquisition: 'rental', withOption: false }).customerProvides.map((r) => r.id)).not.toContain(
      'installation-site',
    );
    expect(sendbackInformation({ planId: 'iij-mpc-management-entry' }).customerProvides).toHaveLength(5);
  });
  it('the customer receives マスターID, カスタマーコード, サービスコード', () => {
    const t = sendbackInformation({ planId: 'iij-mpc-management-entry' });
    expect(t.customerReceives.map((r) => [r.item, r.description])).toEqual([
      ['マスターID', 'お客様専用のWebサイト「IIJサービスオンライン」にログインする際に必要なアカウント'],
      ['カスタマーコード', 'お客様を識別するコード'],
      ['サービスコード', 'サービス契約を識別するコード。サポート対応時に対象サービスの特定に用いる'],
    ]);
  });
  it('bad input', () => {
    expect(thrown(() => sendbackInformation({ planId: 'iij-mpc-management-entry', acquisition: 'gift' })).path).toEqual(['acquisition']);
    expect(thrown(() => sendbackInformation({ planId: 'oas-plan-a' })).path).toEqual(['planId']);
  });
});

describe('decideSendback: bad input is a typed error naming the field', () => {
  const cases: Array<[string, () => unknown, string, Array<string | number>]> = [
    ['unknown acquisition', () => decideSendback({ ...base, adapter: { planId: 'iij-mpc-management-entry', acquisition: 'stolen' } }), 'invalid_input', ['adapter', 'acquisition']],
    ['unknown cause', () => decideSendback(withFailure({ cause: 'gremlins' })), 'invalid_input', ['failure', 'cause']],
    ['flag not a boolean', () => decideSendback(withFailure({ areaInaccessible: 'yes' as never })), 'invalid_input', ['failure', 'areaInaccessible']],
    ['declared-site flag missing', () => decideSendback({ ...base, site: {} as never }), 'invalid_input', ['site', 'atDeclaredSite']],
    ['island not a boolean', () => decideSendback(withSite({ island: 'maybe' as never })), 'invalid_input', ['site', 'island']],
    ['plan of another document', () => decideSendback({ ...base, adapter: { planId: 'oas-plan-a', acquisition: 'rental' } }), 'not_found', ['adapter', 'planId']],
    ['unknown plan', () => decideSendback({ ...base, adapter: { planId: 'iij-nope', acquisition: 'rental' } }), 'not_found', ['adapter', 'planId']],
    ['failure missing', () => decideSendback({ ...base, failure: undefined as never }), 'invalid_input', ['failure']],
    ['input not an object', () => decideSendback('x' as never), 'invalid_input', []],
  ];
  it.each(cases)('%s', (_name, fn, code, path) => {
    const e = thrown(fn);
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });
});
