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
// @ts-nocheck

import type { AreaData, Municipality } from './data.js';
import { placeKey } from './normalize.js';
import { editDistance } from '../text/closest.js';

interface SuggestIndex {
  readonly munis: readonly Municipality[];
  readonly keys: readonly string[];
  /** Character → pairs (municipality index, position in its key), one per occurrence, longest keys first. */
  readonly postings: ReadonlyMap<number, number[]>;
  /** Municipality indexes by (key length, code), all and per prefecture. */
  readonly order: ReadonlyMap<string | undefined, number[]>;
  readonly maxLength: number;
  /**
   * Per name, for one search: how many of its characters occur in the text, and the last one's code and
   * position. All zero between searches: a search sets only the entries of the names it touches and
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
    ix = { munis, keys, postings, order, maxLength: keys[all[n - 1]!]?.length ?? 0, counts: new Int32Array(n), lastChar: new Int32Array(n), lastPos: new Int32Array(n) };
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
  const { munis, keys, counts, lastChar, lastPos } = ix;
  const restLength = rest.length;
  // Positions of each character in the part of `rest` any name can reach.
  const positions = new Map<number, number[]>();
  for (let j = 0; j < restLength && j < ix.maxLength; j++) {
    const c = rest.charCodeAt(j);
    positions.get(c)?.push(j) ?? positions.set(c, [j]);
  }
  // Per name: how many of its characters occur in its window of `rest`, and the last such (char, position).
  const touched: number[] = [];
  // The best so far, in order: municipality index, score, distance.
  const top: number[][] = [];
  const offer = (m: number, score: number, d: number): boolean => {
    let k = top.length;
    while (k > 0) {
      const [bm, bs, bd] = top[k - 1]!;
      if (score > bs! || (score === bs && (d > bd! || (d === bd && munis[m]!.code > munis[bm!]!.code)))) break;
      k--;
    }
    if (k >= LIMIT) return false;
    top.splice(k, 0, [m, score, d]);
    if (top.length > LIMIT) top.pop();
    return true;
  };
  try {
    for (const [c, js] of positions) {
      const post = ix.postings.get(c) ?? [];
      for (let p = 0; p < post.length; p += 2) {
        const m = post[p]!;
        // Longest keys first: once a key is too short to reach the character, so are the rest.
        if (keys[m]!.length <= js[0]!) break;
        if (prefecture !== undefined && munis[m]!.prefecture !== prefecture) continue;
        if (counts[m]!++ === 0) touched.push(m);
        lastChar[m] = c;
        lastPos[m] = post[p + 1]!;
      }
    }
    // Names sharing one character: the distance in closed form (no match: the length; one match at (i, j):
    // the characters before it and after it, each side the longer).
    const deferred: number[] = [];
    for (const m of touched) {
      const len = keys[m]!.length;
      const r = Math.min(len, restLength);
      if (counts[m]! > 1) {
        deferred.push(m);
        continue;
      }
      const i = lastPos[m]!;
      let d = len;
      for (const j of positions.get(lastChar[m]!)!) if (j < r) d = Math.min(d, Math.max(i, j) + Math.max(len - 1 - i, r - 1 - j));
      offer(m, d / len, d);
    }
    // Names sharing several: a lower bound first (length − shared characters), then the distance.
    for (const m of deferred) {
      const len = keys[m]!.length;
      const r = Math.min(len, restLength);
      if (top.length === LIMIT && (len - Math.min(counts[m]!, r)) / len > top[LIMIT - 1]![1]!) continue;
      const d = editDistance(keys[m]!, rest.slice(0, r));
      offer(m, d / len, d);
    }
    // The names sharing nothing: score 1 at distance = length, ranked by (length, code).
    for (const m of ix.order.get(prefecture) ?? []) if (counts[m] === 0 && !offer(m, 1, keys[m]!.length)) break;
  } finally {
    for (const m of touched) counts[m] = 0;
  }
  return top.map(([m]) => munis[m!]!);
}
