/**
 * A TypeScript consumer of the packed package: calls every entry point of the root export with values
 * of its public types, reads its results, and makes deliberate mistakes that must not compile
 * (`@ts-expect-error`). scripts/consumers.ts copies this file into a project per module setting
 * (node16 ESM, node16 CommonJS, nodenext, bundler; skipLibCheck false) and type-checks it against
 * the installed tarball. Not run: the inputs are typed, not real (test/consumers/run/ runs the tarball).
 */
import {
  addBusinessDays,
  allocateYen,
  bundledAreaData,
  bundledFixtures,
  bundledHolidayLaw,
  businessMinutesBetween,
  canSubscribe,
  cancellationEffect,
  catalog,
  CatalogValidationError,
  checkBusinessDay,
  checkDeviceLicences,
  checkLineEligibility,
  checkLoaner,
  checkOnsiteVisit,
  checkSupportScope,
  classifyArea,
  compareScopeVersions,
  compileOpeningHours,
  ConflictError,
  consumptionTaxTable,
  ContractRulesError,
  convertPrice,
  createInvoicer,
  decideSendback,
  documentOfPlan,
  estimateOutOfHoursSupport,
  evaluateQuota,
  evaluateQuotaMonths,
  explainOpen,
  findHoliday,
  findMunicipality,
  findPlan,
  formatTaxIncludedPrice,
  getConsumptionTaxRate,
  getContractOption,
  getContractPlan,
  getDocument,
  getFee,
  getMunicipality,
  getOption,
  getPlan,
  holidayName,
  holidaysIn,
  INCIDENT_DAY_COUNT_POLICIES,
  INCIDENT_EVENT_TYPES,
  incidentStatus,
  InvalidInputError,
  invoiceTotals,
  isContractRulesError,
  isBusinessDay,
  isHoliday,
  isOpen,
  isValidMunicipalityCode,
  itManagementFeatures,
  listServiceChannels,
  loanMaxDays,
  loanPeriod,
  MAX_YEN,
  meetsScopeMinimum,
  MIDNIGHT_REPLY_RULES,
  monthlyFeeTaxDate,
  monthlyInvoice,
  nextOpening,
  NotFoundError,
  OUT_OF_HOURS_CAUSES,
  OUT_OF_HOURS_TOPICS,
  OutOfRangeError,
  parseMunicipalityCode,
  plansOnSale,
  PriceNotStatedError,
  quoteVisit,
  resolveMunicipality,
  sendbackInformation,
  serviceEndNotice,
  type AddBusinessDaysOptions,
  type BillingContract,
  type BundledPlanId,
  type BusinessMinutesBetweenOptions,
  type CancellationEffectInput,
  type Catalog,
  type CheckDeviceLicencesInput,
  type CheckLineEligibilityInput,
  type CheckLoanerInput,
  type CheckOnsiteVisitInput,
  type CheckSupportScopeInput,
  type ConvertPriceResult,
  type DecideSendbackInput,
  type ErrorCode,
  type EstimateOutOfHoursSupportInput,
  type EvaluateQuotaInput,
  type EvaluateQuotaMonthsInput,
  type IncidentStatusInput,
  type InvoiceTotalsInput,
  type ItManagementFeaturesInput,
  type LoanPeriodRule,
  type MonthlyInvoice,
  type NextOpeningOptions,
  type Plan,
  type QuoteVisitInput,
  type Reason,
  type ScheduleQuery,
  type ScopeMinimumVersion,
  type ServiceEndNoticeInput,
} from 'support-contract-rules';
import {
  AreaEffectSchema,
  AreaIslandExceptionSchema,
  AreaIslandScopeSchema,
  AreaRuleSchema,
  AreaRulesSectionSchema,
  AreasFixtureSchema,
  BillingSectionSchema,
  CarryOverRolloverSchema,
  CatalogInputSchema,
  ChannelScheduleSchema,
  ConsumptionTaxFixtureSchema,
  ConsumptionTaxRateKindSchema,
  ConsumptionTaxRateSchema,
  ConsumptionTaxRuleFactSchema,
  DatedFactSchema,
  DocumentFixtureSchema,
  DocumentMetaSchema,
  FeeSchema,
  HolidayLawFixtureSchema,
  IdSchema,
  IncidentSectionSchema,
  InquiryLimitSchema,
  IslandDesignationIdSchema,
  IslandDesignationSchema,
  IslandDistrictSchema,
  IslandMunicipalitySchema,
  IslandSchema,
  IsoDateSchema,
  LimitNeutralOptionSchema,
  loadAreaData,
  loadCatalog,
  loadConsumptionTaxTable,
  loadHolidayLaw,
  LoanerSectionSchema,
  MountainVillageSchema,
  MunicipalitiesFixtureSchema,
  MunicipalityCodeSchema,
  MunicipalityRecordSchema,
  NoRolloverSchema,
  OnsiteVisitRuleSchema,
  OptionSchema,
  parseCatalog,
  PlanSchema,
  QuotaAddOnSchema,
  QuotaCountingRuleSchema,
  QuotaSectionSchema,
  ReturnDifficultZoneSchema,
  RolloverFactSchema,
  RolloverPolicySchema,
  SaleWindowSchema,
  ScheduleSectionSchema,
  ScopeMinimumVersionSchema,
  ScopeSectionSchema,
  SendbackSectionSchema,
  ServiceConditionSchema,
  ServiceHoursSchema,
  SourceSchema,
  TaxBasisSchema,
  TermCategorySchema,
  TermSchema,
  TermsSectionSchema,
  TimeOfDaySchema,
  VisitSectionSchema,
  YenSchema,
  ZoneDistrictLiftSchema,
  ZoneDistrictSchema,
  ZoneLiftSchema,
} from 'support-contract-rules/schemas';
import { LocalDate, ZonedDateTime, ZoneId } from '@js-joda/core';
import { Temporal } from '@js-temporal/polyfill';

