/**
 * IT management: which plans include it, the device limits, the OSes the tool installs on, the feature table.
 * 001 「IT運用管理 ライトあんしんプラン限定 〔IT運用管理ツール〕」「●IT運用管理 ※スタンダードあんしんプランは対象外」
 *     「IT運用管理ツールインストール台数 ~3台 ~5台」「OS Windows、Mac*、Android、iOS、iPadOS」「*IT運用管理ツールはMacOS対象外です」
 *     機能 × 対応OS (iOS / Android / Windows) table.
 * 000 「プラン名 (IT運用管理ツールライセンス数) プラン A (～3台) プラン B (～5台)」
 *     ※3 「IT運用管理ツールはWindowsを搭載したパソコン・タブレット端末、Android・iOSを搭載したスマートフォン・タブレット端末にインストールすることができます。」
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { checkDeviceLicences, itManagementFeatures, type ItFeatureStatus } from '../../src/scope/index.js';
import { textOf } from '../helpers/passage.js';

const D000 = '000_34f9cbb9e8f7f627.txt';
const D001 = '001_1058c0f8b62eb4e2.txt';

describe('001 feature table: one test per cell (「機能 内容 対応OS iOS Android Windows」)', () => {
  // [feature id, name, os, status, restriction, row as written]
  const cells: Array<[string, string, 'ios' | 'android' | 'windows', ItFeatureStatus, string | null, string]> = [
    ['remote-lock', 'リモートロック', 'ios', 'supported', null, 'リモートロック 端末紛失時の遠隔での端末ロック ○ ○ ○'],
    ['remote-lock', 'リモートロック', 'android', 'supported', null, 'リモートロック 端末紛失時の遠隔での端末ロック ○ ○ ○'],
    ['remote-lock', 'リモートロック', 'windows', 'supported', null, 'リモートロック 端末紛失時の遠隔での端末ロック ○ ○ ○'],
    ['remote-wipe', 'リモートワイプ', 'ios', 'supported', null, 'リモートワイプ 端末紛失時の遠隔での端末の初期化 ○ ○ ○'],
    ['remote-wipe', 'リモートワイプ', 'android', 'supported', null, 'リモートワイプ 端末紛失時の遠隔での端末の初期化 ○ ○ ○'],
    ['remote-wipe', 'リモートワイプ', 'windows', 'supported', null, 'リモートワイプ 端末紛失時の遠隔での端末の初期化 ○ ○ ○'],
    ['external-storage-control', '外部記憶制御', 'ios', 'not-supported', null, '外部記憶制御 SDカード、USBデバイスおよびCD / DVD / ブルーレイの利用禁止'],
    ['external-storage-control', '外部記憶制御', 'android', 'partial', 'SDカードのみ', '外部記憶制御 SDカード、USBデバイスおよびCD / DVD / ブルーレイの利用禁止'],
    ['external-storage-control', '外部記憶制御', 'windows', 'supported', null, '外部記憶制御 SDカード、USBデバイスおよびCD / DVD / ブルーレイの利用禁止'],
    ['device-control', 'デバイス制御', 'ios', 'supported', null, 'デバイス制御 カメラやBluetoothの有効 / 無効を遠隔で設定 ○ ○'],
    ['device-control', 'デバイス制御', 'android', 'supported', null, 'デバイス制御 カメラやBluetoothの有効 / 無効を遠隔で設定 ○ ○'],
    ['device-control', 'デバイス制御', 'windows', 'not-supported', null, 'デバイス制御 カメラやBluetoothの有効 / 無効を遠隔で設定 ○ ○'],
  ];
  it.each(cells)('%s (%s) on %s: %s %s — 「%s」', (featureId, name, os, status, restriction, row) => {
    for (const planId of ['itss-light-anshin-1', 'itss-light-anshin-2']) {
      for (const feature of [featureId, name]) {
        const r = itManagementFeatures({ planId, os, feature });
        expect(r).toMatchObject({ ok: true, verdict: 'included' });
        expect(r.features).toHaveLength(1);
        expect(r.features[0]).toMatchObject({ featureId, feature: name, os, column: os, status, restriction });
        expect(r.features[0]!.source).toMatchObject({ document: D001 });
        expect(textOf(r.features[0]!.source.passage)).toContain(row);
        if (status === 'not-supported') expect(r.features[0]!.interpretation).toBe('scope-blank-cell');
      }
    }
  });
  it('without os: every cell of the table, 4 features × 3 columns', () => {
    const r = itManagementFeatures({ planId: 'itss-light-anshin-1' });
    expect(r.features.map((c) => `${c.featureId}/${c.os}:${c.status}`)).toEqual(cells.map(([f, , os, status]) => `${f}/${os}:${status}`));
  });
  it("blank cells are 'not-stated' with option blankCells", () => {
    const r = itManagementFeatures({ planId: 'itss-light-anshin-1', blankCells: 'not-stated' });
    expect(r.features.filter((c) => c.status === 'not-stated').map((c) => `${c.featureId}/${c.os}`)).toEqual(['external-storage-control/ios', 'device-control/windows']);
    expect(r.features.some((c) => c.status === 'not-supported')).toBe(false);
  });
  it('iPadOS is read under the iOS column (interpretation scope-ipados-as-ios)', () => {
    const r = itManagementFeatures({ planId: 'itss-light-anshin-2', os: 'iPadOS' });
    expect(r.verdict).toBe('included');
    expect(r.features.map((c) => [c.featureId, c.os, c.column, c.status])).toEqual([
      ['remote-lock', 'ipados', 'ios', 'supported'],
      ['remote-wipe', 'ipados', 'ios', 'supported'],
      ['external-storage-control', 'ipados', 'ios', 'not-supported'],
      ['device-control', 'ipados', 'ios', 'supported'],
    ]);
    expect(r.reasons.find((x) => x.rule === 'scope.it.column-equivalent')!.interpretation).toBe('scope-ipados-as-ios');
  });
  it("iPadOS with osEquivalents: 'ignore': the tool installs on it (「iPadOS」) but the table does not say", () => {
    const r = itManagementFeatures({ planId: 'itss-light-anshin-2', os: 'ipados', osEquivalents: 'ignore' });
    expect(r.verdict).toBe('included');
    expect(r.features.every((c) => c.status === 'not-stated' && c.column === null)).toBe(true);
  });
  it('Mac: the tool does not install on it (「*IT運用管理ツールはMacOS対象外です」)', () => {
    for (const os of ['Mac', 'MacOS', 'macOS', 'macos']) {
      const r = itManagementFeatures({ planId: 'itss-light-anshin-1', os });
      expect(r).toMatchObject({ ok: false, verdict: 'os-not-supported' });
      expect(r.features.every((c) => c.status === 'not-supported')).toBe(true);
      expect(textOf(r.reasons.find((x) => x.rule === 'scope.tool.os-excluded')!.source!.passage)).toContain('*IT運用管理ツールはMacOS対象外です');
    }
  });
});

describe('which plans include IT management', () => {
  it.each([
    ['itss-light-anshin-1', 'included', 3, '~3台'],
    ['itss-light-anshin-2', 'included', 5, '~5台'],
    ['oas-plan-a', 'included', 3, 'プラン A (～3台)'],
    ['oas-plan-b', 'included', 5, 'プラン B (～5台)'],
  ] as const)('%s: %s, up to %i devices (「%s」)', (planId, verdict, limit, asWritten) => {
    const r = itManagementFeatures({ planId });
    expect(r).toMatchObject({ verdict, deviceLimit: limit, toolId: 'it-management-tool' });
    expect(r.reasons[0]!.message).toContain(asWritten);
  });
  it.each(['itss-standard-anshin-1', 'itss-standard-anshin-2'])('%s: not included (「※スタンダードあんしんプランは対象外」)', (planId) => {
    const r = itManagementFeatures({ planId, os: 'Windows' });
    expect(r).toMatchObject({ ok: false, verdict: 'not-included', deviceLimit: null, features: [] });
    expect(r.reasons[0]).toMatchObject({ rule: 'scope.it.excluded', source: { document: D001, passage: '●IT運用管理 ※スタンダードあんしんプランは対象外' } });
  });
  const legacy = catalog.plans.filter((p) => p.id.startsWith('itss-legacy-')).map((p) => p.id);
  it.each(legacy)('%s (discontinued): not included, read from 「ライトあんしんプラン限定」 (interpretation scope-it-management-only-listed)', (planId) => {
    const r = itManagementFeatures({ planId });
    expect(r.verdict).toBe('not-included');
    expect(r.reasons[0]).toMatchObject({ rule: 'scope.it.only-listed-plans', interpretation: 'scope-it-management-only-listed' });
    expect(textOf(r.reasons[0]!.source!.passage)).toContain('ライトあんしんプラン限定');
    expect(itManagementFeatures({ planId, unlistedPlans: 'not-stated' }).verdict).toBe('not-stated');
  });
  it.each(['ucom-remote-support', 'helpdesk-support', 'iij-mpc-management-entry'])('%s: the document describes no IT management', (planId) => {
    const r = itManagementFeatures({ planId });
    expect(r).toMatchObject({ ok: false, verdict: 'not-included', toolId: null });
    expect(r.reasons[0]!.rule).toBe('scope.it.not-offered');
  });
  it('000 gives no feature table: included, no features', () => {
    const r = itManagementFeatures({ planId: 'oas-plan-a', os: 'Windows' });
    expect(r).toMatchObject({ ok: true, verdict: 'included', features: [] });
    expect(r.reasons.some((x) => x.rule === 'scope.it.no-feature-table')).toBe(true);
  });
});

describe('checkDeviceLicences: the limits, exactly and one over', () => {
  it.each([
    ['itss-light-anshin-1', 3, D001, 'IT運用管理ツールインストール台数 ~3台 ~5台'],
    ['itss-light-anshin-2', 5, D001, 'IT運用管理ツールインストール台数 ~3台 ~5台'],
    ['oas-plan-a', 3, D000, 'プラン A (～3台) プラン B (～5台)'],
    ['oas-plan-b', 5, D000, 'プラン A (～3台) プラン B (～5台)'],
  ] as const)('%s: %i devices are within the limit, one more is over (%s 「%s」)', (planId, limit, doc, passage) => {
    const at = checkDeviceLicences({ planId, deviceCount: limit });
    expect(at).toMatchObject({ ok: true, verdict: 'within-limit', deviceLimit: limit, deviceCount: limit, devicesVerdict: null });
    const why = at.reasons.find((x) => x.rule === 'scope.it.within-limit')!;
    expect(why.source).toMatchObject({ document: doc });
    expect(textOf(why.source!.passage)).toContain(passage);
    const over = checkDeviceLicences({ planId, deviceCount: limit + 1 });
    expect(over).toMatchObject({ ok: false, verdict: 'over-limit', deviceLimit: limit });
    expect(checkDeviceLicences({ planId, deviceCount: 0 }).verdict).toBe('within-limit');
    expect(checkDeviceLicences({ planId, deviceCount: 1 }).verdict).toBe('within-limit');
  });
  it('options do not change the limit (「オプションメニュー契約による、…IT運用管理ツールインストール台数の変更はありません。」)', () => {
    const r = checkDeviceLicences({ planId: 'itss-light-anshin-1', deviceCount: 4, optionIds: ['itss-light-time-extension'] });
    expect(r.verdict).toBe('over-limit');
    expect(textOf(r.reasons.find((x) => x.rule === 'scope.it.options-do-not-change-limit')!.source!.passage)).toContain('IT運用管理ツールインストール台数の変更はありません');
  });
  it.each(['itss-standard-anshin-1', 'itss-standard-anshin-2', 'itss-legacy-light-4', 'ucom-remote-support'])('%s: not included, whatever the count', (planId) => {
    expect(checkDeviceLicences({ planId, deviceCount: 1 })).toMatchObject({ ok: false, verdict: 'not-included', deviceLimit: null });
  });
});

describe('checkDeviceLicences: the OSes the tool installs on', () => {
  it.each([
    // 001 「OS Windows、Mac*、Android、iOS、iPadOS」「*IT運用管理ツールはMacOS対象外です」
    ['itss-light-anshin-2', 'Windows', undefined, 'supported'],
    ['itss-light-anshin-2', 'Android', undefined, 'supported'],
    ['itss-light-anshin-2', 'iOS', undefined, 'supported'],
    ['itss-light-anshin-2', 'iPadOS', undefined, 'supported'],
    ['itss-light-anshin-2', 'Mac', undefined, 'not-supported'],
    ['itss-light-anshin-2', 'Windows', 'パソコン', 'supported'],
    ['itss-light-anshin-2', 'Android', 'スマートフォン', 'supported'],
    ['itss-light-anshin-2', 'iPadOS', 'タブレット', 'supported'],
    // 000 ※3: Windows on パソコン・タブレット; Android and iOS on スマートフォン・タブレット
    ['oas-plan-b', 'Windows', 'pc', 'supported'],
    ['oas-plan-b', 'Windows', 'tablet', 'supported'],
    ['oas-plan-b', 'Windows', 'smartphone', 'not-supported'],
    ['oas-plan-b', 'Android', 'smartphone', 'supported'],
    ['oas-plan-b', 'Android', 'tablet', 'supported'],
    ['oas-plan-b', 'Android', 'pc', 'not-supported'],
    ['oas-plan-b', 'iOS', 'smartphone', 'supported'],
    ['oas-plan-b', 'iOS', 'タブレット端末', 'supported'],
    ['oas-plan-b', 'iOS', 'pc', 'not-supported'],
    ['oas-plan-b', 'iPadOS', 'tablet', 'supported'],
    ['oas-plan-b', 'MacOS', 'pc', 'not-supported'],
    ['oas-plan-b', 'Windows', undefined, 'conditional'],
    ['oas-plan-b', 'iOS', undefined, 'conditional'],
  ] as const)('%s: %s on %s → %s', (planId, os, deviceType, verdict) => {
    const device = deviceType === undefined ? { os } : { os, deviceType };
    const r = checkDeviceLicences({ planId, devices: [device] });
    expect(r.devices[0]!.verdict).toBe(verdict);
    expect(r.devicesVerdict).toBe(verdict);
    expect(r.ok).toBe(verdict === 'supported');
    const doc = planId.startsWith('oas') ? D000 : D001;
    for (const x of r.devices[0]!.reasons) if (x.source) expect(x.source.document).toBe(doc);
  });
  it("iPadOS on 000 with osEquivalents: 'ignore' is not supported (000 names iOS only)", () => {
    expect(checkDeviceLicences({ planId: 'oas-plan-a', devices: [{ os: 'iPadOS', deviceType: 'tablet' }], osEquivalents: 'ignore' }).devicesVerdict).toBe('not-supported');
  });
  it('every listed device counts toward the limit, and both failures are reported', () => {
    const r = checkDeviceLicences({
      planId: 'itss-light-anshin-1',
      devices: [{ os: 'Windows', label: 'PC-1' }, { os: 'Windows' }, { os: 'Android' }, { os: 'Mac', label: 'MacBook' }],
    });
    expect(r).toMatchObject({ ok: false, verdict: 'over-limit', deviceCount: 4, devicesVerdict: 'not-supported' });
    expect(r.devices.map((d) => [d.index, d.label, d.os.id, d.verdict])).toEqual([
      [0, 'PC-1', 'windows', 'supported'],
      [1, null, 'windows', 'supported'],
      [2, null, 'android', 'supported'],
      [3, 'MacBook', 'macos', 'not-supported'],
    ]);
    expect(r.reasons.some((x) => x.rule === 'scope.tool.os-excluded' && x.message.startsWith('devices[3]'))).toBe(true);
  });
  it("unknownNames: 'not-supported' answers an OS no document names instead of throwing", () => {
    const r = checkDeviceLicences({ planId: 'oas-plan-a', devices: [{ os: 'Linux' }], unknownNames: 'not-supported' });
    expect(r.devices[0]).toMatchObject({ verdict: 'not-supported', os: { id: null, asGiven: 'Linux' } });
  });
});

describe('bad input', () => {
  it.each([
    [{ planId: 'oas-plan-a' }, 'invalid_input', ['devices']],
    [{ planId: 'oas-plan-a', deviceCount: -1 }, 'invalid_input', ['deviceCount']],
    [{ planId: 'oas-plan-a', deviceCount: 1.5 }, 'invalid_input', ['deviceCount']],
    [{ planId: 'oas-plan-a', deviceCount: '3' }, 'invalid_input', ['deviceCount']],
    [{ planId: 'oas-plan-a', devices: [{ os: 'Windows' }], deviceCount: 2 }, 'conflict', ['deviceCount']],
    [{ planId: 'oas-plan-a', devices: {} }, 'invalid_input', ['devices']],
    [{ planId: 'oas-plan-a', devices: [{ os: 'Windows' }, { os: 'Linux' }] }, 'not_found', ['devices', 1, 'os']],
    [{ planId: 'oas-plan-a', devices: [{ os: 'Windows', deviceType: 'watch' }] }, 'not_found', ['devices', 0, 'deviceType']],
    [{ planId: 'oas-plan-a', devices: [{}] }, 'invalid_input', ['devices', 0, 'os']],
    [{ planId: 'oas-plan-a', devices: [{ os: 'Windows', colour: 'red' }] }, 'invalid_input', ['devices', 0, 'colour']],
    [{ planId: 'itss-light-anshin-1', deviceCount: 1, optionIds: ['nope'] }, 'not_found', ['optionIds', 0]],
    [{ planId: 'itss-light-anshin-1', deviceCount: 1, optionIds: ['itss-standard-extra-inquiries'] }, 'conflict', ['optionIds', 0]],
    [{ planId: 'nope', deviceCount: 1 }, 'not_found', ['planId']],
    [{ planId: 'oas-plan-a', deviceCount: 1, unknownNames: 'ignore' }, 'invalid_input', ['unknownNames']],
  ] as const)('checkDeviceLicences(%j) → %s at %j', (input, code, path) => {
    expect(() => checkDeviceLicences(input as never)).toThrow(expect.objectContaining({ code, path }));
  });
  it.each([
    [{ planId: 'itss-light-anshin-1', os: 'Linux' }, 'not_found', ['os']],
    [{ planId: 'itss-light-anshin-1', os: 'Windws' }, 'not_found', ['os']],
    [{ planId: 'itss-light-anshin-1', feature: 'teleport' }, 'not_found', ['feature']],
    [{ planId: 'oas-plan-a', feature: 'remote-lock' }, 'not_found', ['feature']],
    [{ planId: 'itss-light-anshin-1', os: '' }, 'invalid_input', ['os']],
    [{ planId: 'itss-light-anshin-1', blankCells: 'maybe' }, 'invalid_input', ['blankCells']],
    [{ planId: 'itss-light-anshin-1', osEquivalents: 'yes' }, 'invalid_input', ['osEquivalents']],
    [{ planId: 'nope' }, 'not_found', ['planId']],
    ['itss-light-anshin-1', 'invalid_input', []],
  ] as const)('itManagementFeatures(%j) → %s at %j', (input, code, path) => {
    expect(() => itManagementFeatures(input as never)).toThrow(expect.objectContaining({ code, path }));
  });
  it('an unknown OS error suggests the closest names', () => {
    try {
      itManagementFeatures({ planId: 'itss-light-anshin-1', os: 'Windws' });
      expect.unreachable();
    } catch (e) {
      expect((e as { details: { closest: string[] } }).details.closest[0]).toBe('Windows');
    }
  });
  it('do not mutate their input; results are JSON-serialisable', () => {
    const devices = [{ os: 'Windows', deviceType: 'pc' }, { os: 'iOS' }];
    const input = { planId: 'oas-plan-a', devices, optionIds: [] as string[] };
    const copy = structuredClone(input);
    const r = checkDeviceLicences(input);
    expect(input).toEqual(copy);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
    const f = { planId: 'itss-light-anshin-1', os: 'Android' };
    const fr = itManagementFeatures(f);
    expect(f).toEqual({ planId: 'itss-light-anshin-1', os: 'Android' });
    expect(JSON.parse(JSON.stringify(fr))).toEqual(fr);
  });
});
