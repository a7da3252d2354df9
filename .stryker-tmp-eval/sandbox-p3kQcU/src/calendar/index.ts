/**
 * Japanese business calendar and service hours: holidays computed from the law, service schedules
 * per document and channel, open/closed at an instant, next opening, business days and minutes.
 */
// @ts-nocheck

export {
  isHoliday,
  holidayName,
  holidaysIn,
  findHoliday,
  isHolidayEpochDay,
  type HolidayOptions,
  type IsHolidayOptions,
  type HolidayNameOptions,
  type HolidaysInOptions,
} from './holidays.js';
export {
  bundledHolidayLaw,
  equinoxDay,
  type HolidayEntry,
  type HolidayKind,
  type HolidayLaw,
  type HolidayOverride,
} from './holiday-law.js';
export {
  isOpen,
  explainOpen,
  nextOpening,
  type IsOpenOptions,
  type ExplainOpenOptions,
  type OpenVerdict,
  type OpeningWindowInstants,
  type NextOpeningOptions,
  type NextOpening,
} from './open.js';
export {
  isBusinessDay,
  checkBusinessDay,
  addBusinessDays,
  businessMinutesBetween,
  type IsBusinessDayOptions,
  type CheckBusinessDayOptions,
  type BusinessDayVerdict,
  type AddBusinessDaysOptions,
  type AddBusinessDaysResult,
  type BusinessMinutesBetweenOptions,
  type BusinessMinutesResult,
} from './business.js';
export {
  compileOpeningHours,
  listServiceChannels,
  type OpeningHours,
  type ServiceChannelInfo,
} from './compiled.js';
export type {
  ScheduleQuery,
  CompanyClosure,
  YearEndSpan,
  HeijitsuMeaning,
  ChannelSense,
  UnknownHoursPolicy,
} from './schedule.js';
export type { HolidayLawFixture, ScheduleSection, ServiceHours, ChannelSchedule } from './schema.js';
