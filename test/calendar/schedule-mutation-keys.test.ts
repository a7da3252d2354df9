/**
 * The memo of compiled schedules keyed by a query's values (src/calendar/schedule.ts: queries with closures,
 * a 年末年始 span, holiday overrides or a law; issue 12) never lets a query skip its own refusal: a query that
 * compile refuses is refused the same after a valid query was compiled and stored, even when the two differ only in
 * how their values would be written as text (a field left out against a field given, a setting moved to another
 * field, a text that contains the next field's name). Each refusal is checked word for word, fresh and after the
 * valid query, through isBusinessDay and isOpen.
 */
import { describe, expect, it } from 'vitest';
import { isBusinessDay, isOpen } from '../../src/calendar/index.js';
import { InvalidInputError } from '../../src/errors.js';
import { expectRefusal } from '../helpers/values.js';

type Query = Record<string, unknown>;

const phone = { planId: 'helpdesk-support', channel: 'phone' };
const FRI = '2026-11-20'; // a Friday: 002's phone is open at 11:00
const NEXT_MON = '2026-08-17'; // after the 夏期 closure below

// Each case: a valid query and its answer on its day, then a refused query whose values spell the valid one's
// memo text if a field's mark were lost, with the refusal's path, message and details.
const cases: Array<[string, Query, string, boolean, Query, readonly (string | number)[], string, Record<string, unknown>]> = [
  [
    'yearEnd given as the text "default" after a query without yearEnd',
    { closures: [] },
    FRI,
    true,
    { closures: [], yearEnd: 'default' },
    ['yearEnd'],
    'yearEnd: Expected { start: MM-DD, end: MM-DD } or null',
    { value: 'default' },
  ],
  [
    "heijitsu 'accepted' after sense 'accepted' (the same text in the next field)",
    { closures: [], sense: 'accepted' },
    FRI,
    true,
    { closures: [], heijitsu: 'accepted' },
    ['heijitsu'],
    "heijitsu: Expected 'excludes-holidays', 'includes-holidays' or 'excludes-holidays-and-year-end'",
    { value: 'accepted' },
  ],
  [
    "a closure start holding the text of the end's field",
    { closures: [{ start: '2026-08-13', end: '2026-08-14' }] },
    NEXT_MON,
    true,
    { closures: [{ start: '2026-08-13;3:end=d2026-08-14' }] },
    ['closures', 0, 'start'],
    'closures[0].start: Expected a date YYYY-MM-DD, received "2026-08-13;3:end=d2026-08-14"',
    { value: '2026-08-13;3:end=d2026-08-14' },
  ],
  [
    "an override date holding the text of the name's field",
    { holidayOverrides: [{ date: '2026-11-19', name: '臨時' }] },
    FRI,
    true,
    { holidayOverrides: [{ date: '2026-11-19;4:name=d臨時' }] },
    ['holidayOverrides', 0, 'date'],
    'holidayOverrides[0].date: Expected a date YYYY-MM-DD, received "2026-11-19;4:name=d臨時"',
    { value: '2026-11-19;4:name=d臨時' },
  ],
];

describe('the keyed memo of compiled schedules never skips a refusal', () => {
  it.each(cases)('isBusinessDay: %s', (_what, valid, day, answer, refused, path, message, details) => {
    expectRefusal(() => isBusinessDay({ ...phone, ...refused, date: day } as never), InvalidInputError, 'invalid_input', path, message, details);
    expect(isBusinessDay({ ...phone, ...valid, date: day } as never)).toBe(answer);
    expectRefusal(() => isBusinessDay({ ...phone, ...refused, date: day } as never), InvalidInputError, 'invalid_input', path, message, details);
    expect(isBusinessDay({ ...phone, ...valid, date: day } as never)).toBe(answer);
  });
  it.each(cases)('isOpen: %s', (_what, valid, day, answer, refused, path, message, details) => {
    const at = `${day}T11:00`;
    expect(isOpen({ ...phone, ...valid, at } as never)).toBe(answer);
    expectRefusal(() => isOpen({ ...phone, ...refused, at } as never), InvalidInputError, 'invalid_input', path, message, details);
  });
});
