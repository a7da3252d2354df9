/**
 * A schedule compiled once for many questions (benchmarks, SLA scans): evaluating an instant reads
 * a per-day table and the minute windows, and allocates nothing.
 */
import { expectTable, own, readInput, rejectMisspeltKeys } from '../boundary/index.js';
import { CALENDAR_KEYS } from './keys.js';
import { catalog as bundledCatalog } from '../catalog/bundled.js';
import type { Catalog } from '../catalog/catalog.js';
import { documentOfPlan } from '../catalog/queries.js';
import { InvalidInputError } from '../errors.js';
import type { Source } from '../catalog/primitives.js';
import { JAPAN_OFFSET_MS } from '../time/japan.js';
import { MS_PER_DAY } from '../time/civil.js';

const MS_PER_MINUTE = 60_000;
const MINUTES_PER_DAY = 1440;
import { openStateAt, unknownHoursError, unknownPolicy } from './open.js';
import { DAY_ALL_DAY, MASK_WORDS, channelsOfPlan, compiledScheduleOf, type ScheduleQuery, type UnknownHoursPolicy } from './schedule.js';

/** A compiled schedule (see {@link compileOpeningHours}). */
export interface OpeningHours {
  readonly planId: string;
  readonly channel: string;
  /** `'open'`, `'closed'` or `'unknown'` at an instant given in epoch milliseconds. */
  readonly stateAt: (epochMs: number) => 'open' | 'closed' | 'unknown';
  /** Whether open at an instant in epoch milliseconds; unknown hours follow `unknownAs` (default: throw). */
  readonly isOpenAt: (epochMs: number) => boolean;
}

/** Input of {@link compileOpeningHours}. */
export interface CompileOpeningHoursOptions extends ScheduleQuery {
  readonly unknownAs?: UnknownHoursPolicy;
}

/**
 * Compiles a channel's schedule for repeated questions: the same answers as {@link isOpen} for
 * epoch-millisecond instants, without parsing or allocation per call.
 * @throws as {@link isOpen} for the query fields; `isOpenAt` throws OutOfRangeError for unknown hours (unless `unknownAs`) or instants outside 1970–2099 for windowed hours
 * @example compileOpeningHours({ planId: 'oas-plan-a', channel: 'onsite-diagnosis' }).isOpenAt(Date.UTC(2026, 0, 1)) //=> true
 */
export function compileOpeningHours(input: CompileOpeningHoursOptions): OpeningHours {
  input = readInput(input);
  rejectMisspeltKeys(input, CALENDAR_KEYS);
  const c = compiledScheduleOf(input);
  const policy = unknownPolicy(input.unknownAs, 'error');
  const path = ['at'];
  const days = c.days;
  const firstDay = c.firstDay;
  const lastDay = c.lastDay;
  // One byte per (day status, minute of day): the hot path is a division, two table reads, no branches on data.
  const open = new Uint8Array((DAY_ALL_DAY + 1) * MINUTES_PER_DAY);
  for (let status = 0; status <= DAY_ALL_DAY; status++) {
    for (let m = 0; m < MINUTES_PER_DAY; m++) {
      open[status * MINUTES_PER_DAY + m] = (c.minuteMasks[status * MASK_WORDS + (m >> 5)]! >>> (m & 31)) & 1;
    }
  }
  /** 0 closed, 1 open, 2 unknown. Minutes since the epoch (Japan time) fit in 32 bits for 1952–2199. */
  const state = (ms: number): number => {
    if (typeof ms !== 'number' || ms - ms !== 0) throw new InvalidInputError(path, 'Expected epoch milliseconds', { value: ms });
    const localMinute = Math.floor((ms + JAPAN_OFFSET_MS) / MS_PER_MINUTE);
    // Math.floor, not `| 0`: minutes before 1970-01-01 (negative) belong to the day before, not to day 0.
    const day = Math.floor(localMinute / MINUTES_PER_DAY);
    const i = day - firstDay;
    if (i >= 0 && day <= lastDay) {
      const status = days[i]!;
      if (status <= DAY_ALL_DAY) return open[status * MINUTES_PER_DAY + (localMinute - day * MINUTES_PER_DAY)]!;
    }
    return openStateAt(c, ms, path);
  };
  return Object.freeze({
    planId: c.resolved.planId,
    channel: c.resolved.channel.id,
    stateAt: (ms: number) => {
      const s = state(ms);
      return s === 1 ? 'open' : s === 0 ? 'closed' : 'unknown';
    },
    isOpenAt: (ms: number) => {
      const s = state(ms);
      if (s !== 2) return s === 1;
      if (policy === 'error') throw unknownHoursError(c, Math.floor((ms + JAPAN_OFFSET_MS) / MS_PER_DAY), path);
      return policy === 'open';
    },
  });
}

/** A channel as listed by {@link listServiceChannels}. */
export interface ServiceChannelInfo {
  readonly id: string;
  readonly name: string;
  readonly factId: string;
  /** `always`, `windows`, `days-only` or `not-stated`. */
  readonly hoursKind: string;
  /** Option ids that replace the hours. */
  readonly optionIds: readonly string[];
  /** Channel whose hours handle requests, for channels accepted at any time. */
  readonly handledIn?: string;
  /** Day from which the hours are known. */
  readonly knownFrom?: string;
  readonly source: Source;
}

/**
 * The channels stated for a plan.
 * @throws {NotFoundError} unknown plan id (`['planId']`)
 * @example listServiceChannels('helpdesk-support').map((c) => c.id) //=> ['phone', 'fax-email-web']
 */
export function listServiceChannels(planId: string, catalog: Catalog = bundledCatalog): readonly ServiceChannelInfo[] {
  catalog = expectTable(catalog, 'catalog', ['catalog'], bundledCatalog);
  const doc = documentOfPlan(planId, catalog, ['planId']);
  return channelsOfPlan(own(doc, 'schedules'), planId).map((c) => {
    const info: { -readonly [K in keyof ServiceChannelInfo]: ServiceChannelInfo[K] } = {
      id: c.id,
      name: c.name,
      factId: c.factId,
      hoursKind: c.hours.kind,
      optionIds: (own(c, 'optionHours') ?? []).flatMap((o) => o.optionIds), // own: bundled data is plain JSON
      source: c.source,
    };
    const handledIn = own(c, 'handledIn');
    const knownFrom = own(c, 'knownFrom');
    if (handledIn) info.handledIn = handledIn.channel;
    if (knownFrom) info.knownFrom = knownFrom.date;
    return info;
  });
}
