import { defineOwn, RECORD_PROTOTYPE } from './boundary/record.js';

/**
 * Typed errors. Every error the library throws is a {@link ContractRulesError}
 * with a stable `code`, the `path` of the offending input and structured `details`.
 * Nothing else escapes the public API.
 *
 * @example
 * try { getPlan('nope'); } catch (e) {
 *   if (e instanceof ContractRulesError) console.log(e.code, e.path);
 * }
 * //=> 'not_found' ['id']
 */
export type ErrorCode =
  | 'invalid_input'
  | 'invalid_catalog'
  | 'not_found'
  | 'out_of_range'
  | 'conflict';

/** Path to the offending value, as in zod: keys and array indexes. */
export type ErrorPath = ReadonlyArray<string | number>;

/** One problem found in an input or a catalog. */
export interface Issue {
  /** Machine-readable issue code (zod's codes for schema issues). */
  readonly code: string;
  /** Where in the input the problem is. */
  readonly path: ErrorPath;
  /** A sentence a person can read. */
  readonly message: string;
}

/**
 * The brand every ContractRulesError carries, shared through the global symbol registry so that the ESM
 * and CommonJS copies of the package (and two installed versions) recognise each other's errors.
 */
const BRAND: unique symbol = Symbol.for('support-contract-rules.ContractRulesError') as never;

/**
 * Base class of every error the library throws: tell errors apart by `code` (or the subclass), never by text.
 * @example
 * try { parseIsoDate('2026-02-30', ['on']); } catch (e) { if (e instanceof ContractRulesError) e.code; }
 * //=> 'invalid_input'
 */
export class ContractRulesError extends Error {
  readonly code: ErrorCode;
  readonly path: ErrorPath;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    path: ErrorPath,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    const safePath = pathOf(path);
    const text = messageText(message);
    super(safePath.length > 0 ? `${formatSegments(safePath)}: ${text}` : text);
    this.name = 'ContractRulesError';
    this.code = typeof code === 'string' ? (code.slice(0, 100) as ErrorCode) : 'invalid_input';
    this.path = safePath;
    this.details = prepared.has(details) ? details : jsonSafeDetails(details);
    defineOwn(this, BRAND, { value: true });
  }

  /**
   * `instanceof ContractRulesError` holds for an error of any copy of the package (ESM and CommonJS
   * builds, two installed versions); subclasses keep the ordinary check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this === ContractRulesError) return isContractRulesError(value);
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/**
 * Whether a value is an error thrown by this library, whichever copy threw it: the ESM or the CommonJS
 * build, or another installed version (a `Symbol.for` brand, not the class identity). Narrows to
 * {@link ContractRulesError}; tell errors apart by `code`.
 * @example isContractRulesError(new InvalidInputError(['on'], 'Expected a date')) //=> true
 * @example isContractRulesError(new Error('other')) //=> false
 */
export function isContractRulesError(value: unknown): value is ContractRulesError {
  if (typeof value !== 'object' || value === null) return false;
  try {
    return (value as { [BRAND]?: unknown })[BRAND] === true;
  } catch {
    return false; // a revoked Proxy, or one whose get trap throws: not an error of the library
  }
}

/** Most segments of an error path (input nesting is at most 32 levels deep). */
const MAX_PATH_SEGMENTS = 64;

/** A frozen copy of a path: its string and number segments (a path given by a caller may be anything). */
function pathOf(path: unknown): ErrorPath {
  const out: (string | number)[] = [];
  try {
    if (!Array.isArray(path)) return Object.freeze(out);
    // At most MAX_PATH_SEGMENTS segments are read: a path is short, and a sparse array of length 1e8 must not cost a second.
    const n = Math.min(path.length, MAX_PATH_SEGMENTS);
    for (let i = 0; i < n; i++) {
      const seg: unknown = path[i];
      // An index is a whole number ≥ 0; any other number (NaN, -1, 1e308) is kept as its text, and a long key is cut.
      if (typeof seg === 'string') out.push(seg.length > MAX_DETAIL_TEXT ? `${seg.slice(0, MAX_DETAIL_TEXT)}…` : seg);
      else if (typeof seg === 'number') out.push(Number.isSafeInteger(seg) && seg >= 0 ? seg : String(seg));
    }
  } catch {
    // an unreadable path (a revoked Proxy, a throwing trap or iterator): the segments read so far
  }
  return Object.freeze(out);
}

/**
 * A copy of error details that `JSON.stringify` can always write: a bigint becomes its digits with `n`, a symbol
 * or function its kind, a cycle, a value too deep or an unreadable value (a throwing getter or Proxy) a marker
 * text; plain objects and arrays are copied and frozen. Class instances with a library meaning (Decimal) keep
 * their text. Never throws.
 */
