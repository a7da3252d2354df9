/**
 * incidentStatus: 002 仕様書 6 「当社サポート要員からの回答後、5 日が経過しても利用者からの連絡がない場合、
 * 当該インシデントはクローズされるものとします。」 and 6.1 「利用者の了承もしくは不具合等の解消を以って」.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { bundledFixtures, incidentStatus, type IncidentEvent } from '../../src/index.js';
import { loadCatalog } from '../../src/schemas/index.js';
import { deepFreeze, expectError } from './helpers.js';
import { textOf } from '../helpers/passage.js';

const accepted = (at: string): IncidentEvent => ({ type: 'accepted', at });
const reply = (at: string): IncidentEvent => ({ type: 'support-reply', at });
const contact = (at: string): IncidentEvent => ({ type: 'customer-contact', at });

/** Accepted one hour before the reply (or at it), replied at `replyAt`: when does it close? */
function closesAt(replyAt: string, policy?: 'civil-code' | 'elapsed', extra: object = {}): string | undefined {
  return incidentStatus({ events: [accepted(replyAt), reply(replyAt)], at: replyAt, ...(policy ? { policy } : {}), ...extra }).closesAt;
}

describe('civil-code (default): 民法140 the reply day is not counted, 民法141 the period ends at the end of day 5', () => {
  it.each([
    // [reply, closes at]  (the example first)
    ['2026-11-20T15:00+09:00', '2026-11-26T00:00:00+09:00'],
    ['2026-11-20T23:59:59+09:00', '2026-11-26T00:00:00+09:00'],
    ['2026-11-20T00:00:01+09:00', '2026-11-26T00:00:00+09:00'],
    // month ends
    ['2026-01-28T09:00+09:00', '2026-02-03T00:00:00+09:00'],
    ['2026-11-27T20:00+09:00', '2026-12-03T00:00:00+09:00'],
    ['2026-04-30T12:00+09:00', '2026-05-06T00:00:00+09:00'],
    // 年末年始: calendar days, the year-end closure is not skipped (interpretation incident-auto-close-days)
    ['2026-12-28T17:00+09:00', '2027-01-03T00:00:00+09:00'],
    ['2026-12-31T10:00+09:00', '2027-01-06T00:00:00+09:00'],
    // leap day 2028-02-29 is a day like any other; 2027 has none
    ['2028-02-25T12:00+09:00', '2028-03-02T00:00:00+09:00'],
    ['2027-02-25T12:00+09:00', '2027-03-03T00:00:00+09:00'],
    ['2028-02-29T12:00+09:00', '2028-03-06T00:00:00+09:00'],
    // inputs in UTC are read in Japan time: 2026-11-20T15:30Z is 11-21 00:30 in Tokyo
    ['2026-11-20T15:30:00Z', '2026-11-27T00:00:00+09:00'],
    ['2026-11-20T14:59:59Z', '2026-11-26T00:00:00+09:00'],
    ['2026-12-31T16:00:00Z', '2027-01-07T00:00:00+09:00'],
    ['2028-02-28T15:30:00Z', '2028-03-06T00:00:00+09:00'],
    // no offset = Japan time
    ['2026-11-20T15:00', '2026-11-26T00:00:00+09:00'],
  ])('reply %s → closes %s', (replyAt, expected) => {
    expect(closesAt(replyAt)).toBe(expected);
  });

  it('民法140 ただし書: a reply at exactly 00:00 Japan time counts its own day (interpretation incident-midnight-reply)', () => {
    expect(closesAt('2026-11-20T00:00+09:00')).toBe('2026-11-25T00:00:00+09:00');
    expect(closesAt('2026-11-19T15:00:00Z')).toBe('2026-11-25T00:00:00+09:00'); // the same instant, in UTC
    expect(closesAt('2026-11-20T00:00:00.001+09:00')).toBe('2026-11-26T00:00:00+09:00');
    expect(closesAt('2028-02-29T00:00+09:00')).toBe('2028-03-05T00:00:00+09:00');
    const s = incidentStatus({ events: [accepted('2026-11-20T00:00+09:00'), reply('2026-11-20T00:00+09:00')], at: '2026-11-20T00:00+09:00' });
    expect(s.reasons.find((r) => r.rule === 'incident.period.civil-code')?.interpretation).toBe('incident-midnight-reply');
  });

  it('midnightReply: exclude-first-day ignores the proviso', () => {
    expect(closesAt('2026-11-20T00:00+09:00', undefined, { midnightReply: 'exclude-first-day' })).toBe('2026-11-26T00:00:00+09:00');
  });

  it('at the close instant the incident is closed; one millisecond earlier it is not (ends exclusive)', () => {
    const events = [accepted('2026-11-20T10:00+09:00'), reply('2026-11-20T15:00+09:00')];
    expect(incidentStatus({ events, at: '2026-11-25T23:59:59.999+09:00' }).state).toBe('awaiting-customer');
    const s = incidentStatus({ events, at: '2026-11-25T15:00:00Z' });
    expect(s).toMatchObject({ state: 'closed', closedBy: 'auto-close', closedAt: '2026-11-26T00:00:00+09:00', closesAt: '2026-11-26T00:00:00+09:00' });
    expect(s.reasons.map((r) => r.rule)).toContain('incident.auto-closed');
  });
});

