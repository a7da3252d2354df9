/**
 * checkSupportScope's recommended-environment answers in full, and their refusals word for word (003
 * 「○UCOM光 リモートサポート動作推奨環境」). Written for the survivors of a Stryker run on src/scope/support.ts
 * (docs/mutation.md, 2026-12-03: 60.7 % with support-env-edges.test.ts): each case asserts the verdict, every reason
 * (rule, message, passage, fact id, interpretation) and the conditions.
 *
 * 003 「OS(日本語版のみ対応) Windows2000/2003/XP/Vista/7/MacOS10.4.10以上」「※ただし、PowerPCは対象外」
 *     「ブラウザ Internet Explorer 5.5以上、Fire FOX3.0以上、Safari3.0以上、Opera9.0以上、Google Chrome1.0以上」
 *     「パソコンスペック Pentium Ⅲ 800MHz以上」「ソケット通信 Winsock 1.0以上」
 *     「ネットワーク環境 80/443番ポートが開放されているTCP/IPによるネットワーク環境」
 */
import { describe, expect, it } from 'vitest';
import { checkSupportScope, InvalidInputError, NotFoundError, type Reason, type SupportScope } from '../../src/index.js';
import { textOf } from '../helpers/passage.js';
import { editedCatalog, expectRefusal } from '../helpers/values.js';

const UCOM = 'ucom-remote-support';
const env = (subject: Record<string, unknown>, options: Record<string, unknown> = {}): SupportScope =>
  checkSupportScope({ planId: UCOM, subject: { kind: 'environment', ...subject }, ...options } as never);

/** A reason as one row: rule, message, its passage as one text, fact id, interpretation. */
const rows = (reasons: readonly Reason[]) => reasons.map((r) => [r.rule, r.message, textOf(r.source?.passage), r.factId, r.interpretation]);
/** The one check's reasons (003's caveats, asserted in support-scope-edges.test.ts, follow them in `reasons`). */
const checkRows = (r: SupportScope) => rows(r.checks[0]!.reasons);

// The passages of 003 (fixtures/003-ucom-remote-support.json), as textOf joins their excerpts.
const HEAD = '○UCOM光 リモートサポート動作推奨環境';
const OS = `${HEAD} … OS(日本語版のみ対応) Windows2000/2003/XP/Vista/7/MacOS10.4.10以上`;
const POWERPC = `${OS} … ※ただし、PowerPCは対象外`;
const BROWSERS = `${HEAD} … ブラウザ Internet Explorer 5.5以上、Fire FOX3.0以上、Safari3.0以上、Opera9.0以上、Google Chrome1.0以上`;
const CPU = `${HEAD} … パソコンスペック Pentium Ⅲ 800MHz以上`;
const SOCKET = `${HEAD} … ソケット通信 Winsock 1.0以上`;
const NETWORK = `${HEAD} … ネットワーク環境 80/443番ポートが開放されているTCP/IPによるネットワーク環境`;
const OS_LIST = 'Windows2000/2003/XP/Vista/7/MacOS10.4.10以上';

const WINDOWS_LISTED = ['scope.os.listed', 'Windows is a recommended OS: 「Windows2000/2003/XP/Vista/7」', OS, 'windows', 'scope-windows-editions-listed'];
const MACOS_LISTED = ['scope.os.listed', 'MacOS is a recommended OS: 「MacOS10.4.10以上」', OS, 'macos', undefined];
const JA_OK = ['scope.os.language-ok', 'ja edition: 「日本語版のみ対応」', OS, undefined, undefined];
const X86_OK = ['scope.os.architecture-ok', 'CPU architecture x86 is not PowerPC (「ただし、PowerPCは対象外」)', POWERPC, 'powerpc', 'scope-powerpc-every-os'];
const LANGUAGE_NOT_GIVEN = 'Only the ja edition is supported (「日本語版のみ対応」); the language was not given';
const ARCH_NOT_GIVEN = 'PowerPC is excluded (「ただし、PowerPCは対象外」); the CPU architecture was not given';
const OSES = ['Windows', 'Android', 'iOS', 'iPadOS', 'Mac'];

