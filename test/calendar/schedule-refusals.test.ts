/**
 * Refusals of a schedule query word for word (src/calendar/schedule.ts, issue 12): class, code, path, message and
 * details of each bad field, through isBusinessDay (a query read field by field) and isOpen (its plain-query fast
 * path when only plain fields are given).
 */
import { describe, expect, it } from 'vitest';
import { isBusinessDay, isOpen } from '../../src/calendar/index.js';
import { ConflictError, InvalidInputError, NotFoundError } from '../../src/errors.js';
import { editedCatalog, expectRefusal } from '../helpers/values.js';

type Cls = typeof InvalidInputError | typeof NotFoundError | typeof ConflictError;
const I = InvalidInputError;
const N = NotFoundError;
const C = ConflictError;

const cases: Array<[string, Record<string, unknown>, Cls, string, readonly (string | number)[], string, Record<string, unknown>]> = [
  ['planId a number', { planId: 5 }, I, 'invalid_input', ['planId'], 'planId: Expected a plan id string', { value: 5 }],
  ['planId unknown', { planId: 'nope' }, N, 'not_found', ['planId'], 'planId: Unknown plan "nope"; did you mean oas-plan-a, oas-plan-b, helpdesk-support?', { value: 'nope', closest: ['oas-plan-a', 'oas-plan-b', 'helpdesk-support'] }],
  ['options a string', { options: 'x' }, I, 'invalid_input', ['options'], 'options: Expected an array of option ids', { value: 'x' }],
  ['an option a number', { options: [5] }, I, 'invalid_input', ['options', 0], 'options[0]: Expected an option id string', { value: 5 }],
  [
    'an option of another plan',
    { planId: 'itss-light-anshin-1', channel: 'support', options: ['itss-standard-time-extension'] },
    C,
    'conflict',
    ['options', 0],
    'options[0]: Option itss-standard-time-extension cannot be added to plan itss-light-anshin-1 (it applies to itss-standard-anshin-1, itss-standard-anshin-2)',
    { value: 'itss-standard-time-extension', appliesTo: ['itss-standard-anshin-1', 'itss-standard-anshin-2'] },
  ],
  ['channel a number', { channel: 5 }, I, 'invalid_input', ['channel'], 'channel: Expected a channel id string', { value: 5 }],
  ['channel unknown', { channel: 'nope' }, N, 'not_found', ['channel'], 'channel: Plan helpdesk-support has no channel "nope"; its channels are phone, fax-email-web', { value: 'nope', channels: ['phone', 'fax-email-web'] }],
  ['sense', { sense: 'x' }, I, 'invalid_input', ['sense'], "sense: Expected 'handled' or 'accepted'", { value: 'x' }],
  ['heijitsu', { heijitsu: 'x' }, I, 'invalid_input', ['heijitsu'], "heijitsu: Expected 'excludes-holidays', 'includes-holidays' or 'excludes-holidays-and-year-end'", { value: 'x' }],
  ['holidayLaw a number', { holidayLaw: 5 }, I, 'invalid_input', ['holidayLaw'], 'holidayLaw: Expected a law from loadHolidayLaw()', { value: 5 }],
  ['catalog a look-alike', { catalog: {} }, I, 'invalid_input', ['catalog'], 'catalog: Expected a catalog made by loadCatalog()', { kind: 'catalog', loader: 'loadCatalog' }],
  ['holidayLaw null', { holidayLaw: null }, I, 'invalid_input', ['holidayLaw'], 'holidayLaw: Expected a law from loadHolidayLaw()', { value: null }],
  ['holidayLaw a look-alike', { holidayLaw: {} }, I, 'invalid_input', ['holidayLaw'], 'holidayLaw: Expected a holiday law made by loadHolidayLaw()', { kind: 'holiday law', loader: 'loadHolidayLaw' }],
  ['holidayOverrides a string', { holidayOverrides: 'x' }, I, 'invalid_input', ['holidayOverrides'], 'holidayOverrides: Expected an array of { date, name } overrides', { value: 'x' }],
  ['an override without a name', { holidayOverrides: [{ date: '2026-01-02', name: '' }] }, I, 'invalid_input', ['holidayOverrides', 0, 'name'], 'holidayOverrides[0].name: Expected a holiday name, or null to remove the holiday', { value: '' }],
];
const dayCases: typeof cases = [
  ['yearEnd a string', { yearEnd: 'x' }, I, 'invalid_input', ['yearEnd'], 'yearEnd: Expected { start: MM-DD, end: MM-DD } or null', { value: 'x' }],
  ['yearEnd month 13', { yearEnd: { start: '13-01', end: '01-03' } }, I, 'invalid_input', ['yearEnd', 'start'], 'yearEnd.start: Not a day of the year: "13-01"', { value: '13-01' }],
  ['yearEnd month 00', { yearEnd: { start: '00-10', end: '01-03' } }, I, 'invalid_input', ['yearEnd', 'start'], 'yearEnd.start: Not a day of the year: "00-10"', { value: '00-10' }],
  ['yearEnd day 00', { yearEnd: { start: '12-00', end: '01-03' } }, I, 'invalid_input', ['yearEnd', 'start'], 'yearEnd.start: Not a day of the year: "12-00"', { value: '12-00' }],
  ['yearEnd 12-32', { yearEnd: { start: '12-32', end: '01-03' } }, I, 'invalid_input', ['yearEnd', 'start'], 'yearEnd.start: Not a day of the year: "12-32"', { value: '12-32' }],
  ['yearEnd start a list', { yearEnd: { start: ['12-29'], end: '01-03' } }, I, 'invalid_input', ['yearEnd', 'start'], 'yearEnd.start: Expected a day of the year MM-DD', { value: ['12-29'] }],
  ['yearEnd 2-29', { yearEnd: { start: '12-29', end: '2-29' } }, I, 'invalid_input', ['yearEnd', 'end'], 'yearEnd.end: Expected a day of the year MM-DD', { value: '2-29' }],
  ['yearEnd 02-29 ', { yearEnd: { start: '12-29', end: '02-29 ' } }, I, 'invalid_input', ['yearEnd', 'end'], 'yearEnd.end: Expected a day of the year MM-DD', { value: '02-29 ' }],
  ['yearEnd 02-30', { yearEnd: { start: '12-29', end: '02-30' } }, I, 'invalid_input', ['yearEnd', 'end'], 'yearEnd.end: Not a day of the year: "02-30"', { value: '02-30' }],
  ['yearEnd start a number', { yearEnd: { start: 5, end: '01-03' } }, I, 'invalid_input', ['yearEnd', 'start'], 'yearEnd.start: Expected a day of the year MM-DD', { value: 5 }],
  ['yearEnd without end', { yearEnd: { start: '12-29' } }, I, 'invalid_input', ['yearEnd', 'end'], 'yearEnd.end: Expected a day of the year MM-DD', {}],
  ['closures a string', { closures: 'x' }, I, 'invalid_input', ['closures'], 'closures: Expected an array of { start, end } closures', { value: 'x' }],
  ['a closure null', { closures: [null] }, I, 'invalid_input', ['closures', 0], 'closures[0]: Expected { start, end, name? }', { value: null }],
  ['a closure ending before it starts', { closures: [{ start: '2026-08-14', end: '2026-08-13' }] }, C, 'conflict', ['closures', 0, 'end'], 'closures[0].end: Closure ends (2026-08-13) before it starts (2026-08-14)', { start: '2026-08-14', end: '2026-08-13' }],
  ['a closure name a number', { closures: [{ start: '2026-08-13', end: '2026-08-14', name: 5 }] }, I, 'invalid_input', ['closures', 0, 'name'], 'closures[0].name: Expected a name string', { value: 5 }],
  ['a closure on 02-30', { closures: [{ start: '2026-02-30', end: '2026-08-14' }] }, I, 'invalid_input', ['closures', 0, 'start'], 'closures[0].start: Invalid day of month (valid values 1 - 28 for 2026-02): "2026-02-30"', { value: '2026-02-30' }],
];


