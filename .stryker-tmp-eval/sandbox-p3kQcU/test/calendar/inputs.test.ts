/**
 * Bad input on every public entry point of the calendar module: the error class, `code` and `path`.
 * And: inputs are never mutated.
 */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  businessMinutesBetween,
  checkBusinessDay,
  compileOpeningHours,
  explainOpen,
  isBusinessDay,
  isOpen,
  listServiceChannels,
  nextOpening,
} from '../../src/calendar/index.js';
import { NotFoundError, InvalidInputError, OutOfRangeError, ConflictError } from '../../src/errors.js';

const base = { planId: 'helpdesk-support', channel: 'phone' } as const;
type AnyFn = (input: never) => unknown;
const atFns: Array<[string, AnyFn]> = [
  ['isOpen', isOpen as AnyFn],
  ['explainOpen', explainOpen as AnyFn],
  ['nextOpening', nextOpening as AnyFn],
];
const dateFns: Array<[string, AnyFn]> = [
  ['isBusinessDay', isBusinessDay as AnyFn],
  ['checkBusinessDay', checkBusinessDay as AnyFn],
];

const queryCases: Array<[string, Record<string, unknown>, string, ReadonlyArray<string | number>, unknown]> = [
  ['unknown plan', { planId: 'no-such-plan' }, 'not_found', ['planId'], NotFoundError],
  ['plan id not a string', { planId: 42 }, 'invalid_input', ['planId'], InvalidInputError],
  ['unknown channel for the plan', { channel: 'onsite-diagnosis' }, 'not_found', ['channel'], NotFoundError],
  ['channel of another document', { channel: 'contract-desk' }, 'not_found', ['channel'], NotFoundError],
  ['channel not a string', { channel: null }, 'invalid_input', ['channel'], InvalidInputError],
  ['options not an array', { options: 'itss-light-time-extension' }, 'invalid_input', ['options'], InvalidInputError],
  ['unknown option', { options: ['no-such-option'] }, 'not_found', ['options', 0], NotFoundError],
  ['option of another plan', { options: ['itss-light-time-extension'] }, 'conflict', ['options', 0], ConflictError],
  ['closures not an array', { closures: {} }, 'invalid_input', ['closures'], InvalidInputError],
  ['closure not an object', { closures: ['2026-08-13'] }, 'invalid_input', ['closures', 0], InvalidInputError],
  ['closure with an impossible date', { closures: [{ start: '2026-02-30', end: '2026-03-01' }] }, 'invalid_input', ['closures', 0, 'start'], InvalidInputError],
  ['closure ending before it starts', { closures: [{ start: '2026-08-14', end: '2026-08-13' }] }, 'conflict', ['closures', 0, 'end'], ConflictError],
  ['closure name not a string', { closures: [{ start: '2026-08-13', end: '2026-08-13', name: 7 }] }, 'invalid_input', ['closures', 0, 'name'], InvalidInputError],
  ['yearEnd not an object', { yearEnd: '12-29' }, 'invalid_input', ['yearEnd'], InvalidInputError],
  ['yearEnd impossible day', { yearEnd: { start: '12-32', end: '01-03' } }, 'invalid_input', ['yearEnd', 'start'], InvalidInputError],
  ['yearEnd month 13', { yearEnd: { start: '12-29', end: '13-01' } }, 'invalid_input', ['yearEnd', 'end'], InvalidInputError],
  ['heijitsu unknown', { heijitsu: 'weekdays' }, 'invalid_input', ['heijitsu'], InvalidInputError],
  ['sense unknown', { sense: 'received' }, 'invalid_input', ['sense'], InvalidInputError],
  ['holiday override malformed', { holidayOverrides: [{ date: 'x', name: 'y' }] }, 'invalid_input', ['holidayOverrides', 0, 'date'], InvalidInputError],
  ['holiday law not a law', { holidayLaw: { fixture: {} } }, 'invalid_input', ['holidayLaw'], InvalidInputError],
];

