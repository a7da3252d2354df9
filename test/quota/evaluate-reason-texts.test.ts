/**
 * evaluateQuota's reasons word for word on the paths evaluate-reasons.test.ts does not take: a plan whose document
 * records no quota at all (003), an option without a quota fact, an add-on of another month that may carry over,
 * more than ten events past the limit (000 注意事項 (3): 5 a month for プラン A), one event past it, events outside
 * the contract, a contract ending inside the month, one carried unit, and 002's limit that is not stated.
 */
import { describe, expect, it } from 'vitest';
import { evaluateQuota, type EvaluateQuotaInput } from '../../src/quota/index.js';
import { editedCatalog } from '../helpers/values.js';

const CALENDAR_NOV = ['quota.calendar-month', '2026-11 is the calendar month in Japan time from 2026-11-01T00:00:00+09:00 (inclusive) to 2026-12-01T00:00:00+09:00 (exclusive)', null, 'quota-calendar-month-japan'];
const OAS_A = ['quota.plan-limit', 'プラン A allows 5 inquiries per calendar month', 'oas-plan-a-inquiry-limit', null];
const OAS_COUNTING = [
  'quota.counting-rule',
  'Counting: every inquiry to an operator counts once, whatever it asks, including help with setting up the tools; consumed when the inquiry is made, in the Japan-time calendar month of event.at',
  'oas-inquiry-counting',
  null,
];
const OAS_NO_ROLLOVER = ['quota.rollover-none', 'Rollover: no carry-over', 'oas-rollover', 'quota-no-carry-over-unless-stated'];

const nov = Array.from({ length: 17 }, (_, i) => ({ id: `e${String(i).padStart(2, '0')}`, at: `2026-11-${String(i + 1).padStart(2, '0')}T10:00` }));
const itss = () =>
  editedCatalog((docs) => {
    const q = docs.find((d) => d.document.id === 'it-support-security')!.quotas;
    q.limitNeutralOptions = q.limitNeutralOptions.filter((x: { optionIds: string[] }) => !x.optionIds.includes('itss-standard-time-extension'));
    q.addOns[0].carryOver = true;
  });

