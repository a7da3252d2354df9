/**
 * itManagementFeatures and checkDeviceLicences at their edges: 001's feature table read cell by cell (○, ○ with a
 * restriction, the iPadOS row read under iOS or not), 000's plans without a feature table, and the device limit (「~3台」)
 * with its texts. Written for the survivors of a first Stryker run on src/scope/it-management.ts (docs/mutation.md,
 * 2026-12-03: 67.9 %); each case fails when the rule or the explanation it checks is changed.
 */
import { describe, expect, it } from 'vitest';
import { checkDeviceLicences, ConflictError, InvalidInputError, itManagementFeatures, type Reason } from '../../src/index.js';
import { thrown } from '../helpers/values.js';

const messages = (reasons: readonly Reason[], rule: string) => reasons.filter((r) => r.rule === rule).map((r) => r.message);

describe('001 主な機能 (機能 内容 対応OS iOS Android Windows), cell by cell', () => {
  it('Android: ○ is available, 「○ SDカードのみ」 is available with a restriction', () => {
    const a = itManagementFeatures({ planId: 'itss-light-anshin-1', os: 'Android' });
    expect(a.features.map((f) => [f.featureId, f.column, f.status, f.restriction])).toEqual([
      ['remote-lock', 'android', 'supported', null],
      ['remote-wipe', 'android', 'supported', null],
      ['external-storage-control', 'android', 'partial', 'SDカードのみ'],
      ['device-control', 'android', 'supported', null],
    ]);
    expect(messages(a.reasons, 'scope.it.feature-cell')).toEqual([
      'リモートロック (端末紛失時の遠隔での端末ロック) on android: ○: available',
      'リモートワイプ (端末紛失時の遠隔での端末の初期化) on android: ○: available',
      '外部記憶制御 (SDカード、USBデバイスおよびCD / DVD / ブルーレイの利用禁止) on android: ○ SDカードのみ: available with a restriction',
      'デバイス制御 (カメラやBluetoothの有効 / 無効を遠隔で設定) on android: ○: available',
    ]);
    expect(messages(a.reasons, 'scope.it.no-feature-table')).toEqual([]);
  });
  it('iPadOS has no column: read under iOS by default (interpretation scope-ipados-as-ios), and named so in each cell', () => {
    const p = itManagementFeatures({ planId: 'itss-light-anshin-1', os: 'iPadOS' });
    expect(p.features.every((f) => f.os === 'ipados' && f.column === 'ios')).toBe(true);
    const eq = p.reasons.find((r) => r.rule === 'scope.it.column-equivalent')!;
    expect(eq.message).toBe('The table has no iPadOS column; iPadOS is read under iOS (option osEquivalents)');
    expect(eq.interpretation).toBe('scope-ipados-as-ios');
    expect(messages(p.reasons, 'scope.it.feature-cell')).toEqual([
      'リモートロック (端末紛失時の遠隔での端末ロック) on ios (for ipados): ○: available',
      'リモートワイプ (端末紛失時の遠隔での端末の初期化) on ios (for ipados): ○: available',
      '外部記憶制御 (SDカード、USBデバイスおよびCD / DVD / ブルーレイの利用禁止) on ios (for ipados): blank cell: not available (option blankCells)',
      'デバイス制御 (カメラやBluetoothの有効 / 無効を遠隔で設定) on ios (for ipados): ○: available',
    ]);
    // iOS's blank cell of 外部記憶制御 is read as not supported (interpretation scope-blank-cells)
    expect(p.features.find((f) => f.featureId === 'external-storage-control')?.status).toBe('not-supported');
  });
  it('with osEquivalents: ignore, the iPadOS cells are not stated (no column), and no cell is explained', () => {
    const p = itManagementFeatures({ planId: 'itss-light-anshin-1', os: 'iPadOS', osEquivalents: 'ignore' } as never);
    expect(p.features.every((f) => f.column === null && f.status === 'not-stated')).toBe(true);
    expect(messages(p.reasons, 'scope.it.column-equivalent')).toEqual([]);
    expect(messages(p.reasons, 'scope.it.feature-cell')).toEqual([]);
  });
  it('Windows: every listed feature available', () => {
    const w = itManagementFeatures({ planId: 'itss-light-anshin-1', os: 'Windows' });
    expect(w.features.every((f) => f.column === 'windows')).toBe(true);
    expect(w.ok).toBe(true);
  });
  it('000 gives no table of features by OS: said, not invented', () => {
    const o = itManagementFeatures({ planId: 'oas-plan-a', os: 'Windows' });
    expect(o.verdict).toBe('included');
    expect(messages(o.reasons, 'scope.it.no-feature-table')).toEqual(['The document gives no table of features by operating system']);
    expect(messages(o.reasons, 'scope.it.included')).toEqual(['プラン A includes IT management (IT運用管理ツール) for up to 3 devices: 「プラン A (～3台)」']);
  });
});

describe('the device limit (「~3台」)', () => {
  it.each([
    [1, 'within-limit', 'scope.it.within-limit', '1 device within the limit of 3'],
    [3, 'within-limit', 'scope.it.within-limit', '3 devices within the limit of 3'],
    [4, 'over-limit', 'scope.it.over-limit', '4 devices over the limit of 3'],
  ] as const)('%i device(s): %s', (deviceCount, verdict, rule, text) => {
    const v = checkDeviceLicences({ planId: 'itss-light-anshin-1', deviceCount });
    expect(v.verdict).toBe(verdict);
    expect(messages(v.reasons, rule)).toEqual([text]);
    expect(messages(v.reasons, 'scope.it.included')).toEqual(['ライトあんしんプラン1 includes IT management (IT運用管理ツール) for up to 3 devices: 「~3台」']);
  });
  it('a count that is not a whole number ≥ 0, or that differs from the devices listed, is refused', () => {
    expect(thrown(() => checkDeviceLicences({ planId: 'itss-light-anshin-1', deviceCount: 1.5 }))).toBeInstanceOf(InvalidInputError);
    expect(thrown(() => checkDeviceLicences({ planId: 'itss-light-anshin-1', deviceCount: -1 })).path).toEqual(['deviceCount']);
    const e = thrown(() => checkDeviceLicences({ planId: 'itss-light-anshin-1', deviceCount: 2, devices: [{ os: 'Windows' }] } as never));
    expect(e).toBeInstanceOf(ConflictError);
    expect(e.path).toEqual(['deviceCount']);
    expect(e.message).toBe('deviceCount: deviceCount 2 differs from the 1 device given');
  });
});
