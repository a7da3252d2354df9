/**
 * The state of a helpdesk incident (002 仕様書 1.2 and 6): open from the acceptance of the inquiry,
 * closed on the user's agreement or the resolution of the fault, or automatically once the period
 * after the support staff's reply has passed with no contact from the user.
 */
import { readInput, readKnownFields, type InputShape, rejectMisspeltKeys } from '../boundary/index.js';
import { STATUS_STRICT } from './keys.js';
import type { Catalog } from '../catalog/catalog.js';
import { ConflictError, InvalidInputError } from '../errors.js';
import { explainRequested, explanationOf, type Reason, reason } from '../reasons.js';
import { formatIsoDate } from '../time/civil.js';
import { formatJapanInstant } from '../time/japan.js';
import { parseInstantFast as parseInstant } from '../time/fast.js';
import { businessDayCalendarFor, type IncidentBusinessDayOptions } from './business-days.js';
import {
  INCIDENT_DAY_COUNT_POLICIES,
  MIDNIGHT_REPLY_RULES,
  businessDaysEnd,
  civilCodeDaysEnd,
  elapsedDaysEnd,
  isJapanMidnight,
  type IncidentDayCountPolicy,
  type MidnightReplyRule,
} from './periods.js';
import { catalogOf, describeValue, expectRecord, optionalChoice, resolveIncidentRules } from './rules.js';
import { INCIDENT_EVENT_TYPES } from './kinds.js';
import type { IncidentAutoCloseRule, IncidentEventType } from './schema.js';
import type { InstantInput } from '../time/index.js';

/** One thing that happened to an incident. `at` is an ISO-8601 instant (any offset; none = Japan time). */
export interface IncidentEvent {
  /**
   * - `accepted`: the provider accepted (受理) the inquiry; the incident opens and is consumed.
   * - `support-reply`: the support staff replied (回答); the auto-close timer starts or restarts.
   * - `customer-contact`: the user contacted the provider about the incident (連絡); the timer stops.
   * - `customer-agreed`: the user agreed to close (了承); the incident closes.
   * - `resolved`: the fault was resolved (不具合等の解消); the incident closes.
   */
  readonly type: IncidentEventType;
  readonly at: InstantInput;
  /** Optional caller id, echoed in reasons. */
  readonly id?: string;
}

/** Options of {@link incidentStatus}. */
export interface IncidentStatusOptions extends IncidentBusinessDayOptions {
  /** How the days after a reply are counted. Default `civil-code` (interpretation incident-auto-close-days). */
  readonly policy?: IncidentDayCountPolicy;
  /** A reply at exactly 00:00 Japan time. Default `count-first-day` (民法140 ただし書; interpretation incident-midnight-reply). */
  readonly midnightReply?: MidnightReplyRule;
  /** Plan whose document's rules apply; default: the only plan of the catalog whose document states an auto-close rule (002). */
  readonly planId?: string;
  readonly catalog?: Catalog;
  /**
   * Add `explanation`: the answer's steps as text, one line per reason. Default `false` (the answer is
   * unchanged); the text is built only when asked.
   */
  readonly explain?: boolean;
}

/** Input of {@link incidentStatus}. */
export interface IncidentStatusInput extends IncidentStatusOptions {
  /** The incident's events, in any order. Exactly one `accepted`. At most 100,000, no holes. */
  readonly events: readonly IncidentEvent[];
  /** The instant to evaluate the state at. Events after it are not taken into account. */
  readonly at: InstantInput;
}

/** State of an incident. */
export type IncidentState = 'open' | 'awaiting-customer' | 'closed';
/** What closed an incident. */
export type IncidentClosedBy = 'customer-agreed' | 'resolved' | 'auto-close';

/** Result of {@link incidentStatus}. Instants are ISO-8601 in Japan time (`+09:00`). */
export interface IncidentStatus {
  /** `open`: waiting on the provider; `awaiting-customer`: replied, the auto-close timer runs; `closed`. */
  readonly state: IncidentState;
  /** When the incident closes (or closed) automatically if the user does not make contact: set while the timer runs, and when it closed that way. */
  readonly closesAt?: string;
  /** When the incident closed. */
  readonly closedAt?: string;
  readonly closedBy?: IncidentClosedBy;
  readonly acceptedAt: string;
  /** The last support reply up to `at`, if any. */
  readonly lastSupportReplyAt?: string;
  readonly policy: IncidentDayCountPolicy;
  readonly planId: string;
  readonly reasons: readonly Reason[];
  /** With `explain: true` only: the steps as text, one line per reason (`rule: message`). */
  readonly explanation?: readonly string[];
}

