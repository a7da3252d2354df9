/**
 * What compile (src/calendar/schedule.ts, issue 12) makes of a document's hours, asserted through the public answers:
 * windows listed out of order answer as the same windows in order (the next opening, the windows named in the
 * reasons, open and closed minutes); company closures refused at their own paths, and named 当社の休業日 when the caller
 * gives no name; a 年末年始 span that starts on 01-01 or ends on 12-31 (not wrapping the new year) closes those days
 * whichever year is read first; a channel that states service days but no hours answers 'unknown' outside the
 * years of the holiday table too.
 */
import { describe, expect, it } from 'vitest';
import { explainOpen, isBusinessDay, isOpen, nextOpening } from '../../src/calendar/index.js';
import { InvalidInputError } from '../../src/errors.js';
import { editedCatalog, expectRefusal } from '../helpers/values.js';

/** 002's phone (Monday–Friday, national holidays, 年末年始 and company closures closed) with three windows in `order`. */
const withWindows = (windows: Array<{ start: string; end: string }>) =>
  editedCatalog((docs) => {
    for (const d of docs) for (const c of d.schedules?.channels ?? []) if (c.id === 'phone') c.hours.windows = windows;
  });
const W10 = { start: '10:00', end: '11:00' };
const W12 = { start: '12:00', end: '13:00' };
const W15 = { start: '15:00', end: '17:00' };
const inOrder = withWindows([W10, W12, W15]);
// Neither sorted, nor sorted once reversed.
const outOfOrder = withWindows([W10, W15, W12]);

const FRI = '2026-11-20';
const q = { planId: 'helpdesk-support', channel: 'phone' };

describe('windows listed out of order', () => {
  it('give the next opening of the earliest window still ahead', () => {
    for (const catalog of [inOrder, outOfOrder]) {
      expect(nextOpening({ ...q, catalog, at: `${FRI}T08:00` }).opensAt).toBe(`${FRI}T10:00:00+09:00`);
      expect(nextOpening({ ...q, catalog, at: `${FRI}T11:30` }).opensAt).toBe(`${FRI}T12:00:00+09:00`);
      expect(nextOpening({ ...q, catalog, at: `${FRI}T13:30` }).opensAt).toBe(`${FRI}T15:00:00+09:00`);
      const later = nextOpening({ ...q, catalog, at: `${FRI}T11:30` });
      expect(later.window).toEqual({ start: `${FRI}T12:00:00+09:00`, end: `${FRI}T13:00:00+09:00` });
    }
  });
  it('are named in order in the reasons', () => {
    for (const catalog of [inOrder, outOfOrder]) {
      const v = explainOpen({ ...q, catalog, at: `${FRI}T14:00` });
      expect(v.open).toBe(false);
      expect(v.reasons.map((r) => r.message)).toContain(`${FRI} is a service day: 10:00–11:00, 12:00–13:00, 15:00–17:00`);
    }
  });
  it('open and close at the same minutes', () => {
    const fresh = withWindows([W15, W12, W10]); // compiled here, in this test
    for (const [time, open] of [['09:59', false], ['10:00', true], ['11:00', false], ['12:30', true], ['13:00', false], ['14:59', false], ['15:00', true], ['16:59', true], ['17:00', false]] as const) {
      expect(isOpen({ ...q, catalog: outOfOrder, at: `${FRI}T${time}` })).toBe(open);
      expect(isOpen({ ...q, catalog: fresh, at: `${FRI}T${time}` })).toBe(open);
      expect(isOpen({ ...q, catalog: inOrder, at: `${FRI}T${time}` })).toBe(open);
    }
  });
  it('give the same verdicts as the same windows in order', () => {
    for (const time of ['08:00', '10:30', '11:30', '12:00', '13:30', '16:00', '18:00']) {
      const at = `${FRI}T${time}`;
      const a = explainOpen({ ...q, catalog: inOrder, at });
      const b = explainOpen({ ...q, catalog: outOfOrder, at });
      expect(b).toEqual(a);
      expect(nextOpening({ ...q, catalog: outOfOrder, at })).toEqual(nextOpening({ ...q, catalog: inOrder, at }));
    }
  });
});

