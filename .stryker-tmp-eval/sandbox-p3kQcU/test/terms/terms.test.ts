/**
 * The `terms` section of every document fixture (category, passage, plans covered), listTerms and
 * the CLI `terms`: every missing term the issue lists is present with its passage.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { catalog, getDocument, listTerms } from '../../src/index.js';
import { cli } from '../helpers/cli.js';
import { textOf } from '../helpers/passage.js';

type Row = [documentId: string, termId: string, category: string, passage: string];
const rows: Row[] = [
  ['office-anshin-support', 'oas-term-no-time-guarantee', 'service-level', '駆けつけ時間および回復時間を保証するものではありません'],
  ['office-anshin-support', 'oas-term-disaster-delays', 'service-level', '(5)天災等、同時多発的に故障が発生した場合'],
  ['office-anshin-support', 'oas-term-no-support-guarantee', 'service-level', '故障箇所切り分け等のサポートを保証するものではありません'],
  ['office-anshin-support', 'oas-term-isp-initial-costs', 'costs', 'プロバイダの初期費用が別途発生します'],
  ['office-anshin-support', 'oas-term-contact', 'contact', '0120-858-880'],
  ['it-support-security', 'itss-term-area', 'area', '●提供エリア 全国'],
  ['it-support-security', 'itss-term-agreements', 'agreement', '「ITサポート&セキュリティ利用規約」「リモートサポートツール使用許諾」「IT運用管理サポートツール使用許諾」'],
  ['helpdesk-support', 'hd-term-changes-without-consent', 'changes', '利用者の承諾なくして変更・改訂できる'],
  ['helpdesk-support', 'hd-term-subcontracting', 'subcontracting', '委託先が個別に取り決める'],
  ['helpdesk-support', 'hd-term-confidentiality', 'confidentiality', '第三者に漏洩しないものとします'],
  ['helpdesk-support', 'hd-term-no-indirect-damages', 'liability', '一切の責任を'],
  ['helpdesk-support', 'hd-term-force-majeure', 'force-majeure', '不可抗力により本サービスを提供できない場合'],
  ['helpdesk-support', 'hd-term-jurisdiction', 'jurisdiction', '東京簡易裁判所または東京地方裁判所'],
  ['helpdesk-support', 'hd-term-in-scope', 'scope', '4 サポートの内容は以下の通りとします。'],
  ['helpdesk-support', 'hd-term-out-of-scope', 'scope', 'サポート対象外とします'],
  ['helpdesk-support', 'hd-term-no-dedicated-staff', 'staffing', '専属的なサポート要員となるわけではありません'],
  ['helpdesk-support', 'hd-term-supply-information', 'customer-duty', '必要な情報を当社の要求に応じて適時に無償で提供する'],
  ['ucom-remote-support', 'ucom-term-communication-costs', 'costs', '通信費等は、お客様のご負担となります'],
  ['ucom-remote-support', 'ucom-term-maintenance-suspension', 'suspension', 'システムメンテナンス等の理由により本サービスを一時休止する場合があります'],
  ['ucom-remote-support', 'ucom-term-misconduct-suspension', 'suspension', '本サービスの提供を停止する場合があります'],
  ['ucom-remote-support', 'ucom-term-backup', 'customer-duty', 'バックアップは、お客さまの責任において'],
  ['ucom-remote-support', 'ucom-term-liability', 'liability', '当社の故意又は重大な過失がある場合を除き'],
  ['ucom-remote-support', 'ucom-term-payment', 'payment', '回線契約のお支払と同じ方法'],
  ['ucom-remote-support', 'ucom-term-application-mypage', 'application', 'マイページでのお申し込みが必要です'],
  ['iij-mpc-ultra-sendback', 'iij-term-customer-network', 'customer-duty', 'すべてお客様にて実施する必要があります'],
  ['iij-mpc-ultra-sendback', 'iij-term-japan', 'area', 'サービスアダプタの発送先は日本国内に限ります。'],
  ['iij-mpc-ultra-sendback', 'iij-term-internet-access', 'customer-duty', '各サービスアダプタに対してインターネットアクセス回線をご用意いただく必要があります'],
];

describe('terms sections', () => {
  it('every document fixture has one', () => {
    for (const d of catalog.documents) expect(d.terms?.length ?? 0, d.document.id).toBeGreaterThan(2);
  });
  it.each(rows)('%s %s (%s) 「%s」', (documentId, termId, category, passage) => {
    const t = listTerms({ documentId }).find((x) => x.id === termId)!;
    expect(t).toBeDefined();
    expect(t.category).toBe(category);
    expect(t.source.document).toBe(getDocument(documentId).document.file);
    expect(textOf(t.source.passage)).toContain(passage);
  });
});

describe('listTerms', () => {
  it('lists a plan\'s terms (those covering it) and filters by category', () => {
    expect(listTerms({ planId: 'itss-standard-anshin-1' }).map((t) => t.id)).toContain('itss-term-telework-site');
    expect(listTerms({ planId: 'itss-light-anshin-1' }).map((t) => t.id)).not.toContain('itss-term-telework-site');
    expect(listTerms({ planId: 'ucom-remote-support', category: 'suspension' }).map((t) => t.id)).toEqual([
      'ucom-term-maintenance-suspension',
      'ucom-term-misconduct-suspension',
    ]);
    expect(listTerms({ documentId: 'helpdesk-support' })[0]?.plans).toEqual(['helpdesk-support']);
  });
  it('rejects bad input', () => {
    expect(() => listTerms({} as never)).toThrow(/exactly one/);
    expect(() => listTerms({ planId: 'oas-plan-a', category: 'weather' as never })).toThrow(/category/);
    expect(() => listTerms({ planId: 'nope' })).toThrow();
  });
});

describe('CLI terms', () => {
  it('prints a table with the passages, or JSON', async () => {
    const t = await cli(['terms', '--plan', 'helpdesk-support', '--category', 'jurisdiction', '--format', 'table']);
    expect(t.code).toBe(0);
    expect(t.out).toContain('hd-term-jurisdiction');
    expect(t.out).toContain('東京地方裁判所');
    const j = await cli(['terms', '--document', 'it-support-security', '--json']);
    expect(JSON.parse(j.out).terms.map((x: { id: string }) => x.id)).toContain('itss-term-area');
    expect((await cli(['terms'])).code).not.toBe(0);
  });
});