const TYPE_ORDER: ReadonlyMap<string, number> = new Map(INCIDENT_EVENT_TYPES.map((t, i) => [t, i]));

interface ParsedEvent {
  readonly index: number;
  readonly type: IncidentEventType;
  readonly ms: number;
  readonly id?: string;
}

/** The keys of an {@link IncidentStatusInput}: an input with these only is read field by field (the boundary's fast path). */
const STATUS_KEYS: ReadonlySet<string> = /* @__PURE__ */ new Set(STATUS_STRICT.keys);
/** The events, flat records of these keys, are read field by field too. */
const EVENTS: ReadonlyMap<string, InputShape> = /* @__PURE__ */ new Map([['events', { kind: 'list', isKnown: (k: string) => k === 'type' || k === 'at' || k === 'id' }]]);

/**
 * The state of a 002 helpdesk incident at an instant.
 *
 * Rules (002 仕様書): the incident opens when the inquiry is accepted (1.2); it closes on the user's
 * agreement or the resolution of the fault (6.1); once the support staff have replied it closes when
 * the fixture's number of days (5) has passed with no contact from the user (6.2). Contact from the user
 * stops the timer; the next reply starts it again. Events at the same instant are taken in the order
 * accepted, customer-contact, support-reply, customer-agreed, resolved (interpretation
 * incident-same-instant-order). The state at `at` includes events at exactly `at`; the auto-close
 * instant is exclusive (at `closesAt` the incident is closed).
 *
 * Policies: `civil-code` (default; 民法140/141, reply 2026-11-20T15:00 → closes 2026-11-26T00:00+09:00;
 * a reply at exactly 00:00 counts its own day, option `midnightReply`), `elapsed` (5 × 24 h),
 * `business-days` (the document's business calendar, 002's phone channel by default).
 *
 * @throws {InvalidInputError} malformed input: not an array of events, an unknown event type
 *   (`['events', i, 'type']`), a bad instant (`['events', i, 'at']`), an unknown policy, no acceptance
 * @throws {ConflictError} an event before the acceptance or after the close (`['events', i, 'at']`),
 *   a second acceptance (`['events', i, 'type']`), `at` before the acceptance (`['at']`)
 * @throws {NotFoundError} an unknown plan, or a document without incident rules
 * @example
 * incidentStatus({
 *   events: [
 *     { type: 'accepted', at: '2026-11-20T10:00+09:00' },
 *     { type: 'support-reply', at: '2026-11-20T15:00+09:00' },
 *   ],
 *   at: '2026-11-22T12:00+09:00',
 * })
 * //=> { state: 'awaiting-customer', closesAt: '2026-11-26T00:00:00+09:00', acceptedAt: '2026-11-20T10:00:00+09:00',
 * //     lastSupportReplyAt: '2026-11-20T15:00:00+09:00', policy: 'civil-code', planId: 'helpdesk-support', reasons: [...] }
 */
export function incidentStatus(input: IncidentStatusInput): IncidentStatus {
  input = readKnownFields(input, STATUS_KEYS, EVENTS) ?? readInput(input);
  rejectMisspeltKeys(input, STATUS_STRICT);
  const obj = expectRecord(input, [], 'an object { events, at }');
  const explain = explainRequested(obj.explain);
  const status = statusOf(input, obj);
  return explain ? { ...status, explanation: explanationOf(status.reasons) } : status;
}

