/**
 * checkSupportScope's software, hardware and tool answers in full, and its refusals word for word (003 サポート範囲;
 * 001/000 tool conditions). Written for the survivors of a Stryker run on src/scope/support.ts (docs/mutation.md,
 * 2026-12-03: 60.7 % with support-env-edges.test.ts): each case asserts the verdict, every reason (rule, message,
 * passage, fact id, interpretation) and the conditions, so that an answer reached with a wrong rule, or explained with
 * the wrong text or source, fails.
 *
 * 003 「○サポート範囲 ●ソフトウェア」
 *     「メール Windows mail、Windows Live Mail 2009以降、Outlook Express 5.5以降、Outlook 2007以降、Mac mail 1.x以降」
 *     「FTP FFFTP、ホームページビルダーV15以降の」
 *     「●ハードウェア IP電話サービス 専用機器 Aterm BR500V、WH822N 初期設定・設定内容確認」
 *     「ただし、次に定めるサポート対象およびサポート範囲内であっても、対応できない場合があります。」
 */
import { describe, expect, it } from 'vitest';
import { checkSupportScope, InvalidInputError, NotFoundError, type Reason, type SupportScope } from '../../src/index.js';
import { textOf } from '../helpers/passage.js';
import { editedCatalog, expectRefusal } from '../helpers/values.js';

const UCOM = 'ucom-remote-support';
const LIGHT1 = 'itss-light-anshin-1';
const scope = (input: Record<string, unknown>): SupportScope => checkSupportScope({ planId: UCOM, ...input } as never);

/** A reason as one row: rule, message, its passage as one text, fact id, interpretation. */
const row = (r: Reason) => [r.rule, r.message, textOf(r.source?.passage), r.factId, r.interpretation];
const rows = (reasons: readonly Reason[]) => reasons.map(row);

// The passages of 003 (fixtures/003-ucom-remote-support.json), as textOf joins their excerpts.
const MAIL =
  '○サポート範囲 ●ソフトウェア … メール Windows mail、Windows Live Mail 2009以降、Outlook Express 5.5以降、Outlook 2007以降、Mac mail 1.x以降 … 送受信設定(アカウント取得、メーラー設定、WEBメール利用設定、等) 設定内容確認';
const MAIL_COVERAGE = '送受信設定(アカウント取得、メーラー設定、WEBメール利用設定、等) 設定内容確認';
const FTP = '○サポート範囲 ●ソフトウェア … FTP FFFTP、ホームページビルダーV15以降の … 接続設定(FTPアカウント情報確認、FTPソフトの設定、等) 設定内容確認';
const BROWSERS_SW = '○サポート範囲 ●ソフトウェア … ブラウザ Internet Explorer 6.0以降、Safari4.0以降 … 基本設定(TOP画面設定、ブラウザの初期化、等) 設定内容確認';
const HARDWARE = '●ハードウェア IP電話サービス 専用機器 Aterm BR500V、WH822N 初期設定・設定内容確認';
const SOFTWARE_LIST = 'Internet Explorer、Safari、Windows mail、Windows Live Mail、Outlook Express、Outlook、Mac mail、FFFTP、ホームページビルダー、セキュリティ360°、安心Kidsフィルター、セキュリティオンライン、セキュリティベーシック';
/** 003's caveats, added to every software, hardware and environment answer. */
const CAVEATS = [
  ['scope.caveat', 'サポート対象およびサポート範囲内であっても、対応できない場合があります。', 'ただし、次に定めるサポート対象およびサポート範囲内であっても、対応できない場合があります。', 'ucom-scope-may-refuse', undefined],
  [
    'scope.caveat',
    '利用環境によっては、本サービスをご利用できない場合があります。',
    '4、本サービスのご利用に必要な環境は、サービスの動作環境に準じます。ただし利用環境によっては、本サービスをご利用できない場合があります。',
    'ucom-environment-may-fail',
    undefined,
  ],
];
const PRODUCTS = [
  'Internet Explorer', 'Safari', 'Windows mail', 'Windows Live Mail', 'Outlook Express', 'Outlook', 'Mac mail', 'FFFTP', 'ホームページビルダー',
  'セキュリティ360°', '安心Kidsフィルター', 'セキュリティオンライン', 'セキュリティベーシック', 'Aterm BR500V', 'WH822N', 'Fire FOX', 'Opera', 'Google Chrome',
];
const OSES = ['Windows', 'Android', 'iOS', 'iPadOS', 'Mac'];

