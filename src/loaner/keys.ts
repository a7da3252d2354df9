/**
 * The keys each loaner, sendback and visit entry point takes, at every level it reads (internal): a key near one of
 * them is refused as misspelt (src/boundary/strict.ts), so that `substituteAcrossOS` or `isContractorAdress` is not
 * read as left out.
 */
import { strictList as list, strictRecord as record, type StrictShape } from '../boundary/index.js';
const contract = record(['planId', 'options'], [['options', list(['optionId'])]]);

/** checkLoaner. */
export const LOANER_KEYS: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: ['contract', 'request', 'diagnosis', 'activeLoans', 'deliveryAddress', 'unstatedPeriodStart', 'substituteAcrossOs', 'deliveryRestriction', 'catalog'],
  fields: new Map([
    ['contract', contract],
    ['request', record(['deviceType', 'os', 'arrivalDate', 'returnDate'])],
    ['diagnosis', record(['channel', 'deviceFailure'])],
    ['activeLoans', list(['deviceType', 'os'])],
    ['deliveryAddress', record(['isContractorAddress'])],
  ]),
});

/** loanPeriod. */
export const LOAN_PERIOD_KEYS: StrictShape = /* @__PURE__ */ Object.freeze({ keys: ['planId', 'arrivalDate', 'returnDate', 'unstatedPeriodStart', 'catalog'] });

/** decideSendback. */
export const SENDBACK_KEYS: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: ['adapter', 'failure', 'site', 'catalog'],
  fields: new Map([
    ['adapter', record(['planId', 'acquisition'])],
    ['failure', record(['cause', 'item', 'areaInaccessible', 'manyAdaptersDamaged'])],
    ['site', record(['atDeclaredSite', 'unattended', 'restrictedAccess', 'island', 'address', 'municipalityCode', 'district', 'on'])],
  ]),
});

/** sendbackInformation. */
export const SENDBACK_INFORMATION_KEYS: StrictShape = /* @__PURE__ */ Object.freeze({ keys: ['planId', 'acquisition', 'withOption', 'catalog'] });

/** quoteVisit. */
export const VISIT_KEYS: StrictShape = /* @__PURE__ */ Object.freeze({
  keys: ['contract', 'items', 'on', 'duringOnsiteDiagnosis', 'address', 'onRequestFees', 'taxIncludedPrices', 'catalog'],
  fields: new Map([
    ['contract', contract],
    ['items', list(['feeId', 'quantity'])],
    ['address', record(['isRegisteredAddress'])],
  ]),
});