function statusOf(input: IncidentStatusInput, obj: Record<string, unknown>): IncidentStatus {
  const policy = optionalChoice(obj.policy, INCIDENT_DAY_COUNT_POLICIES, 'civil-code', ['policy']);
  const midnight = optionalChoice(obj.midnightReply, MIDNIGHT_REPLY_RULES, 'count-first-day', ['midnightReply']);
  const events = parseEvents(obj.events);
  const atMs = parseInstant(obj.at, ['at']);
  const catalog = catalogOf(input);
  const opens = resolveIncidentRules('opensOn', obj.planId, catalog, 'incident-opening rule');
  const planId = opens.planId;
  const closeRules = opens.section.closeOn ?? [];
  const autoClose = resolveIncidentRules('autoClose', planId, catalog, 'auto-close rule').rule;
  const closeAfter = closeAfterReply(policy, midnight, autoClose, planId, input);

  // Canonical order: by instant, then by event kind, then by input position.
  const sorted = [...events].sort((a, b) => a.ms - b.ms || TYPE_ORDER.get(a.type)! - TYPE_ORDER.get(b.type)! || a.index - b.index);

  // Validate the whole history (events after `at` included): it must describe one incident.
  const accepted = sorted.find((e) => e.type === 'accepted');
  if (accepted === undefined) {
    throw new InvalidInputError(['events'], 'The events contain no `accepted` event: an incident exists from the acceptance of the inquiry', {
      count: events.length,
    });
  }
  let timerEnd: number | undefined;
  let closedBy: ParsedEvent | undefined;
  for (const e of sorted) {
    if (e === accepted) continue;
    if (e.type === 'accepted') {
      throw new ConflictError(['events', e.index, 'type'], `A second acceptance at ${fmt(e.ms)}: the incident was accepted at ${fmt(accepted.ms)} (one inquiry, one incident)`, {
        acceptedAt: fmt(accepted.ms),
      });
    }
    if (e.ms < accepted.ms) {
      throw new ConflictError(['events', e.index, 'at'], `${e.type} at ${fmt(e.ms)} is before the inquiry was accepted at ${fmt(accepted.ms)}`, {
        acceptedAt: fmt(accepted.ms),
        value: fmt(e.ms),
      });
    }
    if (closedBy !== undefined) {
      throw new ConflictError(['events', e.index, 'at'], `${e.type} at ${fmt(e.ms)} is after the incident was closed (${closedBy.type}) at ${fmt(closedBy.ms)}`, {
        closedAt: fmt(closedBy.ms),
        closedBy: closedBy.type,
        interpretation: 'incident-events-after-close',
      });
    }
    if (timerEnd !== undefined && e.ms >= timerEnd) {
      throw new ConflictError(
        ['events', e.index, 'at'],
        `${e.type} at ${fmt(e.ms)} is after the incident closed automatically at ${fmt(timerEnd)} (a new inquiry is a new incident)`,
        { closedAt: fmt(timerEnd), closedBy: 'auto-close', interpretation: 'incident-events-after-close' },
      );
    }
    if (e.type === 'support-reply') timerEnd = closeAfter(e.ms, ['events', e.index, 'at']).endMs;
    else if (e.type === 'customer-contact') timerEnd = undefined;
    else closedBy = e;
  }

  if (atMs < accepted.ms) {
    throw new ConflictError(['at'], `${fmt(atMs)} is before the inquiry was accepted at ${fmt(accepted.ms)}: there is no incident yet`, {
      acceptedAt: fmt(accepted.ms),
    });
  }

  // Evaluate as of `at`.
  const reasons: Reason[] = [
    reason('incident.opened', `The inquiry was accepted at ${fmt(accepted.ms)}${idNote(accepted)}: the incident is open and consumed from then`, {
      source: opens.rule.source,
      factId: opens.rule.id,
    }),
  ];
  const seen = sorted.filter((e) => e.ms <= atMs);
  const ignored = sorted.length - seen.length;
  let lastReply: ParsedEvent | undefined;
  let contactAfterReply: ParsedEvent | undefined;
  let closeEvent: ParsedEvent | undefined;
  for (const e of seen) {
    if (e.type === 'support-reply') {
      lastReply = e;
      contactAfterReply = undefined;
    } else if (e.type === 'customer-contact') {
      if (lastReply !== undefined) contactAfterReply = e;
    } else if (e.type === 'customer-agreed' || e.type === 'resolved') {
      closeEvent = e;
    }
  }
  const replies = seen.filter((e) => e.type === 'support-reply').length;
  const contacts = seen.filter((e) => e.type === 'customer-contact').length;
  if (replies > 0 || contacts > 0) {
    reasons.push(
      reason('incident.events-counted', `Up to ${fmt(atMs)}: ${replies} support repl${replies === 1 ? 'y' : 'ies'} and ${contacts} customer contact${contacts === 1 ? '' : 's'}`),
    );
  }
  const tie = seen.find((e, i) => i > 0 && seen[i - 1]!.ms === e.ms && seen[i - 1]!.type !== e.type);
  if (tie !== undefined) {
    reasons.push(
      reason('incident.same-instant-order', `Several events at ${fmt(tie.ms)}: taken in the order ${INCIDENT_EVENT_TYPES.join(', ')}`, {
        interpretation: 'incident-same-instant-order',
      }),
    );
  }
  if (ignored > 0) {
    reasons.push(reason('incident.events-after-at', `${ignored} event${ignored === 1 ? '' : 's'} after ${fmt(atMs)} not taken into account`));
  }

  // Results are written key by key in a fixed order (no object spread: a slow path on Node 20).
  const acceptedAt = fmt(accepted.ms);
  const lastSupportReplyAt = lastReply ? fmt(lastReply.ms) : undefined;
  const result = (state: IncidentState, closesAt?: string, closedAt?: string, closedBy?: IncidentClosedBy): IncidentStatus => {
    const out: { -readonly [K in keyof IncidentStatus]?: IncidentStatus[K] } = { state };
    if (closesAt !== undefined) out.closesAt = closesAt;
    if (closedAt !== undefined) out.closedAt = closedAt;
    if (closedBy !== undefined) out.closedBy = closedBy;
    out.acceptedAt = acceptedAt;
    if (lastSupportReplyAt !== undefined) out.lastSupportReplyAt = lastSupportReplyAt;
    out.policy = policy;
    out.planId = planId;
    out.reasons = Object.freeze([...reasons]);
    return Object.freeze(out as IncidentStatus);
  };

  if (closeEvent !== undefined) {
    const rule = closeRules.find((r) => r.event === closeEvent.type);
    reasons.push(
      reason(
        closeEvent.type === 'customer-agreed' ? 'incident.closed-by-agreement' : 'incident.closed-by-resolution',
        `${closeEvent.type === 'customer-agreed' ? 'The user agreed to close' : 'The fault was resolved'} at ${fmt(closeEvent.ms)}${idNote(closeEvent)}: the incident is closed`,
        { source: rule?.source, factId: rule?.id },
      ),
    );
    return result('closed', undefined, fmt(closeEvent.ms), closeEvent.type as IncidentClosedBy);
  }

  if (lastReply !== undefined && contactAfterReply === undefined) {
    const end = closeAfter(lastReply.ms, ['events', lastReply.index, 'at']);
    reasons.push(end.reason);
    if (atMs >= end.endMs) {
      reasons.push(
        reason('incident.auto-closed', `No contact from the user since the reply at ${fmt(lastReply.ms)}: the incident closed automatically at ${fmt(end.endMs)}`, {
          source: autoClose.source,
          factId: autoClose.id,
        }),
      );
      return result('closed', fmt(end.endMs), fmt(end.endMs), 'auto-close');
    }
    reasons.push(
      reason('incident.awaiting-customer', `Replied at ${fmt(lastReply.ms)}${idNote(lastReply)}; with no contact from the user the incident closes at ${fmt(end.endMs)}`, {
        source: autoClose.source,
        factId: autoClose.id,
      }),
    );
    return result('awaiting-customer', fmt(end.endMs));
  }

  if (contactAfterReply !== undefined) {
    reasons.push(
      reason(
        'incident.timer-stopped',
        `The user made contact at ${fmt(contactAfterReply.ms)}${idNote(contactAfterReply)}, after the reply at ${fmt(lastReply!.ms)}: no automatic close until the support staff reply again`,
        { source: autoClose.source, factId: autoClose.id, interpretation: 'incident-contact-stops-timer' },
      ),
    );
  } else {
    reasons.push(reason('incident.awaiting-support', 'No support reply yet: the auto-close timer has not started', { source: autoClose.source, factId: autoClose.id }));
  }
  return result('open');
}

