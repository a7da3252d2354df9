/**
 * incidentStatus, word for word: every reason's rule, message, fact and interpretation, the result's exact keys, and
 * every refusal's code, path, message and details. 002 仕様書 6:
 * 「1 インシデントのクローズは、利用者の了承もしくは不具合等の解消を以って行われます。」
 * 「2 当社サポート要員からの回答後、5 日が経過しても利用者からの連絡がない場合、当該インシデントはクローズされるものとします。」
 * and 1.2 「2 利用者からの問合せを当社が受理した時点で、１インシデントが消費されることとします。」
 */
import { describe, expect, it } from 'vitest';
import { ContractRulesError, bundledFixtures, getDocument, incidentStatus, type IncidentEvent, type IncidentStatus, type IncidentStatusInput } from '../../src/index.js';
import { loadCatalog } from '../../src/schemas/index.js';
import { textOf } from '../helpers/passage.js';

const A = (at: string, id?: string): IncidentEvent => ({ type: 'accepted', at, ...(id ? { id } : {}) });
const R = (at: string, id?: string): IncidentEvent => ({ type: 'support-reply', at, ...(id ? { id } : {}) });
const C = (at: string, id?: string): IncidentEvent => ({ type: 'customer-contact', at, ...(id ? { id } : {}) });

const h = getDocument('helpdesk-support').incidents!;
const OPENED = 'helpdesk-incident-opens-on-acceptance';
const AUTO = 'helpdesk-incident-auto-close';
const ORDER = 'taken in the order accepted, customer-contact, support-reply, customer-agreed, resolved';

/** The fact each id names, so a reason's source can be checked against the fixture. */
const sourceOf: Record<string, unknown> = {
  [OPENED]: h.opensOn!.source,
  [AUTO]: h.autoClose!.source,
  'helpdesk-incident-close-on-agreement': h.closeOn!.find((c) => c.event === 'customer-agreed')!.source,
  'helpdesk-incident-close-on-resolution': h.closeOn!.find((c) => c.event === 'resolved')!.source,
};

type Brief = [rule: string, message: string, factId?: string, interpretation?: string];

/** The answer with its reasons as [rule, message, factId, interpretation]; checks each reason's source against its fact. */
function brief(s: IncidentStatus): Omit<IncidentStatus, 'reasons'> & { reasons: Brief[] } {
  expect(Object.isFrozen(s)).toBe(s.explanation === undefined); // explain: true adds the text to a copy
  expect(Object.isFrozen(s.reasons)).toBe(true);
  return {
    ...s,
    reasons: s.reasons.map((r) => {
      expect(r.source).toStrictEqual(r.factId === undefined ? undefined : sourceOf[r.factId]);
      const out: Brief = [r.rule, r.message];
      if (r.factId !== undefined || r.interpretation !== undefined) out.push(r.factId);
      if (r.interpretation !== undefined) out.push(r.interpretation);
      return out;
    }),
  };
}

function refusal(input: unknown): { code: string; path: readonly (string | number)[]; message: string; details: unknown } {
  try {
    incidentStatus(input as IncidentStatusInput);
  } catch (e) {
    expect(e).toBeInstanceOf(ContractRulesError);
    const err = e as ContractRulesError;
    return { code: err.code, path: err.path, message: err.message, details: JSON.parse(JSON.stringify(err.details ?? null)) };
  }
  throw new Error('expected a refusal');
}

const opened = (at: string, id = ''): Brief => ['incident.opened', `The inquiry was accepted at ${at}${id}: the incident is open and consumed from then`, OPENED];
const civil = (reply: string, d1: string, d5: string, end: string, note = '', interp = 'incident-auto-close-days'): Brief => [
  'incident.period.civil-code',
  `Counted by 民法140/141 from the reply at ${reply}: day 1 is ${d1}, day 5 is ${d5}; the period ends at its end, ${end}.${note}`,
  AUTO,
  interp,
];

describe('the sources cited are the document’s passages', () => {
  it('6.2 and 1.2 are the passages behind the timer and the opening', () => {
    expect(textOf(h.autoClose!.source.passage)).toContain('回答後、5 日が経過しても利用者からの連絡がない場合');
    expect(textOf(h.opensOn!.source.passage)).toContain('受理した時点で、１インシデントが消費');
  });
});

