/**
 * Safe texts of caller values for error messages and details (internal): never throws, whatever the
 * value (`String()` throws on an object without a prototype, `JSON.stringify` on a bigint or a cycle).
 */

/**
 * A value as text: a string as is, another primitive by `String`, an object by its kind.
 * @example valueText(1.5) //=> '1.5'
 * @example valueText(Object.create(null)) //=> 'an object'
 */
export function valueText(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    // Stryker disable next-line StringLiteral: a string reaching the default branch is written by String(value), the same text
    case 'string':
      return value;
    case 'object':
      try {
        return Array.isArray(value) ? 'an array' : 'an object';
      } catch {
        return 'an object'; // a revoked Proxy
      }
    case 'function':
      return 'a function';
    default:
      return String(value);
  }
}

/**
 * A value as text with strings quoted, for messages: `"2025-13"`, `12`, `an object`.
 * @example quotedValueText('up') //=> '"up"'
 * @example quotedValueText(10n) //=> '10'
 */
export function quotedValueText(value: unknown): string {
  return typeof value === 'string' ? JSON.stringify(value) : valueText(value);
}
