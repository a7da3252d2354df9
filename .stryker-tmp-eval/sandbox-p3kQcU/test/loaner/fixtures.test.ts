/**
 * The loaner, visits and sendback fixture sections: one row per fact with its passage, and every
 * passage checked against the seed text (white space folded, " … " joining separate excerpts).
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { getDocument, loanMaxDays, type Source } from '../../src/index.js';
import { D000, D001, D004 } from './helpers.js';
import { passageExcerpts } from '../../src/catalog/primitives.js';
import { textOf } from '../helpers/passage.js';

const doc000 = getDocument('office-anshin-support');
const doc001 = getDocument('it-support-security');
const doc004 = getDocument('iij-mpc-ultra-sendback');

describe('loaner sections: facts', () => {
  const deviceRows: Array<[doc: string, passage: string, id: string, deviceType: string, os: string | null, includes: string[]]> = [
    [D000, 'パソコン（WindowsOS、AC電源含む）', 'windows-pc', 'pc', 'windows', ['AC電源']],
    [D000, 'タブレット（Android、AC電源含む）', 'android-tablet', 'tablet', 'android', ['AC電源']],
    [D000, '無線ルータ（AC電源含む）', 'wireless-router', 'router', null, ['AC電源']],
    [D000, 'HUB（AC電源含む）', 'hub', 'hub', null, ['AC電源']],
    [D000, '単体FAX電話機', 'fax-phone', 'fax-phone', null, []],
    [D001, 'パソコン (Windowsのみで、AC電源含む)', 'windows-pc', 'pc', 'windows', ['AC電源']],
    [D001, 'タブレット (Androidのみで、AC電源含む)', 'android-tablet', 'tablet', 'android', ['AC電源']],
    [D001, 'ルーター (SOHO向けで、AC電源含む)', 'soho-router', 'router', null, ['AC電源']],
    [D001, 'HUB (AC電源含む)', 'hub', 'hub', null, ['AC電源']],
    [D001, '単体FAX電話機 (親機、子機各1台含む)', 'fax-phone', 'fax-phone', null, ['親機1台', '子機1台']],
  ];
  it.each(deviceRows)('%s %s', (doc, passage, id, deviceType, os, includes) => {
    const section = (doc === D000 ? doc000 : doc001).loaner!;
    const t = section.deviceTypes.find((d) => d.id === id)!;
    expect(t).toMatchObject({ name: passage, deviceType, os, includes });
    expect(t.source.document).toBe(doc);
    expect(textOf(t.source.passage)).toContain(passage);
  });
  it('each document lists exactly five loaner types', () => {
    expect(doc000.loaner!.deviceTypes).toHaveLength(5);
    expect(doc001.loaner!.deviceTypes).toHaveLength(5);
  });
  it('000: 同一種別機種種の貸出しは1台まで; no limit of types; 最大2週間, 到着日が起算日, 返却日は貸出し時に指定', () => {
    const s = doc000.loaner!;
    expect(s.perTypeLimit.units).toBe(1);
    expect(s.distinctTypesLimit).toBeUndefined();
    expect(s.period).toMatchObject({ maxLength: { amount: 2, unit: 'week' }, startDay: 'arrival-day', returnDate: 'set-at-lending' });
    expect(loanMaxDays(s.period)).toBe(14);
    expect(textOf(s.period.source.passage)).toContain('到着日が起算日です。返却日は貸出し時に指定いたします。');
    expect(s.delivery.addressRestriction).toBeNull();
    expect(textOf(s.liability?.source.passage)).toMatch(/^※5 /);
  });
  it('001: 同種別は1台のみ; 別種別は最大5機種; 最大2週間 with no 起算日; 契約者住所のみ', () => {
    const s = doc001.loaner!;
    expect(s.perTypeLimit.units).toBe(1);
    expect(s.distinctTypesLimit?.types).toBe(5);
    expect(s.period).toMatchObject({ maxLength: { amount: 2, unit: 'week' }, startDay: 'not-stated', returnDate: 'not-stated' });
    expect(s.delivery.addressRestriction).toBe('contractor-address');
    expect(s.includedIn.planIds).toEqual(['itss-light-anshin-1', 'itss-light-anshin-2', 'itss-standard-anshin-1', 'itss-standard-anshin-2']);
    expect([...s.optionsWithoutLoaners!.optionIds].sort()).toEqual(doc001.options.map((o) => o.id).sort());
    expect(s.liability).toBeUndefined();
  });
});

describe('visits sections: facts', () => {
  it('001: 基本作業費 and 状況診断費 per dispatch, per PC and per printer items, 契約時登録住所のみ', () => {
    const s = doc001.visits!;
    expect(s.dispatchFees.map((f) => [f.feeId, f.charge])).toEqual([
      ['itss-visit-basic-work', 'every-dispatch'],
      ['itss-visit-diagnosis', 'on-request'],
    ]);
    expect(s.unitItems.map((f) => f.feeId)).toEqual(['itss-visit-pc-internet', 'itss-visit-printer']);
    expect(s.addressRestriction?.rule).toBe('registered-address');
    expect(s.waivers).toEqual([]);
  });
  it('000: 基本作業費 per visit, waived during 訪問故障切り分け; the work itself priced elsewhere (※1)', () => {
    const s = doc000.visits!;
    expect(s.dispatchFees.map((f) => f.feeId)).toEqual(['oas-visit-basic-work']);
    expect(s.waivers).toEqual([expect.objectContaining({ feeId: 'oas-visit-basic-work', when: 'during-onsite-diagnosis' })]);
    expect(s.chargesStatedElsewhere?.scope).toBe('all-work');
    expect(s.addressRestriction).toBeUndefined();
  });
});

describe('sendback section: facts', () => {
  it('the option, the acquisitions, the causes and the conditions', () => {
    const s = doc004.sendback!;
    expect(s.optionId).toBe('iij-ultra-sendback');
    expect(s.acquisitions.map((a) => [a.id, a.optionAttachable])).toEqual([
      ['rental', true],
      ['dealer-purchase', false],
      ['brought-in-other', true],
    ]);
    expect(s.failureCauses.map((c) => [c.id, c.replacement, c.customerCharged])).toEqual([
      ['natural-failure', 'onsite-replacement', false],
      ['customer-negligence', 'standard-sendback', true],
      ['customer-modification', 'standard-sendback', true],
      ['accident-or-disaster', 'standard-sendback', true],
      ['loss', 'standard-sendback', true],
    ]);
    expect(Object.fromEntries(s.conditions.map((c) => [c.id, c.effect]))).toEqual({
      'area-inaccessible': 'standard-sendback',
      'many-adapters-damaged': 'standard-sendback',
      'unattended-site': 'no-onsite-visit',
      'restricted-site': 'no-onsite-visit',
      'undeclared-site': 'no-onsite-visit',
      'island-site': 'application-may-be-refused',
    });
    expect(s.customerProvides.map((r) => [r.item, r.when])).toEqual([
      ['運用管理担当者の情報', 'always'],
      ['拠点名', 'always'],
      ['機器送付先住所', 'adapter-rental'],
      ['サービスアダプタの情報', 'adapter-brought-in'],
      ['機器設置場所の情報', 'option-application'],
    ]);
    expect(s.customerReceives.map((r) => r.item)).toEqual(['マスターID', 'カスタマーコード', 'サービスコード']);
  });
});

/** Every `source` object in a value. */
function sources(value: unknown, out: Source[] = []): Source[] {
  if (Array.isArray(value)) value.forEach((v) => sources(v, out));
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.document === 'string' && o.passage !== undefined) out.push(o as unknown as Source);
    Object.values(o).forEach((v) => sources(v, out));
  }
  return out;
}

