/** The `hours` CLI command, through runCli with a fake CliIO. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fakeIO } from '../helpers/cli.js';

describe('support-contract-rules hours', () => {
  it('answers open with the window and reasons', async () => {
    const f = fakeIO();
    expect(await runCli(['hours', '--plan', 'helpdesk-support', '--channel', 'phone', '--at', '2026-11-20T10:30'], f.io)).toBe(0);
    expect(f.out()).toContain('helpdesk-support phone at 2026-11-20T10:30:00+09:00: OPEN');
    expect(f.out()).toContain('window 2026-11-20T10:00:00+09:00 – 2026-11-20T12:00:00+09:00');
    expect(f.out()).toContain('[calendar.in-window]');
  });
  it('answers closed with the closing rule and the next opening', async () => {
    const f = fakeIO();
    expect(await runCli(['hours', '--plan', 'itss-light-anshin-1', '--channel', 'support', '--at', '2026-12-29T10:00'], f.io)).toBe(0);
    expect(f.out()).toContain(': CLOSED');
    expect(f.out()).toContain('[calendar.year-end.closed]');
    expect(f.out()).toContain('next opening: 2027-01-04T09:00:00+09:00');
  });
  it('takes options, closures, year end and sense', async () => {
    const f = fakeIO();
    await runCli(['hours', '--plan', 'itss-light-anshin-1', '--channel', 'support', '--at', '2026-12-29T03:00', '--option', 'itss-light-time-extension', '--json'], f.io);
    expect(JSON.parse(f.out())).toMatchObject({ open: true, next: null });
    const g = fakeIO();
    await runCli(['hours', '--plan', 'helpdesk-support', '--channel', 'phone', '--at', '2026-08-13T10:00', '--closure', '2026-08-13:2026-08-14:夏期休業', '--json'], g.io);
    expect(JSON.parse(g.out())).toMatchObject({ open: false, next: { opensAt: '2026-08-17T10:00:00+09:00' } });
    const h = fakeIO();
    await runCli(['hours', '--plan', 'helpdesk-support', '--channel', 'phone', '--at', '2026-12-29T10:00', '--year-end', 'none', '--json'], h.io);
    expect(JSON.parse(h.out()).open).toBe(true);
    const k = fakeIO();
    await runCli(['hours', '--plan', 'helpdesk-support', '--channel', 'fax-email-web', '--at', '2026-11-21T03:00', '--sense', 'accepted', '--json'], k.io);
    expect(JSON.parse(k.out())).toMatchObject({ open: true, accepted: true });
  });
  it('says UNKNOWN where the document does not state hours', async () => {
    const f = fakeIO();
    expect(await runCli(['hours', '--plan', 'ucom-remote-support', '--channel', 'support', '--at', '2026-11-20T10:00'], f.io)).toBe(0);
    expect(f.out()).toContain(': UNKNOWN');
    expect(f.out()).toContain('next opening: unknown');
  });
  it('reads the question as JSON from a file or stdin', async () => {
    const f = fakeIO({ '-': JSON.stringify({ planId: 'oas-plan-a', channel: 'contract-desk', at: '2026-11-23T10:00', heijitsu: 'includes-holidays' }) });
    expect(await runCli(['hours', '-', '--json'], f.io)).toBe(0);
    expect(JSON.parse(f.out()).open).toBe(true);
  });
  it('lists channels and holidays', async () => {
    const f = fakeIO();
    await runCli(['hours', '--plan', 'helpdesk-support', '--channels'], f.io);
    expect(f.out()).toMatch(/phone\s+電話による問合せ\s+windows/);
    expect(f.out()).toContain('handled in phone');
    const g = fakeIO();
    await runCli(['hours', '--holidays', '2021', '--json'], g.io);
    expect(JSON.parse(g.out()).holidays.map((h: { date: string }) => h.date)).toContain('2021-08-09');
  });
  it('reports errors with code and path, and usage errors with exit code 2', async () => {
    const f = fakeIO();
    expect(await runCli(['hours', '--plan', 'helpdesk-support', '--channel', 'support', '--at', '2026-11-20T10:00', '--json'], f.io)).toBe(1);
    expect(JSON.parse(f.err()).error).toMatchObject({ code: 'not_found', path: ['channel'] });
    const g = fakeIO();
    expect(await runCli(['hours', '--plan', 'helpdesk-support', '--channel', 'phone', '--at', '2026-02-30T10:00'], g.io)).toBe(1);
    expect(g.err()).toContain('error [invalid_input] at:');
    const h = fakeIO();
    expect(await runCli(['hours', '--plan', 'helpdesk-support'], h.io)).toBe(2);
    const k = fakeIO();
    expect(await runCli(['hours', '--bogus'], k.io)).toBe(2);
    const m = fakeIO();
    expect(await runCli(['hours', '--holidays', '2100'], m.io)).toBe(1);
    expect(m.err()).toContain('out_of_range');
    const n = fakeIO({ 'q.json': '{nope' });
    expect(await runCli(['hours', 'q.json'], n.io)).toBe(2);
    const p = fakeIO();
    expect(await runCli(['hours', '--help'], p.io)).toBe(0);
    expect(p.out()).toContain('Usage: support-contract-rules hours');
  });
});
