/**
 * isOpen, explainOpen and nextOpening word for word (src/calendar/open.ts, issue 12): the answer of each branch
 * (windows, all day, closed, unknown; each unknownAs), the verdict's fields, the reasons in order, and the refusals.
 *
 * 002 電話 (fixtures/002-helpdesk-support.json): 「1 電話による問合せの受付時間は、土日祝祭日と当社の休業日（夏期、年末年始等）を除く、
 * 月曜日から金曜日の午前 10:00 ～ 12:00、午後 13:00 ～ 17:00 とします。」, in force from 2018-11-01 (「2018 年 11 月 01 日 仕様書「4.サポート
 * の受付時間」の変更、施行」); FAX 「随時受け付けますが、サポートは当社の業務時間 内に行われるものとします。」. 000 「対応時間 24時間365日」.
 * 003 「365日電話と遠隔操作でサポートを行い」 (no hours). 004: no hours stated.
 */
import { describe, expect, it } from 'vitest';
import { explainOpen, isOpen, nextOpening, type NextOpening, type OpenVerdict } from '../../src/calendar/index.js';
import { ContractRulesError, InvalidInputError, OutOfRangeError } from '../../src/errors.js';
import { thrown } from '../helpers/values.js';

const phone = { planId: 'helpdesk-support', channel: 'phone' } as const;
const fax = { planId: 'helpdesk-support', channel: 'fax-email-web' } as const;
const allDay = { planId: 'oas-plan-a', channel: 'onsite-diagnosis' } as const;
const ucom = { planId: 'ucom-remote-support', channel: 'support' } as const;
const iij = { planId: 'iij-mpc-management-entry', channel: 'support' } as const;

const CHANNEL_PHONE = 'calendar.channel | Plan helpdesk-support, channel phone: 電話による問合せ (002_02cdcd368f477966.txt)';
const IN_FORCE = 'calendar.hours-in-force | The stated hours are in force from 2018-11-01';
const unknownBefore = (date: string) => `calendar.hours-unknown-before-revision | The stated hours are those in force from 2018-11-01; the document does not state the hours before it, so on ${date} they are unknown`;
const serviceDay = (date: string) => `calendar.service-day | ${date} is a service day: 10:00–12:00, 13:00–17:00`;

/** The verdict with each reason as `rule | message`. */
function brief<T extends { reasons: readonly { rule: string; message: string }[] }>(v: T): Omit<T, 'reasons'> & { reasons: string[] } {
  return { ...v, reasons: v.reasons.map((r) => `${r.rule} | ${r.message}`) };
}

