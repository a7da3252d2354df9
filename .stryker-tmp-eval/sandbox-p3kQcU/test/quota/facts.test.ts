/**
 * The quota facts of 000, 001 and 002, one row per fact with the passage it comes from, checked
 * against the fixtures and through the evaluator (so a wrong number fails both ways).
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { catalog, documentOfPlan, getDocument } from '../../src/catalog/index.js';
import { evaluateQuota } from '../../src/quota/index.js';
import { textOf } from '../helpers/passage.js';

const D000 = '000_34f9cbb9e8f7f627.txt';
const D001 = '001_1058c0f8b62eb4e2.txt';
const D002 = '002_02cdcd368f477966.txt';

const seeds = join(__dirname, '..', '..', 'sources');
const fold = (s: string) => s.normalize('NFKC').replace(/<[^>]*>/g, '').replace(/[\s　]+/g, '');
const seedText = (doc: string) => fold(readFileSync(join(seeds, doc), 'utf8'));

type LimitRow = [doc: string, passage: string, planId: string, limitPerMonth: number];
const limits: LimitRow[] = [
  [D000, '問い合わせ回数 プラン A 5回/月(暦月)まで', 'oas-plan-a', 5],
  [D000, 'プラン B 10回/月(暦月)まで', 'oas-plan-b', 10],
  [D001, 'ライトあんしんプラン1 ライトあんしんプラン2 … 上限回数 5回/月まで 10回/月まで (first column)', 'itss-light-anshin-1', 5],
  [D001, 'ライトあんしんプラン1 ライトあんしんプラン2 … 上限回数 5回/月まで 10回/月まで (second column)', 'itss-light-anshin-2', 10],
  [D001, 'スタンダード あんしんプラン1 スタンダード あんしんプラン2 … 上限 回数 20回/月まで 50回/月まで (first column)', 'itss-standard-anshin-1', 20],
  [D001, 'スタンダード あんしんプラン1 スタンダード あんしんプラン2 … 上限 回数 20回/月まで 50回/月まで (second column)', 'itss-standard-anshin-2', 50],
];

describe('monthly inquiry limits (000 電話サポート table, 001 プラン別提供機能一覧)', () => {
  it.each(limits)('%s 「%s」 → %s: %i per calendar month', (doc, _passage, planId, n) => {
    const section = documentOfPlan(planId).quotas!;
    const fact = section.inquiryLimits.find((l) => l.planIds.includes(planId))!;
    expect(fact.limitPerMonth).toBe(n);
    expect(fact.period).toBe('calendar-month');
    expect(fact.source.document).toBe(doc);
    expect(textOf(fact.source.passage)).toContain(`${n}回/月`);
    // Through the evaluator: n inquiries fit, the (n+1)th is past the limit.
    const events = Array.from({ length: n + 1 }, (_, i) => ({ id: `e${String(i).padStart(3, '0')}`, at: `2026-11-02T09:${String(i % 60).padStart(2, '0')}` }));
    const r = evaluateQuota({ contract: { planId }, month: '2026-11', events });
    expect(r.limit.total).toBe(n);
    expect(r.over).toEqual([events[n]!.id]);
    expect(r.limit.parts[0]).toMatchObject({ kind: 'plan', units: n, factId: fact.id, source: fact.source });
  });

  it('000 states the month as 暦月', () => {
    for (const id of ['oas-plan-a', 'oas-plan-b']) {
      const fact = documentOfPlan(id).quotas!.inquiryLimits.find((l) => l.planIds.includes(id))!;
      expect(textOf(fact.source.passage)).toContain('(暦月)');
    }
  });

  it('the discontinued 001 plans have no stated limit, and none is recorded', () => {
    const r = evaluateQuota({ contract: { planId: 'itss-legacy-light-1' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }] });
    expect(r.limit.total).toBeNull();
    expect(r.remaining).toBeNull();
    expect(r.reasons.map((x) => x.rule)).toContain('quota.no-limit-recorded');
  });
});

describe('counting rules', () => {
  it('000 注意事項 (3): every inquiry to an operator counts, including help with setting up the tools', () => {
    const rule = getDocument(D000).quotas!.countingRules[0]!;
    expect(rule).toMatchObject({ unit: 'inquiry', countsPer: 'inquiry', consumedAt: 'inquiry-made', includes: ['tool-setup-support'] });
    expect(textOf(rule.source.passage)).toContain('各種ツール等の設定にかかわるサポートも回数に含まれます');
    // An inquiry with several questions still counts once under 000.
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00', questions: 4 }] });
    expect(r.used).toBe(1);
    expect(r.reasons.map((x) => x.rule)).toContain('quota.questions-not-counted');
    expect(r.reasons.find((x) => x.rule === 'quota.counting-rule')?.message).toContain('setting up the tools');
  });

  it('002 仕様書 1.1–1.3: one incident per indivisible question, consumed on acceptance', () => {
    const rule = getDocument(D002).quotas!.countingRules[0]!;
    expect(rule).toMatchObject({ unit: 'incident', countsPer: 'question', consumedAt: 'inquiry-accepted' });
    expect(textOf(rule.source.passage)).toContain('受理した時点で、１インシデントが消費');
    expect(textOf(rule.source.passage)).toContain('１問合せ毎に１インシデントが消費');
    const r = evaluateQuota({
      contract: { planId: 'helpdesk-support' },
      month: '2026-11',
      events: [
        { id: 'a', at: '2026-11-02T10:00', questions: 3 },
        { id: 'b', at: '2026-11-03T10:00' },
      ],
    });
    expect(r.used).toBe(4);
    expect(r.limit.unit).toBe('incident');
  });

  it('002 states no numeric incident limit: the evaluator says so and invents none', () => {
    const fact = getDocument(D002).quotas!.inquiryLimits[0]!;
    expect(fact.limitPerMonth).toBeNull();
    const events = Array.from({ length: 500 }, (_, i) => ({ id: `e${i}`, at: '2026-11-02T10:00', questions: 2 }));
    const r = evaluateQuota({ contract: { planId: 'helpdesk-support' }, month: '2026-11', events });
    expect(r.limit.total).toBeNull();
    expect(r.limit.parts).toEqual([]);
    expect(r.used).toBe(1000);
    expect(r.remaining).toBeNull();
    expect(r.over).toEqual([]);
    const why = r.reasons.find((x) => x.rule === 'quota.no-limit-stated')!;
    expect(why.source?.document).toBe(D002);
    expect(why.interpretation).toBe('quota-002-no-stated-limit');
    expect(why.message).toContain('none is invented');
  });
});

describe('001 options', () => {
  it('問い合わせ回数追加 adds 20 per option contract, start month only, no carry-over (*1 and *3)', () => {
    const addOn = getDocument(D001).quotas!.addOns![0]!;
    expect(addOn).toMatchObject({ optionId: 'itss-standard-extra-inquiries', extraPerOptionContract: 20, appliesIn: 'month-containing-start', carryOver: false });
    expect(textOf(addOn.source.passage)).toContain('1契約ごとに問い合わせ回数20回追加、オプション提供開始日を含む料金月のみの適用、問い合わせ回数は翌月への繰り越し不可');
    expect(addOn.additionalSources?.map((s) => s.passage).join(' ')).toContain('契約月のみ適用となります。追加された回数については翌月への繰り越しはできません。');
  });

  it.each([
    ['itss-light-time-extension', 'itss-light-anshin-1', 5, '* オプションメニュー契約による、基本メニューの回数制限'],
    ['itss-light-time-extension', 'itss-light-anshin-2', 10, '* オプションメニュー契約による、基本メニューの回数制限'],
    ['itss-standard-time-extension', 'itss-standard-anshin-1', 20, '*2 オプションメニュー契約による、基本メニューの回数制限の変更はありません'],
    ['itss-standard-time-extension', 'itss-standard-anshin-2', 50, '*2 オプションメニュー契約による、基本メニューの回数制限の変更はありません'],
  ])('時間延長 (%s) changes no limit of %s (%i) — 「%s」', (optionId, planId, n, passage) => {
    const r = evaluateQuota({ contract: { planId, options: [{ optionId, start: '2026-11-01' }] }, month: '2026-11', events: [] });
    expect(r.limit.total).toBe(n);
    const why = r.reasons.find((x) => x.rule === 'quota.option-changes-no-limit')!;
    expect(textOf(why.source?.passage)).toContain(passage.slice(0, 20));
  });
});

describe('rollover policy: none, with its source', () => {
  it.each([
    [D000, 'oas-plan-a'],
    [D001, 'itss-standard-anshin-1'],
    [D002, 'helpdesk-support'],
  ])('%s: none', (doc, planId) => {
    const fact = getDocument(doc).quotas!.rollover;
    expect(fact.policy).toEqual({ kind: 'none' });
    expect(fact.source.document).toBe(doc);
    const r = evaluateQuota({ contract: { planId }, month: '2026-11', events: [] });
    const why = r.reasons.find((x) => x.rule === 'quota.rollover-none')!;
    expect(why.factId).toBe(fact.id);
  });
  it('001 states 繰り越し不可 for the added inquiries', () => {
    expect(textOf(getDocument(D001).quotas!.rollover.source.passage)).toContain('繰り越し不可');
  });
});

describe('on-site fault-isolation visit facts', () => {
  it.each([
    [D000, 'oas-plan-a', '対応回数 1回/月(暦月)まで', false],
    [D000, 'oas-plan-b', '対応回数 1回/月(暦月)まで', false],
    [D001, 'itss-light-anshin-1', '上限回数 1回/月まで', true],
    [D001, 'itss-light-anshin-2', '上限回数 1回/月まで', true],
    [D001, 'itss-standard-anshin-1', '上限回数 1回/月まで', true],
    [D001, 'itss-standard-anshin-2', '上限回数 1回/月まで', true],
  ])('%s %s: 「%s」, contractor address only: %s', (doc, planId, passage, addressOnly) => {
    const v = documentOfPlan(planId).quotas!.onsiteVisits!.find((x) => x.planIds.includes(planId))!;
    expect(v.limitPerMonth).toBe(1);
    expect(v.period).toBe('calendar-month');
    expect(v.channel).toBe('onsite-diagnosis');
    expect(v.source.document).toBe(doc);
    expect(textOf(v.source.passage)).toContain(passage);
    expect(v.condition.kind).toBe('phone-and-remote-could-not-isolate');
    expect(textOf(v.condition.source.passage)).toMatch(/切り分けができなかった場合|故障箇所が特定できない場合/);
    expect(v.address !== undefined).toBe(addressOnly);
    if (addressOnly) expect(textOf(v.address!.source.passage)).toContain('契約者住所のみ');
  });
  it('002 offers no on-site visit', () => expect(getDocument(D002).quotas!.onsiteVisits).toBeUndefined());
});

describe('every quota passage is quoted from its seed document', () => {
  const passages: Array<[string, string]> = [];
  const collect = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(collect);
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      if (typeof o.document === 'string' && o.passage !== undefined) for (const p of [o.passage].flat() as string[]) passages.push([o.document, p]);
      Object.values(o).forEach(collect);
    }
  };
  for (const d of catalog.documents) collect(d.quotas);
  it('found the passages', () => expect(passages.length).toBeGreaterThanOrEqual(25));
  it.each(passages)('%s: %s', (doc, passage) => {
    const text = seedText(doc);
    for (const part of passage.split(/\s…\s/).map(fold)) expect(text).toContain(part);
  });
});

describe('quota ids refer to the document’s own plans and options', () => {
  it.each(catalog.documents.filter((d) => d.quotas).map((d) => [d.document.id, d] as const))('%s', (_id, d) => {
    const plans = new Set(d.plans.map((p) => p.id));
    const options = new Set(d.options.map((o) => o.id));
    const q = d.quotas!;
    for (const l of q.inquiryLimits) for (const p of l.planIds) expect(plans).toContain(p);
    for (const v of q.onsiteVisits ?? []) for (const p of v.planIds) expect(plans).toContain(p);
    for (const a of q.addOns ?? []) expect(options).toContain(a.optionId);
    for (const n of q.limitNeutralOptions ?? []) for (const o of n.optionIds) expect(options).toContain(o);
  });
});

describe('interpretations cited by the quota module are recorded', () => {
  const root = join(__dirname, '..', '..');
  const doc = readFileSync(join(root, 'docs', 'interpretations.md'), 'utf8');
  const recorded = new Set([...doc.matchAll(/^### (quota-[a-z0-9-]+)$/gm)].map((m) => m[1]!));
  const cited = new Set<string>();
  for (const f of ['evaluate.ts', 'onsite.ts']) {
    for (const m of readFileSync(join(root, 'src', 'quota', f), 'utf8').matchAll(/'(quota-[a-z0-9-]+)'/g)) cited.add(m[1]!);
  }
  for (const d of catalog.documents) for (const m of JSON.stringify(d.quotas ?? {}).matchAll(/"interpretation":"(quota-[a-z0-9-]+)"/g)) cited.add(m[1]!);
  it('found citations', () => expect(cited.size).toBeGreaterThanOrEqual(8));
  it.each([...cited].sort())('%s', (id) => expect(recorded).toContain(id));
});
