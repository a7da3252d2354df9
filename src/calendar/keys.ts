/**
 * The keys the calendar functions take (internal): a key near one of them is refused as misspelt
 * (src/boundary/strict.ts), so that `unknwonAs`, `closure` or `holidayOverride` is not read as left out. One list for
 * every calendar function: each takes the schedule query and some of `at`, `date`, `days`, `start`, `end`.
 */
import { strictList, strictRecord, type StrictShape } from '../boundary/index.js';

export const CALENDAR_KEYS: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: ['planId', 'channel', 'options', 'catalog', 'closures', 'yearEnd', 'holidayOverrides', 'holidayLaw', 'heijitsu', 'sense', 'unknownAs', 'explain', 'at', 'date', 'days', 'start', 'end'],
  fields: new Map([
    ['closures', strictList(['start', 'end', 'name'])],
    ['yearEnd', strictRecord(['start', 'end'])],
    ['holidayOverrides', strictList(['date', 'name', 'kind'])],
  ]),
});
