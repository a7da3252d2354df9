/**
 * Invariants of incidentStatus (fast-check), for every policy that does not need a calendar:
 * - the close time is never earlier than five days after the last reply (in the policy's sense);
 * - events in any order give the same answer;
 * - contact after the last reply means no automatic close.
 */
// @ts-nocheck

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getDocument, incidentStatus, isBusinessDay, type IncidentDayCountPolicy, type IncidentEvent } from '../../src/index.js';
import { formatIsoDate, japanEpochDay, japanMidnight } from '../../src/time/index.js';

const DAYS = getDocument('helpdesk-support').incidents!.autoClose!.days;
const DAY_MS = 86_400_000;
const MINUTE = 60_000;
const BASE = Date.UTC(2019, 0, 1); // instants from 2019 to ~2031, across month ends, leap days and year ends

type Step = { readonly kind: 'support-reply' | 'customer-contact'; readonly gapMinutes: number; readonly midnight: boolean };

/** A valid history: accepted, then replies and contacts; after a reply the next event comes before any close. */
const historyArb = fc
  .record({
    startDay: fc.integer({ min: 0, max: 12 * 365 }),
    startMinute: fc.integer({ min: 0, max: 1439 }),
    steps: fc.array(
      fc.record({
        kind: fc.constantFrom('support-reply' as const, 'customer-contact' as const),
        gapMinutes: fc.integer({ min: 0, max: 20 * 1440 }),
        midnight: fc.boolean(),
      }),
      { maxLength: 8 },
    ),
    closing: fc.option(fc.constantFrom('customer-agreed' as const, 'resolved' as const), { nil: undefined }),
    closingGap: fc.integer({ min: 0, max: DAYS * 1440 - 1 }),
    atGapMinutes: fc.integer({ min: 0, max: 30 * 1440 }),
    utc: fc.boolean(),
  })
  .map(({ startDay, startMinute, steps, closing, closingGap, atGapMinutes, utc }) => {
    const fmt = (ms: number) => (utc ? new Date(ms).toISOString() : toJst(ms));
    let t = BASE + startDay * DAY_MS + startMinute * MINUTE;
    const events: IncidentEvent[] = [{ type: 'accepted', at: fmt(t) }];
    let timerRunning = false;
    for (const s of steps as Step[]) {
      // After a reply, stay strictly within 5 × 24 h (before the close under every policy).
      // A contact at the very instant of a reply would be ordered before it (incident-same-instant-order):
      // keep contacts at least a minute after a reply so that the history means what it says.
      const minGap = timerRunning && s.kind === 'customer-contact' ? 1 : 0;
      const gap = Math.max(minGap, timerRunning ? s.gapMinutes % (DAYS * 1440) : s.gapMinutes);
      let next = t + gap * MINUTE;
      if (s.midnight && !timerRunning) next = Math.max(t, japanMidnight(japanEpochDay(next)));
      t = next;
      events.push({ type: s.kind, at: fmt(t) });
      timerRunning = s.kind === 'support-reply';
    }
    if (closing) {
      t += closingGap * MINUTE;
      events.push({ type: closing, at: fmt(t) });
    }
    return { events, at: fmt(t + atGapMinutes * MINUTE) };
  });

function toJst(ms: number): string {
  return new Date(ms + 9 * 3_600_000).toISOString().replace('Z', '+09:00');
}

const policies: IncidentDayCountPolicy[] = ['civil-code', 'elapsed', 'business-days'];

describe.each(policies)('incidentStatus invariants (%s)', (policy) => {
  it('the close time is never earlier than five days after the last reply', () => {
    fc.assert(
      fc.property(historyArb, ({ events, at }) => {
        const s = incidentStatus({ events, at, policy });
        const close = s.closesAt ?? (s.closedBy === 'auto-close' ? s.closedAt : undefined);
        if (close === undefined) return;
        expect(s.lastSupportReplyAt).toBeDefined();
        const reply = Date.parse(s.lastSupportReplyAt!);
        const end = Date.parse(close);
        expect(end).toBeGreaterThanOrEqual(reply + DAYS * DAY_MS);
        if (policy === 'elapsed') expect(end).toBe(reply + DAYS * DAY_MS);
        else if (policy === 'business-days') {
          // a Japan midnight; the day before it is a business day; DAYS business days after the reply's day
          expect(japanMidnight(japanEpochDay(end))).toBe(end);
          const isMidnight = japanMidnight(japanEpochDay(reply)) === reply;
          const first = japanEpochDay(reply) + (isMidnight ? 0 : 1);
          let count = 0;
          for (let d = first; d < japanEpochDay(end); d++) if (isBusinessDay({ planId: 'helpdesk-support', channel: 'phone', date: formatIsoDate(d) })) count++;
          expect(count).toBe(DAYS);
          expect(isBusinessDay({ planId: 'helpdesk-support', channel: 'phone', date: formatIsoDate(japanEpochDay(end) - 1) })).toBe(true);
        } else {
          // civil-code: the end is a Japan midnight, DAYS + 1 days after the reply's day (DAYS after a 00:00 reply).
          expect(japanMidnight(japanEpochDay(end))).toBe(end);
          const isMidnight = japanMidnight(japanEpochDay(reply)) === reply;
          expect(japanEpochDay(end) - japanEpochDay(reply)).toBe(isMidnight ? DAYS : DAYS + 1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('events in any order give the same answer', () => {
    fc.assert(
      fc.property(
        historyArb.chain((h) => fc.tuple(fc.constant(h), fc.shuffledSubarray(h.events, { minLength: h.events.length, maxLength: h.events.length }))),
        ([{ events, at }, shuffled]) => {
          expect(incidentStatus({ events: shuffled, at, policy })).toEqual(incidentStatus({ events, at, policy }));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('contact after the last reply means no automatic close', () => {
    fc.assert(
      fc.property(historyArb, ({ events, at }) => {
        const atMs = Date.parse(at);
        const seen = events.filter((e) => Date.parse(e.at as string) <= atMs && (e.type === 'support-reply' || e.type === 'customer-contact'));
        const last = seen.at(-1);
        const hasReply = seen.some((e) => e.type === 'support-reply');
        const s = incidentStatus({ events, at, policy });
        if (last?.type === 'customer-contact' && hasReply) {
          expect(s.closedBy).not.toBe('auto-close');
          expect(s.closesAt).toBeUndefined();
        }
      }),
      { numRuns: 300 },
    );
  });

  it('once closed, an incident stays closed at every later instant', () => {
    fc.assert(
      fc.property(historyArb, fc.integer({ min: 0, max: 60 * 1440 }), ({ events, at }, laterMinutes) => {
        const s = incidentStatus({ events, at, policy });
        if (s.state !== 'closed') return;
        const later = incidentStatus({ events, at: new Date(Date.parse(at) + laterMinutes * MINUTE), policy });
        expect(later).toMatchObject({ state: 'closed', closedAt: s.closedAt, closedBy: s.closedBy });
      }),
      { numRuns: 200 },
    );
  });
});