describe('isOpen', () => {
  it('unknown hours (002 before 2018-11-01): refused at at by default and with error; answered with open / closed', () => {
    for (const unknownAs of [undefined, 'error'] as const) {
      const e = thrown(() => isOpen({ ...phone, at: '2018-10-31T11:00', ...(unknownAs ? { unknownAs } : {}) }));
      expect(e).toBeInstanceOf(OutOfRangeError);
      expect(e.path).toEqual(['at']);
      expect(e.message).toBe("at: Hours of helpdesk-support phone on 2018-10-31 are unknown: the document states the hours in force from 2018-11-01 only (pass unknownAs: 'open' or 'closed' to decide, or use explainOpen)");
      expect(e.details).toEqual({ planId: 'helpdesk-support', channel: 'phone', date: '2018-10-31', knownFrom: '2018-11-01' });
    }
    expect(isOpen({ ...phone, at: '2018-10-31T11:00', unknownAs: 'open' })).toBe(true);
    expect(isOpen({ ...phone, at: '2018-10-31T11:00', unknownAs: 'closed' })).toBe(false);
    // The day is read in Japan time: 2018-10-31T15:00Z is 2018-11-01 00:00 in Japan, a known (closed) minute.
    expect(isOpen({ ...phone, at: '2018-10-31T15:00:00Z' })).toBe(false);
    expect(isOpen({ ...phone, at: '2018-11-01T01:00:00Z' })).toBe(true);
  });

  it('a bad unknownAs is refused', () => {
    const e = thrown(() => isOpen({ ...phone, at: '2026-11-20T11:00', unknownAs: 'x' as never }));
    expect(e).toBeInstanceOf(InvalidInputError);
    expect(e.path).toEqual(['unknownAs']);
    expect(e.message).toBe("unknownAs: Expected 'error', 'open' or 'closed'");
    expect(e.details).toEqual({ value: 'x' });
  });

  it('explain: true gives explainOpen\'s verdict with isOpen\'s answer and one line per reason', () => {
    const v = isOpen({ ...phone, at: '2018-10-31T11:00', unknownAs: 'closed', explain: true });
    expect(v.open).toBe(false); // explainOpen alone says 'unknown'
    expect(v.explanation).toEqual([
      'calendar.channel: Plan helpdesk-support, channel phone: 電話による問合せ (002_02cdcd368f477966.txt)',
      'calendar.hours-unknown-before-revision: The stated hours are those in force from 2018-11-01; the document does not state the hours before it, so on 2018-10-31 they are unknown (interpretation calendar-002-before-revision)',
    ]);
    const w = isOpen({ ...phone, at: '2026-11-20T11:00', explain: true });
    expect(w.open).toBe(true);
    expect(w.window).toEqual({ start: '2026-11-20T10:00:00+09:00', end: '2026-11-20T12:00:00+09:00' });
    expect(w.explanation!.at(-1)).toBe('calendar.in-window: 11:00 is within 10:00–12:00 (start inclusive, end exclusive)');
    expect(isOpen({ ...phone, at: '2026-11-20T11:00', explain: false })).toBe(true);
    expect(isOpen({ ...phone, at: '2026-11-20T12:00', explain: false })).toBe(false);
  });
});

describe('queries with more fields than the plain ones (closures), and no query at all', () => {
  it('isOpen reads unknownAs and explain beside closures', () => {
    expect(isOpen({ ...phone, closures: [], at: '2018-10-20T11:00', unknownAs: 'open' })).toBe(true);
    expect(isOpen({ ...phone, closures: [], at: '2018-10-20T11:00', unknownAs: 'closed' })).toBe(false);
    expect(thrown(() => isOpen({ ...phone, closures: [], at: '2018-10-20T11:00' })).path).toEqual(['at']);
    const v = isOpen({ ...phone, closures: [{ start: '2026-11-20', end: '2026-11-20' }], at: '2026-11-20T11:00', explain: true });
    expect(v.open).toBe(false);
    expect(v.explanation!.at(-1)).toBe('calendar.company-closure.closed: 2026-11-20 is in the company closure 当社の休業日 (2026-11-20 – 2026-11-20) (interpretation calendar-closures-scope)');
    expect(isOpen({ ...phone, closures: [], at: '2026-11-20T11:00', explain: false })).toBe(true);
    expect(nextOpening({ ...phone, closures: [], at: '2026-11-20T12:30', explain: true }).explanation).toHaveLength(6);
    expect(nextOpening({ ...phone, closures: [{ start: '2026-11-20', end: '2026-11-24' }], at: '2026-11-20T12:30' }).opensAt).toBe('2026-11-25T10:00:00+09:00');
  });

  it.each([null, 5, 'x', undefined])('%j is not a query', (q) => {
    for (const f of [isOpen, explainOpen, nextOpening]) {
      const e = thrown(() => f(q as never));
      expect(e).toBeInstanceOf(InvalidInputError);
      expect(e.path).toEqual([]);
      expect(e.message).toBe('Expected a query object { planId, channel, … }');
      expect(e.details).toEqual(q === undefined ? {} : { value: q });
    }
  });

  it('explain must be a boolean', () => {
    const e = thrown(() => isOpen({ ...phone, at: '2026-11-20T11:00', explain: 'yes' as never }));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['explain'], 'explain: explain must be a boolean', { value: 'string' }]);
  });
});