describe('windows that start at the same minute', () => {
  it('keep the order the document lists them in', () => {
    const long = { start: '10:00', end: '12:00' };
    const short = { start: '10:00', end: '11:00' };
    for (const [windows, text, end] of [
      [[long, short], '10:00–12:00, 10:00–11:00', '12:00'],
      [[short, long], '10:00–11:00, 10:00–12:00', '11:00'],
    ] as const) {
      const catalog = withWindows([...windows]);
      const v = explainOpen({ ...q, catalog, at: `${FRI}T14:00` });
      expect(v.reasons.map((r) => r.message)).toContain(`${FRI} is a service day: ${text}`);
      expect(nextOpening({ ...q, catalog, at: `${FRI}T08:00` }).window).toEqual({ start: `${FRI}T10:00:00+09:00`, end: `${FRI}T${end}:00+09:00` });
    }
  });
});

describe('company closures', () => {
  const phone = { planId: 'helpdesk-support', channel: 'phone', date: FRI };
  it('an item that is not a record is refused at its index', () => {
    for (const item of ['x', 5]) {
      expectRefusal(() => isBusinessDay({ ...phone, closures: [item] } as never), InvalidInputError, 'invalid_input', ['closures', 0], 'closures[0]: Expected { start, end, name? }', { value: item });
    }
  });
  it('an end that is not a day is refused at the end', () => {
    const closures = [{ start: '2026-08-13', end: '2026-02-30' }];
    const message = 'closures[0].end: Invalid day of month (valid values 1 - 28 for 2026-02): "2026-02-30"';
    expectRefusal(() => isBusinessDay({ ...phone, closures }), InvalidInputError, 'invalid_input', ['closures', 0, 'end'], message, { value: '2026-02-30' });
  });
  it('a closure without a name is 当社の休業日 in the reasons', () => {
    const closures = [{ start: '2026-08-13', end: '2026-08-14' }];
    const v = explainOpen({ planId: 'helpdesk-support', channel: 'phone', at: '2026-08-13T11:00', closures });
    expect(v.open).toBe(false);
    expect(v.reasons.at(-1)).toMatchObject({ rule: 'calendar.company-closure.closed', message: '2026-08-13 is in the company closure 当社の休業日 (2026-08-13 – 2026-08-14)' });
  });
});

describe('年末年始 spans that do not wrap the new year', () => {
  // 2027-01-01 (a Friday) stops being 元日 through an override, so that only the span closes it.
  const phone = { planId: 'helpdesk-support', channel: 'phone' };
  it('01-01 to 01-03 closes 2027-01-01 after a day of 2026 was read first', () => {
    const q = { ...phone, yearEnd: { start: '01-01', end: '01-03' }, holidayOverrides: [{ date: '2027-01-01', name: null }], closures: [{ start: '2031-05-07', end: '2031-05-07', name: 'this test' }] };
    expect(isBusinessDay({ ...q, date: '2026-12-30' })).toBe(true);
    expect(isBusinessDay({ ...q, date: '2026-12-31' })).toBe(true);
    expect(isBusinessDay({ ...q, date: '2027-01-01' })).toBe(false);
    expect(isBusinessDay({ ...q, date: '2027-01-04' })).toBe(true);
  });
  it('12-29 to 12-31 closes 12-31', () => {
    const q = { ...phone, yearEnd: { start: '12-29', end: '12-31' } };
    expect(isBusinessDay({ ...q, date: '2026-12-28' })).toBe(true);
    expect(isBusinessDay({ ...q, date: '2026-12-31' })).toBe(false);
    expect(isBusinessDay({ ...q, date: '2027-01-04' })).toBe(true);
    expect(isBusinessDay({ ...q, date: '2027-12-31' })).toBe(false);
  });
});

describe('service days without hours (003 support) outside the years of the holiday table (1970–2099)', () => {
  const q = { planId: 'ucom-remote-support', channel: 'support' };
  it('are service days', () => {
    for (const date of ['2150-01-05', '1960-01-05']) {
      expect(isBusinessDay({ ...q, date })).toBe(true);
      const v = explainOpen({ ...q, at: `${date}T10:00` });
      expect(v.reasons.map((r) => r.rule)).toEqual(['calendar.channel', 'calendar.service-day', 'calendar.hours-not-stated']);
      expect(v.reasons[1]!.message).toBe(`365日: ${date} is a service day`);
    }
  });
  it('answer as unknown hours, not as out of range', () => {
    for (const at of ['2150-01-01T10:00', '1960-01-01T10:00']) {
      expect(isOpen({ ...q, at, unknownAs: 'open' })).toBe(true);
      expect(isOpen({ ...q, at, unknownAs: 'closed' })).toBe(false);
      expect(explainOpen({ ...q, at }).open).toBe('unknown');
    }
  });
});

