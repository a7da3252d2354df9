/**
 * The scope sections are data: a user-loaded catalog drives every check, and the schema refuses
 * inconsistent facts (a minimum whose parsed form disagrees with its text, dangling references).
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { bundledFixtures } from '../../src/catalog/index.js';
import { loadCatalog, parseCatalog } from '../../src/schemas/index.js';
import { checkDeviceLicences, checkLineEligibility, checkSupportScope, itManagementFeatures } from '../../src/scope/index.js';

type Json = Record<string, any>;
const clone = (): Json[] => structuredClone(bundledFixtures) as Json[];
const doc = (docs: Json[], id: string) => docs.find((d) => d.document.id === id)!;

describe('a user-loaded catalog drives the checks', () => {
  it('a changed device limit (プラン A ～3台 → 7)', () => {
    const docs = clone();
    doc(docs, 'office-anshin-support').scope.itManagement.plans[0].maxDevices = 7;
    const catalog = loadCatalog({ documents: docs });
    expect(checkDeviceLicences({ planId: 'oas-plan-a', deviceCount: 7, catalog }).verdict).toBe('within-limit');
    expect(checkDeviceLicences({ planId: 'oas-plan-a', deviceCount: 7 }).verdict).toBe('over-limit');
  });
  it('a changed minimum (Outlook 2007以降 → 2013以降)', () => {
    const docs = clone();
    const outlook = doc(docs, 'ucom-remote-support').scope.software.find((s: Json) => s.id === 'ucom-sw-outlook');
    outlook.minimum = { asWritten: '2013以降', scheme: 'year', components: [2013], wildcard: false };
    const catalog = loadCatalog({ documents: docs });
    const subject = { kind: 'software', name: 'Outlook', version: '2010' } as const;
    expect(checkSupportScope({ planId: 'ucom-remote-support', subject, catalog }).verdict).toBe('not-supported');
    expect(checkSupportScope({ planId: 'ucom-remote-support', subject }).verdict).toBe('supported');
  });
  it('a changed cell (デバイス制御 on Windows filled in)', () => {
    const docs = clone();
    const row = doc(docs, 'it-support-security').scope.itManagement.featureMatrix.features.find((f: Json) => f.id === 'device-control');
    row.cells.find((c: Json) => c.os === 'windows').mark = 'circle';
    const catalog = loadCatalog({ documents: docs });
    expect(itManagementFeatures({ planId: 'itss-light-anshin-1', os: 'Windows', feature: 'device-control', catalog }).features[0]!.status).toBe('supported');
  });
  it('Bフレッツ restricted to named plans', () => {
    const docs = clone();
    const b = doc(docs, 'it-support-security').scope.lines.named.find((l: Json) => l.id === 'b-flets');
    b.restriction.plans = ['itss-light-anshin-1'];
    const catalog = loadCatalog({ documents: docs });
    expect(checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'Bフレッツ', catalog }).verdict).toBe('eligible');
    expect(checkLineEligibility({ planId: 'itss-light-anshin-2', line: 'Bフレッツ', catalog }).verdict).toBe('not-eligible');
  });
  it('a catalog without scope sections: not-stated / not-included, never supported', () => {
    const docs = clone();
    for (const d of docs) delete d.scope;
    const catalog = loadCatalog({ documents: docs });
    expect(checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'ドコモ光', reachesInternet: true, catalog }).verdict).toBe('not-stated');
    expect(checkDeviceLicences({ planId: 'oas-plan-a', deviceCount: 1, catalog }).verdict).toBe('not-included');
    expect(checkSupportScope({ planId: 'ucom-remote-support', subject: { kind: 'software', name: 'Outlook' }, catalog, unknownNames: 'not-supported' }).verdict).toBe('not-stated');
  });
});

describe('the schema refuses inconsistent scope facts', () => {
  const issues = (mutate: (docs: Json[]) => void) => {
    const docs = clone();
    mutate(docs);
    const r = parseCatalog({ documents: docs });
    expect(r.success).toBe(false);
    return r.success ? [] : r.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  };
  it('a minimum whose components disagree with its text (「10.4.10以上」 stored as [10, 4, 1])', () => {
    expect(
      issues((docs) => {
        doc(docs, 'ucom-remote-support').scope.environment.os.entries[1].versions.minimum.components = [10, 4, 1];
      }).join('\n'),
    ).toContain('documents.3.scope.environment.os.entries.1.versions.minimum.components');
  });
  it('a minimum that cannot be read', () => {
    expect(
      issues((docs) => {
        doc(docs, 'ucom-remote-support').scope.software[0].minimum.asWritten = '6.0';
      }).join('\n'),
    ).toContain('software.0.minimum.asWritten');
  });
  it('an OS id not named in operatingSystems', () => {
    expect(
      issues((docs) => {
        doc(docs, 'it-support-security').scope.tools[0].os.push({ os: 'linux', asWritten: 'Linux', source: { document: '001_1058c0f8b62eb4e2.txt', passage: 'x' } });
      }).join('\n'),
    ).toContain('Unknown operating system linux');
  });
  it('a feature row missing a column', () => {
    expect(
      issues((docs) => {
        doc(docs, 'it-support-security').scope.itManagement.featureMatrix.features[0].cells.pop();
      }).join('\n'),
    ).toContain('Expected one cell per column');
  });
  it('a restricted line without its restriction', () => {
    expect(
      issues((docs) => {
        delete doc(docs, 'it-support-security').scope.lines.named.find((l: Json) => l.id === 'b-flets').restriction;
      }).join('\n'),
    ).toContain('restriction');
  });
  it('an OS both supported and excluded by a tool', () => {
    expect(
      issues((docs) => {
        const tool = doc(docs, 'it-support-security').scope.tools[1];
        tool.os.push({ ...tool.os[0], os: 'macos' });
      }).join('\n'),
    ).toContain('both supported and excluded');
  });
});

describe('the bundled scope sections hold every list entry', () => {
  const docs = clone();
  it('001: 5 OSes, 3 device types, 4 lines, 2 contract units, 2 tools, 2 limits, 4 × 3 cells', () => {
    const s = doc(docs, 'it-support-security').scope;
    expect(s.operatingSystems.map((o: Json) => o.id)).toEqual(['windows', 'macos', 'android', 'ios', 'ipados']);
    expect(s.deviceTypes.map((o: Json) => o.names[0])).toEqual(['パソコン', 'スマートフォン', 'タブレット']);
    expect(s.lines.named.map((l: Json) => [l.name, l.eligibility])).toEqual([
      ['フレッツ光', 'eligible'],
      ['コラボ光', 'eligible'],
      ['フレッツ 光ライト', 'not-eligible'],
      ['Bフレッツ', 'restricted'],
    ]);
    expect(s.contractUnits.map((u: Json) => u.unit)).toEqual(['internet-line', 'id']);
    expect(s.tools.map((t: Json) => [t.name, t.os.map((o: Json) => o.os).join(','), (t.excludedOs ?? []).map((o: Json) => o.os).join(',')])).toEqual([
      ['リモートサポートツール', 'windows,macos,android,ios,ipados', ''],
      ['IT運用管理ツール', 'windows,android,ios,ipados', 'macos'],
    ]);
    expect(s.itManagement.plans.map((p: Json) => [p.planId, p.maxDevices])).toEqual([
      ['itss-light-anshin-1', 3],
      ['itss-light-anshin-2', 5],
    ]);
    expect(s.itManagement.featureMatrix.features.flatMap((f: Json) => f.cells.map((c: Json) => `${f.name}/${c.os}:${c.mark}${c.restriction ?? ''}`))).toEqual([
      'リモートロック/ios:circle', 'リモートロック/android:circle', 'リモートロック/windows:circle',
      'リモートワイプ/ios:circle', 'リモートワイプ/android:circle', 'リモートワイプ/windows:circle',
      '外部記憶制御/ios:blank', '外部記憶制御/android:circleSDカードのみ', '外部記憶制御/windows:circle',
      'デバイス制御/ios:circle', 'デバイス制御/android:circle', 'デバイス制御/windows:blank',
    ]);
  });
  it('000: licences A ～3台 and B ～5台, the tool OSes with their device types, ※2 and ※8', () => {
    const s = doc(docs, 'office-anshin-support').scope;
    expect(s.itManagement.plans.map((p: Json) => [p.planId, p.maxDevices, p.asWritten])).toEqual([
      ['oas-plan-a', 3, 'プラン A (～3台)'],
      ['oas-plan-b', 5, 'プラン B (～5台)'],
    ]);
    expect(s.tools[0].os.map((o: Json) => [o.os, o.deviceTypes.join(',')])).toEqual([
      ['windows', 'pc,tablet'],
      ['android', 'smartphone,tablet'],
      ['ios', 'smartphone,tablet'],
    ]);
    expect(s.lines.conditions.map((c: Json) => c.kind)).toEqual(['provider-contract']);
    const plus = s.lines.named.find((l: Json) => l.id === 'flets-hikari-light-plus');
    expect(plus.name).toBe('フレック 光ライトプラス');
    expect(plus.notices[0].kind).toBe('metered-traffic');
  });
  it('003: 13 software entries with minimums as written, 2 devices, the environment', () => {
    const s = doc(docs, 'ucom-remote-support').scope;
    expect(s.software.map((x: Json) => `${x.name}${x.minimum ? ' ' + x.minimum.asWritten : ''}`)).toEqual([
      'Internet Explorer 6.0以降', 'Safari 4.0以降',
      'Windows mail', 'Windows Live Mail 2009以降', 'Outlook Express 5.5以降', 'Outlook 2007以降', 'Mac mail 1.x以降',
      'FFFTP', 'ホームページビルダー V15以降',
      'セキュリティ360°', '安心Kidsフィルター', 'セキュリティオンライン', 'セキュリティベーシック',
    ]);
    expect(s.hardware.map((x: Json) => x.name)).toEqual(['Aterm BR500V', 'WH822N']);
    expect(s.environment.os.entries.map((e: Json) => e.asWritten)).toEqual(['Windows2000/2003/XP/Vista/7', 'MacOS10.4.10以上']);
    expect(s.environment.browsers.map((b: Json) => `${b.name}${b.minimum.asWritten}`)).toEqual([
      'Internet Explorer5.5以上', 'Fire FOX3.0以上', 'Safari3.0以上', 'Opera9.0以上', 'Google Chrome1.0以上',
    ]);
    expect([s.environment.cpu.minimumClockMHz, s.environment.socket.minimum.asWritten, s.environment.network.openPorts]).toEqual([800, '1.0以上', [80, 443]]);
    expect(s.environment.os.excludedArchitectures[0].name).toBe('PowerPC');
    expect(s.environment.os.language.language).toBe('ja');
  });
});
