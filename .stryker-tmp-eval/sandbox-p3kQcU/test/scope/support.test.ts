/**
 * checkSupportScope: 003 サポート範囲 (software, hardware) and 動作推奨環境; 001/000 tool conditions.
 * 003 「ブラウザ Internet Explorer 6.0以降、Safari4.0以降」
 *     「メール Windows mail、Windows Live Mail 2009以降、Outlook Express 5.5以降、Outlook 2007以降、Mac mail 1.x以降」
 *     「FTP FFFTP、ホームページビルダーV15以降の」
 *     「セキュリティ対策ソフト セキュリティ360°、安心Kidsフィルター、セキュリティオンライン、セキュリティベーシック」
 *     「IP電話サービス 専用機器 Aterm BR500V、WH822N」
 *     「OS(日本語版のみ対応) Windows2000/2003/XP/Vista/7/MacOS10.4.10以上 ※ただし、PowerPCは対象外」
 *     「ブラウザ Internet Explorer 5.5以上、Fire FOX3.0以上、Safari3.0以上、Opera9.0以上、Google Chrome1.0以上」
 *     「パソコンスペック Pentium Ⅲ 800MHz以上」「ソケット通信 Winsock 1.0以上」
 *     「ネットワーク環境 80/443番ポートが開放されているTCP/IPによるネットワーク環境」
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { checkSupportScope, type EnvironmentSubject, type SupportScope } from '../../src/scope/index.js';
import { textOf } from '../helpers/passage.js';

const D003 = '003_ffc254f782656f39.txt';
const UCOM = 'ucom-remote-support';
const software = (name: string, version?: string): SupportScope =>
  checkSupportScope({ planId: UCOM, subject: version === undefined ? { kind: 'software', name } : { kind: 'software', name, version } });
const env = (subject: Omit<EnvironmentSubject, 'kind'>): SupportScope => checkSupportScope({ planId: UCOM, subject: { kind: 'environment', ...subject } });

describe('003 サポート範囲 ソフトウェア with a minimum: exactly the minimum, just below, a later major', () => {
  // [name, category passage, minimum as written, exact, just below, later major]
  const rows: Array<[string, string, string, string, string, string]> = [
    ['Internet Explorer', 'Internet Explorer 6.0以降', '6.0以降', '6.0', '5.5', '11'],
    ['Safari', 'Safari4.0以降', '4.0以降', '4.0', '3.2.3', '17.1'],
    ['Windows Live Mail', 'Windows Live Mail 2009以降', '2009以降', '2009', '2008', '2012'],
    ['Outlook Express', 'Outlook Express 5.5以降', '5.5以降', '5.5', '5.0', '6'],
    ['Outlook', 'Outlook 2007以降', '2007以降', '2007', '2003', '2021'],
    ['Mac mail', 'Mac mail 1.x以降', '1.x以降', '1.0', '0.9', '16.0'],
    ['ホームページビルダー', 'ホームページビルダーV15以降', 'V15以降', 'V15', 'V14', 'V22'],
  ];
  it.each(rows)('%s (「%s」)', (name, passage, asWritten, exact, below, later) => {
    const at = software(name, exact);
    expect(at).toMatchObject({ ok: true, verdict: 'supported', subject: 'software' });
    expect(at.checks[0]!.name).toBe(name);
    const listed = at.reasons.find((r) => r.rule === 'scope.software.listed')!;
    expect(listed.source).toMatchObject({ document: D003 });
    expect(textOf(listed.source!.passage)).toContain(passage);
    expect(at.reasons.find((r) => r.rule === 'scope.software.version-meets-minimum')!.message).toContain(`「${asWritten}」`);
    expect(software(name, below)).toMatchObject({ ok: false, verdict: 'not-supported' });
    expect(software(name, below).reasons.some((r) => r.rule === 'scope.software.version-below-minimum')).toBe(true);
    expect(software(name, later)).toMatchObject({ ok: true, verdict: 'supported' });
    const open = software(name);
    expect(open).toMatchObject({ ok: false, verdict: 'conditional' });
    expect(open.conditions).toEqual([expect.objectContaining({ id: 'version' })]);
  });
  it('Outlook is year-named: 「16.0」 is refused, not compared (2007以降)', () => {
    expect(() => software('Outlook', '16.0')).toThrow(expect.objectContaining({ code: 'invalid_input', path: ['subject', 'version'] }));
  });
  it('aliases: IE, Apple Mail, セキュリティ360', () => {
    expect(software('IE', '8').verdict).toBe('supported');
    expect(software('Apple Mail', '2.0').verdict).toBe('supported');
    expect(software('セキュリティ360').verdict).toBe('supported');
  });
});

describe('003 サポート範囲: entries without a minimum (the minimum binds only the name before it)', () => {
  it.each([
    ['Windows mail', 'mail', 'Windows mail、Windows Live Mail 2009以降'],
    ['FFFTP', 'ftp', 'FFFTP、ホームページビルダーV15以降の'],
    ['セキュリティ360°', 'security-software', 'セキュリティ360°、安心Kidsフィルター'],
    ['安心Kidsフィルター', 'security-software', '安心Kidsフィルター、セキュリティオンライン'],
    ['セキュリティオンライン', 'security-software', 'セキュリティオンライン、セキュリティベーシック'],
    ['セキュリティベーシック', 'security-software', 'セキュリティベーシック'],
  ])('%s (%s, 「%s」) is supported at any version', (name, category, passage) => {
    const r = software(name);
    expect(r).toMatchObject({ ok: true, verdict: 'supported', conditions: [] });
    const listed = r.reasons.find((x) => x.rule === 'scope.software.listed')!;
    expect(listed.message).toContain(`(${category})`);
    expect(textOf(listed.source!.passage)).toContain(passage);
    expect(software(name, '1.0').verdict).toBe('supported');
  });
  it('the note on Windows mail and FFFTP cites interpretation scope-minimum-binds-preceding-name', () => {
    for (const name of ['Windows mail', 'FFFTP']) {
      expect(software(name).reasons[0]!.interpretation).toBe('scope-minimum-binds-preceding-name');
    }
  });
  it('an unreadable version is refused even without a minimum', () => {
    expect(() => software('FFFTP', 'newest')).toThrow(expect.objectContaining({ code: 'invalid_input', path: ['subject', 'version'] }));
  });
});

describe('003 サポート範囲 ハードウェア (「IP電話サービス 専用機器 Aterm BR500V、WH822N」)', () => {
  it.each([
    ['Aterm BR500V', 'Aterm BR500V'],
    ['WH822N', 'WH822N'],
    ['Aterm WH822N', 'WH822N'],
    ['aterm br500v', 'Aterm BR500V'],
  ])('%s is supported', (name, asWritten) => {
    const r = checkSupportScope({ planId: UCOM, subject: { kind: 'hardware', name } });
    expect(r).toMatchObject({ ok: true, verdict: 'supported', subject: 'hardware' });
    expect(r.checks[0]!.name).toBe(asWritten);
    expect(textOf(r.reasons[0]!.source!.passage)).toContain('Aterm BR500V、WH822N');
  });
});

describe('closed lists: a product another list knows is not supported; one no document knows is an error', () => {
  it('Fire FOX is a recommended browser but not in the support scope', () => {
    const r = software('Firefox', '120');
    expect(r).toMatchObject({ ok: false, verdict: 'not-supported' });
    expect(r.reasons[0]!.rule).toBe('scope.software.not-listed');
  });
  it('Thunderbird → NotFoundError at subject.name; with unknownNames: not-supported → not-supported', () => {
    expect(() => software('Thunderbird', '115')).toThrow(expect.objectContaining({ code: 'not_found', path: ['subject', 'name'] }));
    const r = checkSupportScope({ planId: UCOM, subject: { kind: 'software', name: 'Thunderbird' }, unknownNames: 'not-supported' });
    expect(r.verdict).toBe('not-supported');
  });
  it('a plan whose document lists no software: not-stated (but unknown names still throw)', () => {
    expect(checkSupportScope({ planId: 'itss-light-anshin-1', subject: { kind: 'software', name: 'Outlook', version: '2010' } }).verdict).toBe('not-stated');
    expect(() => checkSupportScope({ planId: 'itss-light-anshin-1', subject: { kind: 'software', name: 'Thunderbird' } })).toThrow(
      expect.objectContaining({ code: 'not_found' }),
    );
  });
  it('003 caveats come with the answer (「サポート範囲内であっても、対応できない場合があります。」)', () => {
    const r = software('Outlook', '2010');
    expect(r.reasons.filter((x) => x.rule === 'scope.caveat').map((x) => x.source!.passage)).toEqual([
      expect.stringContaining('サポート範囲内であっても、対応できない場合があります。'),
      expect.stringContaining('利用環境によっては、本サービスをご利用できない場合があります。'),
    ]);
  });
});

describe('003 動作推奨環境: OS', () => {
  const full = { language: 'ja', cpuArchitecture: 'x86' };
  it.each(['2000', '2003', 'XP', 'Vista', '7'])('Windows %s is listed (「Windows2000/2003/XP/Vista/7」)', (version) => {
    const r = env({ os: { name: 'Windows', version, ...full } });
    expect(r).toMatchObject({ ok: true, verdict: 'supported' });
    expect(textOf(r.reasons.find((x) => x.rule === 'scope.os.version-listed')!.source!.passage)).toContain('Windows2000/2003/XP/Vista/7/MacOS10.4.10以上');
    expect(env({ os: { name: `Windows ${version}`, ...full } }).verdict).toBe('supported');
  });
  it.each(['8', '8.1', '10', '11', '98', 'ME'])('Windows %s is not listed (the editions are a list, not a minimum)', (version) => {
    const r = env({ os: { name: 'Windows', version, ...full } });
    expect(r.verdict).toBe('not-supported');
    expect(r.reasons.find((x) => x.rule === 'scope.os.version-not-listed')!.interpretation).toBe('scope-windows-editions-listed');
  });
  it.each([
    ['10.4.10', 'supported'],
    ['10.4.9', 'not-supported'],
    ['10.4', 'not-supported'],
    ['10.5', 'supported'],
    ['10.10', 'supported'],
    ['11', 'supported'],
    ['14.2.1', 'supported'],
  ] as const)('MacOS %s → %s (「MacOS10.4.10以上」)', (version, verdict) => {
    expect(env({ os: { name: 'MacOS', version, ...full } }).verdict).toBe(verdict);
    expect(env({ os: { name: `macOS ${version}`, ...full } }).verdict).toBe(verdict);
  });
  it('PowerPC is excluded (「※ただし、PowerPCは対象外」)', () => {
    for (const cpuArchitecture of ['PowerPC', 'ppc', 'powerpc']) {
      const r = env({ os: { name: 'MacOS', version: '10.4.11', language: 'ja', cpuArchitecture } });
      expect(r.verdict).toBe('not-supported');
      expect(textOf(r.reasons.find((x) => x.rule === 'scope.os.architecture-excluded')!.source!.passage)).toContain('※ただし、PowerPCは対象外');
    }
    expect(env({ os: { name: 'MacOS', version: '10.4.11', language: 'ja', cpuArchitecture: 'intel' } }).verdict).toBe('supported');
  });
  it('日本語版のみ: other editions are not supported, a missing language is a condition', () => {
    expect(env({ os: { name: 'Windows', version: '7', language: 'en', cpuArchitecture: 'x86' } }).verdict).toBe('not-supported');
    expect(env({ os: { name: 'Windows', version: '7', language: 'ja-JP', cpuArchitecture: 'x86' } }).verdict).toBe('supported');
    expect(env({ os: { name: 'Windows', version: '7', language: '日本語', cpuArchitecture: 'x86' } }).verdict).toBe('supported');
    const r = env({ os: { name: 'Windows', version: '7' } });
    expect(r).toMatchObject({ ok: false, verdict: 'conditional' });
    expect(r.conditions.map((c) => c.id)).toEqual(['language', 'cpu-architecture']);
    expect(env({ os: { name: 'Windows', ...full } }).conditions.map((c) => c.id)).toEqual(['version']);
  });
  it('Android and iOS are not recommended OSes', () => {
    expect(env({ os: { name: 'Android', version: '14', ...full } }).verdict).toBe('not-supported');
    expect(env({ os: { name: 'iOS', version: '17', ...full } }).verdict).toBe('not-supported');
  });
});

describe('003 動作推奨環境: browsers, exactly the minimum, just below, a later major', () => {
  it.each([
    ['Internet Explorer', '5.5以上', '5.5', '5.0', '11'],
    ['Fire FOX', '3.0以上', '3.0', '2.0.0.20', '120.0'],
    ['Safari', '3.0以上', '3.0', '2.0', '17'],
    ['Opera', '9.0以上', '9.0', '8.54', '10.0'],
    ['Google Chrome', '1.0以上', '1.0', '0.4', '120'],
  ])('%s 「%s」', (name, asWritten, exact, below, later) => {
    const at = env({ browser: { name, version: exact } });
    expect(at).toMatchObject({ ok: true, verdict: 'supported' });
    expect(textOf(at.reasons[0]!.source!.passage)).toContain(`${name}${asWritten}`.replace('Internet Explorer5.5', 'Internet Explorer 5.5'));
    expect(env({ browser: { name, version: below } }).verdict).toBe('not-supported');
    expect(env({ browser: { name, version: later } }).verdict).toBe('supported');
    expect(env({ browser: { name } }).verdict).toBe('conditional');
  });
  it('IE 5.5 runs the tool (5.5以上) but is outside the support scope (6.0以降)', () => {
    expect(env({ browser: { name: 'IE', version: '5.5' } }).verdict).toBe('supported');
    expect(software('IE', '5.5').verdict).toBe('not-supported');
  });
  it('Opera is not in the support scope list of browsers', () => {
    expect(software('Opera', '10').verdict).toBe('not-supported');
  });
});

describe('003 動作推奨環境: CPU, Winsock, ports', () => {
  it.each([
    [800, 'supported'],
    [799, 'not-supported'],
    [3000, 'supported'],
  ] as const)('%i MHz → %s (「Pentium Ⅲ 800MHz以上」; clock only)', (mhz, verdict) => {
    const r = env({ cpuClockMHz: mhz });
    expect(r.verdict).toBe(verdict);
    expect(r.reasons[0]).toMatchObject({ interpretation: 'scope-cpu-clock-only' });
    expect(textOf(r.reasons[0]!.source!.passage)).toContain('Pentium Ⅲ 800MHz以上');
  });
  it.each([
    ['1.0', 'supported'],
    ['0.9', 'not-supported'],
    ['2.2', 'supported'],
  ] as const)('Winsock %s → %s (「Winsock 1.0以上」)', (v, verdict) => {
    expect(env({ winsockVersion: v }).verdict).toBe(verdict);
  });
  it.each([
    [[80, 443], 'supported'],
    [[443, 80, 8080], 'supported'],
    [[80], 'not-supported'],
    [[443], 'not-supported'],
    [[], 'not-supported'],
  ] as const)('open ports %j → %s (「80/443番ポートが開放されている」)', (ports, verdict) => {
    expect(env({ openPorts: ports }).verdict).toBe(verdict);
  });
  it('a whole environment: the worst part decides, each part reported', () => {
    const r = env({
      os: { name: 'Windows', version: 'XP', language: 'ja', cpuArchitecture: 'x86' },
      browser: { name: 'Google Chrome', version: '49' },
      cpuClockMHz: 1800,
      winsockVersion: '2.2',
      openPorts: [80, 443],
    });
    expect(r).toMatchObject({ ok: true, verdict: 'supported' });
    expect(r.checks.map((c) => [c.component, c.verdict])).toEqual([
      ['os', 'supported'],
      ['browser', 'supported'],
      ['cpu', 'supported'],
      ['socket', 'supported'],
      ['network', 'supported'],
    ]);
    const bad = env({ os: { name: 'Windows', version: 'XP' }, cpuClockMHz: 500 });
    expect(bad.verdict).toBe('not-supported');
    expect(bad.checks.map((c) => c.verdict)).toEqual(['conditional', 'not-supported']);
  });
  it('a plan whose document states no environment: not-stated', () => {
    expect(checkSupportScope({ planId: 'oas-plan-a', subject: { kind: 'environment', cpuClockMHz: 1000 } }).verdict).toBe('not-stated');
  });
});

describe('001/000 tools', () => {
  it.each([
    ['remote-support-tool', 'Windows', 'supported'],
    ['remote-support-tool', 'Mac', 'supported'],
    ['remote-support-tool', 'Android', 'supported'],
    ['remote-support-tool', 'iOS', 'supported'],
    ['remote-support-tool', 'iPadOS', 'supported'],
    ['IT運用管理ツール', 'Windows', 'supported'],
    ['IT運用管理ツール', 'Mac', 'not-supported'],
    ['IT運用管理ツール', 'Android', 'supported'],
    ['IT運用管理ツール', 'iOS', 'supported'],
    ['IT運用管理ツール', 'iPadOS', 'supported'],
  ] as const)('001 %s on %s → %s (「OS Windows、Mac*、Android、iOS、iPadOS」「*IT運用管理ツールはMacOS対象外です」)', (tool, os, verdict) => {
    const r = checkSupportScope({ planId: 'itss-light-anshin-1', subject: { kind: 'tool', tool, os } });
    expect(r.verdict).toBe(verdict);
    for (const x of r.reasons) if (x.source) expect(x.source.document).toBe('001_1058c0f8b62eb4e2.txt');
  });
  it.each(['pc', 'smartphone', 'tablet', 'パソコン', 'スマートフォン', 'タブレット'])('001 remote support tool on device type %s (「端末 パソコン・スマートフォン・タブレット」)', (deviceType) => {
    expect(checkSupportScope({ planId: 'itss-standard-anshin-1', subject: { kind: 'tool', tool: 'remote-support-tool', os: 'Android', deviceType } }).verdict).toBe('supported');
  });
  it('the IT management tool on a スタンダード plan is not supported: the plan does not include it', () => {
    const r = checkSupportScope({ planId: 'itss-standard-anshin-1', subject: { kind: 'tool', tool: 'it-management-tool', os: 'Windows' } });
    expect(r.verdict).toBe('not-supported');
    expect(r.reasons[0]!.rule).toBe('scope.it.excluded');
  });
  it('000 IT management tool: Windows on a smartphone is not supported (※3)', () => {
    expect(checkSupportScope({ planId: 'oas-plan-a', subject: { kind: 'tool', tool: 'it-management-tool', os: 'Windows', deviceType: 'smartphone' } }).verdict).toBe('not-supported');
    expect(checkSupportScope({ planId: 'oas-plan-a', subject: { kind: 'tool', tool: 'it-management-tool', os: 'Windows', deviceType: 'tablet' } }).verdict).toBe('supported');
  });
  it('003 states no tool in this sense: not-stated', () => {
    expect(checkSupportScope({ planId: UCOM, subject: { kind: 'tool', tool: 'remote-support-tool', os: 'Windows' } }).verdict).toBe('not-stated');
  });
});

describe('bad input', () => {
  it.each([
    [{ planId: UCOM, subject: { kind: 'software', name: 'Outlook', version: 'latest' } }, 'invalid_input', ['subject', 'version']],
    [{ planId: UCOM, subject: { kind: 'software', name: 'Outlook', version: '2007.x' } }, 'invalid_input', ['subject', 'version']],
    [{ planId: UCOM, subject: { kind: 'software', name: 'ホームページビルダー', version: 'V' } }, 'invalid_input', ['subject', 'version']],
    [{ planId: UCOM, subject: { kind: 'software', name: 'Mac mail', version: '1.x' } }, 'invalid_input', ['subject', 'version']],
    [{ planId: UCOM, subject: { kind: 'software', name: '' } }, 'invalid_input', ['subject', 'name']],
    [{ planId: UCOM, subject: { kind: 'hardware', name: 'Aterm BR500V', version: '1' } }, 'invalid_input', ['subject', 'version']],
    [{ planId: UCOM, subject: { kind: 'hardware', name: 'Aterm WR9500N' } }, 'not_found', ['subject', 'name']],
    [{ planId: UCOM, subject: { kind: 'gadget', name: 'x' } }, 'invalid_input', ['subject', 'kind']],
    [{ planId: UCOM, subject: { name: 'x' } }, 'invalid_input', ['subject', 'kind']],
    [{ planId: UCOM }, 'invalid_input', ['subject']],
    [{ planId: UCOM, subject: { kind: 'environment' } }, 'invalid_input', ['subject']],
    [{ planId: UCOM, subject: { kind: 'environment', os: { name: 'Linux' } } }, 'not_found', ['subject', 'os', 'name']],
    [{ planId: UCOM, subject: { kind: 'environment', os: { name: 'MacOS', version: 'Tiger' } } }, 'invalid_input', ['subject', 'os', 'version']],
    [{ planId: UCOM, subject: { kind: 'environment', os: { name: 'Windows', version: 'X/P' } } }, 'invalid_input', ['subject', 'os', 'version']],
    [{ planId: UCOM, subject: { kind: 'environment', os: 'Windows' } }, 'invalid_input', ['subject', 'os']],
    [{ planId: UCOM, subject: { kind: 'environment', browser: { name: 'Edge', version: '120' } } }, 'not_found', ['subject', 'browser', 'name']],
    [{ planId: UCOM, subject: { kind: 'environment', browser: { name: 'Opera', version: '9.x' } } }, 'invalid_input', ['subject', 'browser', 'version']],
    [{ planId: UCOM, subject: { kind: 'environment', cpuClockMHz: 0 } }, 'invalid_input', ['subject', 'cpuClockMHz']],
    [{ planId: UCOM, subject: { kind: 'environment', cpuClockMHz: '800' } }, 'invalid_input', ['subject', 'cpuClockMHz']],
    [{ planId: UCOM, subject: { kind: 'environment', winsockVersion: 'two' } }, 'invalid_input', ['subject', 'winsockVersion']],
    [{ planId: UCOM, subject: { kind: 'environment', openPorts: [80, 70000] } }, 'invalid_input', ['subject', 'openPorts', 1]],
    [{ planId: UCOM, subject: { kind: 'environment', openPorts: '80' } }, 'invalid_input', ['subject', 'openPorts']],
    [{ planId: 'itss-light-anshin-1', subject: { kind: 'tool', tool: 'hammer', os: 'Windows' } }, 'not_found', ['subject', 'tool']],
    [{ planId: 'itss-light-anshin-1', subject: { kind: 'tool', tool: 'remote-support-tool', os: 'BeOS' } }, 'not_found', ['subject', 'os']],
    [{ planId: 'itss-light-anshin-1', subject: { kind: 'tool', tool: 'remote-support-tool', os: 'Windows', deviceType: 'fridge' } }, 'not_found', ['subject', 'deviceType']],
    [{ planId: 'nope', subject: { kind: 'software', name: 'Outlook' } }, 'not_found', ['planId']],
    [{ planId: UCOM, subject: { kind: 'software', name: 'Outlook' }, unknownNames: 'maybe' }, 'invalid_input', ['unknownNames']],
  ] as const)('%j → %s at %j', (input, code, path) => {
    expect(() => checkSupportScope(input as never)).toThrow(expect.objectContaining({ code, path }));
  });
  it('never a silent supported: nothing else escapes for odd values (property-like sweep)', () => {
    const odd: unknown[] = [null, undefined, 0, 1.5, NaN, '', ' ', 'x', [], {}, ['80'], true];
    for (const v of odd) {
      for (const subject of [
        { kind: 'software', name: 'Outlook', version: v },
        { kind: 'environment', os: { name: 'MacOS', version: v } },
        { kind: 'environment', browser: { name: 'Opera', version: v } },
      ]) {
        try {
          const r = checkSupportScope({ planId: UCOM, subject: subject as never });
          // only an absent version may pass, and then never as supported
          expect(v).toBeUndefined();
          expect(r.verdict).not.toBe('supported');
        } catch (e) {
          expect((e as { code?: string }).code).toBe('invalid_input');
        }
      }
    }
  });
  it('does not mutate its input; results are JSON-serialisable', () => {
    const input = { planId: UCOM, subject: { kind: 'environment' as const, os: { name: 'Windows', version: '7', language: 'ja' }, openPorts: [443, 80] } };
    const copy = structuredClone(input);
    const r = checkSupportScope(input);
    expect(input).toEqual(copy);
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
