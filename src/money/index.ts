export * from './decimal.js';
export * from './tax-schema.js';
export {
  consumptionTaxTable,
  getConsumptionTaxRate,
  loadConsumptionTaxTable,
  monthlyFeeTaxDate,
  type ConsumptionTaxRate,
  type ConsumptionTaxTable,
  type GetConsumptionTaxRateOptions,
} from './tax.js';
export * from './convert.js';