describe('elapsed: exactly 5 × 24 hours', () => {
  it.each([
    ['2026-11-20T15:00+09:00', '2026-11-25T15:00:00+09:00'],
    ['2026-11-28T10:00+09:00', '2026-12-03T10:00:00+09:00'],
    ['2026-12-30T10:00+09:00', '2027-01-04T10:00:00+09:00'],
    ['2028-02-26T10:00+09:00', '2028-03-02T10:00:00+09:00'],
    ['2027-02-26T10:00+09:00', '2027-03-03T10:00:00+09:00'],
    ['2026-12-31T20:00:00Z', '2027-01-06T05:00:00+09:00'],
    ['2026-11-20T00:00+09:00', '2026-11-25T00:00:00+09:00'],
  ])('reply %s → closes %s', (replyAt, expected) => {
    expect(closesAt(replyAt, 'elapsed')).toBe(expected);
  });
});

describe('the timer: contact stops it, the next reply restarts it', () => {
  const events = [
    accepted('2026-11-20T10:00+09:00'),
    reply('2026-11-20T15:00+09:00'),
    contact('2026-11-23T09:00+09:00'),
  ];
  it('before any reply the incident is open, with no close time', () => {
    const s = incidentStatus({ events: [accepted('2026-11-20T10:00+09:00')], at: '2027-01-01T00:00+09:00' });
    expect(s).toMatchObject({ state: 'open', acceptedAt: '2026-11-20T10:00:00+09:00' });
    expect(s.closesAt).toBeUndefined();
    expect(s.reasons.map((r) => r.rule)).toEqual(['incident.opened', 'incident.awaiting-support']);
  });
  it('contact after the reply: open, never closed automatically however long it waits', () => {
    const s = incidentStatus({ events, at: '2027-06-01T00:00+09:00' });
    expect(s.state).toBe('open');
    expect(s.closesAt).toBeUndefined();
    expect(s.reasons.find((r) => r.rule === 'incident.timer-stopped')?.interpretation).toBe('incident-contact-stops-timer');
  });
  it('a new reply restarts the full period from that reply', () => {
    const more = [...events, reply('2026-11-24T10:00+09:00')];
    expect(incidentStatus({ events: more, at: '2026-11-24T10:00+09:00' })).toMatchObject({
      state: 'awaiting-customer',
      closesAt: '2026-11-30T00:00:00+09:00',
      lastSupportReplyAt: '2026-11-24T10:00:00+09:00',
    });
    expect(incidentStatus({ events: more, at: '2026-11-30T00:00+09:00' })).toMatchObject({ state: 'closed', closedBy: 'auto-close' });
  });
  it('contact before the first reply does not matter; the reply starts the timer', () => {
    const s = incidentStatus({
      events: [accepted('2026-11-20T10:00+09:00'), contact('2026-11-20T11:00+09:00'), reply('2026-11-20T15:00+09:00')],
      at: '2026-11-21T00:00+09:00',
    });
    expect(s).toMatchObject({ state: 'awaiting-customer', closesAt: '2026-11-26T00:00:00+09:00' });
  });
  it('two replies: the last one counts', () => {
    const s = incidentStatus({
      events: [accepted('2026-11-20T10:00+09:00'), reply('2026-11-20T15:00+09:00'), reply('2026-11-22T09:00+09:00')],
      at: '2026-11-22T10:00+09:00',
    });
    expect(s.closesAt).toBe('2026-11-28T00:00:00+09:00');
  });
  it('events after `at` are not taken into account (and say so)', () => {
    const s = incidentStatus({ events, at: '2026-11-21T00:00+09:00' });
    expect(s).toMatchObject({ state: 'awaiting-customer', closesAt: '2026-11-26T00:00:00+09:00' });
    expect(s.reasons.map((r) => r.rule)).toContain('incident.events-after-at');
  });
  it('a contact and a reply at the same instant: the reply answers the contact (interpretation incident-same-instant-order)', () => {
    const same = '2026-11-23T09:00+09:00';
    for (const order of [[contact(same), reply(same)], [reply(same), contact(same)]]) {
      const s = incidentStatus({ events: [accepted('2026-11-20T10:00+09:00'), ...order], at: same });
      expect(s).toMatchObject({ state: 'awaiting-customer', closesAt: '2026-11-29T00:00:00+09:00' });
      expect(s.reasons.find((r) => r.rule === 'incident.same-instant-order')?.interpretation).toBe('incident-same-instant-order');
    }
  });
  it('events given in any order give the same answer', () => {
    const a = incidentStatus({ events, at: '2026-12-01T00:00+09:00' });
    const b = incidentStatus({ events: [events[2]!, events[0]!, events[1]!], at: '2026-12-01T00:00+09:00' });
    expect(b).toEqual(a);
  });
});

