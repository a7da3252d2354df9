/**
 * Read-only map views (internal): a shared `Map` is exposed only through a view without `set`/`delete`/`clear`,
 * so no caller can change another caller's answers. (Bundled data is deep-frozen by src/data/frozen.ts; each table
 * freezes the objects it builds.)
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
 * A read-only map whose look-ups a subclass answers itself (making only what is asked), and whose iteration goes
 * through the whole map the subclass makes on demand: the iteration methods of the lazy area maps, written once.
 */
export abstract class LazyMapView<K, V> implements ReadonlyMap<K, V> {
  abstract readonly size: number;
  abstract get(key: K): V | undefined;
  abstract has(key: K): boolean;
  /** Every entry, in the map's order (made when first iterated). */
  protected abstract materialize(): ReadonlyMap<K, V>;
  keys(): MapIterator<K> {
    return this.materialize().keys();
  }
  values(): MapIterator<V> {
    return this.materialize().values();
  }
  entries(): MapIterator<[K, V]> {
    return this.materialize().entries();
  }
  forEach(callbackfn: (value: V, key: K, map: ReadonlyMap<K, V>) => void, thisArg?: unknown): void {
    this.materialize().forEach((v, k) => callbackfn.call(thisArg, v, k, this));
  }
  [Symbol.iterator](): MapIterator<[K, V]> {
    return this.materialize().entries();
  }
}
