/**
 * The one input boundary. Every public entry point passes its input through {@link readInput} before any
 * work: each field is read exactly once (a getter or a Proxy trap runs once, and a throwing one becomes a
 * typed error), into a plain, frozen copy that the evaluators then read as often as they like.
 *
 * Rejected before any work, each with a typed error whose `path` names the field:
 * - bigint, symbol and function values;
 * - arrays with holes, and arrays or strings or objects beyond the limits in `limits.ts`;
 * - nesting deeper than `MAX_DEPTH` (and so cycles);
 * - a table (`catalog`, …) not made by the library's loaders (see `brand.ts`).
 * `-0` becomes `0`. Objects without a prototype become plain objects; `toJSON` is never called.
 * A `Date` becomes a new Date of the same time value (read from its internal slot: a look-alike is refused);
 * a js-joda or Temporal value and the library's tables pass through as they are (the parsers of src/time read
 * the former, guarded). Any other class instance is read as a record: its own enumerable keys and the getters
 * its prototypes define, each read once (a throwing one is a typed error at its path). Typed arrays, buffers
 * and boxed strings are refused.
 */
import { InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { quotedValueText, valueText } from '../money/describe.js';
import { boxForeign, isForeignBox } from '../data/foreign-box.js';
import { looksForeign } from '../time/foreign.js';
import { dateTimeValue } from '../time/japan.js';
import { isBrandedTable } from './brand.js';
import { EMPTY_RECORD, isPlainPrototype, newRecord, own, RECORD_PROTOTYPE, setField } from './record.js';
import { MAX_DEPTH, MAX_ID_LENGTH, MAX_ITEMS, MAX_KEYS, MAX_STRING_LENGTH, MAX_VALUES } from './limits.js';

/** Limits of one read (defaults from limits.ts). */
export interface ReadLimits {
  /** Most items of any list in the input. */
  readonly maxItems?: number;
  /** Most characters of any string in the input. */
  readonly maxString?: number;
  /**
   * Keys of the top-level object whose values are kept as they are, not copied: a caller's callback table
   * (`postal`), which the entry point then reads once itself (see area/postal.ts `readPostalTable`).
   */
  readonly keep?: readonly string[];
}

interface State {
  readonly maxItems: number;
  readonly maxString: number;
  readonly keep: readonly string[];
  values: number;
  /**
   * The objects being copied (the ancestors of the current value, at most MAX_DEPTH) and their paths: a
   * repeat is a cycle. A list compared by identity: a Map would give each input object a hash first.
   */
  readonly open: object[];
  readonly openPaths: ErrorPath[];
}

/**
 * Reads a caller's input once into a plain frozen value.
 * @throws {InvalidInputError} a value of a kind no input takes, a hole, an unreadable field
 * @throws {OutOfRangeError} a list, string or object beyond the limits
 * @example readInput({ a: [1, -0] }, []) //=> { a: [1, 0] }
 */
export function readInput<T = unknown>(value: T, path: ErrorPath = [], limits: ReadLimits = EMPTY_RECORD): T {
  const state: State = { maxItems: own(limits, 'maxItems') ?? MAX_ITEMS, maxString: own(limits, 'maxString') ?? MAX_STRING_LENGTH, keep: own(limits, 'keep') ?? NO_KEYS, values: 0, open: [], openPaths: [] };
  return copy(value, path, 0, state) as T;
}

const NO_KEYS: readonly string[] = Object.freeze([]);

function copy(v: unknown, path: ErrorPath, depth: number, st: State): unknown {
  if (++st.values > MAX_VALUES) throw new OutOfRangeError(path, `Input holds more than ${MAX_VALUES} values`, { max: MAX_VALUES });
  switch (typeof v) {
    case 'string':
      if (v.length > st.maxString) throw tooLong(path, v.length, st.maxString);
      return v;
    case 'number':
      return v === 0 ? 0 : v;
    case 'boolean':
    case 'undefined':
      return v;
    case 'bigint':
      throw new InvalidInputError(path, 'Expected a number or a string, received a bigint', { received: 'bigint' });
    case 'symbol':
      throw new InvalidInputError(path, 'Expected a JSON value, received a symbol', { received: 'symbol' });
    case 'function':
      if (isBrandedTable(v)) return v;
      throw new InvalidInputError(path, 'Expected a JSON value, received a function', { received: 'function' });
    default:
      break;
  }
  if (v === null) return null;
  if (isBrandedTable(v) || isForeignBox(v)) return v;
  if (depth >= MAX_DEPTH) throw new OutOfRangeError(path, `Input nested deeper than ${MAX_DEPTH} levels`, { max: MAX_DEPTH });
  let isArray: boolean;
  let proto: unknown;
  try {
    isArray = Array.isArray(v);
    proto = isArray ? undefined : Object.getPrototypeOf(v);
  } catch {
    throw unreadable(path);
  }
  let accessors: readonly string[] | undefined;
  if (!isArray && proto !== Object.prototype && proto !== null && proto !== RECORD_PROTOTYPE) {
    // A Date (its time value read now), a js-joda or Temporal value (read by the parsers of src/time), or a
    // class instance used as a record: read as one, the accessors of its prototypes included.
    const kind = classKind(v as object, proto as object, path);
    if (kind === 'date') return new Date(dateTimeValue(v as Date, path)); // read once, from its time value
    if (kind === 'foreign') return boxForeign(v as object);
    accessors = kind;
  }
  const o = v as object;
  const seen = st.open.indexOf(o);
  if (seen >= 0) throw new InvalidInputError(st.openPaths[seen]!, 'Input is cyclic: this value contains itself', {});
  st.open.push(o);
  st.openPaths.push(path);
  const out = isArray ? copyArray(v as readonly unknown[], path, depth, st) : copyRecord(v as Record<string, unknown>, path, depth, st, accessors);
  st.open.pop();
  st.openPaths.pop();
  return out;
}

function copyArray(a: readonly unknown[], path: ErrorPath, depth: number, st: State): readonly unknown[] {
  let length: number;
  try {
    length = a.length;
  } catch {
    throw unreadable(path);
  }
  if (length > st.maxItems) {
    throw new OutOfRangeError(path, `List of ${length} items is longer than the limit of ${st.maxItems}`, { length, max: st.maxItems });
  }
  const out = new Array<unknown>(length);
  for (let i = 0; i < length; i++) {
    const item = listItem(a, i, path);
    if (isPlainScalar(item, st)) {
      st.values++;
      out[i] = item === 0 ? 0 : item;
    } else out[i] = copy(item, [...path, i], depth + 1, st);
  }
  return Object.freeze(out);
}

function copyRecord(r: Record<string, unknown>, path: ErrorPath, depth: number, st: State, accessors?: readonly string[]): Record<string, unknown> {
  let keys: string[];
  try {
    keys = Object.keys(r);
  } catch {
    throw unreadable(path);
  }
  if (accessors !== undefined) for (const k of accessors) if (!keys.includes(k)) keys.push(k);
  if (keys.length > MAX_KEYS) throw new OutOfRangeError(path, `Object with ${keys.length} keys; the limit is ${MAX_KEYS}`, { keys: keys.length, max: MAX_KEYS });
  const out = newRecord();
  for (const k of keys) {
    if (k.length > MAX_ID_LENGTH) throw new OutOfRangeError(path, `Key of ${k.length} characters is longer than the limit of ${MAX_ID_LENGTH}`, { max: MAX_ID_LENGTH });
    let item: unknown;
    try {
      item = r[k];
    } catch {
      throw unreadable([...path, k]);
    }
    // Plain values (the usual fields) are copied here, as copy() would, without making their path.
    let c: unknown;
    if (depth === 0 && st.keep.length !== 0 && st.keep.includes(k)) c = item;
    else if (isPlainScalar(item, st)) {
      st.values++;
      c = item === 0 ? 0 : item;
    } else c = copy(item, [...path, k], depth + 1, st);
    setField(out, k, c); // `toString`, `__proto__` …: an own field
  }
  return Object.freeze(out);
}

/** Most prototypes walked above a class instance (a longer chain is refused). */
const MAX_PROTOTYPES = 16;

/**
 * What a value with a prototype other than `Object.prototype` is: a `Date`; a js-joda or Temporal value (recognised
 * by src/time/foreign.ts's `looksForeign`), which the parsers read; or a class instance
 * used as a record, given as the names of the getters its prototypes define (read with its own keys, once each).
 * A typed array, an ArrayBuffer or a boxed string (whose items would be keys) is refused.
 * @throws {InvalidInputError} a trap or getter that throws while the kind is found; a typed array or buffer
 * @throws {OutOfRangeError} a prototype chain longer than MAX_PROTOTYPES, or more accessors than MAX_KEYS
 */
function classKind(v: object, proto: object, path: ErrorPath): 'date' | 'foreign' | readonly string[] {
  const accessors: string[] = [];
  try {
    // The prototypes, walked once (their number bounded): a Date's is found here.
    const protos: object[] = [];
    for (let p: object | null = proto; p !== null && p !== Object.prototype; p = Object.getPrototypeOf(p) as object | null) {
      if (p === Date.prototype) return 'date';
      if (protos.length === MAX_PROTOTYPES) throw new OutOfRangeError(path, `Object with a chain of more than ${MAX_PROTOTYPES} prototypes`, { max: MAX_PROTOTYPES });
      protos.push(p);
    }
    if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof SharedArrayBuffer || isBoxedString(v)) {
      throw new InvalidInputError(path, `Expected JSON data, received ${Object.prototype.toString.call(v)}`, { received: 'a binary or boxed value' });
    }
    // A js-joda or Temporal value before any getter is listed: their prototypes are long, and the parsers read them.
    if (looksForeign(v)) return 'foreign';
    for (const p of protos) {
      for (const name of Object.getOwnPropertyNames(p)) {
        if (name === 'constructor' || name === '__proto__') continue;
        if (typeof Object.getOwnPropertyDescriptor(p, name)?.get !== 'function') continue;
        if (accessors.length >= MAX_KEYS) throw new OutOfRangeError(path, `Object with more than ${MAX_KEYS} getters`, { max: MAX_KEYS });
        if (!accessors.includes(name)) accessors.push(name);
      }
    }
  } catch (e) {
    if (e instanceof InvalidInputError || e instanceof OutOfRangeError) throw e;
    throw unreadable(path);
  }
  return accessors;
}

