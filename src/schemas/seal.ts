/**
 * The schemas `/schemas` exports are the ones its loaders validate with. A caller who changed one (`PlanSchema.shape.
 * monthlyFeeYen = z.number()`) would change what every other caller's `loadCatalog` accepts, and so their answers. So
 * each exported schema's definition is frozen when `/schemas` is first imported: its `def`, the plain objects and arrays
 * in it (`shape`, `options`, `checks` …), and the definitions of the schemas it holds. The schema objects themselves are
 * not frozen, as zod adds their methods and caches on first use; a change to them (`schema.safeParse = …`) does not reach
 * the loaders, which call zod's function form (`safeParse(schema, value)`). zod's own internals (`_zod`) are not a
 * surface of this library.
 */

interface ZodLike {
  readonly _zod: { readonly def: object };
}

function isSchema(v: unknown): v is ZodLike {
  if (v === null || (typeof v !== 'object' && typeof v !== 'function')) return false;
  const z = (v as { _zod?: unknown })._zod;
  return z !== null && typeof z === 'object' && typeof (z as { def?: unknown }).def === 'object' && (z as { def?: unknown }).def !== null;
}

function isPlain(v: unknown): v is object {
  if (v === null || typeof v !== 'object') return false;
  if (Array.isArray(v)) return true;
  const p: unknown = Object.getPrototypeOf(v);
  return p === Object.prototype || p === null;
}

/** Freezes the definitions of a schema and of every schema reachable from it (each once). */
export function sealSchema(schema: unknown, seen: WeakSet<object> = new WeakSet()): void {
  if (!isSchema(schema) || seen.has(schema)) return;
  seen.add(schema);
  sealPlain(schema._zod.def, seen);
}

function sealPlain(value: object, seen: WeakSet<object>): void {
  if (seen.has(value)) return;
  seen.add(value);
  for (const key of Reflect.ownKeys(value)) {
    let d = Object.getOwnPropertyDescriptor(value, key);
    if (d !== undefined && !('value' in d)) {
      // zod defines some fields of a definition lazily (an object's `shape`: a getter that replaces itself with its
      // value when first read): read it now, so that it is a value before the definition is frozen.
      void (value as Record<PropertyKey, unknown>)[key];
      d = Object.getOwnPropertyDescriptor(value, key);
    }
    if (d === undefined || !('value' in d)) continue; // a getter of the schema's author (a recursive shape) stays one
    const v: unknown = d.value;
    if (isSchema(v)) sealSchema(v, seen);
    else if (isPlain(v)) sealPlain(v, seen);
  }
  Object.freeze(value);
}

