/**
 * Where a district list's names end, and where a 郡 name can be: two wrong answers an attacker-style probe found
 * (2026-12-03) and the scans of Japan Post's 町域 that hold them.
 *
 * - Island districts are matched as prefixes of the address's district part, because many are prefixes by design
 *   (上甑町 covers 上甑町中甑, 上甑町江石 …). 気仙沼市's list (ref:ritou-chiiki-kwinds: "気仙沼市 | 外浜、磯草、浦の浜、
 *   田尻、…") names 田尻, and 田尻沢 is another 町字, on the mainland (Japan Post: 田尻 9880611, 田尻沢 9880825, the
 *   大島 districts all 〒988-06xx). The fixture names such 町字 as `otherDistricts`, each with its Japan Post row.
 * - The 郡 rule ("東村山郡山辺町", where 東村 alone would be a wrong match) read "山口市小郡大江町" as a 郡 "山口市小"
 *   and 山形県大江町. A city or ward matched in full never starts a 郡 name (郡 hold towns and villages).
 */
import { describe, expect, it } from 'vitest';
import { bundledAreaData, classifyArea, resolveMunicipality } from '../../src/index.js';
import { postalCodes } from '../../src/postal/index.js';
import { postalTowns } from '../helpers/postal-towns.js';

const on = '2026-11-20';
const towns = postalTowns();
/** A 町域 without Japan Post's note in （）. */
const plain = (t: string) => t.replace(/（.*$/, '').trim();

describe('気仙沼市: 田尻 is on 大島, 田尻沢 is not', () => {
  it.each(['宮城県気仙沼市田尻', '宮城県気仙沼市田尻123', '宮城県気仙沼市田尻字西', '宮城県気仙沼市外浜'])('%s is on 大島 (気仙沼)', (address) => {
    const r = classifyArea({ address, on });
    expect(r.island?.name).toBe('大島 (気仙沼)');
    expect(r.island?.matchedBy).toBe('district');
    // 000: night maintenance is not given on the islands it does not except.
    expect(r.restricted).toBe(true);
  });

  it.each(['宮城県気仙沼市田尻沢', '宮城県気仙沼市田尻沢12-3', '気仙沼市田尻沢'])('%s is not on an island', (address) => {
    const r = classifyArea({ address, on });
    expect(r.island).toBeNull();
    expect(r.restricted).toBe(false);
    const other = r.reasons.find((x) => x.rule === 'area.island.other-district');
    expect(other?.message).toBe('気仙沼市田尻沢 is a 町字 of its own, not 田尻: it is not on 大島 (気仙沼)');
    expect(other?.source).toEqual({ document: 'ref:japanpost-ken-all', passage: '9880825,042056,田尻沢' });
    expect(r.reasons.some((x) => x.rule === 'area.island.mainland-part')).toBe(true);
  });

  it('the same by postal code', () => {
    expect(classifyArea({ postalCode: '988-0825', postal: postalCodes, on }).island).toBeNull();
    expect(classifyArea({ postalCode: '988-0611', postal: postalCodes, on }).island?.name).toBe('大島 (気仙沼)');
  });

  it("the fixture's passage is the postal table's row, and the index keeps it under 田尻 only", () => {
    expect(postalCodes.lookup('9880825')).toEqual([{ postalCode: '9880825', municipalityCode: '042056', town: '田尻沢' }]);
    const entries = bundledAreaData().index.islandDistrictsByCode.get('042056')!;
    expect(entries.filter((e) => e.others.length > 0).map((e) => [e.district, e.others.map((o) => o.key)])).toEqual([['田尻', ['田尻沢']]]);
  });
});

