/**
 * One valid input per public entry point of the root (the fuzz test attacks them field by field; the prototype
 * pollution test checks their answers do not move when Object.prototype holds the fields they leave out).
 */
import * as root from '../../src/index.js';

/** The root module (a fresh instance of it, for a test that needs cold memos). */
export type Root = typeof root;

/** A valid input and the call that answers it. */
export interface EntryBase {
  readonly call: (x: any) => unknown;
  readonly base: Record<string, unknown>;
}

const AT = '2026-11-20T10:00:00+09:00';
const PHONE = { planId: 'helpdesk-support', channel: 'phone' };
/** One valid input for each public entry point of `lib`, with the call that answers it. */
export function entryBasesOf(lib: Root): Record<string, EntryBase> {
  return {
    invoiceTotals: { call: (x) => lib.invoiceTotals(x), base: { basis: 'tax-excluded', lines: [{ amountYen: 105, ratePercent: 10, id: 'a' }, { amountYen: 3900, on: '2025-06-30' }] } },
    allocateYen: { call: (x) => lib.allocateYen(x), base: { totalYen: 272, weights: [1000, 1000, 1000] } },
    monthlyInvoice: { call: (x) => lib.monthlyInvoice(x), base: { contract: { planId: 'itss-standard-anshin-1', start: '2025-04-01', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2025-04-01' }] }, month: '2025-06', rounding: 'floor' } },
    invoicer: { call: (x) => lib.createInvoicer().monthlyInvoice(x), base: { contract: { planId: 'itss-light-anshin-1', start: '2025-04-01', oneOffCharges: [{ feeId: 'itss-visit-printer', quantity: 1, on: '2025-04-02' }] }, month: '2025-04' } },
    convertPrice: { call: (x) => lib.convertPrice(x), base: { amountYen: 3900, basis: 'tax-excluded', on: '2025-04-01' } },
    formatTaxIncludedPrice: { call: (x) => lib.formatTaxIncludedPrice(x), base: { amountYen: 3900, basis: 'tax-excluded', on: '2025-04-01' } },
    canSubscribe: { call: (x) => lib.canSubscribe(x), base: { planId: 'oas-plan-a', on: '2026-11-22' } },
    isOpen: { call: (x) => lib.isOpen(x), base: { ...PHONE, at: AT, options: [], closures: [{ start: '2026-08-13', end: '2026-08-14' }] } },
    explainOpen: { call: (x) => lib.explainOpen(x), base: { ...PHONE, at: AT } },
    nextOpening: { call: (x) => lib.nextOpening(x), base: { ...PHONE, at: AT, holidayOverrides: [{ date: '2026-11-24', name: 'x' }] } },
    isBusinessDay: { call: (x) => lib.isBusinessDay(x), base: { ...PHONE, date: '2026-11-20' } },
    addBusinessDays: { call: (x) => lib.addBusinessDays(x), base: { ...PHONE, date: '2026-11-20', days: 3 } },
    businessMinutesBetween: { call: (x) => lib.businessMinutesBetween(x), base: { ...PHONE, start: AT, end: '2026-11-24T10:00:00+09:00' } },
    evaluateQuota: { call: (x) => lib.evaluateQuota(x), base: { contract: { planId: 'itss-standard-anshin-1' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }, { id: 'b', at: '2026-11-03T10:00' }] } },
    evaluateQuotaMonths: { call: (x) => lib.evaluateQuotaMonths(x), base: { contract: { planId: 'itss-standard-anshin-1' }, from: '2026-10', to: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }] } },
    checkOnsiteVisit: { call: (x) => lib.checkOnsiteVisit(x), base: { contract: { planId: 'oas-plan-a' }, at: '2027-01-01T03:00', previousVisits: [], diagnosis: { triedPhoneOrRemote: true, faultIsolated: false } } },
    quoteVisit: { call: (x) => lib.quoteVisit(x), base: { contract: { planId: 'itss-light-anshin-1' }, on: '2026-11-20', items: [{ feeId: 'itss-visit-pc-internet', quantity: 2 }] } },
    incidentStatus: { call: (x) => lib.incidentStatus(x), base: { events: [{ type: 'accepted', at: AT }, { type: 'support-reply', at: '2026-11-20T11:00:00+09:00' }], at: '2026-11-25T10:00:00+09:00' } },
    estimateOutOfHoursSupport: { call: (x) => lib.estimateOutOfHoursSupport(x), base: { durationMinutes: 45, cause: 'customer-side' } },
    serviceEndNotice: { call: (x) => lib.serviceEndNotice(x), base: { lastServiceDay: '2026-12-31' } },
    checkDeviceLicences: { call: (x) => lib.checkDeviceLicences(x), base: { planId: 'itss-light-anshin-1', deviceCount: 3 } },
    checkSupportScope: { call: (x) => lib.checkSupportScope(x), base: { planId: 'ucom-remote-support', subject: { kind: 'software', name: 'Outlook' } } },
    itManagementFeatures: { call: (x) => lib.itManagementFeatures(x), base: { planId: 'itss-light-anshin-1' } },
    classifyArea: { call: (x) => lib.classifyArea(x), base: { address: '東京都大島町元町', on: '2026-11-20' } },
    resolveMunicipality: { call: (x) => lib.resolveMunicipality(x), base: { address: '神奈川県三浦市三崎町城ヶ島658' } },
    resolveMunicipalityPostal: {
      call: (x) => lib.resolveMunicipality(x),
      base: { postalCode: '〒517-0002', postal: { dataset: { name: 'test' }, lookup: () => [{ postalCode: '5170002', municipalityCode: '242110', town: '答志町' }] } },
    },
    checkLoaner: {
      call: (x) => lib.checkLoaner(x),
      base: {
        contract: { planId: 'oas-plan-a' },
        request: { deviceType: 'pc', os: 'windows', arrivalDate: '2026-11-24' },
        diagnosis: { channel: 'remote', deviceFailure: true },
        activeLoans: [],
        deliveryAddress: { isContractorAddress: true },
      },
    },
    decideSendback: {
      call: (x) => lib.decideSendback(x),
      base: { adapter: { planId: 'iij-mpc-management-entry', acquisition: 'rental' }, failure: { cause: 'loss', item: 'main-accessory' }, site: { atDeclaredSite: true, island: false } },
    },
    cancellationEffect: { call: (x) => lib.cancellationEffect(x), base: { acceptedAt: '2026-11-20T15:00+09:00', at: '2026-11-20T14:59+09:00' } },
    checkLineEligibility: { call: (x) => lib.checkLineEligibility(x), base: { planId: 'itss-light-anshin-1', line: 'コラボ光' } },
    checkServiceConditions: { call: (x) => lib.checkServiceConditions(x), base: { planId: 'itss-standard-anshin-1', request: { site: 'telework-site' } } },
    listTerms: { call: (x) => lib.listTerms(x), base: { planId: 'helpdesk-support', category: 'jurisdiction' } },
    loanPeriod: { call: (x) => lib.loanPeriod(x), base: { planId: 'oas-plan-b', arrivalDate: '2028-02-20' } },
    sendbackInformation: { call: (x) => lib.sendbackInformation(x), base: { planId: 'iij-mpc-management-entry', acquisition: 'rental' } },
    checkBusinessDay: { call: (x) => lib.checkBusinessDay(x), base: { ...PHONE, date: '2026-12-29' } },
    compileOpeningHours: { call: (x) => lib.compileOpeningHours(x).isOpenAt(Date.UTC(2026, 0, 1)), base: { planId: 'oas-plan-a', channel: 'onsite-diagnosis' } },
  };
}

/** One valid input for each public entry point of the root, with the call that answers it. */
export const entryBases: Record<string, EntryBase> = entryBasesOf(root);
