/**
 * Line eligibility and contract units.
 * 001 「●提供回線 フレッツ光（コラボ光を含む）およびフレッツ光以外のインターネットに接続可能な回線
 *      ※「フレッツ 光ライト」には提供いたしません。 ※Bフレッツ回線では一部提供可能プランが限られます。」
 *     「●契約単位 ライトあんしんプラン：1インターネット回線ごと スタンダードあんしんプラン：1IDごと」
 * 000 ※2 「フレッツ光などインターネット接続サービスおよびプロバイダのご契約が必要です。」
 *     ※8 「「フレック 光ライトプラス」をご利用の場合、初回セットアップおよび「IT運用管理ツール」のインストール後に発生する通信は課金対象となります。」
 * 003 「『spaaqs 光』又は『UCOM光 レジデンス』の契約が必要です。」
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { catalog } from '../../src/catalog/index.js';
import { passageText } from '../../src/catalog/primitives.js';
import { checkLineEligibility, type LineEligibility } from '../../src/scope/index.js';
import { textOf } from '../helpers/passage.js';

const D000 = '000_34f9cbb9e8f7f627.txt';
const D001 = '001_1058c0f8b62eb4e2.txt';
const D003 = '003_ffc254f782656f39.txt';
const ITSS_PLANS = catalog.plans.filter((p) => p.documentId === 'it-support-security').map((p) => p.id);

function passageOf(r: LineEligibility, rule: string): string {
  const hit = r.reasons.find((x) => x.rule === rule);
  expect(hit, `no reason ${rule} in ${r.reasons.map((x) => x.rule).join(', ')}`).toBeDefined();
  return passageText(hit!.source!.passage);
}

describe('001 提供回線: every plan of the document', () => {
  it.each(ITSS_PLANS)('%s: フレッツ光 is eligible (「フレッツ光（コラボ光を含む）…」)', (planId) => {
    const r = checkLineEligibility({ planId, line: 'フレッツ光' });
    expect(r).toMatchObject({ ok: true, verdict: 'eligible', line: { id: 'flets-hikari' } });
    expect(passageOf(r, 'scope.line.named-eligible')).toContain('フレッツ光（コラボ光を含む）');
  });
  it.each(ITSS_PLANS)('%s: コラボ光 is eligible, as part of フレッツ光 (「コラボ光を含む」)', (planId) => {
    const r = checkLineEligibility({ planId, line: 'コラボ光' });
    expect(r).toMatchObject({ ok: true, verdict: 'eligible', line: { id: 'collabo-hikari' } });
    expect(r.reasons.find((x) => x.rule === 'scope.line.named-eligible')!.message).toContain('part of フレッツ光');
  });
  it.each(ITSS_PLANS)('%s: 「フレッツ 光ライト」 is not eligible (「※「フレッツ 光ライト」には提供いたしません。」)', (planId) => {
    const r = checkLineEligibility({ planId, line: 'フレッツ 光ライト' });
    expect(r).toMatchObject({ ok: false, verdict: 'not-eligible', line: { id: 'flets-hikari-light' } });
    expect(passageOf(r, 'scope.line.named-not-eligible')).toBe('※「フレッツ 光ライト」には提供いたしません。');
  });
  it.each(ITSS_PLANS)('%s: Bフレッツ is restricted, which plans unknown (「※Bフレッツ回線では一部提供可能プランが限られます。」)', (planId) => {
    const r = checkLineEligibility({ planId, line: 'Bフレッツ' });
    expect(r).toMatchObject({ ok: false, verdict: 'restricted', line: { id: 'b-flets' } });
    const why = r.reasons.find((x) => x.rule === 'scope.line.restricted-unknown-plans')!;
    expect(why.interpretation).toBe('scope-bflets-plans-unknown');
    expect(textOf(why.source!.passage)).toBe('※Bフレッツ回線では一部提供可能プランが限られます。');
  });
  it('Bフレッツ: the alternatives are options that cite the interpretation', () => {
    const yes = checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'b-flets', unstatedPlanRestriction: 'assume-eligible' });
    const no = checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'b-flets', unstatedPlanRestriction: 'assume-not-eligible' });
    expect(yes.verdict).toBe('eligible');
    expect(no.verdict).toBe('not-eligible');
    for (const r of [yes, no]) expect(r.reasons.some((x) => x.interpretation === 'scope-bflets-plans-unknown')).toBe(true);
  });
  it('another line that reaches the internet is eligible (「フレッツ光以外のインターネットに接続可能な回線」)', () => {
    const r = checkLineEligibility({ planId: 'itss-standard-anshin-2', line: 'ドコモ光', reachesInternet: true });
    expect(r).toMatchObject({ ok: true, verdict: 'eligible', line: { id: null, name: 'ドコモ光' } });
    expect(passageOf(r, 'scope.line.other-internet')).toContain('フレッツ光以外のインターネットに接続可能な回線');
  });
  it('a line that does not reach the internet is not eligible', () => {
    const r = checkLineEligibility({ planId: 'itss-standard-anshin-2', line: '専用線', reachesInternet: false });
    expect(r.verdict).toBe('not-eligible');
    expect(r.reasons[0]!.rule).toBe('scope.line.no-internet');
  });
  it('a line another document names (光ライトプラス, 000) falls under the rule for other lines (interpretation scope-unnamed-lines)', () => {
    const r = checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'フレッツ 光ライトプラス' });
    expect(r).toMatchObject({ verdict: 'eligible', line: { id: 'flets-hikari-light-plus', name: 'フレッツ 光ライトプラス' } });
    expect(r.reasons[0]).toMatchObject({ rule: 'scope.line.other-internet', interpretation: 'scope-unnamed-lines' });
    const alt = checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'フレッツ 光ライトプラス', unnamedLines: 'not-stated' });
    expect(alt.verdict).toBe('not-stated');
  });
  it('names fold white space and width: 「フレッツ光ライト」 and 「ﾌﾚｯﾂ 光ライト」 are 「フレッツ 光ライト」', () => {
    expect(checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'フレッツ光ライト' }).verdict).toBe('not-eligible');
    expect(checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'ﾌﾚｯﾂ 光ライト' }).verdict).toBe('not-eligible');
  });
  it('001 has no condition beyond the line: no provider contract is asked', () => {
    expect(checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'フレッツ光' }).conditions).toEqual([]);
  });
});

describe('001 契約単位', () => {
  it.each([
    ['itss-light-anshin-1', 'internet-line', 'ライトあんしんプラン：1インターネット回線ごと'],
    ['itss-light-anshin-2', 'internet-line', 'ライトあんしんプラン：1インターネット回線ごと'],
    ['itss-standard-anshin-1', 'id', 'スタンダードあんしんプラン：1IDごと'],
    ['itss-standard-anshin-2', 'id', 'スタンダードあんしんプラン：1IDごと'],
  ] as const)('%s: one contract per %s (「%s」)', (planId, unit, asWritten) => {
    const r = checkLineEligibility({ planId, line: 'フレッツ光' });
    expect(r.contractUnit).toMatchObject({ unit, asWritten, source: { document: D001 } });
    expect(textOf(r.contractUnit!.source.passage)).toContain('●契約単位');
  });
  it('the discontinued plans have no stated contract unit', () => {
    const r = checkLineEligibility({ planId: 'itss-legacy-light-1', line: 'フレッツ光' });
    expect(r.contractUnit).toBeNull();
    expect(r.reasons.some((x) => x.rule === 'scope.contract-unit-not-stated')).toBe(true);
  });
});

describe('000 ※2 and ※8', () => {
  it.each(['oas-plan-a', 'oas-plan-b'])('%s: フレッツ光 needs a provider contract (※2)', (planId) => {
    const open = checkLineEligibility({ planId, line: 'フレッツ光' });
    expect(open).toMatchObject({ ok: false, verdict: 'conditional' });
    expect(open.conditions).toHaveLength(1);
    expect(textOf(open.conditions[0]!.source!.passage)).toContain('プロバイダのご契約が必要です');
    expect(checkLineEligibility({ planId, line: 'フレッツ光', hasProviderContract: true })).toMatchObject({ ok: true, verdict: 'eligible', conditions: [] });
    expect(checkLineEligibility({ planId, line: 'フレッツ光', hasProviderContract: false })).toMatchObject({ ok: false, verdict: 'not-eligible' });
  });
  it('another internet connection service is eligible with a provider contract (「フレッツ光などインターネット接続サービス」)', () => {
    expect(checkLineEligibility({ planId: 'oas-plan-a', line: 'Bフレッツ', hasProviderContract: true }).verdict).toBe('eligible');
    expect(checkLineEligibility({ planId: 'oas-plan-a', line: 'ドコモ光', reachesInternet: true, hasProviderContract: true }).verdict).toBe('eligible');
    expect(checkLineEligibility({ planId: 'oas-plan-a', line: 'ドコモ光', reachesInternet: false, hasProviderContract: true }).verdict).toBe('not-eligible');
  });
  it('「フレック 光ライトプラス」 (as written) and 「フレッツ 光ライトプラス」: eligible, with the metered-traffic notice (※8)', () => {
    for (const line of ['フレック 光ライトプラス', 'フレッツ 光ライトプラス']) {
      const r = checkLineEligibility({ planId: 'oas-plan-b', line, hasProviderContract: true });
      expect(r).toMatchObject({ ok: true, verdict: 'eligible', line: { id: 'flets-hikari-light-plus', name: 'フレック 光ライトプラス' } });
      expect(r.notices).toHaveLength(1);
      expect(r.notices[0]).toMatchObject({ kind: 'metered-traffic', source: { document: D000 } });
      expect(textOf(r.notices[0]!.source.passage)).toContain('「フレック 光ライトプラス」をご利用の場合');
      expect(r.notices[0]!.text).toContain('課金対象');
    }
    const alias = checkLineEligibility({ planId: 'oas-plan-b', line: 'フレッツ 光ライトプラス' });
    expect(alias.reasons[0]).toMatchObject({ rule: 'scope.line.alias', interpretation: 'scope-flec-light-plus' });
  });
  it('other lines carry no notice', () => {
    expect(checkLineEligibility({ planId: 'oas-plan-a', line: 'フレッツ光' }).notices).toEqual([]);
  });
});

describe('003: 『spaaqs 光』又は『UCOM光 レジデンス』 only', () => {
  it.each([
    ['spaaqs 光', 'spaaqs-hikari'],
    ['UCOM光 レジデンス', 'ucom-hikari-residence'],
    ['UCOM光レジデンス', 'ucom-hikari-residence'],
  ])('%s is eligible', (line, id) => {
    const r = checkLineEligibility({ planId: 'ucom-remote-support', line });
    expect(r).toMatchObject({ ok: true, verdict: 'eligible', line: { id } });
    expect(r.reasons[0]!.source).toMatchObject({ document: D003 });
  });
  it.each(['フレッツ光', 'Bフレッツ', 'コラボ光'])('%s is not eligible', (line) => {
    const r = checkLineEligibility({ planId: 'ucom-remote-support', line });
    expect(r.verdict).toBe('not-eligible');
    expect(textOf(r.reasons[0]!.source!.passage)).toContain('『spaaqs 光』又は『UCOM光 レジデンス』の契約が必要です');
  });
  it('even a line that reaches the internet', () => {
    expect(checkLineEligibility({ planId: 'ucom-remote-support', line: 'ドコモ光', reachesInternet: true }).verdict).toBe('not-eligible');
  });
});

describe('documents that state no lines', () => {
  it.each(['helpdesk-support', 'iij-mpc-management-entry'])('%s: not-stated', (planId) => {
    const r = checkLineEligibility({ planId, line: 'フレッツ光' });
    expect(r).toMatchObject({ ok: false, verdict: 'not-stated', contractUnit: null });
    expect(r.reasons[0]!.rule).toBe('scope.line.not-stated');
  });
  it('and a line no document names is still an error there', () => {
    expect(() => checkLineEligibility({ planId: 'helpdesk-support', line: 'ドコモ光' })).toThrow(expect.objectContaining({ code: 'not_found', path: ['line'] }));
  });
});

describe('bad input', () => {
  it.each([
    [{ planId: 'nope', line: 'フレッツ光' }, 'not_found', ['planId']],
    [{ planId: 'itss-light-anshin-1', line: 'ドコモ光' }, 'not_found', ['line']],
    [{ planId: 'itss-light-anshin-1', line: '' }, 'invalid_input', ['line']],
    [{ planId: 'itss-light-anshin-1' }, 'invalid_input', ['line']],
    [{ planId: 7, line: 'フレッツ光' }, 'invalid_input', ['planId']],
    [{ planId: 'itss-light-anshin-1', line: 'フレッツ光', reachesInternet: 'yes' }, 'invalid_input', ['reachesInternet']],
    [{ planId: 'itss-light-anshin-1', line: 'フレッツ光', reachesInternet: false }, 'conflict', ['reachesInternet']],
    [{ planId: 'itss-light-anshin-1', line: 'Bフレッツ', unstatedPlanRestriction: 'guess' }, 'invalid_input', ['unstatedPlanRestriction']],
    [{ planId: 'itss-light-anshin-1', line: 'フレッツ光', hasProviderContrat: true }, 'invalid_input', ['hasProviderContrat']],
    [{ planId: 'itss-light-anshin-1', line: 'フレッツ光', catalog: {} }, 'invalid_input', ['catalog']],
    [null, 'invalid_input', []],
  ] as const)('%j → %s at %j', (input, code, path) => {
    expect(() => checkLineEligibility(input as never)).toThrow(expect.objectContaining({ code, path }));
  });
  it('does not mutate its input', () => {
    const input = Object.freeze({ planId: 'oas-plan-a', line: 'フレッツ光', hasProviderContract: true });
    const copy = structuredClone(input);
    checkLineEligibility(input);
    expect(input).toEqual(copy);
  });
  it('results are JSON-serialisable', () => {
    const r = checkLineEligibility({ planId: 'oas-plan-b', line: 'フレッツ 光ライトプラス' });
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
