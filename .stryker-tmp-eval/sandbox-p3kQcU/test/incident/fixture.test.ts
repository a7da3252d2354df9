/**
 * The `incidents` sections of 002 and 003: every passage is quoted verbatim from its seed document,
 * and the values are those the documents state.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalog, getDocument, getFee } from '../../src/index.js';
import type { Source } from '../../src/index.js';
import { passageExcerpts } from '../../src/catalog/primitives.js';

const seedsDir = new URL('../../sources/', import.meta.url);
const seedText = (file: string) => readFileSync(new URL(file, seedsDir), 'utf8');
const squash = (s: string) => s.replace(/\s+/g, '');

function sourcesOf(value: unknown, out: Source[] = []): Source[] {
  if (Array.isArray(value)) value.forEach((v) => sourcesOf(v, out));
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.document === 'string' && o.passage !== undefined) out.push(o as unknown as Source);
    else Object.values(o).forEach((v) => sourcesOf(v, out));
  }
  return out;
}

const h = getDocument('helpdesk-support').incidents!;
const u = getDocument('ucom-remote-support').incidents!;

describe('incidents sections: sources', () => {
  const all = [...sourcesOf(h).map((s) => ['002', s] as const), ...sourcesOf(u).map((s) => ['003', s] as const)];
  it('has sources to check', () => expect(all.length).toBeGreaterThan(10));
  it.each(all)('%s passage is verbatim in the seed: %j', (_doc, source) => {
    const text = squash(seedText(source.document));
    // A passage may elide text with "…"; each piece must appear, in order.
    let from = 0;
    for (const piece of passageExcerpts(source.passage).map(squash).filter(Boolean)) {
      const at = text.indexOf(piece, from);
      expect(at, piece).toBeGreaterThanOrEqual(0);
      from = at + piece.length;
    }
  });
});

describe('002 仕様書 (helpdesk) incident facts', () => {
  it('1.2 「利用者からの問合せを当社が受理した時点で、１インシデントが消費される」: opens on acceptance', () => {
    expect(h.opensOn?.event).toBe('accepted');
  });
  it('6.1 「利用者の了承もしくは不具合等の解消を以って」: closes on agreement or resolution', () => {
    expect(h.closeOn?.map((c) => c.event).sort()).toEqual(['customer-agreed', 'resolved']);
  });
  it('6.2 「回答後、5 日が経過しても利用者からの連絡がない場合…クローズ」: 5 days after a reply, stopped by contact', () => {
    expect(h.autoClose).toMatchObject({ days: 5, startsWith: 'support-reply', stoppedBy: 'customer-contact' });
  });
  it('5 「目安 \\3,000/0.5H」: references the catalog fee, 30-minute unit, emergencies only, added 2017-10-13', () => {
    const o = h.outOfHours!;
    expect(o.feeId).toBe('helpdesk-out-of-hours');
    expect(getFee(o.feeId)).toMatchObject({ amountYen: 3000, unit: '0.5H', per: '30-minutes', estimate: true, taxBasis: null });
    expect(o.billingUnitMinutes).toBe(30);
    expect(o.offered.emergencyOnly).toBe(true);
    expect(o.effectiveFrom?.date).toBe('2017-10-13');
  });
  it('5.3 the paid cases: お客様側の都合 (four kinds), 原因がお客様側, 当社提供サービス以外が原因', () => {
    expect(h.outOfHours!.paidCases.map((c) => [c.cause, c.topic ?? null])).toEqual([
      ['customer-convenience', 'general-inquiry'],
      ['customer-convenience', 'setup-check'],
      ['customer-convenience', 'operation-advice'],
      ['customer-convenience', 'low-urgency'],
      ['customer-side', null],
      ['outside-provider-services', null],
    ]);
  });
  it('規約 第4条 「終了する１か月前までにその旨を通知あるいは告知」: one month', () => {
    expect(h.serviceEndNotice?.months).toBe(1);
  });
});

describe('003 解約 facts', () => {
  it('「解約申込の受付が完了した日が解約日」 and 「解約日以降のサポートはいたしません」', () => {
    expect(u.cancellation?.effectiveDay.rule).toBe('acceptance-completed-day');
    expect(u.cancellation?.support.rule).toBe('none-from-cancellation-day');
  });
  it('no other document has incident rules', () => {
    expect(catalog.documents.filter((d) => d.incidents).map((d) => d.document.id).sort()).toEqual(['helpdesk-support', 'ucom-remote-support']);
  });
});