/** Builds the "period after a reply" function of a policy. */
function closeAfterReply(
  policy: IncidentDayCountPolicy,
  midnight: MidnightReplyRule,
  rule: IncidentAutoCloseRule,
  planId: string,
  input: IncidentStatusInput,
): (replyMs: number, path: ReadonlyArray<string | number>) => { endMs: number; reason: Reason } {
  const days = rule.days;
  const extra = { source: rule.source, factId: rule.id };
  if (policy === 'elapsed') {
    return (replyMs) => {
      const endMs = elapsedDaysEnd(replyMs, days);
      return {
        endMs,
        reason: reason('incident.period.elapsed', `${days} × 24 hours after the reply at ${fmt(replyMs)} is ${fmt(endMs)} (policy elapsed)`, {
          source: extra.source,
          factId: extra.factId,
          interpretation: 'incident-auto-close-days',
        }),
      };
    };
  }
  const midnightNote = (replyMs: number) =>
    isJapanMidnight(replyMs)
      ? midnight === 'count-first-day'
        ? ' The reply was at exactly 00:00, so its day is counted (民法140 ただし書).'
        : ' The reply was at exactly 00:00; its day is still not counted (midnightReply: exclude-first-day).'
      : '';
  if (policy === 'civil-code') {
    return (replyMs) => {
      const { endMs, firstDay, lastDay } = civilCodeDaysEnd(replyMs, days, midnight);
      return {
        endMs,
        reason: reason(
          'incident.period.civil-code',
          `Counted by 民法140/141 from the reply at ${fmt(replyMs)}: day 1 is ${formatIsoDate(firstDay)}, day ${days} is ${formatIsoDate(lastDay)}; the period ends at its end, ${fmt(endMs)}.${midnightNote(replyMs)}`,
          { source: extra.source, factId: extra.factId, interpretation: isJapanMidnight(replyMs) ? 'incident-midnight-reply' : 'incident-auto-close-days' },
        ),
      };
    };
  }
  const calendar = businessDayCalendarFor(planId, input);
  return (replyMs, path) => {
    const end = businessDaysEnd(replyMs, days, midnight, calendar.at(path), calendar.maxScanDays);
    if (end === undefined) {
      throw new ConflictError([...path], `No ${days} business days (${calendar.description}) within ${calendar.maxScanDays} days after ${fmt(replyMs)}`, {
        channel: calendar.channel,
      });
    }
    return {
      endMs: end.endMs,
      reason: reason(
        'incident.period.business-days',
        `Counted in business days of ${calendar.description} from the reply at ${fmt(replyMs)}: ${end.countedDays.map(formatIsoDate).join(', ')}; the period ends at the end of ${formatIsoDate(end.lastDay)}, ${fmt(end.endMs)}.${midnightNote(replyMs)}`,
        { source: extra.source, factId: extra.factId, interpretation: 'incident-business-days' },
      ),
    };
  };
}