describe('003 OS: each part of the answer', () => {
  it('Windows without its version, with the language and the architecture: conditional on the version alone', () => {
    const r = env({ os: { name: 'Windows', language: 'ja', cpuArchitecture: 'x86' } });
    const message = 'Windows: only 2000/2003/XP/Vista/7 are listed; the version was not given';
    expect(r).toMatchObject({ ok: false, verdict: 'conditional' });
    expect(r.checks.map((c) => [c.component, c.name, c.verdict])).toEqual([['os', 'Windows', 'conditional']]);
    expect(r.conditions.map((c) => [c.id, c.message, textOf(c.source?.passage)])).toEqual([['version', message, OS]]);
    expect(checkRows(r)).toEqual([WINDOWS_LISTED, ['scope.os.version-not-given', message, OS, 'windows', 'scope-missing-information'], JA_OK, X86_OK]);
  });
  it('Windows XP without the language: conditional on 「日本語版のみ対応」 alone', () => {
    const r = env({ os: { name: 'Windows', version: 'XP', cpuArchitecture: 'x86' } });
    expect(r.verdict).toBe('conditional');
    expect(r.conditions.map((c) => [c.id, c.message, textOf(c.source?.passage)])).toEqual([['language', LANGUAGE_NOT_GIVEN, OS]]);
    expect(checkRows(r)).toEqual([
      WINDOWS_LISTED,
      ['scope.os.version-listed', 'Windows XP is one of the listed versions (2000/2003/XP/Vista/7)', OS, 'windows', 'scope-windows-editions-listed'],
      ['scope.os.language-not-given', LANGUAGE_NOT_GIVEN, OS, undefined, 'scope-missing-information'],
      X86_OK,
    ]);
  });
  it('Windows XP without the architecture: conditional on 「PowerPCは対象外」 alone', () => {
    const r = env({ os: { name: 'Windows', version: 'XP', language: 'ja' } });
    expect(r.verdict).toBe('conditional');
    expect(r.conditions.map((c) => [c.id, c.message, textOf(c.source?.passage)])).toEqual([['cpu-architecture', ARCH_NOT_GIVEN, POWERPC]]);
    expect(checkRows(r).slice(2)).toEqual([JA_OK, ['scope.os.architecture-not-given', ARCH_NOT_GIVEN, POWERPC, 'powerpc', 'scope-missing-information']]);
  });
  it('the version may repeat the OS name (「Windows 7」); 「Windows」 alone is no listed version', () => {
    const seven = env({ os: { name: 'Windows', version: 'Windows 7', language: 'ja', cpuArchitecture: 'x86' } });
    expect(seven).toMatchObject({ ok: true, verdict: 'supported', conditions: [] });
    expect(checkRows(seven)[1]).toEqual(['scope.os.version-listed', 'Windows 7 is one of the listed versions (2000/2003/XP/Vista/7)', OS, 'windows', 'scope-windows-editions-listed']);
    const bare = env({ os: { name: 'Windows', version: 'Windows', language: 'ja', cpuArchitecture: 'x86' } });
    expect(bare).toMatchObject({ ok: false, verdict: 'not-supported' });
    expect(checkRows(bare)).toEqual([
      WINDOWS_LISTED,
      ['scope.os.version-not-listed', 'Windows Windows is not one of the listed versions (2000/2003/XP/Vista/7)', OS, 'windows', 'scope-windows-editions-listed'],
      JA_OK,
      X86_OK,
    ]);
  });
  it('MacOS without its version: conditional on 「10.4.10以上」', () => {
    const r = env({ os: { name: 'MacOS', language: 'ja', cpuArchitecture: 'x86' } });
    const message = 'MacOS is supported from 10.4.10以上; the version was not given';
    expect(r.verdict).toBe('conditional');
    expect(r.conditions.map((c) => [c.id, c.message, textOf(c.source?.passage)])).toEqual([['version', message, OS]]);
    expect(checkRows(r)).toEqual([MACOS_LISTED, ['scope.os.version-not-given', message, OS, 'macos', 'scope-missing-information'], JA_OK, X86_OK]);
  });
  it('「Mac OS X 10.5」 in one text: the longest OS name is the name (Mac OS X, not Mac OS), 10.5 the version', () => {
    const r = env({ os: { name: 'Mac OS X 10.5', language: 'ja', cpuArchitecture: 'x86' } });
    expect(r).toMatchObject({ ok: true, verdict: 'supported', conditions: [] });
    expect(r.checks.map((c) => [c.component, c.name, c.verdict])).toEqual([['os', 'MacOS', 'supported']]);
    expect(checkRows(r)).toEqual([
      MACOS_LISTED,
      ['scope.os.version-meets-minimum', 'MacOS 10.5 is at or above the minimum 10.4.10 (「10.4.10以上」)', OS, 'macos', 'scope-minimum-inclusive'],
      JA_OK,
      X86_OK,
    ]);
  });
  it('an architecture that is not PowerPC (sparc) is not excluded; the language is read without surrounding blanks', () => {
    const r = env({ os: { name: 'Windows', version: 'XP', language: ' 日本語 ', cpuArchitecture: 'sparc' } });
    expect(r.verdict).toBe('supported');
    expect(checkRows(r).slice(2)).toEqual([
      ['scope.os.language-ok', ' 日本語  edition: 「日本語版のみ対応」', OS, undefined, undefined],
      ['scope.os.architecture-ok', 'CPU architecture sparc is not PowerPC (「ただし、PowerPCは対象外」)', POWERPC, 'powerpc', 'scope-powerpc-every-os'],
    ]);
  });
  it('Javanese (jav) is not the Japanese edition', () => {
    const r = env({ os: { name: 'Windows', version: 'XP', language: 'jav', cpuArchitecture: 'x86' } });
    expect(r.verdict).toBe('not-supported');
    expect(checkRows(r)[2]).toEqual(['scope.os.language-not-supported', 'jav edition: 「日本語版のみ対応」', OS, undefined, undefined]);
  });
  it('an OS no document knows, with unknownNames: not-supported: not a recommended OS, named as given', () => {
    const r = env({ os: { name: 'Linux' } }, { unknownNames: 'not-supported' });
    expect(r).toMatchObject({ ok: false, verdict: 'not-supported', conditions: [] });
    expect(r.checks.map((c) => [c.component, c.name, c.verdict, c.conditions])).toEqual([['os', 'Linux', 'not-supported', []]]);
    expect(checkRows(r)).toEqual([['scope.os.not-listed', `Linux is not a recommended OS (${OS_LIST})`, OS, undefined, 'scope-closed-lists']]);
  });
  it('an OS no document knows is a NotFoundError; so is an OS name with a version when the version is also given', () => {
    expectRefusal(
      () => env({ os: { name: 'Linux' } }),
      NotFoundError,
      'not_found',
      ['subject', 'os', 'name'],
      `subject.os.name: Unknown operating system "Linux": no document of the catalog names it (known: ${OSES.join(', ')})`,
      { value: 'Linux', known: OSES, closest: ['iOS', 'Mac', 'Windows'] },
    );
    expectRefusal(
      () => env({ os: { name: 'Windows XP', version: '7' } }),
      NotFoundError,
      'not_found',
      ['subject', 'os', 'name'],
      `subject.os.name: Unknown operating system "Windows XP": no document of the catalog names it (known: ${OSES.join(', ')})`,
      { value: 'Windows XP', known: OSES, closest: ['Windows', 'iOS', 'iPadOS'] },
    );
  });
});

