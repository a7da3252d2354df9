/**
 * The memo of compiled schedules (src/calendar/schedule.ts, issue 12) never changes an answer: queries that differ
 * in one setting, asked one after the other (the recent-query ring), after eight other queries (the per-catalog
 * maps), and with a closure list (the memo keyed by the query's values), each give their own answer. Each answer
 * is the document's: the 平日 windows, the time-extension option, FAX acceptance and handling, a changed catalog.
 */
import { describe, expect, it } from 'vitest';
import { explainOpen, isOpen } from '../../src/calendar/index.js';
import { NotFoundError } from '../../src/errors.js';
import { loadHolidayLaw } from '../../src/schemas/index.js';
import { flushRecentSchedules } from '../helpers/schedule-ring.js';
import { editedCatalog, thrown } from '../helpers/values.js';
import { LocalDate } from '@js-joda/core';
import { Temporal } from '@js-temporal/polyfill';
import lawJson from '../../fixtures/holidays.json';

type Query = Record<string, unknown>;

const flush = flushRecentSchedules;

const FRI = '2026-11-20T09:15'; // a Friday, before 09:30
const SAT = '2026-11-21T10:00';
const SUN_NIGHT = '2026-11-22T03:00';
const HOLIDAY = '2026-11-23T10:00'; // 勤労感謝の日, a Monday
const YEAR_END = '2026-12-29T10:00'; // a Tuesday of 年末年始

// Each pair: two queries differing in one setting, the instant, and their answers there.
const catalog = editedCatalog((docs) => {
  const channel = docs.flatMap((d) => d.schedules?.channels ?? []).find((c: { id: string; hours: { kind: string; heijitsu?: boolean } }) => c.id === 'support' && c.hours.kind === 'windows' && c.hours.heijitsu === true);
  channel.hours.windows = [{ start: '09:00', end: '17:30' }];
});
const pairs: Array<[string, Query, Query, string, boolean, boolean]> = [
  ['plan', { planId: 'oas-plan-a', channel: 'support' }, { planId: 'itss-light-anshin-1', channel: 'support' }, SAT, false, true],
  ['channel', { planId: 'helpdesk-support', channel: 'phone' }, { planId: 'helpdesk-support', channel: 'fax-email-web', sense: 'accepted' }, SUN_NIGHT, false, true],
  ['sense', { planId: 'helpdesk-support', channel: 'fax-email-web' }, { planId: 'helpdesk-support', channel: 'fax-email-web', sense: 'accepted' }, SUN_NIGHT, false, true],
  ['sense given twice', { planId: 'helpdesk-support', channel: 'fax-email-web', sense: 'handled' }, { planId: 'helpdesk-support', channel: 'fax-email-web', sense: 'accepted' }, SUN_NIGHT, false, true],
  ['heijitsu', { planId: 'oas-plan-a', channel: 'support' }, { planId: 'oas-plan-a', channel: 'support', heijitsu: 'includes-holidays' }, HOLIDAY, false, true],
  ['heijitsu given twice', { planId: 'oas-plan-a', channel: 'support', heijitsu: 'excludes-holidays-and-year-end' }, { planId: 'oas-plan-a', channel: 'support', heijitsu: 'excludes-holidays' }, YEAR_END, false, true],
  ['options', { planId: 'itss-light-anshin-1', channel: 'support' }, { planId: 'itss-light-anshin-1', channel: 'support', options: ['itss-light-time-extension'] }, SUN_NIGHT, false, true],
  ['options, none given as []', { planId: 'itss-light-anshin-1', channel: 'support', options: [] }, { planId: 'itss-light-anshin-1', channel: 'support', options: ['itss-light-time-extension'] }, SUN_NIGHT, false, true],
  [
    'another option of the same plan',
    { planId: 'itss-standard-anshin-2', channel: 'support', options: ['itss-standard-extra-inquiries'] },
    { planId: 'itss-standard-anshin-2', channel: 'support', options: ['itss-standard-time-extension'] },
    SUN_NIGHT,
    false,
    true,
  ],
  ['catalog', { planId: 'oas-plan-a', channel: 'support' }, { planId: 'oas-plan-a', channel: 'support', catalog }, FRI, false, true],
];

