/** `support-contract-rules area` through runCli with a fake CliIO. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/run.js';
import { fakeIO } from '../helpers/cli.js';

describe('support-contract-rules area', () => {
  it('classifies an address as a table with the reasons and their passages', async () => {
    const t = fakeIO();
    expect(await runCli(['area', '東京都小笠原村父島', '--on', '2026-11-22'], t.io)).toBe(0);
    expect(t.out()).toContain('東京都小笠原村 (134210)');
    expect(t.out()).toContain('父島 (ogasawara)');
    expect(t.out()).toMatch(/office-anshin-support\s+oas-area-night-maintenance\s+night-maintenance-may-be-unavailable/);
    expect(t.out()).toContain('島嶼部や山間部等の一部エリア');
  });
  it('shows an exception island', async () => {
    const t = fakeIO();
    expect(await runCli(['area', '三浦市三崎町城ヶ島', '--on', '2026-11-22'], t.io)).toBe(0);
    expect(t.out()).toContain('exception in office-anshin-support (城ヶ島)');
    expect(t.out()).toContain('No area restriction.');
  });
  it('--code with --json prints the result object', async () => {
    const t = fakeIO();
    expect(await runCli(['area', '--code', '07546', '--on', '2022-08-30', '--json'], t.io)).toBe(0);
    const r = JSON.parse(t.out());
    expect(r.municipality.code).toBe('075469');
    expect(r.zone.liftsSoFar.map((l: { date: string }) => l.date)).toEqual(['2020-03-04', '2022-08-30']);
  });
  it('--island / --mountainous / --island-scope pass the caller\'s knowledge', async () => {
    const t = fakeIO();
    expect(await runCli(['area', '--code', '131016', '--on', '2026-11-22', '--mountainous', '--format', 'json'], t.io)).toBe(0);
    expect(JSON.parse(t.out()).restrictions[0].triggers).toEqual(['mountainous']);
    const u = fakeIO();
    expect(await runCli(['area', '沖縄県那覇市', '--on', '2026-11-22', '--island-scope', 'designated-remote-island', '--json'], u.io)).toBe(0);
    expect(JSON.parse(u.out()).restricted).toBe(false);
  });
  it('--input with an array prints one row per site; stdin with -', async () => {
    const input = JSON.stringify([
      { address: '東京都千代田区丸の内1-1', on: '2026-11-22' },
      { municipalityCode: '075477', on: '2023-04-01' },
    ]);
    const t = fakeIO({ '-': input });
    expect(await runCli(['area', '-'], t.io)).toBe(0);
    expect(t.out()).toMatch(/東京都千代田区丸の内1-1\s+東京都千代田区\s+none recorded\s+none\s+—/);
    expect(t.out()).toMatch(/075477\s+福島県浪江町\s+none recorded\s+partially-lifted\s+office-anshin-support: maintenance-may-be-unavailable/);
  });
  it('an error in an --input array names the item; the array does not fail whole', async () => {
    const t = fakeIO({ 'in.json': JSON.stringify([{ municipalityCode: '131016', on: '2026-11-22' }, { municipalityCode: '133613', on: '2026-11-22' }]) });
    expect(await runCli(['area', 'in.json', '--json'], t.io)).toBe(1);
    const [first, summary] = t.err().trimEnd().split('\n');
    expect(JSON.parse(first!)).toMatchObject({ index: 1, error: { code: 'invalid_input', path: [1, 'municipalityCode'] } });
    expect(summary).toBe('area: 2 elements, 1 answers, 1 errors');
    const out = JSON.parse(t.out()) as Array<Record<string, unknown>>;
    expect(out[0]).toMatchObject({ municipality: { code: '131016' } });
    expect(out[1]).toMatchObject({ index: 1, error: { code: 'invalid_input', path: [1, 'municipalityCode'] } });
  });
  it('an unknown municipality exits 1 with the closest names', async () => {
    const t = fakeIO();
    expect(await runCli(['area', '神奈川県三浦氏', '--on', '2026-11-22'], t.io)).toBe(1);
    expect(t.err()).toContain('error [not_found] address');
    expect(t.err()).toContain('三浦市 (神奈川県)');
  });
  it.each([
    [['area', '--on', '2026-11-22']],
    [['area', '三浦市']],
    [['area', 'a', 'b', '--on', '2026-11-22']],
    [['area', '三浦市', '--on', '2026-11-22', '--island', '--not-island']],
    [['area', '三浦市', '--on', '2026-11-22', '--format', 'xml']],
    [['area', '--bogus']],
  ])('usage errors exit 2: %j', async (argv) => {
    const t = fakeIO();
    expect(await runCli(argv, t.io)).toBe(2);
    expect(t.err()).toContain('Usage: support-contract-rules area');
  });
  it('--help prints the usage', async () => {
    const t = fakeIO();
    expect(await runCli(['area', '--help'], t.io)).toBe(0);
    expect(t.out()).toContain('--island-scope');
  });
});