describe('003 ブラウザ, CPU, ソケット通信, ネットワーク環境: each part of the answer', () => {
  it('IE 6 is a recommended browser from 「5.5以上」', () => {
    const r = env({ browser: { name: 'IE', version: '6' } });
    expect(r).toMatchObject({ ok: true, verdict: 'supported', conditions: [] });
    expect(r.checks.map((c) => [c.component, c.name, c.verdict, c.conditions])).toEqual([['browser', 'Internet Explorer', 'supported', []]]);
    expect(checkRows(r)).toEqual([
      ['scope.browser.listed', 'Internet Explorer is a recommended browser from 「5.5以上」', BROWSERS, 'ucom-env-internet-explorer', undefined],
      ['scope.browser.version-meets-minimum', 'Internet Explorer 6 is at or above the minimum 5.5 (「5.5以上」)', BROWSERS, 'ucom-env-internet-explorer', 'scope-minimum-inclusive'],
    ]);
  });
  it('Outlook is no browser of the list: not-supported', () => {
    const r = env({ browser: { name: 'Outlook', version: '2010' } });
    expect(r.checks.map((c) => [c.component, c.name, c.verdict, c.conditions])).toEqual([['browser', 'Outlook', 'not-supported', []]]);
    expect(checkRows(r)).toEqual([['scope.browser.not-listed', 'Outlook is not in the list (Internet Explorer、Fire FOX、Safari、Opera、Google Chrome)', BROWSERS, undefined, 'scope-closed-lists']]);
  });
  it('the CPU: 800 MHz meets 「Pentium Ⅲ 800MHz以上」, 799.5 MHz does not (scope-cpu-clock-only)', () => {
    const at = env({ cpuClockMHz: 800 });
    expect(at.checks.map((c) => [c.component, c.name, c.verdict, c.conditions])).toEqual([['cpu', 'Pentium Ⅲ', 'supported', []]]);
    expect(checkRows(at)).toEqual([['scope.cpu.meets-minimum', '800 MHz is at or above 800 MHz (「Pentium Ⅲ 800MHz以上」; the clock alone is compared)', CPU, undefined, 'scope-cpu-clock-only']]);
    const below = env({ cpuClockMHz: 799.5 });
    expect(below.checks.map((c) => [c.component, c.name, c.verdict])).toEqual([['cpu', 'Pentium Ⅲ', 'not-supported']]);
    expect(checkRows(below)).toEqual([['scope.cpu.below-minimum', '799.5 MHz is below 800 MHz (「Pentium Ⅲ 800MHz以上」; the clock alone is compared)', CPU, undefined, 'scope-cpu-clock-only']]);
  });
  it('Winsock 1.0 meets 「Winsock 1.0以上」, 0.9 does not', () => {
    const listed = ['scope.socket.listed', 'Winsock 「1.0以上」 is required', SOCKET, undefined, undefined];
    const at = env({ winsockVersion: '1.0' });
    expect(at.checks.map((c) => [c.component, c.name, c.verdict, c.conditions])).toEqual([['socket', 'Winsock', 'supported', []]]);
    expect(checkRows(at)).toEqual([listed, ['scope.socket.version-meets-minimum', 'Winsock 1.0 is at or above the minimum 1.0 (「1.0以上」)', SOCKET, 'socket', 'scope-minimum-inclusive']]);
    expect(checkRows(env({ winsockVersion: '0.9' }))).toEqual([listed, ['scope.socket.version-below-minimum', 'Winsock 0.9 is below the minimum 1.0 (「1.0以上」)', SOCKET, 'socket', 'scope-minimum-inclusive']]);
  });
  it('the ports of 「80/443番ポートが開放されている」: both open; one closed; both closed', () => {
    const open = env({ openPorts: [1, 80, 443, 65535] });
    expect(open.checks.map((c) => [c.component, c.name, c.verdict, c.conditions])).toEqual([['network', 'TCP/IP', 'supported', []]]);
    expect(checkRows(open)).toEqual([['scope.network.ports-open', 'Ports 80, 443 are open (「80/443番ポートが開放されているTCP/IPによるネットワーク環境」)', NETWORK, undefined, undefined]]);
    expect(checkRows(env({ openPorts: [443] }))).toEqual([['scope.network.ports-closed', 'Port 80 not open (「80/443番ポートが開放されているTCP/IPによるネットワーク環境」)', NETWORK, undefined, undefined]]);
    expect(checkRows(env({ openPorts: [80] }))).toEqual([['scope.network.ports-closed', 'Port 443 not open (「80/443番ポートが開放されているTCP/IPによるネットワーク環境」)', NETWORK, undefined, undefined]]);
    expect(checkRows(env({ openPorts: [] }))).toEqual([['scope.network.ports-closed', 'Ports 80, 443 not open (「80/443番ポートが開放されているTCP/IPによるネットワーク環境」)', NETWORK, undefined, undefined]]);
  });
});