describe('003 サポート範囲 ソフトウェア, whole answers', () => {
  it('Outlook without a version: conditional on the version, 「Outlook 2007以降」 cited with the fact id', () => {
    const r = scope({ subject: { kind: 'software', name: 'Outlook' } });
    const message = 'Outlook is supported from 2007以降; the version was not given';
    expect(r).toMatchObject({ ok: false, verdict: 'conditional', planId: UCOM, subject: 'software' });
    expect(r.checks.map((c) => [c.component, c.name, c.verdict])).toEqual([['software', 'Outlook', 'conditional']]);
    expect(r.conditions).toEqual([{ id: 'version', message, source: expect.anything() }]);
    expect(textOf(r.conditions[0]!.source!.passage)).toBe(MAIL);
    expect(r.checks[0]!.conditions).toEqual(r.conditions);
    expect(rows(r.checks[0]!.reasons)).toEqual([
      ['scope.software.listed', `Outlook (mail) is in the support scope: ${MAIL_COVERAGE}`, MAIL, 'ucom-sw-outlook', undefined],
      ['scope.software.version-not-given', message, MAIL, 'ucom-sw-outlook', 'scope-missing-information'],
    ]);
    expect(rows(r.reasons)).toEqual([...rows(r.checks[0]!.reasons), ...CAVEATS]);
  });
  it('Mac mail 2.0 meets 「Mac mail 1.x以降」: the minimum shown as 1.x (scope-minimum-inclusive)', () => {
    const r = scope({ subject: { kind: 'software', name: 'Mac mail', version: '2.0' } });
    expect(r).toMatchObject({ ok: true, verdict: 'supported', conditions: [] });
    expect(r.checks[0]!.conditions).toEqual([]);
    expect(rows(r.checks[0]!.reasons)).toEqual([
      ['scope.software.listed', `Mac mail (mail) is in the support scope: ${MAIL_COVERAGE}`, MAIL, 'ucom-sw-mac-mail', undefined],
      ['scope.software.version-meets-minimum', 'Mac mail 2.0 is at or above the minimum 1.x (「1.x以降」)', MAIL, 'ucom-sw-mac-mail', 'scope-minimum-inclusive'],
    ]);
  });
  it('Outlook 2003 is below 「Outlook 2007以降」', () => {
    const r = scope({ subject: { kind: 'software', name: 'Outlook', version: '2003' } });
    expect(r).toMatchObject({ ok: false, verdict: 'not-supported', conditions: [] });
    expect(rows(r.checks[0]!.reasons)[1]).toEqual(['scope.software.version-below-minimum', 'Outlook 2003 is below the minimum 2007 (「2007以降」)', MAIL, 'ucom-sw-outlook', 'scope-minimum-inclusive']);
  });
  it('FFFTP has no minimum (「FTP FFFTP、ホームページビルダーV15以降の」): any readable version is supported', () => {
    const r = scope({ subject: { kind: 'software', name: 'FFFTP', version: '3.8' } });
    expect(r).toMatchObject({ ok: true, verdict: 'supported', conditions: [] });
    expect(r.checks).toEqual([{ component: 'software', name: 'FFFTP', verdict: 'supported', conditions: [], reasons: r.checks[0]!.reasons }]);
    expect(rows(r.checks[0]!.reasons)).toEqual([
      ['scope.software.listed', 'FFFTP (ftp) is in the support scope: 接続設定(FTPアカウント情報確認、FTPソフトの設定、等) 設定内容確認', FTP, 'ucom-sw-ffftp', 'scope-minimum-binds-preceding-name'],
      ['scope.software.no-minimum', 'The document states no minimum version for FFFTP', FTP, 'ucom-sw-ffftp', undefined],
    ]);
  });
  it('an unreadable FFFTP version is refused as a dotted version', () => {
    expectRefusal(
      () => scope({ subject: { kind: 'software', name: 'FFFTP', version: 'newest' } }),
      InvalidInputError,
      'invalid_input',
      ['subject', 'version'],
      'subject.version: Cannot read the version "newest" (expected numbers joined by dots, e.g. 6.0)',
      { value: 'newest', scheme: 'dotted' },
    );
  });
  it('a product is also found by its fact id (ucom-sw-outlook)', () => {
    const r = scope({ subject: { kind: 'software', name: 'ucom-sw-outlook', version: '2010' } });
    expect(r.verdict).toBe('supported');
    expect(r.checks[0]!.name).toBe('Outlook');
    expect(row(r.reasons[1]!)).toEqual(['scope.software.version-meets-minimum', 'Outlook 2010 is at or above the minimum 2007 (「2007以降」)', MAIL, 'ucom-sw-outlook', 'scope-minimum-inclusive']);
  });
  it('Opera, a recommended browser of 003 but not in its support scope: not-supported, the list named (scope-closed-lists)', () => {
    const r = scope({ subject: { kind: 'software', name: 'Opera', version: '10' } });
    expect(r).toMatchObject({ ok: false, verdict: 'not-supported', conditions: [] });
    expect(r.checks).toEqual([{ component: 'software', name: 'Opera', verdict: 'not-supported', conditions: [], reasons: r.checks[0]!.reasons }]);
    expect(rows(r.reasons)).toEqual([
      ['scope.software.not-listed', `Opera is not in the list (${SOFTWARE_LIST})`, BROWSERS_SW, undefined, 'scope-closed-lists'],
      ...CAVEATS,
    ]);
  });
  it('a name no document knows, with unknownNames: not-supported: quoted as given', () => {
    const r = scope({ subject: { kind: 'software', name: 'Thunderbird' }, unknownNames: 'not-supported' });
    expect(r.checks.map((c) => [c.component, c.name, c.verdict])).toEqual([['software', 'Thunderbird', 'not-supported']]);
    expect(row(r.reasons[0]!)).toEqual(['scope.software.not-listed', `"Thunderbird" is not in the list (${SOFTWARE_LIST})`, BROWSERS_SW, undefined, 'scope-closed-lists']);
  });
  it('a name no document knows: NotFoundError listing the products the catalog knows', () => {
    const closest = ['Opera', 'Safari', 'Aterm BR500V'];
    const details = { value: 'Thunderbird', known: PRODUCTS, closest };
    const message = `subject.name: Unknown product "Thunderbird": no document of the catalog names it (known: ${PRODUCTS.join(', ')})`;
    expectRefusal(() => scope({ subject: { kind: 'software', name: 'Thunderbird' } }), NotFoundError, 'not_found', ['subject', 'name'], message, details);
    // unknownNames: 'error' is the default, and may be given.
    expectRefusal(() => scope({ subject: { kind: 'software', name: 'Thunderbird' }, unknownNames: 'error' }), NotFoundError, 'not_found', ['subject', 'name'], message, details);
    // A document without a software list still refuses a name no document knows.
    expectRefusal(() => checkSupportScope({ planId: LIGHT1, subject: { kind: 'software', name: 'Thunderbird' } }), NotFoundError, 'not_found', ['subject', 'name'], message, details);
  });
  it('001 states no software list: not-stated, named by the document, no caveats', () => {
    const r = checkSupportScope({ planId: LIGHT1, subject: { kind: 'software', name: 'Outlook', version: '2010' } });
    expect(r).toEqual({
      ok: false,
      verdict: 'not-stated',
      planId: LIGHT1,
      subject: 'software',
      checks: [
        {
          component: 'software',
          name: 'Outlook',
          verdict: 'not-stated',
          conditions: [],
          reasons: [{ rule: 'scope.not-stated', message: 'ITサポート&セキュリティ: the document states no list of supported software', factId: 'it-support-security' }],
        },
      ],
      conditions: [],
      reasons: [{ rule: 'scope.not-stated', message: 'ITサポート&セキュリティ: the document states no list of supported software', factId: 'it-support-security' }],
    });
  });
});