function isBoxedString(v: object): boolean {
  try {
    String.prototype.valueOf.call(v);
    return true;
  } catch {
    return false;
  }
}


/** A string within the limit, a number, a boolean or undefined, with room left under MAX_VALUES: what copy() returns as it is (-0 aside). */
function isPlainScalar(v: unknown, st: State): boolean {
  return (typeof v === 'string' ? v.length <= st.maxString : typeof v === 'number' || typeof v === 'boolean' || v === undefined) && st.values < MAX_VALUES;
}

/**
 * The known-shape fast path of the boundary (internal): whether `value` is a plain object (prototype
 * `Object.prototype`) whose enumerable keys are all known to `isKnown` (a set of keys or a predicate), found by walking its keys without
 * reading any value (no getter runs). Such an input can be read by the entry point itself, each field
 * once into a local with {@link readField}, with the same answers and errors as {@link readInput} and no
 * copy or freeze; anything else (a Proxy whose traps throw, another prototype, an unknown key) is for
 * `readInput`.
 * @example isKnownShape({ a: 1 }, (k) => k === 'a') //=> true
 */
export function isKnownShape(value: unknown, isKnown: ((key: string) => boolean) | ReadonlySet<string>): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  try {
    if (Object.getPrototypeOf(value) !== Object.prototype) return false;
    // A key a caller's realm put on Object.prototype would be walked below as the input's own: readInput reads own keys only.
    if (objectPrototypeHasEnumerableKeys()) return false;
    if (typeof isKnown === 'function') {
      for (const k in value) if (!isKnown(k)) return false;
    } else {
      for (const k in value) if (!isKnown.has(k)) return false;
    }
  } catch {
    return false; // readInput reports it
  }
  return true;
}

