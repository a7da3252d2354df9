/**
 * Reading a caller's rollover policy without zod (so that the quota capability loads no schema library).
 * It accepts and rejects exactly what RolloverPolicySchema does and reports the same first issue
 * (path and message); test/quota/rollover-input.test.ts holds the two equal over generated values.
 */
import { isPlainPrototype } from '../boundary/record.js';
import type { RolloverPolicy } from './schema.js';

/** The first problem of a value as a rollover policy: its path and message, as RolloverPolicySchema words it. */
export interface RolloverIssue {
  readonly path: readonly (string | number)[];
  readonly message: string;
}

/** A value's type as zod's messages name it ("received …"). */
function receivedName(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return Number.isNaN(value) ? 'NaN' : Number.isFinite(value) ? 'number' : String(value);
    case 'object': {
      if (value === null) return 'null';
      if (Array.isArray(value)) return 'array';
      const proto: unknown = Object.getPrototypeOf(value);
      if (!isPlainPrototype(proto) && 'constructor' in value && value.constructor) {
        return (value.constructor as { name: string }).name;
      }
      return 'object';
    }
    default:
      return typeof value;
  }
}

/** The first failing check of a count (whole, ≥ 0, ≤ 1,000,000, ≥ 1, ≤ `max`), in the schema's order. */
function countMessage(value: unknown, max: number | undefined): string | undefined {
  if (typeof value !== 'number' || !Number.isFinite(value)) return `Invalid input: expected number, received ${receivedName(value)}`;
  if (!Number.isSafeInteger(value)) return 'Counts are whole numbers';
  if (value < 0) return 'Counts are never negative';
  if (value > 1_000_000) return 'Too big: expected number to be <=1000000';
  if (value < 1) return 'Too small: expected number to be >=1';
  if (max !== undefined && value > max) return `Too big: expected number to be <=${max}`;
  return undefined;
}

function unrecognizedIssue(input: object, known: readonly string[]): RolloverIssue | undefined {
  const extra: string[] = [];
  for (const key in input) if (!known.includes(key)) extra.push(key);
  if (extra.length === 0) return undefined;
  const list = extra.map((k) => JSON.stringify(k)).join(', ');
  return { path: [], message: `Unrecognized key${extra.length > 1 ? 's' : ''}: ${list}` };
}

/**
 * Reads a rollover policy: the policy (a fresh plain object of its known fields) or its first issue.
 * @example readRolloverPolicy({ kind: 'none' }) //=> { ok: true, policy: { kind: 'none' } }
 */
export function readRolloverPolicy(input: unknown): { ok: true; policy: RolloverPolicy } | { ok: false; issue: RolloverIssue } {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return { ok: false, issue: { path: [], message: `Invalid input: expected object, received ${receivedName(input)}` } };
  }
  const o = input as Record<string, unknown>;
  const kind = o.kind;
  if (kind === 'none') {
    const extra = unrecognizedIssue(o, ['kind']);
    return extra ? { ok: false, issue: extra } : { ok: true, policy: { kind: 'none' } };
  }
  if (kind === 'carry-over') {
    const maxUnitsPerMonth = o.maxUnitsPerMonth;
    const validForMonths = o.validForMonths;
    const m = countMessage(maxUnitsPerMonth, undefined);
    if (m !== undefined) return { ok: false, issue: { path: ['maxUnitsPerMonth'], message: m } };
    const v = countMessage(validForMonths, 120);
    if (v !== undefined) return { ok: false, issue: { path: ['validForMonths'], message: v } };
    const extra = unrecognizedIssue(o, ['kind', 'maxUnitsPerMonth', 'validForMonths']);
    if (extra) return { ok: false, issue: extra };
    return { ok: true, policy: { kind: 'carry-over', maxUnitsPerMonth: maxUnitsPerMonth as number, validForMonths: validForMonths as number } };
  }
  return { ok: false, issue: { path: ['kind'], message: "Invalid discriminator value. Expected 'none' | 'carry-over'" } };
}
