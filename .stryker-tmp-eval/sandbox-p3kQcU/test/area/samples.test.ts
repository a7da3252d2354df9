/**
 * Sample addresses built from the published lists under data/areas (issue 18): every island district of the
 * 離島振興対策実施地域 list, the 帰還困難区域 districts with their lift dates, and the 振興山村. Each sample carries the
 * source row it comes from (publication, passage); the assertion message prints it.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../scripts/build-areas.js';
import { classifyArea } from '../../src/index.js';

const root = join(__dirname, '..', '..');
const csv = (f: string) => parseCsv(readFileSync(join(root, 'data', 'areas', f), 'utf8'));
const ON = '2026-03-01';
const NIGHT = 'oas-area-night-maintenance';
const REFUSE = 'iij-ultra-sendback-remote-island';
const ZONE = 'oas-area-return-difficult-zone';

const islandSamples = csv('island-districts.csv').flatMap((r) =>
  r.districts!.split(';').map((d) => ({ address: `${r.prefecture}${r.municipality}${d}1番地`, island: r.island_id!, name: r.island!, source: `${r.source}: ${r.source_passage}` })),
);

describe('islands recognised by 町字 (離島振興対策実施地域 list)', () => {
  it('has at least 50 island addresses from the list', () => {
    expect(islandSamples.length).toBeGreaterThanOrEqual(50);
  });
  it.each(islandSamples)('$address is on $name', ({ address, island, source }) => {
    const r = classifyArea({ address, on: ON });
    expect(r.island?.status, source).toBe('island');
    expect(r.island?.id, source).toBe(island);
    expect(r.island?.designation, source).toBe('remote-islands-act');
    // A designated remote island: 000's night maintenance and 004's application rule apply.
    expect(r.restrictions.map((x) => x.ruleId), source).toEqual([NIGHT, REFUSE]);
  });
  it('the issue examples: 答志町 → 答志島, 宮島町 → 厳島, 大字天売 → 天売島', () => {
    expect(classifyArea({ address: '三重県鳥羽市答志町', on: ON }).island?.name).toBe('答志島');
    expect(classifyArea({ address: '広島県廿日市市宮島町', on: ON }).island?.name).toBe('厳島');
    expect(classifyArea({ address: '北海道苫前郡羽幌町大字天売', on: ON }).island?.name).toBe('天売島');
    expect(classifyArea({ address: '北海道苫前郡羽幌町大字焼尻', on: ON }).island?.name).toBe('焼尻島');
  });
  it('a mainland district of such a municipality is mainland: no island rule', () => {
    for (const address of ['三重県鳥羽市鳥羽1丁目', '広島県廿日市市下平良1丁目', '北海道苫前郡羽幌町南町']) {
      const r = classifyArea({ address, on: ON });
      expect(r.island, address).toBeNull();
      expect(r.restricted, address).toBe(false);
    }
  });
  it('without a 町字 it cannot tell: one-of-several with the mainland part, the rules depend on the island', () => {
    const r = classifyArea({ address: '三重県鳥羽市', on: ON });
    expect(r.island).toMatchObject({ status: 'one-of-several', mayBeMainland: true, designation: 'remote-islands-act' });
    expect(r.island?.candidates.map((c) => c.name)).toEqual(['答志島', '菅島', '神島', '坂手島']);
    expect(r.restrictions.map((x) => [x.ruleId, x.dependsOnIsland])).toEqual([
      [NIGHT, true],
      [REFUSE, true],
    ]);
    expect(r.reasons.map((x) => x.rule)).toContain('area.island.cannot-tell');
    expect(classifyArea({ municipalityCode: '242110', district: '答志町', on: ON }).island?.name).toBe('答志島');
  });
  it('三浦市 and 藤沢市 (only undesignated, bridged island districts) stay mainland without a district', () => {
    expect(classifyArea({ municipalityCode: '142107', on: ON }).island).toBeNull();
    expect(classifyArea({ municipalityCode: '142051', on: ON }).island).toBeNull();
  });
});

const zoneRows = csv('zone-districts.csv');
const row = (m: string, d: string) => {
  const r = zoneRows.find((x) => x.municipality === m && x.district === d)!;
  return `${r.source} (${r.source_date}): ${r.source_passage}`;
};
const PREFIX: Record<string, string> = { 大熊町: '福島県双葉郡大熊町', 双葉町: '福島県双葉郡双葉町', 浪江町: '福島県双葉郡浪江町', 富岡町: '福島県双葉郡富岡町', 葛尾村: '福島県双葉郡葛尾村', 飯舘村: '福島県相馬郡飯舘村', 南相馬市: '福島県南相馬市' };

describe('帰還困難区域 by district and date (zone-districts.csv, zone-district-lifts.csv)', () => {
  it.each(zoneRows.filter((r) => r.zone === 'never'))('$municipality$district was never in the zone', (r) => {
    for (const on of ['2014-01-01', ON]) {
      const z = classifyArea({ address: `${PREFIX[r.municipality!]}${r.district}1`, on }).zone;
      expect([z.status, z.inZone, z.mayBeInZone, z.district], row(r.municipality!, r.district!)).toEqual(['none', false, false, r.district]);
    }
  });
  it.each(zoneRows.filter((r) => r.zone !== 'never'))('$municipality$district may be or is in the zone on 2026-03-01', (r) => {
    const res = classifyArea({ address: `${PREFIX[r.municipality!]}${r.district}`, on: ON });
    expect(res.zone.mayBeInZone, row(r.municipality!, r.district!)).toBe(true);
    expect(res.zone.district).toBe(r.district);
    expect(res.restrictions.map((x) => x.ruleId)).toContain(ZONE);
  });
  it('大熊町大川原 and 中屋敷 are never in the zone (居住制限 / 避難指示解除準備, lifted 2019-04-10): no zone restriction', () => {
    const r = classifyArea({ address: '福島県双葉郡大熊町大川原字南平1717', on: ON });
    expect(r.restricted, row('大熊町', '大川原')).toBe(false);
    expect(r.reasons.map((x) => x.rule)).toContain('area.zone.district-never');
  });
  it('大熊町小入野 (wholly designated, never lifted) is in the zone until the unplaced 2020-03-05 station lift, then "may be"', () => {
    expect(classifyArea({ address: '大熊町小入野', on: '2019-06-01' }).zone).toMatchObject({ status: 'designated', inZone: true });
    expect(classifyArea({ address: '大熊町小入野', on: '2020-03-05' }).zone).toMatchObject({ status: 'designated', inZone: null });
  });
  it('浪江町室原: the 特定復興再生拠点区域 lift took effect at 10:00 on 2023-03-31', () => {
    expect(classifyArea({ address: '浪江町室原', on: '2023-03-31T09:59' }).zone.liftsSoFar).toEqual([]);
    const r = classifyArea({ address: '浪江町室原', on: '2023-03-31T10:00' });
    expect(r.zone).toMatchObject({ status: 'partially-lifted', inZone: null, district: '室原' });
    expect(r.zone.liftsSoFar).toEqual([{ date: '2023-03-31', time: '10:00', kind: 'specific-reconstruction-base', area: '特定復興再生拠点区域' }]);
  });
  it('富岡町小良ケ浜: the point-line lift at 09:00 on 2023-11-30', () => {
    expect(classifyArea({ address: '富岡町小良ケ浜', on: '2023-11-30T08:59' }).zone.liftsSoFar).toEqual([]);
    expect(classifyArea({ address: '富岡町小良ケ浜', on: '2023-11-30T09:00' }).zone.liftsSoFar.map((l) => l.kind)).toEqual(['point-line-base']);
  });
  it('葛尾村野行: 2022-06-12 08:00 and the 2025-03-31 09:00 land-use lift', () => {
    expect(classifyArea({ address: '葛尾村大字野行', on: '2025-04-01' }).zone.liftsSoFar.map((l) => `${l.date} ${l.time}`)).toEqual(['2022-06-12 08:00', '2025-03-31 09:00']);
    expect(classifyArea({ address: '葛尾村大字野行', on: '2022-06-12T07:59' }).zone.liftsSoFar).toEqual([]);
  });
  it('飯舘村: the zone is 長泥 only, so another district was never in it; 長泥 has two lifts', () => {
    expect(classifyArea({ address: '福島県相馬郡飯舘村草野', on: ON }).zone).toMatchObject({ status: 'none', inZone: false });
    expect(classifyArea({ address: '福島県相馬郡飯舘村長泥', on: ON }).zone.liftsSoFar.map((l) => l.date)).toEqual(['2023-05-01', '2025-03-31']);
  });
  it('浪江町: the town centre (権現堂) and coast (請戸・棚塩), and 双葉町中野, were never in the zone (ref:namie-kyoten-2023, ref:namie-saihen-2012, ref:futaba-nakano-2020)', () => {
    for (const address of ['福島県双葉郡浪江町権現堂', '福島県双葉郡浪江町大字請戸', '浪江町棚塩', '福島県双葉郡双葉町中野']) {
      const z = classifyArea({ address, on: ON }).zone;
      expect([z.status, z.inZone], address).toEqual(['none', false]);
    }
  });
  it('富岡町夜の森・大菅: the 特定復興再生拠点区域 lift at 09:00 on 2023-04-01, partial (ref:tomioka-kyoten-2023)', () => {
    for (const address of ['福島県双葉郡富岡町夜の森', '富岡町大菅']) {
      expect(classifyArea({ address, on: '2023-04-01T08:59' }).zone.liftsSoFar.map((l) => l.date), address).not.toContain('2023-04-01');
      const after = classifyArea({ address, on: '2023-04-01T09:00' }).zone;
      expect(after.liftsSoFar.map((l) => l.date), address).toContain('2023-04-01');
      expect(after.inZone, address).toBeNull(); // partly lifted: may still be in the zone
    }
  });
  it('"may be" where the address stops above the district; unknown districts answer by municipality', () => {
    for (const address of ['福島県双葉郡大熊町', '福島県双葉郡浪江町', '福島県双葉郡浪江町川添']) {
      const z = classifyArea({ address, on: ON }).zone;
      expect([z.status, z.inZone, z.district], address).toEqual(['partially-lifted', null, null]);
    }
  });
  it('the municipal 2025-03-31 lifts of 葛尾村 and 飯舘村 are recorded with their time', () => {
    expect(classifyArea({ municipalityCode: '075485', on: '2025-03-31T09:00' }).zone.liftsSoFar.map((l) => l.date)).toEqual(['2022-06-12', '2025-03-31']);
    expect(classifyArea({ municipalityCode: '075647', on: '2025-03-31T08:59' }).zone.liftsSoFar.map((l) => l.date)).toEqual(['2023-05-01']);
  });
});

describe('振興山村 (mountain-villages.csv)', () => {
  const rows = csv('mountain-villages.csv');
  it.each(rows)('$prefecture$municipality ($extent)', (r) => {
    const res = classifyArea({ address: `${r.prefecture}${r.municipality}`, on: ON });
    const night = res.restrictions.find((x) => x.ruleId === NIGHT);
    expect(night?.triggers, `${r.source}: ${r.source_passage}`).toEqual(['mountainous']);
    expect(res.mountainArea?.status).toBe(r.extent === 'whole' ? 'designated' : 'may-be');
    expect(res.mountainous).toBe(r.extent === 'whole' ? true : null);
    expect(night?.dependsOnMountainArea).toBe(r.extent !== 'whole');
  });
  it('the caller wins: mountainous: false removes the mountain rule', () => {
    expect(classifyArea({ address: '東京都西多摩郡檜原村', on: ON, mountainous: false }).restricted).toBe(false);
  });
  it('an unlisted municipality stays unknown', () => {
    const r = classifyArea({ address: '東京都千代田区丸の内1-1', on: ON });
    expect([r.mountainous, r.mountainArea, r.restricted]).toEqual([null, null, false]);
  });
});
