/**
 * Character tries over the folded prefecture names, municipality names and island aliases of an
 * {@link AreaIndex}: an address is matched by walking its characters once from a position, instead of
 * slicing candidate substrings of every length and hashing each. Built lazily, once per index (the first
 * address matched), and held in a WeakMap beside it; the index itself stays as it is.
 *
 * Longest match, with exactly the look-up rules the index's maps define: at one length a municipality
 * name (of the prefecture, when one was written) wins over an island alias; a key of a single character
 * matches only as the last character of the text (the maps were keyed by the first two characters).
 */
import type { AreaIndex, IslandAddressAlias, Municipality } from './data.js';
import { placeKey } from './normalize.js';

interface TrieNode {
  /** Children by UTF-16 code unit. */
  readonly next: Map<number, TrieNode>;
  /** Municipalities whose folded name ends here. */
  munis: readonly Municipality[] | undefined;
  /** The island alias whose folded name ends here. */
  alias: IslandAddressAlias | undefined;
  /** The prefecture whose folded name ends here (prefecture trie). */
  prefecture: string | undefined;
}

/** The tries of one index, and each municipality's folded name. */
export interface AreaTries {
  readonly prefectures: TrieNode;
  readonly names: TrieNode;
  /** `placeKey(m.name)` for every municipality of the index. */
  readonly nameKeyOf: ReadonlyMap<Municipality, string>;
}

/** A longest match: where it starts and ends, the municipalities (of the prefecture, if given) and the island alias. */
export interface TrieHit {
  readonly start: number;
  readonly length: number;
  readonly municipalities: readonly Municipality[];
  readonly island: IslandAddressAlias['island'] | undefined;
}

const node = (): TrieNode => ({ next: new Map(), munis: undefined, alias: undefined, prefecture: undefined });

function insert(root: TrieNode, key: string): TrieNode {
  let n = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let child = n.next.get(c);
    if (child === undefined) {
      child = node();
      n.next.set(c, child);
    }
    n = child;
  }
  return n;
}

const triesCache = new WeakMap<AreaIndex, AreaTries>();

/** The tries of an index, built on first use. */
export function areaTries(idx: AreaIndex): AreaTries {
  let t = triesCache.get(idx);
  if (t === undefined) {
    t = buildTries(idx);
    triesCache.set(idx, t);
  }
  return t;
}

function buildTries(idx: AreaIndex): AreaTries {
  const prefectures = node();
  for (const [key, pref] of idx.prefectureByKey) insert(prefectures, key).prefecture = pref;
  const names = node();
  const nameKeyOf = new Map<Municipality, string>();
  for (const [key, munis] of idx.byNameKey) {
    insert(names, key).munis = munis;
    for (const m of munis) nameKeyOf.set(m, key);
  }
  for (const [key, alias] of idx.islandAliasByKey) insert(names, key).alias = alias;
  // A municipality indexed under another key (never, with the bundled data) still gets its folded name.
  for (const list of idx.byNameKey.values()) for (const m of list) if (!nameKeyOf.has(m)) nameKeyOf.set(m, placeKey(m.name));
  return { prefectures, names, nameKeyOf };
}

/** The folded name of a municipality (looked up, or folded when the index does not hold it). */
export function nameKeyOf(tries: AreaTries, m: Municipality): string {
  return tries.nameKeyOf.get(m) ?? placeKey(m.name);
}

/** Length of the longest prefecture key at `pos`, and the prefecture; undefined when none. */
export function prefectureAt(tries: AreaTries, key: string, pos: number): { readonly prefecture: string; readonly length: number } | undefined {
  let n: TrieNode | undefined = tries.prefectures;
  let best: string | undefined;
  let bestLen = 0;
  for (let i = pos; i < key.length; i++) {
    n = n.next.get(key.charCodeAt(i));
    if (n === undefined) break;
    if (n.prefecture !== undefined) {
      best = n.prefecture;
      bestLen = i - pos + 1;
    }
  }
  return best === undefined ? undefined : { prefecture: best, length: bestLen };
}

/** Municipalities of `munis` in `prefecture` (all when undefined); the same array when all are. */
function inPrefecture(munis: readonly Municipality[], prefecture: string | undefined): readonly Municipality[] {
  if (prefecture === undefined) return munis;
  if (munis.length === 1) return munis[0]!.prefecture === prefecture ? munis : EMPTY;
  return munis.filter((m) => m.prefecture === prefecture);
}

const EMPTY: readonly Municipality[] = Object.freeze([]);

/** The longest municipality name or island alias at `start` (of `prefecture`, when given). */
export function longestNameAt(tries: AreaTries, key: string, start: number, prefecture: string | undefined): TrieHit | undefined {
  let n: TrieNode | undefined = tries.names;
  const end = key.length;
  let bestLen = 0;
  let bestMunis: readonly Municipality[] | undefined;
  let bestIsland: IslandAddressAlias['island'] | undefined;
  for (let i = start; i < end; i++) {
    n = n.next.get(key.charCodeAt(i));
    if (n === undefined) break;
    if (n.munis === undefined && n.alias === undefined) continue;
    // One-character keys were found only at the end of the text (looked up by the first two characters).
    if (i === start && i + 1 !== end) continue;
    if (n.munis !== undefined) {
      const ok = inPrefecture(n.munis, prefecture);
      if (ok.length > 0) {
        bestLen = i - start + 1;
        bestMunis = ok;
        bestIsland = undefined;
        continue;
      }
    }
    if (n.alias !== undefined) {
      const ok = inPrefecture(n.alias.municipalities, prefecture);
      if (ok.length > 0) {
        bestLen = i - start + 1;
        bestMunis = ok;
        bestIsland = n.alias.island;
      }
    }
  }
  return bestMunis === undefined ? undefined : { start, length: bestLen, municipalities: bestMunis, island: bestIsland };
}
