/**
 * Reading quota events (src/quota/events.ts): each refusal with its path, message and details, the limits of
 * `questions` (1 to 10,000), the counting rules' use of `questions` (000/001 count an inquiry once, 002 per
 * question; a plan without a counting rule once), and duplicate ids also after the id table hands over to a Map.
 */
import { describe, expect, it } from 'vitest';
import { ContractRulesError } from '../../src/errors.js';
import { evaluateQuota, type QuotaEvent } from '../../src/quota/index.js';

const AT = '2026-11-02T10:00';
const quota = (events: unknown, planId = 'oas-plan-a') => evaluateQuota({ contract: { planId }, month: '2026-11', events: events as QuotaEvent[] });

function errorOf(f: () => unknown): ContractRulesError {
  try {
    f();
  } catch (e) {
    if (e instanceof ContractRulesError) return e;
    throw e;
  }
  throw new Error('expected a typed error');
}

describe('refusals: path, message and details', () => {
  it('events not a list', () => {
    const e = errorOf(() => quota(5));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['events'], 'events: Expected an array of events { id, at, questions? }', { value: 5 }]);
  });
  it.each([
    ['null', null],
    ['a number', 7],
    ['a list', []],
  ])('an event that is %s', (_, value) => {
    const e = errorOf(() => quota([{ id: 'a', at: AT }, value]));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['events', 1], 'events[1]: Expected an event { id, at, questions? }', { value }]);
  });
  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['a number', 3],
  ])('an id that is %s', (_, id) => {
    const e = errorOf(() => quota([{ id, at: AT }]));
    expect([e.code, e.path, e.message, e.details]).toEqual(['invalid_input', ['events', 0, 'id'], 'events[0].id: Expected a non-empty event id string', { value: id }]);
  });
  it.each([0, 10_001, 2.5, '2'])('questions %s', (questions) => {
    const e = errorOf(() => quota([{ id: 'a', at: AT, questions }]));
    expect([e.code, e.path, e.message, e.details]).toEqual([
      'invalid_input',
      ['events', 0, 'questions'],
      'events[0].questions: Expected a whole number of questions from 1 to 10000',
      { value: questions },
    ]);
  });
});

describe('questions', () => {
  it('10,000 questions are accepted: 10,000 incidents under 002 (仕様書 1.1–1.3), one inquiry under 000', () => {
    expect(quota([{ id: 'a', at: AT, questions: 10_000 }], 'helpdesk-support').used).toBe(10_000);
    expect(quota([{ id: 'a', at: AT, questions: 10_000 }]).used).toBe(1);
  });
  it('one question is not "several": no reason about uncounted questions under 000', () => {
    const rules = (events: QuotaEvent[]) => quota(events).reasons.map((r) => r.rule);
    expect(rules([{ id: 'a', at: AT }])).not.toContain('quota.questions-not-counted');
    expect(rules([{ id: 'a', at: AT, questions: 1 }])).not.toContain('quota.questions-not-counted');
    expect(rules([{ id: 'a', at: AT, questions: 2 }])).toContain('quota.questions-not-counted');
  });
  it('a plan whose document records no counting rule counts each event once, whatever its questions', () => {
    const r = quota([{ id: 'a', at: AT, questions: 3 }, { id: 'b', at: AT }], 'ucom-remote-support');
    expect(r.used).toBe(2);
    expect(r.reasons.map((x) => x.rule)).toEqual(expect.arrayContaining(['quota.counting-default', 'quota.questions-not-counted']));
  });
});

/** FNV-1a, the hash of the id table: to make ids that fall in the same slot, so that it hands over to a Map. */
function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let j = 0; j < s.length; j++) h = Math.imul(h ^ s.charCodeAt(j), 0x01000193);
  return h;
}
/** 300 ids in one slot of the 1,024 of a table for 300 events: the hand-over happens before the 100th. */
const colliding: string[] = [];
for (let k = 0; colliding.length < 300; k++) if ((fnv(`c${k}`) & 1023) === 7) colliding.push(`c${k}`);

describe('duplicate ids around the hand-over to a Map', () => {
  it.each([
    ['the first event, repeated after the hand-over', 0, 299],
    ['an event added after the hand-over, repeated later', 250, 299],
  ])('%s', (_, first, at) => {
    const events = colliding.map((id): QuotaEvent => ({ id, at: AT }));
    events[at] = { id: colliding[first]!, at: AT };
    const e = errorOf(() => quota(events.slice(0, at + 1), 'oas-plan-b'));
    expect([e.code, e.path, e.details]).toEqual(['conflict', ['events', at, 'id'], { id: colliding[first], firstIndex: first }]);
  });
});

describe('order of events when instants span too much for the typed-array key (the comparator sorts)', () => {
  it('chronological first, ids only for ties', () => {
    const r = evaluateQuota({
      contract: { planId: 'oas-plan-a' },
      month: '2026-11',
      events: [
        { id: 'a', at: '2199-12-31T23:59' },
        { id: 'c', at: '1952-01-01T00:00' },
        { id: 'b', at: '2199-12-31T23:59' },
      ],
    });
    expect(r.trace.map((t) => t.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('order of events too far apart for the typed-array key (1,200 events over 248 years: the comparator sorts)', () => {
  it('chronological first, ids only among equal instants', () => {
    const events: QuotaEvent[] = Array.from({ length: 1200 }, (_, i) => ({ id: `e${String(1199 - i).padStart(4, '0')}`, at: i % 2 === 0 ? '2199-12-31T23:59' : '1952-01-01T00:00' }));
    const r = evaluateQuota({ contract: { planId: 'oas-plan-a' }, month: '2026-11', events });
    const byId = (a: string, b: string) => (a < b ? -1 : 1);
    const early = events.filter((_, i) => i % 2 === 1).map((e) => e.id).sort(byId);
    const late = events.filter((_, i) => i % 2 === 0).map((e) => e.id).sort(byId);
    expect(r.trace.map((t) => t.id)).toEqual([...early, ...late]);
  });
});