describe('003 サポート範囲 ハードウェア (「Aterm BR500V、WH822N」), whole answers', () => {
  it('WH822N (and its fact id): supported, with 003’s caveats', () => {
    for (const name of ['WH822N', 'ucom-hw-wh822n']) {
      const r = scope({ subject: { kind: 'hardware', name } });
      const listed = { rule: 'scope.hardware.listed', message: 'WH822N (ip-phone-device) is in the support scope: 初期設定・設定内容確認', source: expect.anything(), factId: 'ucom-hw-wh822n' };
      expect(r).toEqual({
        ok: true,
        verdict: 'supported',
        planId: UCOM,
        subject: 'hardware',
        checks: [{ component: 'hardware', name: 'WH822N', verdict: 'supported', conditions: [], reasons: [listed] }],
        conditions: [],
        reasons: [listed, expect.anything(), expect.anything()],
      });
      expect(rows(r.reasons)).toEqual([['scope.hardware.listed', listed.message, HARDWARE, 'ucom-hw-wh822n', undefined], ...CAVEATS]);
    }
  });
  it('Outlook is software, not one of the listed devices: not-supported', () => {
    const r = scope({ subject: { kind: 'hardware', name: 'Outlook' } });
    expect(r.checks.map((c) => [c.component, c.name, c.verdict, c.conditions])).toEqual([['hardware', 'Outlook', 'not-supported', []]]);
    expect(rows(r.reasons)).toEqual([['scope.hardware.not-listed', 'Outlook is not in the list (Aterm BR500V、WH822N)', HARDWARE, undefined, 'scope-closed-lists'], ...CAVEATS]);
  });
  it('001 states no hardware list: not-stated; a device no document knows is still refused', () => {
    const r = checkSupportScope({ planId: LIGHT1, subject: { kind: 'hardware', name: 'WH822N' } });
    expect(r).toMatchObject({ ok: false, verdict: 'not-stated', conditions: [] });
    expect(r.checks).toEqual([
      {
        component: 'hardware',
        name: 'WH822N',
        verdict: 'not-stated',
        conditions: [],
        reasons: [{ rule: 'scope.not-stated', message: 'ITサポート&セキュリティ: the document states no list of supported hardware', factId: 'it-support-security' }],
      },
    ]);
    expect(r.reasons).toEqual(r.checks[0]!.reasons);
    expectRefusal(
      () => checkSupportScope({ planId: LIGHT1, subject: { kind: 'hardware', name: 'Aterm WR9500N' } }),
      NotFoundError,
      'not_found',
      ['subject', 'name'],
      `subject.name: Unknown product "Aterm WR9500N": no document of the catalog names it (known: ${PRODUCTS.join(', ')})`,
      { value: 'Aterm WR9500N', known: PRODUCTS, closest: expect.any(Array) },
    );
  });
});

