/**
 * "Did you mean …?" for an address that names no municipality: the names closest to the text where the
 * municipality should stand, ranked by edit distance to as many characters of it as the name has,
 * relative to the name's length (then the distance, then the code), best five.
 *
 * The ranking is that of the plain rule (every name scored, all sorted), found without scoring every
 * name: a name sharing no character with the text it is compared with is at distance exactly its length
 * (score 1, the worst), so only names sharing a character are scored, through an index of characters;
 * a name sharing a single character has a closed-form distance; the rest are scored by dynamic
 * programming only while a lower bound (its length minus the characters it shares) can still place them.
 * The names at score 1 are then taken in (length, code) order, which is their ranking.
 */
import type { AreaData, Municipality } from './data.js';
import { placeKey } from './normalize.js';
import { editDistance } from '../text/closest.js';

interface SuggestIndex {
  readonly munis: readonly Municipality[];
  readonly keys: readonly string[];
  /** Per name: its key's length, and its prefecture's number (in `prefectureNumber`), read without visiting the record. */
  readonly lengths: Int32Array;
  readonly prefectures: Int32Array;
  readonly prefectureNumber: ReadonlyMap<string, number>;
  /**
   * Per name: its place in (key length, code) order. Two names tied on score and distance d > 0 have one
   * length (score = d / length), so their places compare as their codes (codes are unique).
   */
  readonly place: Int32Array;
  /** Character → pairs (municipality index, position in its key), one per occurrence, longest keys first. */
  readonly postings: ReadonlyMap<number, number[]>;
  /** Municipality indexes by (key length, code), all and per prefecture. */
  readonly order: ReadonlyMap<string | undefined, number[]>;
  readonly maxLength: number;
  /**
   * Per name, for one search: how many of its characters occur in the text, and the last one's number
   * (in the search's list of distinct characters) and position. All zero between searches: a search sets only the entries of the names it touches and
   * clears them before it returns (allocating and zeroing arrays of every name per search costs more
   * than the search).
   */
  readonly counts: Int32Array;
  readonly lastChar: Int32Array;
  readonly lastPos: Int32Array;
}

const indexCache = new WeakMap<AreaData, SuggestIndex>();

function suggestIndex(data: AreaData): SuggestIndex {
  let ix = indexCache.get(data);
  if (ix === undefined) {
    const munis = data.municipalities;
    const keys = munis.map((m) => placeKey(m.name));
    const all = munis.map((_, i) => i).sort((a, b) => keys[a]!.length - keys[b]!.length || (munis[a]!.code < munis[b]!.code ? -1 : 1));
    const order = new Map<string | undefined, number[]>([[undefined, all]]);
    const postings = new Map<number, number[]>();
    for (const m of all) {
      const p = munis[m]!.prefecture;
      order.get(p)?.push(m) ?? order.set(p, [m]);
    }
    for (let k = all.length - 1; k >= 0; k--) {
      const m = all[k]!;
      for (let i = 0; i < keys[m]!.length; i++) {
        const c = keys[m]!.charCodeAt(i);
        postings.get(c)?.push(m, i) ?? postings.set(c, [m, i]);
      }
    }
    const n = munis.length;
    const lengths = new Int32Array(n);
    const prefectures = new Int32Array(n);
    const prefectureNumber = new Map<string, number>();
    const place = new Int32Array(n);
    all.forEach((m, i) => (place[m] = i));
    for (let m = 0; m < n; m++) {
      lengths[m] = keys[m]!.length;
      const p = munis[m]!.prefecture;
      let k = prefectureNumber.get(p);
      if (k === undefined) prefectureNumber.set(p, (k = prefectureNumber.size));
      prefectures[m] = k;
    }
    ix = {
      munis,
      keys,
      lengths,
      prefectures,
      prefectureNumber,
      place,
      postings,
      order,
      maxLength: keys[all[n - 1]!]?.length ?? 0,
      counts: new Int32Array(n),
      lastChar: new Int32Array(n),
      lastPos: new Int32Array(n),
    };
    indexCache.set(data, ix);
  }
  return ix;
}

const LIMIT = 5;

/**
 * The (up to) five municipalities (of `prefecture`, when given) whose names are closest to `rest`, the
 * folded text from where the municipality should start: each name scored by the edit distance to the
 * first as many characters of `rest` as it has, over its length; ties by distance, then code.
 * @example closestMunicipalities('三蒲市三崎町', undefined, bundledAreaData())[0]?.name //=> '三浦市'
 */
