/**
 * The records the library makes of a caller's input (internal: never part of an answer, which holds plain objects
 * only, as `assert.deepStrictEqual` compares prototypes). Their prototype is a frozen object that holds
 * `Object.prototype`'s methods and nothing else, and has no prototype itself: an omitted field reads as `undefined`
 * even when a caller's realm has put that key on `Object.prototype` (a polluted `rounding`, `catalog` or `closures`
 * would otherwise fill it in for every caller). Unlike `Object.create(null)`, records made with `new` keep V8's fast
 * properties.
 */
const Record_ = function InputRecord(this: object): void {} as unknown as new () => Record<string, unknown>;
const prototype = Object.create(null) as Record<string, unknown>;
// Object.prototype's own methods by name (not whatever it holds when this module loads: a realm polluted before then).
const METHODS = ['constructor', 'hasOwnProperty', 'isPrototypeOf', 'propertyIsEnumerable', 'toLocaleString', 'toString', 'valueOf', '__defineGetter__', '__defineSetter__', '__lookupGetter__', '__lookupSetter__'];
for (const name of METHODS) {
  const descriptor = Object.create(null) as PropertyDescriptor; // no prototype: see defineOwn
  descriptor.value = (Object.prototype as Record<string, unknown>)[name];
  Object.defineProperty(prototype, name, descriptor); // not writable, enumerable or configurable
}
Record_.prototype = Object.freeze(prototype);

/** The prototype of every record the boundary makes. */
export const RECORD_PROTOTYPE: object = Record_.prototype;

/**
 * A new, empty record (not frozen) whose missing keys read as `undefined` whatever `Object.prototype` holds.
 * @example newRecord().rounding //=> undefined
 */
export function newRecord(): Record<string, unknown> {
  return new Record_();
}

/** An empty frozen record: the value of an omitted options argument. */
export const EMPTY_RECORD: Readonly<Record<string, unknown>> = Object.freeze(newRecord());

/**
 * Whether a prototype is that of a plain record: `Object.prototype` or the records'. (Not `null`: the boundary copies
 * a caller's objects without a prototype into records, and keeps a js-joda or Temporal value in a box without one.)
 * @example isPlainPrototype(Object.getPrototypeOf({})) //=> true
 */
export function isPlainPrototype(proto: unknown): boolean {
  return proto === Object.prototype || proto === RECORD_PROTOTYPE;
}

/**
 * An object's own property `key`, or `undefined`: the read for an optional field of an object the library did not
 * make with {@link newRecord} (its own literals, parsed data), which must not fall through to `Object.prototype`.
 * @example own({}, 'rounding') //=> undefined
 */
export function own<T extends object, K extends keyof T>(o: T, key: K): T[K] | undefined {
  return Object.hasOwn(o, key) ? o[key] : undefined;
}

/**
 * `Object.defineProperty` with a descriptor of no prototype: a `value`, `get` or `writable` a caller's realm put on
 * `Object.prototype` is not read as part of it (which would change the property, or throw a TypeError).
 * @example defineOwn({}, 'a', { value: 1, enumerable: true }).a //=> 1
 */
export function defineOwn<T extends object>(o: T, key: PropertyKey, descriptor: PropertyDescriptor): T {
  return Object.defineProperty(o, key, Object.setPrototypeOf(descriptor, null) as PropertyDescriptor);
}

/**
 * Sets `record[key] = value` on a record (not frozen yet), as an own data property even for a key its prototype holds
 * (`toString`, `constructor` …: frozen there, so an assignment would throw) and for `__proto__`.
 * @example setField(newRecord(), 'toString', 1).toString //=> 1
 */
export function setField(record: Record<string, unknown>, key: string, value: unknown): Record<string, unknown> {
  if (Object.hasOwn(RECORD_PROTOTYPE, key) || key === '__proto__') defineOwn(record, key, { value, writable: true, enumerable: true, configurable: true });
  else record[key] = value;
  return record;
}

/**
 * A new record with `source`'s own enumerable fields (internal: an object the library made or already read).
 * @example recordOf({ a: 1 }).a //=> 1
 */
export function recordOf<T extends object>(source: T): T {
  const out = newRecord();
  for (const k of Object.keys(source)) setField(out, k, (source as Record<string, unknown>)[k]);
  return out as T;
}