describe('tools (001 「○リモートサポートツール、IT運用管理ツールのご利用条件は以下のとおりです。」; 000 ※3)', () => {
  const OS_PASSAGE = '○リモートサポートツール、IT運用管理ツールのご利用条件は以下のとおりです。 … OS Windows、Mac*、Android、iOS、iPadOS';
  const DEVICE_PASSAGE = '○リモートサポートツール、IT運用管理ツールのご利用条件は以下のとおりです。 … 端末 パソコン・スマートフォン・タブレット';
  const ONLY_LIGHT = 'IT運用管理 ライトあんしんプラン限定 〔IT運用管理ツール〕';
  const deviceReasons = [
    ['scope.tool.os-listed', 'IT運用管理ツール supports Windows (「Windows」)', OS_PASSAGE, 'it-management-tool', undefined],
    ['scope.tool.device-type-not-given', 'Device type not given; the tool supports パソコン・スマートフォン・タブレット', DEVICE_PASSAGE, 'it-management-tool', undefined],
  ];
  it('「ライトあんしんプラン限定」: a discontinued plan (プラン1 ライト) does not include the IT management tool (scope-it-management-only-listed)', () => {
    for (const unlistedPlans of [undefined, 'not-included']) {
      const r = checkSupportScope({ planId: 'itss-legacy-light-1', subject: { kind: 'tool', tool: 'it-management-tool', os: 'Windows' }, ...(unlistedPlans ? { unlistedPlans } : {}) } as never);
      expect(r).toMatchObject({ ok: false, verdict: 'not-supported', subject: 'tool', conditions: [] });
      expect(r.checks.map((c) => [c.component, c.name, c.verdict, c.conditions])).toEqual([['tool', 'IT運用管理ツール', 'not-supported', []]]);
      expect(rows(r.reasons)).toEqual([
        [
          'scope.it.only-listed-plans',
          'IT management is limited to the listed plans (「ライトあんしんプラン限定」); プラン1 ライト is not one of them',
          ONLY_LIGHT,
          'itss-legacy-light-1',
          'scope-it-management-only-listed',
        ],
        ...deviceReasons,
      ]);
    }
  });
  it('with unlistedPlans: not-stated, the same plan is not-stated (the device itself is supported)', () => {
    const r = checkSupportScope({ planId: 'itss-legacy-light-1', subject: { kind: 'tool', tool: 'it-management-tool', os: 'Windows' }, unlistedPlans: 'not-stated' });
    expect(r).toMatchObject({ ok: false, verdict: 'not-stated', conditions: [] });
    expect(r.checks.map((c) => [c.component, c.name, c.verdict])).toEqual([['tool', 'IT運用管理ツール', 'not-stated']]);
    expect(rows(r.reasons)).toEqual([
      ['scope.it.plan-not-stated', 'The document does not say whether プラン1 ライト includes IT management', ONLY_LIGHT, 'itss-legacy-light-1', 'scope-it-management-only-listed'],
      ...deviceReasons,
    ]);
  });
  it('000 ※3 「Android・iOSを搭載したスマートフォン・タブレット端末」: an iPadOS tablet is read as iOS by default, not with osEquivalents: ignore', () => {
    const subject = { kind: 'tool', tool: 'it-management-tool', os: 'iPadOS', deviceType: 'tablet' } as const;
    for (const osEquivalents of [undefined, 'apply'] as const) {
      const r = checkSupportScope({ planId: 'oas-plan-a', subject, ...(osEquivalents ? { osEquivalents } : {}) });
      expect(r).toMatchObject({ ok: true, verdict: 'supported' });
      expect(r.reasons.map((x) => [x.rule, x.interpretation])).toContainEqual(['scope.tool.os-equivalent', 'scope-ipados-as-ios']);
    }
    const ignored = checkSupportScope({ planId: 'oas-plan-a', subject, osEquivalents: 'ignore' });
    expect(ignored).toMatchObject({ ok: false, verdict: 'not-supported' });
    expect(ignored.reasons.map((x) => x.rule)).toEqual(['scope.it.included', 'scope.tool.os-not-listed']);
  });
  it('003 describes no tool installed on the user’s devices: not-stated, without 003’s caveats', () => {
    const r = scope({ subject: { kind: 'tool', tool: 'remote-support-tool', os: 'Windows' } });
    const notStated = { rule: 'scope.not-stated', message: 'UCOM光 リモートサポート: the document states no tool installed on the user’s devices', factId: 'ucom-remote-support' };
    expect(r).toEqual({
      ok: false,
      verdict: 'not-stated',
      planId: UCOM,
      subject: 'tool',
      checks: [{ component: 'tool', name: 'remote-support-tool', verdict: 'not-stated', conditions: [], reasons: [notStated] }],
      conditions: [],
      reasons: [notStated],
    });
    expectRefusal(
      () => scope({ subject: { kind: 'tool', tool: 'remote-support-tool', os: 'BeOS' } }),
      NotFoundError,
      'not_found',
      ['subject', 'os'],
      `subject.os: Unknown operating system "BeOS": no document of the catalog names it (known: ${OSES.join(', ')})`,
      { value: 'BeOS', known: OSES, closest: ['iOS', 'iPadOS', 'Mac'] },
    );
  });
  it('an unknown tool is refused with the tools of the plan’s document', () => {
    expectRefusal(
      () => checkSupportScope({ planId: LIGHT1, subject: { kind: 'tool', tool: 'hammer', os: 'Windows' } }),
      NotFoundError,
      'not_found',
      ['subject', 'tool'],
      'subject.tool: Unknown tool "hammer" for itss-light-anshin-1; known: remote-support-tool (リモートサポートツール), it-management-tool (IT運用管理ツール)',
      { value: 'hammer', known: ['remote-support-tool', 'it-management-tool'] },
    );
  });
  it('a document with tools but no IT management section (001 edited): the tool is answered by its device rules alone', () => {
    // The catalog is made in the test (a mutation run runs only the tests that cover a line).
    const catalog = editedCatalog((docs) => {
      for (const d of docs) if (d.document.id === 'it-support-security') delete d.scope.itManagement;
    });
    const r = checkSupportScope({ planId: LIGHT1, subject: { kind: 'tool', tool: 'remote-support-tool', os: 'Windows', deviceType: 'pc' }, catalog });
    expect(r).toMatchObject({ ok: true, verdict: 'supported' });
    expect(r.reasons.map((x) => x.rule)).toEqual(['scope.tool.os-listed', 'scope.tool.device-type-listed']);
  });
});