function parseEvents(value: unknown): ParsedEvent[] {
  if (!Array.isArray(value)) {
    throw new InvalidInputError(['events'], `Expected an array of events, received ${describeValue(value)}`, { value: describeValue(value) });
  }
  return value.map((raw, index): ParsedEvent => {
    const e = expectRecord(raw, ['events', index], 'an event { type, at }');
    if (typeof e.type !== 'string' || !TYPE_ORDER.has(e.type)) {
      throw new InvalidInputError(
        ['events', index, 'type'],
        `Unknown event type ${describeValue(e.type)}; expected one of ${INCIDENT_EVENT_TYPES.join(', ')}`,
        { value: typeof e.type === 'string' ? e.type : describeValue(e.type), allowed: INCIDENT_EVENT_TYPES },
      );
    }
    const ms = parseInstant(e.at, ['events', index, 'at']);
    if (e.id !== undefined && typeof e.id !== 'string') {
      throw new InvalidInputError(['events', index, 'id'], 'An event id must be a string', { value: describeValue(e.id) });
    }
    return { index, type: e.type as IncidentEventType, ms, id: e.id as string | undefined }; // id present when undefined (see src/boundary/record.ts)
  });
}

function fmt(ms: number): string {
  return formatJapanInstant(ms);
}

function idNote(e: ParsedEvent): string {
  return e.id === undefined ? '' : ` (event ${e.id})`;
}