describe.each(atFns)('%s: bad input', (_name, fn) => {
  const at = '2026-11-20T10:00';
  it.each(queryCases)('%s', (_what, patch, code, path, cls) => {
    expect(() => fn({ ...base, at, ...patch } as never)).toThrowError(expect.objectContaining({ code, path }));
    expect(() => fn({ ...base, at, ...patch } as never)).toThrow(cls as never);
  });
  it.each([
    ['an impossible date', '2026-02-30T10:00', 'invalid_input'],
    ['a time without a date', '10:00', 'invalid_input'],
    ['a date without a time', '2026-11-20', 'invalid_input'],
    ['garbage', 'next tuesday', 'invalid_input'],
    ['an invalid Date', new Date(Number.NaN), 'invalid_input'],
    ['a non-finite number', Number.POSITIVE_INFINITY, 'invalid_input'],
    ['undefined', undefined, 'invalid_input'],
    ['an object', { at: 1 }, 'invalid_input'],
    ['before 1952 (Japan DST)', '1950-06-01T10:00', 'out_of_range'],
    ['epoch ms before 1952', 0 - 20 * 365 * 86_400_000, 'out_of_range'],
    ['a windowed schedule after 2099', '2100-01-04T10:00', 'out_of_range'],
  ])('at: %s', (_what, at, code) => {
    expect(() => fn({ ...base, at } as never)).toThrowError(expect.objectContaining({ code, path: ['at'] }));
  });
  it('a windowed schedule before 1970 (002 there is unknown, so 001 is asked)', () => {
    expect(() => fn({ planId: 'itss-light-anshin-1', channel: 'support', at: '1969-12-31T10:00' } as never)).toThrowError(
      expect.objectContaining({ code: 'out_of_range', path: ['at'] }),
    );
  });
  it('unknownAs not a policy', () => {
    expect(() => fn({ ...base, at: '2026-11-20T10:00', unknownAs: 'maybe' } as never)).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['unknownAs'] }));
  });
  it('the input is not an object', () => {
    expect(() => fn(null as never)).toThrowError(expect.objectContaining({ code: 'invalid_input', path: [] }));
    expect(() => fn('helpdesk-support' as never)).toThrowError(expect.objectContaining({ code: 'invalid_input', path: [] }));
  });
});

describe.each(dateFns)('%s: bad input', (_name, fn) => {
  it.each(queryCases)('%s', (_what, patch, code, path) => {
    expect(() => fn({ ...base, date: '2026-11-20', ...patch } as never)).toThrowError(expect.objectContaining({ code, path }));
  });
  it.each([
    ['an impossible date', '2026-02-29', 'invalid_input'],
    ['a date-time', '2026-11-20T10:00', 'invalid_input'],
    ['a number', 20261120, 'invalid_input'],
    ['after 2099', '2100-01-04', 'out_of_range'],
  ])('date: %s', (_what, date, code) => {
    expect(() => fn({ ...base, date } as never)).toThrowError(expect.objectContaining({ code, path: ['date'] }));
  });
  it('unknown day', () => {
    expect(() => isBusinessDay({ ...base, date: '2018-10-31' })).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['date'] }));
    expect(checkBusinessDay({ ...base, date: '2018-10-31' }).businessDay).toBe('unknown');
  });
});

describe('addBusinessDays: bad input', () => {
  it.each(queryCases)('%s', (_what, patch, code, path) => {
    expect(() => addBusinessDays({ ...base, date: '2026-11-20', days: 1, ...patch } as never)).toThrowError(expect.objectContaining({ code, path }));
  });
  it.each([
    [1.5, 'invalid_input'],
    ['1', 'invalid_input'],
    [Number.NaN, 'invalid_input'],
    [undefined, 'invalid_input'],
  ])('days: %j', (days, code) => {
    expect(() => addBusinessDays({ ...base, date: '2026-11-20', days } as never)).toThrowError(expect.objectContaining({ code, path: ['days'] }));
  });
  it('date malformed', () => {
    expect(() => addBusinessDays({ ...base, date: '2026/11/20', days: 1 })).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['date'] }));
  });
  it('running into unknown hours or out of the covered years', () => {
    expect(() => addBusinessDays({ ...base, date: '2018-11-02', days: -5 })).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['days'] }));
    expect(() => addBusinessDays({ ...base, date: '2099-12-28', days: 5 })).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['days'] }));
  });
});

