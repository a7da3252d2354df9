/**
 * evaluateQuota explains itself: the limit, its parts, what was used, what is past the limit and every reason (rule
 * and text) for one input of each path — 000's 5 a month (注意事項 (3)), 001's add-on of 20 in the month of the
 * option's start only and 時間延長 changing no limit, 002 counting per question with no number stated, a caller's
 * carry-over policy, events outside the month or the contract. The reasons are part of the answer.
 */
import { describe, expect, it } from 'vitest';
import { evaluateQuota, type EvaluateQuotaInput } from '../../src/quota/index.js';

const cases: Array<[string, EvaluateQuotaInput, unknown]> = [
  [
    "000 プラン A: 7 inquiries against 5, one ignored in October and one with several questions",
    {"contract":{"planId":"oas-plan-a"},"month":"2026-11","events":[{"id":"q1","at":"2026-11-01T10:00"},{"id":"q2","at":"2026-11-02T10:00"},{"id":"q3","at":"2026-11-03T10:00"},{"id":"q4","at":"2026-11-04T10:00"},{"id":"q5","at":"2026-11-05T10:00"},{"id":"q6","at":"2026-11-06T10:00"},{"id":"q7","at":"2026-11-07T10:00"},{"id":"x","at":"2026-10-31T23:59"},{"id":"y","at":"2026-11-09T10:00","questions":3}],"traceEvents":false},
    {
      "limit": {
        "total": 5,
        "unit": "inquiry",
        "parts": [
          [
            "plan",
            5
          ]
        ]
      },
      "used": 8,
      "remaining": 0,
      "over": [
        "q6",
        "q7",
        "y"
      ],
      "reasons": [
        [
          "quota.calendar-month",
          "2026-11 is the calendar month in Japan time from 2026-11-01T00:00:00+09:00 (inclusive) to 2026-12-01T00:00:00+09:00 (exclusive)"
        ],
        [
          "quota.plan-limit",
          "プラン A allows 5 inquiries per calendar month"
        ],
        [
          "quota.counting-rule",
          "Counting: every inquiry to an operator counts once, whatever it asks, including help with setting up the tools; consumed when the inquiry is made, in the Japan-time calendar month of event.at"
        ],
        [
          "quota.rollover-none",
          "Rollover: no carry-over"
        ],
        [
          "quota.questions-not-counted",
          "Some events give several questions, but this plan counts each inquiry once: event.questions is not used"
        ],
        [
          "quota.events-outside-month-ignored",
          "1 event is in another month and was ignored (outsideEvents: 'ignore'; 'reject' refuses them)"
        ],
        [
          "quota.over-limit",
          "8 inquiries used in 2026-11, 3 past the limit of 5: q6, q7, y are past the limit"
        ]
      ]
    },
  ],
  [
    "001 スタンダード1 with 問い合わせ回数追加 started 2026-11-20, contract from 2026-11-10: the add-on month",
    {"contract":{"planId":"itss-standard-anshin-1","start":"2026-11-10","options":[{"optionId":"itss-standard-extra-inquiries","start":"2026-11-20"}]},"month":"2026-11","events":[{"id":"a","at":"2026-11-02T10:00"},{"id":"b","at":"2026-11-12T10:00"}],"traceEvents":false},
    {
      "limit": {
        "total": 40,
        "unit": "inquiry",
        "parts": [
          [
            "plan",
            20
          ],
          [
            "add-on",
            20
          ]
        ]
      },
      "used": 1,
      "remaining": 39,
      "over": [],
      "reasons": [
        [
          "quota.calendar-month",
          "2026-11 is the calendar month in Japan time from 2026-11-01T00:00:00+09:00 (inclusive) to 2026-12-01T00:00:00+09:00 (exclusive)"
        ],
        [
          "quota.plan-limit",
          "スタンダードあんしんプラン1 allows 20 inquiries per calendar month"
        ],
        [
          "quota.counting-rule",
          "Counting: every inquiry to an operator counts once, whatever it asks; consumed when the inquiry is made, in the Japan-time calendar month of event.at"
        ],
        [
          "quota.partial-month-full-limit",
          "The contract starts on 2026-11-10, inside 2026-11: the full monthly limit applies (no proration is stated)"
        ],
        [
          "quota.add-on-applies",
          "Option 問い合わせ回数追加 (options[0], started 2026-11-20) adds 20 in 2026-11, the month containing its start date"
        ],
        [
          "quota.rollover-none",
          "Rollover: no carry-over"
        ],
        [
          "quota.events-outside-contract-ignored",
          "1 event is outside the contract's days and was ignored"
        ],
        [
          "quota.within-limit",
          "1 of 40 inquiries used in 2026-11; 39 remaining"
        ]
      ]
    },
  ],
  [
    "001 スタンダード1: the month after the add-on, one event past the end",
    {"contract":{"planId":"itss-standard-anshin-1","start":"2026-11-10","end":"2026-12-20","options":[{"optionId":"itss-standard-extra-inquiries","start":"2026-11-20"},{"optionId":"itss-standard-time-extension","start":"2026-11-20"}]},"month":"2026-12","events":[{"id":"a","at":"2026-12-02T10:00"},{"id":"z","at":"2026-12-25T10:00"}],"traceEvents":false},
    {
      "limit": {
        "total": 20,
        "unit": "inquiry",
        "parts": [
          [
            "plan",
            20
          ]
        ]
      },
      "used": 1,
      "remaining": 19,
      "over": [],
      "reasons": [
        [
          "quota.calendar-month",
          "2026-12 is the calendar month in Japan time from 2026-12-01T00:00:00+09:00 (inclusive) to 2027-01-01T00:00:00+09:00 (exclusive)"
        ],
        [
          "quota.plan-limit",
          "スタンダードあんしんプラン1 allows 20 inquiries per calendar month"
        ],
        [
          "quota.counting-rule",
          "Counting: every inquiry to an operator counts once, whatever it asks; consumed when the inquiry is made, in the Japan-time calendar month of event.at"
        ],
        [
          "quota.partial-month-full-limit",
          "The contract ends on 2026-12-20 (exclusive), inside 2026-12: the full monthly limit applies (no proration is stated)"
        ],
        [
          "quota.add-on-other-month",
          "Option 問い合わせ回数追加 (options[0], started 2026-11-20) adds only in 2026-11, the month containing its start date; nothing in 2026-12, and its units are never carried over"
        ],
        [
          "quota.option-changes-no-limit",
          "Option 時間延長 (options[1]) changes no limit"
        ],
        [
          "quota.rollover-none",
          "Rollover: no carry-over"
        ],
        [
          "quota.events-outside-contract-ignored",
          "1 event is outside the contract's days and was ignored"
        ],
        [
          "quota.within-limit",
          "1 of 20 inquiries used in 2026-12; 19 remaining"
        ]
      ]
    },
  ],
  [
    "002 ヘルプデスク: incidents per question, no limit stated",
    {"contract":{"planId":"helpdesk-support"},"month":"2026-11","events":[{"id":"a","at":"2026-11-02T10:00","questions":2},{"id":"b","at":"2026-11-03T10:00"}],"traceEvents":false},
    {
      "limit": {
        "total": null,
        "unit": "incident",
        "parts": []
      },
      "used": 3,
      "remaining": null,
      "over": [],
      "reasons": [
        [
          "quota.calendar-month",
          "2026-11 is the calendar month in Japan time from 2026-11-01T00:00:00+09:00 (inclusive) to 2026-12-01T00:00:00+09:00 (exclusive)"
        ],
        [
          "quota.no-limit-stated",
          "The document defines how incidents are counted for ヘルプデスク・サポートサービス but states no number per month: no limit is applied and none is invented"
        ],
        [
          "quota.counting-rule",
          "Counting: one incident per question that cannot be split further, so an inquiry with several questions consumes several (event.questions); consumed when the inquiry is accepted, in the Japan-time calendar month of event.at"
        ],
        [
          "quota.rollover-none",
          "Rollover: no carry-over"
        ],
        [
          "quota.no-limit",
          "3 incidents counted in 2026-11; no limit applies"
        ]
      ]
    },
  ],
  [
    "000 プラン B with a caller carry-over policy (2 a month for 1 month), the third month",
    {"contract":{"planId":"oas-plan-b","start":"2026-09-01"},"month":"2026-11","rollover":{"kind":"carry-over","maxUnitsPerMonth":2,"validForMonths":1},"events":[{"id":"s0","at":"2026-09-01T10:00"},{"id":"s1","at":"2026-09-02T10:00"},{"id":"s2","at":"2026-09-03T10:00"},{"id":"s3","at":"2026-09-04T10:00"},{"id":"s4","at":"2026-09-05T10:00"},{"id":"s5","at":"2026-09-06T10:00"},{"id":"s6","at":"2026-09-07T10:00"},{"id":"s7","at":"2026-09-08T10:00"},{"id":"s8","at":"2026-09-09T10:00"},{"id":"n0","at":"2026-11-01T10:00"},{"id":"n1","at":"2026-11-02T10:00"},{"id":"n2","at":"2026-11-03T10:00"},{"id":"n3","at":"2026-11-04T10:00"},{"id":"n4","at":"2026-11-05T10:00"},{"id":"n5","at":"2026-11-06T10:00"},{"id":"n6","at":"2026-11-07T10:00"},{"id":"n7","at":"2026-11-08T10:00"},{"id":"n8","at":"2026-11-09T10:00"},{"id":"n9","at":"2026-11-10T10:00"},{"id":"n10","at":"2026-11-11T10:00"},{"id":"n11","at":"2026-11-12T10:00"},{"id":"n12","at":"2026-11-13T10:00"}],"traceEvents":false},
    {
      "limit": {
        "total": 12,
        "unit": "inquiry",
        "parts": [
          [
            "plan",
            10
          ],
          [
            "carried-over",
            2
          ]
        ]
      },
      "used": 13,
      "remaining": 0,
      "over": [
        "n12"
      ],
      "reasons": [
        [
          "quota.calendar-month",
          "2026-11 is the calendar month in Japan time from 2026-11-01T00:00:00+09:00 (inclusive) to 2026-12-01T00:00:00+09:00 (exclusive)"
        ],
        [
          "quota.plan-limit",
          "プラン B allows 10 inquiries per calendar month"
        ],
        [
          "quota.counting-rule",
          "Counting: every inquiry to an operator counts once, whatever it asks, including help with setting up the tools; consumed when the inquiry is made, in the Japan-time calendar month of event.at"
        ],
        [
          "quota.rollover-given",
          "Rollover policy given by the caller: carry-over of up to 2 unused units a month, usable for 1 following month (the document: no carry-over)"
        ],
        [
          "quota.carried-over",
          "2 unused units from 2026-10 usable through 2026-11"
        ],
        [
          "quota.over-limit",
          "13 inquiries used in 2026-11, 1 past the limit of 12: n12 is past the limit"
        ]
      ]
    },
  ],
];