const cases: Array<[string, () => EvaluateQuotaInput, unknown]> = [
  [
    '003 records no limit, no counting rule, no rollover policy: usage counted, each event once',
    () => ({ contract: { planId: 'ucom-remote-support' }, month: '2026-11', events: [{ id: 'a', at: '2026-11-02T10:00', questions: 2 }, { id: 'b', at: '2026-11-03T10:00' }] }),
    {
      limit: [null, []],
      used: 2,
      remaining: null,
      over: [],
      reasons: [
        CALENDAR_NOV,
        ['quota.no-limit-recorded', 'The catalog records no inquiry limit for UCOM光 リモートサポート (ucom-remote-support): usage is counted, no limit is applied', 'ucom-remote-support', null],
        ['quota.counting-default', 'No counting rule recorded: each event counts once, in the Japan-time calendar month of event.at', null, null],
        ['quota.rollover-none', 'Rollover: no carry-over (the catalog records no policy for this plan)', null, 'quota-no-carry-over-unless-stated'],
        ['quota.questions-not-counted', 'Some events give several questions, but this plan counts each inquiry once: event.questions is not used', null, null],
        ['quota.no-limit', '2 inquiries counted in 2026-11; no limit applies', null, null],
      ],
    },
  ],
  [
    '001: an option without a quota fact, and an add-on of October that may carry over adds nothing in November',
    () => ({
      contract: { planId: 'itss-standard-anshin-1', options: [{ optionId: 'itss-standard-time-extension', start: '2026-10-01' }, { optionId: 'itss-standard-extra-inquiries', start: '2026-10-20' }] },
      month: '2026-11',
      events: [],
      catalog: itss(),
    }),
    {
      limit: [20, [['plan', 20]]],
      used: 0,
      remaining: 20,
      over: [],
      reasons: [
        CALENDAR_NOV,
        ['quota.plan-limit', 'スタンダードあんしんプラン1 allows 20 inquiries per calendar month', 'itss-standard-anshin-1-inquiry-limit', 'quota-001-calendar-month'],
        ['quota.counting-rule', 'Counting: every inquiry to an operator counts once, whatever it asks; consumed when the inquiry is made, in the Japan-time calendar month of event.at', 'itss-inquiry-counting', 'quota-001-counting'],
        ['quota.option-no-quota-fact', 'Option 時間延長 (options[0]) has no quota fact in the catalog: it changes no limit', 'itss-standard-time-extension', null],
        [
          'quota.add-on-other-month',
          'Option 問い合わせ回数追加 (options[1], started 2026-10-20) adds only in 2026-10, the month containing its start date; nothing in 2026-11',
          'itss-standard-extra-inquiries-add-on',
          'quota-add-on-month',
        ],
        ['quota.rollover-none', 'Rollover: no carry-over', 'itss-rollover', 'quota-no-carry-over-unless-stated'],
        ['quota.within-limit', '0 of 20 inquiries used in 2026-11; 20 remaining', null, null],
      ],
    },
  ],
  [
    '000 プラン A: 17 inquiries against 5, twelve past it (ten named, then how many more), two in other months',
    () => ({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events: [...nov, { id: 'o1', at: '2026-10-02T10:00' }, { id: 'o2', at: '2026-12-02T10:00' }], traceEvents: false }),
    {
      limit: [5, [['plan', 5]]],
      used: 17,
      remaining: 0,
      over: ['e05', 'e06', 'e07', 'e08', 'e09', 'e10', 'e11', 'e12', 'e13', 'e14', 'e15', 'e16'],
      reasons: [
        CALENDAR_NOV,
        OAS_A,
        OAS_COUNTING,
        OAS_NO_ROLLOVER,
        ['quota.events-outside-month-ignored', "2 events are in another month and were ignored (outsideEvents: 'ignore'; 'reject' refuses them)", null, 'quota-outside-events'],
        ['quota.over-limit', '17 inquiries used in 2026-11, 12 past the limit of 5: e05, e06, e07, e08, e09, e10, e11, e12, e13, e14 and 2 more are past the limit', null, null],
      ],
    },
  ],
  [
    '000 プラン A from 2026-11-02: six inquiries, one past the limit; two on 11-01 are outside the contract',
    () => ({ contract: { planId: 'oas-plan-a', start: '2026-11-02' }, month: '2026-11', events: [...nov.slice(1, 7), { id: 'x', at: '2026-11-01T10:00' }, { id: 'y', at: '2026-11-01T11:00' }], traceEvents: false }),
    {
      limit: [5, [['plan', 5]]],
      used: 6,
      remaining: 0,
      over: ['e06'],
      reasons: [
        CALENDAR_NOV,
        OAS_A,
        OAS_COUNTING,
        ['quota.partial-month-full-limit', 'The contract starts on 2026-11-02, inside 2026-11: the full monthly limit applies (no proration is stated)', null, 'quota-partial-month-full-limit'],
        OAS_NO_ROLLOVER,
        ['quota.events-outside-contract-ignored', "2 events are outside the contract's days and were ignored", null, 'quota-outside-events'],
        ['quota.over-limit', '6 inquiries used in 2026-11, 1 past the limit of 5: e06 is past the limit', null, null],
      ],
    },
  ],
  [
    '000 プラン A ending 2026-11-20 (exclusive): the full limit, one used',
    () => ({ contract: { planId: 'oas-plan-a', start: '2026-11-01', end: '2026-11-20' }, month: '2026-11', events: nov.slice(0, 1) }),
    {
      limit: [5, [['plan', 5]]],
      used: 1,
      remaining: 4,
      over: [],
      reasons: [
        CALENDAR_NOV,
        OAS_A,
        OAS_COUNTING,
        ['quota.partial-month-full-limit', 'The contract ends on 2026-11-20 (exclusive), inside 2026-11: the full monthly limit applies (no proration is stated)', null, 'quota-partial-month-full-limit'],
        OAS_NO_ROLLOVER,
        ['quota.within-limit', '1 of 5 inquiries used in 2026-11; 4 remaining', null, null],
      ],
    },
  ],
  [
    '000 プラン A with a carry-over of up to 3 for one month: October used 4 of 5, so 1 unit is carried into November',
    () => ({
      contract: { planId: 'oas-plan-a', start: '2026-10-01' },
      month: '2026-11',
      rollover: { kind: 'carry-over', maxUnitsPerMonth: 3, validForMonths: 1 },
      events: nov.slice(0, 4).map((e) => ({ ...e, at: e.at.replace('2026-11', '2026-10') })),
    }),
    {
      limit: [6, [['plan', 5], ['carried-over', 1]]],
      used: 0,
      remaining: 6,
      over: [],
      reasons: [
        CALENDAR_NOV,
        OAS_A,
        OAS_COUNTING,
        ['quota.rollover-given', 'Rollover policy given by the caller: carry-over of up to 3 unused units a month, usable for 1 following month (the document: no carry-over)', 'oas-rollover', 'quota-carry-over-model'],
        ['quota.carried-over', '1 unused unit from 2026-10 usable through 2026-11', null, null],
        ['quota.within-limit', '0 of 6 inquiries used in 2026-11; 6 remaining', null, null],
      ],
    },
  ],
  [
    '002: a limit defined but not stated (仕様書 1.1–1.3)',
    () => ({ contract: { planId: 'helpdesk-support' }, month: '2026-11', events: [] }),
    {
      limit: [null, []],
      used: 0,
      remaining: null,
      over: [],
      reasons: [
        CALENDAR_NOV,
        [
          'quota.no-limit-stated',
          'The document defines how incidents are counted for ヘルプデスク・サポートサービス but states no number per month: no limit is applied and none is invented',
          'helpdesk-incident-limit-not-stated',
          'quota-002-no-stated-limit',
        ],
        [
          'quota.counting-rule',
          'Counting: one incident per question that cannot be split further, so an inquiry with several questions consumes several (event.questions); consumed when the inquiry is accepted, in the Japan-time calendar month of event.at',
          'helpdesk-incident-counting',
          'quota-002-acceptance-instant',
        ],
        ['quota.rollover-none', 'Rollover: no carry-over', 'helpdesk-rollover', 'quota-no-carry-over-unless-stated'],
        ['quota.no-limit', '0 incidents counted in 2026-11; no limit applies', null, null],
      ],
    },
  ],
];

describe('evaluateQuota: reasons word for word, with their facts and interpretations', () => {
  it.each(cases)('%s', (_, input, expected) => {
    const r = evaluateQuota(input());
    expect({
      limit: [r.limit.total, r.limit.parts.map((p) => [p.kind, p.units])],
      used: r.used,
      remaining: r.remaining,
      over: r.over,
      reasons: r.reasons.map((x) => [x.rule, x.message, x.factId ?? null, x.interpretation ?? null]),
    }).toEqual(expected);
  });
});
