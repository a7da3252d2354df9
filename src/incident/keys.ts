/**
 * The keys each incident entry point takes (internal): a key near one of them is refused as misspelt
 * (src/boundary/strict.ts), so that `polciy` or `midnigthReply` is not read as left out.
 */
import { strictList, type StrictShape } from '../boundary/index.js';

/** incidentStatus (its events: type, at, id). */
export const STATUS_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: ['events', 'at', 'policy', 'midnightReply', 'planId', 'catalog', 'explain', 'businessDayChannel', 'businessCalendar'],
  fields: new Map([['events', strictList(['type', 'at', 'id'])]]),
});
/** serviceEndNotice. */
export const NOTICE_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({ keys: ['lastServiceDay', 'noticeGivenOn', 'counting', 'planId', 'catalog'] });
/** cancellationEffect. */
export const CANCELLATION_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({ keys: ['acceptedAt', 'acceptedOn', 'at', 'supportOnCancellationDay', 'planId', 'catalog'] });
/** estimateOutOfHoursSupport. */
export const OUT_OF_HOURS_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({ keys: ['durationMinutes', 'cause', 'topic', 'at', 'billing', 'proRataRounding', 'planId', 'catalog'] });