export function closestMunicipalities(rest: string, prefecture: string | undefined, data: AreaData): Municipality[] {
  const ix = suggestIndex(data);
  const { munis, keys, lengths, prefectures, place, counts, lastChar, lastPos } = ix;
  // The prefecture as a number (-1: none given; -2: one no name is in).
  const pref = prefecture === undefined ? -1 : (ix.prefectureNumber.get(prefecture) ?? -2);
  const restLength = rest.length;
  // Positions of each character in the part of `rest` any name can reach.
  const positions = new Map<number, number[]>();
  for (let j = 0; j < restLength && j < ix.maxLength; j++) {
    const c = rest.charCodeAt(j);
    positions.get(c)?.push(j) ?? positions.set(c, [j]);
  }
  // Per name: how many of its characters occur in its window of `rest`, and the last such (char, position).
  const touched: number[] = [];
  // The best so far, in order (parallel arrays): municipality index, score, distance; `size` of them.
  const topM = [0, 0, 0, 0, 0];
  const topS = [0, 0, 0, 0, 0];
  const topD = [0, 0, 0, 0, 0];
  let size = 0;
  /** Whether (m, score, d) ranks after the entry at k: worse score, or equal and longer distance, or equal and later code. */
  const after = (k: number, m: number, score: number, d: number): boolean =>
    score > topS[k]! || (score === topS[k] && (d > topD[k]! || (d === topD[k] && (d > 0 ? place[m]! > place[topM[k]!]! : munis[m]!.code > munis[topM[k]!]!.code))));
  const offer = (m: number, score: number, d: number): boolean => {
    if (size === LIMIT && after(LIMIT - 1, m, score, d)) return false; // the common case: not among the best five
    let k = size;
    while (k > 0 && !after(k - 1, m, score, d)) k--;
    if (k >= LIMIT) return false;
    for (let x = Math.min(size, LIMIT - 1); x > k; x--) {
      topM[x] = topM[x - 1]!;
      topS[x] = topS[x - 1]!;
      topD[x] = topD[x - 1]!;
    }
    topM[k] = m;
    topS[k] = score;
    topD[k] = d;
    if (size < LIMIT) size++;
    return true;
  };
  try {
    // The distinct characters as a list: a name's last shared character is kept as its number in it.
    const charPositions: number[][] = [];
    for (const [c, js] of positions) {
      const ci = charPositions.length;
      charPositions.push(js);
      const post = ix.postings.get(c) ?? [];
      for (let p = 0; p < post.length; p += 2) {
        const m = post[p]!;
        // Longest keys first: once a key is too short to reach the character, so are the rest.
        if (lengths[m]! <= js[0]!) break;
        if (pref !== -1 && prefectures[m] !== pref) continue;
        if (counts[m]!++ === 0) touched.push(m);
        lastChar[m] = ci;
        lastPos[m] = post[p + 1]!;
      }
    }
    // Names sharing one character: the distance in closed form (no match: the length; one match at (i, j):
    // the characters before it and after it, each side the longer).
    const deferred: number[] = [];
    for (const m of touched) {
      const len = lengths[m]!;
      const r = Math.min(len, restLength);
      if (counts[m]! > 1) {
        deferred.push(m);
        continue;
      }
      // Its distance is at least len − 1 (one character shared): a name whose score cannot reach the fifth is skipped.
      if (size === LIMIT && (len - 1) / len > topS[LIMIT - 1]!) continue;
      const i = lastPos[m]!;
      let d = len;
      const js = charPositions[lastChar[m]!]!;
      for (let x = 0; x < js.length; x++) {
        const j = js[x]!;
        if (j < r) d = Math.min(d, Math.max(i, j) + Math.max(len - 1 - i, r - 1 - j));
      }
      offer(m, d / len, d);
    }
    // Names sharing several: a lower bound first (length − shared characters), then the distance.
    for (const m of deferred) {
      const len = lengths[m]!;
      const r = Math.min(len, restLength);
      if (size === LIMIT && (len - Math.min(counts[m]!, r)) / len > topS[LIMIT - 1]!) continue;
      const d = editDistance(keys[m]!, rest.slice(0, r));
      offer(m, d / len, d);
    }
    // The names sharing nothing: score 1 at distance = length, ranked by (length, code).
    for (const m of ix.order.get(prefecture) ?? []) if (counts[m] === 0 && !offer(m, 1, lengths[m]!)) break;
  } finally {
    for (const m of touched) counts[m] = 0;
  }
  const out: Municipality[] = [];
  for (let k = 0; k < size; k++) out.push(munis[topM[k]!]!);
  return out;
}
