/**
 * The address matcher's fast structures against the plain rules they replace (fast-check):
 * - the character tries (src/area/trie.ts) against look-ups of every candidate length in the index's maps;
 * - the bounded "did you mean" search (src/area/suggest.ts) against scoring and sorting every municipality.
 * Inputs are built from pieces of real names (so that matches, near misses and shared characters are
 * common), kana, digits and the characters the documents' addresses use.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledAreaData, type AreaIndex, type Municipality } from '../../src/area/data.js';
import { foldUnit, normalizePlaceText, placeKey } from '../../src/area/normalize.js';
import { closestMunicipalities } from '../../src/area/suggest.js';
import { areaTries, longestNameAt, prefectureAt } from '../../src/area/trie.js';
import { editDistance } from '../../src/text/closest.js';
import { classifyArea } from '../../src/index.js';

const data = bundledAreaData();
const idx = data.index;
const names = data.municipalities.map((m) => placeKey(m.name));
const prefectures = [...idx.prefectureByKey.keys()];
const islandNames = [...idx.islandAliasByKey.keys()];

/** The look-up the tries replace: every key length starting with the first two characters, longest first. */
function plainLongestAt(key: string, start: number, prefecture: string | undefined) {
  const lengths = idx.nameKeyLengthsByPrefix.get(key.slice(start, start + 2));
  if (lengths === undefined) return undefined;
  const room = key.length - start;
  for (const len of lengths) {
    if (len > room) continue;
    const k = key.slice(start, start + len);
    const munis = idx.byNameKey.get(k);
    if (munis !== undefined) {
      const ok = prefecture === undefined ? munis : munis.filter((m) => m.prefecture === prefecture);
      if (ok.length > 0) return { start, length: len, municipalities: [...ok], island: undefined };
    }
    const alias = idx.islandAliasByKey.get(k);
    if (alias !== undefined) {
      const ok = prefecture === undefined ? alias.municipalities : alias.municipalities.filter((m) => m.prefecture === prefecture);
      if (ok.length > 0) return { start, length: len, municipalities: [...ok], island: alias.island };
    }
  }
  return undefined;
}

function plainPrefectureAt(index: AreaIndex, key: string, pos: number) {
  for (const len of index.prefectureKeyLengths) {
    const p = index.prefectureByKey.get(key.slice(pos, pos + len));
    // (The maps also "found" a 3-character prefecture at the end of the text by a 4-character slice; the
    // address then has nothing after it either way, so the length is clamped to the text.)
    if (p !== undefined) return { prefecture: p, length: Math.min(len, key.length - pos) };
  }
  return undefined;
}

/** The ranking the bounded search replaces: every municipality scored, all sorted. */
function plainClosest(rest: string, prefecture: string | undefined): Municipality[] {
  return data.municipalities
    .filter((m) => prefecture === undefined || m.prefecture === prefecture)
    .map((m) => {
      const k = placeKey(m.name);
      const d = editDistance(k, rest.slice(0, k.length));
      return { m, score: d / k.length, d };
    })
    .sort((a, b) => a.score - b.score || a.d - b.d || a.m.code.localeCompare(b.m.code))
    .slice(0, 5)
    .map((x) => x.m);
}

const piece = fc.oneof(
  fc.constantFrom(...names),
  fc.constantFrom(...names).map((n) => n.slice(0, Math.max(1, n.length - 1))),
  fc.constantFrom(...names).map((n) => n.slice(1)),
  fc.constantFrom(...islandNames),
  fc.constantFrom(...prefectures),
  fc.constantFrom('市', '町', '村', '区', '郡', '大字', '字', '本町', '中央', '1-2-3', '〒100-0001', 'ケ', 'の', '島'),
  fc.string({ unit: fc.constantFrom(...'あいうえおかきくけこさしすたちつなにのはひまみやよらりわん北南東西大小山川田中上下'), minLength: 1, maxLength: 4 }),
);
const text = fc.array(piece, { minLength: 1, maxLength: 4 }).map((a) => a.join(''));
const prefecture = fc.option(fc.constantFrom(...new Set(data.municipalities.map((m) => m.prefecture))), { nil: undefined });

