/**
 * The memo of plain queries' compiled schedules (src/calendar/schedule.ts, issue 12) keeps each catalog's schedules
 * apart: a catalog loaded and asked about first inside a test (so that its table is made there) never answers a
 * later question about the bundled catalog, once the recent-query ring has moved on, and the other way round.
 */
import { describe, expect, it } from 'vitest';
import { isOpen } from '../../src/calendar/index.js';
import { flushRecentSchedules } from '../helpers/schedule-ring.js';
import { editedCatalog } from '../helpers/values.js';

const flush = flushRecentSchedules;

/** 000's 平日 support opens at 09:30 (bundled); the edited catalogs open it at 09:00. */
const early = () =>
  editedCatalog((docs) => {
    const channel = docs.flatMap((d) => d.schedules?.channels ?? []).find((c: { id: string; hours: { kind: string; heijitsu?: boolean } }) => c.id === 'support' && c.hours.kind === 'windows' && c.hours.heijitsu === true);
    channel.hours.windows = [{ start: '09:00', end: '17:30' }];
  });
const q = { planId: 'oas-plan-a', channel: 'support', at: '2026-11-20T09:15' }; // a Friday

describe('the plain-query memo keeps catalogs apart', () => {
  it('a catalog first asked about here does not answer for the bundled catalog', () => {
    expect(isOpen(q)).toBe(false);
    const catalog = early();
    expect(isOpen({ ...q, catalog })).toBe(true);
    flush();
    expect(isOpen(q)).toBe(false);
    expect(isOpen({ ...q, catalog })).toBe(true);
    flush();
    expect(isOpen({ ...q, catalog })).toBe(true);
    expect(isOpen(q)).toBe(false);
  });
  it('nor for another catalog', () => {
    const a = early();
    const b = editedCatalog(() => {});
    expect(isOpen({ ...q, catalog: a })).toBe(true);
    expect(isOpen({ ...q, catalog: b })).toBe(false);
    flush();
    expect(isOpen({ ...q, catalog: a })).toBe(true);
    flush();
    expect(isOpen({ ...q, catalog: b })).toBe(false);
  });
});
