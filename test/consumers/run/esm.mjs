// An ECMAScript-module consumer of the installed tarball: loads every entry point (argv[2], a JSON list
// of specifiers), makes a few real calls, and prints the names each entry point exports (as JSON).
import assert from 'node:assert/strict';
import { ContractRulesError, convertPrice, getPlan, isHoliday } from 'support-contract-rules';

assert.equal(getPlan('itss-light-anshin-1').id, 'itss-light-anshin-1');
// 消費税法 art. 29: 10 % standard rate from 2019-10-01.
assert.equal(convertPrice({ amountYen: 3900, basis: 'tax-excluded', on: '2026-11-22' }).taxIncludedYen, 4290);
// 国民の祝日に関する法律 art. 2: 勤労感謝の日, 11月23日.
assert.equal(isHoliday('2026-11-23'), true);
assert.throws(() => getPlan('no-such-plan'), (e) => e instanceof ContractRulesError && e.code === 'not_found');

// In Node, every ES module entry point is a module over the CommonJS build (scripts/esm-node.ts): one copy of the
// library. The root's functions are stubs of the same name and length, loading their capability on first call.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
const cjsRoot = require('support-contract-rules');
const esmRoot = await import('support-contract-rules');
assert.match(import.meta.resolve('support-contract-rules'), /\/dist\/index\.node\.js$/);
// Importing the root and calling it loaded no zod (only /schemas does).
assert.equal(Object.keys(require.cache).some((f) => /[\\/]zod[\\/]/.test(f)), false, 'zod loaded without /schemas');
for (const s of JSON.parse(process.argv[2]).filter((s) => !s.endsWith('/schemas'))) await import(s);
assert.equal(Object.keys(require.cache).some((f) => /[\\/]zod[\\/]/.test(f)), false, 'a capability loaded zod');
await import('support-contract-rules/schemas');
assert.equal(Object.keys(require.cache).some((f) => /[\\/]zod[\\/]/.test(f)), true, 'the check sees zod');
for (const specifier of JSON.parse(process.argv[2])) {
  if (specifier.endsWith('/postal')) continue; // its own build
  const esm = await import(specifier);
  const cjs = require(specifier);
  assert.deepEqual(Object.keys(esm).sort(), Object.keys(cjs).filter((n) => n !== '__esModule').sort(), specifier);
  for (const [name, value] of Object.entries(esm)) {
    if (specifier !== 'support-contract-rules' || typeof value !== 'function' || /^[A-Z]/.test(name) || name === 'isContractRulesError') {
      assert.equal(value, cjs[name], `${specifier} ${name} is the CommonJS module's own`);
    } else {
      assert.equal(value.name, name);
      assert.equal(value.length, cjsRoot[name].length, `${name}.length`);
    }
    if (name in esmRoot && /^[A-Z]/.test(name)) assert.equal(value, esmRoot[name], `${specifier} ${name} is the root's`);
  }
}
const calendar = await import('support-contract-rules/calendar');
const q = { planId: 'itss-light-anshin-1', channel: 'support', at: '2026-11-21T17:59' };
assert.deepEqual(esmRoot.explainOpen(q), calendar.explainOpen(q));
assert.throws(() => esmRoot.isOpen({ ...q, at: 'nope' }), (e) => e instanceof calendar.InvalidInputError && e instanceof cjsRoot.ContractRulesError);

// Every zod schema of /schemas parses through Node's ES module entry too.
const schemas = await import('support-contract-rules/schemas');
for (const [name, v] of Object.entries(schemas)) if (name.endsWith('Schema')) assert.equal(typeof v.safeParse(null).success, 'boolean', name);

const names = {};
for (const specifier of JSON.parse(process.argv[2])) names[specifier] = Object.keys(await import(specifier)).sort();
console.log(JSON.stringify(names));