describe('the memo of compiled schedules', () => {
  it.each(pairs)('%s: one query after the other', (_what, a, b, at, first, second) => {
    for (const [x, y, ax, ay] of [[a, b, first, second], [b, a, second, first]] as const) {
      expect(isOpen({ ...x, at } as never)).toBe(ax);
      expect(isOpen({ ...y, at } as never)).toBe(ay);
      expect(isOpen({ ...x, at } as never)).toBe(ax);
    }
  });

  it.each(pairs)('%s: with eight other queries between', (_what, a, b, at, first, second) => {
    for (const [x, y, ax, ay] of [[a, b, first, second], [b, a, second, first]] as const) {
      flush();
      expect(isOpen({ ...x, at } as never)).toBe(ax);
      flush();
      expect(isOpen({ ...y, at } as never)).toBe(ay);
      flush();
      expect(isOpen({ ...x, at } as never)).toBe(ax);
    }
  });

  it.each(pairs)('%s: with a closure list (keyed by its values)', (_what, a, b, at, first, second) => {
    for (const [x, y, ax, ay] of [[a, b, first, second], [b, a, second, first]] as const) {
      expect(isOpen({ ...x, at, closures: [] } as never)).toBe(ax);
      expect(isOpen({ ...y, at, closures: [] } as never)).toBe(ay);
      expect(isOpen({ ...x, at, closures: [] } as never)).toBe(ax);
    }
  });

  it.each(pairs)('%s: through explainOpen (the query read key by key)', (_what, a, b, at, first, second) => {
    for (const [x, y, ax, ay] of [[a, b, first, second], [b, a, second, first]] as const) {
      expect(explainOpen({ ...x, at } as never).open).toBe(ax);
      expect(explainOpen({ ...y, at } as never).open).toBe(ay);
      expect(isOpen(Object.assign(Object.create(null), { ...x, at }))).toBe(ax);
      expect(isOpen(Object.assign(Object.create(null), { ...y, at }))).toBe(ay);
    }
  });

  it('an unknown option is refused after another option of the same length was compiled', () => {
    const q = { planId: 'itss-light-anshin-1', channel: 'support', at: SUN_NIGHT };
    expect(isOpen({ ...q, options: ['itss-light-time-extension'] } as never)).toBe(true);
    for (const options of [['itss-light-time-extensioN'], ['itss-light-time-extension', 'nope']]) {
      expect(thrown(() => isOpen({ ...q, options } as never), NotFoundError).path).toEqual(['options', options.length - 1]);
      expect(thrown(() => isOpen({ ...q, options, closures: [] } as never), NotFoundError).path).toEqual(['options', options.length - 1]);
    }
  });

  // 002's phone takes company closures and 年末年始; 2026-11-20 is a Friday, 2027-01-01 a Friday too.
  const phone = { planId: 'helpdesk-support', channel: 'phone' };
  const law = (() => {
    const copy = structuredClone(lawJson) as { nationalHolidays: Array<{ id: string }> };
    copy.nationalHolidays = copy.nationalHolidays.filter((h) => h.id !== 'ganjitsu');
    return loadHolidayLaw(copy);
  })();
  const keyed: Array<[string, Query, Query, string, boolean, boolean]> = [
    ['a closure', { closures: [{ start: '2026-11-19', end: '2026-11-19' }] }, { closures: [{ start: '2026-11-20', end: '2026-11-20' }] }, '2026-11-20T11:00', true, false],
    ['a closure ending later', { closures: [{ start: '2026-11-19', end: '2026-11-19' }] }, { closures: [{ start: '2026-11-19', end: '2026-11-20' }] }, '2026-11-20T11:00', true, false],
    ['two closures', { closures: [{ start: '2026-11-19', end: '2026-11-19' }] }, { closures: [{ start: '2026-11-19', end: '2026-11-19' }, { start: '2026-11-20', end: '2026-11-20' }] }, '2026-11-20T11:00', true, false],
    ['a named closure', { closures: [{ start: '2026-11-19', end: '2026-11-19', name: '夏期休業' }] }, { closures: [{ start: '2026-11-20', end: '2026-11-20', name: '夏期休業' }] }, '2026-11-20T11:00', true, false],
    ['the 年末年始 span', { yearEnd: { start: '12-30', end: '01-03' } }, { yearEnd: { start: '12-29', end: '01-03' } }, '2026-12-29T11:00', true, false],
    ['the 年末年始 span, default', { yearEnd: { start: '12-30', end: '01-03' } }, {}, '2026-12-29T11:00', true, false],
    ['no 年末年始', { yearEnd: null }, {}, '2026-12-29T11:00', true, false],
    ['a holiday override', { holidayOverrides: [{ date: '2026-11-19', name: '臨時' }] }, { holidayOverrides: [{ date: '2026-11-20', name: '臨時' }] }, '2026-11-20T11:00', true, false],
    ['a holiday law', { yearEnd: null, holidayLaw: law }, { yearEnd: null }, '2027-01-01T11:00', true, false],
  ];
  it.each(keyed)('%s: each value its own schedule', (_what, a, b, at, first, second) => {
    for (const [x, y, ax, ay] of [[a, b, first, second], [b, a, second, first]] as const) {
      expect(isOpen({ ...phone, ...x, at } as never)).toBe(ax);
      expect(isOpen({ ...phone, ...y, at } as never)).toBe(ay);
      expect(isOpen({ ...phone, ...x, at } as never)).toBe(ax);
    }
  });
});

describe('queries the memo cannot key (js-joda or Temporal dates in a closure)', () => {
  it('are compiled each on its own', () => {
    const phone = { planId: 'helpdesk-support', channel: 'phone', at: '2026-11-20T11:00' };
    const closure = (d: number) => ({ start: LocalDate.of(2026, 11, d), end: LocalDate.of(2026, 11, d) });
    for (const [d, open] of [[19, true], [20, false], [19, true], [21, true], [20, false]] as const) {
      expect(isOpen({ ...phone, closures: [closure(d)] } as never)).toBe(open);
    }
  });
  it('Temporal dates too', () => {
    const phone = { planId: 'helpdesk-support', channel: 'phone', at: '2026-11-20T11:00' };
    const closure = (d: number) => ({ start: Temporal.PlainDate.from({ year: 2026, month: 11, day: d }), end: Temporal.PlainDate.from({ year: 2026, month: 11, day: d }) });
    for (const [d, open] of [[19, true], [20, false], [19, true], [21, true], [20, false]] as const) {
      expect(isOpen({ ...phone, closures: [closure(d)] } as never)).toBe(open);
    }
  });
});