describe('normalisation without the regular expressions', () => {
  it('foldUnit folds each kana and kanji unit (and 﨑) as placeKey does', () => {
    const units = [0xfa11];
    for (let c = 0x3041; c <= 0x30ff; c++) units.push(c);
    for (let c = 0x4e00; c <= 0x9fff; c++) units.push(c);
    const differ = units.filter((c) => {
      const ch = String.fromCharCode(c);
      return ch.normalize('NFKC') === ch && placeKey(ch) !== String.fromCharCode(foldUnit(c));
    });
    expect(differ).toEqual([]);
  });
  it('plain text and full-width ASCII give what NFKC, the white-space removal and the fold give', () => {
    const slow = (s: string) => {
      const display = s.normalize('NFKC').replace(/\s+/g, '');
      return { display, key: placeKey(display) };
    };
    for (const s of ['東京都千代田区丸の内1-1', '東京都千代田区丸の内１－１', 'さいたま市ＡＢＣ', 'ゟ１', 'ヿ－', '三浦市三崎町城ヶ島', 'か\u3099１', '札幌市　中央区'])
      expect(normalizePlaceText(s)).toEqual(slow(s));
  });
});

describe('address matching: tries against the plain look-ups', () => {
  const tries = areaTries(idx);
  it('the longest name at a position, with and without a prefecture, is the plain look-up\'s', () => {
    fc.assert(
      fc.property(text, fc.nat(6), prefecture, (key, at, pref) => {
        const start = Math.min(at, key.length);
        const hit = longestNameAt(tries, key, start, pref);
        const plain = plainLongestAt(key, start, pref);
        expect(hit === undefined ? undefined : { ...hit, municipalities: [...hit.municipalities] }).toEqual(plain);
      }),
      { numRuns: 3000 },
    );
  });
  it('every name and island alias is found whole, at the start and after a prefecture', () => {
    for (const k of [...idx.byNameKey.keys(), ...islandNames]) {
      expect(longestNameAt(tries, k, 0, undefined)).toEqual(plainLongestAt(k, 0, undefined));
      expect(longestNameAt(tries, `東京都${k}1-1`, 3, '東京都')).toEqual(plainLongestAt(`東京都${k}1-1`, 3, '東京都'));
    }
  });
  it('the prefecture at a position is the plain look-up\'s', () => {
    fc.assert(
      fc.property(text, fc.nat(3), (key, at) => {
        const pos = Math.min(at, key.length);
        expect(prefectureAt(tries, key, pos)).toEqual(plainPrefectureAt(idx, key, pos));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('did you mean: the bounded search ranks as scoring every municipality does', () => {
  it('over generated texts, with and without a prefecture', () => {
    fc.assert(
      fc.property(text, prefecture, (rest, pref) => {
        expect(closestMunicipalities(rest, pref, data).map((m) => m.code)).toEqual(plainClosest(rest, pref).map((m) => m.code));
      }),
      { numRuns: 1500 },
    );
  });
  it('edges: one character, a whole name, a name with a typo, digits only, longer than any name', () => {
    for (const rest of ['市', '三浦市', '三蒲市', '大坂市北区', '123-4', 'あ'.repeat(40), '札幌市中央区北一条', 'いわき', '小笠原']) {
      for (const pref of [undefined, '東京都', '北海道', '大阪府']) {
        expect(closestMunicipalities(rest, pref, data).map((m) => m.code)).toEqual(plainClosest(rest, pref).map((m) => m.code));
      }
    }
  });
  it('the error of an address naming nothing lists them', () => {
    let e: unknown;
    try {
      classifyArea({ address: '神奈川県三蒲市三崎町', on: '2026-11-22' });
    } catch (x) {
      e = x;
    }
    const closest = (e as { details: { closest: string[] } }).details.closest;
    expect(closest).toEqual(plainClosest('三蒲市三崎町', '神奈川県').map((m) => `${m.name} (${m.prefecture})`));
    expect(closest[0]).toBe('三浦市 (神奈川県)');
  });
});
