/**
 * The refusals of a quota contract word for word: code, path, message and details (src/quota/contract.ts); a malformed
 * date by code and path.
 */
import { describe, expect, it } from 'vitest';
import { ContractRulesError } from '../../src/errors.js';
import { evaluateQuota, type QuotaContract } from '../../src/quota/index.js';

const cases: Array<[string, unknown, unknown]> = [
  ["contract not an object", 5, ["invalid_input",["contract"],"contract: Expected a contract object { planId, options?, start?, end? }",{"value":5}]],
  ["planId not a string", {"planId":7}, ["invalid_input",["contract","planId"],"contract.planId: Expected a plan id string",{"value":7}]],
  ["contract end malformed", {"planId":"oas-plan-a","end":"2026-13-01"}, ["invalid_input", ["contract", "end"]]],
  ["contract end on its start", {"planId":"oas-plan-a","start":"2026-11-10","end":"2026-11-01"}, ["conflict",["contract","end"],"contract.end: The contract ends (2026-11-01, exclusive) on or before it starts (2026-11-10)",{"start":"2026-11-10","end":"2026-11-01"}]],
  ["options not a list", {"planId":"itss-standard-anshin-1","options":"x"}, ["invalid_input",["contract","options"],"contract.options: Expected an array of options",{"value":"x"}]],
  ["an option not an object", {"planId":"itss-standard-anshin-1","options":[null]}, ["invalid_input",["contract","options",0],"contract.options[0]: Expected an option { optionId, start, end? }",{"value":null}]],
  ["an option id not a string", {"planId":"itss-standard-anshin-1","options":[{"optionId":5,"start":"2026-11-01"}]}, ["invalid_input",["contract","options",0,"optionId"],"contract.options[0].optionId: Expected an option id string",{"value":5}]],
  ["an option end malformed", {"planId":"itss-standard-anshin-1","options":[{"optionId":"itss-standard-extra-inquiries","start":"2026-11-01","end":"soon"}]}, ["invalid_input", ["contract", "options", 0, "end"]]],
  ["an option ending before it starts", {"planId":"itss-standard-anshin-1","options":[{"optionId":"itss-standard-extra-inquiries","start":"2026-11-05","end":"2026-11-04"}]}, ["conflict",["contract","options",0,"end"],"contract.options[0].end: The option ends (2026-11-04, exclusive) on or before it starts (2026-11-05)",{"start":"2026-11-05","end":"2026-11-04"}]],
  ["an option before the contract", {"planId":"itss-standard-anshin-1","start":"2026-11-10","options":[{"optionId":"itss-standard-extra-inquiries","start":"2026-11-01"}]}, ["conflict",["contract","options",0,"start"],"contract.options[0].start: The option starts (2026-11-01) before the contract (2026-11-10)",{"start":"2026-11-01"}]],
  ["an option after the contract", {"planId":"itss-standard-anshin-1","end":"2026-11-20","options":[{"optionId":"itss-standard-extra-inquiries","start":"2026-11-25"}]}, ["conflict",["contract","options",0,"start"],"contract.options[0].start: The option starts (2026-11-25) after the contract has ended (2026-11-20, exclusive)",{"start":"2026-11-25"}]],
];

describe('quota contract refusals', () => {
  it.each(cases)('%s', (_, contract, expected) => {
    let err: unknown;
    try {
      evaluateQuota({ contract: contract as QuotaContract, month: '2026-11', events: [{ id: 'a', at: '2026-11-12T10:00' }] });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContractRulesError);
    const e = err as ContractRulesError;
    // The date parser's own wording (src/time) is not this module's: code and path only for a malformed date.
    const got = (expected as unknown[]).length === 2 ? [e.code, e.path] : [e.code, e.path, e.message, e.details];
    expect(got).toEqual(expected);
  });
});
