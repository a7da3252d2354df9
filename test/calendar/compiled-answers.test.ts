/**
 * compileOpeningHours and listServiceChannels word for word (src/calendar/compiled.ts, issue 12): the compiled
 * answers at minute edges, for each day status and unknownAs, the same as isOpen; the refusals; each listed field.
 *
 * 002 電話 (fixtures/002-helpdesk-support.json): 「月曜日から金曜日の午前 10:00 ～ 12:00、午後 13:00 ～ 17:00」, in force from 2018-11-01;
 * FAX 「随時受け付けますが、サポートは当社の業務時間 内に行われるものとします。」. 000 訪問故障切り分けサポート 「対応時間 24時間365日」.
 * 001 時間延長オプション 「24時間365日 (閏年は366日)」.
 */
import { describe, expect, it } from 'vitest';
import { compileOpeningHours, isOpen, listServiceChannels } from '../../src/calendar/index.js';
import { ContractRulesError, InvalidInputError, OutOfRangeError } from '../../src/errors.js';
import { thrown } from '../helpers/values.js';

const phone = { planId: 'helpdesk-support', channel: 'phone' } as const;
const allDay = { planId: 'oas-plan-a', channel: 'onsite-diagnosis' } as const;
/** Epoch milliseconds of a Japan local time. */
const jst = (y: number, mo: number, d: number, h = 0, mi = 0, s = 0, ms = 0) => Date.UTC(y, mo - 1, d, h - 9, mi, s, ms);

describe('compileOpeningHours', () => {
  it('names the plan and channel, and is frozen', () => {
    const h = compileOpeningHours(phone);
    expect(Object.keys(h)).toEqual(['planId', 'channel', 'stateAt', 'isOpenAt']);
    expect([h.planId, h.channel]).toEqual(['helpdesk-support', 'phone']);
    expect(Object.isFrozen(h)).toBe(true);
  });

  it('002 at the edges of its windows, the same as isOpen', () => {
    const h = compileOpeningHours(phone);
    const cases: Array<[number, 'open' | 'closed']> = [
      [jst(2026, 11, 20, 9, 59, 59, 999), 'closed'],
      [jst(2026, 11, 20, 10), 'open'],
      [jst(2026, 11, 20, 11, 59, 59, 999), 'open'],
      [jst(2026, 11, 20, 12), 'closed'],
      [jst(2026, 11, 20, 13), 'open'],
      [jst(2026, 11, 20, 16, 59), 'open'],
      [jst(2026, 11, 20, 17), 'closed'],
      [jst(2026, 11, 20, 0), 'closed'],
      [jst(2026, 11, 20, 23, 59, 59, 999), 'closed'],
      [jst(2026, 11, 21, 11), 'closed'], // 土
      [jst(2026, 11, 23, 11), 'closed'], // 勤労感謝の日
      [jst(2026, 11, 24, 11), 'open'],
      [jst(2026, 12, 29, 11), 'closed'], // 年末年始
      [jst(2018, 11, 1, 10), 'open'], // the revision day
    ];
    for (const [ms, state] of cases) {
      expect(h.stateAt(ms), new Date(ms).toISOString()).toBe(state);
      expect(h.isOpenAt(ms)).toBe(state === 'open');
      expect(isOpen({ ...phone, at: ms })).toBe(state === 'open');
    }
  });

  it('unknown hours: stateAt says unknown; isOpenAt follows unknownAs', () => {
    const at = jst(2018, 10, 31, 11);
    const e = thrown(() => compileOpeningHours(phone).isOpenAt(at));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect(e.path).toEqual(['at']);
    expect(e.message).toBe("at: Hours of helpdesk-support phone on 2018-10-31 are unknown: the document states the hours in force from 2018-11-01 only (pass unknownAs: 'open' or 'closed' to decide, or use explainOpen)");
    expect(e.details).toEqual({ planId: 'helpdesk-support', channel: 'phone', date: '2018-10-31', knownFrom: '2018-11-01' });
    expect(thrown(() => compileOpeningHours({ ...phone, unknownAs: 'error' }).isOpenAt(at)).code).toBe('out_of_range');
    expect(compileOpeningHours(phone).stateAt(at)).toBe('unknown');
    expect(compileOpeningHours({ ...phone, unknownAs: 'open' }).isOpenAt(at)).toBe(true);
    expect(compileOpeningHours({ ...phone, unknownAs: 'closed' }).isOpenAt(at)).toBe(false);
    // 2018-10-31 23:59 Japan time is unknown; a minute later (2018-11-01 00:00) is a known, closed minute.
    expect(compileOpeningHours(phone).stateAt(jst(2018, 10, 31, 23, 59))).toBe('unknown');
    expect(compileOpeningHours(phone).stateAt(jst(2018, 11, 1, 0, 0))).toBe('closed');
    // Before the table's first day (1970): still unknown, by the slow path.
    expect(compileOpeningHours(phone).stateAt(jst(1969, 1, 5, 11))).toBe('unknown');
    expect(thrown(() => compileOpeningHours(phone).isOpenAt(jst(1969, 1, 5, 11))).message).toBe(
      "at: Hours of helpdesk-support phone on 1969-01-05 are unknown: the document states the hours in force from 2018-11-01 only (pass unknownAs: 'open' or 'closed' to decide, or use explainOpen)",
    );
  });

  it('a windowed channel past the holiday law is refused at at', () => {
    const e = thrown(() => compileOpeningHours(phone).stateAt(jst(2100, 1, 5, 12)));
    expect(e).toBeInstanceOf(OutOfRangeError);
    expect(e.path).toEqual(['at']);
    expect(e.message).toBe('at: Service days depend on holidays, which are computed for 1970–2099 only: 2100-01-05 is outside');
    expect(e.details).toEqual({ value: '2100-01-05', fromYear: 1970, toYear: 2099 });
  });

  it('before 1970 (negative epoch minutes) a windowed channel is refused like isOpen, not read from 1970-01-01', () => {
    const q = { planId: 'itss-light-anshin-1', channel: 'support' } as const;
    for (const ms of [jst(1969, 12, 31, 10), jst(1969, 12, 31, 23, 59), jst(1969, 12, 31, 0, 0)]) {
      const e = thrown(() => compileOpeningHours(q).stateAt(ms));
      expect(e.message).toBe('at: Service days depend on holidays, which are computed for 1970–2099 only: 1969-12-31 is outside');
      expect(thrown(() => isOpen({ ...q, at: ms })).message).toBe(e.message);
    }
    // 1970-01-01 is 元日: closed all day, from its first minute.
    expect(compileOpeningHours(q).stateAt(jst(1970, 1, 1, 0, 0))).toBe('closed');
    expect(compileOpeningHours(q).stateAt(jst(1970, 1, 5, 9, 0))).toBe('open'); // Monday, after 年末年始 (12/29–1/3)
  });

  it('24時間365日 is open at every instant, also past the holiday law; the 001 option too', () => {
    const h = compileOpeningHours(allDay);
    for (const ms of [jst(2026, 1, 1, 0), jst(2026, 11, 22, 23, 59, 59, 999), jst(2150, 6, 1, 3), jst(1960, 6, 1, 3)]) {
      expect(h.stateAt(ms)).toBe('open');
      expect(h.isOpenAt(ms)).toBe(true);
    }
    const ext = compileOpeningHours({ planId: 'itss-light-anshin-1', channel: 'support', options: ['itss-light-time-extension'] });
    expect(ext.isOpenAt(jst(2026, 11, 22, 3))).toBe(true);
    expect(compileOpeningHours({ planId: 'itss-light-anshin-1', channel: 'support' }).isOpenAt(jst(2026, 11, 22, 3))).toBe(false);
  });

  it.each([
    ['NaN', Number.NaN, Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY, Number.POSITIVE_INFINITY],
    ['-Infinity', Number.NEGATIVE_INFINITY, Number.NEGATIVE_INFINITY],
    ['a string', '1795000000000', '1795000000000'],
    ['undefined', undefined, undefined],
  ])('%s is not an instant', (_what, ms, value) => {
    const h = compileOpeningHours(phone);
    for (const f of [h.stateAt, h.isOpenAt]) {
      const e = thrown(() => f(ms as never));
      expect(e).toBeInstanceOf(InvalidInputError);
      expect(e.path).toEqual(['at']);
      expect(e.message).toBe('at: Expected epoch milliseconds');
      expect(e.details).toEqual({ value });
    }
  });

  it('a bad unknownAs is refused when compiling', () => {
    const e = thrown(() => compileOpeningHours({ ...phone, unknownAs: 'y' as never }));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['unknownAs'], "unknownAs: Expected 'error', 'open' or 'closed'", { value: 'y' }]);
  });
});

