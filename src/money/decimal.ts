/**
 * The library's own decimal.js constructor. A local `Decimal.clone()` so that nothing depends on,
 * or changes, the global decimal.js settings of the application that imports us.
 */
import Decimal from 'decimal.js';

/** Decimal constructor with 40 significant digits; every rounding in a money path names its mode. */
export const Dec = Decimal.clone({ precision: 40, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -40, toExpPos: 40 });
/** A decimal value made by {@link Dec}. */
export type Dec = InstanceType<typeof Dec>;

/** How a rule rounds a fraction of a yen: 切り捨て (`floor`), 切り上げ (`ceil`), 四捨五入 (`half-up`). */
export type RoundingMode = 'floor' | 'ceil' | 'half-up';

const MODES: Record<RoundingMode, Decimal.Rounding> = {
  floor: Decimal.ROUND_FLOOR,
  ceil: Decimal.ROUND_CEIL,
  'half-up': Decimal.ROUND_HALF_UP,
};

/** Rounds to whole yen with an explicit mode. @example roundYen(new Dec('130.37'), 'ceil').toString() //=> '131' */
export function roundYen(value: Dec, mode: RoundingMode): Dec {
  return value.toDecimalPlaces(0, MODES[mode]);
}
