/**
 * Bundled data as plain, frozen values (internal). The generated data modules (`*.data.ts`, written by
 * `npm run generate` after zod validated each fixture) hold the fixture as JSON text; a capability parses
 * and freezes it on first use, so importing the library does no work and runs no zod parse.
 */

/**
 * Every object {@link deepFreeze} froze: plain JSON data, so everything it holds is frozen too. The boundary's
 * deep freeze (src/boundary/freeze.ts) skips them instead of walking the bundled data a second time. Only ever
 * added to, and only with objects that can no longer change: it never changes an answer.
 */
export const frozenData: WeakSet<object> = new WeakSet();

/** Freezes a value and everything reachable from it (plain objects and arrays). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value as object)) deepFreeze(v);
    frozenData.add(value);
  }
  return value;
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
 * A frozen stand-in for a record built on first use: each named field is a getter that builds the record
 * (once) and reads the field from it. Exported bundled tables (the catalog, the holiday law, the tax table)
 * must exist when their module is imported; this lets them exist without building anything then.
 * @example lazyRecord(() => ({ a: 1 }), ['a']).a //=> 1
 */
export function lazyRecord<T extends object>(build: () => T, keys: readonly (keyof T & string)[]): T {
  let built: T | undefined;
  const view = {} as T;
  for (const key of keys) {
    Object.defineProperty(view, key, { enumerable: true, get: () => (built ??= build())[key] });
  }
  return Object.freeze(view);
}