/** An empty plain object: its `for…in` walks only the enumerable keys of Object.prototype. */
const PLAIN_EMPTY: object = Object.freeze({});

/**
 * Whether Object.prototype has an enumerable key (internal): then a `for…in` over a plain object walks inherited keys
 * too. One walk of an empty object, which V8 answers from its enumeration caches: cheaper than a check per key.
 * @example objectPrototypeHasEnumerableKeys() //=> false
 */
export function objectPrototypeHasEnumerableKeys(): boolean {
  for (const _ in PLAIN_EMPTY) return true;
  return false;
}

/**
 * One field of a plain record, read once by the caller from `parent[key]` (the value is passed, not read
 * here), checked and copied as {@link readInput} does for a field of `parent`: strings within the limit,
 * numbers (`-0` as `0`), booleans and undefined as they are; anything else through the full read (a
 * list or record is copied and frozen, a table of the library's loaders kept, a bigint rejected, …) with
 * `parent` as the ancestor, so cycles and depths count as in `readInput(parent)`.
 * @throws as {@link readInput}, with `path` `[key]`
 * @example readField({ a: -0 }, 'a', -0) //=> 0
 */
export function readField(parent: object, key: string, value: unknown): unknown {
  switch (typeof value) {
    case 'string':
      if (value.length <= MAX_STRING_LENGTH) return value;
      break;
    case 'number':
      return value === 0 ? 0 : value;
    case 'boolean':
    case 'undefined':
      return value;
    default:
      if (value === null) return null;
      break;
  }
  if (isBrandedTable(value)) return value;
  const st: State = { maxItems: MAX_ITEMS, maxString: MAX_STRING_LENGTH, keep: NO_KEYS, values: 1, open: [parent], openPaths: [[]] };
  return copy(value, [key], 1, st);
}

