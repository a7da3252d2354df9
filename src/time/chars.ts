/**
 * Character codes of the ISO-8601 texts the time readers and writers handle (internal): one table, so the
 * fast readers (fast.ts) and the writers (civil.ts, japan.ts) name each character the same way.
 */
export const ZERO = 48; // '0'
export const NINE = 57; // '9'
export const DASH = 45; // '-'
export const COLON = 58; // ':'
export const PLUS = 43; // '+'
export const T = 84; // 'T'
export const SPACE = 32; // ' '
export const DOT = 46; // '.'
export const COMMA = 44; // ','
export const UPPER_Z = 90; // 'Z'
export const LOWER_Z = 122; // 'z'

/** The character code of a digit 0–9. @example String.fromCharCode(digitCode(7)) //=> '7' */
export function digitCode(d: number): number {
  return ZERO + d;
}
