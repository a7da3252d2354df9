/** The municipality code's check digit (zod-free: the schema and the look-ups both use it). */
// @ts-nocheck


/**
 * Check digit of a 5-digit 全国地方公共団体コード: digits × 6,5,4,3,2, summed, r = sum mod 11,
 * check = last digit of (11 − r) (総務省 全国地方公共団体コード, ref:soumu-lgcode).
 * Returns NaN for input that is not five digits (never throws).
 * @example municipalityCheckDigit('13361') //=> 2 (大島町 is 133612)
 */
export function municipalityCheckDigit(code5: string): number {
  if (!/^\d{5}$/.test(code5)) return Number.NaN;
  let sum = 0;
  for (let i = 0; i < 5; i++) sum += (code5.charCodeAt(i) - 48) * (6 - i);
  return (11 - (sum % 11)) % 10;
}
