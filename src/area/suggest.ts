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

interface SuggestIndex {
  readonly munis: readonly Municipality[];
  readonly keys: readonly string[];
  readonly lengths: Int32Array;
  /** Character → pairs (municipality index, position in its key), one per occurrence, longest keys first. */
  readonly postings: ReadonlyMap<number, Int32Array>;
  /** Municipality indexes by (key length, code). */
  readonly byLengthThenCode: Int32Array;
  /** The same, per prefecture. */
  readonly byLengthThenCodeIn: ReadonlyMap<string, Int32Array>;
  readonly maxLength: number;
  /**
   * Scratch per name for one search (shared characters, and the last one's code and position), all zero
   * between searches: a search sets only the entries of the names it touches and clears them before it
   * returns (allocating and zeroing three arrays of every name per search costs more than the search).
   */
  readonly scratch: { readonly counts: Int32Array; readonly lastChar: Int32Array; readonly lastPos: Int32Array };
}

const indexCache = new WeakMap<AreaData, SuggestIndex>();

function suggestIndex(data: AreaData): SuggestIndex {
  let ix = indexCache.get(data);
  if (ix === undefined) {
    ix = buildIndex(data);
    indexCache.set(data, ix);
  }
  return ix;
}

function buildIndex(data: AreaData): SuggestIndex {
  const munis = data.municipalities;
  const keys = munis.map((m) => placeKey(m.name));
  const lengths = Int32Array.from(keys, (k) => k.length);
  const lists = new Map<number, number[]>();
  keys.forEach((k, m) => {
    for (let i = 0; i < k.length; i++) {
      const c = k.charCodeAt(i);
      let l = lists.get(c);
      if (l === undefined) lists.set(c, (l = []));
      l.push(m, i);
    }
  });
  const postings = new Map<number, Int32Array>();
  for (const [c, l] of lists) {
    const pairs: [number, number][] = [];
    for (let p = 0; p < l.length; p += 2) pairs.push([l[p]!, l[p + 1]!]);
    pairs.sort((a, b) => lengths[b[0]]! - lengths[a[0]]! || a[0] - b[0] || a[1] - b[1]);
    postings.set(c, Int32Array.from(pairs.flat()));
  }
  const order = munis.map((_, i) => i).sort((a, b) => lengths[a]! - lengths[b]! || (munis[a]!.code < munis[b]!.code ? -1 : munis[a]!.code > munis[b]!.code ? 1 : 0));
  const n = munis.length;
  const byLengthThenCodeIn = new Map<string, number[]>();
  for (const m of order) {
    const pref = munis[m]!.prefecture;
    const l = byLengthThenCodeIn.get(pref);
    if (l === undefined) byLengthThenCodeIn.set(pref, [m]);
    else l.push(m);
  }
  return {
    munis,
    keys,
    lengths,
    postings,
    byLengthThenCode: Int32Array.from(order),
    byLengthThenCodeIn: new Map([...byLengthThenCodeIn].map(([p, l]) => [p, Int32Array.from(l)] as const)),
    maxLength: Math.max(0, ...lengths),
    scratch: { counts: new Int32Array(n), lastChar: new Int32Array(n), lastPos: new Int32Array(n) },
  };
}

interface Ranked {
  readonly m: number;
  readonly score: number;
  readonly d: number;
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
  const { munis, lengths, keys } = ix;
  const restLength = rest.length;
  const window = Math.min(restLength, ix.maxLength);
  // Positions of each character in the part of `rest` any name can reach.
  const positions = new Map<number, number[]>();
  for (let j = 0; j < window; j++) {
    const c = rest.charCodeAt(j);
    const p = positions.get(c);
    if (p === undefined) positions.set(c, [j]);
    else p.push(j);
  }
  // Per name: how many of its characters occur in its window of `rest`, and the last such (char, position).
  const { counts, lastChar, lastPos } = ix.scratch;
  const touched: number[] = [];
  try {
    return rank(ix, rest, prefecture, positions, touched);
  } finally {
    for (const m of touched) counts[m] = 0;
  }
}