describe('003’s caveats come after the checks of an environment', () => {
  it('「ただし、次に定めるサポート対象およびサポート範囲内であっても、対応できない場合があります。」 and 「ただし利用環境によっては、本サービスをご利用できない場合があります。」', () => {
    const r = env({ cpuClockMHz: 800, winsockVersion: '1.0' });
    expect(rows(r.reasons).map((x) => x[0])).toEqual(['scope.cpu.meets-minimum', 'scope.socket.listed', 'scope.socket.version-meets-minimum', 'scope.caveat', 'scope.caveat']);
    expect(rows(r.reasons).slice(3)).toEqual([
      ['scope.caveat', 'サポート対象およびサポート範囲内であっても、対応できない場合があります。', 'ただし、次に定めるサポート対象およびサポート範囲内であっても、対応できない場合があります。', 'ucom-scope-may-refuse', undefined],
      [
        'scope.caveat',
        '利用環境によっては、本サービスをご利用できない場合があります。',
        '4、本サービスのご利用に必要な環境は、サービスの動作環境に準じます。ただし利用環境によっては、本サービスをご利用できない場合があります。',
        'ucom-environment-may-fail',
        undefined,
      ],
    ]);
  });
});

describe('000 states no recommended environment: each part not-stated', () => {
  it('os, browser, CPU, socket and network, in that order', () => {
    const r = checkSupportScope({
      planId: 'oas-plan-a',
      subject: { kind: 'environment', os: { name: 'Windows', version: '7' }, browser: { name: 'IE', version: '6' }, cpuClockMHz: 1000, winsockVersion: '2.2', openPorts: [80, 443] },
    });
    const no = (component: string, name: string, what: string) => ({
      component,
      name,
      verdict: 'not-stated',
      conditions: [],
      reasons: [{ rule: 'scope.not-stated', message: `オフィス安心サポート: the document states no ${what}`, factId: 'office-anshin-support' }],
    });
    const checks = [
      no('os', 'os', 'recommended environment'),
      no('browser', 'IE', 'recommended browsers'),
      no('cpu', 'cpu', 'CPU requirement'),
      no('socket', 'socket', 'socket requirement'),
      no('network', 'network', 'network requirement'),
    ];
    expect(r).toEqual({ ok: false, verdict: 'not-stated', planId: 'oas-plan-a', subject: 'environment', checks, conditions: [], reasons: checks.flatMap((c) => c.reasons) });
  });
  it('a browser no document knows is still refused', () => {
    expect(() => checkSupportScope({ planId: 'oas-plan-a', subject: { kind: 'environment', browser: { name: 'Edge' } } })).toThrow(
      expect.objectContaining({ code: 'not_found', path: ['subject', 'browser', 'name'], message: expect.stringContaining('Unknown product "Edge"') }),
    );
  });
});

