export * from './decimal.js';
export type * from './tax-schema.js';
export {
  consumptionTaxTable,
  getConsumptionTaxRate,
  monthlyFeeTaxDate,
  type ConsumptionTaxRate,
  type ConsumptionTaxTable,
  type GetConsumptionTaxRateOptions,
} from './tax.js';
export * from './convert.js';
