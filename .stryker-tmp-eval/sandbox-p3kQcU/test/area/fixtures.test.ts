/**
 * The area fixtures against their sources: the municipality table (CC0 localgovjp via
 * data/municipalities.csv), the 帰還困難区域 and named-island references of docs/references.md, and the
 * areaRules sections of 000 and 004 against the documents' passages.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  AreaRulesSectionSchema,
  AreasFixtureSchema,
  MunicipalitiesFixtureSchema,
  bundledAreaData,
  getDocument,
  municipalityCheckDigit,
  placeKeyForTests,
} from './support.js';
import municipalitiesJson from '../../fixtures/municipalities.json';
import areasJson from '../../fixtures/areas.json';
import { D000, D004 } from './helpers.js';
import { passageText } from '../../src/catalog/primitives.js';
import { referenceSections } from '../helpers/references.js';

const root = join(__dirname, '..', '..');
const data = bundledAreaData();
const references = referenceSections();

describe('fixtures/municipalities.json', () => {
  it('validates and keeps the provenance (CC0 localgovjp 2026-07-09)', () => {
    const f = MunicipalitiesFixtureSchema.parse(municipalitiesJson);
    expect(f.dataset).toMatchObject({ name: 'localgovjp', license: 'CC0-1.0', version: '2026-07-09', publisher: 'Code for Fukui (code4fukui)' });
    expect(f.$schema).toBe('../schemas/municipalities.schema.json');
    expect(f.municipalities).toHaveLength(1916);
  });
  it('every code passes the mod-11 check digit (ref:soumu-lgcode)', () => {
    for (const m of data.municipalities) expect(municipalityCheckDigit(m.code5), m.code).toBe(Number(m.code[5]));
  });
  it('check digits of the 帰還困難区域 municipalities', () => {
    // "Multiply digits 1–5 by 6, 5, 4, 3, 2, sum, take the remainder r mod 11; the check digit is the last digit of (11 − r)"
    expect(['07212', '07543', '07545', '07546', '07547', '07548', '07564'].map((c) => c + municipalityCheckDigit(c))).toEqual([
      '072125', '075434', '075451', '075469', '075477', '075485', '075647',
    ]);
    expect(municipalityCheckDigit('1336')).toBeNaN();
  });
  it('matches data/municipalities.csv row for row', () => {
    const rows = readFileSync(join(root, 'data', 'municipalities.csv'), 'utf8').trim().split('\n').slice(1).map((l) => l.split(','));
    expect(municipalitiesJson.municipalities.map((m) => [m.code, m.prefecture, m.name, m.kana])).toEqual(rows);
  });
  it('no two municipalities of one prefecture share a folded name (folding never merges two)', () => {
    const seen = new Map<string, string>();
    for (const m of data.municipalities) {
      const k = `${m.prefecture}|${placeKeyForTests(m.name)}`;
      expect(seen.get(k), `${m.name} ${m.code}`).toBeUndefined();
      seen.set(k, m.code);
    }
  });
});

describe('fixtures/areas.json', () => {
  const areas = AreasFixtureSchema.parse(areasJson);
  const islandOf = (code: string) => areas.islandMunicipalities.find((m) => m.municipalityCode === code);

  it('has a $schema and every fact has a source', () => {
    expect(areas.$schema).toBe('../schemas/areas.schema.json');
    const all = [...areas.designations, ...areas.islands, ...areas.islandMunicipalities, ...areas.islandDistricts, ...areas.returnDifficultZones.municipalities];
    for (const x of all) expect(x.source.passage.length).toBeGreaterThan(0);
  });

  // ref:named-islands: Island | Municipality | 6-digit code | Whole municipality?
  const named: Array<[string, string[], boolean]> = [
    ['礼文島', ['015172'], true],
    ['利尻島', ['015181', '015199'], true],
    ['奥尻島', ['013676'], true],
    ['伊豆大島', ['133612'], true],
    ['三宅島', ['133817'], true],
    ['新島', ['133639'], false], // "village also includes 式根島"
    ['八丈島', ['134015'], true],
    ['佐渡島', ['152242'], true],
    ['城ヶ島', ['142107'], false], // part of a mainland city
    ['江の島', ['142051'], false], // a tied island
  ];
  it.each(named)('ref:named-islands: %s is in %j (whole municipality: %s)', (name, codes, whole) => {
    const isl = areas.islands.find((i) => i.name === name)!;
    expect(isl).toBeDefined();
    for (const code of codes) {
      const im = islandOf(code);
      if (whole) expect(im?.islandIds).toEqual([isl.id]);
      else {
        const inDistrict = areas.islandDistricts.some((d) => d.municipalityCode === code && d.islandId === isl.id);
        const inRest = im?.restIslandId === isl.id;
        expect(inDistrict || inRest).toBe(true);
      }
    }
  });
  it('城ヶ島 is the 町字 三崎町城ケ島 of 三浦市; 江の島 the 町 江の島 of 藤沢市; 式根島 is 新島村式根島', () => {
    const d = (code: string, id: string) => areas.islandDistricts.find((x) => x.municipalityCode === code && x.islandId === id)?.districts;
    expect(d('142107', 'jogashima')).toContain('三崎町城ケ島');
    expect(d('142051', 'enoshima')).toEqual(['江の島']);
    expect(d('133639', 'shikinejima')).toEqual(['式根島']);
    expect(islandOf('142107')).toBeUndefined();
    expect(islandOf('142051')).toBeUndefined();
  });
  it('covers the municipalities wholly on islands: Izu and Ogasawara, 佐渡, 隠岐, 対馬, 壱岐, 五島, 奄美, Okinawa …', () => {
    const names = new Set(areas.islandMunicipalities.map((m) => m.municipality));
    for (const n of ['大島町', '利島村', '新島村', '神津島村', '三宅村', '御蔵島村', '八丈町', '青ヶ島村', '小笠原村', '佐渡市', '粟島浦村',
      '隠岐の島町', '海士町', '西ノ島町', '知夫村', '対馬市', '壱岐市', '五島市', '新上五島町', '小値賀町', '屋久島町', '西之表市',
      '三島村', '十島村', '奄美市', '瀬戸内町', '与論町', '小豆島町', '土庄町', '直島町', '上島町', '周防大島町', '姫島村',
      '礼文町', '利尻町', '利尻富士町', '奥尻町', '石垣市', '宮古島市', '竹富町', '与那国町', '久米島町', '北大東村', '南大東村']) {
      expect(names.has(n), n).toBe(true);
    }
    // All 41 municipalities of Okinawa lie on islands (沖縄島 or the remote islands).
    const okinawa = data.municipalities.filter((m) => m.prefecture === '沖縄県');
    expect(okinawa).toHaveLength(41);
    for (const m of okinawa) expect(islandOf(m.code), m.name).toBeDefined();
  });
  it('Amami, Ogasawara and the Okinawa remote islands carry their own law; 沖縄島 is not a 離島', () => {
    const des = (name: string) => areas.islands.find((i) => i.name === name)?.designation;
    expect(des('奄美大島')).toBe('amami');
    expect(des('父島')).toBe('ogasawara');
    expect(des('石垣島')).toBe('okinawa-remote-islands');
    expect(des('沖縄島')).toBeNull();
    expect(des('佐渡島')).toBe('remote-islands-act');
  });

  // ref:kikan-konnan-kuiki and ref:fukko-saisei-ho: the seven municipalities, and each lift.
  const zones: Array<[string, string, string[]]> = [
    ['南相馬市', '072125', []],
    ['富岡町', '075434', ['2020-03-10 06:00', '2023-04-01', '2023-11-30']],
    ['大熊町', '075451', ['2020-03-05 00:00', '2022-06-30']],
    ['双葉町', '075469', ['2020-03-04 00:00', '2022-08-30']],
    ['浪江町', '075477', ['2023-03-31']],
    ['葛尾村', '075485', ['2022-06-12', '2025-03-31 09:00']],
    ['飯舘村', '075647', ['2023-05-01', '2025-03-31 09:00']],
  ];
  it.each(zones)('帰還困難区域: %s (%s) lifts %j, none complete', (name, code, lifts) => {
    const z = areas.returnDifficultZones.municipalities.find((m) => m.municipalityCode === code)!;
    expect(z.municipality).toBe(name);
    expect(z.lifts.map((l) => (l.time ? `${l.date} ${l.time}` : l.date))).toEqual(lifts);
    expect(z.fullyLiftedOn).toBeNull();
    expect(z.designatedOn).toBeNull(); // not in the references: not invented
    for (const l of z.lifts) {
      // Station areas (2020) under the 原子力災害対策本部 instructions; 特定復興再生拠点区域 under 福島復興再生特別措置法.
      expect(l.source.document).toBe(l.kind === 'station-area' ? 'ref:kikan-konnan-kuiki' : l.kind === 'other' ? 'ref:zone-land-use-2025' : 'ref:fukko-saisei-ho'); // 'other': the 2025-03-31 land-use lifts (issue 18)
      expect(references.get(l.source.document), l.source.document).toContain(l.date);
    }
  });
  it('has exactly the seven zone municipalities, data as of 2026-03', () => {
    expect(areas.returnDifficultZones.municipalities).toHaveLength(7);
    expect(areas.returnDifficultZones.dataAsOf).toBe('2026-03');
  });
  it('特定帰還居住区域 plans are recorded as plans, not lifts (no lift as of March 2026)', () => {
    const plans = Object.fromEntries(areas.returnDifficultZones.municipalities.map((m) => [m.municipality, m.specificReturnResidencePlans.map((p) => p.approvedOn)]));
    expect(plans).toEqual({
      南相馬市: ['2025-03-18'], 富岡町: ['2024-02-16'], 大熊町: ['2023-09-29'], 双葉町: ['2023-09-29'], 浪江町: ['2024-01-16'], 葛尾村: ['2025-07-29'], 飯舘村: [],
    });
  });
});

describe('areaRules of 000 and 004', () => {
  const seed = (f: string) => join(root, 'sources', f);
  const doc000 = getDocument('office-anshin-support');
  const doc004 = getDocument('iij-mpc-ultra-sendback');

  it('validate and cite their documents', () => {
    for (const doc of [doc000, doc004]) {
      const s = AreaRulesSectionSchema.parse(doc.areaRules);
      for (const r of s.rules) expect(r.source.document).toBe(doc.document.file);
    }
    expect(doc000.areaRules!.rules.map((r) => r.id)).toEqual(['oas-area-return-difficult-zone', 'oas-area-night-maintenance']);
    expect(doc004.areaRules!.rules.map((r) => r.id)).toEqual(['iij-ultra-sendback-remote-island', 'iij-ultra-sendback-restricted-entry']);
  });

  it('passages are verbatim in the seed documents', () => {
    const t000 = readFileSync(seed(D000), 'utf8');
    const t004 = readFileSync(seed(D004), 'utf8');
    for (const r of doc000.areaRules!.rules) expect(t000).toContain(r.source.passage);
    for (const r of doc004.areaRules!.rules) expect(t004).toContain(r.source.passage);
  });

  it('000 (6): the exceptions are the ten islands of the passage, in order, each an island of the data', () => {
    const rule = doc000.areaRules!.rules.find((r) => r.id === 'oas-area-night-maintenance')!;
    const listed = /ただし、島嶼部においても、(.+?)は夜間の保守対応が可能/.exec(passageText(rule.source.passage))![1]!.split('・');
    expect(listed).toEqual(['礼文島', '利尻島', '奥尻島', '伊豆大島', '三宅島', '新島', '八丈島', '城ヶ島', '江ノ島', '佐渡島']);
    expect(rule.when.island!.exceptIslands!.map((x) => x.name)).toEqual(listed);
    for (const x of rule.when.island!.exceptIslands!) {
      const isl = data.index.islandById.get(x.islandId)!;
      expect([isl.name, ...(isl.aliases ?? [])].map(placeKeyForTests)).toContain(placeKeyForTests(x.name));
    }
    expect(rule.when).toMatchObject({ island: { scope: 'any-island' }, mountainous: true });
  });

  it('004: the island rule is for designated remote islands and the ultra-sendback option', () => {
    const rule = doc004.areaRules!.rules[0]!;
    expect(rule).toMatchObject({ effect: 'application-may-be-refused', when: { island: { scope: 'designated-remote-island' } }, appliesTo: { options: ['iij-ultra-sendback'] } });
  });
});
