// @ts-nocheck
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContractRulesError } from '../../src/errors.js';
import { checkOnsiteVisit, evaluateQuota, evaluateQuotaMonths } from '../../src/quota/index.js';

const ok = { contract: { planId: 'itss-standard-anshin-1' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00' }] };

function thrown(f: () => unknown): { name: string; code: string; path: readonly (string | number)[] } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(ContractRulesError);
    const err = e as ContractRulesError;
    return { name: err.name, code: err.code, path: err.path };
  }
  throw new Error('expected an error');
}

type Case = [what: string, input: unknown, code: string, path: ReadonlyArray<string | number>];
const cases: Case[] = [
  ['input is not an object', null, 'invalid_input', []],
  ['no contract', { ...ok, contract: undefined }, 'invalid_input', ['contract']],
  ['planId not a string', { ...ok, contract: { planId: 7 } }, 'invalid_input', ['contract', 'planId']],
  ['unknown plan', { ...ok, contract: { planId: 'oas-plan-c' } }, 'not_found', ['contract', 'planId']],
  ['options not an array', { ...ok, contract: { planId: 'itss-light-anshin-1', options: {} } }, 'invalid_input', ['contract', 'options']],
  ['option not an object', { ...ok, contract: { planId: 'itss-light-anshin-1', options: ['x'] } }, 'invalid_input', ['contract', 'options', 0]],
  ['unknown option', { ...ok, contract: { planId: 'itss-light-anshin-1', options: [{ optionId: 'nope', start: '2026-11-01' }] } }, 'not_found', ['contract', 'options', 0, 'optionId']],
  [
    'an option of another plan (問い合わせ回数追加 on a ライト contract)',
    { ...ok, contract: { planId: 'itss-light-anshin-1', options: [{ optionId: 'itss-light-time-extension', start: '2026-11-01' }, { optionId: 'itss-standard-extra-inquiries', start: '2026-11-01' }] } },
    'conflict',
    ['contract', 'options', 1, 'optionId'],
  ],
  ['an option of another document', { ...ok, contract: { planId: 'oas-plan-a', options: [{ optionId: 'iij-ultra-sendback', start: '2026-11-01' }] } }, 'conflict', ['contract', 'options', 0, 'optionId']],
  ['the light time extension on a standard plan', { ...ok, contract: { planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-light-time-extension', start: '2026-11-01' }] } }, 'conflict', ['contract', 'options', 0, 'optionId']],
  ['option start missing', { ...ok, contract: { planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries' }] } }, 'invalid_input', ['contract', 'options', 0, 'start']],
  ['option start impossible', { ...ok, contract: { planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-02-30' }] } }, 'invalid_input', ['contract', 'options', 0, 'start']],
  ['option end before start', { ...ok, contract: { planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-11-10', end: '2026-11-10' }] } }, 'conflict', ['contract', 'options', 0, 'end']],
  ['option before the contract', { ...ok, contract: { planId: 'itss-standard-anshin-1', start: '2026-11-10', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-11-09' }] } }, 'conflict', ['contract', 'options', 0, 'start']],
  ['option after the contract', { ...ok, contract: { planId: 'itss-standard-anshin-1', end: '2026-11-10', options: [{ optionId: 'itss-standard-extra-inquiries', start: '2026-11-10' }] } }, 'conflict', ['contract', 'options', 0, 'start']],
  ['contract start not a date', { ...ok, contract: { planId: 'oas-plan-a', start: '2026/11/01' } }, 'invalid_input', ['contract', 'start']],
  ['contract end before start', { ...ok, contract: { planId: 'oas-plan-a', start: '2026-11-10', end: '2026-11-01' } }, 'conflict', ['contract', 'end']],
  ['month malformed', { ...ok, month: '2026-13' }, 'invalid_input', ['month']],
  ['month as a date', { ...ok, month: '2026-11-01' }, 'invalid_input', ['month']],
  ['month missing', { ...ok, month: undefined }, 'invalid_input', ['month']],
  ['month outside the contract', { ...ok, contract: { planId: 'oas-plan-a', start: '2026-12-01' } }, 'out_of_range', ['month']],
  ['month after the contract ended (end exclusive)', { ...ok, contract: { planId: 'oas-plan-a', end: '2026-11-01' } }, 'out_of_range', ['month']],
  ['events not an array', { ...ok, events: 'a' }, 'invalid_input', ['events']],
  ['event not an object', { ...ok, events: [ok.events[0], null] }, 'invalid_input', ['events', 1]],
  ['event id missing', { ...ok, events: [{ at: '2026-11-02T10:00' }] }, 'invalid_input', ['events', 0, 'id']],
  ['event id empty', { ...ok, events: [{ id: '', at: '2026-11-02T10:00' }] }, 'invalid_input', ['events', 0, 'id']],
  ['event id a number', { ...ok, events: [{ id: 1, at: '2026-11-02T10:00' }] }, 'invalid_input', ['events', 0, 'id']],
  [
    'duplicate event ids',
    { ...ok, events: [{ id: 'a', at: '2026-11-02T10:00' }, { id: 'b', at: '2026-11-02T10:00' }, { id: 'a', at: '2026-11-03T10:00' }] },
    'conflict',
    ['events', 2, 'id'],
  ],
  ['duplicate ids even when one is outside the month', { ...ok, events: [{ id: 'a', at: '2026-10-02T10:00' }, { id: 'a', at: '2026-11-03T10:00' }] }, 'conflict', ['events', 1, 'id']],
  ['at malformed', { ...ok, events: [{ id: 'a', at: '2026-11-02 25:00' }] }, 'invalid_input', ['events', 0, 'at']],
  ['at a date alone', { ...ok, events: [{ id: 'a', at: '2026-11-02' }] }, 'invalid_input', ['events', 0, 'at']],
  ['at impossible', { ...ok, events: [{ id: 'a', at: '2026-02-29T10:00' }] }, 'invalid_input', ['events', 0, 'at']],
  ['at missing', { ...ok, events: [{ id: 'a' }] }, 'invalid_input', ['events', 0, 'at']],
  ['at before 1952 (Japan DST years)', { ...ok, events: [{ id: 'a', at: '1950-07-01T10:00' }] }, 'out_of_range', ['events', 0, 'at']],
  ['at an invalid Date', { ...ok, events: [{ id: 'a', at: new Date(Number.NaN) }] }, 'invalid_input', ['events', 0, 'at']],
  ['questions 0', { ...ok, events: [{ id: 'a', at: '2026-11-02T10:00', questions: 0 }] }, 'invalid_input', ['events', 0, 'questions']],
  ['questions fractional', { ...ok, events: [{ id: 'a', at: '2026-11-02T10:00', questions: 1.5 }] }, 'invalid_input', ['events', 0, 'questions']],
  ['questions a string', { ...ok, events: [{ id: 'a', at: '2026-11-02T10:00', questions: '2' }] }, 'invalid_input', ['events', 0, 'questions']],
  ['rollover of an unknown kind', { ...ok, rollover: { kind: 'bank' } }, 'invalid_input', ['rollover', 'kind']],
  ['rollover carry-over without its numbers', { ...ok, rollover: { kind: 'carry-over', validForMonths: 1 } }, 'invalid_input', ['rollover', 'maxUnitsPerMonth']],
  ['rollover carry-over of 0 months', { ...ok, contract: { planId: 'oas-plan-a', start: '2026-01-01' }, rollover: { kind: 'carry-over', maxUnitsPerMonth: 2, validForMonths: 0 } }, 'invalid_input', ['rollover', 'validForMonths']],
  ['outsideEvents unknown', { ...ok, outsideEvents: 'drop' }, 'invalid_input', ['outsideEvents']],
  ['traceEvents not a boolean', { ...ok, traceEvents: 'yes' }, 'invalid_input', ['traceEvents']],
  ['catalog not a catalog', { ...ok, catalog: 42 }, 'invalid_input', ['catalog']],
];

describe('evaluateQuota: bad input is a typed error naming the field', () => {
  it.each(cases)('%s', (_what, input, code, path) => {
    const e = thrown(() => evaluateQuota(input as never));
    expect({ code: e.code, path: e.path }).toEqual({ code, path });
  });
  it('a carry-over policy without the contract start', () => {
    const e = thrown(() => evaluateQuota({ ...ok, rollover: { kind: 'carry-over', maxUnitsPerMonth: 1, validForMonths: 1 } }));
    expect([e.code, e.path]).toEqual(['invalid_input', ['contract', 'start']]);
  });
  it('the error names the duplicate and the first occurrence', () => {
    try {
      evaluateQuota({ ...ok, events: [{ id: 'a', at: '2026-11-02T10:00' }, { id: 'a', at: '2026-11-03T10:00' }] });
    } catch (e) {
      expect((e as ContractRulesError).details).toMatchObject({ id: 'a', firstIndex: 0 });
      expect((e as Error).message).toContain('Duplicate event id "a"');
    }
  });
});

describe('evaluateQuotaMonths: bad input is a typed error naming the field', () => {
  it.each(cases.filter(([what]) => !what.startsWith('month')))('%s', (_what, input, code, path) => {
    const e = thrown(() => evaluateQuotaMonths(input as never));
    expect({ code: e.code, path: e.path }).toEqual({ code, path });
  });
  it.each([
    ['from malformed', { from: '2026-1' }, 'invalid_input', ['from']],
    ['to malformed', { to: 'soon' }, 'invalid_input', ['to']],
    ['to before from', { from: '2026-11', to: '2026-10' }, 'conflict', ['to']],
    ['from before the contract', { contract: { planId: 'oas-plan-a', start: '2026-11-05' }, from: '2026-10' }, 'out_of_range', ['from']],
    ['to after the contract', { contract: { planId: 'oas-plan-a', end: '2026-11-05' }, to: '2026-12' }, 'out_of_range', ['to']],
    ['an outside event rejected', { from: '2026-12', to: '2026-12', outsideEvents: 'reject' }, 'out_of_range', ['events', 0, 'at']],
  ] as const)('%s', (_what, extra, code, path) => {
    const e = thrown(() => evaluateQuotaMonths({ contract: ok.contract, events: ok.events, ...extra } as never));
    expect({ code: e.code, path: e.path }).toEqual({ code, path });
  });
});

describe('nothing but ContractRulesError escapes', () => {
  it('arbitrary inputs either evaluate or throw a typed error', () => {
    const anything = fc.anything({ withDate: true, withNullPrototype: true, withTypedArray: true });
    const event = fc.record({ id: fc.oneof(fc.string(), anything), at: fc.oneof(fc.string(), anything), questions: fc.oneof(fc.integer(), anything) }, { requiredKeys: [] });
    const contract = fc.record(
      {
        planId: fc.oneof(fc.constantFrom('oas-plan-a', 'helpdesk-support', 'itss-standard-anshin-1'), anything),
        options: fc.oneof(fc.array(fc.record({ optionId: fc.oneof(fc.constantFrom('itss-standard-extra-inquiries'), anything), start: fc.oneof(fc.string(), anything) })), anything),
        start: fc.oneof(fc.string(), anything),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(contract, fc.oneof(fc.constant('2026-11'), fc.string()), fc.oneof(fc.array(event, { maxLength: 5 }), anything), anything, (c, month, events, rollover) => {
        for (const f of [() => evaluateQuota({ contract: c, month, events, rollover } as never), () => evaluateQuotaMonths({ contract: c, events, rollover } as never)]) {
          try {
            f();
          } catch (e) {
            if (!(e instanceof ContractRulesError)) throw e;
          }
        }
      }),
      { numRuns: 300 },
    );
  });
  it('checkOnsiteVisit: arbitrary inputs either answer or throw a typed error', () => {
    const anything = fc.anything({ withDate: true });
    fc.assert(
      fc.property(
        fc.record(
          {
            contract: fc.oneof(fc.constantFrom({ planId: 'oas-plan-a' }, { planId: 'itss-light-anshin-1' }, { planId: 'helpdesk-support' }), anything),
            at: fc.oneof(fc.constantFrom('2026-11-24T10:00', '2026-11-23T10:00Z'), fc.string(), anything),
            previousVisits: fc.oneof(fc.array(fc.record({ at: fc.oneof(fc.constant('2026-11-02T10:00'), anything) })), anything),
            diagnosis: fc.oneof(fc.record({ triedPhoneOrRemote: fc.boolean(), faultIsolated: fc.boolean() }), anything),
            address: fc.oneof(fc.record({ isContractorAddress: fc.boolean() }), anything),
            calendar: fc.oneof(fc.constant(undefined), fc.record({ yearEnd: anything }, { requiredKeys: [] }), anything),
          },
          { requiredKeys: [] },
        ),
        (input) => {
          try {
            checkOnsiteVisit(input as never);
          } catch (e) {
            if (!(e instanceof ContractRulesError)) throw e;
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
