// @ts-nocheck
export * from './civil.js';
export * from './japan.js';
export type { JsJodaInstantLike, JsJodaLocalDateLike, JsJodaOffsetDateTimeLike, TemporalInstantLike, TemporalPlainDateLike } from './foreign.js';
export { isoDateText } from './foreign.js';
