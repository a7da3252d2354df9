/**
 * Zod schemas of the calendar module: the holiday law as data (`fixtures/holidays.json`)
 * and the `schedules` section of a document fixture (service hours per channel).
 */
// @ts-nocheck

import { z } from 'zod';
import { IdSchema, IsoDateSchema, SourceSchema, TimeOfDaySchema } from '../catalog/primitives.js';

const YearSchema = z.number().int().min(1900).max(2199);
const MonthSchema = z.number().int().min(1).max(12);
const DayOfMonthSchema = z.number().int().min(1).max(31);
/** ISO day of week: 1 = Monday … 7 = Sunday. */
const IsoWeekdaySchema = z.number().int().min(1).max(7).describe('ISO day of week, 1 = Monday … 7 = Sunday');

/** A day of the year without a year (`{ month: 12, day: 29 }`). */
export const MonthDaySchema = z
  .object({ month: MonthSchema, day: DayOfMonthSchema })
  .strict()
  .refine((d) => d.day <= (d.month === 2 ? 29 : [4, 6, 9, 11].includes(d.month) ? 30 : 31), 'Not a day of that month')
  .describe('Month and day, no year');

/** How the date of a 国民の祝日 is found in a year. */
export const HolidayRuleSchema = z
  .discriminatedUnion('kind', [
    z.object({ kind: z.literal('fixed'), month: MonthSchema, day: DayOfMonthSchema }).strict(),
    z
      .object({
        kind: z.literal('nth-weekday'),
        month: MonthSchema,
        nth: z.number().int().min(1).max(5),
        weekday: IsoWeekdaySchema,
      })
      .strict(),
    z.object({ kind: z.literal('equinox'), season: z.enum(['vernal', 'autumnal']) }).strict(),
  ])
  .describe('Fixed date, nth weekday of a month (Happy Monday), or the equinox day');

/** One 国民の祝日 under one rule, for the years the rule applied (inclusive; `toYear: null` = still in force). */
export const NationalHolidayLawSchema = z
  .object({
    id: IdSchema,
    name: z.string().min(1),
    rule: HolidayRuleSchema,
    fromYear: YearSchema,
    toYear: YearSchema.nullable(),
    source: SourceSchema,
  })
  .strict();

/** A one-year move of a 国民の祝日 by a special law (2020, 2021 Olympics). */
export const HolidayYearExceptionSchema = z
  .object({ holidayId: IdSchema, year: YearSchema, date: IsoDateSchema, source: SourceSchema })
  .strict();

/** A one-off 休日 set by its own law (1989, 1990, 1993, 2019). */
export const SpecialHolidaySchema = z
  .object({
    id: IdSchema,
    date: IsoDateSchema,
    name: z.string().min(1),
    countsAsNationalHoliday: z
      .boolean()
      .describe('True when the law treats the day as a 国民の祝日, so that 振替休日 and 国民の休日 follow from it (2019)'),
    source: SourceSchema,
  })
  .strict();

/** The equinox approximation `floor(constant + drift*(Y-epoch) - floor((Y-epoch)/cycle))`, valid for a range of years. */
export const EquinoxFormulaSchema = z
  .object({
    fromYear: YearSchema,
    toYear: YearSchema,
    epochYear: YearSchema,
    yearlyDrift: z.number().positive(),
    leapCycleYears: z.number().int().positive(),
    vernal: z.object({ month: MonthSchema, constant: z.number().positive() }).strict(),
    autumnal: z.object({ month: MonthSchema, constant: z.number().positive() }).strict(),
    source: SourceSchema,
  })
  .strict();

/** Equinox days as officially announced for a year (these win over the formula). */
export const EquinoxDatesSchema = z
  .object({ year: YearSchema, vernal: IsoDateSchema, autumnal: IsoDateSchema, source: SourceSchema })
  .strict();

/** A 振替休日 regime, in force for holidays from `from` until the next regime. */
export const SubstituteHolidayRegimeSchema = z
  .object({
    id: IdSchema,
    from: IsoDateSchema,
    rule: z
      .enum(['next-day', 'next-non-holiday'])
      .describe('next-day: the Monday after a Sunday holiday (1973); next-non-holiday: the nearest following day that is not a 祝日 (2007)'),
    source: SourceSchema,
  })
  .strict();

/** A 国民の休日 (sandwiched day) regime, in force from `from` until the next regime. */
export const CitizensHolidayRegimeSchema = z
  .object({
    id: IdSchema,
    from: IsoDateSchema,
    excludeSundays: z.boolean(),
    excludeSubstituteHolidays: z.boolean(),
    source: SourceSchema,
  })
  .strict();

/**
 * The holiday law as data: `fixtures/holidays.json` (JSON Schema: schemas/holidays.schema.json).
 * @example HolidayLawFixtureSchema.safeParse(JSON.parse(readFileSync('fixtures/holidays.json', 'utf8'))).success //=> true
 */