describe('explainOpen', () => {
  it('FAX handled in phone hours: closed on Saturday, but accepted', () => {
    expect(brief(explainOpen({ ...fax, at: '2026-11-21T11:00' }))).toEqual({
      open: false,
      planId: 'helpdesk-support',
      channel: 'fax-email-web',
      at: '2026-11-21T11:00:00+09:00',
      reasons: [
        'calendar.channel | Plan helpdesk-support, channel fax-email-web: FAX、電子メール及びウェブによる問合せ (002_02cdcd368f477966.txt)',
        "calendar.handled-in | Requests are accepted at any time but handled only in the hours of channel phone (sense: 'handled'; pass sense: 'accepted' for acceptance)",
        IN_FORCE,
        'calendar.weekday.closed | 2026-11-21 is a 土曜日 (Saturday), not a service day',
      ],
      accepted: true,
    });
  });

  it('FAX before 2018-11-01: open and accepted both unknown', () => {
    const v = explainOpen({ ...fax, at: '2018-10-31T11:00' });
    expect(v.open).toBe('unknown');
    expect(v.accepted).toBe('unknown');
  });

  it('FAX for acceptance: open, accepted, no window', () => {
    const v = explainOpen({ ...fax, sense: 'accepted', at: '2026-11-21T11:00' });
    expect(v.open).toBe(true);
    expect(v.accepted).toBe(true);
    expect(v).not.toHaveProperty('window');
  });

  it('a channel without handledIn has no accepted field; all day is open', () => {
    const v = explainOpen({ ...allDay, at: '2026-11-21T03:00' });
    expect(brief(v)).toEqual({
      open: true,
      planId: 'oas-plan-a',
      channel: 'onsite-diagnosis',
      at: '2026-11-21T03:00:00+09:00',
      reasons: ['calendar.channel | Plan oas-plan-a, channel onsite-diagnosis: 訪問故障切り分けサポート (000_34f9cbb9e8f7f627.txt)', 'calendar.always-open | 24時間365日: open at every instant of every day'],
    });
    expect(Object.keys(explainOpen({ ...phone, at: '2026-11-20T12:00' }))).toEqual(['open', 'planId', 'channel', 'at', 'reasons']);
  });

  it('windowed hours: the window of an open minute, none when closed', () => {
    const v: OpenVerdict = explainOpen({ ...phone, at: '2026-11-20T16:59:59.999' });
    expect(v.open).toBe(true);
    expect(v.window).toEqual({ start: '2026-11-20T13:00:00+09:00', end: '2026-11-20T17:00:00+09:00' });
    expect(v.at).toBe('2026-11-20T16:59:59.999+09:00');
    expect(explainOpen({ ...phone, at: '2026-11-20T12:59' }).open).toBe(false);
    expect(explainOpen({ ...phone, at: '2026-11-20T12:59' })).not.toHaveProperty('window');
  });

  it('unknown days answer unknown whatever unknownAs says; a bad unknownAs is refused', () => {
    expect(explainOpen({ ...phone, at: '2018-10-31T11:00', unknownAs: 'open' }).open).toBe('unknown');
    expect(explainOpen({ ...ucom, at: '2026-11-21T11:00' }).open).toBe('unknown');
    expect(explainOpen({ ...iij, at: '2026-11-21T11:00' }).open).toBe('unknown');
    const e = thrown(() => explainOpen({ ...phone, at: '2026-11-20T11:00', unknownAs: 'x' as never }));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['unknownAs'], "unknownAs: Expected 'error', 'open' or 'closed'", { value: 'x' }]);
  });
});