/** Longest message kept (a longer one, which can only echo a caller's huge value, is cut with its length said). */
const MAX_MESSAGE = 10_000;

/** An error's message as text: a string (cut beyond MAX_MESSAGE), else a fixed text (no caller's `toString` runs). */
function messageText(message: unknown): string {
  if (typeof message !== 'string') return typeof message === 'number' || typeof message === 'boolean' ? String(message) : 'An error (its message was not text)';
  return message.length > MAX_MESSAGE ? `${message.slice(0, MAX_MESSAGE)}… (${message.length} characters)` : message;
}

function jsonSafeDetails(details: Record<string, unknown>): Readonly<Record<string, unknown>> {
  const out = safe(details, 0, new Set());
  return (out !== null && typeof out === 'object' && !Array.isArray(out) ? out : Object.freeze({})) as Readonly<Record<string, unknown>>;
}

const MAX_DETAIL_DEPTH = 8;
/** Most items of a list, keys of an object and characters of a text copied into error details. */
export const MAX_DETAIL_ITEMS = 50;
export const MAX_DETAIL_TEXT = 1_000;

/** Details the library built already in the form {@link jsonSafeDetails} gives, so the constructor keeps them as they are. */
const prepared = new WeakSet<object>();

/**
 * Internal (not exported by any entry point): marks `details` as already JSON-safe, so an error keeps the
 * object instead of copying it (the copy costs microseconds on hot paths such as an address matching
 * nothing). The caller vouches that `details` is exactly what the copy would give: plain objects and
 * arrays frozen at every level, holding only strings of at most MAX_DETAIL_TEXT characters, finite numbers
 * other than -0, booleans and null, lists and objects of at most MAX_DETAIL_ITEMS entries, and no value
 * of a caller (test/errors checks the marked details of the library against the copy).
 */
export function preparedDetails<T extends Record<string, unknown>>(details: T): T {
  prepared.add(Object.freeze(details));
  return details;
}

function safe(v: unknown, depth: number, seen: Set<unknown>): unknown {
  switch (typeof v) {
    case 'string':
      return v.length > MAX_DETAIL_TEXT ? `${v.slice(0, MAX_DETAIL_TEXT)}… (${v.length} characters)` : v;
    case 'boolean':
    case 'undefined':
      return v;
    case 'number':
      return v === 0 ? 0 : v;
    case 'bigint': {
      const digits = v.toString();
      return digits.length > MAX_DETAIL_TEXT ? `${digits.slice(0, MAX_DETAIL_TEXT)}…n` : `${digits}n`;
    }
    case 'symbol':
      return 'a symbol';
    case 'function':
      return 'a function';
    default:
      break;
  }
  if (v === null) return null;
  if (seen.has(v) || depth >= MAX_DETAIL_DEPTH) return '[nested]';
  try {
    if (Array.isArray(v)) {
      // A bounded copy: a sparse list of length 1e8 costs no more than a short one.
      seen.add(v);
      const length = v.length;
      const a: unknown[] = [];
      for (let i = 0; i < Math.min(length, MAX_DETAIL_ITEMS); i++) a.push(safe(v[i], depth + 1, seen));
      if (length > MAX_DETAIL_ITEMS) a.push(`… ${length - MAX_DETAIL_ITEMS} more`);
      seen.delete(v);
      return Object.freeze(a);
    }
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null && proto !== RECORD_PROTOTYPE) {
      // A class instance (a Decimal, a Date, an Error): its text, which is what a reader of the error needs.
      if (v instanceof Date) {
        const time = Date.prototype.getTime.call(v); // not an overridden getTime; a look-alike throws (caught below)
        return Number.isNaN(time) ? 'Invalid Date' : new Date(time).toISOString();
      }
      if (v instanceof Error) return Object.freeze({ name: String(v.name), message: String(v.message) });
      // Containers whose text grows with their size: their kind only.
      if (ArrayBuffer.isView(v) || v instanceof ArrayBuffer || v instanceof Map || v instanceof Set) return Object.prototype.toString.call(v);
      // An object inheriting from an array (its join would walk a length of 1e9) is named by its tag only.
      if (Array.prototype.isPrototypeOf(v as object)) return Object.prototype.toString.call(v);
      const text = String(v);
      return typeof text !== 'string' ? 'an object' : text.length > MAX_DETAIL_TEXT ? `${text.slice(0, MAX_DETAIL_TEXT)}…` : text;
    }
    seen.add(v);
    const o: Record<string, unknown> = {};
    const keys = Object.keys(v as object);
    if (keys.length > MAX_DETAIL_ITEMS) keys.length = MAX_DETAIL_ITEMS;
    for (const k of keys) {
      const x = safe((v as Record<string, unknown>)[k], depth + 1, seen);
      if (k === '__proto__') defineOwn(o, k, { value: x, enumerable: true });
      else o[k] = x;
    }
    seen.delete(v);
    return Object.freeze(o);
  } catch {
    return 'an unreadable value';
  }
}

