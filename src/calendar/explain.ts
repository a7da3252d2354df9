/**
 * Reasons for a compiled schedule on a day and at a minute: which channel, which hours, which
 * closed-day rule. The day status itself comes from the compiled table; these functions only
 * explain it (tests check that both agree).
 */
import { own } from '../boundary/index.js';
import { reason, type Reason } from '../reasons.js';
import { formatIsoDate, isoDayOfWeek, pad2 } from '../time/civil.js';
import { civilFromDays } from '../time/civil.js';
import { inYearEndSpan } from './holiday-law.js';
import {
  DAY_ALL_DAY,
  DAY_CLOSED,
  DAY_SERVICE_HOURS_UNKNOWN,
  DAY_UNKNOWN,
  DAY_WINDOWS,
  dayStatus,
  type CompiledSchedule,
} from './schedule.js';
import type { ErrorPath } from '../errors.js';

const WEEKDAY_NAMES = ['', '月曜日 (Monday)', '火曜日 (Tuesday)', '水曜日 (Wednesday)', '木曜日 (Thursday)', '金曜日 (Friday)', '土曜日 (Saturday)', '日曜日 (Sunday)'];

/** `HH:MM` of a minute of the day. */
export function hhmm(minute: number): string {
  return `${pad2(Math.floor(minute / 60))}:${pad2(minute % 60)}`;
}

/** The channel reasons of each compiled schedule, built once (frozen; derived data, not answers). */
const channelReasonsOf = new WeakMap<CompiledSchedule, readonly Reason[]>();

/** Reasons naming the channel, the handling channel and the option whose hours answer (a fresh array of frozen reasons). */
export function channelReasons(c: CompiledSchedule): Reason[] {
  let list = channelReasonsOf.get(c);
  if (list === undefined) {
    list = Object.freeze(buildChannelReasons(c).map((x) => Object.freeze(x)));
    channelReasonsOf.set(c, list);
  }
  return [...list];
}

function buildChannelReasons(c: CompiledSchedule): Reason[] {
  const r = c.resolved;
  const out: Reason[] = [
    reason('calendar.channel', `Plan ${r.planId}, channel ${r.channel.id}: ${r.channel.name} (${r.document.file})`, {
      source: r.channel.source,
      factId: r.channel.factId,
    }),
  ];
  const handledIn = own(r.channel, 'handledIn');
  if (handledIn) {
    out.push(
      r.sense === 'handled'
        ? reason('calendar.handled-in', `Requests are accepted at any time but handled only in the hours of channel ${r.hoursChannel.id} (sense: 'handled'; pass sense: 'accepted' for acceptance)`, {
            source: handledIn.source,
            factId: r.channel.factId,
            interpretation: 'calendar-002-handled-in-phone-hours',
          })
        : reason('calendar.accepted', `Answering for acceptance (sense: 'accepted'): ${r.channel.hours.kind === 'always' ? r.channel.hours.description : 'the channel’s own hours'}`, {
            source: r.channel.hours.source,
            factId: r.channel.factId,
            interpretation: 'calendar-002-handled-in-phone-hours',
          }),
    );
  }
  if (r.optionHours) {
    const h = r.optionHours.fact.hours;
    out.push(
      reason('calendar.option-hours', `Option ${r.optionHours.optionId} replaces the hours${h.kind === 'always' ? `: ${h.description}, closed days included` : ''}`, {
        source: r.optionHours.fact.source,
        factId: r.optionHours.optionId,
        interpretation: 'calendar-time-extension',
      }),
    );
  }
  return out;
}

/** Most explained days kept per compiled schedule. */
const DAY_MEMO_LIMIT = 4096;
/** Explained days per compiled schedule: status and frozen reasons (derived from frozen data; never changes an answer). */
const dayMemo = new WeakMap<CompiledSchedule, Map<number, { readonly status: number; readonly reasons: readonly Reason[] }>>();

/** Status and reasons of a day (no time-of-day reasoning): a fresh array of frozen reasons, built once per schedule and day. */
export function explainDay(c: CompiledSchedule, day: number, path: ErrorPath): { status: number; reasons: Reason[] } {
  const e = explainedDay(c, day, path);
  return { status: e.status, reasons: [...e.reasons] };
}

/**
 * {@link explainDay}'s status and frozen reasons, shared (internal: the caller copies what it returns).
 * @throws as {@link dayStatus}
 */
