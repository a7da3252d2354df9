/**
 * The conditions of support outside the lists, each answered by checkServiceConditions with its
 * passage: 001 telework sites (スタンダード plans only), 002 第3条 Japan / Japanese only, 003 no 代理入力
 * and Remotecall over SSL, 000 the IT management tool (install and login; USB and file-exchange
 * restrictions), 004 shipping to Japan and Japanese only.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { checkServiceConditions, type ServiceRequest } from '../../src/index.js';
import { textOf } from '../helpers/passage.js';

const check = (planId: string, request: ServiceRequest) => checkServiceConditions({ planId, request });
type Row = [planId: string, request: ServiceRequest, verdict: string, passage: string];
const rows: Row[] = [
  ['itss-light-anshin-1', { site: 'telework-site' }, 'not-supported', 'お客様 + テレワーク拠点 標準あんしんプラン限定'],
  ['itss-light-anshin-2', { site: 'telework-site' }, 'not-supported', 'お客様 + テレワーク拠点 標準あんしんプラン限定'],
  ['itss-standard-anshin-1', { site: 'telework-site' }, 'supported', 'お客様 + テレワーク拠点 標準あんしんプラン限定'],
  ['itss-standard-anshin-2', { site: 'telework-site' }, 'supported', 'お客様 + テレワーク拠点 標準あんしんプラン限定'],
  ['itss-light-anshin-1', { site: 'customer-premises' }, 'supported', 'お客様 + テレワーク拠点 標準あんしんプラン限定'],
  ['helpdesk-support', { inquiryFrom: 'abroad' }, 'not-supported', '日本国内からの問い合わせに対して日本語で提供する'],
  ['helpdesk-support', { inquiryFrom: 'japan' }, 'supported', '日本国内からの問合せのみを対象とします'],
  ['helpdesk-support', { language: 'en' }, 'not-supported', 'サポートは日本語で行い'],
  ['helpdesk-support', { language: 'ja' }, 'supported', 'サポートは日本語で行い'],
  ['ucom-remote-support', { proxyEntryOfCredentials: true }, 'not-supported', '遠隔操作を用いて代理入力を行うことはいたしません'],
  ['ucom-remote-support', { proxyEntryOfCredentials: false }, 'supported', '代理入力を行うことはいたしません'],
  ['ucom-remote-support', { remoteTool: 'Remotecall' }, 'supported', '本サービスの通信はSSL暗号化を利用しております'],
  ['ucom-remote-support', { remoteTool: 'TeamViewer' }, 'not-supported', '「Remotecall」を使用します'],
  ['oas-plan-a', { itTool: { installed: true, loggedIn: false } }, 'not-supported', '専用ツールのインストールおよび専用サイトへのログインが必要です'],
  ['oas-plan-b', { itTool: { installed: false, loggedIn: false } }, 'not-supported', '専用ツールのインストールおよび専用サイトへのログインが必要です'],
  ['oas-plan-a', { itTool: { installed: true, loggedIn: true } }, 'supported', '専用ツールのインストールおよび専用サイトへのログインが必要です'],
  ['oas-plan-a', { itFeature: 'usb-memory' }, 'supported', 'USBメモリの利用制限'],
  ['oas-plan-b', { itFeature: 'file-exchange-software' }, 'supported', 'ファイル交換ソフトの起動制限'],
  ['oas-plan-a', { itFeature: 'camera' }, 'not-supported', 'USBメモリの利用制限'],
  ['iij-mpc-management-entry', { shipTo: 'abroad' }, 'not-supported', 'サービスアダプタの発送先は日本国内に限ります。'],
  ['iij-mpc-management-entry', { language: 'en' }, 'not-supported', 'コントロールパネル、ドキュメント、およびサポートは日本語のみ提供します。'],
];

describe('conditions of support, each with its passage', () => {
  it.each(rows)('%s %j → %s 「%s」', (planId, request, verdict, passage) => {
    const r = check(planId, request);
    expect(r.verdict).toBe(verdict);
    const cited = r.reasons.filter((x) => x.source !== undefined);
    expect(cited.length).toBeGreaterThan(0);
    expect(cited.some((x) => textOf(x.source!.passage)!.includes(passage))).toBe(true);
  });
  it('the telework rule is the スタンダード plans only, by interpretation scope-telework-standard-plans', () => {
    const r = check('itss-light-anshin-1', { site: 'telework-site' });
    expect(r.unmet).toEqual(['itss-site-light']);
    expect(r.reasons[0]?.interpretation).toBe('scope-telework-standard-plans');
  });
  it('a field the document states nothing about is not-stated, never guessed', () => {
    expect(check('itss-legacy-light-1', { site: 'telework-site' })).toMatchObject({ verdict: 'not-stated', notStated: ['site'] });
    expect(check('oas-plan-a', { inquiryFrom: 'abroad' })).toMatchObject({ verdict: 'not-stated', notStated: ['inquiryFrom'] });
  });
  it('rejects malformed requests with a path', () => {
    expect(() => check('oas-plan-a', { itTool: { installed: true } } as never)).toThrow(/itTool/);
    expect(() => check('oas-plan-a', { colour: 'red' } as never)).toThrow(/colour/);
    expect(() => check('oas-plan-a', { proxyEntryOfCredentials: 'yes' } as never)).toThrow(/proxyEntryOfCredentials/);
  });
});