export const HolidayLawFixtureSchema = z
  .object({
    $schema: z.string().optional(),
    coverage: z.object({ fromYear: YearSchema, toYear: YearSchema, source: SourceSchema }).strict(),
    names: z
      .object({ substituteHoliday: z.string().min(1), citizensHoliday: z.string().min(1), source: SourceSchema })
      .strict(),
    nationalHolidays: z.array(NationalHolidayLawSchema).min(1),
    yearExceptions: z.array(HolidayYearExceptionSchema),
    specialHolidays: z.array(SpecialHolidaySchema),
    equinoxFormulas: z.array(EquinoxFormulaSchema),
    equinoxDates: z.array(EquinoxDatesSchema),
    substituteHolidayRegimes: z.array(SubstituteHolidayRegimeSchema),
    citizensHolidayRegimes: z.array(CitizensHolidayRegimeSchema),
    yearEndDefault: z.object({ start: MonthDaySchema, end: MonthDaySchema, source: SourceSchema }).strict(),
  })
  .strict()
  .superRefine((law, ctx) => {
    if (law.coverage.toYear < law.coverage.fromYear) {
      ctx.addIssue({ code: 'custom', path: ['coverage', 'toYear'], message: 'Coverage ends before it starts' });
    }
    const ids = new Set<string>();
    law.nationalHolidays.forEach((h, i) => {
      if (ids.has(h.id)) ctx.addIssue({ code: 'custom', path: ['nationalHolidays', i, 'id'], message: `Duplicate id ${h.id}` });
      ids.add(h.id);
      if (h.toYear !== null && h.toYear < h.fromYear) {
        ctx.addIssue({ code: 'custom', path: ['nationalHolidays', i, 'toYear'], message: 'toYear before fromYear' });
      }
    });
    law.yearExceptions.forEach((x, i) => {
      if (!ids.has(x.holidayId)) ctx.addIssue({ code: 'custom', path: ['yearExceptions', i, 'holidayId'], message: `Unknown holiday id ${x.holidayId}` });
      if (Number(x.date.slice(0, 4)) !== x.year) ctx.addIssue({ code: 'custom', path: ['yearExceptions', i, 'date'], message: 'Date is not in that year' });
    });
    law.equinoxDates.forEach((x, i) => {
      for (const k of ['vernal', 'autumnal'] as const) {
        if (Number(x[k].slice(0, 4)) !== x.year) ctx.addIssue({ code: 'custom', path: ['equinoxDates', i, k], message: 'Date is not in that year' });
      }
    });
    const sorted = (xs: ReadonlyArray<{ from: string }>) => xs.every((x, i) => i === 0 || xs[i - 1]!.from < x.from);
    if (!sorted(law.substituteHolidayRegimes)) {
      ctx.addIssue({ code: 'custom', path: ['substituteHolidayRegimes'], message: 'Regimes must be sorted by from date' });
    }
    if (!sorted(law.citizensHolidayRegimes)) {
      ctx.addIssue({ code: 'custom', path: ['citizensHolidayRegimes'], message: 'Regimes must be sorted by from date' });
    }
  })
  .describe('国民の祝日に関する法律 and its history as data, with the 年末年始 default (sources: docs/references.md)');

// ---------------------------------------------------------------------------------------------
// Service schedules (the `schedules` section of a document fixture)

/** Id of an interpretation recorded in docs/interpretations.md (`calendar-heijitsu` …). */
const InterpretationIdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/)
  .describe('Id of the interpretation (docs/interpretations.md) that reads this fact');

/** A closed-day rule of a schedule, with the passage that states it. */
export const ClosedDayRuleSchema = z
  .object({
    kind: z
      .enum(['national-holidays', 'year-end', 'company-closures'])
      .describe('national-holidays: every 休日 of the holiday law; year-end: 年末年始 (default 12/29–1/3, configurable); company-closures: closures the caller supplies'),
    interpretation: InterpretationIdSchema.optional(),
    source: SourceSchema,
  })
  .strict();

/** An opening window within a day, `start` inclusive, `end` exclusive (`24:00` = end of day). */
export const OpeningWindowSchema = z
  .object({ start: TimeOfDaySchema, end: TimeOfDaySchema })
  .strict()
  .refine((w) => w.start < w.end, 'A window ends after it starts');

/**
 * Service hours: open all day every day, windows on some days, days without hours, or nothing stated.
 * @example ServiceHoursSchema.parse({ kind: 'not-stated', source: { document: '004_d85cf5e759b78bed.txt', passage: '…' } }).kind //=> 'not-stated'
 */
