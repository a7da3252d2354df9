/**
 * Is a support channel open at an instant, and when does it next open.
 *
 * Instants: ISO-8601 strings (with `Z` or an offset: that instant; without an offset: Japan time),
 * `Date`s, or epoch milliseconds. Every instant is read in Asia/Tokyo whatever the machine's zone.
 * Windows are half-open: the start minute is open, the end minute is not (09:00–18:00 is open at
 * 17:59:59.999 and closed at 18:00).
 */
import { own, readInput, rejectMisspeltKeys } from '../boundary/index.js';
import { CALENDAR_KEYS } from './keys.js';
import { InvalidInputError, OutOfRangeError, type ErrorPath } from '../errors.js';
import { explainRequested, explanationOf, reason, type Reason } from '../reasons.js';
import { formatIsoDate } from '../time/civil.js';
import { JAPAN_OFFSET_MS, formatJapanInstant, japanMidnight, type InstantInput } from '../time/japan.js';
import { MS_PER_DAY } from '../time/civil.js';
import { DAY_ALL_DAY, DAY_CLOSED, DAY_WINDOWS, explainDay, explainedDay, explainMinute } from './explain.js';
import { parseInstantOrEpochMs } from '../time/fast.js';
import { ALL_PLAIN_KEYS, DAY_PENDING, HAS_EXPLAIN, readPlainQuery, HAS_UNKNOWN_AS, MASK_WORDS, compiledScheduleOf, dayStatus, plainQueryKeys, scheduleOfQuery, type CompiledSchedule, type ScheduleQuery, type UnknownHoursPolicy } from './schedule.js';

/** Error paths, allocated once (the hot path allocates nothing). */
const AT_PATH: ErrorPath = Object.freeze(['at']);

const MS_PER_MINUTE = 60_000;

/** Input of {@link isOpen} and {@link explainOpen}. */
export interface IsOpenOptions extends ScheduleQuery {
  /** The instant: ISO-8601 (no offset = Japan time), a `Date`, or epoch milliseconds. */
  readonly at: InstantInput | number;
  /**
   * What {@link isOpen} answers where the hours are unknown (002 before its 2018-11-01 revision,
   * 003 and 004 whose hours are not stated): `'error'` (default) throws an OutOfRangeError;
   * `'open'` / `'closed'` answer so. {@link explainOpen} always reports `'unknown'`.
   */
  readonly unknownAs?: UnknownHoursPolicy;
  /**
   * {@link isOpen} only: answer with the verdict of {@link explainOpen} (its `open` being isOpen's answer)
   * and `explanation`, the steps as text, one line per reason. Default `false`: a bare boolean, unchanged.
   */
  readonly explain?: boolean;
}
/** Input of {@link explainOpen}. */
export type ExplainOpenOptions = IsOpenOptions;

/** An opening window as Japan-time instants, start inclusive, end exclusive. */
export interface OpeningWindowInstants {
  readonly start: string;
  readonly end: string;
}

/** Result of {@link explainOpen}. */
export interface OpenVerdict {
  /** Open, closed, or `'unknown'` where the documents do not say. */
  readonly open: boolean | 'unknown';
  /** For channels accepted at any time but handled in other hours (002 fax-email-web): whether a request is accepted. */
  readonly accepted?: boolean | 'unknown';
  readonly planId: string;
  readonly channel: string;
  /** The instant asked about, in Japan time. */
  readonly at: string;
  /** The window the instant falls in, for windowed hours when open. */
  readonly window?: OpeningWindowInstants;
  readonly reasons: readonly Reason[];
  /** With `explain: true` only: the steps as text, one line per reason (`rule: message`). */
  readonly explanation?: readonly string[];
}

/** 0 closed, 1 open, 2 unknown. Allocation-free. */
export function openStateAt(c: CompiledSchedule, ms: number, path: ErrorPath): 0 | 1 | 2 {
  const local = ms + JAPAN_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const i = day - c.firstDay;
  const status = i >= 0 && day <= c.lastDay ? (c.days[i] === DAY_PENDING ? c.fill(i) : c.days[i]!) : dayStatus(c, day, path);
  if (status <= DAY_ALL_DAY) {
    // Windows start and end on whole minutes: one bit per minute, no data-dependent branch.
    const minute = Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE);
    return ((c.minuteMasks[status * MASK_WORDS + (minute >> 5)]! >>> (minute & 31)) & 1) as 0 | 1;
  }
  return 2;
}

/** Validates the unknown-hours policy. */
export function unknownPolicy(value: unknown, fallback: UnknownHoursPolicy): UnknownHoursPolicy {
  if (value === undefined) return fallback;
  if (value !== 'error' && value !== 'open' && value !== 'closed') {
    throw new InvalidInputError(['unknownAs'], "Expected 'error', 'open' or 'closed'", { value });
  }
  return value;
}

