/**
 * Text normalisation for addresses and place names: width (NFKC), white space, and the spelling
 * variants that make two writings of one place differ (ケ/ヶ/ヵ/が, ノ/の, a few old kanji forms).
 */

/**
 * Characters folded to one spelling for matching only (both the data and the input are folded,
 * so the fold never has to be "right", only consistent). 嶋 is deliberately not folded:
 * 鹿嶋市 (茨城県) and 鹿島市 (佐賀県) are different cities.
 */
const FOLD: Readonly<Record<string, string>> = {
  ヶ: 'ケ',
  ヵ: 'ケ',
  が: 'ケ',
  ノ: 'の',
  之: 'の',
  﨑: '崎',
  髙: '高',
  邊: '辺',
  邉: '辺',
  澤: '沢',
  濱: '浜',
  齋: '斎',
  齊: '斎',
  龍: '竜',
  舘: '館',
  條: '条',
  檜: '桧',
};

/**
 * An address or name after normalisation: `display` keeps the writing, `key` is folded; same length.
 * @example normalizePlaceText('城ヶ島') //=> { display: '城ヶ島', key: '城ケ島' }
 */
export interface NormalizedText {
  /** NFKC, white space removed. */
  readonly display: string;
  /** `display` with spelling variants folded (index-aligned with `display`). */
  readonly key: string;
}

/**
 * Characters NFKC may change in Japanese address text: full/half-width forms, ideographic space,
 * combining and spacing (semi-)voiced marks, compatibility ideographs and enclosed/squared forms,
 * general punctuation, CJK and Kangxi radicals. Text without them is already NFKC-stable for our purposes, so the costly
 * normalize() call is skipped.
 */