describe('closing on agreement or resolution (6.1)', () => {
  it('customer-agreed closes at once, with its source', () => {
    const s = incidentStatus({
      events: [accepted('2026-11-20T10:00+09:00'), reply('2026-11-20T15:00+09:00'), { type: 'customer-agreed', at: '2026-11-21T09:00:00Z' }],
      at: '2026-11-22T00:00+09:00',
    });
    expect(s).toMatchObject({ state: 'closed', closedBy: 'customer-agreed', closedAt: '2026-11-21T18:00:00+09:00' });
    expect(s.closesAt).toBeUndefined();
    const r = s.reasons.find((x) => x.rule === 'incident.closed-by-agreement');
    expect(r?.factId).toBe('helpdesk-incident-close-on-agreement');
    expect(textOf(r?.source?.passage)).toContain('利用者の了承');
  });
  it('resolved closes even before any reply', () => {
    const s = incidentStatus({ events: [accepted('2026-11-20T10:00+09:00'), { type: 'resolved', at: '2026-11-20T11:00+09:00', id: 'r1' }], at: '2026-11-20T11:00+09:00' });
    expect(s).toMatchObject({ state: 'closed', closedBy: 'resolved', closedAt: '2026-11-20T11:00:00+09:00' });
    expect(s.reasons.at(-1)?.message).toContain('event r1');
  });
  it('before the agreement the incident is awaiting the customer', () => {
    const s = incidentStatus({
      events: [accepted('2026-11-20T10:00+09:00'), reply('2026-11-20T15:00+09:00'), { type: 'customer-agreed', at: '2026-11-21T18:00+09:00' }],
      at: '2026-11-21T17:59+09:00',
    });
    expect(s.state).toBe('awaiting-customer');
  });
});

describe('rules are read from the catalog', () => {
  it('a catalog whose 002 says 3 days closes three days after the reply', () => {
    const docs = JSON.parse(JSON.stringify(bundledFixtures)) as Array<{ document: { id: string }; incidents?: { autoClose?: { days: number } } }>;
    docs.find((d) => d.document.id === 'helpdesk-support')!.incidents!.autoClose!.days = 3;
    const mine = loadCatalog({ documents: docs });
    const events = [accepted('2026-11-20T10:00+09:00'), reply('2026-11-20T15:00+09:00')];
    expect(incidentStatus({ events, at: '2026-11-21T00:00+09:00', catalog: mine }).closesAt).toBe('2026-11-24T00:00:00+09:00');
    expect(incidentStatus({ events, at: '2026-11-21T00:00+09:00', catalog: mine, policy: 'elapsed' }).closesAt).toBe('2026-11-23T15:00:00+09:00');
  });
  it('planId selects the document; explicit helpdesk-support is the default', () => {
    const events = [accepted('2026-11-20T10:00+09:00'), reply('2026-11-20T15:00+09:00')];
    expect(incidentStatus({ events, at: '2026-11-21T00:00+09:00', planId: 'helpdesk-support' })).toEqual(
      incidentStatus({ events, at: '2026-11-21T00:00+09:00' }),
    );
  });
  it('results are JSON-serialisable and inputs are not mutated', () => {
    const input = deepFreeze({
      events: [reply('2026-11-20T15:00+09:00'), accepted('2026-11-20T10:00+09:00')],
      at: '2026-11-21T00:00+09:00',
    });
    const before = JSON.stringify(input);
    const s = incidentStatus(input);
    expect(JSON.stringify(input)).toBe(before);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
  });
  it('Date objects are accepted for instants', () => {
    const s = incidentStatus({ events: [accepted('2026-11-20T10:00+09:00'), { type: 'support-reply', at: new Date('2026-11-20T06:00:00Z') }], at: new Date('2026-11-22T00:00:00Z') });
    expect(s.closesAt).toBe('2026-11-26T00:00:00+09:00');
  });
});