/** The error thrown when a yes/no answer meets unknown hours. */
export function unknownHoursError(c: CompiledSchedule, day: number, path: ErrorPath): OutOfRangeError {
  const r = c.resolved;
  const known = r.channel.knownFrom ?? r.hoursChannel.knownFrom;
  const why =
    known && day < c.knownFromDay
      ? `the document states the hours in force from ${known.date} only`
      : r.hours.kind === 'days-only'
        ? `the document states the service days (${r.hours.description}) but not the hours`
        : 'the document states no hours';
  return new OutOfRangeError(path, `Hours of ${r.planId} ${r.channel.id} on ${formatIsoDate(day)} are unknown: ${why} (pass unknownAs: 'open' or 'closed' to decide, or use explainOpen)`, {
    planId: r.planId,
    channel: r.channel.id,
    date: formatIsoDate(day),
    knownFrom: known?.date,
  });
}

/**
 * Whether a channel of a plan is open at an instant.
 *
 * Rules: the plan's document `schedules` section decides (options such as 時間延長 replace the hours);
 * windows are half-open; closed days are the document's (日曜, 祝日, 年末年始, 当社の休業日 …). Where the hours
 * are unknown (002 before 2018-11-01, 003, 004) it throws unless `unknownAs` says what to answer.
 * @throws {InvalidInputError} malformed input (path names the field, e.g. `['at']`)
 * @throws {NotFoundError} unknown plan (`['planId']`), option (`['options', i]`) or channel (`['channel']`)
 * @throws {ConflictError} an option of another plan (`['options', i]`)
 * @throws {OutOfRangeError} hours unknown at that instant, or a windowed schedule outside 1970–2099 (`['at']`)
 * @example isOpen({ planId: 'itss-light-anshin-1', channel: 'support', at: '2026-11-21T17:59' }) //=> true (Saturday)
 * @example isOpen({ planId: 'itss-light-anshin-1', channel: 'support', at: '2026-11-23T10:00' }) //=> false (勤労感謝の日)
 * @example isOpen({ planId: 'itss-light-anshin-1', options: ['itss-light-time-extension'], channel: 'support', at: '2026-11-23T03:00' }) //=> true
 */
export function isOpen(input: IsOpenOptions & { readonly explain: true }): OpenVerdict;
export function isOpen(input: IsOpenOptions & { readonly explain?: false | undefined }): boolean;
export function isOpen(input: IsOpenOptions): boolean | OpenVerdict;
export function isOpen(input: IsOpenOptions): boolean | OpenVerdict {
  const fields = readPlainQuery(input);
  if (fields !== undefined) return isOpenRead(fields as IsOpenOptions, ALL_PLAIN_KEYS);
  input = readInput(input);
  rejectMisspeltKeys(input, CALENDAR_KEYS);
  if (input === null || typeof input !== 'object') return compiledScheduleOf(input) as never; // throws the query error
  return isOpenRead(input, plainQueryKeys(input));
}

/** {@link isOpen} of an input already read by the boundary, with its {@link plainQueryKeys}. */
function isOpenRead(input: IsOpenOptions, keys: number): boolean | OpenVerdict {
  if ((keys < 0 || keys & HAS_EXPLAIN) && explainRequested(input.explain)) {
    const verdict = explainOpen(input);
    return { ...verdict, open: openAnswer(input, keys), explanation: explanationOf(verdict.reasons) };
  }
  return openAnswer(input, keys);
}

/** isOpen's yes/no answer. */
function openAnswer(input: IsOpenOptions, keys: number): boolean {
  const c = scheduleOfQuery(input, keys);
  const ms = parseInstantOrEpochMs(input.at, AT_PATH);
  const unknownAs = keys < 0 || keys & HAS_UNKNOWN_AS ? input.unknownAs : undefined;
  const policy = unknownAs === undefined ? 'error' : unknownPolicy(unknownAs, 'error');
  const state = openStateAt(c, ms, AT_PATH);
  if (state !== 2) return state === 1;
  if (policy === 'error') throw unknownHoursError(c, Math.floor((ms + JAPAN_OFFSET_MS) / MS_PER_DAY), AT_PATH);
  return policy === 'open';
}

/**
 * Whether a channel is open at an instant, with the reasons: which channel and hours applied and
 * which rule closed it (weekday, holiday, 年末年始, company closure, outside the window), or why the
 * answer is `'unknown'`.
 * @throws as {@link isOpen}, except that unknown hours give `open: 'unknown'` instead of an error
 * @example explainOpen({ planId: 'helpdesk-support', channel: 'phone', at: '2026-11-20T12:30' }).reasons.at(-1)?.rule //=> 'calendar.outside-window.closed'
 * @example explainOpen({ planId: 'helpdesk-support', channel: 'phone', at: '2018-10-31T11:00' }).open //=> 'unknown'
 */
