/**
 * Inquiry events: validated once at the edge, instants read once (fast path), units counted by the
 * plan's counting rule, and duplicate ids refused.
 */
import { ConflictError, InvalidInputError } from '../errors.js';
import { japanMonthIndexOf, parseInstantFast } from '../time/fast.js';
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
  const seen = new Map<string, number>();
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
    const first = seen.get(id);
    if (first !== undefined) {
      throw new ConflictError(['events', i, 'id'], `Duplicate event id ${JSON.stringify(id)} (also events[${first}])`, { id, firstIndex: first });
    }
    seen.set(id, i);
    const t = parseInstantFast(ev.at, ['events', i, 'at']);
    let u = 1;
    const q = ev.questions;
    if (q !== undefined) {
      if (typeof q !== 'number' || !Number.isInteger(q) || q < 1 || q > MAX_QUESTIONS) {
        throw new InvalidInputError(['events', i, 'questions'], `Expected a whole number of questions from 1 to ${MAX_QUESTIONS}`, { value: q });
      }
      if (q > 1) severalQuestions = true;
      if (perQuestion) u = q;
    }
    ids[i] = id;
    ms[i] = t;
    month[i] = japanMonthIndexOf(t);
    units[i] = u;
  }
  return { count, ids, ms, month, units, severalQuestions };
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