describe('bad input: typed errors naming the field', () => {
  const ok = [accepted('2026-11-20T10:00+09:00'), reply('2026-11-20T15:00+09:00')];
  it('a reply before the acceptance', () => {
    expectError(() => incidentStatus({ events: [reply('2026-11-20T09:00+09:00'), accepted('2026-11-20T10:00+09:00')], at: '2026-11-21T00:00+09:00' }), 'conflict', ['events', 0, 'at']);
  });
  it('a contact after the automatic close (a new inquiry is a new incident)', () => {
    expectError(() => incidentStatus({ events: [...ok, contact('2026-11-26T00:00+09:00')], at: '2026-11-21T00:00+09:00' }), 'conflict', ['events', 2, 'at']);
    // one millisecond before the close is fine
    expect(incidentStatus({ events: [...ok, contact('2026-11-25T23:59:59.999+09:00')], at: '2026-12-01T00:00+09:00' }).state).toBe('open');
  });
  it('a reply after the agreement', () => {
    expectError(
      () => incidentStatus({ events: [...ok, { type: 'customer-agreed', at: '2026-11-21T10:00+09:00' }, reply('2026-11-21T11:00+09:00')], at: '2026-11-22T00:00+09:00' }),
      'conflict',
      ['events', 3, 'at'],
    );
  });
  it('an unknown event type', () => {
    expectError(() => incidentStatus({ events: [...ok, { type: 'escalated', at: '2026-11-21T10:00+09:00' } as unknown as IncidentEvent], at: '2026-11-22T00:00+09:00' }), 'invalid_input', ['events', 2, 'type']);
  });
  it('a malformed instant, a missing `at`, a bad event', () => {
    expectError(() => incidentStatus({ events: [accepted('2026-11-20T10:00+09:00'), reply('2026-11-31T10:00')], at: '2026-11-22T00:00+09:00' }), 'invalid_input', ['events', 1, 'at']);
    expectError(() => incidentStatus({ events: [accepted('2026-11-20')], at: '2026-11-22T00:00+09:00' }), 'invalid_input', ['events', 0, 'at']);
    expectError(() => incidentStatus({ events: ok } as unknown as Parameters<typeof incidentStatus>[0]), 'invalid_input', ['at']);
    expectError(() => incidentStatus({ events: [null as unknown as IncidentEvent], at: '2026-11-22T00:00+09:00' }), 'invalid_input', ['events', 0]);
    expectError(() => incidentStatus({ events: [{ ...ok[0]!, id: 7 as unknown as string }], at: '2026-11-22T00:00+09:00' }), 'invalid_input', ['events', 0, 'id']);
  });
  it('events that are not an array, no acceptance, two acceptances', () => {
    expectError(() => incidentStatus({ events: 'x' as unknown as IncidentEvent[], at: '2026-11-22T00:00+09:00' }), 'invalid_input', ['events']);
    expectError(() => incidentStatus({ events: [], at: '2026-11-22T00:00+09:00' }), 'invalid_input', ['events']);
    expectError(() => incidentStatus({ events: [reply('2026-11-20T15:00+09:00')], at: '2026-11-22T00:00+09:00' }), 'invalid_input', ['events']);
    expectError(() => incidentStatus({ events: [...ok, accepted('2026-11-21T10:00+09:00')], at: '2026-11-22T00:00+09:00' }), 'conflict', ['events', 2, 'type']);
  });
  it('`at` before the acceptance', () => {
    expectError(() => incidentStatus({ events: ok, at: '2026-11-20T09:59+09:00' }), 'conflict', ['at']);
  });
  it('unknown policy, midnight rule, plan; a plan whose document has no incident rules; not an object', () => {
    expectError(() => incidentStatus({ events: ok, at: '2026-11-22T00:00+09:00', policy: 'weekdays' as never }), 'invalid_input', ['policy']);
    expectError(() => incidentStatus({ events: ok, at: '2026-11-22T00:00+09:00', midnightReply: 'x' as never }), 'invalid_input', ['midnightReply']);
    expectError(() => incidentStatus({ events: ok, at: '2026-11-22T00:00+09:00', planId: 'nope' }), 'not_found', ['planId']);
    expectError(() => incidentStatus({ events: ok, at: '2026-11-22T00:00+09:00', planId: 'oas-plan-a' }), 'not_found', ['planId']);
    expectError(() => incidentStatus(null as never), 'invalid_input', []);
  });
  it('an instant outside the supported range', () => {
    expectError(() => incidentStatus({ events: [accepted('1950-01-01T10:00+09:00')], at: '2026-11-22T00:00+09:00' }), 'out_of_range', ['events', 0, 'at']);
  });
});