describe('every state, word for word', () => {
  it('awaiting the customer after a reply (with ids and explain: true)', () => {
    const s = incidentStatus({ events: [A('2026-11-20T10:00+09:00', 'a1'), R('2026-11-20T15:00+09:00', 'r1')], at: '2026-11-22T12:00+09:00', explain: true });
    const reasons: Brief[] = [
      opened('2026-11-20T10:00:00+09:00', ' (event a1)'),
      ['incident.events-counted', 'Up to 2026-11-22T12:00:00+09:00: 1 support reply and 0 customer contacts'],
      civil('2026-11-20T15:00:00+09:00', '2026-11-21', '2026-11-25', '2026-11-26T00:00:00+09:00'),
      ['incident.awaiting-customer', 'Replied at 2026-11-20T15:00:00+09:00 (event r1); with no contact from the user the incident closes at 2026-11-26T00:00:00+09:00', AUTO],
    ];
    expect(brief(s)).toStrictEqual({
      state: 'awaiting-customer',
      closesAt: '2026-11-26T00:00:00+09:00',
      acceptedAt: '2026-11-20T10:00:00+09:00',
      lastSupportReplyAt: '2026-11-20T15:00:00+09:00',
      policy: 'civil-code',
      planId: 'helpdesk-support',
      reasons,
      explanation: [
        'incident.opened: The inquiry was accepted at 2026-11-20T10:00:00+09:00 (event a1): the incident is open and consumed from then',
        'incident.events-counted: Up to 2026-11-22T12:00:00+09:00: 1 support reply and 0 customer contacts',
        'incident.period.civil-code: Counted by 民法140/141 from the reply at 2026-11-20T15:00:00+09:00: day 1 is 2026-11-21, day 5 is 2026-11-25; the period ends at its end, 2026-11-26T00:00:00+09:00. (interpretation incident-auto-close-days)',
        'incident.awaiting-customer: Replied at 2026-11-20T15:00:00+09:00 (event r1); with no contact from the user the incident closes at 2026-11-26T00:00:00+09:00',
      ],
    });
    // explain: false and no explain give the same answer without the text
    const plain = incidentStatus({ events: [A('2026-11-20T10:00+09:00', 'a1'), R('2026-11-20T15:00+09:00', 'r1')], at: '2026-11-22T12:00+09:00', explain: false });
    const { explanation: _text, ...rest } = brief(s);
    expect(brief(plain)).toStrictEqual(rest);
    expect('explanation' in plain).toBe(false);
  });

  it('closed automatically at the end of day 5 (closesAt = closedAt)', () => {
    const s = incidentStatus({ events: [A('2026-11-20T10:00+09:00'), R('2026-11-20T15:00+09:00')], at: '2026-11-26T00:00+09:00' });
    expect(brief(s)).toStrictEqual({
      state: 'closed',
      closesAt: '2026-11-26T00:00:00+09:00',
      closedAt: '2026-11-26T00:00:00+09:00',
      closedBy: 'auto-close',
      acceptedAt: '2026-11-20T10:00:00+09:00',
      lastSupportReplyAt: '2026-11-20T15:00:00+09:00',
      policy: 'civil-code',
      planId: 'helpdesk-support',
      reasons: [
        opened('2026-11-20T10:00:00+09:00'),
        ['incident.events-counted', 'Up to 2026-11-26T00:00:00+09:00: 1 support reply and 0 customer contacts'],
        civil('2026-11-20T15:00:00+09:00', '2026-11-21', '2026-11-25', '2026-11-26T00:00:00+09:00'),
        ['incident.auto-closed', 'No contact from the user since the reply at 2026-11-20T15:00:00+09:00: the incident closed automatically at 2026-11-26T00:00:00+09:00', AUTO],
      ],
    });
  });

  it('one event after `at` (singular), not counted', () => {
    const s = incidentStatus({ events: [A('2026-11-20T10:00+09:00'), R('2026-11-20T15:00+09:00'), C('2026-11-22T10:00+09:00')], at: '2026-11-21T00:00+09:00' });
    expect(brief(s).reasons).toStrictEqual([
      opened('2026-11-20T10:00:00+09:00'),
      ['incident.events-counted', 'Up to 2026-11-21T00:00:00+09:00: 1 support reply and 0 customer contacts'],
      ['incident.events-after-at', '1 event after 2026-11-21T00:00:00+09:00 not taken into account'],
      civil('2026-11-20T15:00:00+09:00', '2026-11-21', '2026-11-25', '2026-11-26T00:00:00+09:00'),
      ['incident.awaiting-customer', 'Replied at 2026-11-20T15:00:00+09:00; with no contact from the user the incident closes at 2026-11-26T00:00:00+09:00', AUTO],
    ]);
  });

  it('only the acceptance up to `at`: no counts, three events later (plural), no reply yet', () => {
    const s = incidentStatus({
      events: [A('2026-11-20T10:00+09:00'), R('2026-11-20T15:00+09:00'), C('2026-11-22T10:00+09:00'), R('2026-11-22T11:00+09:00')],
      at: '2026-11-20T12:00+09:00',
    });
    expect(brief(s)).toStrictEqual({
      state: 'open',
      acceptedAt: '2026-11-20T10:00:00+09:00',
      policy: 'civil-code',
      planId: 'helpdesk-support',
      reasons: [
        opened('2026-11-20T10:00:00+09:00'),
        ['incident.events-after-at', '3 events after 2026-11-20T12:00:00+09:00 not taken into account'],
        ['incident.awaiting-support', 'No support reply yet: the auto-close timer has not started', AUTO],
      ],
    });
  });

  it('a contact before any reply: counted (0 replies, 1 contact), the timer has not started', () => {
    const s = incidentStatus({ events: [A('2026-11-20T10:00+09:00'), C('2026-11-20T11:00+09:00', 'c1')], at: '2026-11-20T12:00+09:00' });
    expect(brief(s).reasons).toStrictEqual([
      opened('2026-11-20T10:00:00+09:00'),
      ['incident.events-counted', 'Up to 2026-11-20T12:00:00+09:00: 0 support replies and 1 customer contact'],
      ['incident.awaiting-support', 'No support reply yet: the auto-close timer has not started', AUTO],
    ]);
  });

  it('contact stops the timer; two replies and two contacts (plural); the last contact after the last reply is named', () => {
    const s = incidentStatus({
      events: [A('2026-11-20T10:00+09:00'), R('2026-11-20T15:00+09:00'), C('2026-11-21T10:00+09:00', 'c9'), R('2026-11-22T10:00+09:00'), C('2026-11-23T10:00+09:00', 'c10')],
      at: '2026-11-23T10:00+09:00',
    });
    expect(brief(s)).toStrictEqual({
      state: 'open',
      acceptedAt: '2026-11-20T10:00:00+09:00',
      lastSupportReplyAt: '2026-11-22T10:00:00+09:00',
      policy: 'civil-code',
      planId: 'helpdesk-support',
      reasons: [
        opened('2026-11-20T10:00:00+09:00'),
        ['incident.events-counted', 'Up to 2026-11-23T10:00:00+09:00: 2 support replies and 2 customer contacts'],
        [
          'incident.timer-stopped',
          'The user made contact at 2026-11-23T10:00:00+09:00 (event c10), after the reply at 2026-11-22T10:00:00+09:00: no automatic close until the support staff reply again',
          AUTO,
          'incident-contact-stops-timer',
        ],
      ],
    });
  });

  it('two contacts at one instant are taken in input order (no same-instant note: one kind); the later one is named', () => {
    const at = '2026-11-22T00:00+09:00';
    const msg = (id: string) =>
      `The user made contact at 2026-11-21T10:00:00+09:00 (event ${id}), after the reply at 2026-11-20T15:00:00+09:00: no automatic close until the support staff reply again`;
    const a = incidentStatus({ events: [A('2026-11-20T10:00+09:00'), R('2026-11-20T15:00+09:00'), C('2026-11-21T10:00+09:00', 'c1'), C('2026-11-21T10:00+09:00', 'c2')], at });
    expect(a.reasons.map((r) => r.rule)).toStrictEqual(['incident.opened', 'incident.events-counted', 'incident.timer-stopped']);
    expect(a.reasons[2]!.message).toBe(msg('c2'));
    const b = incidentStatus({ events: [C('2026-11-21T10:00+09:00', 'c2'), A('2026-11-20T10:00+09:00'), R('2026-11-20T15:00+09:00'), C('2026-11-21T10:00+09:00', 'c1')], at });
    expect(b.reasons[2]!.message).toBe(msg('c1'));
  });

  it('a contact at the reply’s instant is answered by it; a contact before the reply and a reply in input order any way round', () => {
    // accepted and replied at one instant: the same-instant note, in the order of the kinds
    const s = incidentStatus({ events: [R('2026-11-20T10:00+09:00'), A('2026-11-20T10:00+09:00')], at: '2026-11-20T10:00+09:00' });
    expect(brief(s).reasons.slice(1, 3)).toStrictEqual([
      ['incident.events-counted', 'Up to 2026-11-20T10:00:00+09:00: 1 support reply and 0 customer contacts'],
      ['incident.same-instant-order', `Several events at 2026-11-20T10:00:00+09:00: ${ORDER}`, undefined, 'incident-same-instant-order'],
    ]);
    // the same instant for two events at different instants only: no note
    const t = incidentStatus({ events: [A('2026-11-20T10:00+09:00'), R('2026-11-20T10:00:00.001+09:00')], at: '2026-11-20T11:00+09:00' });
    expect(t.reasons.map((r) => r.rule)).not.toContain('incident.same-instant-order');
    // the note names the first tie, between the 2nd and 3rd events here
    const u = incidentStatus({ events: [A('2026-11-20T10:00+09:00'), C('2026-11-20T11:00+09:00'), R('2026-11-20T11:00+09:00')], at: '2026-11-20T12:00+09:00' });
    expect(u.reasons.find((r) => r.rule === 'incident.same-instant-order')?.message).toBe(`Several events at 2026-11-20T11:00:00+09:00: ${ORDER}`);
    expect(u.state).toBe('awaiting-customer');
  });

  it('closed on agreement (6.1 利用者の了承) and on resolution (不具合等の解消), with ids', () => {
    const s = incidentStatus({
      events: [A('2026-11-20T10:00+09:00', 'a0'), R('2026-11-20T15:00+09:00'), { type: 'customer-agreed', at: '2026-11-21T09:00+09:00', id: 'ok1' }],
      at: '2026-11-22T00:00+09:00',
    });
    expect(brief(s)).toStrictEqual({
      state: 'closed',
      closedAt: '2026-11-21T09:00:00+09:00',
      closedBy: 'customer-agreed',
      acceptedAt: '2026-11-20T10:00:00+09:00',
      lastSupportReplyAt: '2026-11-20T15:00:00+09:00',
      policy: 'civil-code',
      planId: 'helpdesk-support',
      reasons: [
        opened('2026-11-20T10:00:00+09:00', ' (event a0)'),
        ['incident.events-counted', 'Up to 2026-11-22T00:00:00+09:00: 1 support reply and 0 customer contacts'],
        ['incident.closed-by-agreement', 'The user agreed to close at 2026-11-21T09:00:00+09:00 (event ok1): the incident is closed', 'helpdesk-incident-close-on-agreement'],
      ],
    });
    const r = incidentStatus({ events: [A('2026-11-20T10:00+09:00'), R('2026-11-20T15:00+09:00'), { type: 'resolved', at: '2026-11-21T10:00+09:00' }], at: '2026-11-21T10:00+09:00' });
    expect(brief(r)).toStrictEqual({
      state: 'closed',
      closedAt: '2026-11-21T10:00:00+09:00',
      closedBy: 'resolved',
      acceptedAt: '2026-11-20T10:00:00+09:00',
      lastSupportReplyAt: '2026-11-20T15:00:00+09:00',
      policy: 'civil-code',
      planId: 'helpdesk-support',
      reasons: [
        opened('2026-11-20T10:00:00+09:00'),
        ['incident.events-counted', 'Up to 2026-11-21T10:00:00+09:00: 1 support reply and 0 customer contacts'],
        ['incident.closed-by-resolution', 'The fault was resolved at 2026-11-21T10:00:00+09:00: the incident is closed', 'helpdesk-incident-close-on-resolution'],
      ],
    });
  });
});

