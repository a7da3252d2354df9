/**
 * Inquiry events: validated once at the edge, instants read once (fast path), units counted by the
 * plan's counting rule, and duplicate ids refused.
 */
// @ts-nocheck

import { ConflictError, InvalidInputError } from '../errors.js';
import { fastInstantMs, japanMonthIndexOf, parseInstantFast } from '../time/fast.js';
import type { QuotaCountingRule } from './schema.js';
import type { InstantInput } from '../time/index.js';

/**
 * One inquiry (or, for an incident-counted service, one accepted inquiry).
 *
 * - `id`: unique among the events passed;
 * - `at`: when it counts — when the inquiry was made, or, where the document says so (002), when the
 *   provider accepted it; ISO-8601, no offset = Japan time;
 * - `questions`: how many questions that cannot be split further it holds (default 1). Only a rule that
 *   counts per question (002) uses it; a rule that counts per inquiry (000, 001) counts the event once.
 * @example const e: QuotaEvent = { id: 'inq-1', at: '2026-11-30T14:30:00Z', questions: 2 }; //=> 2 incidents under 002, 1 inquiry under 000/001
 */
export interface QuotaEvent {
  readonly id: string;
  readonly at: InstantInput;
  readonly questions?: number | undefined;
}

/**
 * Events after validation, as parallel arrays (index = position in the caller's array).
 * @example formatYearMonth(parseQuotaEvents([{ id: 'a', at: '2026-11-30T15:00:00Z' }], undefined).month[0]) //=> '2026-12'
 */
export interface ParsedQuotaEvents {
  readonly count: number;
  readonly ids: readonly string[];
  readonly ms: Float64Array;
  readonly month: Int32Array;
  readonly units: Int32Array;
  /** Whether some event gives `questions` above 1 (reported when the rule counts per inquiry). */
  readonly severalQuestions: boolean;
}

/** Largest `questions` accepted on one event. */
const MAX_QUESTIONS = 10_000;

/**
 * Validates events and reads their instants and units.
 * @throws {InvalidInputError} not an array, an event that is not an object, a missing id, a bad `questions`
 * @throws {InvalidInputError|OutOfRangeError} a malformed or out-of-range `at` (path `['events', i, 'at']`)
 * @throws {ConflictError} two events with the same id (path of the second one's `id`)
 * @example parseQuotaEvents([{ id: 'a', at: '2026-11-02T10:00', questions: 3 }], getDocument('helpdesk-support').quotas!.countingRules[0]).units[0] //=> 3
 */
export function parseQuotaEvents(events: unknown, rule: QuotaCountingRule | undefined): ParsedQuotaEvents {
  if (!Array.isArray(events)) throw new InvalidInputError(['events'], 'Expected an array of events { id, at, questions? }', { value: events });
  const count = events.length;
  const ids: string[] = new Array<string>(count);
  const ms = new Float64Array(count);
  const month = new Int32Array(count);
  const units = new Int32Array(count);
  const perQuestion = rule?.countsPer === 'question';
  const seen = idTable(ids, count);
  let severalQuestions = false;
  for (let i = 0; i < count; i++) {
    const e: unknown = events[i];
    if (e === null || typeof e !== 'object' || Array.isArray(e)) {
      throw new InvalidInputError(['events', i], 'Expected an event { id, at, questions? }', { value: e });
    }
    const ev = e as { id?: unknown; at?: unknown; questions?: unknown };
    const id = ev.id;
    if (typeof id !== 'string' || id.length === 0) {
      throw new InvalidInputError(['events', i, 'id'], 'Expected a non-empty event id string', { value: id });
    }
    ids[i] = id;
    const first = seen(i);
    if (first >= 0) {
      throw new ConflictError(['events', i, 'id'], `Duplicate event id ${JSON.stringify(id)} (also events[${first}])`, { id, firstIndex: first });
    }
    // The common ISO shapes are read without making the error path; anything else goes to parseInstantFast.
    const at = ev.at;
    let t = typeof at === 'string' ? fastInstantMs(at) : NaN;
    if (t !== t) t = parseInstantFast(at, ['events', i, 'at']);
    let u = 1;
    const q = ev.questions;
    if (q !== undefined) {
      if (typeof q !== 'number' || !Number.isInteger(q) || q < 1 || q > MAX_QUESTIONS) {
        throw new InvalidInputError(['events', i, 'questions'], `Expected a whole number of questions from 1 to ${MAX_QUESTIONS}`, { value: q });
      }
      if (q > 1) severalQuestions = true;
      if (perQuestion) u = q;
    }
    ms[i] = t;
    month[i] = japanMonthIndexOf(t);
    units[i] = u;
  }
  return { count, ids, ms, month, units, severalQuestions };
}

/**
 * The set of event ids seen so far, as indexes into `ids`: an open-addressing hash table in one typed
 * array (a million ids cost a tenth of what a `Map` of strings costs, and no garbage). The hash is fixed,
 * so ids made to collide could make probing long: past a budget of probes proportional to the ids added,
 * the table hands over to a `Map` (whose hash V8 seeds per process), so the work stays linear.
 * The function returned adds `ids[i]` and gives the index of an earlier event with the same id, else -1.
 */
function idTable(ids: readonly string[], count: number): (i: number) => number {
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  let table: Int32Array | undefined = new Int32Array(size).fill(-1);
  let budget = 8 * count + 1024;
  const map = new Map<string, number>();
  return (i) => {
    const id = ids[i]!;
    if (table !== undefined) {
      let h = 0x811c9dc5;
      for (let j = 0; j < id.length; j++) h = Math.imul(h ^ id.charCodeAt(j), 0x01000193);
      for (let slot = h & mask; ; slot = (slot + 1) & mask) {
        const k = table[slot]!;
        if (k < 0) {
          table[slot] = i;
          return -1;
        }
        if (ids[k] === id) return k;
        if (--budget < 0) break;
      }
      // Too many collisions: every id added so far (they are distinct) moves to the Map.
      for (const k of table) if (k >= 0) map.set(ids[k]!, k);
      table = undefined;
    }
    const first = map.get(id);
    if (first !== undefined) return first;
    map.set(id, i);
    return -1;
  };
}

/**
 * Compares two events chronologically, ties by id (code-unit order).
 * @example compareEvents(parseQuotaEvents([{ id: 'b', at: '2026-11-02T10:00' }, { id: 'a', at: '2026-11-02T01:00:00Z' }], undefined), 0, 1) //=> 1 (same instant, 'b' after 'a')
 */
export function compareEvents(p: ParsedQuotaEvents, a: number, b: number): number {
  const d = p.ms[a]! - p.ms[b]!;
  if (d !== 0) return d;
  const ia = p.ids[a]!;
  const ib = p.ids[b]!;
  return ia < ib ? -1 : ia > ib ? 1 : 0;
}
