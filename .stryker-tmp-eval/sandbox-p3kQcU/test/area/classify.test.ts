/**
 * classifyArea against the documents' area rules:
 * 000 注意事項 (4)「一部のエリア（原子力災害対策本部の設定する帰還困難地区等）は、保守対応ができない場合があります。」
 * 000 注意事項 (6)「島嶼部や山間部等の一部エリアについては、交通事情により夜間の保守対応ができない場合があります。
 *   ただし、島嶼部においても、礼文島・利尻島・奥尻島・伊豆大島・三宅島・新島・八丈島・城ヶ島・江ノ島・佐渡島は夜間の保守対応が可能となります。」
 * 004「設置場所が離島の場合はお申し込みをお断りする場合があります。」「無人または立ち入りが制限される場所への駆け付けは実施できません。」
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { classifyArea, type AreaClassification } from '../../src/index.js';
import { D000, D004, ON, deepFreeze, editedCatalog } from './helpers.js';
import { textOf } from '../helpers/passage.js';

const NIGHT = 'oas-area-night-maintenance';
const ZONE000 = 'oas-area-return-difficult-zone';
const REFUSE = 'iij-ultra-sendback-remote-island';
const ENTRY004 = 'iij-ultra-sendback-restricted-entry';
const ruleIds = (r: AreaClassification) => r.restrictions.map((x) => x.ruleId).sort();

describe('000 (6): the ten named islands are exceptions for night maintenance', () => {
  // 「礼文島・利尻島・奥尻島・伊豆大島・三宅島・新島・八丈島・城ヶ島・江ノ島・佐渡島は夜間の保守対応が可能となります」
  const cases: Array<[string, Record<string, string>, string, string]> = [
    ['礼文島', { address: '北海道礼文郡礼文町大字香深村' }, 'rebunto', '015172'],
    ['礼文島 by code', { municipalityCode: '015172' }, 'rebunto', '015172'],
    ['利尻島 (利尻町)', { municipalityCode: '015181' }, 'rishirito', '015181'],
    ['利尻島 (利尻富士町)', { address: '北海道利尻郡利尻富士町鴛泊' }, 'rishirito', '015199'],
    ['奥尻島', { address: '奥尻町' }, 'okushirito', '013676'],
    ['伊豆大島 (the island name for 大島町)', { address: '伊豆大島' }, 'izu-oshima', '133612'],
    ['伊豆大島 by 大島町', { address: '東京都大島町元町' }, 'izu-oshima', '133612'],
    ['三宅島 (postal form 三宅島三宅村)', { address: '東京都三宅島三宅村阿古' }, 'miyakejima', '133817'],
    ['新島 (本村)', { address: '東京都新島村本村1丁目' }, 'niijima', '133639'],
    ['新島 (若郷, by code and district)', { municipalityCode: '133639', district: '若郷' }, 'niijima', '133639'],
    ['新島 (the island name)', { address: '新島' }, 'niijima', '133639'],
    ['八丈島 (postal form 八丈島八丈町)', { address: '東京都八丈島八丈町大賀郷' }, 'hachijojima', '134015'],
    ['城ヶ島 (三浦市三崎町城ケ島)', { address: '神奈川県三浦市三崎町城ケ島658' }, 'jogashima', '142107'],
    ['城ヶ島 written ヶ', { address: '三浦市三崎町城ヶ島' }, 'jogashima', '142107'],
    ['城ヶ島 written が', { address: '三浦市三崎町城が島' }, 'jogashima', '142107'],
    ['城ヶ島 by code and district', { municipalityCode: '142107', district: '三崎町城ケ島' }, 'jogashima', '142107'],
    ['城ヶ島 (the island name)', { address: '城ヶ島' }, 'jogashima', '142107'],
    ['江ノ島 (藤沢市江の島)', { address: '神奈川県藤沢市江の島1丁目' }, 'enoshima', '142051'],
    ['江ノ島 written ノ', { address: '藤沢市江ノ島２－３－８' }, 'enoshima', '142051'],
    ['江ノ島 (the island name)', { address: '江ノ島' }, 'enoshima', '142051'],
    ['佐渡島', { address: '新潟県佐渡市両津夷' }, 'sadogashima', '152242'],
  ];
  it.each(cases)('%s', (_label, where, islandId, code) => {
    const r = classifyArea({ ...where, on: ON });
    expect(r.municipality?.code).toBe(code);
    expect(r.island).toMatchObject({ status: 'island', id: islandId });
    expect(r.island!.exceptionIn).toEqual([expect.objectContaining({ documentId: 'office-anshin-support', ruleId: NIGHT })]);
    expect(r.restrictions.some((x) => x.ruleId === NIGHT)).toBe(false);
    const why = r.reasons.find((x) => x.factId === NIGHT)!;
    expect(why.rule).toBe('area.island-exception');
    expect(why.source?.document).toBe(D000);
  });

  it('the exception names are those written in 000, in order', () => {
    const r = classifyArea({ address: '利尻島', on: ON });
    expect(r.municipality).toBeNull();
    expect(r.municipalityCandidates.map((m) => m.name)).toEqual(['利尻町', '利尻富士町']);
    expect(r.island?.exceptionIn[0]?.nameAsWritten).toBe('利尻島');
  });
});

describe('000 (6): islands not on the list', () => {
  const cases: Array<[string, Record<string, string>, string]> = [
    ['父島 (小笠原村)', { address: '東京都小笠原村父島' }, 'chichijima'],
    ['母島 (小笠原村)', { address: '東京都小笠原村母島' }, 'hahajima'],
    ['式根島 (新島村式根島): same village as 新島, not an exception', { address: '東京都新島村式根島' }, 'shikinejima'],
    ['神津島', { municipalityCode: '133647' }, 'kozushima'],
    ['青ヶ島', { address: '東京都青ケ島村' }, 'aogashima'],
    ['西表島 (竹富町, by island name)', { address: '西表島' }, 'iriomotejima'],
    ['石垣島', { address: '沖縄県石垣市' }, 'ishigakijima'],
    ['奄美大島 (奄美市)', { address: '鹿児島県奄美市名瀬' }, 'amami-oshima'],
    ['対馬', { address: '長崎県対馬市厳原町' }, 'tsushima'],
  ];
  it.each(cases)('%s: night maintenance may be unavailable; 004 may refuse', (_label, where, islandId) => {
    const r = classifyArea({ ...where, on: ON });
    expect(r.island).toMatchObject({ status: 'island', id: islandId, exceptionIn: [] });
    const night = r.restrictions.find((x) => x.ruleId === NIGHT)!;
    expect(night).toMatchObject({ effect: 'night-maintenance-may-be-unavailable', triggers: ['island'], dependsOnIsland: false, document: D000 });
    expect(night.appliesTo.plans).toEqual(['oas-plan-a', 'oas-plan-b']);
    const refuse = r.restrictions.find((x) => x.ruleId === REFUSE)!;
    expect(refuse).toMatchObject({ effect: 'application-may-be-refused', document: D004, appliesTo: { plans: [], options: ['iij-ultra-sendback'] } });
    expect(textOf(refuse.source.passage)).toContain('設置場所が離島の場合はお申し込みをお断りする場合があります');
  });

  it('新島村 without a district: depends on the island (新島 is an exception, 式根島 is not)', () => {
    const r = classifyArea({ address: '東京都新島村', on: ON });
    expect(r.island).toMatchObject({ status: 'one-of-several', id: null, candidates: [{ id: 'niijima' }, { id: 'shikinejima' }] });
    const night = r.restrictions.find((x) => x.ruleId === NIGHT)!;
    expect(night.dependsOnIsland).toBe(true);
    expect(r.reasons.find((x) => x.factId === NIGHT)?.interpretation).toBe('area-unresolved-island');
    // 004's rule holds on either island.
    expect(r.restrictions.find((x) => x.ruleId === REFUSE)?.dependsOnIsland).toBe(false);
  });

  it('a district of 新島村 that is not listed is on 新島 (restIslandId)', () => {
    expect(classifyArea({ municipalityCode: '133639', district: '瀬戸山', on: ON }).island?.id).toBe('niijima');
  });
});

describe('城ヶ島 differs from the rest of 三浦市; 江の島 from the rest of 藤沢市', () => {
  it('三浦市三崎町小網代 is mainland: no island, no restriction', () => {
    const r = classifyArea({ address: '神奈川県三浦市三崎町小網代1000', on: ON });
    expect(r.municipality?.code).toBe('142107');
    expect(r.island).toBeNull();
    expect(r.restricted).toBe(false);
    expect(r.reasons.map((x) => x.rule)).toContain('area.island.mainland-part');
  });
  it('三浦市 by code alone is not an island (the city is mainland but for 城ヶ島)', () => {
    expect(classifyArea({ municipalityCode: '142107', on: ON }).island).toBeNull();
  });
  it('藤沢市片瀬海岸 is mainland', () => {
    expect(classifyArea({ address: '藤沢市片瀬海岸1-1', on: ON }).island).toBeNull();
  });
  it('城ヶ島 and 江の島 are not designated remote islands: 004 does not refuse there', () => {
    for (const address of ['三浦市三崎町城ヶ島', '藤沢市江の島']) {
      const r = classifyArea({ address, on: ON });
      expect(r.island?.designation).toBeNull();
      expect(r.restricted).toBe(false);
      expect(r.reasons.find((x) => x.factId === REFUSE)?.rule).toBe('area.island-out-of-scope');
    }
  });
  it('佐渡島 is a designated remote island: 000 allows night maintenance, 004 may refuse', () => {
    const r = classifyArea({ municipalityCode: '152242', on: ON });
    expect(r.island?.designation).toBe('remote-islands-act');
    expect(ruleIds(r)).toEqual([REFUSE]);
  });
});

describe('000 (4) and 004: 帰還困難区域 by municipality and date (ref:kikan-konnan-kuiki)', () => {
  it('双葉町 before the first lift (2020-03-04 00:00) is designated; from that day partially lifted', () => {
    const before = classifyArea({ municipalityCode: '075469', on: '2020-03-03' });
    expect(before.zone).toMatchObject({ status: 'designated', mayBeInZone: true, liftsSoFar: [] });
    const after = classifyArea({ municipalityCode: '075469', on: '2020-03-04' });
    expect(after.zone.status).toBe('partially-lifted');
    expect(after.zone.liftsSoFar).toEqual([expect.objectContaining({ date: '2020-03-04', kind: 'station-area' })]);
    // A part remains: the rules still say "may".
    for (const r of [before, after]) expect(ruleIds(r)).toEqual([ENTRY004, ZONE000]);
  });
  it('富岡町: the 2020-03-10 lift took effect at 06:00 Japan time', () => {
    expect(classifyArea({ municipalityCode: '075434', on: '2020-03-10' }).zone.status).toBe('designated');
    expect(classifyArea({ municipalityCode: '075434', on: '2020-03-10T05:59' }).zone.status).toBe('designated');
    expect(classifyArea({ municipalityCode: '075434', on: '2020-03-10T06:00' }).zone.status).toBe('partially-lifted');
    expect(classifyArea({ municipalityCode: '075434', on: '2020-03-09T21:00:00Z' }).zone.status).toBe('partially-lifted');
  });
  it('浪江町 before and after its 特定復興再生拠点区域 lift (2023-03-31)', () => {
    expect(classifyArea({ address: '福島県双葉郡浪江町', on: '2023-03-30' }).zone.liftsSoFar).toEqual([]);
    const r = classifyArea({ address: '福島県双葉郡浪江町', on: '2023-03-31' });
    expect(r.zone.liftsSoFar.map((l) => l.date)).toEqual(['2023-03-31']);
    const zoneReason = r.reasons.find((x) => x.rule === 'area.zone.partially-lifted')!;
    expect(textOf(zoneReason.source?.passage)).toBe('浪江町 | 2023-03-31');
  });
  it('南相馬市 has no recorded lift: designated on every date', () => {
    expect(classifyArea({ municipalityCode: '07212', on: '2026-11-22' }).zone.status).toBe('designated');
  });
  it('after the data month (2026-03) the answer says later lifts are not recorded', () => {
    const r = classifyArea({ municipalityCode: '075469', on: '2026-04-01' });
    expect(r.zone.beyondDataAsOf).toBe(true);
    expect(r.reasons.map((x) => x.rule)).toContain('area.zone.beyond-data');
    expect(classifyArea({ municipalityCode: '075469', on: '2026-03-31' }).zone.beyondDataAsOf).toBe(false);
  });
  it('the 000 rule cites (4) and the 004 rule the restricted-entry passage', () => {
    const r = classifyArea({ municipalityCode: '075451', on: ON });
    expect(textOf(r.restrictions.find((x) => x.ruleId === ZONE000)?.source.passage)).toContain('帰還困難地区');
    expect(textOf(r.restrictions.find((x) => x.ruleId === ENTRY004)?.source.passage)).toContain('立ち入りが制限される場所');
  });
});

describe('plain addresses', () => {
  it.each(['東京都千代田区丸の内1-1-1', '札幌市中央区北1条西2丁目', '大阪府大阪市北区梅田3丁目', '愛知県名古屋市中村区名駅'])('%s: no restriction', (address) => {
    const r = classifyArea({ address, on: ON });
    expect(r.restricted).toBe(false);
    expect(r.island).toBeNull();
    expect(r.zone.status).toBe('none');
    expect(r.documents.map((d) => d.documentId)).toEqual(['office-anshin-support', 'iij-mpc-ultra-sendback']);
    for (const d of r.documents) expect(d.reasons.every((x) => x.rule === 'area.not-applicable' && x.source !== undefined)).toBe(true);
  });
});

describe('undesignated islands (interpretations area-000-island-scope, area-004-remote-island-scope)', () => {
  it('沖縄島 (那覇市): 島嶼部 for 000, not 離島 for 004', () => {
    const r = classifyArea({ address: '沖縄県那覇市泉崎1-2-2', on: ON });
    expect(r.island).toMatchObject({ id: 'okinawajima', designation: null });
    expect(ruleIds(r)).toEqual([NIGHT]);
  });
  it('islandScope overrides both documents', () => {
    expect(ruleIds(classifyArea({ address: '沖縄県那覇市', on: ON, islandScope: 'designated-remote-island' }))).toEqual([]);
    expect(ruleIds(classifyArea({ address: '沖縄県那覇市', on: ON, islandScope: 'any-island' }))).toEqual([REFUSE, NIGHT].sort());
  });
  it('南あわじ市沼島 is designated; the rest of 南あわじ市 is 淡路島', () => {
    expect(classifyArea({ address: '兵庫県南あわじ市沼島', on: ON }).island?.id).toBe('nushima');
    expect(classifyArea({ address: '兵庫県南あわじ市市', on: ON }).island?.id).toBe('awajishima');
  });
});

describe('what the caller knows better', () => {
  it('island: true on a mainland address applies every island rule', () => {
    const r = classifyArea({ address: '三浦市三崎町小網代', on: ON, island: true });
    expect(r.island?.status).toBe('caller-says-island');
    expect(ruleIds(r)).toEqual([REFUSE, NIGHT].sort());
  });
  it('island: true keeps the exceptions (城ヶ島 stays an exception) but lifts the designation scope', () => {
    const r = classifyArea({ address: '三浦市三崎町城ヶ島', on: ON, island: true });
    expect(ruleIds(r)).toEqual([REFUSE]);
  });
  it('island: false: no island rule', () => {
    const r = classifyArea({ address: '東京都小笠原村父島', on: ON, island: false });
    expect(r.island).toBeNull();
    expect(r.restricted).toBe(false);
  });
  it('mountainous: true triggers 000 (6) even on an exception island; unknown otherwise', () => {
    const r = classifyArea({ municipalityCode: '152242', on: ON, mountainous: true });
    expect(r.restrictions.find((x) => x.ruleId === NIGHT)?.triggers).toEqual(['mountainous']);
    expect(classifyArea({ municipalityCode: '131016', on: ON }).mountainous).toBeNull();
    expect(classifyArea({ municipalityCode: '131016', on: ON }).reasons.map((x) => x.rule)).toContain('area.mountain.unknown');
  });
});

describe('rules are data: a loaded catalog drives the answer', () => {
  it('removing 佐渡島 from 000\'s exceptions makes 佐渡 "night maintenance may be unavailable"', () => {
    const cat = editedCatalog((docs) => {
      const rule = docs[0]!.areaRules.rules.find((r: { id: string }) => r.id === NIGHT);
      rule.when.island.exceptIslands = rule.when.island.exceptIslands.filter((x: { islandId: string }) => x.islandId !== 'sadogashima');
    });
    expect(ruleIds(classifyArea({ municipalityCode: '152242', on: ON, catalog: cat }))).toEqual([REFUSE, NIGHT].sort());
    expect(ruleIds(classifyArea({ municipalityCode: '152242', on: ON }))).toEqual([REFUSE]);
  });
  it('a catalog without area rules gives no restriction', () => {
    const cat = editedCatalog((docs) => {
      for (const d of docs) delete d.areaRules;
    });
    const r = classifyArea({ address: '東京都小笠原村父島', on: ON, catalog: cat });
    expect(r.documents).toEqual([]);
    expect(r.restricted).toBe(false);
  });
});

describe('results', () => {
  it('are JSON-serialisable and do not mutate the input', () => {
    const input = deepFreeze({ address: '東京都新島村', on: ON, island: undefined });
    const r = classifyArea(input as never);
    expect(JSON.parse(JSON.stringify(r))).toEqual(JSON.parse(JSON.stringify(r)));
    expect(input).toEqual({ address: '東京都新島村', on: ON, island: undefined });
  });
  it('report the date and instant evaluated in Japan time', () => {
    const r = classifyArea({ municipalityCode: '131016', on: '2026-11-21T16:30:00Z' });
    expect([r.on, r.at]).toEqual(['2026-11-22', '2026-11-22T01:30:00+09:00']);
    expect(classifyArea({ municipalityCode: '131016', on: new Date('2026-11-21T16:30:00Z') }).on).toBe('2026-11-22');
  });
});