const seedDir = join(__dirname, '..', '..', 'sources');
const fold = (s: string) => s.replace(/\s+/g, ' ').trim();

describe('every passage of the loaner sections is quoted from its seed document', () => {
  const sections: Array<[string, unknown]> = [
    ['000 loaner', doc000.loaner],
    ['001 loaner', doc001.loaner],
    ['000 visits', doc000.visits],
    ['001 visits', doc001.visits],
    ['004 sendback', doc004.sendback],
  ];
  it.each(sections)('%s', (_name, section) => {
    const list = sources(section);
    expect(list.length).toBeGreaterThan(3);
    for (const s of list) {
      const text = fold(readFileSync(join(seedDir!, s.document), 'utf8'));
      for (const piece of passageExcerpts(s.passage).map(fold).filter(Boolean)) {
        expect(text.includes(piece), `${s.document}: ${piece}`).toBe(true);
      }
    }
  });
  it('the sections quote only their own document', () => {
    expect(new Set(sources(doc000.loaner).concat(sources(doc000.visits)).map((s) => s.document))).toEqual(new Set([D000]));
    expect(new Set(sources(doc001.loaner).concat(sources(doc001.visits)).map((s) => s.document))).toEqual(new Set([D001]));
    expect(new Set(sources(doc004.sendback).map((s) => s.document))).toEqual(new Set([D004]));
  });
});