export function explainOpen(input: ExplainOpenOptions): OpenVerdict {
  input = (readPlainQuery(input) as ExplainOpenOptions | undefined) ?? readInput(input);
  rejectMisspeltKeys(input, CALENDAR_KEYS);
  const c = compiledScheduleOf(input);
  const ms = parseInstantOrEpochMs(input.at, AT_PATH);
  unknownPolicy(input.unknownAs, 'error');
  const local = ms + JAPAN_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const minute = Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE);
  const { status, reasons } = explainDay(c, day, AT_PATH);
  let open: boolean | 'unknown';
  let window: OpeningWindowInstants | undefined;
  if (status === DAY_WINDOWS) {
    const k = explainMinute(c, minute, reasons);
    open = k >= 0;
    if (k >= 0) {
      const midnight = japanMidnight(day);
      window = { start: formatJapanInstant(midnight + c.starts[k]! * MS_PER_MINUTE), end: formatJapanInstant(midnight + c.ends[k]! * MS_PER_MINUTE) };
    }
  } else if (status === DAY_ALL_DAY) open = true;
  else if (status === DAY_CLOSED) open = false;
  else open = 'unknown';
  const verdict: { -readonly [K in keyof OpenVerdict]: OpenVerdict[K] } = {
    open,
    planId: c.resolved.planId,
    channel: c.resolved.channel.id,
    at: formatJapanInstant(ms),
    reasons,
  };
  if (own(c.resolved.channel, 'handledIn')) {
    const acc = c.resolved.sense === 'accepted' ? c : compiledScheduleOf({ ...input, sense: 'accepted' });
    const s = openStateAt(acc, ms, AT_PATH);
    verdict.accepted = s === 2 ? 'unknown' : s === 1;
  }
  if (window) verdict.window = window;
  return verdict;
}

/** Input of {@link nextOpening}. */
export interface NextOpeningOptions extends ScheduleQuery {
  /** Where to start looking (inclusive): ISO-8601 (no offset = Japan time), a `Date`, or epoch milliseconds. */
  readonly at: InstantInput | number;
  /** Unknown hours on the way: default `'error'` here means "report status 'unknown'"; `'closed'` skips them, `'open'` opens there. */
  readonly unknownAs?: UnknownHoursPolicy;
  /**
   * Add `explanation`: the answer's steps as text, one line per reason. Default `false` (the answer is
   * unchanged); the text is built only when asked.
   */
  readonly explain?: boolean;
}

/** Result of {@link nextOpening}. */
export interface NextOpening {
  /**
   * `open-now`: open at `at` itself; `opens-later`: closed now, opens at `opensAt`; `unknown`: unknown hours
   * come before any known opening; `none-in-range`: no opening before the end of the covered years.
   */
  readonly status: 'open-now' | 'opens-later' | 'unknown' | 'none-in-range';
  /** The first open instant at or after `at` (Japan time), or null. */
  readonly opensAt: string | null;
  /** The same as epoch milliseconds, or null. */
  readonly opensAtEpochMs: number | null;
  /** The window that opening belongs to, for windowed hours. */
  readonly window?: OpeningWindowInstants;
  readonly planId: string;
  readonly channel: string;
  readonly from: string;
  readonly reasons: readonly Reason[];
  /** With `explain: true` only: the steps as text, one line per reason (`rule: message`). */
  readonly explanation?: readonly string[];
}

/**
 * The first instant at or after `at` when the channel is open.
 * @throws as {@link isOpen} for bad input (unknown hours give `status: 'unknown'`)
 * @example nextOpening({ planId: 'helpdesk-support', channel: 'phone', at: '2026-11-20T12:30' }).opensAt //=> '2026-11-20T13:00:00+09:00'
 * @example nextOpening({ planId: 'itss-light-anshin-1', channel: 'support', at: '2026-12-28T18:00' }).opensAt //=> '2027-01-04T09:00:00+09:00'
 */
export function nextOpening(input: NextOpeningOptions): NextOpening {
  const fields = readPlainQuery(input) as NextOpeningOptions | undefined;
  let c: CompiledSchedule;
  if (fields !== undefined) {
    input = fields;
    c = scheduleOfQuery(fields, ALL_PLAIN_KEYS);
  } else {
    input = readInput(input);
    rejectMisspeltKeys(input, CALENDAR_KEYS);
    c = compiledScheduleOf(input);
  }
  const explain = explainRequested(input.explain);
  const next = nextOpeningOf(input, c);
  return explain ? { ...next, explanation: explanationOf(next.reasons) } : next;
}

