/**
 * `support-contract-rules/catalog`: the plans, options, fees and documents of the bundled catalog, and the contract terms (`listTerms`).
 * The same names as the root entry point exports for this capability (src/index.ts re-exports this file):
 * anything not named here is internal and may change without notice.
 */
// @ts-nocheck

export * from './common.js';

export {
  bundledFixtures,
  canSubscribe,
  catalog,
  documentOfPlan,
  findPlan,
  getContractOption,
  getContractPlan,
  getDocument,
  getFee,
  getOption,
  getPlan,
  plansOnSale,
} from '../catalog/index.js';

export type {
  BundledFeeId,
  BundledOptionId,
  BundledPlanId,
  KnownId,
  CanSubscribeOptions,
  Catalog,
  CatalogIndex,
  CatalogInput,
  ContractPlan,
  DatedFact,
  DocumentFixture,
  DocumentMeta,
  Fee,
  FeeDefinition,
  FindPlanQuery,
  IsoDate,
  Option,
  OptionDefinition,
  ParseCatalogResult,
  Plan,
  PlanDefinition,
  SaleWindow,
  Source,
  SubscribeVerdict,
  TaxBasis,
  UnknownEndOfSale,
} from '../catalog/index.js';

export { listTerms } from '../terms/index.js';

export type { ListTermsInput, Term, TermCategory, TermDefinition } from '../terms/index.js';