describe('nextOpening', () => {
  it('open now, in the afternoon window', () => {
    expect(brief(nextOpening({ ...phone, at: '2026-11-20T13:30' }))).toEqual({
      status: 'open-now',
      opensAt: '2026-11-20T13:30:00+09:00',
      opensAtEpochMs: Date.UTC(2026, 10, 20, 4, 30),
      planId: 'helpdesk-support',
      channel: 'phone',
      from: '2026-11-20T13:30:00+09:00',
      reasons: [CHANNEL_PHONE, IN_FORCE, 'calendar.weekday | 2026-11-20 is a 金曜日 (Friday), a service day', serviceDay('2026-11-20'), 'calendar.in-window | 13:30 is within 13:00–17:00 (start inclusive, end exclusive)'],
      window: { start: '2026-11-20T13:00:00+09:00', end: '2026-11-20T17:00:00+09:00' },
    });
  });

  it('opens later the same day (after the lunch break), and after a weekend and 勤労感謝の日', () => {
    expect(brief(nextOpening({ ...phone, at: '2026-11-20T12:30' }))).toEqual({
      status: 'opens-later',
      opensAt: '2026-11-20T13:00:00+09:00',
      opensAtEpochMs: Date.UTC(2026, 10, 20, 4, 0),
      planId: 'helpdesk-support',
      channel: 'phone',
      from: '2026-11-20T12:30:00+09:00',
      reasons: [
        'calendar.next-opening | Closed at 2026-11-20T12:30:00+09:00; next open at 2026-11-20T13:00:00+09:00',
        CHANNEL_PHONE,
        IN_FORCE,
        'calendar.weekday | 2026-11-20 is a 金曜日 (Friday), a service day',
        serviceDay('2026-11-20'),
        'calendar.in-window | 13:00 is within 13:00–17:00 (start inclusive, end exclusive)',
      ],
      window: { start: '2026-11-20T13:00:00+09:00', end: '2026-11-20T17:00:00+09:00' },
    });
    const n = nextOpening({ ...phone, at: '2026-11-20T17:00' });
    expect([n.status, n.opensAt, n.window]).toEqual(['opens-later', '2026-11-24T10:00:00+09:00', { start: '2026-11-24T10:00:00+09:00', end: '2026-11-24T12:00:00+09:00' }]);
    expect(n.reasons[0]!.factId).toBe('helpdesk-phone-hours');
    // A window starting at the very instant asked about is open now, not later.
    expect(nextOpening({ ...phone, at: '2026-11-20T10:00' }).status).toBe('open-now');
    expect(nextOpening({ ...phone, at: '2026-11-20T09:59:59.999' }).opensAt).toBe('2026-11-20T10:00:00+09:00');
  });

  it('unknown hours on the way: reported by default, opened with open, skipped with closed', () => {
    expect(brief(nextOpening({ ...phone, at: '2018-10-30T12:00' }))).toEqual({
      status: 'unknown',
      opensAt: null,
      opensAtEpochMs: null,
      planId: 'helpdesk-support',
      channel: 'phone',
      from: '2018-10-30T12:00:00+09:00',
      reasons: [CHANNEL_PHONE, unknownBefore('2018-10-30')],
    });
    const open = nextOpening({ ...phone, at: '2018-10-30T12:00', unknownAs: 'open' });
    expect([open.status, open.opensAt, open.opensAtEpochMs]).toEqual(['open-now', '2018-10-30T12:00:00+09:00', Date.UTC(2018, 9, 30, 3, 0)]);
    expect(open).not.toHaveProperty('window');
    const closed = nextOpening({ ...phone, at: '2018-10-30T12:00', unknownAs: 'closed' });
    expect([closed.status, closed.opensAt, closed.window]).toEqual(['opens-later', '2018-11-01T10:00:00+09:00', { start: '2018-11-01T10:00:00+09:00', end: '2018-11-01T12:00:00+09:00' }]);
    // After the revision unknownAs changes nothing: Saturday 2018-11-03 (文化の日) and Sunday are closed, Monday opens at 10:00.
    const fromSaturday = nextOpening({ ...phone, at: '2018-11-03T12:00', unknownAs: 'open' });
    expect(fromSaturday.opensAt).toBe('2018-11-05T10:00:00+09:00');
  });

  it('003 and 004 (hours not stated): unknown; open now with open; none in range with closed', () => {
    const u = nextOpening({ ...ucom, at: '2026-11-21T03:00' });
    expect(brief(u).reasons).toEqual([
      'calendar.channel | Plan ucom-remote-support, channel support: 電話と遠隔操作によるサポート (003_ffc254f782656f39.txt)',
      'calendar.service-day | 365日: 2026-11-21 is a service day',
      'calendar.hours-not-stated | The hours of day are not stated: whether the channel is open at a given time is unknown',
    ]);
    expect(u.status).toBe('unknown');
    expect(nextOpening({ ...ucom, at: '2026-11-21T03:00', unknownAs: 'open' }).status).toBe('open-now');
    const none: NextOpening = nextOpening({ ...iij, at: '2026-11-21T03:00', unknownAs: 'closed' });
    expect(brief(none)).toEqual({
      status: 'none-in-range',
      opensAt: null,
      opensAtEpochMs: null,
      planId: 'iij-mpc-management-entry',
      channel: 'support',
      from: '2026-11-21T03:00:00+09:00',
      reasons: ['calendar.no-opening-in-range | No opening from 2026-11-21T03:00:00+09:00 to the end of 2099, the last year the holiday law is computed for'],
    });
    expect(none.reasons[0]!.factId).toBe('iij-support-hours');
  });

  it('no opening before the end of the holiday law: 002 from 2099-12-28 18:00 (年末年始 to the end)', () => {
    const n = nextOpening({ ...phone, at: '2099-12-28T18:00' });
    expect(n.status).toBe('none-in-range');
    expect(n.reasons[0]!.message).toBe('No opening from 2099-12-28T18:00:00+09:00 to the end of 2099, the last year the holiday law is computed for');
    expect(nextOpening({ ...phone, at: '2099-12-28T16:59' }).opensAt).toBe('2099-12-28T16:59:00+09:00');
  });

  it('a 24-hour channel is open now, also past the holiday law', () => {
    expect(nextOpening({ ...allDay, at: '2150-11-21T03:00' }).opensAt).toBe('2150-11-21T03:00:00+09:00');
    const fax1 = nextOpening({ ...fax, sense: 'accepted', at: '2018-10-30T12:00', unknownAs: 'closed' });
    expect([fax1.status, fax1.opensAt]).toEqual(['opens-later', '2018-11-01T00:00:00+09:00']);
    expect(fax1).not.toHaveProperty('window');
    expect(fax1.reasons.map((r) => r.rule)).toEqual(['calendar.next-opening', 'calendar.channel', 'calendar.accepted', 'calendar.hours-in-force', 'calendar.always-open']);
  });

  it('explain: true adds one line per reason; the default has no explanation', () => {
    expect(nextOpening({ ...phone, at: '2026-11-20T12:30', explain: true }).explanation).toEqual([
      'calendar.next-opening: Closed at 2026-11-20T12:30:00+09:00; next open at 2026-11-20T13:00:00+09:00',
      'calendar.channel: Plan helpdesk-support, channel phone: 電話による問合せ (002_02cdcd368f477966.txt)',
      'calendar.hours-in-force: The stated hours are in force from 2018-11-01',
      'calendar.weekday: 2026-11-20 is a 金曜日 (Friday), a service day',
      'calendar.service-day: 2026-11-20 is a service day: 10:00–12:00, 13:00–17:00',
      'calendar.in-window: 13:00 is within 13:00–17:00 (start inclusive, end exclusive)',
    ]);
    expect(nextOpening({ ...phone, at: '2026-11-20T12:30' })).not.toHaveProperty('explanation');
  });

  it('a bad unknownAs is refused', () => {
    const e = thrown(() => nextOpening({ ...phone, at: '2026-11-20T11:00', unknownAs: 'x' as never }));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['unknownAs'], "unknownAs: Expected 'error', 'open' or 'closed'", { value: 'x' }]);
  });
});
