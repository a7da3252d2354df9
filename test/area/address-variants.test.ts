/**
 * Address forms real billing data holds, found wrong by an address-variant scan (2026-12-03) of every Japan Post 町域:
 * - 大字/字 written inside the district after a former town's name (「呉市豊浜町大字斎島」): the island district 豊浜町斎島
 *   was missed (34 町域, 26 of them then `restricted: false`); and the converse, a listed 牟岐浦字出羽島 written without 字;
 * - a designated city written without its ward (「岡山市犬島」): the ward's island districts were never checked (6 町域);
 * - a ward named alone (「中央区天神」): read as Tokyo's 中央区 (3,092 町域 of other cities' wards), though docs/areas.md
 *   refuses a name several prefectures share.
 */
import { describe, expect, it, vi } from 'vitest';
import { bundledAreaData, classifyArea, InvalidInputError, resolveMunicipality } from '../../src/index.js';
import { postalTowns } from '../helpers/postal-towns.js';

const on = '2026-11-20';
const islandOf = (address: string) => classifyArea({ address, on }).island;

describe('大字/字 inside the district', () => {
  it.each([
    ['広島県呉市豊浜町大字斎島1', '斎島'],
    ['広島県呉市豊浜町字斎島1', '斎島'],
    ['佐賀県唐津市鎮西町字加唐島123', '加唐島'],
    ['愛知県西尾市一色町字佐久島123', '佐久島'],
    ['香川県丸亀市広島町字小手島123', '小手島'], // the longer listed district, not 広島町 (広島)
    ['長崎県佐世保市宇久町字寺島123', '寺島'],
    ['徳島県牟岐町牟岐浦出羽島1', '出羽島'], // listed as 牟岐浦字出羽島
  ])('%s is on %s', (address, island) => {
    expect(islandOf(address)?.name).toBe(island);
    expect(classifyArea({ address, on }).restricted).toBe(true);
  });

  it('a 字 that ends a name is kept (双葉町 三字, a 帰還困難区域 district)', () => {
    const r = classifyArea({ address: '福島県双葉町大字三字1', on });
    expect(r.district).toBe('三字1');
    // The listed zone district 三字 is found by its name, 字 and all.
    expect(r.zone).toMatchObject({ status: 'designated', district: '三字', mayBeInZone: true });
  });

  it('every listed island district with 大字 inserted after its former town (…町) is still that island', () => {
    const idx = bundledAreaData().index;
    let checked = 0;
    for (const [code, entries] of idx.islandDistrictsByCode) {
      const m = idx.byCode.get(code)!;
      if (m.city !== undefined && entries.some((e) => e.source.municipalityCode !== code)) continue; // a city holding its wards' districts
      for (const e of entries) {
        const at = e.district.indexOf('町');
        if (at < 1 || at === e.district.length - 1) continue;
        const address = `${m.prefecture}${m.name}${e.district.slice(0, at + 1)}大字${e.district.slice(at + 1)}1`;
        expect(islandOf(address)?.id, address).toBe(e.island.id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });
});

describe('a designated city written without its ward', () => {
  it.each([
    ['岡山県岡山市犬島1', '犬島'],
    ['広島県広島市似島町1-2-3', '似島'],
    ['福岡県北九州市藍島1', '藍島'],
    ['福岡県福岡市玄界島1-2-3', '玄界島'],
  ])('%s: the city, and its ward’s island district', (address, island) => {
    const r = classifyArea({ address, on });
    expect(r.municipality?.ward).toBeUndefined();
    expect(r.island?.name).toBe(island);
    expect(r.restricted).toBe(true);
  });

  it('every island district of a ward, written under its city, is that island', () => {
    const idx = bundledAreaData().index;
    let checked = 0;
    for (const [code, entries] of idx.islandDistrictsByCode) {
      const ward = idx.byCode.get(code)!;
      if (ward.ward === undefined) continue;
      for (const e of entries) {
        expect(islandOf(`${ward.prefecture}${ward.city}${e.district}1`)?.id, `${ward.city}${e.district}`).toBe(e.island.id);
        checked++;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(6);
  });

  it('a city with island wards, without a district: one of several, as its wards', () => {
    expect(islandOf('岡山県岡山市')).toMatchObject({ status: 'one-of-several', mayBeMainland: true });
    expect(islandOf('福岡県福岡市天神1')).toBeNull();
  });
});

describe('a ward named alone', () => {
  it('「中央区天神」 without the prefecture is refused: several prefectures have a 中央区', () => {
    let error: unknown;
    try {
      resolveMunicipality({ address: '中央区天神1-1' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidInputError);
    const codes = ((error as InvalidInputError).details as { candidates: { code: string }[] }).candidates.map((c) => c.code);
    expect(codes).toEqual(expect.arrayContaining(['131024', '401331', '011011']));
  });

  it.each([
    ['福岡県中央区天神1-1', '福岡市中央区'],
    ['東京都中央区銀座1', '中央区'],
    ['北海道清田区清田1', '札幌市清田区'],
    ['清田区清田1', '札幌市清田区'], // a ward name only one city has
  ])('%s → %s', (address, name) => {
    expect(resolveMunicipality({ address }).municipality?.name).toBe(name);
  });

  it('every Japan Post 町域 of a ward written after the ward name alone gives that ward or is refused, never another municipality', () => {
    const towns = postalTowns();
    const wrong: string[] = [];
    let answered = 0;
    for (const m of bundledAreaData().municipalities) {
      if (m.ward === undefined) continue;
      for (const t of towns.get(m.code5) ?? []) {
        const town = t.replace(/（.*$/, '').trim();
        if (town === '' || town === '以下に掲載がない場合') continue;
        let code: string | undefined;
        try {
          code = resolveMunicipality({ address: `${m.ward}${town}` }).municipality?.code;
        } catch {
          continue;
        }
        answered++;
        if (code !== m.code) wrong.push(`${m.name}${town} → ${code}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(answered).toBeGreaterThan(5000);
  });
});

describe('a key on Object.prototype while the area index is built', () => {
  it("('city', 'ward') changes no ward's or city's answer", async () => {
    vi.resetModules();
    const proto = Object.prototype as Record<string, unknown>;
    proto.city = '岡山市';
    proto.ward = '東区';
    let fresh: typeof import('../../src/index.js');
    try {
      fresh = await import('../../src/index.js');
      fresh.bundledAreaData().index.islandDistrictsByCode.get('331007'); // the index built while polluted
      fresh.resolveMunicipality({ address: '北海道清田区清田1' }); // the ward names too
    } catch {
      // refused as shared: expected
    } finally {
      delete proto.city;
      delete proto.ward;
    }
    fresh = await import('../../src/index.js');
    expect(fresh.classifyArea({ address: '岡山県岡山市犬島1', on }).island?.name).toBe('犬島');
    expect(fresh.classifyArea({ address: '岡山県岡山市北区1', on }).island).toBeNull();
    expect(fresh.resolveMunicipality({ address: '北海道清田区清田1' }).municipality?.name).toBe('札幌市清田区');
  });
});

describe('a 町域 named as its municipality', () => {
  // Japan Post lists 平生町 among the 町域 of 山口県熊毛郡平生町, and seven more municipalities have a 町域 of their own
  // name: the text after the municipality's name is its district as written, even when it repeats the name (it was
  // dropped, as a name written twice).
  it.each([
    ['山口県熊毛郡平生町平生町', '平生町'],
    ['山口県平生町平生町1-2', '平生町1-2'],
    ['平生町平生町', '平生町'],
    ['山口県熊毛郡平生町大字平生町', '平生町'],
  ])('%s: district %s', (address, district) => {
    const r = resolveMunicipality({ address });
    expect(r.municipality?.code).toBe('353442');
    expect(r.district).toBe(district);
  });

  it('every Japan Post 町域 that repeats its municipality’s name is kept as the district', () => {
    const munis = new Map(bundledAreaData().municipalities.map((m) => [m.code5, m] as const));
    const hits: string[] = [];
    for (const [code5, towns] of postalTowns()) {
      const m = munis.get(code5);
      if (m === undefined || !towns.has(m.name)) continue;
      hits.push(m.name);
      const r = resolveMunicipality({ address: `${m.prefecture}${m.name}${m.name}` });
      expect(r.municipality).toBe(m);
      expect(r.district).toBe(m.name);
    }
    // The 町域 so named in the bundled table (2026-12-03): each lost its name as the district before.
    expect(hits).toEqual(['泊村', '神恵内村', '蘭越町', '小平町', '中之条町', '平生町', '高鍋町', '小国町']);
  });

  it('a district the caller names may still repeat the municipality (district: 大島町元町 is 元町)', () => {
    expect(resolveMunicipality({ municipalityCode: '133612', district: '大島町元町' }).district).toBe('元町');
  });
});
