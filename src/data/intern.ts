/**
 * A compact form for generated data with many repeated long strings (the same passage cited by many facts) and
 * many objects of the same keys (every fact's `source: { document, passage }`):
 * - each string of 12 or more characters that occurs more than once is stored once, in `s`, and referred to by
 *   `"\uE000<index>"`;
 * - each object whose keys (in order) occur on two or more objects is written as an array: `"\uE001<index>"` (its
 *   key list in `k`), then its values in that order.
 * U+E000 and U+E001 (private use) need no escape in JSON. gzip's 32 KB window misses repeats farther apart; this
 * does not, and the package is smaller unpacked too.
 */

/** The compact form: the string table, the key lists and the value with references. */
export interface Interned {
  readonly s: readonly string[];
  readonly k: readonly (readonly string[])[];
  readonly v: unknown;
}

const MIN_LENGTH = 12;
const REF = 0xe000;
const SHAPE = 0xe001;

/**
 * The value again (references replaced in place: `compact` must be freshly parsed JSON), deep-frozen: each object and
 * array is frozen as it is finished, so the data needs no second walk to freeze it (deepFreeze stops at its root).
 */
export function decodeInterned<T>(compact: Interned): T {
  const table = compact.s;
  const shapes = compact.k;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.charCodeAt(0) === REF ? table[Number(v.slice(1))] : v;
    if (Array.isArray(v)) {
      const head: unknown = v[0];
      if (typeof head === 'string' && head.charCodeAt(0) === SHAPE) {
        const keys = shapes[Number(head.slice(1))]!;
        const o: Record<string, unknown> = {};
        for (let i = 0; i < keys.length; i++) o[keys[i]!] = walk(v[i + 1]);
        return Object.freeze(o);
      }
      for (let i = 0; i < v.length; i++) v[i] = walk(v[i]);
      return Object.freeze(v);
    }
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = walk(o[k]);
      return Object.freeze(o);
    }
    return v;
  };
  return walk(compact.v) as T;
}

/**
 * The compact form of a JSON value, or undefined when it cannot be: a string or key already starts with U+E000 or
 * U+E001, a key is `__proto__`, or decoding would differ.
 */
export function encodeInterned(value: unknown): Interned | undefined {
  const counts = new Map<string, number>();
  const shapeCounts = new Map<string, number>();
  let clash = false;
  const marked = (s: string): boolean => s.charCodeAt(0) === REF || s.charCodeAt(0) === SHAPE;
  const count = (v: unknown): void => {
    if (typeof v === 'string') {
      if (marked(v)) clash = true;
      if (v.length >= MIN_LENGTH) counts.set(v, (counts.get(v) ?? 0) + 1);
    } else if (Array.isArray(v)) {
      for (const x of v) count(x);
    } else if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      if (keys.some((k) => marked(k) || k === '__proto__')) clash = true;
      if (keys.length > 0) shapeCounts.set(JSON.stringify(keys), (shapeCounts.get(JSON.stringify(keys)) ?? 0) + 1);
      for (const x of Object.values(v)) count(x);
    }
  };
  count(value);
  if (clash) return undefined;
  const table = [...counts].filter(([, n]) => n > 1).map(([s]) => s);
  const index = new Map(table.map((s, i) => [s, i]));
  const shapeList = [...shapeCounts].filter(([, n]) => n > 1).map(([keys]) => keys);
  const shapeIndex = new Map(shapeList.map((keys, i) => [keys, i]));
  const encode = (v: unknown): unknown => {
    if (typeof v === 'string') return index.has(v) ? `\uE000${index.get(v)}` : v;
    if (Array.isArray(v)) return v.map(encode);
    if (v !== null && typeof v === 'object') {
      const keys = Object.keys(v);
      const i = shapeIndex.get(JSON.stringify(keys));
      const values = Object.values(v).map(encode);
      return i === undefined ? Object.fromEntries(keys.map((k, j) => [k, values[j]])) : [`\uE001${i}`, ...values];
    }
    return v;
  };
  const compact: Interned = { s: table, k: shapeList.map((keys) => JSON.parse(keys) as string[]), v: encode(value) };
  const back = decodeInterned(JSON.parse(JSON.stringify(compact)) as Interned);
  return JSON.stringify(back) === JSON.stringify(value) ? compact : undefined;
}