describe('an OS equivalence in the recommended environment (a catalog edited for the purpose: 003 states none)', () => {
  // 003 edited: its environment also lists iOS 17, and it reads iPadOS as iOS (the equivalence 000 and 001 state for
  // their tools, interpretation scope-ipados-as-ios); an equivalence to an OS the environment does not list (Android)
  // comes first and is passed over; an equivalence of a listed OS (MacOS read as iOS) is never used, the OS's own entry
  // is. The catalog is made in each test (a mutation run runs only the tests that cover a line).
  const catalog = () =>
    editedCatalog((docs) => {
      const d = docs.find((x) => x.document.id === 'ucom-remote-support')!;
      const s = d.scope;
      const source = s.operatingSystems[0].source;
      s.operatingSystems.push({ id: 'ios', names: ['iOS'], source }, { id: 'ipados', names: ['iPadOS'], source }, { id: 'android', names: ['Android'], source });
      s.environment.os.entries.push({ os: 'ios', asWritten: 'iOS17', versions: { kind: 'one-of', values: ['17'] }, source });
      s.osEquivalents = [
        { os: 'ipados', countsAs: 'android', source },
        { os: 'ipados', countsAs: 'ios', source: { ...source, note: 'Interpretation scope-ipados-as-ios: iPadOS is read as iOS.' } },
        { os: 'macos', countsAs: 'ios', source },
      ];
    });
  const full = { language: 'ja', cpuArchitecture: 'x86' };
  it('iPadOS 17 is read as iOS (option osEquivalents, by default)', () => {
    const r = env({ os: { name: 'iPadOS', version: '17', ...full } }, { catalog: catalog() });
    expect(r).toMatchObject({ ok: true, verdict: 'supported' });
    expect(r.checks.map((c) => [c.component, c.name, c.verdict])).toEqual([['os', 'iPadOS', 'supported']]);
    const src = 'OS(日本語版のみ対応) Windows2000/2003/XP/Vista/7/MacOS10.4.10以上';
    expect(checkRows(r).slice(0, 3)).toEqual([
      ['scope.os.equivalent', 'iPadOS is read as iOS', src, undefined, 'scope-ipados-as-ios'],
      ['scope.os.listed', 'iPadOS is a recommended OS: 「iOS17」', src, 'ios', undefined],
      ['scope.os.version-listed', 'iPadOS 17 is one of the listed versions (17)', src, 'ios', undefined],
    ]);
  });
  it('MacOS 10.5, listed itself, is read by its own entry (「MacOS10.4.10以上」), not through an equivalence', () => {
    const r = env({ os: { name: 'MacOS', version: '10.5', ...full } }, { catalog: catalog() });
    expect(r).toMatchObject({ ok: true, verdict: 'supported' });
    expect(checkRows(r).map((x) => x[0])).toEqual(['scope.os.listed', 'scope.os.version-meets-minimum', 'scope.os.language-ok', 'scope.os.architecture-ok']);
    expect(checkRows(r)[0]).toEqual(MACOS_LISTED);
  });
  it('with osEquivalents: ignore, iPadOS is not a recommended OS; Android, with no equivalence of its own, neither', () => {
    const cat = catalog();
    for (const [name, options] of [
      ['iPadOS', { osEquivalents: 'ignore' }],
      ['Android', {}],
    ] as const) {
      const r = env({ os: { name, version: '17', ...full } }, { catalog: cat, ...options });
      expect(r.verdict).toBe('not-supported');
      expect(checkRows(r)).toEqual([['scope.os.not-listed', `${name} is not a recommended OS (${OS_LIST}/iOS17)`, OS, undefined, 'scope-closed-lists']]);
    }
  });
});

