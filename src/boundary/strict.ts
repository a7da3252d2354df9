/**
 * Misspelt keys are refused (internal): a field or option written a little wrong (`ned` for `end`, `roundng` for
 * `rounding`, `optons` for `options`) would otherwise be ignored and the answer computed without it: a wrong number
 * and no error. A key near none of the known ones (`customerId` on a contract, the other columns of a database row, the
 * other fields of a class instance) is still ignored, as before: the library reads the fields it knows. An entry point
 * calls {@link rejectMisspeltKeys} on the copy of its input that the boundary made (own keys only: what
 * `Object.prototype` holds is not the caller's input). Why near keys only: docs/architecture.md, "Misspelt keys".
 */
import { InvalidInputError, type ErrorPath } from '../errors.js';
import { editDistance } from '../text/closest.js';
import type { InputShape } from './read.js';
import { isPlainPrototype, own } from './record.js';

/** An entry point's keys, and the shapes of its nested records and lists. */
export interface StrictShape {
  readonly keys: readonly string[];
  readonly fields?: ReadonlyMap<string, StrictField>;
}

/** A record or list inside a {@link StrictShape}. */
export type StrictField = StrictShape & { readonly kind: InputShape['kind'] };

/**
 * A nested record of a {@link StrictShape}: its keys, and the shapes of its own nested fields.
 * @example strictRecord(['planId', 'options'], [['options', strictList(['optionId'])]]).kind //=> 'record'
 */
export const strictRecord = (keys: readonly string[], fields?: ReadonlyArray<readonly [string, StrictField]>): StrictField => ({ kind: 'record', keys, ...(fields ? { fields: new Map(fields) } : {}) });
/**
 * A nested list of a {@link StrictShape}: the keys of each of its records.
 * @example strictList(['feeId', 'quantity']).kind //=> 'list'
 */
export const strictList = (keys: readonly string[]): StrictField => ({ kind: 'list', keys });

/**
 * Throws at the first key of `value` (a record the boundary copied), or of a record or list inside it, that is not
 * known but near a known one: the same letters in another case, one a prefix of the other (3 letters or more, at most
 * 2 apart), or at most a third of the known key's length in edits (a swap of two letters is one edit).
 * @throws {InvalidInputError} at the key's path, naming the keys it is near
 * @example rejectMisspeltKeys({ ned: '2025-05-01' }, { keys: ['start', 'end'] }) // throws at ['ned']: did you mean end?
 * @example rejectMisspeltKeys({ customerId: 'C001' }, { keys: ['start', 'end'] }) // returns: not near a known key
 */
export function rejectMisspeltKeys(value: unknown, shape: StrictShape, path: ErrorPath = []): void {
  // Plain records only (the boundary's copies, whose fields are data): an instance of a class is read by name. On an
  // input whose keys are all known nothing is allocated but a nested record's path (the check runs on every call).
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return;
  let proto: unknown;
  try {
    proto = Object.getPrototypeOf(value);
  } catch {
    return; // not readable as a record: the entry point's own reads refuse it
  }
  if (!isPlainPrototype(proto)) return;
  const known = shape.keys;
  const fields = own(shape, 'fields'); // own: a key on Object.prototype is not a field of the library's shapes
  const record = value as Record<string, unknown>;
  for (const k in record) {
    if (!Object.hasOwn(record, k)) continue; // a key on Object.prototype is not the caller's
    if (!known.includes(k)) {
      const near = nearKeys(k, known);
      if (near.length > 0) {
        throw new InvalidInputError([...path, k], `Unknown field ${JSON.stringify(k)}: did you mean ${near.map((n) => JSON.stringify(n)).join(' or ')}? (known: ${known.join(', ')})`, {
          known: [...known],
          closest: near,
        });
      }
      continue;
    }
    const sub = fields?.get(k);
    if (sub === undefined) continue;
    const v = record[k];
    if (v === null || typeof v !== 'object') continue;
    if (own(sub, 'kind') === 'list') {
      if (!Array.isArray(v)) continue;
      for (let j = 0; j < v.length; j++) {
        const item: unknown = v[j];
        if (item !== null && typeof item === 'object') rejectMisspeltKeys(item, sub, [...path, k, j]);
      }
    } else {
      rejectMisspeltKeys(v, sub, [...path, k]);
    }
  }
}

/** The known keys `k` is near (see {@link rejectMisspeltKeys}). */
function nearKeys(k: string, keys: readonly string[]): string[] {
  if (k.length > 64) return [];
  const lower = k.toLowerCase();
  return keys.filter((c) => {
    const l = c.toLowerCase();
    if (l === lower) return true;
    if (Math.min(l.length, lower.length) >= 3 && Math.abs(l.length - lower.length) <= 2 && (l.startsWith(lower) || lower.startsWith(l))) return true;
    return isSwap(lower, l) || editDistance(lower, l) <= Math.max(1, Math.floor(l.length / 3));
  });
}

/** Whether `b` is `a` with two neighbouring letters swapped (`ned` / `end`). */
function isSwap(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return i < a.length - 1 && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
}