/**
 * {@link readField} for a field that takes a list of ids (`options`): a list of strings within the limit,
 * without holes, is copied here into a fresh array that is NOT frozen (internal: the entry point reads it
 * and never shares it); anything else is read by {@link readField} (same checks, same errors).
 * @example readIdListField({}, 'options', ['a']) //=> ['a']
 */
export function readIdListField(parent: object, key: string, value: unknown): unknown {
  let length = -1;
  try {
    if (Array.isArray(value)) length = (value as readonly unknown[]).length;
  } catch {
    length = -1;
  }
  if (length < 0 || length > MAX_ITEMS || isBrandedTable(value)) return readField(parent, key, value);
  const a = value as readonly unknown[];
  const out: unknown[] = [];
  // Strings are kept as they are; from the first other item on, items go through the full read, as readInput's would.
  let st: State | undefined;
  for (let i = 0; i < length; i++) {
    const item = listItem(a, i, [key]);
    if (st === undefined && typeof item === 'string' && item.length <= MAX_STRING_LENGTH) out.push(item);
    else out.push(copy(item, [key, i], 2, (st ??= { maxItems: MAX_ITEMS, maxString: MAX_STRING_LENGTH, keep: NO_KEYS, values: 2 + i, open: [parent, a], openPaths: [[], [key]] })));
  }
  return st === undefined ? out : Object.freeze(out);
}

/**
 * The known shape of a nested input value (internal): a `'record'` (a plain object with only the keys
 * `isKnown` accepts) or a `'list'` of such records; `fields` gives the shapes of some of the record's keys.
 */
export interface InputShape {
  readonly kind: 'record' | 'list';
  readonly isKnown: (key: string) => boolean;
  readonly fields?: ReadonlyMap<string, InputShape>;
  /**
   * A record's (or each list item's) blank: a fresh record of fixed shape with every known key present and
   * undefined, filled field by field (reading its fields afterwards is then cheaper). Absent: a record
   * with the input's own keys.
   */
  readonly blank?: () => Record<string, unknown>;
}

