// @ts-nocheck
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

const names = {};
for (const specifier of JSON.parse(process.argv[2])) names[specifier] = Object.keys(await import(specifier)).sort();
console.log(JSON.stringify(names));
