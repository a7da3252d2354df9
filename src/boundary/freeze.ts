/**
 * Deep freezing and read-only map views (internal): every value the library exports or returns from a
 * shared table is frozen, and a shared `Map` is exposed only through a view without `set`/`delete`/`clear`,
 * so no caller can change another caller's answers.
 */

/**
 * A read-only view over a map: the `ReadonlyMap` methods only. The underlying map stays private.
 * @example new ReadonlyMapView(new Map([['a', 1]])).get('a') //=> 1
 */
export class ReadonlyMapView<K, V> implements ReadonlyMap<K, V> {
  readonly #map: ReadonlyMap<K, V>;
  constructor(map: ReadonlyMap<K, V>) {
    this.#map = map;
    Object.freeze(this);
  }
  get size(): number {
    return this.#map.size;
  }
  get(key: K): V | undefined {
    return this.#map.get(key);
  }
  has(key: K): boolean {
    return this.#map.has(key);
  }
  keys(): MapIterator<K> {
    return this.#map.keys();
  }
  values(): MapIterator<V> {
    return this.#map.values();
  }
  entries(): MapIterator<[K, V]> {
    return this.#map.entries();
  }
  forEach(callbackfn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.#map.forEach((v, k) => callbackfn.call(thisArg, v, k, this));
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.#map.entries();
  }
  get [Symbol.toStringTag](): string {
    return 'ReadonlyMap';
  }
}
Object.freeze(ReadonlyMapView.prototype);

/**
 * A read-only set view: the `ReadonlySet` methods only.
 * @example new ReadonlySetView(new Set(['a'])).has('a') //=> true
 */
export class ReadonlySetView<T> implements ReadonlySet<T> {
  readonly #set: ReadonlySet<T>;
  constructor(set: ReadonlySet<T>) {
    this.#set = set;
    Object.freeze(this);
  }
  get size(): number {
    return this.#set.size;
  }
  has(value: T): boolean {
    return this.#set.has(value);
  }
  keys(): SetIterator<T> {
    return this.#set.keys();
  }
  values(): SetIterator<T> {
    return this.#set.values();
  }
  entries(): SetIterator<[T, T]> {
    return this.#set.entries();
  }
  forEach(callbackfn: (value: T, value2: T, set: ReadonlySet<T>) => void, thisArg?: unknown): void {
    this.#set.forEach((v) => callbackfn.call(thisArg, v, v, this));
  }
  [Symbol.iterator](): SetIterator<T> {
    return this.#set.values();
  }
  get [Symbol.toStringTag](): string {
    return 'ReadonlySet';
  }
}
Object.freeze(ReadonlySetView.prototype);

/**
 * Freezes a value and everything it holds; a `Map` or `Set` inside is frozen in place and its
 * members are frozen too (wrap shared maps in {@link ReadonlyMapView} so `set` is unavailable).
 * @example Object.isFrozen(deepFreeze({ a: [1] }).a) //=> true
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  const seen = new Set<unknown>();
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || seen.has(v)) continue;
    seen.add(v);
    if (v instanceof ReadonlyMapView || v instanceof ReadonlySetView) {
      for (const [k, x] of v.entries()) stack.push(k, x);
      continue;
    }
    if (v instanceof Map) {
      for (const [k, x] of v) stack.push(k, x);
    } else if (v instanceof Set) {
      for (const x of v) stack.push(x);
    }
    if (typeof v === 'object') {
      if (!Object.isFrozen(v)) Object.freeze(v);
      for (const k of Object.keys(v)) stack.push((v as Record<string, unknown>)[k]);
    }
  }
  return value;
}

/**
 * A frozen copy of a record whose `Map` and `Set` values are replaced by read-only views (and frozen deeply).
 * @example readonlyMaps({ m: new Map([['a', 1]]) }).m.get('a') //=> 1
 */
export function readonlyMaps<T extends object>(record: T): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(record)) {
    out[k] = v instanceof Map ? new ReadonlyMapView(deepFreeze(v)) : v instanceof Set ? new ReadonlySetView(deepFreeze(v)) : deepFreeze(v);
  }
  return Object.freeze(out) as T;
}