export const ServiceHoursSchema = z
  .discriminatedUnion('kind', [
    z
      .object({
        kind: z.literal('always'),
        description: z.string().min(1).describe('As written, e.g. 24時間365日'),
        source: SourceSchema,
      })
      .strict(),
    z
      .object({
        kind: z.literal('windows'),
        weekdays: z.array(IsoWeekdaySchema).min(1).describe('ISO days of week the windows apply on'),
        heijitsu: z
          .boolean()
          .optional()
          .describe('True where the document says only 平日 (weekdays): whether that excludes holidays is an interpretation (option heijitsu)'),
        windows: z.array(OpeningWindowSchema).min(1),
        closedOn: z.array(ClosedDayRuleSchema),
        source: SourceSchema,
      })
      .strict(),
    z
      .object({
        kind: z.literal('days-only'),
        description: z.string().min(1).describe('What the document says, e.g. 365日'),
        interpretation: InterpretationIdSchema.optional(),
        source: SourceSchema,
      })
      .strict(),
    z.object({ kind: z.literal('not-stated'), interpretation: InterpretationIdSchema.optional(), source: SourceSchema }).strict(),
  ])
  .describe('Service hours of a channel');

/** Hours that replace a channel's hours when the subscriber has one of the options. */
export const OptionHoursSchema = z
  .object({ optionIds: z.array(IdSchema).min(1), hours: ServiceHoursSchema, source: SourceSchema })
  .strict();

/**
 * One support channel of a document, for some or all of its plans.
 * @example ChannelScheduleSchema.shape.id.safeParse('fax-email-web').success //=> true
 */
export const ChannelScheduleSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).describe('Channel id: support, onsite-diagnosis, contract-desk, phone, fax-email-web …'),
    factId: IdSchema.describe('Unique id of this schedule fact (reasons cite it)'),
    name: z.string().min(1).describe('Name as written'),
    appliesTo: z.array(IdSchema).min(1).optional().describe('Plan ids; absent = every plan of the document'),
    knownFrom: z
      .object({ date: IsoDateSchema, source: SourceSchema })
      .strict()
      .optional()
      .describe('The hours are those in force from this day (Japan); before it they are unknown'),
    hours: ServiceHoursSchema,
    optionHours: z.array(OptionHoursSchema).optional(),
    handledIn: z
      .object({
        channel: z.string().regex(/^[a-z0-9][a-z0-9-]*$/).describe('Channel whose hours the handling follows'),
        source: SourceSchema,
      })
      .strict()
      .optional()
      .describe('Requests accepted in `hours` but handled only in another channel’s hours (002 FAX, e-mail, web)'),
    source: SourceSchema,
  })
  .strict();

/**
 * Section of a document fixture: service schedules per channel (composed into DocumentFixtureSchema).
 * @example ScheduleSectionSchema.safeParse({ channels: [] }).success //=> true
 */
export const ScheduleSectionSchema = z
  .object({
    channels: z.array(ChannelScheduleSchema),
    notes: z.array(z.object({ text: z.string().min(1), source: SourceSchema }).strict()).optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    const facts = new Set<string>();
    s.channels.forEach((c, i) => {
      if (facts.has(c.factId)) ctx.addIssue({ code: 'custom', path: ['channels', i, 'factId'], message: `Duplicate factId ${c.factId}` });
      facts.add(c.factId);
      const via = c.handledIn?.channel;
      if (via !== undefined && (via === c.id || !s.channels.some((o) => o.id === via && o.handledIn === undefined))) {
        ctx.addIssue({ code: 'custom', path: ['channels', i, 'handledIn', 'channel'], message: `Unknown or indirect handling channel ${via}` });
      }
    });
  })
  .describe('Service hours of the document’s support channels');

/** The holiday law as data (fixtures/holidays.json). */
export type HolidayLawFixture = z.infer<typeof HolidayLawFixtureSchema>;
/** How a 国民の祝日 is dated in a year. */
export type HolidayRule = z.infer<typeof HolidayRuleSchema>;
/** One 国民の祝日 rule with its years. */
export type NationalHolidayLaw = z.infer<typeof NationalHolidayLawSchema>;
/** A one-off 休日 set by its own law. */
export type SpecialHoliday = z.infer<typeof SpecialHolidaySchema>;
/** A month and day without a year. */
export type MonthDay = z.infer<typeof MonthDaySchema>;
/** A closed-day rule of a schedule. */
export type ClosedDayRule = z.infer<typeof ClosedDayRuleSchema>;
/** A daily opening window, start inclusive, end exclusive. */
export type OpeningWindow = z.infer<typeof OpeningWindowSchema>;
/** Service hours of a channel. */
export type ServiceHours = z.infer<typeof ServiceHoursSchema>;
/** Hours that an option substitutes. */
export type OptionHours = z.infer<typeof OptionHoursSchema>;
/** One channel of a document’s schedules section. */
export type ChannelSchedule = z.infer<typeof ChannelScheduleSchema>;
/** The schedules section of a document fixture. */
export type ScheduleSection = z.infer<typeof ScheduleSectionSchema>;
