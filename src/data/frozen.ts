/**
 * Bundled data as plain, frozen values (internal). The generated data modules (`*.data.ts`, written by
 * `npm run generate` after zod validated each fixture) hold the fixture as JSON text; a capability parses
 * and freezes it on first use, so importing the library does no work and runs no zod parse.
 */
import { defineOwn } from '../boundary/record.js';

/**
 * Freezes a value and everything reachable from it (plain JSON data: objects and arrays). A frozen object is taken
 * as frozen throughout and not walked: this freezes data the library parsed itself (the bundled fixtures, zod's output),
 * never a caller's objects.
 *
 * It runs on a capability's first call, over data just parsed, so it allocates nothing: no `Object.values` arrays, no
 * record of what it froze, no call for a string or number. (The first version spent about 60 % of the first `isOpen`
 * here, mostly in the young-generation collections its allocations set off, which copied the freshly parsed fixtures.)
 * @example Object.isFrozen(deepFreeze({ a: [1] }).a) //=> true
 */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) freezeTree(value);
  return value;
}

function freezeTree(value: object): void {
  Object.freeze(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const v: unknown = value[i];
      if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) freezeTree(v);
    }
  } else {
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue; // an enumerable property someone added to Object.prototype
      const v: unknown = (value as Record<string, unknown>)[k];
      if (v !== null && typeof v === 'object' && !Object.isFrozen(v)) freezeTree(v);
    }
  }
}

/** Parses stored JSON text whose `"` are written as `quote` (see scripts/data-modules.ts, `storedText`). */
export function storedJson(text: string, quote?: string): unknown {
  return JSON.parse(quote === undefined ? text : text.replaceAll(quote, '"'));
}

/**
 * A memoised, deep-frozen parse of generated JSON text (its `"` written as `quote` when given; decoded from a compact
 * form when `decode` is given): the function returned parses on its first call.
 * Side-effect free until called, so a bundler drops what no capability uses.
 */
export function frozenJson<T>(text: string, decode?: (json: never) => T, quote?: string): () => T {
  let value: T | undefined;
  return () => (value ??= deepFreeze(decode ? decode(storedJson(text, quote) as never) : (storedJson(text, quote) as T)));
}

/**
 * A memoised, deep-frozen value: the function returned gets the value and deep-freezes it on its first call (the
 * bundled fixtures imported as JSON modules).
 */
export function frozenValue<T>(get: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= deepFreeze(get()));
}

/**
 * A frozen list whose items are got on first read: item `i` is a getter that returns `item(i)` (memoise in `item`).
 * For an exported bundled list that must exist when its module is imported, without building anything then: the
 * list has its length, `Array.isArray` holds, and reading an item (indexing, iterating, spreading, `JSON.stringify`,
 * `structuredClone`) gets it.
 * @example lazyList(2, (i) => i * 10)[1] //=> 10
 */
export function lazyList<T>(length: number, item: (i: number) => T): readonly T[] {
  const list: T[] = [];
  for (let i = 0; i < length; i++) defineOwn(list, i, { enumerable: true, get: () => item(i) });
  return Object.freeze(list);
}

/**
 * A frozen stand-in for a record built on first use: each named field is a getter that builds the record
 * (once) and reads the field from it. Exported bundled tables (the catalog, the holiday law, the tax table)
 * must exist when their module is imported; this lets them exist without building anything then.
 * @example lazyRecord(() => ({ a: 1 }), ['a']).a //=> 1
 */
export function lazyRecord<T extends object>(build: () => T, keys: readonly (keyof T & string)[]): T {
  let built: T | undefined;
  const view = {} as T;
  for (const key of keys) {
    defineOwn(view, key, { enumerable: true, get: () => (built ??= build())[key] });
  }
  return Object.freeze(view);
}
