/**
 * The sources each on-site reason cites (000 §②訪問故障切り分けサポート), and a plan whose document has no quota
 * section at all (003).
 */
import { describe, expect, it } from 'vitest';
import { checkOnsiteVisit } from '../../src/quota/index.js';
import { textOf } from '../helpers/passage.js';

const notIsolated = { triedPhoneOrRemote: true, faultIsolated: false };

describe('on-site reasons cite their passages', () => {
  const v = checkOnsiteVisit({ contract: { planId: 'oas-plan-a' }, at: '2026-11-20T10:00', previousVisits: [], diagnosis: notIsolated });
  const byRule = (rule: string) => v.reasons.find((r) => r.rule === rule)!;
  it('offered: the eligibility passage (月1回までを上限に), the rule as its fact', () => {
    const offered = byRule('onsite.offered');
    expect(offered.factId).toBe('oas-onsite-fault-isolation');
    expect(textOf(offered.source?.passage)).toContain('月1回までを上限に、訪問にて故障箇所の切り分けを行います');
  });
  it('the monthly count: the 1回/月(暦月)まで passage, read by interpretation quota-onsite-month-count', () => {
    const count = byRule('onsite.within-monthly-limit');
    expect(count.interpretation).toBe('quota-onsite-month-count');
    expect(textOf(count.source?.passage)).toContain('1回/月(暦月)まで');
  });
  it('remote support could not isolate: the condition passage (切り分けができなかった場合のみ)', () => {
    const remote = byRule('onsite.remote-could-not-isolate');
    expect(remote.factId).toBe('oas-onsite-fault-isolation');
    expect(textOf(remote.source?.passage)).toContain('故障箇所の切り分けができなかった場合のみ');
  });
});

describe('a plan whose document has no quota section', () => {
  it('is refused as not offered, in its document', () => {
    const v = checkOnsiteVisit({ contract: { planId: 'ucom-remote-support' }, at: '2026-11-20T10:00', previousVisits: [], diagnosis: notIsolated });
    expect(v.allowed).toBe(false);
    expect(v.limitPerMonth).toBeNull();
    const why = v.reasons.find((r) => r.rule === 'onsite.not-offered.blocked')!;
    expect(why.message).toMatch(/has no on-site fault-isolation visit in its document$/);
    expect(why.factId).toBe('ucom-remote-support');
  });
});

describe('a calendar setting refused by the hours look-up', () => {
  const visit = (calendar: unknown) => () =>
    checkOnsiteVisit({ contract: { planId: 'oas-plan-a' }, at: '2026-11-20T10:00', previousVisits: [], diagnosis: notIsolated, calendar } as never);
  it('keeps its error class, under `calendar`', () => {
    expect(visit({ holidayOverrides: [{ date: '2300-01-01', name: 'x' }] })).toThrow(
      expect.objectContaining({ name: 'OutOfRangeError', path: ['calendar', 'holidayOverrides', 0, 'date'] }),
    );
    expect(visit({ closures: [{ start: '2026-11-25', end: '2026-11-20' }] })).toThrow(expect.objectContaining({ name: 'ConflictError', path: ['calendar', 'closures', 0, 'end'] }));
    expect(visit({ heijitsu: 'x' })).toThrow(expect.objectContaining({ name: 'InvalidInputError', path: ['calendar', 'heijitsu'] }));
  });
});
