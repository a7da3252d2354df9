/**
 * A js-joda or Temporal value read by the input boundary (internal): the boundary hands on a frozen box in its
 * place, and only the parsers of src/time open it. Code that reads the box as a record finds no field, so a
 * look-alike date value at a record's place (a class with a Temporal tag and a `channel` field that is a sparse
 * list of 1e9) is never read past the boundary.
 */
const values = new WeakMap<object, object>();

/** A frozen box holding `value`. */
export function boxForeign(value: object): object {
  const box = Object.freeze(Object.create(null) as object);
  values.set(box, value);
  return box;
}

/** The value in a box, or `v` itself when it is not a box. */
export function unboxForeign(v: unknown): unknown {
  return typeof v === 'object' && v !== null ? (values.get(v) ?? v) : v;
}

/** Whether `v` is a box made by {@link boxForeign}. */
export function isForeignBox(v: unknown): boolean {
  return typeof v === 'object' && v !== null && values.has(v);
}