/**
 * {@link readField} for a field of a known {@link InputShape} (invoice `lines`, a billing `contract`): a
 * value of that shape is read field by field, once, into fresh records and lists (not frozen: internal,
 * never shared), every value checked as `readInput` checks it; anything that is not of the shape (another
 * prototype, an unknown key, a Proxy whose traps throw, …) goes through the full read there, as it would
 * in `readInput` — the same values, errors and paths, in the same order.
 * @example readShapedField({}, 'lines', [{ a: -0 }], { kind: 'list', isKnown: (k) => k === 'a' }) //=> [{ a: 0 }]
 */
export function readShapedField(parent: object, key: string, value: unknown, shape: InputShape): unknown {
  const st: State = { maxItems: MAX_ITEMS, maxString: MAX_STRING_LENGTH, keep: NO_KEYS, values: 1, open: [parent], openPaths: [[]] };
  if (isPlainScalar(value, st)) return value === 0 ? 0 : value;
  return shape.kind === 'list' ? readShapedList(value, [key], 1, st, shape) : readShapedRecord(value, [key], undefined, 1, st, shape);
}

/** copy() for a value expected to be a list of records of `shape`. */
function readShapedList(v: unknown, path: ErrorPath, depth: number, st: State, shape: InputShape): unknown {
  let isArray = false;
  try {
    isArray = Array.isArray(v);
  } catch {
    isArray = false;
  }
  if (!isArray || depth >= MAX_DEPTH || st.open.includes(v as object) || isBrandedTable(v) || st.values >= MAX_VALUES) return copy(v, path, depth, st);
  st.values++;
  const a = v as readonly unknown[];
  let length: number;
  try {
    length = a.length;
  } catch {
    throw unreadable(path);
  }
  if (length > st.maxItems) throw new OutOfRangeError(path, `List of ${length} items is longer than the limit of ${st.maxItems}`, { length, max: st.maxItems });
  st.open.push(a);
  st.openPaths.push(path);
  const out: unknown[] = [];
  for (let i = 0; i < length; i++) {
    const item = listItem(a, i, path);
    if (isPlainScalar(item, st)) {
      st.values++;
      out.push(item === 0 ? 0 : item);
    } else out.push(readShapedRecord(item, path, i, depth + 1, st, shape));
  }
  st.open.pop();
  st.openPaths.pop();
  return out;
}

/**
 * copy() for a value expected to be a record of `shape`, at `[...base, index]` (or at `base` when `index`
 * is undefined). The path is made only when needed (an error, a nested value), so that a flat record of
 * scalars (an invoice line) costs no allocation but its own copy; for the same reason the record joins the
 * ancestors (cycle detection) only once a nested value is read.
 */
function readShapedRecord(r: unknown, base: ErrorPath, index: string | number | undefined, depth: number, st: State, shape: InputShape): unknown {
  let path = index === undefined ? base : undefined;
  if (depth >= MAX_DEPTH || st.values >= MAX_VALUES || !isKnownShape(r, shape.isKnown) || st.open.includes(r) || isBrandedTable(r)) {
    return copy(r, path ?? [...base, index!], depth, st);
  }
  st.values++;
  const blank = own(shape, 'blank'); // own: the shapes are the library's literals
  const out: Record<string, unknown> = blank === undefined ? newRecord() : blank();
  let field: string | undefined;
  let opened = false;
  try {
    for (const k in r) {
      field = k;
      const x: unknown = r[k];
      field = undefined;
      let c: unknown;
      if (isPlainScalar(x, st)) {
        st.values++;
        c = x === 0 ? 0 : x;
      } else {
        path ??= [...base, index!];
        if (!opened) {
          st.open.push(r);
          st.openPaths.push(path);
          opened = true;
        }
        const sub = own(shape, 'fields')?.get(k);
        c = sub === undefined ? copy(x, [...path, k], depth + 1, st) : sub.kind === 'list' ? readShapedList(x, [...path, k], depth + 1, st, sub) : readShapedRecord(x, path, k, depth + 1, st, sub);
      }
      out[k] = c;
    }
  } catch (e) {
    path ??= [...base, index!];
    if (field !== undefined) throw unreadable([...path, field]); // the field's getter or Proxy trap threw
    if (e instanceof InvalidInputError || e instanceof OutOfRangeError) throw e; // a value refused
    throw unreadable(path); // the key walk itself (a Proxy)
  }
  if (opened) {
    st.open.pop();
    st.openPaths.pop();
  }
  return out;
}