describe('the period’s reason under each policy', () => {
  const midnight = (extra: object) =>
    incidentStatus({ events: [A('2026-11-20T00:00+09:00'), R('2026-11-20T00:00+09:00')], at: '2026-11-20T00:00+09:00', ...extra } as IncidentStatusInput);
  it('civil-code, reply at 00:00: its day counts (民法140 ただし書), or not with exclude-first-day', () => {
    expect(brief(midnight({})).reasons[3]).toStrictEqual(
      civil('2026-11-20T00:00:00+09:00', '2026-11-20', '2026-11-24', '2026-11-25T00:00:00+09:00', ' The reply was at exactly 00:00, so its day is counted (民法140 ただし書).', 'incident-midnight-reply'),
    );
    const ex = midnight({ midnightReply: 'exclude-first-day' });
    expect(ex.closesAt).toBe('2026-11-26T00:00:00+09:00');
    expect(brief(ex).reasons[3]).toStrictEqual(
      civil(
        '2026-11-20T00:00:00+09:00',
        '2026-11-21',
        '2026-11-25',
        '2026-11-26T00:00:00+09:00',
        ' The reply was at exactly 00:00; its day is still not counted (midnightReply: exclude-first-day).',
        'incident-midnight-reply',
      ),
    );
  });
  it('elapsed: 5 × 24 hours, no midnight note', () => {
    const s = midnight({ policy: 'elapsed' });
    expect(s.closesAt).toBe('2026-11-25T00:00:00+09:00');
    expect(brief(s).reasons[3]).toStrictEqual([
      'incident.period.elapsed',
      '5 × 24 hours after the reply at 2026-11-20T00:00:00+09:00 is 2026-11-25T00:00:00+09:00 (policy elapsed)',
      AUTO,
      'incident-auto-close-days',
    ]);
  });
  it('business-days: the days counted, with the midnight note either way', () => {
    const s = midnight({ policy: 'business-days' });
    expect(s.closesAt).toBe('2026-11-28T00:00:00+09:00');
    expect(brief(s).reasons[3]).toStrictEqual([
      'incident.period.business-days',
      'Counted in business days of helpdesk-support phone from the reply at 2026-11-20T00:00:00+09:00: 2026-11-20, 2026-11-24, 2026-11-25, 2026-11-26, 2026-11-27; the period ends at the end of 2026-11-27, 2026-11-28T00:00:00+09:00. The reply was at exactly 00:00, so its day is counted (民法140 ただし書).',
      AUTO,
      'incident-business-days',
    ]);
    const ex = midnight({ policy: 'business-days', midnightReply: 'exclude-first-day' });
    expect(ex.closesAt).toBe('2026-12-01T00:00:00+09:00');
    expect(ex.reasons[3]!.message).toBe(
      'Counted in business days of helpdesk-support phone from the reply at 2026-11-20T00:00:00+09:00: 2026-11-24, 2026-11-25, 2026-11-26, 2026-11-27, 2026-11-30; the period ends at the end of 2026-11-30, 2026-12-01T00:00:00+09:00. The reply was at exactly 00:00; its day is still not counted (midnightReply: exclude-first-day).',
    );
    // a reply at 00:00 on a Saturday: its day is counted but is no business day
    const sat = incidentStatus({ events: [A('2026-11-21T00:00+09:00'), R('2026-11-21T00:00+09:00')], at: '2026-11-21T00:00+09:00', policy: 'business-days' });
    expect(sat.closesAt).toBe('2026-12-01T00:00:00+09:00');
    expect(sat.reasons[3]!.message).toContain(': 2026-11-24, 2026-11-25, 2026-11-26, 2026-11-27, 2026-11-30;');
  });
  it('business-days: holiday corrections reach the calendar (11-24 made a holiday)', () => {
    const s = incidentStatus({
      events: [A('2026-11-20T10:00+09:00'), R('2026-11-20T15:00+09:00')],
      at: '2026-11-21T00:00+09:00',
      policy: 'business-days',
      businessCalendar: { holidayOverrides: [{ date: '2026-11-24', name: 'x' }] },
    } as IncidentStatusInput);
    expect(s.closesAt).toBe('2026-12-02T00:00:00+09:00');
    expect(s.reasons[2]!.message).toContain(': 2026-11-25, 2026-11-26, 2026-11-27, 2026-11-30, 2026-12-01;');
  });
});