declare const schedule: ScheduleQuery;
declare const contract: BillingContract;

// Catalog
const plan: Plan = getPlan('itss-light-anshin-1');
const planName: string = plan.name;
findPlan({ id: 'itss-light-anshin-1' });
canSubscribe({ planId: plan.id, on: '2026-11-22' });
plansOnSale('2026-11-22');
getOption('itss-light-time-extension');
getFee(plan.id);
getDocument('000_34f9cbb9e8f7f627.txt');
documentOfPlan(plan.id);
getContractPlan(plan.id);
getContractOption('itss-light-time-extension', plan);
const mine: Catalog = loadCatalog({ documents: bundledFixtures });
getPlan('my-own-plan', mine);
const parsed = parseCatalog({ documents: [] });
if (!parsed.success) parsed.issues.map((i) => i.path);
const bundled: Catalog = catalog;
PlanSchema.safeParse({});
const planInput: { readonly id: string } | undefined = PlanSchema.safeParse({}).data;
CatalogInputSchema.parse({ documents: [] });

// Every schema is a zod schema a user can run on data of their own.
const schemas = [
  AreaEffectSchema,
  AreaIslandExceptionSchema,
  AreaIslandScopeSchema,
  AreaRuleSchema,
  AreaRulesSectionSchema,
  AreasFixtureSchema,
  BillingSectionSchema,
  CarryOverRolloverSchema,
  ChannelScheduleSchema,
  ConsumptionTaxFixtureSchema,
  ConsumptionTaxRateKindSchema,
  ConsumptionTaxRateSchema,
  ConsumptionTaxRuleFactSchema,
  DatedFactSchema,
  DocumentFixtureSchema,
  DocumentMetaSchema,
  FeeSchema,
  HolidayLawFixtureSchema,
  IdSchema,
  IncidentSectionSchema,
  InquiryLimitSchema,
  IslandDesignationIdSchema,
  IslandDesignationSchema,
  IslandDistrictSchema,
  IslandMunicipalitySchema,
  IslandSchema,
  IsoDateSchema,
  LimitNeutralOptionSchema,
  LoanerSectionSchema,
  MunicipalitiesFixtureSchema,
  MunicipalityCodeSchema,
  MunicipalityRecordSchema,
  NoRolloverSchema,
  OnsiteVisitRuleSchema,
  OptionSchema,
  QuotaAddOnSchema,
  QuotaCountingRuleSchema,
  QuotaSectionSchema,
  ReturnDifficultZoneSchema,
  RolloverFactSchema,
  RolloverPolicySchema,
  SaleWindowSchema,
  ScheduleSectionSchema,
  ScopeMinimumVersionSchema,
  ScopeSectionSchema,
  SendbackSectionSchema,
  ServiceHoursSchema,
  SourceSchema,
  TaxBasisSchema,
  TimeOfDaySchema,
  VisitSectionSchema,
  YenSchema,
  ZoneLiftSchema,
] as const;
const schemaChecks: boolean[] = schemas.map((s) => s.safeParse(null).success);
const taxBasis: 'tax-excluded' | 'tax-included' | undefined = TaxBasisSchema.safeParse('tax-excluded').data;