describe('business-days: 002 phone business days (Mon–Fri, no national holidays, no 年末年始), from the calendar module', () => {
  const bd = (replyAt: string, extra: object = {}) => closesAt(replyAt, 'business-days' as never, extra);
  it.each([
    // [reply, closes at]: day 1 is the first business day after the reply's day; the period ends at the end of day 5
    ['2026-11-20T15:00+09:00', '2026-12-01T00:00:00+09:00'], // Fri; 11-23 勤労感謝の日 skipped: 24, 25, 26, 27, 30
    ['2026-12-28T17:00+09:00', '2027-01-09T00:00:00+09:00'], // 年末年始 12/29–1/3 skipped: 1/4 … 1/8
    ['2026-09-30T10:00+09:00', '2026-10-08T00:00:00+09:00'], // month end
    ['2028-02-24T12:00+09:00', '2028-03-03T00:00:00+09:00'], // leap day 2028-02-29 (Tue) is a business day
    ['2026-11-19T15:30:00Z', '2026-12-01T00:00:00+09:00'], // = Fri 11-20 00:30 JST, not Thu 11-19
    ['2026-11-20T00:00+09:00', '2026-11-28T00:00:00+09:00'], // 00:00 reply on a business day: that day counts (民法140 ただし書)
  ])('reply %s → closes %s', (replyAt, expected) => {
    expect(bd(replyAt)).toBe(expected);
  });
  it('reasons list the business days counted and cite the interpretation', () => {
    const s = incidentStatus({ events: [accepted('2026-12-28T10:00+09:00'), reply('2026-12-28T17:00+09:00')], at: '2026-12-30T00:00+09:00', policy: 'business-days' });
    const r = s.reasons.find((x) => x.rule === 'incident.period.business-days');
    expect(r?.interpretation).toBe('incident-business-days');
    expect(r?.message).toContain('2027-01-04, 2027-01-05, 2027-01-06, 2027-01-07, 2027-01-08');
  });
  it('company closures and the 年末年始 span are passed to the calendar', () => {
    expect(bd('2026-11-20T15:00+09:00', { businessCalendar: { closures: [{ start: '2026-11-24', end: '2026-11-25' }] } })).toBe('2026-12-03T00:00:00+09:00');
    expect(bd('2026-12-28T17:00+09:00', { businessCalendar: { yearEnd: null } })).toBe('2027-01-06T00:00:00+09:00');
  });
  it('before 2018-11-01 the phone hours are unknown: an error naming the reply, unless the caller decides', () => {
    expectError(() => bd('2018-10-25T10:00+09:00'), 'out_of_range', ['events', 1, 'at']);
    expect(bd('2018-10-25T10:00+09:00', { businessCalendar: { unknownAs: 'closed' } })).toBe('2018-11-08T00:00:00+09:00');
  });
  it('bad calendar settings name the field', () => {
    expectError(() => bd('2026-11-20T15:00+09:00', { businessDayChannel: 'fax' }), 'not_found', ['businessDayChannel']);
    expectError(() => bd('2026-11-20T15:00+09:00', { businessCalendar: { unknownAs: 'x' } }), 'invalid_input', ['businessCalendar', 'unknownAs']);
    expectError(() => bd('2026-11-20T15:00+09:00', { businessCalendar: { closures: [{ start: '2026-11-30', end: '2026-11-01' }] } }), 'conflict', ['businessCalendar', 'closures', 0, 'end']);
    expectError(() => bd('2026-11-20T15:00+09:00', { businessCalendar: 'x' }), 'invalid_input', ['businessCalendar']);
  });
});

describe('catalog input', () => {
  it('a raw object instead of a loaded catalog is a typed error', () => {
    expectError(
      () => incidentStatus({ events: [accepted('2026-11-20T10:00+09:00')], at: '2026-11-21T00:00+09:00', catalog: { documents: [] } as never }),
      'invalid_input',
      ['catalog'],
    );
  });
});