describe('business-days: not enough business days within ten years (3660 calendar days)', () => {
  /** 002 with another number of days (the schema allows up to 3660). */
  const withDays = (days: number) => {
    const docs = JSON.parse(JSON.stringify(bundledFixtures)) as Array<{ document: { id: string }; incidents?: { autoClose?: { days: number } } }>;
    docs.find((d) => d.document.id === 'helpdesk-support')!.incidents!.autoClose!.days = days;
    return loadCatalog({ documents: docs });
  };
  it('the last business day within the 3660 days is found; one more is refused, naming the reply', () => {
    // Reply 2026-11-20T15:00: day 1 is 2026-11-21; the scan covers 2026-11-21 … 2036-11-26 (3660 days).
    const reply = '2026-11-20T15:00+09:00';
    const status = (days: number) =>
      incidentStatus({ events: [A('2026-11-20T10:00+09:00'), R(reply)], at: reply, policy: 'business-days', catalog: withDays(days) });
    // 2437 business days lie in the scan (Mon–Fri without holidays and 年末年始); the 2437th is its last day, Thu 2036-11-27
    expect(status(2437).closesAt).toBe('2036-11-28T00:00:00+09:00');
    // the 2438th would be Fri 2036-11-28, the day after the scan: refused
    const lo = 2437;
    const err = refusal({ events: [A('2026-11-20T10:00+09:00'), R(reply)], at: reply, policy: 'business-days', catalog: withDays(lo + 1) });
    expect(err).toStrictEqual({
      code: 'conflict',
      path: ['events', 1, 'at'],
      message: `events[1].at: No ${lo + 1} business days (helpdesk-support phone) within 3660 days after 2026-11-20T15:00:00+09:00`,
      details: { channel: 'phone' },
    });
  });
});

