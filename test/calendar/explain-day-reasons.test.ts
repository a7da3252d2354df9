/**
 * The reasons of a day word for word where the hours are not windows: 004 states support without hours
 * (「コントロールパネル、ドキュメント、およびサポートは日本語のみ提供します。」), 003 states the days only (「365日電話と遠隔操作で
 * サポートを行い」, interpretation calendar-003-hours-not-stated); and the interpretation cited for a 振替休日 on 002's
 * phone (「土日祝祭日と当社の休業日（夏期、年末年始等）を除く」: 祝祭日 read as every 休日, calendar-national-holidays), and the
 * 2018-11-01 revision cited for 002's fax/e-mail/web channel, which is handled in the phone hours.
 */
import { describe, expect, it } from 'vitest';
import { checkBusinessDay, explainOpen } from '../../src/calendar/index.js';
import { loadHolidayLaw } from '../../src/schemas/index.js';
import lawJson from '../../fixtures/holidays.json';
import { editedCatalog } from '../helpers/values.js';

const rulesOf = (v: { reasons: ReadonlyArray<{ rule: string }> }) => v.reasons.map((r) => r.rule);

describe('days without windows', () => {
  it('004: no hours stated, whether it is open is unknown', () => {
    const v = checkBusinessDay({ planId: 'iij-mpc-management-entry', channel: 'support', date: '2026-11-20' });
    expect(v.businessDay).toBe('unknown');
    expect(v.reasons.slice(1)).toEqual([
      {
        rule: 'calendar.hours-not-stated',
        message: 'The document states no service hours for サポート: whether it is open is unknown',
        source: { document: '004_d85cf5e759b78bed.txt', passage: 'コントロールパネル、ドキュメント、およびサポートは日本語のみ提供します。', note: 'Support is mentioned; its hours are not stated.' },
        factId: 'iij-support-hours',
        interpretation: 'calendar-hours-not-stated',
      },
    ]);
  });

  it('003: 365日, every day a service day, the hours of day not stated', () => {
    const v = checkBusinessDay({ planId: 'ucom-remote-support', channel: 'support', date: '2026-11-22' });
    const source = {
      document: '003_ffc254f782656f39.txt',
      passage: '365日電話と遠隔操作でサポートを行い',
      note: 'Every day is a service day; the hours of day are not stated (interpretation calendar-003-hours-not-stated).',
    };
    expect(v.reasons.slice(1)).toEqual([
      { rule: 'calendar.service-day', message: '365日: 2026-11-22 is a service day', source, factId: 'ucom-support-hours' },
      {
        rule: 'calendar.hours-not-stated',
        message: 'The hours of day are not stated: whether the channel is open at a given time is unknown',
        source,
        factId: 'ucom-support-hours',
        interpretation: 'calendar-003-hours-not-stated',
      },
    ]);
  });
});

describe('002', () => {
  it('a 振替休日 (2026-05-06) is closed as a 祝祭日, citing calendar-national-holidays', () => {
    const v = checkBusinessDay({ planId: 'helpdesk-support', channel: 'phone', date: '2026-05-06' });
    expect(v.businessDay).toBe(false);
    expect(v.reasons.at(-1)).toMatchObject({
      rule: 'calendar.national-holiday.closed',
      message: '2026-05-06 is a holiday (振替休日, substitute-holiday)',
      factId: 'substitute-nearest-non-holiday',
      interpretation: 'calendar-national-holidays',
    });
  });
  it('fax, e-mail and web are handled in the phone hours: the 2018-11-01 revision is cited for them too', () => {
    const v = checkBusinessDay({ planId: 'helpdesk-support', channel: 'fax-email-web', date: '2026-11-20' });
    expect(rulesOf(v)).toContain('calendar.hours-in-force');
    expect(v.reasons.find((r) => r.rule === 'calendar.hours-in-force')?.message).toBe('The stated hours are in force from 2018-11-01');
  });
});

describe('a holiday law of ours, covering 2000 on', () => {
  it('names 2026-11-23 勤労感謝の日 as the bundled law does', () => {
    const copy = structuredClone(lawJson) as any;
    copy.coverage.fromYear = 2000;
    const holidayLaw = loadHolidayLaw(copy);
    const v = checkBusinessDay({ planId: 'helpdesk-support', channel: 'phone', date: '2026-11-23', holidayLaw });
    expect(v.businessDay).toBe(false);
    expect(v.reasons.at(-1)).toMatchObject({ rule: 'calendar.national-holiday.closed', message: '2026-11-23 is a holiday (勤労感謝の日, national-holiday)', factId: 'kinro-kansha-no-hi' });
  });
});

describe("sense: 'accepted' on a handled channel", () => {
  it('002 fax/e-mail/web: accepted 随時 (at any time)', () => {
    const v = checkBusinessDay({ planId: 'helpdesk-support', channel: 'fax-email-web', sense: 'accepted', date: '2026-11-22' });
    expect(v.reasons.find((r) => r.rule === 'calendar.accepted')?.message).toBe("Answering for acceptance (sense: 'accepted'): 随時受け付け");
  });
  it('a handled channel whose own hours are windows: the reason says so instead of a description', () => {
    const catalog = editedCatalog((docs) => {
      const channels = docs.find((d) => d.document.id === 'helpdesk-support')!.schedules.channels;
      channels[1].hours = structuredClone(channels[0].hours);
    });
    const v = checkBusinessDay({ planId: 'helpdesk-support', channel: 'fax-email-web', sense: 'accepted', date: '2026-11-20', catalog });
    expect(v.reasons.find((r) => r.rule === 'calendar.accepted')?.message).toBe("Answering for acceptance (sense: 'accepted'): the channel’s own hours");
  });
});

describe('the first minute of a day, asked first of a schedule', () => {
  it("002 phone at 00:00 on a service day: outside 10:00–12:00, 13:00–17:00", () => {
    const catalog = editedCatalog(() => undefined);
    const v = explainOpen({ planId: 'helpdesk-support', channel: 'phone', at: '2026-11-20T00:00+09:00', catalog });
    expect(v.open).toBe(false);
    expect(v.reasons.at(-1)).toMatchObject({ rule: 'calendar.outside-window.closed', message: '00:00 is outside the hours 10:00–12:00, 13:00–17:00 (start inclusive, end exclusive)' });
  });
});