describe('schedule query refusals', () => {
  it.each([...cases, ...dayCases])('isBusinessDay: %s', (_what, patch, cls, code, path, message, details) => {
    expectRefusal(() => isBusinessDay({ planId: 'helpdesk-support', channel: 'phone', date: '2026-11-20', ...patch } as never), cls, code, path, message, details);
  });
  it.each([...cases, ...dayCases])('isOpen: %s', (_what, patch, cls, code, path, message, details) => {
    expectRefusal(() => isOpen({ planId: 'helpdesk-support', channel: 'phone', at: '2026-11-20T11:00', ...patch } as never), cls, code, path, message, details);
  });
  it('a 年末年始 span from 12-31 to 02-29 (the last days of their months) is accepted', () => {
    const q = { planId: 'helpdesk-support', channel: 'phone', yearEnd: { start: '12-31', end: '02-29' } };
    expect(isBusinessDay({ ...q, date: '2026-12-30' })).toBe(true);
    expect(isBusinessDay({ ...q, date: '2026-12-31' })).toBe(false);
    expect(isBusinessDay({ ...q, date: '2027-02-26' })).toBe(false);
    expect(isBusinessDay({ ...q, date: '2027-03-01' })).toBe(true);
    expect(isBusinessDay({ ...q, yearEnd: { start: '01-31', end: '01-31' }, date: '2028-01-31' })).toBe(false);
    expect(isBusinessDay({ ...q, yearEnd: { start: '01-31', end: '01-31' }, date: '2028-02-01' })).toBe(true);
    expect(isBusinessDay({ ...q, yearEnd: { start: '12-01', end: '12-01' }, date: '2027-12-01' })).toBe(false);
    expect(isBusinessDay({ ...q, yearEnd: { start: '12-01', end: '12-01' }, date: '2027-12-02' })).toBe(true);
  });
  it('a valid query with the same fields answers', () => {
    expect(isBusinessDay({ planId: 'helpdesk-support', channel: 'phone', date: '2026-11-20', sense: 'accepted', heijitsu: 'includes-holidays', yearEnd: null, closures: [], holidayOverrides: [] })).toBe(true);
  });
});

