/**
 * Principle 6: bad input gets a typed error, and nothing outside the library's own error types escapes.
 * Every public entry point is called with arbitrary values and with plausible objects whose fields are
 * arbitrary; each call must either return or throw a ContractRulesError.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import { parseInstant, parseIsoDate } from '../src/time/index.js';

const entryPoints: Record<string, (input: any) => unknown> = {
  findPlan: (x) => lib.findPlan(x),
  getPlan: (x) => lib.getPlan(x),
  canSubscribe: (x) => lib.canSubscribe(x),
  plansOnSale: (x) => lib.plansOnSale(x),
  parseInstant: (x) => parseInstant(x),
  parseIsoDate: (x) => parseIsoDate(x),
  convertPrice: (x) => lib.convertPrice(x),
  invoiceTotals: (x) => lib.invoiceTotals(x),
  monthlyInvoice: (x) => lib.monthlyInvoice(x),
  createInvoicer: (x) => lib.createInvoicer(x),
  invoicer: (x) => lib.createInvoicer().monthlyInvoice(x),
  formatTaxIncludedPrice: (x) => lib.formatTaxIncludedPrice(x),
  isHoliday: (x) => lib.isHoliday(x),
  holidayName: (x) => lib.holidayName(x),
  holidaysIn: (x) => lib.holidaysIn(x),
  isOpen: (x) => lib.isOpen(x),
  explainOpen: (x) => lib.explainOpen(x),
  nextOpening: (x) => lib.nextOpening(x),
  isBusinessDay: (x) => lib.isBusinessDay(x),
  addBusinessDays: (x) => lib.addBusinessDays(x),
  businessMinutesBetween: (x) => lib.businessMinutesBetween(x),
  evaluateQuota: (x) => lib.evaluateQuota(x),
  checkOnsiteVisit: (x) => lib.checkOnsiteVisit(x),
  checkLoaner: (x) => lib.checkLoaner(x),
  quoteVisit: (x) => lib.quoteVisit(x),
  decideSendback: (x) => lib.decideSendback(x),
  classifyArea: (x) => lib.classifyArea(x),
  incidentStatus: (x) => lib.incidentStatus(x),
  estimateOutOfHoursSupport: (x) => lib.estimateOutOfHoursSupport(x),
  serviceEndNotice: (x) => lib.serviceEndNotice(x),
  cancellationEffect: (x) => lib.cancellationEffect(x),
  checkSupportScope: (x) => lib.checkSupportScope(x),
  itManagementFeatures: (x) => lib.itManagementFeatures(x),
  checkLineEligibility: (x) => lib.checkLineEligibility(x),
  checkDeviceLicences: (x) => lib.checkDeviceLicences(x),
};

const planIds = lib.catalog.plans.map((p) => p.id);
const value = fc.oneof(
  fc.anything(),
  fc.constantFrom(...planIds),
  fc.constantFrom('2026-11-22', '2026-02-30', '2026-11', '2026-11-22T10:00:00+09:00', '1900-01-01', '', 'Z', -1, 0, 1.5, NaN, Infinity),
);
const keys = ['planId', 'contract', 'month', 'at', 'on', 'date', 'events', 'channel', 'amountYen', 'basis', 'lines', 'address', 'municipalityCode',
  'request', 'diagnosis', 'activeLoans', 'deliveryAddress', 'items', 'adapter', 'failure', 'site', 'subject', 'line', 'start', 'end', 'days',
  'durationMinutes', 'cause', 'lastServiceDay', 'acceptedAt', 'previousVisits', 'options', 'rounding', 'policy'];
const plausible = fc.dictionary(fc.constantFrom(...keys), fc.oneof(value, fc.record({ planId: fc.constantFrom(...planIds) }), fc.array(value, { maxLength: 3 })), {
  maxKeys: 6,
});

describe('nothing but ContractRulesError escapes a public entry point', () => {
  it.each(Object.entries(entryPoints))('%s', (_name, fn) => {
    fc.assert(
      fc.property(fc.oneof(value, plausible), (input) => {
        try {
          fn(input);
        } catch (e) {
          if (!(e instanceof lib.ContractRulesError)) throw new Error(`escaped: ${(e as Error)?.name}: ${(e as Error)?.message}`);
          expect(typeof e.code).toBe('string');
          expect(Array.isArray(e.path)).toBe(true);
        }
      }),
      { numRuns: 300, seed: 20261122 },
    );
  });
});
