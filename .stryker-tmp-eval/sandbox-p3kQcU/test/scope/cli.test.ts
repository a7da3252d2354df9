// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

describe('cli: scope', () => {
  it('line: Bフレッツ is restricted, with the passage', async () => {
    const r = await cli(['scope', 'line', '--plan', 'itss-light-anshin-1', '--line', 'Bフレッツ']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('NOT OK: restricted');
    expect(r.out).toContain('※Bフレッツ回線では一部提供可能プランが限られます。');
  });
  it('line --json with the provider contract', async () => {
    const r = await cli(['scope', 'line', '--plan', 'oas-plan-a', '--line', 'フレッツ 光ライトプラス', '--provider-contract', 'true', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out);
    expect(json).toMatchObject({ ok: true, verdict: 'eligible' });
    expect(json.notices[0].kind).toBe('metered-traffic');
  });
  it('features: the Android column', async () => {
    const r = await cli(['scope', 'features', '--plan', 'itss-light-anshin-1', '--os', 'Android']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/外部記憶制御\s+android\s+partial \(SDカードのみ\)/);
  });
  it('licences: devices and a count', async () => {
    const a = await cli(['scope', 'licences', '--plan', 'oas-plan-a', '--device', 'Windows:pc', '--device', 'iOS:smartphone', '--json']);
    expect(JSON.parse(a.out)).toMatchObject({ ok: true, verdict: 'within-limit', deviceCount: 2, deviceLimit: 3 });
    const b = await cli(['scope', 'licences', '--plan', 'oas-plan-a', '--count', '4']);
    expect(b.out).toContain('NOT OK: over-limit');
  });
  it('software, hardware, tool', async () => {
    expect((await cli(['scope', 'software', '--plan', 'ucom-remote-support', '--name', 'Outlook', '--version', '2007'])).out).toContain('OK: supported');
    expect((await cli(['scope', 'hardware', '--plan', 'ucom-remote-support', '--name', 'WH822N'])).out).toContain('OK: supported');
    expect((await cli(['scope', 'tool', '--plan', 'itss-light-anshin-1', '--tool', 'it-management-tool', '--os', 'Mac'])).out).toContain('NOT OK: not-supported');
  });
  it('check: an environment from stdin', async () => {
    const subject = { kind: 'environment', os: { name: 'MacOS', version: '10.4.9', language: 'ja', cpuArchitecture: 'intel' } };
    const r = await cli(['scope', 'check', '--plan', 'ucom-remote-support', '-', '--json'], JSON.stringify(subject));
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out).verdict).toBe('not-supported');
  });
  it('errors: a typed error exits 1 with code and path; usage errors exit 2', async () => {
    const bad = await cli(['scope', 'software', '--plan', 'ucom-remote-support', '--name', 'Outlook', '--version', 'latest', '--json']);
    expect(bad.code).toBe(1);
    expect(JSON.parse(bad.err).error).toMatchObject({ code: 'invalid_input', path: ['subject', 'version'] });
    const unknown = await cli(['scope', 'features', '--plan', 'itss-light-anshin-1', '--os', 'Linux']);
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('not_found');
    expect((await cli(['scope', 'line', '--line', 'フレッツ光'])).code).toBe(2);
    expect((await cli(['scope', 'teleport', '--plan', 'oas-plan-a'])).code).toBe(2);
    expect((await cli(['scope', 'line', '--plan', 'oas-plan-a', '--line', 'x', '--reaches-internet', 'maybe'])).code).toBe(2);
    expect((await cli(['scope', 'licences', '--plan', 'oas-plan-a', '--count', 'three'])).code).toBe(2);
    expect((await cli(['scope', 'check', '--plan', 'ucom-remote-support', '-'], '{not json')).code).toBe(2);
    expect((await cli(['scope', '--bogus'])).code).toBe(2);
  });
  it('--help', async () => {
    const r = await cli(['scope', '--help']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('Usage: support-contract-rules scope');
  });
});
