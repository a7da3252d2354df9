/**
 * The business-day calendar behind the `business-days` policy: provided by the calendar module.
 */
import { InvalidInputError } from '../errors.js';

/** Options of the `business-days` policy. */
export interface IncidentBusinessDayOptions {
  /** Channel of the document's schedule whose open days count as business days. Default `phone`. */
  readonly businessDayChannel?: string;
}

/** A business-day predicate on Japan epoch days, with a description for reasons. */
export interface IncidentBusinessDayCalendar {
  readonly isBusinessDay: (epochDay: number) => boolean;
  readonly maxScanDays: number;
  readonly description: string;
  readonly channel: string;
}

/** @throws {InvalidInputError} until the calendar module is available */
export function businessDayCalendarFor(_planId: string, _input: IncidentBusinessDayOptions): IncidentBusinessDayCalendar {
  throw new InvalidInputError(['policy'], 'The business-days policy needs the calendar module');
}

/** Whether the document's support channel is open at an instant; `undefined` when the calendar cannot tell. */
export function supportHoursAt(
  _planId: string,
  _atMs: number,
  _input: IncidentBusinessDayOptions,
): { open: boolean; channel: string } | undefined {
  return undefined;
}