describe('listServiceChannels', () => {
  it('002: phone and FAX, every field', () => {
    expect(listServiceChannels('helpdesk-support')).toEqual([
      {
        id: 'phone',
        name: '電話による問合せ',
        factId: 'helpdesk-phone-hours',
        hoursKind: 'windows',
        optionIds: [],
        source: {
          document: '002_02cdcd368f477966.txt',
          passage: ['４．サポートの受付時間', '1 電話による問合せの受付時間は、土日祝祭日と当社の休業日（夏期、年末年始等）を除く、 月曜日から金曜日の午前 10:00 ～ 12:00、午後 13:00 ～ 17:00 とします。'],
        },
        knownFrom: '2018-11-01',
      },
      {
        id: 'fax-email-web',
        name: 'FAX、電子メール及びウェブによる問合せ',
        factId: 'helpdesk-fax-email-web-hours',
        hoursKind: 'always',
        optionIds: [],
        source: { document: '002_02cdcd368f477966.txt', passage: '2 FAX、電子メール及びウェブによる問合せは随時受け付けますが、サポートは当社の業務時間 内に行われるものとします。' },
        handledIn: 'phone',
        knownFrom: '2018-11-01',
      },
    ]);
  });

  it('001: the 時間延長 options that replace the hours; no handledIn or knownFrom', () => {
    const list = listServiceChannels('itss-light-anshin-1');
    expect(list.map((c) => [c.id, c.hoursKind, c.optionIds])).toEqual([
      ['support', 'windows', ['itss-light-time-extension', 'itss-standard-time-extension']],
      ['onsite-diagnosis', 'windows', ['itss-light-time-extension', 'itss-standard-time-extension']],
    ]);
    for (const c of list) {
      expect(c).not.toHaveProperty('handledIn');
      expect(c).not.toHaveProperty('knownFrom');
    }
    expect(listServiceChannels('ucom-remote-support').map((c) => c.hoursKind)).toEqual(['days-only']);
    expect(listServiceChannels('iij-mpc-management-entry').map((c) => [c.id, c.hoursKind])).toEqual([
      ['onsite-replacement', 'not-stated'],
      ['support', 'not-stated'],
    ]);
  });

  it('refuses a catalog not made by loadCatalog and an unknown plan', () => {
    const e = thrown(() => listServiceChannels('helpdesk-support', {} as never));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['catalog'], 'catalog: Expected a catalog made by loadCatalog()', { kind: 'catalog', loader: 'loadCatalog' }]);
    expect(thrown(() => listServiceChannels('nope')).path).toEqual(['planId']);
  });
});
