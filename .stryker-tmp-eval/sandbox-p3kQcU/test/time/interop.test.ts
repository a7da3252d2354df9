/**
 * Dates and instants from the libraries users hold: real js-joda (@js-joda/core with @js-joda/timezone)
 * and Temporal (@js-temporal/polyfill) values give the same answers as the equivalent Japan-time strings,
 * across capabilities (calendar, hours, quotas, incidents, areas, tax, billing, catalog). Neither library is
 * imported by src/: the values are recognised by shape.
 */
// @ts-nocheck

import { Instant, LocalDate, OffsetDateTime, ZonedDateTime, ZoneId, ZoneOffset } from '@js-joda/core';
import '@js-joda/timezone';
import { Temporal } from '@js-temporal/polyfill';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addBusinessDays,
  canSubscribe,
  checkBusinessDay,
  classifyArea,
  ContractRulesError,
  convertPrice,
  evaluateQuota,
  findHoliday,
  holidayName,
  incidentStatus,
  isHoliday,
  isOpen,
  monthlyInvoice,
  nextOpening,
  plansOnSale,
} from '../../src/index.js';
import { parseInstant, parseIsoDate } from '../../src/time/index.js';
import { parseInstantFast, parseIsoDateFast } from '../../src/time/fast.js';

const phone = { planId: 'helpdesk-support', channel: 'phone' } as const;
/** 2026-11-24T12:30 in Tokyo is 2026-11-23T22:30 in New York (EST, UTC−5). */
const japanText = '2026-11-24T12:30:00+09:00';
const newYork = ZonedDateTime.of(2026, 11, 23, 22, 30, 0, 0, ZoneId.of('America/New_York'));
const instants: ReadonlyArray<[string, unknown]> = [
  ['js-joda ZonedDateTime in America/New_York', newYork],
  ['js-joda ZonedDateTime in Asia/Tokyo', newYork.withZoneSameInstant(ZoneId.of('Asia/Tokyo'))],
  ['js-joda OffsetDateTime at −05:00', OffsetDateTime.of(2026, 11, 23, 22, 30, 0, 0, ZoneOffset.ofHours(-5))],
  ['js-joda Instant', Instant.parse('2026-11-24T03:30:00Z')],
  ['Temporal Instant', Temporal.Instant.from('2026-11-24T03:30:00Z')],
  ['Temporal ZonedDateTime in America/New_York', Temporal.ZonedDateTime.from('2026-11-23T22:30:00-05:00[America/New_York]')],
  ['RFC 9557 string (Temporal ZonedDateTime#toString) in Asia/Tokyo', '2026-11-24T12:30:00+09:00[Asia/Tokyo]'],
  ['RFC 9557 string in America/New_York', '2026-11-23T22:30:00-05:00[America/New_York]'],
  ['RFC 9557 string with a calendar annotation', '2026-11-24T12:30:00+09:00[Asia/Tokyo][u-ca=iso8601]'],
];
const dates: ReadonlyArray<[string, unknown]> = [
  ['js-joda LocalDate', LocalDate.of(2026, 11, 23)],
  ['Temporal PlainDate', Temporal.PlainDate.from('2026-11-23')],
];

describe('instants: js-joda and Temporal values mean the same instant as the Japan-time string', () => {
  const ms = parseInstant(japanText);
  it.each(instants)('%s', (_name, value) => {
    expect(parseInstant(value)).toBe(ms);
    expect(parseInstantFast(value)).toBe(ms);
  });
  it.each(instants)('isOpen and nextOpening with a %s', (_name, value) => {
    expect(isOpen({ ...phone, at: value as never })).toBe(isOpen({ ...phone, at: japanText }));
    expect(nextOpening({ ...phone, at: value as never })).toEqual(nextOpening({ ...phone, at: japanText }));
  });
  it.each(instants)('incidentStatus with a %s', (_name, value) => {
    const events = [{ type: 'accepted', at: '2026-11-20T10:00+09:00' }] as const;
    expect(incidentStatus({ events, at: value as never })).toEqual(incidentStatus({ events, at: japanText }));
  });
  it.each(instants)('evaluateQuota events at a %s', (_name, value) => {
    const input = (at: unknown) => ({ contract: { planId: 'itss-standard-anshin-1' }, month: '2026-11', events: [{ id: 'a', at: at as never }] });
    expect(evaluateQuota(input(value))).toEqual(evaluateQuota(input(japanText)));
  });
  it.each(instants)('classifyArea on a %s', (_name, value) => {
    const input = (on: unknown) => ({ address: '東京都大島町元町', on: on as never });
    expect(classifyArea(input(value))).toEqual(classifyArea(input(japanText)));
  });
  it('any js-joda ZonedDateTime in New York is the instant of its Japan-time string (fast-check)', () => {
    const ny = ZoneId.of('America/New_York');
    const tokyo = ZoneId.of('Asia/Tokyo');
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1960, 0, 1), max: Date.UTC(2150, 0, 1) }), (epochMs) => {
        const z = ZonedDateTime.ofInstant(Instant.ofEpochMilli(epochMs), ny);
        const text = z.withZoneSameInstant(tokyo).toOffsetDateTime().toString();
        expect(parseInstant(z)).toBe(parseInstant(text));
        expect(parseInstant(Temporal.Instant.fromEpochMilliseconds(epochMs).toZonedDateTimeISO('America/New_York'))).toBe(epochMs);
      }),
    );
  });
});