/**
 * The known-shape fast path as one call (internal), for entry points whose input is a flat record of
 * known keys: `undefined` unless {@link isKnownShape}; else a fresh record (not frozen: the entry point
 * reads it and never shares it) of each field read once and checked by {@link readField}, in the
 * caller's key order — the same values and errors as `readInput`, without its copy of every level and
 * its freeze. Lists and records inside are read by the full read (copied and frozen), but those of a
 * key given in `shapes`, read by {@link readShapedField}, and those whose shape is `'kept'`, taken as they are (as
 * `readInput`'s `keep` takes a top-level field). `blank`, when given, is the record to fill: one of
 * fixed shape with every known key present (undefined), which the entry point then reads faster.
 * @throws as readInput
 * @example readKnownFields({ a: -0 }, new Set(['a'])) //=> { a: 0 }
 */
export function readKnownFields<T>(input: T, known: ((key: string) => boolean) | ReadonlySet<string>, shapes?: ReadonlyMap<string, InputShape | 'kept'>, blank?: Record<string, unknown>): T | undefined {
  if (!isKnownShape(input, known)) return undefined;
  const out: Record<string, unknown> = blank ?? newRecord();
  let key: string | undefined;
  try {
    for (const k in input) {
      key = k;
      const v: unknown = input[k];
      key = undefined;
      const shape = shapes?.get(k);
      out[k] = shape === undefined ? readField(input, k, v) : shape === 'kept' ? v : readShapedField(input, k, v, shape);
    }
  } catch (e) {
    readFailure(e, key);
  }
  return out as T;
}

/**
 * What {@link readKnownFields} throws when a read failed (internal, for an entry point that reads its known fields into
 * locals the same way): `key` set while a field's getter or Proxy trap ran.
 */
export function readFailure(e: unknown, key: string | undefined): never {
  if (key !== undefined) throw unreadable([key]); // the field's getter or Proxy trap threw
  if (e instanceof InvalidInputError || e instanceof OutOfRangeError) throw e; // a field's value refused by readField
  throw unreadable([]); // the key walk itself (a Proxy)
}

/**
 * The error of a field whose getter or Proxy trap threw (internal, for the fast path's own reads).
 * @example unreadableField('at').path //=> ['at']
 */
export function unreadableField(key: string): InvalidInputError {
  return unreadable([key]);
}

/** Item `i` of list `a`, read once: a getter or trap that throws, or a hole, is a typed error at `[...path, i]`. */
function listItem(a: readonly unknown[], i: number, path: ErrorPath): unknown {
  let present: boolean;
  let item: unknown;
  try {
    present = i in a;
    item = present ? a[i] : undefined;
  } catch {
    throw unreadable([...path, i]);
  }
  if (!present) throw new InvalidInputError([...path, i], `List has a hole at index ${i}`, { index: i });
  return item;
}

function unreadable(path: ErrorPath): InvalidInputError {
  return new InvalidInputError(path, 'Could not read this value (a getter or proxy threw)', {});
}

function tooLong(path: ErrorPath, length: number, max: number): OutOfRangeError {
  return new OutOfRangeError(path, `String of ${length} characters is longer than the limit of ${max}`, { length, max });
}

/**
 * Requires an id or name of plausible length before any look-up (so no "did you mean" search runs on a huge text).
 * @throws {OutOfRangeError} a string longer than `MAX_ID_LENGTH`
 * @example checkIdLength('oas-plan-a', ['planId']) //=> 'oas-plan-a'
 */