const NEEDS_NFKC = /[\u00a0-\u00ff\u2000-\u2bff\u2e80-\u2fff\u3000\u3099-\u309c\u3200-\u33ff\uf900-\ufaff\ufb00-\ufffd]/;
const SPACE = /\s/;
const SPACES = /\s+/g;
const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`);
const FOLDABLE_G = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
const foldChar = (ch: string): string => FOLD[ch] ?? ch;
/** Anything at all to do: NFKC candidates, white space or foldable characters. */
const ANY_WORK = new RegExp(`${NEEDS_NFKC.source.slice(0, -1)}\\s${Object.keys(FOLD).join('')}]`);

/**
 * How much of {@link normalizePlaceText}'s work a text needs, decided per UTF-16 unit without the regular expressions
 * for the usual address text: 0 when every unit is one {@link ANY_WORK} leaves alone (printable ASCII but white space,
 * hiragana and katakana but the (semi-)voiced marks and the folded kana, CJK unified ideographs but the folded ones);
 * 1 when, besides those, there are full-width ASCII forms (U+FF01–U+FF5E), and no kana digraph (ゟ, ヿ), so that NFKC
 * changes exactly those, each to its ASCII character; -1 for any other unit, when the regular expressions decide (so
 * this only ever answers sooner, never differently).
 */
function plainness(s: string): number {
  let wide = false;
  let digraph = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) {
      if (c === 32 || (c >= 9 && c <= 13)) return -1;
    } else if (c >= 0x4e00 && c <= 0x9fff) {
      if (foldableKanji(c)) return -1;
    } else if (c >= 0x3041 && c <= 0x30ff) {
      if ((c >= 0x3099 && c <= 0x309c) || c === 0x304c /* が */ || c === 0x30ce /* ノ */ || c === 0x30f5 /* ヵ */ || c === 0x30f6 /* ヶ */) return -1;
      if (c === 0x309f || c === 0x30ff) digraph = true; // left alone without NFKC, but NFKC rewrites them
    } else if (c >= 0xff01 && c <= 0xff5e) {
      wide = true;
    } else return -1;
  }
  return !wide ? 0 : digraph ? -1 : 1;
}

/** The full-width ASCII forms (U+FF01–U+FF5E) of a text as their ASCII characters (NFKC of a text {@link plainness} gives 1). */
function halfWidth(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) {
      out += s.slice(from, i) + String.fromCharCode(c - 0xfee0);
      from = i + 1;
    }
  }
  return out + s.slice(from);
}

/** The CJK unified ideographs of {@link FOLD}: 之 髙 邊 邉 澤 濱 齋 齊 龍 舘 條 檜 (﨑 is a compatibility ideograph). */
function foldableKanji(c: number): boolean {
  switch (c) {
    case 0x4e4b:
    case 0x9ad9:
    case 0x908a:
    case 0x9089:
    case 0x6fa4:
    case 0x6ff1:
    case 0x9f4b:
    case 0x9f4a:
    case 0x9f8d:
    case 0x8218:
    case 0x689d:
    case 0x6a9c:
      return true;
    default:
      return false;
  }
}

/**
 * Normalises a place name or address for matching: NFKC (full-width → half-width digits and
 * letters, half-width kana → full-width), all white space removed, then variants folded.
 * @example normalizePlaceText('三浦市　三崎町城ヶ島').key //=> '三浦市三崎町城ケ島'
 */
export function normalizePlaceText(input: string): NormalizedText {
  const plain = plainness(input);
  if (plain === 0) return { display: input, key: input };
  if (plain === 1) {
    const display = halfWidth(input);
    return { display, key: display };
  }
  if (!ANY_WORK.test(input)) return { display: input, key: input };
  let display = NEEDS_NFKC.test(input) ? input.normalize('NFKC') : input;
  if (SPACE.test(display)) display = display.replace(SPACES, '');
  const key = FOLDABLE.test(display) ? display.replace(FOLDABLE_G, foldChar) : display;
  return { display, key };
}

/**
 * The normalised text from index `start` on, as {@link normalizePlaceText} would give for
 * `text.display.slice(start)`: the slices themselves (the fold is per character), unless the rest holds
 * a character NFKC might still change, when it is normalised afresh.
 * @example restOf(normalizePlaceText('三浦市三崎町城ヶ島'), 3).key //=> '三崎町城ケ島'
 */
export function restOf(text: NormalizedText, start: number): NormalizedText {
  const display = text.display.slice(start);
  if (NEEDS_NFKC.test(display)) return normalizePlaceText(display);
  return { display, key: text.key.slice(start) };
}

/**
 * Folds a name (municipality, island, district) the way {@link normalizePlaceText} folds input.
 * @example placeKey('江ノ島') //=> '江の島'
 */
export function placeKey(name: string): string {
  return normalizePlaceText(name).key;
}

/** Hiragana, katakana and CJK unified ideographs: characters {@link normalizePlaceText} keeps as they are (but for the fold). */
const plainUnit = (c: number): boolean => (c >= 0x3041 && c <= 0x3096) || (c >= 0x30a1 && c <= 0x30fa) || (c >= 0x4e00 && c <= 0x9fff);

/**
 * The first UTF-16 unit of {@link placeKey}(name) when the name's first two characters tell it (both plain kana or
 * kanji: NFKC and white-space removal leave the first as it is, and the fold maps it alone), else -1.
 * @example placeKeyFirstUnit('ヶ島') //=> 0x30b1
 */
export function placeKeyFirstUnit(name: string): number {
  const c = name.charCodeAt(0);
  if (!plainUnit(c) || (name.length > 1 && !plainUnit(name.charCodeAt(1)))) return -1;
  return foldUnit(c);
}

/** {@link FOLD} of one UTF-16 unit (every entry is one unit to one unit; test/area/matching.test.ts holds them equal), else the unit. */
export function foldUnit(c: number): number {
  switch (c) {
    case 0x30f6: // ヶ
    case 0x30f5: // ヵ
    case 0x304c: // が
      return 0x30b1; // ケ
    case 0x30ce: // ノ
    case 0x4e4b: // 之
      return 0x306e; // の
    case 0xfa11: // 﨑
      return 0x5d0e; // 崎
    case 0x9ad9: // 髙
      return 0x9ad8; // 高
    case 0x908a: // 邊
    case 0x9089: // 邉
      return 0x8fba; // 辺
    case 0x6fa4: // 澤
      return 0x6ca2; // 沢
    case 0x6ff1: // 濱
      return 0x6d5c; // 浜
    case 0x9f4b: // 齋
    case 0x9f4a: // 齊
      return 0x658e; // 斎
    case 0x9f8d: // 龍
      return 0x7adc; // 竜
    case 0x8218: // 舘
      return 0x9928; // 館
    case 0x689d: // 條
      return 0x6761; // 条
    case 0x6a9c: // 檜
      return 0x6867; // 桧
    default:
      return c;
  }
}

/**
 * Length of a leading postcode (〒123-4567, 123-4567, 1234567) in normalised text, or 0.
 * @example leadingPostcodeLength('〒100-0005東京都') //=> 9
 */
export function leadingPostcodeLength(s: string): number {
  let i = 0;
  if (s.charCodeAt(0) === 0x3012 /* 〒 */) i = 1;
  const start = i;
  let digits = 0;
  while (i < s.length) {
    const c = s.charCodeAt(i);
    if (c >= 48 && c <= 57) {
      digits++;
      i++;
    } else if (digits === 3 && (c === 0x2d || c === 0x2212 || c === 0x2010 || c === 0x2015 || c === 0x30fc || c === 0xff0d)) {
      i++;
    } else break;
    if (digits === 7) break;
  }
  return digits === 7 ? i : start === 1 ? 1 : 0;
}
