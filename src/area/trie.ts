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
import { nameBranches, type AreaIndex, type IslandAddressAlias, type Municipality, type NameBranches } from './data.js';
import { placeKey } from './normalize.js';

interface TrieNode {
  /** The first child's UTF-16 code unit (-1: none) and the child: most nodes have one child or none. */
  c1: number;
  n1: TrieNode | undefined;
  /** Further children by UTF-16 code unit (only at nodes with several). */
  more: Map<number, TrieNode> | undefined;
  /** Municipalities whose folded name ends here. */
  munis: readonly Municipality[] | undefined;
  /** The island alias whose folded name ends here. */
  alias: IslandAddressAlias | undefined;
  /** The prefecture whose folded name ends here (prefecture trie). */
  prefecture: string | undefined;
}

/** The tries of one index. */
export interface AreaTries {
  readonly prefectures: TrieNode;
  /** The names' trie: below the root, each first character's branch is built when an address first reaches it. */
  readonly names: TrieNode;
  /** Where the names of a first character come from (each asked for once). */
  readonly branches: NameBranches;
  /** First characters whose branch is in the trie (or has no names). */
  readonly grown: Set<number>;
}

/** A longest match: where it starts and ends, the municipalities (of the prefecture, if given) and the island alias. */
export interface TrieHit {
  readonly start: number;
  readonly length: number;
  readonly municipalities: readonly Municipality[];
  readonly island: IslandAddressAlias['island'] | undefined;
}

function node(): TrieNode {
  // Every field set at creation: one object shape for all nodes, so the walk's property reads stay monomorphic.
  return { c1: -1, n1: undefined, more: undefined, munis: undefined, alias: undefined, prefecture: undefined };
}

function child(n: TrieNode, c: number): TrieNode | undefined {
  return n.c1 === c ? n.n1 : n.more?.get(c);
}

function insert(root: TrieNode, key: string): TrieNode {
  let n = root;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    let next = child(n, c);
    if (next === undefined) {
      next = node();
      if (n.c1 === -1) {
        n.c1 = c;
        n.n1 = next;
      } else (n.more ??= new Map()).set(c, next);
    }
    n = next;
  }
  return n;
}

const triesCache = new WeakMap<AreaIndex, AreaTries>();

/** The tries of an index, built on first use (the names' branches as addresses reach them). */
export function areaTries(idx: AreaIndex): AreaTries {
  let t = triesCache.get(idx);
  if (t === undefined) {
    const branches = nameBranches(idx);
    const prefectures = node();
    for (const [key, pref] of branches.prefectureByKey) insert(prefectures, key).prefecture = pref;
    t = { prefectures, names: node(), branches, grown: new Set() };
    triesCache.set(idx, t);
  }
  return t;
}

/** Adds the names starting with character `c` to the trie, if not yet there (the trie is the same as built all at once). */
function grow(tries: AreaTries, c: number): boolean {
  if (tries.grown.has(c)) return false;
  tries.grown.add(c);
  const list = tries.branches.branch(c);
  if (list === undefined) return false;
  for (const [key, munis, alias] of list) {
    const end = insert(tries.names, key);
    if (munis !== undefined) end.munis = munis;
    if (alias !== undefined) end.alias = alias;
  }
  return true;
}

/** The folded name of a municipality (the index's key for it: folded on demand, not held per municipality). */
export function nameKeyOf(_tries: AreaTries, m: Municipality): string {
  return placeKey(m.name);
}

/** Length of the longest prefecture key at `pos`, and the prefecture; undefined when none. */
export function prefectureAt(tries: AreaTries, key: string, pos: number): { readonly prefecture: string; readonly length: number } | undefined {
  let n: TrieNode | undefined = tries.prefectures;
  let best: string | undefined;
  let length = 0;
  for (let i = pos; n !== undefined && i < key.length; i++) {
    n = child(n, key.charCodeAt(i));
    if (n !== undefined && n.prefecture !== undefined) {
      best = n.prefecture;
      length = i - pos + 1;
    }
  }
  return best === undefined ? undefined : { prefecture: best, length };
}

/** Municipalities of `munis` in `prefecture` (all when undefined). */
function inPrefecture(munis: readonly Municipality[], prefecture: string | undefined): readonly Municipality[] {
  return prefecture === undefined || (munis.length === 1 && munis[0]!.prefecture === prefecture) ? munis : munis.filter((m) => m.prefecture === prefecture);
}

/** The longest municipality name or island alias at `start` (of `prefecture`, when given). */
export function longestNameAt(tries: AreaTries, key: string, start: number, prefecture: string | undefined): TrieHit | undefined {
  let n: TrieNode | undefined = tries.names;
  let munis: readonly Municipality[] | undefined;
  let island: IslandAddressAlias['island'] | undefined;
  let length = 0;
  for (let i = start; n !== undefined && i < key.length; i++) {
    const c = key.charCodeAt(i);
    const parent: TrieNode = n;
    n = child(parent, c);
    // The first character's branch, built on first reach.
    if (n === undefined && i === start && grow(tries, c)) n = child(parent, c);
    // One-character keys were found only at the end of the text (looked up by the first two characters).
    if (n === undefined || (i === start && i + 1 !== key.length)) continue;
    if (n.munis !== undefined) {
      const ok = inPrefecture(n.munis, prefecture);
      if (ok.length > 0) {
        munis = ok;
        island = undefined;
        length = i - start + 1;
        continue;
      }
    }
    if (n.alias !== undefined) {
      const ok = inPrefecture(n.alias.municipalities, prefecture);
      if (ok.length > 0) {
        munis = ok;
        island = n.alias.island;
        length = i - start + 1;
      }
    }
  }
  return munis === undefined ? undefined : { start, length, municipalities: munis, island };
}