export function explainedDay(c: CompiledSchedule, day: number, path: ErrorPath): { readonly status: number; readonly reasons: readonly Reason[] } {
  let memo = dayMemo.get(c);
  if (memo === undefined) {
    memo = new Map();
    dayMemo.set(c, memo);
  }
  let hit = memo.get(day);
  if (hit === undefined) {
    const built = buildExplainDay(c, day, path);
    hit = Object.freeze({ status: built.status, reasons: Object.freeze(built.reasons.map((r) => Object.freeze(r))) });
    if (memo.size < DAY_MEMO_LIMIT) memo.set(day, hit);
  }
  return hit;
}

function buildExplainDay(c: CompiledSchedule, day: number, path: ErrorPath): { status: number; reasons: Reason[] } {
  const status = dayStatus(c, day, path);
  const reasons = channelReasons(c);
  const r = c.resolved;
  const hours = r.hours;
  const date = formatIsoDate(day);
  const known = own(r.channel, 'knownFrom') ?? own(r.hoursChannel, 'knownFrom'); // own: bundled data is plain JSON
  if (known && day < c.knownFromDay) {
    reasons.push(
      reason('calendar.hours-unknown-before-revision', `The stated hours are those in force from ${known.date}; the document does not state the hours before it, so on ${date} they are unknown`, {
        source: known.source,
        factId: r.channel.factId,
        interpretation: 'calendar-002-before-revision',
      }),
    );
    return { status, reasons };
  }
  if (known) {
    reasons.push(reason('calendar.hours-in-force', `The stated hours are in force from ${known.date}`, { source: known.source, factId: r.channel.factId }));
  }
  switch (hours.kind) {
    case 'always':
      reasons.push(reason('calendar.always-open', `${hours.description}: open at every instant of every day`, { source: hours.source, factId: r.hoursChannel.factId }));
      return { status, reasons };
    case 'not-stated':
      reasons.push(
        reason('calendar.hours-not-stated', `The document states no service hours for ${r.hoursChannel.name}: whether it is open is unknown`, {
          source: hours.source,
          factId: r.hoursChannel.factId,
          interpretation: own(hours, 'interpretation') ?? 'calendar-hours-not-stated',
        }),
      );
      return { status, reasons };
    case 'days-only':
      reasons.push(reason('calendar.service-day', `${hours.description}: ${date} is a service day`, { source: hours.source, factId: r.hoursChannel.factId }));
      reasons.push(
        reason('calendar.hours-not-stated', 'The hours of day are not stated: whether the channel is open at a given time is unknown', {
          source: hours.source,
          factId: r.hoursChannel.factId,
          interpretation: own(hours, 'interpretation') ?? 'calendar-hours-not-stated',
        }),
      );
      return { status, reasons };
    case 'windows':
      break;
  }
  const dow = isoDayOfWeek(day);
  const factId = r.hoursChannel.factId;
  const ruleSource = (kind: string) => hours.closedOn.find((x) => x.kind === kind)?.source;
  const ruleInterpretation = (kind: string) => hours.closedOn.find((x) => x.kind === kind)?.interpretation;
  const viaHeijitsu = (kind: string) => hours.heijitsu === true && !hours.closedOn.some((x) => x.kind === kind);
  if (hours.weekdays.includes(dow)) {
    reasons.push(reason('calendar.weekday', `${date} is a ${WEEKDAY_NAMES[dow]}, a service day`, { source: hours.source, factId }));
  } else {
    reasons.push(reason('calendar.weekday.closed', `${date} is a ${WEEKDAY_NAMES[dow]}, not a service day`, { source: hours.source, factId }));
  }
  const entry = c.table.code(day - c.table.firstDay) !== 0 ? c.table.entries.get(day) : undefined;
  if (entry) {
    if (c.closedOn.includes('national-holidays')) {
      const heijitsu = viaHeijitsu('national-holidays');
      reasons.push(
        reason(
          'calendar.national-holiday.closed',
          `${date} is a holiday (${entry.name}, ${entry.kind})${heijitsu ? ': not a 平日' : ''}`,
          {
            source: ruleSource('national-holidays') ?? hours.source,
            factId: entry.factId,
            interpretation: heijitsu ? 'calendar-heijitsu' : entry.kind === 'national-holiday' ? undefined : ruleInterpretation('national-holidays') ?? 'calendar-national-holidays',
          },
        ),
      );
    } else {
      reasons.push(
        reason('calendar.national-holiday.open', `${date} is a holiday (${entry.name}) but holidays are not excluded (heijitsu: '${c.heijitsu}')`, {
          source: hours.source,
          factId: entry.factId,
          interpretation: hours.heijitsu ? 'calendar-heijitsu' : undefined,
        }),
      );
    }
  }
  if (c.closedOn.includes('year-end') && c.yearEnd) {
    const { month, day: dom } = civilFromDays(day);
    if (inYearEndSpan(month, dom, c.yearEnd.start, c.yearEnd.end)) {
      const span = `${pad2(c.yearEnd.start.month)}-${pad2(c.yearEnd.start.day)} – ${pad2(c.yearEnd.end.month)}-${pad2(c.yearEnd.end.day)}`;
      reasons.push(
        reason('calendar.year-end.closed', `${date} is in 年末年始 (${span})`, {
          source: ruleSource('year-end') ?? c.table.law.fixture.yearEndDefault.source,
          factId,
          interpretation: viaHeijitsu('year-end') ? 'calendar-heijitsu' : ruleInterpretation('year-end') ?? 'calendar-year-end',
        }),
      );
    }
  }
  for (const cl of c.closures) {
    if (day < cl.startDay || day > cl.endDay) continue;
    const span = `${formatIsoDate(cl.startDay)} – ${formatIsoDate(cl.endDay)}`;
    if (c.closedOn.includes('company-closures')) {
      reasons.push(reason('calendar.company-closure.closed', `${date} is in the company closure ${cl.name} (${span})`, { source: ruleSource('company-closures'), factId, interpretation: ruleInterpretation('company-closures') }));
    } else {
      reasons.push(
        reason('calendar.closure-not-applicable', `The closure ${cl.name} (${span}) is ignored: the document reserves no company closures for this channel`, {
          source: hours.source,
          factId,
          interpretation: 'calendar-closures-scope',
        }),
      );
    }
  }
  if (status === DAY_WINDOWS) {
    reasons.push(reason('calendar.service-day', `${date} is a service day: ${windowsText(c)}`, { source: hours.source, factId }));
  }
  return { status, reasons };
}