describe('schedule query refusals that need a changed catalog or an unreadable field', () => {
  const at = '2026-11-20T11:00';
  it('a channel handled in a channel the plan lacks (002 FAX handled in a phone channel given to no plan)', () => {
    const catalog = editedCatalog((docs) => {
      for (const d of docs) for (const c of d.schedules?.channels ?? []) if (c.id === 'phone') c.appliesTo = ['nobody'];
    });
    expectRefusal(() => isOpen({ planId: 'helpdesk-support', channel: 'fax-email-web', at, catalog }), N, 'not_found', ['channel'], 'channel: Channel fax-email-web is handled in phone, which plan helpdesk-support lacks', {});
    expect(isOpen({ planId: 'helpdesk-support', channel: 'fax-email-web', sense: 'accepted', at: '2026-11-22T03:00', catalog })).toBe(true);
  });
  it('a plan whose document states no channel', () => {
    const message = 'channel: Plan helpdesk-support has no channel "phone"; its channels are (none stated)';
    const without = editedCatalog((docs) => {
      for (const d of docs) if (d.schedules?.channels?.some((c: { id: string }) => c.id === 'phone')) delete d.schedules;
    });
    expectRefusal(() => isOpen({ planId: 'helpdesk-support', channel: 'phone', at, catalog: without }), N, 'not_found', ['channel'], message, { value: 'phone', channels: [] });
    const empty = editedCatalog((docs) => {
      for (const d of docs) if (d.schedules?.channels?.some((c: { id: string }) => c.id === 'phone')) d.schedules.channels = [];
    });
    expectRefusal(() => isOpen({ planId: 'helpdesk-support', channel: 'phone', at, catalog: empty }), N, 'not_found', ['channel'], message, { value: 'phone', channels: [] });
  });
  it('a plain query whose getter throws, whose field is refused, or whose keys cannot be walked twice', () => {
    const getter = { planId: 'helpdesk-support', get channel(): string { throw new Error('no'); }, at };
    expectRefusal(() => isOpen(getter as never), I, 'invalid_input', ['channel'], 'channel: Could not read this value (a getter or proxy threw)', {});
    expectRefusal(() => isOpen({ planId: 'helpdesk-support', channel: 10n, at } as never), I, 'invalid_input', ['channel'], 'channel: Expected a number or a string, received a bigint', { received: 'bigint' });
    let walks = 0;
    const proxy = new Proxy({ planId: 'helpdesk-support', channel: 'phone', at }, {
      ownKeys(target) {
        if (++walks > 1) throw new Error('no');
        return Reflect.ownKeys(target);
      },
    });
    expectRefusal(() => isOpen(proxy as never), I, 'invalid_input', [], 'Could not read this value (a getter or proxy threw)', {});
  });
  it('a key that appears on the second walk of a plain query is read too (a bigint there is refused)', () => {
    let walks = 0;
    const proxy = new Proxy({ planId: 'helpdesk-support', channel: 'phone', at } as Record<string, unknown>, {
      ownKeys: (target) => (++walks > 1 ? [...Reflect.ownKeys(target), 'extra'] : Reflect.ownKeys(target)),
      getOwnPropertyDescriptor: (target, k) => (k === 'extra' ? { value: 10n, enumerable: true, configurable: true, writable: true } : Reflect.getOwnPropertyDescriptor(target, k)),
      get: (target, k) => (k === 'extra' ? 10n : Reflect.get(target, k)),
    });
    expectRefusal(() => isOpen(proxy as never), I, 'invalid_input', ['extra'], 'extra: Expected a number or a string, received a bigint', { received: 'bigint' });
  });
});
