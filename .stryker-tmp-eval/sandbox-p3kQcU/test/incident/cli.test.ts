/** The `incident` CLI command, through runCli with a fake CliIO. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fakeIO } from '../helpers/cli.js';

const events = JSON.stringify([
  { type: 'accepted', at: '2026-11-20T10:00+09:00' },
  { type: 'support-reply', at: '2026-11-20T15:00+09:00' },
]);

describe('incident status', () => {
  it('prints the state and close time as a table', async () => {
    const f = fakeIO({ 'e.json': events });
    expect(await runCli(['incident', 'status', 'e.json', '--at', '2026-11-22T12:00+09:00'], f.io)).toBe(0);
    expect(f.out()).toContain('awaiting-customer');
    expect(f.out()).toContain('2026-11-26T00:00:00+09:00');
    expect(f.out()).toContain('incident.period.civil-code');
  });
  it('JSON from stdin with an object input, --policy elapsed, --json', async () => {
    const f = fakeIO({ '-': JSON.stringify({ events: JSON.parse(events), at: '2026-11-22T12:00+09:00' }) });
    expect(await runCli(['incident', 'status', '-', '--policy', 'elapsed', '--json'], f.io)).toBe(0);
    expect(JSON.parse(f.out())).toMatchObject({ state: 'awaiting-customer', closesAt: '2026-11-25T15:00:00+09:00', policy: 'elapsed' });
  });
  it('a library error: exit 1 with code and path in JSON', async () => {
    const bad = JSON.stringify([{ type: 'accepted', at: '2026-11-20T10:00+09:00' }, { type: 'escalated', at: '2026-11-20T11:00+09:00' }]);
    const f = fakeIO({ 'e.json': bad });
    expect(await runCli(['incident', 'status', 'e.json', '--at', '2026-11-22T00:00', '--format', 'json'], f.io)).toBe(1);
    expect(JSON.parse(f.err()).error).toMatchObject({ code: 'invalid_input', path: ['events', 1, 'type'] });
  });
  it('usage errors: exit 2', async () => {
    for (const argv of [
      ['incident'],
      ['incident', 'status'],
      ['incident', 'frobnicate'],
      ['incident', 'status', '--bogus'],
      ['incident', 'notice', '--last-day', '2026-12-31', '--format', 'xml'],
      ['incident', 'out-of-hours', '--minutes', 'lots', '--cause', 'customer-side'],
    ]) {
      const f = fakeIO({ 'e.json': 'not json' });
      expect(await runCli(argv, f.io), argv.join(' ')).toBe(2);
    }
    const f = fakeIO({ 'e.json': 'not json' });
    expect(await runCli(['incident', 'status', 'e.json', '--at', '2026-11-22T00:00'], f.io)).toBe(2);
    expect(f.err()).toContain('not valid JSON');
  });
  it('--help', async () => {
    const f = fakeIO();
    expect(await runCli(['incident', '--help'], f.io)).toBe(0);
    expect(f.out()).toContain('out-of-hours');
  });
});

describe('incident out-of-hours, notice, cancel', () => {
  it('out-of-hours estimate says 目安', async () => {
    const f = fakeIO();
    expect(await runCli(['incident', 'out-of-hours', '--minutes', '45', '--cause', 'customer-convenience', '--topic', 'setup-check'], f.io)).toBe(0);
    expect(f.out()).toContain('6,000円 (目安)');
    const j = fakeIO();
    expect(await runCli(['incident', 'out-of-hours', '--minutes=-5', '--cause', 'customer-side', '--json'], j.io)).toBe(1);
    expect(JSON.parse(j.err()).error.path).toEqual(['durationMinutes']);
  });
  it('notice', async () => {
    const f = fakeIO();
    expect(await runCli(['incident', 'notice', '--last-day', '2027-03-31', '--given-on', '2027-03-01', '--json'], f.io)).toBe(0);
    expect(JSON.parse(f.out())).toMatchObject({ latestNoticeDay: '2027-02-28', sufficient: false });
  });
  it('cancel', async () => {
    const f = fakeIO();
    expect(await runCli(['incident', 'cancel', '--accepted-at', '2026-11-20T15:00+09:00', '--at', '2026-11-20T18:00+09:00'], f.io)).toBe(0);
    expect(f.out()).toContain('2026-11-20');
    expect(f.out()).toMatch(/support at --at\s+false/);
    const e = fakeIO();
    expect(await runCli(['incident', 'cancel', '--json'], e.io)).toBe(1);
    expect(JSON.parse(e.err()).error.path).toEqual(['acceptedAt']);
  });
});

describe('incident --closure and business days', () => {
  it('status --policy business-days with a closure', async () => {
    const f = fakeIO({ 'e.json': events });
    expect(
      await runCli(['incident', 'status', 'e.json', '--at', '2026-11-21T00:00+09:00', '--policy', 'business-days', '--closure', '2026-11-24..2026-11-25', '--json'], f.io),
    ).toBe(0);
    expect(JSON.parse(f.out()).closesAt).toBe('2026-12-03T00:00:00+09:00');
  });
  it('out-of-hours inside a closure is outside hours; a malformed closure is a usage error', async () => {
    const f = fakeIO();
    expect(await runCli(['incident', 'out-of-hours', '--minutes', '20', '--cause', 'customer-side', '--at', '2026-08-13T11:00', '--closure', '2026-08-12..2026-08-16', '--json'], f.io)).toBe(0);
    expect(JSON.parse(f.out())).toMatchObject({ outsideHours: true, estimatedYen: 3000 });
    const g = fakeIO();
    expect(await runCli(['incident', 'out-of-hours', '--minutes', '20', '--cause', 'customer-side', '--closure', '2026-08-12'], g.io)).toBe(2);
  });
});