describe('evaluateQuota: the answer and its reasons, word for word', () => {
  it.each(cases)('%s', (_, input, expected) => {
    const r = evaluateQuota(input);
    expect({
      limit: { total: r.limit.total, unit: r.limit.unit, parts: r.limit.parts.map((p) => [p.kind, p.units]) },
      used: r.used,
      remaining: r.remaining,
      over: r.over,
      reasons: r.reasons.map((x) => [x.rule, x.message]),
    }).toEqual(expected);
  });
});


describe('carry-over lots used up', () => {
  it('a lot used up in one month is not listed in the next (no 0-unit part, no reason)', () => {
    // プラン B (10 a month), carry-over of up to 2 for 2 months from 2026-09: September leaves 2 (usable through
    // November); October uses 12, the 2 carried included, and leaves nothing; November has its 10 only.
    const events = Array.from({ length: 12 }, (_, i) => ({ id: `o${i}`, at: `2026-10-${String(i + 1).padStart(2, '0')}T10:00` }));
    const r = evaluateQuota({ contract: { planId: 'oas-plan-b', start: '2026-09-01' }, month: '2026-11', rollover: { kind: 'carry-over', maxUnitsPerMonth: 2, validForMonths: 2 }, events, traceEvents: false });
    expect(r.limit.parts.map((p) => [p.kind, p.units])).toEqual([['plan', 10]]);
    expect([r.limit.total, r.remaining]).toEqual([10, 10]);
    expect(r.reasons.map((x) => x.rule)).not.toContain('quota.carried-over');
    const oct = evaluateQuota({ contract: { planId: 'oas-plan-b', start: '2026-09-01' }, month: '2026-10', rollover: { kind: 'carry-over', maxUnitsPerMonth: 2, validForMonths: 2 }, events, traceEvents: false });
    expect([oct.limit.total, oct.used, oct.over]).toEqual([12, 12, []]);
  });
});