// Money and billing
const price: ConvertPriceResult = convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2026-11-22' });
const taxYen: number = price.taxYen;
const firstReason: Reason | undefined = price.reasons[0];
getConsumptionTaxRate('2026-11-22').ratePercent;
loadConsumptionTaxTable({});
const table = consumptionTaxTable;
monthlyFeeTaxDate('2026-11');
formatTaxIncludedPrice({ amountYen: '3900', basis: 'tax-excluded', on: '2026-11-22' });
declare const totals: InvoiceTotalsInput;
invoiceTotals(totals);
allocateYen({ totalYen: 1000, weights: [1, 2] });
const invoice: MonthlyInvoice = monthlyInvoice({ contract, month: '2026-11' });
createInvoicer().monthlyInvoice({ contract, month: '2026-11' });
const maxYen: number = MAX_YEN;

// Calendar and hours
isHoliday('2026-11-23');
holidayName('2026-11-23');
findHoliday('2026-11-23');
holidaysIn(2026);
loadHolidayLaw({});
const law = bundledHolidayLaw;
isOpen({ ...schedule, at: '2026-11-24T12:30:00+09:00' });
isOpen({ ...schedule, at: new Date() });
explainOpen({ ...schedule, at: Date.now() });
declare const nextOpts: NextOpeningOptions;
nextOpening(nextOpts);
isBusinessDay({ ...schedule, date: '2026-11-24' });
checkBusinessDay({ ...schedule, date: '2026-11-24' });
declare const addOpts: AddBusinessDaysOptions;
addBusinessDays(addOpts);
declare const betweenOpts: BusinessMinutesBetweenOptions;
businessMinutesBetween(betweenOpts);
declare const compileOpts: Parameters<typeof compileOpeningHours>[0];
compileOpeningHours(compileOpts);
listServiceChannels(plan.id);

// Quotas and on-site visits
declare const quotaInput: EvaluateQuotaInput;
evaluateQuota(quotaInput);
declare const quotaMonthsInput: EvaluateQuotaMonthsInput;
evaluateQuotaMonths(quotaMonthsInput);
declare const onsiteInput: CheckOnsiteVisitInput;
checkOnsiteVisit(onsiteInput);

// Loaners, send-back, visits
declare const loanerInput: CheckLoanerInput;
checkLoaner(loanerInput);
loanPeriod({ planId: plan.id, arrivalDate: '2026-11-24' });
declare const rule: LoanPeriodRule;
loanMaxDays(rule);
declare const sendbackInput: DecideSendbackInput;
decideSendback(sendbackInput);
sendbackInformation({ planId: plan.id });
declare const visitInput: QuoteVisitInput;
quoteVisit(visitInput);

// Areas
classifyArea({ address: '東京都大島町元町', on: '2026-11-24' });
resolveMunicipality({ address: '東京都大島町元町' });
findMunicipality('13361');
getMunicipality('13361');
isValidMunicipalityCode('133612');
parseMunicipalityCode('133612');
loadAreaData({ municipalities: [], areas: {} });
bundledAreaData().municipalities.length;

// Incidents
declare const incidentInput: IncidentStatusInput;
incidentStatus(incidentInput);
declare const noticeInput: ServiceEndNoticeInput;
serviceEndNotice(noticeInput);
declare const cancellationInput: CancellationEffectInput;
cancellationEffect(cancellationInput);
declare const outOfHoursInput: EstimateOutOfHoursSupportInput;
estimateOutOfHoursSupport(outOfHoursInput);
const eventTypes: readonly string[] = INCIDENT_EVENT_TYPES;
const policies: readonly string[] = INCIDENT_DAY_COUNT_POLICIES;
MIDNIGHT_REPLY_RULES.length;
OUT_OF_HOURS_CAUSES.length;
OUT_OF_HOURS_TOPICS.length;