describe('refusals, word for word', () => {
  const ok = [A('2026-11-20T10:00+09:00'), R('2026-11-20T15:00+09:00')];
  const at = '2026-11-22T00:00+09:00';
  it.each([
    [
      'a second acceptance',
      { events: [...ok, A('2026-11-21T10:00+09:00')], at },
      'conflict',
      ['events', 2, 'type'],
      'A second acceptance at 2026-11-21T10:00:00+09:00: the incident was accepted at 2026-11-20T10:00:00+09:00 (one inquiry, one incident)',
      { acceptedAt: '2026-11-20T10:00:00+09:00' },
    ],
    [
      'a reply before the acceptance',
      { events: [R('2026-11-20T09:00+09:00'), A('2026-11-20T10:00+09:00')], at },
      'conflict',
      ['events', 0, 'at'],
      'support-reply at 2026-11-20T09:00:00+09:00 is before the inquiry was accepted at 2026-11-20T10:00:00+09:00',
      { acceptedAt: '2026-11-20T10:00:00+09:00', value: '2026-11-20T09:00:00+09:00' },
    ],
    [
      'a reply after the resolution',
      { events: [A('2026-11-20T10:00+09:00'), { type: 'resolved', at: '2026-11-20T11:00+09:00' }, R('2026-11-20T12:00+09:00')], at },
      'conflict',
      ['events', 2, 'at'],
      'support-reply at 2026-11-20T12:00:00+09:00 is after the incident was closed (resolved) at 2026-11-20T11:00:00+09:00',
      { closedAt: '2026-11-20T11:00:00+09:00', closedBy: 'resolved', interpretation: 'incident-events-after-close' },
    ],
    [
      'a contact at the automatic close',
      { events: [...ok, C('2026-11-26T00:00+09:00')], at },
      'conflict',
      ['events', 2, 'at'],
      'customer-contact at 2026-11-26T00:00:00+09:00 is after the incident closed automatically at 2026-11-26T00:00:00+09:00 (a new inquiry is a new incident)',
      { closedAt: '2026-11-26T00:00:00+09:00', closedBy: 'auto-close', interpretation: 'incident-events-after-close' },
    ],
    [
      '`at` before the acceptance',
      { events: [A('2026-11-20T10:00+09:00')], at: '2026-11-20T09:00+09:00' },
      'conflict',
      ['at'],
      '2026-11-20T09:00:00+09:00 is before the inquiry was accepted at 2026-11-20T10:00:00+09:00: there is no incident yet',
      { acceptedAt: '2026-11-20T10:00:00+09:00' },
    ],
    [
      'no acceptance',
      { events: [R('2026-11-20T10:00+09:00'), C('2026-11-20T11:00+09:00')], at },
      'invalid_input',
      ['events'],
      'The events contain no `accepted` event: an incident exists from the acceptance of the inquiry',
      { count: 2 },
    ],
    ['events not an array', { events: { length: 1 }, at }, 'invalid_input', ['events'], 'Expected an array of events, received object', { value: 'object' }],
    [
      'an event type that is not a string',
      { events: [A('2026-11-20T10:00+09:00'), { type: 5, at }], at },
      'invalid_input',
      ['events', 1, 'type'],
      'Unknown event type 5; expected one of accepted, customer-contact, support-reply, customer-agreed, resolved',
      { value: '5', allowed: ['accepted', 'customer-contact', 'support-reply', 'customer-agreed', 'resolved'] },
    ],
    [
      'an unknown event type',
      { events: [A('2026-11-20T10:00+09:00'), { type: 'toString', at }], at },
      'invalid_input',
      ['events', 1, 'type'],
      'Unknown event type "toString"; expected one of accepted, customer-contact, support-reply, customer-agreed, resolved',
      { value: 'toString', allowed: ['accepted', 'customer-contact', 'support-reply', 'customer-agreed', 'resolved'] },
    ],
    ['an id that is not a string', { events: [A('2026-11-20T10:00+09:00'), { type: 'resolved', at, id: 3 }], at }, 'invalid_input', ['events', 1, 'id'], 'An event id must be a string', { value: '3' }],
    ['an event that is an array', { events: [A('2026-11-20T10:00+09:00'), [1]], at }, 'invalid_input', ['events', 1], 'Expected an event { type, at }, received an array', { value: 'an array' }],
    ['a planId that is not a string', { events: ok, at, planId: 5 }, 'invalid_input', ['planId'], 'planId must be a string', { value: 5 }],
    [
      'a plan whose document has no incident rules',
      { events: ok, at, planId: 'oas-plan-a' },
      'not_found',
      ['planId'],
      'The document of plan oas-plan-a (000_34f9cbb9e8f7f627.txt) states no incident-opening rule',
      { planId: 'oas-plan-a', document: '000_34f9cbb9e8f7f627.txt' },
    ],
    [
      'a policy that is not a string',
      { events: ok, at, policy: 3 },
      'invalid_input',
      ['policy'],
      'Expected one of "civil-code", "elapsed", "business-days", received 3',
      { value: '3', allowed: ['civil-code', 'elapsed', 'business-days'] },
    ],
    [
      'an unknown midnight rule',
      { events: ok, at, midnightReply: 'never' },
      'invalid_input',
      ['midnightReply'],
      'Expected one of "count-first-day", "exclude-first-day", received "never"',
      { value: 'never', allowed: ['count-first-day', 'exclude-first-day'] },
    ],
    ['explain that is not a boolean', { events: ok, at, explain: 'yes' }, 'invalid_input', ['explain'], 'explain must be a boolean', { value: 'string' }],
  ])('%s', (_what, input, code, path, message, details) => {
    const pathText = (path as (string | number)[]).map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
    expect(refusal(input)).toStrictEqual({ code, path, message: `${pathText}: ${message}`, details });
  });
  it('not an object: null or an array', () => {
    expect(refusal(null)).toStrictEqual({ code: 'invalid_input', path: [], message: 'Expected an object { events, at }, received null', details: { value: 'null' } });
    expect(refusal([])).toStrictEqual({ code: 'invalid_input', path: [], message: 'Expected an object { events, at }, received an array', details: { value: 'an array' } });
  });
});