describe('refusals, word for word', () => {
  const cases: Array<[string, unknown, readonly unknown[], string, Record<string, unknown>]> = [
    ['not an object', null, [], 'Expected an object { planId, subject }', { value: null }],
    [
      'an unknown field',
      { planId: UCOM, subject: { kind: 'hardware', name: 'WH822N' }, plan: 1 },
      ['plan'],
      'plan: Unknown field "plan"; expected one of planId, subject, unknownNames, osEquivalents, unlistedPlans, catalog',
      { allowed: ['planId', 'subject', 'unknownNames', 'osEquivalents', 'unlistedPlans', 'catalog'] },
    ],
    ['osEquivalents not a choice', { planId: UCOM, subject: { kind: 'hardware', name: 'WH822N' }, osEquivalents: 'x' }, ['osEquivalents'], 'osEquivalents: Expected one of apply, ignore', { value: 'x', allowed: ['apply', 'ignore'] }],
    [
      'unlistedPlans not a choice',
      { planId: UCOM, subject: { kind: 'hardware', name: 'WH822N' }, unlistedPlans: 'x' },
      ['unlistedPlans'],
      'unlistedPlans: Expected one of not-included, not-stated',
      { value: 'x', allowed: ['not-included', 'not-stated'] },
    ],
    ['a subject that is not an object', { planId: UCOM, subject: 'x' }, ['subject'], 'subject: Expected a subject { kind, … }', { value: 'x' }],
    ['a subject without kind', { planId: UCOM, subject: { name: 'x' } }, ['subject', 'kind'], 'subject.kind: subject.kind is required: software, hardware, tool or environment', {}],
    [
      'a field of another kind (software with os)',
      { planId: UCOM, subject: { kind: 'software', name: 'Outlook', os: 'Windows' } },
      ['subject', 'os'],
      'subject.os: Unknown field "os"; expected one of kind, name, version',
      { allowed: ['kind', 'name', 'version'] },
    ],
    [
      'a field of another kind (tool with name)',
      { planId: LIGHT1, subject: { kind: 'tool', tool: 'remote-support-tool', os: 'Windows', name: 'x' } },
      ['subject', 'name'],
      'subject.name: Unknown field "name"; expected one of kind, tool, os, deviceType',
      { allowed: ['kind', 'tool', 'os', 'deviceType'] },
    ],
    ['an empty software name', { planId: UCOM, subject: { kind: 'software', name: '' } }, ['subject', 'name'], 'subject.name: subject.name must be a non-empty string', { value: '' }],
    ['an empty software version', { planId: UCOM, subject: { kind: 'software', name: 'Outlook', version: '' } }, ['subject', 'version'], 'subject.version: subject.version must be a non-empty string', { value: '' }],
    ['a software version that is a number', { planId: UCOM, subject: { kind: 'software', name: 'Outlook', version: 2010 } }, ['subject', 'version'], 'subject.version: subject.version must be a non-empty string', { value: 2010 }],
    ['a hardware name that is blank', { planId: UCOM, subject: { kind: 'hardware', name: ' ' } }, ['subject', 'name'], 'subject.name: subject.name must be a non-empty string', { value: ' ' }],
    ['an empty tool', { planId: LIGHT1, subject: { kind: 'tool', tool: '', os: 'Windows' } }, ['subject', 'tool'], 'subject.tool: subject.tool must be a non-empty string', { value: '' }],
    ['a tool without os', { planId: LIGHT1, subject: { kind: 'tool', tool: 'remote-support-tool' } }, ['subject', 'os'], 'subject.os: subject.os must be a non-empty string', {}],
    [
      'an empty device type',
      { planId: LIGHT1, subject: { kind: 'tool', tool: 'remote-support-tool', os: 'Windows', deviceType: '' } },
      ['subject', 'deviceType'],
      'subject.deviceType: subject.deviceType must be a non-empty string',
      { value: '' },
    ],
  ];
  it.each(cases)('%s', (_label, input, path, message, details) => {
    expectRefusal(() => checkSupportScope(input as never), InvalidInputError, 'invalid_input', path, message, details);
  });
});