describe('hours known from a day outside the years of the holiday table', () => {
  // 002's FAX, e-mail and web accept at any time; here the hours are stated from 1960-01-01 (before 1970) on.
  const catalog = editedCatalog((docs) => {
    for (const d of docs) for (const c of d.schedules?.channels ?? []) if (c.id === 'fax-email-web') c.knownFrom.date = '1960-01-01';
  });
  const q = { planId: 'helpdesk-support', channel: 'fax-email-web', sense: 'accepted', catalog } as const;
  it('are known from that very day', () => {
    expect(isOpen({ ...q, at: '1960-01-01T00:00' })).toBe(true);
    expect(isOpen({ ...q, at: '1960-01-02T10:00' })).toBe(true);
    expect(isOpen({ ...q, at: '1959-12-31T23:59', unknownAs: 'closed' })).toBe(false);
    expect(explainOpen({ ...q, at: '1959-12-31T23:59' }).open).toBe('unknown');
    expect(explainOpen({ ...q, at: '1960-01-01T00:00' }).open).toBe(true);
  });
});

describe('hours known from a revision (002, 2018-11-01)', () => {
  const fax = { planId: 'helpdesk-support', channel: 'fax-email-web' };
  it('FAX acceptance at any time is unknown before the revision, known from its first minute', () => {
    expect(isOpen({ ...fax, sense: 'accepted', at: '2018-10-31T23:59', unknownAs: 'closed' })).toBe(false);
    expect(explainOpen({ ...fax, sense: 'accepted', at: '2018-10-31T11:00' }).open).toBe('unknown');
    expect(isOpen({ ...fax, sense: 'accepted', at: '2018-11-01T00:00' })).toBe(true);
  });
  it("a channel's own revision day counts when the channel it is handled in states none", () => {
    const catalog = editedCatalog((docs) => {
      for (const d of docs) for (const c of d.schedules?.channels ?? []) if (c.id === 'phone') delete c.knownFrom;
    });
    // 2018-10-31 is a Wednesday: the phone hours would be open at 11:00.
    expect(isOpen({ ...fax, catalog, at: '2018-10-31T11:00', unknownAs: 'closed' })).toBe(false);
    expect(explainOpen({ ...fax, catalog, at: '2018-10-31T11:00' }).open).toBe('unknown');
    expect(isOpen({ ...fax, catalog, at: '2018-11-01T11:00' })).toBe(true);
    expect(isOpen({ planId: 'helpdesk-support', channel: 'phone', catalog, at: '2018-10-31T11:00' })).toBe(true);
  });
});

describe('hours known from a day in the middle of a month', () => {
  it('the days of that month before it stay unknown once a later day of the month was read', () => {
    // 002's phone hours, stated here from Thursday 2018-11-15 (the document's revision is 2018-11-01). The catalog is
    // made in the test, so that the month is filled by this test's first question (a later day) before the earlier
    // day is asked about.
    const catalog = editedCatalog((docs) => {
      for (const d of docs) for (const c of d.schedules?.channels ?? []) if (c.id === 'phone') c.knownFrom.date = '2018-11-15';
    });
    const phone = { planId: 'helpdesk-support', channel: 'phone', catalog } as const;
    // Tuesday 2018-11-20, 11:00: within the phone hours.
    expect(isOpen({ ...phone, at: '2018-11-20T11:00' })).toBe(true);
    // Tuesday 2018-11-13, 11:00: the same month, before the hours are known.
    expect(isOpen({ ...phone, at: '2018-11-13T11:00', unknownAs: 'closed' })).toBe(false);
    expect(isOpen({ ...phone, at: '2018-11-13T11:00', unknownAs: 'open' })).toBe(true);
    expect(explainOpen({ ...phone, at: '2018-11-14T11:00' }).open).toBe('unknown');
    expect(explainOpen({ ...phone, at: '2018-11-15T11:00' }).open).toBe(true);
  });
});