describe('dates: js-joda LocalDate and Temporal PlainDate are the YYYY-MM-DD date', () => {
  it.each(dates)('%s', (_name, value) => {
    expect(parseIsoDate(value)).toBe(parseIsoDate('2026-11-23'));
    expect(parseIsoDateFast(value)).toBe(parseIsoDate('2026-11-23'));
  });
  it.each(dates)('holidays with a %s (勤労感謝の日, 11月23日)', (_name, value) => {
    expect(isHoliday(value as never)).toBe(true);
    expect(holidayName(value as never)).toBe(holidayName('2026-11-23'));
    expect(findHoliday(value as never)).toEqual(findHoliday('2026-11-23'));
  });
  it.each(dates)('business days with a %s', (_name, value) => {
    expect(checkBusinessDay({ ...phone, date: value as never })).toEqual(checkBusinessDay({ ...phone, date: '2026-11-23' }));
    expect(addBusinessDays({ ...phone, date: value as never, days: 3 })).toEqual(addBusinessDays({ ...phone, date: '2026-11-23', days: 3 }));
  });
  it.each(dates)('classifyArea on a %s', (_name, value) => {
    expect(classifyArea({ address: '東京都大島町元町', on: value as never })).toEqual(classifyArea({ address: '東京都大島町元町', on: '2026-11-23' }));
  });
  it.each(dates)('tax, billing and the catalog with a %s', (_name, value) => {
    expect(convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: value as never })).toEqual(convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2026-11-23' }));
    expect(canSubscribe({ planId: 'itss-light-anshin-1', on: value as never })).toEqual(canSubscribe({ planId: 'itss-light-anshin-1', on: '2026-11-23' }));
    expect(plansOnSale(value as never)).toEqual(plansOnSale('2026-11-23'));
    const contract = (start: unknown) => ({ planId: 'oas-plan-a', start: start as never });
    expect(monthlyInvoice({ contract: contract(value), month: '2026-11' })).toEqual(monthlyInvoice({ contract: contract('2026-11-23'), month: '2026-11' }));
  });
});

describe('what is refused', () => {
  const code = (f: () => unknown): string => {
    try {
      f();
    } catch (e) {
      expect(e).toBeInstanceOf(ContractRulesError);
      return (e as ContractRulesError).code;
    }
    return 'returned';
  };
  it('an RFC 9557 suffix that contradicts the offset', () => {
    expect(code(() => parseInstant('2026-11-24T12:30:00+01:00[Asia/Tokyo]'))).toBe('invalid_input');
    expect(code(() => parseInstant('2026-11-24T12:30:00+01:00[+09:00]'))).toBe('invalid_input');
  });
  it('a local time with a zone the library cannot resolve without a time-zone database', () => {
    expect(code(() => parseInstant('2026-11-23T22:30:00[America/New_York]'))).toBe('invalid_input');
    expect(parseInstant('2026-11-24T12:30:00[Asia/Tokyo]')).toBe(parseInstant(japanText));
  });
  it('a date-time where a date is expected, and a date where an instant is expected', () => {
    expect(code(() => parseIsoDate(newYork))).toBe('invalid_input');
    expect(code(() => parseIsoDate(Temporal.PlainDateTime.from('2026-11-23T10:00')))).toBe('invalid_input');
    expect(code(() => parseInstant(LocalDate.of(2026, 11, 23)))).toBe('invalid_input');
    expect(code(() => parseInstant(Temporal.PlainDate.from('2026-11-23')))).toBe('invalid_input');
  });
  it('a PlainDate in another calendar, and values out of range', () => {
    expect(code(() => parseIsoDate(Temporal.PlainDate.from('2026-11-23').withCalendar('japanese')))).toBe('invalid_input');
    expect(code(() => parseIsoDate(LocalDate.of(1850, 1, 1)))).toBe('out_of_range');
    expect(code(() => parseInstant(Instant.parse('1950-01-01T00:00:00Z')))).toBe('out_of_range');
  });
  it('a look-alike that throws is an InvalidInputError, not a crash', () => {
    expect(code(() => parseInstant({ toEpochMilli: () => { throw new Error('boom'); } }))).toBe('invalid_input');
    expect(code(() => parseIsoDate({ year: () => 2026, monthValue: () => 'x', dayOfMonth: () => 1 }))).toBe('invalid_input');
  });
});