function rank(ix: SuggestIndex, rest: string, prefecture: string | undefined, positions: ReadonlyMap<number, readonly number[]>, touched: number[]): Municipality[] {
  const { munis, lengths, keys } = ix;
  const { counts, lastChar, lastPos } = ix.scratch;
  const restLength = rest.length;
  for (const [c, js] of positions) {
    const post = ix.postings.get(c);
    if (post === undefined) continue;
    const first = js[0]!;
    for (let p = 0; p < post.length; p += 2) {
      const m = post[p]!;
      // Longest keys first: once a key is too short to reach the character, so are the rest.
      if (lengths[m]! <= first) break;
      if (prefecture !== undefined && munis[m]!.prefecture !== prefecture) continue;
      if (counts[m] === 0) touched.push(m);
      counts[m]!++;
      lastChar[m] = c;
      lastPos[m] = post[p + 1]!;
    }
  }
  const top: Ranked[] = [];
  // Names sharing one character: the distance in closed form (no match: the length; one match at (i, j):
  // the characters before it and after it, each side the longer).
  const deferred: number[] = [];
  for (const m of touched) {
    if (counts[m]! > 1) {
      deferred.push(m);
      continue;
    }
    const len = lengths[m]!;
    const r = len < restLength ? len : restLength;
    const i = lastPos[m]!;
    let d = len;
    for (const j of positions.get(lastChar[m]!)!) {
      if (j >= r) break;
      const cost = (i > j ? i : j) + (len - 1 - i > r - 1 - j ? len - 1 - i : r - 1 - j);
      if (cost < d) d = cost;
    }
    offer(top, m, d / len, d, munis);
  }
  // Names sharing several: a lower bound first (length − shared characters), then the distance.
  let row: Int32Array | undefined;
  for (const m of deferred) {
    const len = lengths[m]!;
    const r = len < restLength ? len : restLength;
    const shared = counts[m]! < r ? counts[m]! : r;
    if (top.length === LIMIT && (len - shared) / len > top[LIMIT - 1]!.score) continue;
    row ??= new Int32Array(ix.maxLength + 1);
    const d = distance(keys[m]!, rest, r, row);
    offer(top, m, d / len, d, munis);
  }
  // The names sharing nothing: score 1 at distance = length, ranked by (length, code).
  const order = prefecture === undefined ? ix.byLengthThenCode : ix.byLengthThenCodeIn.get(prefecture);
  for (let k = 0; order !== undefined && k < order.length; k++) {
    const m = order[k]!;
    if (counts[m] !== 0) continue;
    if (!offer(top, m, 1, lengths[m]!, munis)) break;
  }
  return top.map((r) => munis[r.m]!);
}

/** Whether (m, score, d) ranks before `b`: lower score, then lower distance, then lower code. */
function better(m: number, score: number, d: number, b: Ranked, munis: readonly Municipality[]): boolean {
  return score < b.score || (score === b.score && (d < b.d || (d === b.d && munis[m]!.code < munis[b.m]!.code)));
}

/** Puts (m, score, d) in its place in `top` (the best {@link LIMIT} so far, in order), if it ranks there; false if not. */
function offer(top: Ranked[], m: number, score: number, d: number, munis: readonly Municipality[]): boolean {
  if (top.length === LIMIT && !better(m, score, d, top[LIMIT - 1]!, munis)) return false;
  const r: Ranked = { m, score, d };
  let k = top.length === LIMIT ? LIMIT - 1 : top.length;
  top[k] = r;
  while (k > 0 && better(m, score, d, top[k - 1]!, munis)) {
    top[k] = top[k - 1]!;
    top[--k] = r;
  }
  return true;
}

/** Levenshtein distance between `a` and the first `bLength` code units of `b` (row: scratch of length ≥ bLength + 1). */
function distance(a: string, b: string, bLength: number, row: Int32Array): number {
  for (let j = 0; j <= bLength; j++) row[j] = j;
  for (let i = 1; i <= a.length; i++) {
    let diag = row[0]!;
    row[0] = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= bLength; j++) {
      const tmp = row[j]!;
      const sub = diag + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const del = tmp + 1;
      const ins = row[j - 1]! + 1;
      row[j] = sub < del ? (sub < ins ? sub : ins) : del < ins ? del : ins;
      diag = tmp;
    }
  }
  return row[bLength]!;
}