export function checkIdLength<T>(value: T, path: ErrorPath): T {
  if (typeof value === 'string' && value.length > MAX_ID_LENGTH) throw tooLong(path, value.length, MAX_ID_LENGTH);
  return value;
}

/**
 * A cache key for a value read by {@link readInput}: its JSON text when it is plain data only (strings, finite
 * numbers, booleans, null, arrays, plain objects), else `undefined` (then the caller does not cache). Written here
 * rather than by `JSON.stringify`, which would call a `toJSON` a caller put on Object.prototype or Array.prototype,
 * so no caller can steer another caller's cache entry.
 * @example plainKey(['a', 1]) //=> '["a",1]'
 */
export function plainKey(value: unknown): string | undefined {
  return keyText(value, 0);
}

function keyText(v: unknown, depth: number): string | undefined {
  switch (typeof v) {
    case 'string':
      return JSON.stringify(v); // a primitive: no toJSON is looked up
    case 'boolean':
      return v ? 'true' : 'false';
    case 'number':
      return Number.isFinite(v) ? JSON.stringify(v) : undefined;
    case 'object':
      break;
    default:
      return undefined;
  }
  if (v === null) return 'null';
  if (depth > MAX_DEPTH) return undefined;
  let out: string;
  if (Array.isArray(v)) {
    out = '[';
    for (let i = 0; i < v.length; i++) {
      const t = v[i] === undefined ? 'null' : keyText(v[i], depth + 1);
      if (t === undefined) return undefined;
      out += i === 0 ? t : `,${t}`;
    }
    return `${out}]`;
  }
  const proto: unknown = Object.getPrototypeOf(v);
  if (!isPlainPrototype(proto)) return undefined; // not null: a js-joda or Temporal value's box has no keys
  out = '{';
  for (const k of Object.keys(v)) {
    const x: unknown = (v as Record<string, unknown>)[k];
    if (x === undefined) continue;
    const t = keyText(x, depth + 1);
    if (t === undefined) return undefined;
    out += `${out.length === 1 ? '' : ','}${JSON.stringify(k)}:${t}`;
  }
  return `${out}}`;
}

/**
 * Reads an optional options argument: `undefined` is `{}`, a plain object is read by {@link readInput}.
 * @throws {InvalidInputError} anything else (null, an array, a primitive), at `path`
 * @example readOptions(undefined, []) //=> {}
 */
export function readOptions<T>(options: T, path: ErrorPath): T {
  if (options === undefined) return EMPTY_RECORD as T;
  const o = readInput(options, path);
  if (o === null || typeof o !== 'object' || Array.isArray(o) || Object.getPrototypeOf(o) !== RECORD_PROTOTYPE) {
    throw new InvalidInputError(path, 'Expected an options object', { received: o === null ? 'null' : Array.isArray(o) ? 'an array' : typeof o });
  }
  return o;
}

/**
 * Runs `f`; an error of the library without a path (an overflow found deep in a computation) is given `path`,
 * the input field whose size caused it, so that a field-caused error always names its field.
 * @example withPath(['lines'], () => 1) //=> 1
 */
export function withPath<T>(path: ErrorPath, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof OutOfRangeError && e.path.length === 0) throw new OutOfRangeError(path, e.message, { ...e.details });
    throw e;
  }
}

/**
 * An option that takes one of a few names: `undefined` when absent, the name when it is one of `allowed`.
 * @throws {InvalidInputError} at `path` for anything else (null, a misspelling, another type)
 * @example parseEnum('daily', ['whole-month', 'daily'], ['partialMonth']) //=> 'daily'
 */
export function parseEnum<T extends string>(value: unknown, allowed: readonly T[], path: ErrorPath): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly unknown[]).includes(value)) return value as T;
  throw new InvalidInputError(path, `Expected one of ${allowed.map((a) => `'${a}'`).join(', ')}, received ${quotedValueText(value)}`, { value: valueText(value) });
}