/**
 * A caller passed a value that is malformed or out of its allowed set.
 * @example new InvalidInputError(['amountYen'], 'Expected whole yen').message //=> 'amountYen: Expected whole yen'
 */
export class InvalidInputError extends ContractRulesError {
  constructor(path: ErrorPath, message: string, details: Record<string, unknown> = {}) {
    super('invalid_input', path, message, details);
    this.name = 'InvalidInputError';
  }
}

/**
 * A value is well-formed but outside the range the rules cover (e.g. a tax date before 1989-04-01).
 * @example new OutOfRangeError(['on'], 'No consumption tax before 1989-04-01').code //=> 'out_of_range'
 */
export class OutOfRangeError extends ContractRulesError {
  constructor(path: ErrorPath, message: string, details: Record<string, unknown> = {}) {
    super('out_of_range', path, message, details);
    this.name = 'OutOfRangeError';
  }
}

/**
 * An id or name that the catalog (or another table) does not hold; `details.closest` suggests near matches.
 * @example new NotFoundError(['planId'], 'Unknown plan').code //=> 'not_found'
 */
export class NotFoundError extends ContractRulesError {
  constructor(path: ErrorPath, message: string, details: Record<string, unknown> = {}) {
    super('not_found', path, message, details);
    this.name = 'NotFoundError';
  }
}

/**
 * Inputs that are each valid but contradict each other (an option of another plan, an end before a start).
 * @example new ConflictError(['contract', 'options', 0, 'optionId'], 'Option of another plan').code //=> 'conflict'
 */
export class ConflictError extends ContractRulesError {
  constructor(path: ErrorPath, message: string, details: Record<string, unknown> = {}) {
    super('conflict', path, message, details);
    this.name = 'ConflictError';
  }
}

/**
 * A catalog (fixture) failed validation; `issues` lists every problem with its JSON path.
 * @example
 * try { loadCatalog({ documents: [] }); } catch (e) { (e as CatalogValidationError).issues[0].path; }
 * //=> ['documents']
 */
export class CatalogValidationError extends ContractRulesError {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    const list = issueList(issues);
    super(
      'invalid_catalog',
      [],
      `Invalid catalog (${list.length} issue${list.length === 1 ? '' : 's'}):\n` +
        list.map((i) => `  - ${formatSegments(i.path) || '(root)'}: ${i.message} [${i.code}]`).join('\n'),
      { issues: list },
    );
    this.name = 'CatalogValidationError';
    this.issues = list;
  }
}

/** Most issues a CatalogValidationError keeps (a list can be no longer than the input's values). */
const MAX_ISSUES = 100_000;

/**
 * The issues given to a CatalogValidationError, read once into frozen issues of text and paths: a caller's list
 * may be anything (not a list, sparse, a Proxy, issues without a path).
 */
function issueList(issues: unknown): readonly Issue[] {
  const out: Issue[] = [];
  try {
    if (!Array.isArray(issues)) return Object.freeze(out);
    const n = Math.min(issues.length, MAX_ISSUES);
    for (let k = 0; k < n; k++) {
      const i: unknown = issues[k];
      if (i === null || typeof i !== 'object') continue;
      const { code, path, message } = i as { code?: unknown; path?: unknown; message?: unknown };
      out.push(Object.freeze({ code: typeof code === 'string' ? code.slice(0, 100) : 'custom', path: pathOf(path), message: messageText(message) }));
    }
  } catch {
    // an unreadable list or issue: the issues read so far
  }
  return Object.freeze(out);
}

/**
 * Formats an error path for people.
 * @example formatPath(['documents', 0, 'plans', 2, 'monthlyFeeYen']) //=> 'documents[0].plans[2].monthlyFeeYen'
 */
export function formatPath(path: ErrorPath): string {
  return formatSegments(pathOf(path));
}

/** {@link formatPath} of a path already copied by `pathOf`. */
function formatSegments(path: ErrorPath): string {
  let out = '';
  for (const seg of path) {
    out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  }
  return out;
}

// The classes and their prototypes are shared by every caller in the process: frozen, so that no caller can change
// what another's errors are (a probe that wrote through an error's prototype made every later \`new
// InvalidInputError\` throw a TypeError).
for (const c of [ContractRulesError, InvalidInputError, OutOfRangeError, NotFoundError, ConflictError, CatalogValidationError]) {
  Object.freeze(c.prototype);
  Object.freeze(c);
}
