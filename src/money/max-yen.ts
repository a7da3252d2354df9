/** Largest yen amount the library accepts or returns as a plain number (`Number.MAX_SAFE_INTEGER`). @example MAX_YEN //=> 9007199254740991 */
export const MAX_YEN = Number.MAX_SAFE_INTEGER;