describe('businessMinutesBetween: bad input', () => {
  const ok = { ...base, start: '2026-11-20T10:00', end: '2026-11-20T11:00' };
  it.each(queryCases)('%s', (_what, patch, code, path) => {
    expect(() => businessMinutesBetween({ ...ok, ...patch } as never)).toThrowError(expect.objectContaining({ code, path }));
  });
  it('start and end', () => {
    expect(() => businessMinutesBetween({ ...ok, start: '10:00' })).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['start'] }));
    expect(() => businessMinutesBetween({ ...ok, end: '2026-02-30T10:00' })).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['end'] }));
    expect(() => businessMinutesBetween({ ...ok, end: '2026-11-20T09:00' })).toThrowError(expect.objectContaining({ code: 'conflict', path: ['end'] }));
    expect(() => businessMinutesBetween({ ...ok, start: '2018-10-31T10:00' })).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['start'] }));
  });
});

describe('compileOpeningHours and listServiceChannels: bad input', () => {
  it.each(queryCases)('%s', (_what, patch, code, path) => {
    expect(() => compileOpeningHours({ ...base, ...patch } as never)).toThrowError(expect.objectContaining({ code, path }));
  });
  it('instants', () => {
    const h = compileOpeningHours(base);
    expect(() => h.isOpenAt('2026-11-20T10:00' as never)).toThrowError(expect.objectContaining({ code: 'invalid_input', path: ['at'] }));
    expect(() => h.isOpenAt(Date.UTC(2018, 0, 1))).toThrowError(expect.objectContaining({ code: 'out_of_range', path: ['at'] }));
    expect(h.stateAt(Date.UTC(2018, 0, 1))).toBe('unknown');
    expect(() => h.isOpenAt(Date.UTC(2100, 0, 4, 1))).toThrow(OutOfRangeError);
  });
  it('unknown plan', () => {
    expect(() => listServiceChannels('nope')).toThrowError(expect.objectContaining({ code: 'not_found', path: ['planId'] }));
  });
});

describe('inputs are never mutated', () => {
  const deepFreeze = <T>(v: T): T => {
    if (v && typeof v === 'object') {
      Object.freeze(v);
      for (const x of Object.values(v)) deepFreeze(x);
    }
    return v;
  };
  const extras = {
    options: ['itss-light-time-extension'],
    closures: [{ start: '2026-08-13', end: '2026-08-14', name: '夏期休業' }],
    yearEnd: { start: '12-30', end: '01-03' },
    holidayOverrides: [{ date: '2026-11-24', name: '臨時の祝日' }],
    heijitsu: 'includes-holidays',
  } as const;
  const q = { planId: 'itss-light-anshin-1', channel: 'support', ...extras };
  it.each([
    ['isOpen', () => isOpen(deepFreeze({ ...structuredClone(q), at: '2026-11-20T10:00' }) as never)],
    ['explainOpen', () => explainOpen(deepFreeze({ ...structuredClone(q), at: '2026-11-20T10:00' }) as never)],
    ['nextOpening', () => nextOpening(deepFreeze({ ...structuredClone(q), at: '2026-11-22T10:00' }) as never)],
    ['isBusinessDay', () => isBusinessDay(deepFreeze({ ...structuredClone(q), date: '2026-11-22' }) as never)],
    ['checkBusinessDay', () => checkBusinessDay(deepFreeze({ ...structuredClone(q), date: '2026-11-22' }) as never)],
    ['addBusinessDays', () => addBusinessDays(deepFreeze({ ...structuredClone(q), date: '2026-11-22', days: 3 }) as never)],
    ['businessMinutesBetween', () => businessMinutesBetween(deepFreeze({ ...structuredClone(q), start: '2026-11-20T10:00', end: '2026-11-27T10:00' }) as never)],
  ])('%s works on deeply frozen input and leaves it equal', (_name, call) => {
    expect(call).not.toThrow();
  });
  it('a mutable input is left as it was', () => {
    const input = { ...structuredClone(q), at: '2026-11-20T10:00' };
    const before = JSON.stringify(input);
    explainOpen(input as never);
    nextOpening(input as never);
    expect(JSON.stringify(input)).toBe(before);
  });
  it('answers with overrides do not leak into later answers without them', () => {
    expect(isOpen({ planId: 'itss-light-anshin-1', channel: 'support', at: '2026-11-24T10:00', holidayOverrides: [{ date: '2026-11-24', name: '臨時' }] })).toBe(false);
    expect(isOpen({ planId: 'itss-light-anshin-1', channel: 'support', at: '2026-11-24T10:00' })).toBe(true);
  });
});
