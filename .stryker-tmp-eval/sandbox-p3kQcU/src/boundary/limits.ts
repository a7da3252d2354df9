/**
 * The input limits of the boundary (internal; documented in the README, "Input limits"). They are generous for
 * real use and exist so that a small JSON document can never make the library do unbounded work.
 */
// @ts-nocheck


/** Most characters in any input string (an address, a name, a date text). */
export const MAX_STRING_LENGTH = 10_000;
/** Most characters in an id or a name looked up in a table (plan, option, fee, channel, municipality). */
export const MAX_ID_LENGTH = 1_000;
/** Most items in an input list unless the entry point allows more (invoice lines: this many). */
export const MAX_ITEMS = 100_000;
/** Most distinct `ratePercent` values in one `invoiceTotals` call (real invoices have one or two). */
export const MAX_DISTINCT_RATES = 1_000;
/** Most quota events in one `evaluateQuota` / `evaluateQuotaMonths` call. */
export const MAX_EVENTS = 1_000_000;
/** Most keys in one input object. */
export const MAX_KEYS = 1_000;
/** Deepest nesting of input objects and arrays. */
export const MAX_DEPTH = 32;
/** Most values (objects, arrays, primitives) read from one input. */
export const MAX_VALUES = 10_000_000;