describe("every Japan Post 町域 that begins with a listed district (and is not listed itself) is reviewed", () => {
  const idx = bundledAreaData().index;
  /** Municipality code · listed key → the 町域 that extend it, where no longer listed key of that municipality matches. */
  const extended = (lists: Iterable<readonly [string, readonly string[]]>): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const [code, keys] of lists) {
      for (const t of towns.get(code.slice(0, 5)) ?? []) {
        const name = plain(t);
        const matching = keys.filter((k) => name.startsWith(k));
        if (matching.length === 0 || matching.includes(name)) continue;
        const longest = matching.reduce((a, b) => (b.length > a.length ? b : a));
        const k = `${code} ${longest}`;
        out.set(k, [...(out.get(k) ?? []), name]);
      }
    }
    return out;
  };

  // Reviewed on 2026-12-03 against the postal table: each key is either a prefix by design (its 町域 are on the
  // island: a former town or village, or the island's own name) or a 町字 name that another 町字 extends.
  const COVERS = [
    '422126 大瀬戸町松島', // 松島 (西海): 大瀬戸町松島内郷, 大瀬戸町松島外郷
    '422070 大島村', // 大島 (平戸): the former 大島村
    '422029 宇久町', // 宇久島: the former 宇久町
    '282014 家島町', // 家島諸島: the former 家島町
    '372021 広島町', // 広島 (丸亀): 広島町 …
    '372021 本島町', // 本島: 本島町 …
    '383562 弓削', // 弓削島: the former 弓削町 (弓削上弓削 …)
    '383562 魚島', // 魚島: the former 魚島村 (魚島一番耕地 …)
    '373222 豊島', // 豊島: 豊島唐櫃, 豊島家浦, 豊島甲生
    '462152 上甑町', // 上甑島: the former 上甑村
    '462152 下甑町', // 下甑島: the former 下甑村
  ];
  const OTHER = ['042056 田尻'];

  it('island districts: the extended keys are exactly the reviewed ones', () => {
    const lists = [...idx.islandDistrictsByCode].map(([code, es]) => [code, es.map((e) => e.key)] as const);
    expect([...extended(lists).keys()].sort()).toEqual([...COVERS, ...OTHER].sort());
  });

  it('a key that covers its 町域: each is on that island; a key another 町字 extends: each is in otherDistricts and not on it', () => {
    const lists = [...idx.islandDistrictsByCode].map(([code, es]) => [code, es.map((e) => e.key)] as const);
    for (const [k, names] of extended(lists)) {
      const [code, key] = k.split(' ') as [string, string];
      const entry = idx.islandDistrictsByCode.get(code)!.find((e) => e.key === key)!;
      const m = idx.byCode.get(code)!;
      for (const name of names) {
        const r = classifyArea({ address: `${m.prefecture}${m.name}${name}`, on });
        if (OTHER.includes(k)) {
          expect(entry.others.map((o) => o.key), name).toContain(name);
          expect(r.island, name).toBeNull();
        } else {
          expect(r.island?.name, `${m.name}${name}`).toBe(entry.island.name);
        }
      }
    }
  });

  it('帰還困難区域 districts: no 町域 extends a listed district (大熊町 熊川 is listed itself, beside 熊)', () => {
    const lists = [...idx.zoneByCode].map(([code, z]) => [code, z.districts.map((d) => d.key)] as const);
    expect([...extended(lists).keys()]).toEqual([]);
    expect(idx.zoneByCode.get('075451')!.districts.map((d) => d.record.district)).toEqual(expect.arrayContaining(['熊', '熊川']));
  });
});

describe('a 郡 after a city or ward is in the district', () => {
  it.each([
    ['山口市小郡大江町', '山口県', '山口市', '小郡大江町'],
    ['山口市小郡栄町', '山口県', '山口市', '小郡栄町'],
    ['山口市小郡昭和町1-2', '山口県', '山口市', '小郡昭和町1-2'],
    ['山口県山口市小郡大江町', '山口県', '山口市', '小郡大江町'],
  ])('%s → %s%s, district %s', (address, prefecture, name, district) => {
    const r = resolveMunicipality({ address });
    expect([r.municipality?.prefecture, r.municipality?.name, r.district]).toEqual([prefecture, name, district]);
    expect(classifyArea({ address, on }).municipality?.name).toBe(name);
  });

  it.each([
    ['東村山郡山辺町', '山形県', '山辺町'], // 東村 (沖縄県国頭郡) alone would be wrong
    ['利尻郡利尻富士町', '北海道', '利尻富士町'],
    ['高市郡明日香村', '奈良県', '明日香村'], // a 郡 name with 市 in it
    ['北海道余市郡余市町', '北海道', '余市町'],
    ['小郡市大板井', '福岡県', '小郡市'], // a city with 郡 in its name
  ])('the 郡 reading still holds: %s → %s%s', (address, prefecture, name) => {
    const r = resolveMunicipality({ address });
    expect([r.municipality?.prefecture, r.municipality?.name]).toEqual([prefecture, name]);
  });

  it("every Japan Post 町域 written after its municipality's name, without the prefecture, resolves to that municipality or is refused as ambiguous", () => {
    let checked = 0;
    const wrong: string[] = [];
    for (const m of bundledAreaData().municipalities) {
      for (const t of towns.get(m.code5) ?? []) {
        const name = plain(t);
        if (name === '' || name === '以下に掲載がない場合') continue;
        let code: string | undefined;
        try {
          code = resolveMunicipality({ address: `${m.name.replace(/\s+/g, '')}${name}` }).municipality?.code;
        } catch {
          continue; // a name several municipalities share: refused, with the candidates
        }
        checked++;
        if (code !== m.code) wrong.push(`${m.prefecture}${m.name}${name} → ${code}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });
});
