/**
 * The names every entry point shares: the error classes, `Reason`, and the date and instant input types.
 * Re-exported by the root and by every capability entry point.
 */
// @ts-nocheck


export {
  CatalogValidationError,
  ConflictError,
  ContractRulesError,
  InvalidInputError,
  isContractRulesError,
  NotFoundError,
  OutOfRangeError,
} from '../errors.js';

export type {
  ErrorCode,
  ErrorPath,
  Issue,
} from '../errors.js';

export type {
  Reason,
} from '../reasons.js';

export type {
  DateInput,
  InstantInput,
  JsJodaInstantLike,
  JsJodaLocalDateLike,
  JsJodaOffsetDateTimeLike,
  TemporalInstantLike,
  TemporalPlainDateLike,
} from '../time/index.js';
