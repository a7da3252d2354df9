/**
 * A compact form for generated data with many repeated long strings (the same passage cited by many
 * facts): each string of 12 or more characters that occurs more than once is stored once in a table and
 * referred to by `"\u0000<index>"`. gzip's 32 KB window misses repeats farther apart; this does not.
 */
// @ts-nocheck


/** The compact form: the string table and the value with references. */
export interface Interned {
  readonly s: readonly string[];
  readonly v: unknown;
}

const MIN_LENGTH = 12;

/** The value again (the references replaced in place: `compact` must be freshly parsed JSON). */
export function decodeInterned<T>(compact: Interned): T {
  const table = compact.s;
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return v.charCodeAt(0) === 0 ? table[Number(v.slice(1))] : v;
    if (v !== null && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      for (const k of Object.keys(o)) o[k] = walk(o[k]);
    }
    return v;
  };
  return walk(compact.v) as T;
}

/** The compact form of a JSON value, or undefined when a string already starts with U+0000 or decoding would differ. */
export function encodeInterned(value: unknown): Interned | undefined {
  const counts = new Map<string, number>();
  let clash = false;
  const count = (v: unknown): void => {
    if (typeof v === 'string') {
      if (v.charCodeAt(0) === 0) clash = true;
      if (v.length >= MIN_LENGTH) counts.set(v, (counts.get(v) ?? 0) + 1);
    } else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) count(x);
  };
  count(value);
  if (clash) return undefined;
  const table = [...counts].filter(([, n]) => n > 1).map(([s]) => s);
  const index = new Map(table.map((s, i) => [s, i]));
  const v: unknown = JSON.parse(JSON.stringify(value, (_k, x: unknown) => (typeof x === 'string' && index.has(x) ? `\u0000${index.get(x)}` : x)));
  const compact: Interned = { s: table, v };
  const back = decodeInterned(JSON.parse(JSON.stringify(compact)) as Interned);
  return JSON.stringify(back) === JSON.stringify(value) ? compact : undefined;
}