function nextOpeningOf(input: NextOpeningOptions, c: CompiledSchedule): NextOpening {
  const ms = parseInstantOrEpochMs(input.at, AT_PATH);
  const policy = unknownPolicy(input.unknownAs, 'error');
  const from = formatJapanInstant(ms);

  const state = openStateAt(c, ms, AT_PATH);
  const day0 = Math.floor((ms + JAPAN_OFFSET_MS) / MS_PER_DAY);
  if (state === 1 || (state === 2 && policy === 'open')) {
    return foundOpening(c, ms, from, 'open-now', ms, windowAt(c, ms), day0);
  }
  const lastDay = c.mode === 'windows' ? c.lastDay : Math.max(c.lastDay, day0);
  for (let day = day0; day <= lastDay + 1; day++) {
    if (day > lastDay) {
      if (c.mode === 'always') return foundOpening(c, ms, from, 'opens-later', Math.max(ms, japanMidnight(day)), -1, day);
      break;
    }
    const status = dayStatus(c, day, AT_PATH);
    const midnight = japanMidnight(day);
    if (status === DAY_WINDOWS) {
      for (let k = 0; k < c.starts.length; k++) {
        const start = midnight + c.starts[k]! * MS_PER_MINUTE;
        if (start > ms) return foundOpening(c, ms, from, 'opens-later', start, k, day);
      }
    } else if (status === DAY_ALL_DAY) {
      return foundOpening(c, ms, from, 'opens-later', Math.max(ms, midnight), -1, day);
    } else if (status !== DAY_CLOSED) {
      if (policy === 'open') return foundOpening(c, ms, from, 'opens-later', Math.max(ms, midnight), -1, day);
      if (policy === 'error') {
        const { reasons } = explainDay(c, day, AT_PATH);
        return { status: 'unknown', opensAt: null, opensAtEpochMs: null, planId: c.resolved.planId, channel: c.resolved.channel.id, from, reasons };
      }
    }
  }
  const law = c.table.law;
  return {
    status: 'none-in-range',
    opensAt: null,
    opensAtEpochMs: null,
    planId: c.resolved.planId,
    channel: c.resolved.channel.id,
    from,
    reasons: [
      reason('calendar.no-opening-in-range', `No opening from ${from} to the end of ${law.toYear}, the last year the holiday law is computed for`, {
        factId: c.resolved.hoursChannel.factId,
      }),
    ],
  };
}

/** nextOpening's answer: open (now or later) at `openMs`, in window `windowIndex` (−1: none) of epoch day `day`. */
function foundOpening(c: CompiledSchedule, ms: number, from: string, status: NextOpening['status'], openMs: number, windowIndex: number, day: number): NextOpening {
  // The reasons explainOpen gives at openMs (same schedule): the day's, then the minute's; for a later
  // opening, the step to it first.
  const local = openMs + JAPAN_OFFSET_MS;
  const openDay = Math.floor(local / MS_PER_DAY);
  const explained = explainedDay(c, openDay, AT_PATH);
  // Each instant is written once: `from` and `opensAt` serve the reason and the window too.
  const opensAt = openMs === ms ? from : formatJapanInstant(openMs);
  const reasons: Reason[] = [];
  if (status === 'opens-later') {
    // reason() written out: { rule, message, factId? }.
    const factId = c.resolved.hoursChannel.factId;
    const message = `Closed at ${from}; next open at ${opensAt}`;
    reasons.push(factId === undefined ? { rule: 'calendar.next-opening', message } : { rule: 'calendar.next-opening', message, factId });
  }
  const dayReasons = explained.reasons;
  for (let i = 0; i < dayReasons.length; i++) reasons.push(dayReasons[i]!);
  if (explained.status === DAY_WINDOWS) explainMinute(c, Math.floor((local - openDay * MS_PER_DAY) / MS_PER_MINUTE), reasons);
  // Written key by key (no spread: on Node 20 a small-object spread is a slow path).
  const out: { -readonly [K in keyof NextOpening]: NextOpening[K] } = {
    status,
    opensAt,
    opensAtEpochMs: openMs,
    planId: c.resolved.planId,
    channel: c.resolved.channel.id,
    from,
    reasons,
  };
  if (windowIndex >= 0) {
    const midnight = japanMidnight(day);
    const startMs = midnight + c.starts[windowIndex]! * MS_PER_MINUTE;
    out.window = { start: startMs === openMs ? opensAt : formatJapanInstant(startMs), end: formatJapanInstant(midnight + c.ends[windowIndex]! * MS_PER_MINUTE) };
  }
  return out;
}

function windowAt(c: CompiledSchedule, ms: number): number {
  if (c.mode !== 'windows') return -1;
  const local = ms + JAPAN_OFFSET_MS;
  const day = Math.floor(local / MS_PER_DAY);
  const minute = Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE);
  for (let k = 0; k < c.starts.length; k++) if (minute >= c.starts[k]! && minute < c.ends[k]!) return k;
  return -1;
}
