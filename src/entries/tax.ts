/**
 * `support-contract-rules/tax`: consumption tax (rates by date, price conversion, qualified-invoice rounding) and yen allocation.
 * The same names as the root entry point exports for this capability (src/index.ts re-exports this file):
 * anything not named here is internal and may change without notice.
 */
export * from './common.js';

export {
  consumptionTaxTable,
  convertPrice,
  getConsumptionTaxRate,
  MAX_YEN,
  monthlyFeeTaxDate,
} from '../money/index.js';

export type {
  ConsumptionTaxFixture,
  ConsumptionTaxRate,
  ConsumptionTaxRateDefinition,
  ConsumptionTaxRateKind,
  ConsumptionTaxTable,
  ConvertPriceBasis,
  ConvertPriceDay,
  ConvertPriceFields,
  ConvertPriceInput,
  ConvertPriceResult,
  GetConsumptionTaxRateOptions,
  RoundingMode,
} from '../money/index.js';

export type { TaxIncludedPriceReading } from '../money/rebase.js';
