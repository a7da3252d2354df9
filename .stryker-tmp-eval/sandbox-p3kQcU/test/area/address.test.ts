/** Address normalisation and municipality resolution: real-world spellings resolve to one code. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { resolveMunicipality } from '../../src/index.js';
import { normalizePlaceText } from '../../src/area/normalize.js';

describe('resolveMunicipality: addresses as people write them', () => {
  const cases: Array<[string, string, string | null]> = [
    // [address, code, district]
    ['神奈川県三浦市三崎町城ケ島658', '142107', '三崎町城ケ島658'],
    ['三浦市三崎町城ケ島658', '142107', '三崎町城ケ島658'], // prefecture optional
    ['神奈川県　三浦市　三崎町 城ケ島', '142107', '三崎町城ケ島'], // stray (full-width) spaces
    ['東京都千代田区丸の内１－１－１', '131016', '丸の内1-1-1'], // full-width digits and hyphens
    ['〒100-0005 東京都千代田区丸の内1-1', '131016', '丸の内1-1'], // postcode
    ['〒１００－０００５東京都千代田区丸の内', '131016', '丸の内'],
    ['札幌市中央区北1条西2丁目', '011011', '北1条西2丁目'], // designated-city ward
    ['北海道札幌市 北区 北8条', '011029', '北8条'],
    ['札幌市', '011002', null], // the city itself
    ['横浜市戸塚区戸塚町', '141101', '戸塚町'],
    ['北海道礼文郡礼文町大字香深村', '015172', '香深村'], // 郡 and 大字
    ['山形県東村山郡山辺町', '063011', null], // 東村 (沖縄) must not match inside 東村山郡
    ['大和郡山市北郡山町', '292036', '北郡山町'], // 郡 inside a city name
    ['福島県郡山市', '072036', null],
    ['龍ケ崎市', '082082', null], // as listed
    ['竜ヶ崎市', '082082', null], // 竜/龍 and ケ/ヶ folded
    ['茨城県かすみがうら市', '082309', null],
    ['かすみケうら市', '082309', null],
    ['飯館村', '075647', null], // common misspelling of 飯舘村
    ['伊豆大島', '133612', null],
    ['東京都伊豆大島大島町元町', '133612', '元町'],
    ['東京都八丈島八丈町三根', '134015', '三根'],
    ['江ノ島', '142051', null],
  ];
  it.each(cases)('%s → %s', (address, code, district) => {
    const r = resolveMunicipality({ address });
    expect(r.municipality?.code).toBe(code);
    expect(r.district).toBe(district);
  });

  it('half-width katakana and full-width letters are normalised (NFKC)', () => {
    expect(normalizePlaceText('ﾆｲｼﾞﾏ ＡＢＣ').display).toBe('ニイジマABC');
  });

  it('a name shared by prefectures is settled by the prefecture or the code', () => {
    expect(resolveMunicipality({ address: '東京都府中市宮西町' }).municipality?.code).toBe('132063');
    expect(resolveMunicipality({ address: '広島県府中市' }).municipality?.code).toBe('342084');
    expect(resolveMunicipality({ address: '府中市宮西町', municipalityCode: '132063' }).municipality?.prefecture).toBe('東京都');
  });

  it('a code with an address that has no municipality: the code decides, the text is the district', () => {
    const r = resolveMunicipality({ address: '三崎町城ケ島', municipalityCode: '142107' });
    expect([r.municipality?.name, r.district]).toEqual(['三浦市', '三崎町城ケ島']);
  });

  it('district given explicitly overrides the rest of the address and drops a repeated municipality name', () => {
    expect(resolveMunicipality({ municipalityCode: '142107', district: '三浦市三崎町城ケ島' }).district).toBe('三崎町城ケ島');
    expect(resolveMunicipality({ address: '三浦市', district: '字 城ケ島' }).district).toBe('城ケ島');
  });

  it('an island spanning two municipalities resolves when the municipality follows', () => {
    expect(resolveMunicipality({ address: '利尻島利尻富士町鴛泊' }).municipality?.code).toBe('015199');
    const r = resolveMunicipality({ address: '利尻島' });
    expect([r.municipality, r.candidates.map((m) => m.code), r.islandNamed?.id]).toEqual([null, ['015181', '015199'], 'rishirito']);
  });

  it('浜松市: the 2024 wards are not in the dataset (2026-07-09 version lists the old wards); the city is matched', () => {
    const r = resolveMunicipality({ address: '静岡県浜松市中央区元城町' });
    expect(r.municipality?.code).toBe('221309');
    expect(r.district).toBe('中央区元城町');
  });
});
