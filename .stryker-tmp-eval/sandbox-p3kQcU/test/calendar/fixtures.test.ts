/**
 * The schedules sections of the five document fixtures, fact by fact, against the passages they
 * were transcribed from; and the schema rejects what it must.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { catalog, getDocument } from '../../src/catalog/index.js';
import { listServiceChannels, type ChannelSchedule } from '../../src/calendar/index.js';
import { ScheduleSectionSchema } from '../../src/schemas/index.js';

type Fact = [doc: string, passage: string, factId: string, channel: string, kind: string, weekdays: number[] | null, windows: string[] | null, closedOn: string[] | null];

const facts: Fact[] = [
  ['000_34f9cbb9e8f7f627.txt', '対応時間 24時間365日', 'oas-onsite-diagnosis-hours', 'onsite-diagnosis', 'always', null, null, null],
  ['000_34f9cbb9e8f7f627.txt', '対応時間 平日9:30～17:30', 'oas-contract-desk-hours', 'contract-desk', 'windows', [1, 2, 3, 4, 5], ['09:30-17:30'], []],
  ['000_34f9cbb9e8f7f627.txt', '各種サポートおよび契約変更・解約に関するお問い合わせ窓口 … 平日9:30～17:30', 'oas-support-desk-hours', 'support', 'windows', [1, 2, 3, 4, 5], ['09:30-17:30'], []],
  ['001_1058c0f8b62eb4e2.txt', '操作・設定・トラブルサポート 対応時間 9:00 ~ 18:00 日曜、祝日、年末年始除く', 'itss-support-hours', 'support', 'windows', [1, 2, 3, 4, 5, 6], ['09:00-18:00'], ['national-holidays', 'year-end']],
  ['001_1058c0f8b62eb4e2.txt', '訪問による故障切り分け 対応時間 9:00 ~ 17:00 日曜、祝日、年末年始除く', 'itss-onsite-diagnosis-hours', 'onsite-diagnosis', 'windows', [1, 2, 3, 4, 5, 6], ['09:00-17:00'], ['national-holidays', 'year-end']],
  ['001_1058c0f8b62eb4e2.txt', '(参考) 新規販売終了したプラン (税込) — no hours', 'itss-legacy-support-hours', 'support', 'not-stated', null, null, null],
  ['001_1058c0f8b62eb4e2.txt', '(参考) 新規販売終了したプラン (税込) — no hours', 'itss-legacy-onsite-diagnosis-hours', 'onsite-diagnosis', 'not-stated', null, null, null],
  ['002_02cdcd368f477966.txt', '土日祝祭日と当社の休業日（夏期、年末年始等）を除く、月曜日から金曜日の午前 10:00 ～ 12:00、午後 13:00 ～ 17:00', 'helpdesk-phone-hours', 'phone', 'windows', [1, 2, 3, 4, 5], ['10:00-12:00', '13:00-17:00'], ['national-holidays', 'year-end', 'company-closures']],
  ['002_02cdcd368f477966.txt', 'FAX、電子メール及びウェブによる問合せは随時受け付けます', 'helpdesk-fax-email-web-hours', 'fax-email-web', 'always', null, null, null],
  ['003_ffc254f782656f39.txt', '365日電話と遠隔操作でサポートを行い', 'ucom-support-hours', 'support', 'days-only', null, null, null],
  ['004_d85cf5e759b78bed.txt', '交通事情等により目標時間内に駆けつけられない場合があります。', 'iij-onsite-replacement-hours', 'onsite-replacement', 'not-stated', null, null, null],
  ['004_d85cf5e759b78bed.txt', 'サポートは日本語のみ提供します。', 'iij-support-hours', 'support', 'not-stated', null, null, null],
];

const byFact = new Map<string, { doc: string; c: ChannelSchedule }>();
for (const d of catalog.documents) for (const c of d.schedules?.channels ?? []) byFact.set(c.factId, { doc: d.document.file, c });

describe('schedules facts', () => {
  it.each(facts)('%s 「%s」 → %s', (doc, _passage, factId, channel, kind, weekdays, windows, closedOn) => {
    const hit = byFact.get(factId);
    expect(hit, factId).toBeDefined();
    expect(hit!.doc).toBe(doc);
    expect(hit!.c.id).toBe(channel);
    expect(hit!.c.source.document).toBe(doc);
    const h = hit!.c.hours;
    expect(h.kind).toBe(kind);
    expect(h.source.document).toBe(doc);
    if (h.kind === 'windows') {
      expect(h.weekdays).toEqual(weekdays);
      expect(h.windows.map((w) => `${w.start}-${w.end}`)).toEqual(windows);
      expect(h.closedOn.map((r) => r.kind)).toEqual(closedOn);
    }
  });
  it('every channel fact is listed above', () => {
    expect([...byFact.keys()].sort()).toEqual(facts.map((f) => f[2]).sort());
  });
  it('all five documents have a schedules section', () => {
    expect(catalog.documents.map((d) => d.schedules !== undefined)).toEqual([true, true, true, true, true]);
  });
  it('001: 時間延長 (both Light and Standard) makes both channels 24時間365日 (閏年は366日)', () => {
    for (const id of ['itss-support-hours', 'itss-onsite-diagnosis-hours']) {
      const c = byFact.get(id)!.c;
      expect(c.optionHours?.[0]?.optionIds).toEqual(['itss-light-time-extension', 'itss-standard-time-extension']);
      expect(c.optionHours?.[0]?.hours).toMatchObject({ kind: 'always', description: '24時間365日 (閏年は366日)' });
    }
  });
  it('001: hours of the current plans only; the discontinued plans are marked not stated', () => {
    const current = byFact.get('itss-support-hours')!.c.appliesTo;
    expect(current).toEqual(['itss-light-anshin-1', 'itss-light-anshin-2', 'itss-standard-anshin-1', 'itss-standard-anshin-2']);
    const legacy = catalog.plans.filter((p) => p.document === '001_1058c0f8b62eb4e2.txt' && p.status === 'discontinued').map((p) => p.id);
    expect(byFact.get('itss-legacy-support-hours')!.c.appliesTo).toEqual(legacy);
  });
  it('002: both channels are known from the 2018-11-01 revision; fax-email-web is handled in phone hours', () => {
    expect(byFact.get('helpdesk-phone-hours')!.c.knownFrom?.date).toBe('2018-11-01');
    expect(byFact.get('helpdesk-fax-email-web-hours')!.c.knownFrom?.date).toBe('2018-11-01');
    expect(byFact.get('helpdesk-fax-email-web-hours')!.c.handledIn?.channel).toBe('phone');
    const revision = getDocument('helpdesk-support').document.revisions?.at(-1);
    expect(revision?.date).toBe('2018-11-01');
  });
  it('listServiceChannels shows each plan its channels', () => {
    expect(listServiceChannels('itss-light-anshin-1').map((c) => c.id)).toEqual(['support', 'onsite-diagnosis']);
    expect(listServiceChannels('oas-plan-a').map((c) => c.id)).toEqual(['onsite-diagnosis', 'contract-desk', 'support']);
    expect(listServiceChannels('helpdesk-support').map((c) => [c.id, c.handledIn ?? null, c.knownFrom ?? null])).toEqual([
      ['phone', null, '2018-11-01'],
      ['fax-email-web', 'phone', '2018-11-01'],
    ]);
  });
});

describe('ScheduleSectionSchema rejects', () => {
  const src = { document: '000_0.txt', passage: 'p' };
  const channel = (patch: Record<string, unknown>) => ({
    id: 'phone',
    factId: 'f',
    name: 'n',
    hours: { kind: 'windows', weekdays: [1], windows: [{ start: '10:00', end: '12:00' }], closedOn: [], source: src },
    source: src,
    ...patch,
  });
  it.each([
    ['a window ending before it starts', { hours: { kind: 'windows', weekdays: [1], windows: [{ start: '12:00', end: '10:00' }], closedOn: [], source: src } }, ['channels', 0, 'hours', 'windows', 0]],
    ['a time 25:00', { hours: { kind: 'windows', weekdays: [1], windows: [{ start: '10:00', end: '25:00' }], closedOn: [], source: src } }, ['channels', 0, 'hours', 'windows', 0, 'end']],
    ['weekday 8', { hours: { kind: 'windows', weekdays: [8], windows: [{ start: '10:00', end: '12:00' }], closedOn: [], source: src } }, ['channels', 0, 'hours', 'weekdays', 0]],
    ['an unknown closed-day rule', { hours: { kind: 'windows', weekdays: [1], windows: [{ start: '10:00', end: '12:00' }], closedOn: [{ kind: 'full-moon', source: src }], source: src } }, ['channels', 0, 'hours', 'closedOn', 0, 'kind']],
    ['hours without a source', { hours: { kind: 'always', description: '24h' } }, ['channels', 0, 'hours', 'source']],
    ['handling in an unknown channel', { handledIn: { channel: 'telex', source: src } }, ['channels', 0, 'handledIn', 'channel']],
    ['an impossible knownFrom date', { knownFrom: { date: '2018-02-30', source: src } }, ['channels', 0, 'knownFrom', 'date']],
  ])('%s', (_what, patch, path) => {
    const r = ScheduleSectionSchema.safeParse({ channels: [channel(patch)] });
    expect(r.success).toBe(false);
    expect(r.error!.issues.map((i) => i.path)).toContainEqual(path);
  });
  it('duplicate fact ids', () => {
    const r = ScheduleSectionSchema.safeParse({ channels: [channel({}), channel({})] });
    expect(r.error!.issues.map((i) => i.path)).toContainEqual(['channels', 1, 'factId']);
  });
});

describe('interpretations', () => {
  it('every interpretation id cited by the calendar code and fixtures is recorded in docs/interpretations.md', async () => {
    const { readFileSync, readdirSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(__dirname, '..', '..');
    const doc = readFileSync(join(root, 'docs', 'interpretations.md'), 'utf8');
    const recorded = new Set([...doc.matchAll(/^### (calendar-[a-z0-9-]+)$/gm)].map((m) => m[1]));
    const texts = [
      ...readdirSync(join(root, 'src', 'calendar')).map((f) => readFileSync(join(root, 'src', 'calendar', f), 'utf8')),
      // Only this module's parts of the fixtures: the schedules sections and the holiday law.
      ...catalog.documents.map((d) => JSON.stringify(d.schedules ?? {})),
      readFileSync(join(root, 'fixtures', 'holidays.json'), 'utf8'),
    ];
    const cited = new Set(texts.flatMap((t) => [...t.matchAll(/calendar-[a-z0-9]+(?:-[a-z0-9]+)*/g)].map((m) => m[0])));
    const missing = [...cited].filter((id) => !recorded.has(id));
    expect(missing).toEqual([]);
    expect(recorded.size).toBeGreaterThanOrEqual(12);
  });
});
