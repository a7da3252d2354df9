/**
 * Compact JSON for batch answers, equal to `JSON.stringify(value)` for the plain data the library
 * returns, but faster on batches: the text of a frozen object whose children are all frozen (a
 * reason, a fixture's source passage, a catalog fact …) cannot change, so it is kept (in a WeakMap,
 * by identity) and reused by every later answer that shares the object.
 */

/** Serialized frozen subtrees, by identity: dropped with the objects. */
const frozenText = new WeakMap<object, string>();
/** Object keys as JSON strings with the colon (`"planId":`). */
const keyText = new Map<string, string>();
/** Whether the object serialized last (and its whole subtree) is frozen. */
let lastFrozen = true;

function key(k: string): string {
  let t = keyText.get(k);
  if (t === undefined) {
    t = `${JSON.stringify(k)}:`;
    if (keyText.size < 10_000) keyText.set(k, t);
  }
  return t;
}

/** JSON texts of short strings met before (ids, dates, months: a batch repeats them), by the string. */
const stringTexts = new Map<string, string>();

/**
 * `JSON.stringify(s)` for a string, kept for the short strings a batch repeats (a look-up costs a
 * tenth of JSON.stringify's call); at most 10,000 strings of at most 64 characters are kept.
 * @example stringJson('oas-plan-a') //=> '"oas-plan-a"'
 */
export function stringJson(s: string): string {
  if (s.length > 64) return JSON.stringify(s);
  let t = stringTexts.get(s);
  if (t === undefined) {
    t = JSON.stringify(s);
    if (stringTexts.size < 10_000) stringTexts.set(s, t);
  }
  return t;
}

/** JSON text of a value, or undefined where JSON.stringify would leave the value out. */
function text(v: unknown): string | undefined {
  switch (typeof v) {
    case 'string':
      return stringJson(v);
    case 'number':
      return Number.isFinite(v) ? String(v) : 'null';
    case 'boolean':
      return v ? 'true' : 'false';
    case 'object': {
      if (v === null) return 'null';
      const cached = frozenText.get(v);
      if (cached !== undefined) {
        lastFrozen = true;
        return cached;
      }
      let frozen = Object.isFrozen(v);
      let s: string;
      if (Array.isArray(v)) {
        s = '[';
        for (let i = 0; i < v.length; i++) {
          lastFrozen = true;
          const x = text(v[i]);
          frozen &&= lastFrozen;
          s += (i === 0 ? '' : ',') + (x ?? 'null');
        }
        s += ']';
      } else {
        if (typeof (v as { toJSON?: unknown }).toJSON === 'function') {
          lastFrozen = false;
          return JSON.stringify(v);
        }
        s = '{';
        let first = true;
        for (const k in v) {
          if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
          lastFrozen = true;
          const x = text((v as Record<string, unknown>)[k]);
          frozen &&= lastFrozen;
          if (x === undefined) continue;
          s += (first ? '' : ',') + key(k) + x;
          first = false;
        }
        s += '}';
      }
      if (frozen) frozenText.set(v, s);
      lastFrozen = frozen;
      return s;
    }
    case 'bigint':
      // As JSON.stringify: a BigInt cannot be serialized.
      return JSON.stringify(v);
    default:
      return undefined;
  }
}

/**
 * The compact JSON of an answer: the same text as `JSON.stringify(value)` for plain data (objects,
 * arrays, strings, finite numbers, booleans, null; `toJSON` honoured).
 */
export function answerJson(value: unknown): string {
  lastFrozen = true;
  return text(value) ?? 'null';
}

/** Where {@link writeAnswerJson} writes: text (encoded by the sink) and ready UTF-8 bytes. */
export interface JsonSink {
  add(text: string): void;
  addBytes(bytes: Uint8Array): void;
}

/** UTF-8 bytes of frozen subtrees, by identity (copied, not encoded again, by every later answer). */
const frozenBytes = new WeakMap<object, Uint8Array>();
const encoder = new TextEncoder();
let pending = '';

function flushTo(sink: JsonSink): void {
  if (pending.length > 0) {
    sink.add(pending);
    pending = '';
  }
}

function emit(v: unknown, sink: JsonSink): void {
  if (typeof v !== 'object' || v === null) {
    pending += text(v) ?? 'null';
    return;
  }
  const bytes = frozenBytes.get(v);
  if (bytes !== undefined) {
    flushTo(sink);
    sink.addBytes(bytes);
    return;
  }
  if (Object.isFrozen(v)) {
    lastFrozen = true;
    const s = text(v)!;
    if (lastFrozen) {
      const b = encoder.encode(s);
      frozenBytes.set(v, b);
      flushTo(sink);
      sink.addBytes(b);
    } else {
      pending += s;
    }
    return;
  }
  if (Array.isArray(v)) {
    pending += '[';
    for (let i = 0; i < v.length; i++) {
      if (i > 0) pending += ',';
      const x: unknown = v[i];
      if (x === undefined || typeof x === 'function' || typeof x === 'symbol') pending += 'null';
      else emit(x, sink);
    }
    pending += ']';
    return;
  }
  if (typeof (v as { toJSON?: unknown }).toJSON === 'function') {
    pending += JSON.stringify(v);
    return;
  }
  pending += '{';
  let first = true;
  for (const k in v) {
    if (!Object.prototype.hasOwnProperty.call(v, k)) continue;
    const x = (v as Record<string, unknown>)[k];
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
    pending += (first ? '' : ',') + key(k);
    first = false;
    emit(x, sink);
  }
  pending += '}';
}

/**
 * Writes the compact JSON of an answer (the text of {@link answerJson}) to a sink, copying the
 * ready UTF-8 bytes of frozen subtrees met before instead of encoding them again.
 */
export function writeAnswerJson(value: unknown, sink: JsonSink): void {
  pending = '';
  emit(value, sink);
  flushTo(sink);
}
