/**
 * The keys each quota entry point takes, at every level it reads (internal): a key near one of them is refused as
 * misspelt (src/boundary/strict.ts), so that `rolover` or `faultIsolatd` is not read as left out.
 */
import { strictList as list, strictRecord as record, type StrictShape } from '../boundary/index.js';
const contract = record(['planId', 'options', 'start', 'end'], [['options', list(['optionId', 'start', 'end'])]]);
const OPTIONS = ['catalog', 'rollover', 'outsideEvents', 'traceEvents', 'explain'];

/** evaluateQuota. */
export const QUOTA_KEYS: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: ['contract', 'month', 'events', ...OPTIONS],
  fields: new Map([
    ['contract', contract],
    ['events', list(['id', 'at', 'questions'])],
  ]),
});

/** evaluateQuotaMonths. */
export const QUOTA_MONTHS_KEYS: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: ['contract', 'events', 'from', 'to', ...OPTIONS],
  fields: new Map([
    ['contract', contract],
    ['events', list(['id', 'at', 'questions'])],
  ]),
});

/** checkOnsiteVisit. */
export const ONSITE_KEYS: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: ['contract', 'at', 'previousVisits', 'diagnosis', 'address', 'catalog', 'calendar'],
  fields: new Map([
    ['contract', contract],
    ['previousVisits', list(['at', 'id'])],
    ['diagnosis', record(['triedPhoneOrRemote', 'faultIsolated'])],
    ['address', record(['isContractorAddress'])],
    ['calendar', record(['yearEnd', 'holidayOverrides', 'holidayLaw', 'closures', 'heijitsu'])],
  ]),
});