// Scope
declare const scopeInput: CheckSupportScopeInput;
checkSupportScope(scopeInput);
declare const licencesInput: CheckDeviceLicencesInput;
checkDeviceLicences(licencesInput);
declare const lineInput: CheckLineEligibilityInput;
checkLineEligibility(lineInput);
declare const itInput: ItManagementFeaturesInput;
itManagementFeatures(itInput);
compareScopeVersions([10, 0], [11]);
declare const minimum: ScopeMinimumVersion;
meetsScopeMinimum('11.2', minimum);

// Errors
function explain(e: unknown): string {
  if (e instanceof PriceNotStatedError) return e.code;
  if (e instanceof NotFoundError || e instanceof ConflictError || e instanceof InvalidInputError || e instanceof OutOfRangeError || e instanceof CatalogValidationError) {
    return e.path.join('.');
  }
  if (e instanceof ContractRulesError) {
    const code: ErrorCode = e.code;
    return code + JSON.stringify(e.details);
  }
  if (isContractRulesError(e)) return e.code; // narrows, whichever copy of the package threw
  return String(e);
}

// Dates and instants from js-joda and Temporal are accepted where strings are.
isHoliday(LocalDate.of(2026, 11, 23));
isHoliday(Temporal.PlainDate.from('2026-11-23'));
isOpen({ ...schedule, at: ZonedDateTime.of(2026, 11, 23, 22, 30, 0, 0, ZoneId.of('America/New_York')) });
isOpen({ ...schedule, at: Temporal.Now.instant() });
isOpen({ ...schedule, at: '2026-11-24T12:30:00+09:00[Asia/Tokyo]' });
monthlyInvoice({ contract: { planId: 'oas-plan-a', start: LocalDate.of(2026, 4, 1) }, month: '2026-11' });
// @ts-expect-error a date-time is not a date
isHoliday(Temporal.PlainDateTime.from('2026-11-23T10:00'));

// Deliberate mistakes: each must be a compile error.
// @ts-expect-error a plan id is a string
getPlan(42);
// @ts-expect-error 'oas-plan-c' is not a bundled plan id (BundledPlanId)
getPlan('oas-plan-c');
// @ts-expect-error not a bundled option id
getOption('itss-light-time-extention');
// @ts-expect-error not a bundled fee id
getFee('no-such-fee');
// …while a catalog of one's own takes any id, and ids read at run time are plain strings:
declare const idFromADatabase: string;
getPlan(idFromADatabase);
const bundledId: BundledPlanId = 'oas-plan-a';
getPlan(bundledId);
// @ts-expect-error 'gross' is not a tax basis
convertPrice({ amountYen: 3900, basis: 'gross' });
// @ts-expect-error 'round' is not a rounding mode
convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2026-11-22', rounding: 'round' });
// @ts-expect-error a day is needed: on or month
convertPrice({ amountYen: 3900, basis: 'tax-excluded' });
// @ts-expect-error on or month, not both
convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2026-11-22', month: '2026-11' });
// @ts-expect-error statedRatePercent is for a tax-included amount
convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2026-11-22', statedRatePercent: 10 });
// …while a basis read at run time is taken, and a monthly fee by its month:
declare const basisFromADatabase: 'tax-excluded' | 'tax-included';
convertPrice({ amountYen: 3900, basis: basisFromADatabase, month: '2026-11' });
convertPrice({ amountYen: 4290, basis: 'tax-included', on: '2019-09-30', statedRatePercent: 10 });
// @ts-expect-error the month is required
monthlyInvoice({ contract });
// @ts-expect-error the result is a number of yen, not a string
const wrongYen: string = price.taxYen;
// @ts-expect-error the error code is a closed set
const wrongCode: ErrorCode = 'oops';
// @ts-expect-error results are read-only
price.taxYen = 0;

export const used = [planInput, schemaChecks, taxBasis, planName, bundled, taxYen, firstReason, table, invoice, maxYen, law, eventTypes, policies, explain, wrongYen, wrongCode];

// Service conditions, terms, postal codes and the newer area schemas.
import {
  checkServiceConditions,
  listTerms,
  parsePostalCode,
  resolvePostalCode,
} from 'support-contract-rules';

const postal: string = parsePostalCode('100-0001');
const laterValues = [
  checkServiceConditions,
  listTerms,
  resolvePostalCode,
  MountainVillageSchema,
  ServiceConditionSchema,
  TermCategorySchema,
  TermSchema,
  TermsSectionSchema,
  ZoneDistrictLiftSchema,
  ZoneDistrictSchema,
] as const;
void postal;
void laterValues;