describe('environment refusals, word for word', () => {
  const cases: Array<[string, Record<string, unknown>, readonly unknown[], string, Record<string, unknown>]> = [
    ['no part given', {}, ['subject'], 'subject: Describe at least one part of the environment: os, browser, cpuClockMHz, winsockVersion, openPorts', {}],
    ['an OS that is not an object', { os: 'Windows' }, ['subject', 'os'], 'subject.os: Expected an OS { name, version?, language?, cpuArchitecture? }', { value: 'Windows' }],
    [
      'an OS with an unknown field',
      { os: { name: 'Windows', edition: 'Home' } },
      ['subject', 'os', 'edition'],
      'subject.os.edition: Unknown field "edition"; expected one of name, version, language, cpuArchitecture',
      { allowed: ['name', 'version', 'language', 'cpuArchitecture'] },
    ],
    ['an empty OS name', { os: { name: '' } }, ['subject', 'os', 'name'], 'subject.os.name: subject.os.name must be a non-empty string', { value: '' }],
    ['an empty OS version', { os: { name: 'Windows', version: '' } }, ['subject', 'os', 'version'], 'subject.os.version: subject.os.version must be a non-empty string', { value: '' }],
    ['an empty language', { os: { name: 'Windows', language: '' } }, ['subject', 'os', 'language'], 'subject.os.language: subject.os.language must be a non-empty string', { value: '' }],
    [
      'an empty architecture',
      { os: { name: 'Windows', cpuArchitecture: '' } },
      ['subject', 'os', 'cpuArchitecture'],
      'subject.os.cpuArchitecture: subject.os.cpuArchitecture must be a non-empty string',
      { value: '' },
    ],
    [
      'a Windows version that cannot be read',
      { os: { name: 'Windows', version: 'X/P' } },
      ['subject', 'os', 'version'],
      'subject.os.version: Cannot read the Windows version "X/P" (listed: 2000, 2003, XP, Vista, 7)',
      { value: 'X/P', allowed: ['2000', '2003', 'XP', 'Vista', '7'] },
    ],
    ['a browser that is not an object', { browser: 'IE' }, ['subject', 'browser'], 'subject.browser: Expected a browser { name, version? }', { value: 'IE' }],
    [
      'a browser with an unknown field',
      { browser: { name: 'IE', vendor: 'Microsoft' } },
      ['subject', 'browser', 'vendor'],
      'subject.browser.vendor: Unknown field "vendor"; expected one of name, version',
      { allowed: ['name', 'version'] },
    ],
    ['an empty browser name', { browser: { name: '' } }, ['subject', 'browser', 'name'], 'subject.browser.name: subject.browser.name must be a non-empty string', { value: '' }],
    ['an empty browser version', { browser: { name: 'IE', version: '' } }, ['subject', 'browser', 'version'], 'subject.browser.version: subject.browser.version must be a non-empty string', { value: '' }],
    ['a CPU clock of NaN', { cpuClockMHz: Number.NaN }, ['subject', 'cpuClockMHz'], 'subject.cpuClockMHz: cpuClockMHz must be a positive number of MHz', { value: Number.NaN }],
    ['an endless CPU clock', { cpuClockMHz: Number.POSITIVE_INFINITY }, ['subject', 'cpuClockMHz'], 'subject.cpuClockMHz: cpuClockMHz must be a positive number of MHz', { value: Number.POSITIVE_INFINITY }],
    ['a negative CPU clock', { cpuClockMHz: -800 }, ['subject', 'cpuClockMHz'], 'subject.cpuClockMHz: cpuClockMHz must be a positive number of MHz', { value: -800 }],
    ['a Winsock version that is a number', { winsockVersion: 2 }, ['subject', 'winsockVersion'], 'subject.winsockVersion: subject.winsockVersion must be a non-empty string', { value: 2 }],
    [
      'a Winsock version that cannot be read',
      { winsockVersion: 'two' },
      ['subject', 'winsockVersion'],
      'subject.winsockVersion: Cannot read the version "two" (expected numbers joined by dots, e.g. 6.0)',
      { value: 'two', scheme: 'dotted' },
    ],
    ['ports that are not a list', { openPorts: '80' }, ['subject', 'openPorts'], 'subject.openPorts: openPorts must be an array of port numbers', { value: '80' }],
    ['port 0', { openPorts: [80, 0] }, ['subject', 'openPorts', 1], 'subject.openPorts[1]: A port is a whole number from 1 to 65535', { value: 0 }],
    ['port 65536', { openPorts: [65536] }, ['subject', 'openPorts', 0], 'subject.openPorts[0]: A port is a whole number from 1 to 65535', { value: 65536 }],
    ['port 80.5', { openPorts: [80.5] }, ['subject', 'openPorts', 0], 'subject.openPorts[0]: A port is a whole number from 1 to 65535', { value: 80.5 }],
    ['port "80"', { openPorts: ['80'] }, ['subject', 'openPorts', 0], 'subject.openPorts[0]: A port is a whole number from 1 to 65535', { value: '80' }],
  ];
  it.each(cases)('%s', (_label, subject, path, message, details) => {
    expectRefusal(() => env(subject), InvalidInputError, 'invalid_input', path, message, details);
  });
});