/** The windows of a schedule as text: `10:00–12:00, 13:00–17:00`. */
export function windowsText(c: CompiledSchedule): string {
  const parts: string[] = [];
  for (let k = 0; k < c.starts.length; k++) parts.push(`${hhmm(c.starts[k]!)}–${hhmm(c.ends[k]!)}`);
  return parts.join(', ');
}

/** Reasons for a minute of an open (windowed) day; returns the window index or −1. */
export function explainMinute(c: CompiledSchedule, minute: number, reasons: Reason[]): number {
  // The reason depends on the schedule and the minute only: built once each, frozen (a memo of derived
  // text; never changes an answer).
  let byMinute = minuteMemo.get(c);
  if (byMinute === undefined) {
    byMinute = [];
    minuteMemo.set(c, byMinute);
  }
  const hit = byMinute[minute];
  if (hit !== undefined) {
    reasons.push(hit.reason);
    return hit.window;
  }
  const out: Reason[] = [];
  const window = buildMinuteReason(c, minute, out);
  if (minute >= 0 && minute < MINUTES_PER_DAY && Number.isInteger(minute)) byMinute[minute] = Object.freeze({ window, reason: Object.freeze(out[0]!) });
  reasons.push(out[0]!);
  return window;
}

const MINUTES_PER_DAY = 1440;
/** Per compiled schedule, by minute of the day: the window it falls in (or −1) and its frozen reason. */
const minuteMemo = new WeakMap<CompiledSchedule, { readonly window: number; readonly reason: Reason }[]>();

function buildMinuteReason(c: CompiledSchedule, minute: number, reasons: Reason[]): number {
  const hours = c.resolved.hours;
  const src = hours.source;
  const factId = c.resolved.hoursChannel.factId;
  for (let k = 0; k < c.starts.length; k++) {
    if (minute >= c.starts[k]! && minute < c.ends[k]!) {
      reasons.push(reason('calendar.in-window', `${hhmm(minute)} is within ${hhmm(c.starts[k]!)}–${hhmm(c.ends[k]!)} (start inclusive, end exclusive)`, { source: src, factId }));
      return k;
    }
  }
  reasons.push(reason('calendar.outside-window.closed', `${hhmm(minute)} is outside the hours ${windowsText(c)} (start inclusive, end exclusive)`, { source: src, factId }));
  return -1;
}

export { DAY_ALL_DAY, DAY_CLOSED, DAY_SERVICE_HOURS_UNKNOWN, DAY_UNKNOWN, DAY_WINDOWS };
