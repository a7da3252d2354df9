// A CommonJS consumer of the installed tarball: requires every entry point (argv[2], a JSON list of
// specifiers), makes a few real calls, and prints the names each entry point exports (as JSON).
'use strict';
const assert = require('node:assert/strict');
// The CommonJS root loads nothing until a name is read (dist/index.cjs, scripts/cjs-root.ts): then only what owns it.
const loaded = () => Object.keys(require.cache).filter((f) => f.includes('support-contract-rules')).length;
const root = require('support-contract-rules');
assert.equal(loaded(), 1, 'require of the root loads the root file only');
void root.ContractRulesError;
assert.ok(loaded() <= 4, `the shared names load a few files, not the library (${loaded()})`);
const { ContractRulesError, convertPrice, getPlan, isContractRulesError, isHoliday } = require('support-contract-rules');

assert.equal(getPlan('itss-light-anshin-1').id, 'itss-light-anshin-1');
// 消費税法 art. 29: 10 % standard rate from 2019-10-01.
assert.equal(convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2026-11-22' }).taxIncludedYen, 4290);
// 国民の祝日に関する法律 art. 2: 勤労感謝の日, 11月23日.
assert.equal(isHoliday('2026-11-23'), true);
assert.throws(() => getPlan('no-such-plan'), (e) => e instanceof ContractRulesError && e.code === 'not_found');
// The exported fixtures and JSON schemas resolve, and the fixtures are the bundled documents' data.
const fixture = require('support-contract-rules/fixtures/001-it-support-security.json');
assert.equal(fixture.document.file, '001_1058c0f8b62eb4e2.txt');
assert.deepEqual(require('support-contract-rules/fixtures/holidays.json').coverage.fromYear, 1970);
assert.equal(require('support-contract-rules/schemas/document.schema.json').$id, 'https://unpkg.com/support-contract-rules/dist/schemas/document.schema.json');

// No dual-package hazard in Node: its ES module loader takes a module over the CommonJS build ("node-addons",
// scripts/esm-node.ts), so both share one copy of the library (the root's functions are stubs that call it). A second
// copy (a bundle of the ES module build) still recognises the errors: see test/errors.test.ts.
import('support-contract-rules').then(async (esm) => {
  assert.equal(esm.ContractRulesError, ContractRulesError);
  assert.equal(esm.catalog, require('support-contract-rules').catalog);
  const calendar = await import('support-contract-rules/calendar');
  assert.equal(calendar.isOpen, require('support-contract-rules/calendar').isOpen);
  assert.equal(esm.isOpen.name, 'isOpen');
  assert.equal(esm.isOpen.length, calendar.isOpen.length);
  const q = { planId: 'itss-light-anshin-1', channel: 'support', at: '2026-11-21T17:59' };
  assert.deepEqual(esm.explainOpen(q), calendar.explainOpen(q));
  // No caller changes what another gets: the CommonJS exports are frozen, and the root's functions call the
  // capability's function with Reflect.apply (a function's own `apply` is never read).
  const calendarCjs = require('support-contract-rules/calendar');
  assert.throws(() => { calendarCjs.isOpen = () => 'changed'; }, TypeError);
  assert.throws(() => { root.isOpen = () => 'changed'; }, TypeError);
  assert.throws(() => Object.defineProperty(root, 'isOpen', { value: () => 'changed' }), TypeError);
  for (const specifier of JSON.parse(process.argv[2])) assert.equal(Object.isFrozen(require(specifier)), true, specifier);
  // An exported function's `.call` (the CommonJS chunks call one another with it): frozen, for every entry point.
  const taxCjs = require('support-contract-rules/tax');
  assert.throws(() => { taxCjs.convertPrice.call = () => ({ taxIncludedYen: 1 }); }, TypeError);
  assert.equal(esm.formatTaxIncludedPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2025-04-01' }), '4,290円（税込）');
  for (const specifier of JSON.parse(process.argv[2])) {
    for (const [name, v] of Object.entries(require(specifier))) if (typeof v === 'function') assert.equal(Object.isFrozen(v), true, `${specifier} ${name}`);
  }
  assert.throws(() => { calendarCjs.isOpen.apply = () => 'changed'; }, TypeError);
  Array.prototype[3] = { explainOpen: () => 'changed', getPlan: () => 'changed' }; // the holes of a module cache, if it were an array
  assert.equal(esm.getPlan('itss-light-anshin-1').id, 'itss-light-anshin-1');
  delete Array.prototype[3];
  assert.equal(esm.isOpen(q), calendarCjs.isOpen(q));
  assert.notEqual(esm.isOpen(q), 'changed');
  const fromCjs = (() => { try { getPlan('no-such-plan'); } catch (e) { return e; } })();
  const fromEsm = (() => { try { esm.getPlan('no-such-plan'); } catch (e) { return e; } })();
  assert.equal(esm.isContractRulesError(fromCjs), true);
  assert.equal(isContractRulesError(fromEsm), true);
  assert.equal(fromCjs instanceof esm.ContractRulesError, true);
  assert.equal(fromEsm instanceof ContractRulesError, true);

  // Every zod schema of /schemas parses (zod defines a schema's methods on first use: a frozen one threw).
  const schemas = require('support-contract-rules/schemas');
  for (const [name, v] of Object.entries(schemas)) if (name.endsWith('Schema')) assert.equal(typeof v.safeParse(null).success, 'boolean', name);
  assert.equal(schemas.IsoDateSchema.parse('2026-01-01'), '2026-01-01');

  const names = {};
  for (const specifier of JSON.parse(process.argv[2])) names[specifier] = Object.keys(require(specifier)).filter((n) => n !== '__esModule').sort();
  console.log(JSON.stringify(names));
});