describe('business-day refusals name our input, not the calendar’s', () => {
  const base = { events: [A('2026-11-20T10:00+09:00'), R('2026-11-20T15:00+09:00')], at: '2026-11-21T00:00+09:00', policy: 'business-days' };
  it.each([
    ['a channel that is not a string', { businessDayChannel: 5 }, 'invalid_input', ['businessDayChannel'], 'businessDayChannel: Expected a channel id string', { value: '5' }],
    [
      'businessCalendar an array',
      { businessCalendar: [] },
      'invalid_input',
      ['businessCalendar'],
      'businessCalendar: Expected an object { closures?, yearEnd?, holidayOverrides?, holidayLaw?, unknownAs? }',
      {},
    ],
    [
      'businessCalendar null',
      { businessCalendar: null },
      'invalid_input',
      ['businessCalendar'],
      'businessCalendar: Expected an object { closures?, yearEnd?, holidayOverrides?, holidayLaw?, unknownAs? }',
      {},
    ],
    [
      'a closure that ends before it starts',
      { businessCalendar: { closures: [{ start: '2026-11-30', end: '2026-11-01' }] } },
      'conflict',
      ['businessCalendar', 'closures', 0, 'end'],
      'businessCalendar.closures[0].end: Closure ends (2026-11-01) before it starts (2026-11-30)',
      { start: '2026-11-30', end: '2026-11-01', calendarPath: ['closures', 0, 'end'] },
    ],
    [
      'holidayOverrides not a list',
      { businessCalendar: { holidayOverrides: 5 } },
      'invalid_input',
      ['businessCalendar', 'holidayOverrides'],
      'businessCalendar.holidayOverrides: Expected an array of { date, name } overrides',
      { value: 5, calendarPath: ['holidayOverrides'] },
    ],
    [
      'a holiday law not made by loadHolidayLaw',
      { businessCalendar: { holidayLaw: 'x' } },
      'invalid_input',
      ['businessCalendar', 'holidayLaw'],
      'businessCalendar.holidayLaw: Expected a law from loadHolidayLaw()',
      { value: 'x', calendarPath: ['holidayLaw'] },
    ],
    [
      'a malformed 年末年始 span',
      { businessCalendar: { yearEnd: 5 } },
      'invalid_input',
      ['businessCalendar', 'yearEnd'],
      'businessCalendar.yearEnd: Expected { start: MM-DD, end: MM-DD } or null',
      { value: 5, calendarPath: ['yearEnd'] },
    ],
  ])('%s', (_what, extra, code, path, message, details) => {
    expect(refusal({ ...base, ...extra })).toStrictEqual({ code, path, message, details });
  });
  it('hours unknown before 2018-11-01: out of range at the reply, pointing to businessCalendar.unknownAs', () => {
    const r = refusal({ events: [A('2018-10-25T10:00+09:00'), R('2018-10-25T10:00+09:00')], at: '2018-10-25T10:00+09:00', policy: 'business-days' });
    expect(r).toStrictEqual({
      code: 'out_of_range',
      path: ['events', 1, 'at'],
      message:
        "events[1].at: Hours of helpdesk-support phone on 2018-10-26 are unknown: the document states the hours in force from 2018-11-01 only (pass businessCalendar.unknownAs: 'open' or 'closed' to decide, or use explainOpen)",
      details: { planId: 'helpdesk-support', channel: 'phone', date: '2018-10-26', knownFrom: '2018-11-01', calendarPath: ['date'] },
    });
  });
  it('a day beyond 2099: out of range at the reply', () => {
    const r = refusal({ events: [A('2099-12-20T10:00+09:00'), R('2099-12-28T15:00+09:00')], at: '2099-12-28T15:00+09:00', policy: 'business-days' });
    expect(r).toStrictEqual({
      code: 'out_of_range',
      path: ['events', 1, 'at'],
      message: 'events[1].at: Service days depend on holidays, which are computed for 1970–2099 only: 2100-01-01 is outside',
      details: { value: '2100-01-01', fromYear: 1970, toYear: 2099, calendarPath: ['date'] },
    });
  });
  it('unknownAs open: every day of the unknown span is a business day', () => {
    const s = incidentStatus({
      events: [A('2018-10-25T10:00+09:00'), R('2018-10-25T10:00+09:00')],
      at: '2018-10-25T10:00+09:00',
      policy: 'business-days',
      businessCalendar: { unknownAs: 'open' },
    });
    expect(s.closesAt).toBe('2018-10-31T00:00:00+09:00');
    expect(s.reasons.find((r) => r.rule === 'incident.period.business-days')?.message).toContain(': 2018-10-26, 2018-10-27, 2018-10-28, 2018-10-29, 2018-10-30;');
  });
});
