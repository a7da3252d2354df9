/**
 * `support-contract-rules/calendar`: Japanese holidays, business days and the opening hours of every service channel.
 * The same names as the root entry point exports for this capability (src/index.ts re-exports this file):
 * anything not named here is internal and may change without notice.
 */
// @ts-nocheck

export * from './common.js';

export {
  addBusinessDays,
  bundledHolidayLaw,
  businessMinutesBetween,
  checkBusinessDay,
  compileOpeningHours,
  explainOpen,
  findHoliday,
  holidayName,
  holidaysIn,
  isBusinessDay,
  isHoliday,
  isOpen,
  listServiceChannels,
  nextOpening,
} from '../calendar/index.js';

export type {
  AddBusinessDaysOptions,
  AddBusinessDaysResult,
  BusinessDayVerdict,
  BusinessMinutesBetweenOptions,
  BusinessMinutesResult,
  ChannelSchedule,
  ChannelSense,
  CheckBusinessDayOptions,
  CompanyClosure,
  ExplainOpenOptions,
  HeijitsuMeaning,
  HolidayEntry,
  HolidayKind,
  HolidayLaw,
  HolidayLawFixture,
  HolidayNameOptions,
  HolidayOptions,
  HolidayOverride,
  HolidaysInOptions,
  IsBusinessDayOptions,
  IsHolidayOptions,
  IsOpenOptions,
  NextOpening,
  NextOpeningOptions,
  OpeningHours,
  OpeningWindowInstants,
  OpenVerdict,
  ScheduleQuery,
  ScheduleSection,
  ServiceChannelInfo,
  ServiceHours,
  UnknownHoursPolicy,
  YearEndSpan,
} from '../calendar/index.js';
