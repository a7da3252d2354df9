// A CommonJS and ES module consumer of the installed tarball in a realm whose Object.prototype was polluted before
// the package loaded (a dependency's bug): every key the calls below leave out, and `get`, `value`, `set` and
// `writable`, which property descriptors read, are set. It prints each call's answer as JSON once the keys are gone;
// scripts/consumers.ts runs it with and without POLLUTE=1 and requires the same text. (Not `source`: Node's own ES module
// loader reads it from a plain object and fails.)
'use strict';
const KEYS = ['get', 'set', 'value', 'writable', 'then', 'rounding', 'catalog', 'closures', 'yearEnd', 'holidayOverrides', 'holidayLaw', 'heijitsu', 'sense',
  'options', 'explain', 'interpretation', 'handledIn', 'serviceStart', 'aliases', 'waived', 'resubscription', 'factId', 'district', 'postalCode',
  'statedRatePercent', 'taxTable', 'unknownAs', '__esModule', 'blank', 'fields', 'toJSON', 'policy', 'businessCalendar', 'rollover', 'areaData', 'island', 'mountainous', 'islandScope', 'id', 'end', 'start'];
const polluted = process.env.POLLUTE === '1';
// Node's ES module loader loads this built-in module lazily, and its set-up reads descriptors a polluted `get` breaks.
require('node:fs/promises');
if (polluted) {
  for (const key of KEYS) {
    const d = Object.create(null);
    d.value = key === 'get' || key === 'set' ? () => 'polluted' : true;
    d.enumerable = true;
    d.writable = true;
    d.configurable = true;
    Object.defineProperty(Object.prototype, key, d);
  }
}
const AT = '2026-11-20T10:00:00+09:00';
const run = (lib) => ({
  isOpen: lib.isOpen({ planId: 'helpdesk-support', channel: 'phone', at: AT }),
  nextOpening: lib.nextOpening({ planId: 'helpdesk-support', channel: 'phone', at: '2026-11-21T10:00:00+09:00' }),
  convertPrice: lib.convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-04-01' }),
  monthlyInvoice: lib.monthlyInvoice({ contract: { planId: 'ucom-remote-support', start: '2026-04-10', earlierContracts: [{ planId: 'ucom-remote-support', start: '2025-01-01', end: '2025-12-31' }] }, month: '2026-05' }),
  evaluateQuota: lib.evaluateQuota({ contract: { planId: 'itss-standard-anshin-1' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }] }),
  classifyArea: lib.classifyArea({ address: '東京都新島村', on: '2026-11-22' }),
  incidentStatus: lib.incidentStatus({ events: [{ type: 'accepted', at: AT }, { type: 'support-reply', at: '2026-11-20T11:00:00+09:00' }], at: '2026-11-25T10:00:00+09:00' }),
  checkLoaner: lib.checkLoaner({ contract: { planId: 'oas-plan-a' }, request: { deviceType: 'pc', os: 'windows', arrivalDate: '2026-11-24' }, diagnosis: { channel: 'remote', deviceFailure: true }, activeLoans: [], deliveryAddress: { isContractorAddress: true } }),
  plan: lib.getPlan('oas-plan-a'),
  postal: lib.classifyArea({ postalCode: '〒517-0002', on: '2026-11-22', postal: require('support-contract-rules/postal').postalCodes }),
});
(async () => {
  let answers;
  try {
    answers = { require: run(require('support-contract-rules')), import: run(await import('support-contract-rules')) };
  } finally {
    if (polluted) for (const key of KEYS) delete Object.prototype[key];
  }
  console.log(JSON.stringify(answers));
})().catch((e) => {
  if (polluted) for (const key of KEYS) delete Object.prototype[key];
  console.error(e && e.stack);
  process.exit(1);
});
