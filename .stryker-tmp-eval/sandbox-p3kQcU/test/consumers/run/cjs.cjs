// @ts-nocheck
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

// The dual-package hazard: an error of the CommonJS copy is recognised by the ESM copy and the other way round.
import('support-contract-rules').then((esm) => {
  assert.notEqual(esm.ContractRulesError, ContractRulesError);
  const fromCjs = (() => { try { getPlan('no-such-plan'); } catch (e) { return e; } })();
  const fromEsm = (() => { try { esm.getPlan('no-such-plan'); } catch (e) { return e; } })();
  assert.equal(esm.isContractRulesError(fromCjs), true);
  assert.equal(isContractRulesError(fromEsm), true);
  assert.equal(fromCjs instanceof esm.ContractRulesError, true);
  assert.equal(fromEsm instanceof ContractRulesError, true);

  const names = {};
  for (const specifier of JSON.parse(process.argv[2])) names[specifier] = Object.keys(require(specifier)).filter((n) => n !== '__esModule').sort();
  console.log(JSON.stringify(names));
});