// Found by the Stryker helper's tests (2026-12-03): a listed Windows with an edition after it was "not supported", and a
// name that only begins like a known OS was read as that OS with a version the caller never gave.
describe('an OS written with its edition, or a name that only begins like a known OS', () => {
  const os = (o: Record<string, unknown>) => env({ os: { language: 'ja', cpuArchitecture: 'x86', ...o } });
  it.each([
    [{ name: 'Windows 7 Professional' }, 'Windows 7 (Professional) is one of the listed versions (2000/2003/XP/Vista/7)'],
    [{ name: 'Windows', version: '7 SP1' }, 'Windows 7 (SP1) is one of the listed versions (2000/2003/XP/Vista/7)'],
    [{ name: 'Windows', version: 'Windows 7 SP1' }, 'Windows 7 (SP1) is one of the listed versions (2000/2003/XP/Vista/7)'],
    [{ name: 'WindowsXP' }, 'Windows XP is one of the listed versions (2000/2003/XP/Vista/7)'],
    [{ name: 'Windows XP Home Edition' }, 'Windows XP (Home Edition) is one of the listed versions (2000/2003/XP/Vista/7)'],
  ])('%j is supported: 「Windows2000/2003/XP/Vista/7」', (o, message) => {
    const r = os(o);
    expect(r).toMatchObject({ ok: true, verdict: 'supported' });
    expect(checkRows(r)[1]).toEqual(['scope.os.version-listed', message, OS, 'windows', 'scope-windows-editions-listed']);
  });
  it('Windows 10 Pro is not listed, with its edition shown apart', () => {
    const r = os({ name: 'Windows 10 Pro' });
    expect(r).toMatchObject({ ok: false, verdict: 'not-supported' });
    expect(checkRows(r)[1]).toEqual(['scope.os.version-not-listed', 'Windows 10 (Pro) is not one of the listed versions (2000/2003/XP/Vista/7)', OS, 'windows', 'scope-windows-editions-listed']);
  });
  it('a MacOS version may repeat the OS name, as a Windows one may (「MacOS10.4.10以上」)', () => {
    expect(os({ name: 'MacOS', version: 'MacOS 10.5' })).toMatchObject({ ok: true, verdict: 'supported' });
    expect(os({ name: 'MacOS', version: 'Mac OS X 10.4.9' })).toMatchObject({ ok: false, verdict: 'not-supported' });
    expect(os({ name: 'macOS 10.15' })).toMatchObject({ ok: true, verdict: 'supported' });
  });
  it.each(['Macintosh', 'Mac Pro', 'macOS Sonoma', 'Windowsphone'])('%s is an unknown OS name, refused at the name (no version was given)', (name) => {
    let error: unknown;
    try {
      os({ name });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NotFoundError);
    expect((error as NotFoundError).path).toEqual(['subject', 'os', 'name']);
  });
});
