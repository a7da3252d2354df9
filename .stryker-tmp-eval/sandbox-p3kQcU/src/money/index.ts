// @ts-nocheck
export * from './decimal.js';
export type { ConsumptionTaxFixture, ConsumptionTaxRateDefinition, ConsumptionTaxRateKind } from './tax-schema.js';
export {
  consumptionTaxTable,
  getConsumptionTaxRate,
  monthlyFeeTaxDate,
  type ConsumptionTaxRate,
  type ConsumptionTaxTable,
  type GetConsumptionTaxRateOptions,
} from './tax.js';
export * from './convert.js';
