// @ts-nocheck
import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.js';

describe('cli: catalog', () => {
  it('prints every plan as a table with fee and tax basis', async () => {
    const r = await cli(['catalog']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/oas-plan-a\s+プラン A\s+3,900円\s+税抜/);
    expect(r.out).toMatch(/itss-light-anshin-1\s+ライトあんしんプラン1\s+2,200円\s+税込/);
    expect(r.out).toContain('(end date not stated)');
  });
  it('--on filters to the plans on sale and --json is machine-readable', async () => {
    const r = await cli(['catalog', '--on', '2020-09-01', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out) as { plans: Array<{ id: string; monthlyFeeYen: number | null; taxBasis: string | null }> };
    const ids = json.plans.map((p) => p.id);
    expect(ids).not.toContain('itss-standard-anshin-1');
    expect(ids).not.toContain('itss-legacy-standard-1');
    expect(ids).toContain('itss-light-anshin-1');
    expect(json.plans.find((p) => p.id === 'ucom-remote-support')).toMatchObject({ monthlyFeeYen: 500, taxBasis: 'tax-excluded' });
  });
  it('a bad date is a typed error with exit code 1', async () => {
    const r = await cli(['catalog', '--on', '2026-02-30', '--json']);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err)).toMatchObject({ error: { code: 'invalid_input', path: ['on'] } });
  });
  it('an unknown flag is a usage error (exit 2)', async () => {
    const r = await cli(['catalog', '--bogus']);
    expect(r.code).toBe(2);
  });
  it('unknown command and help', async () => {
    expect((await cli(['nope'])).code).toBe(2);
    const h = await cli(['--help']);
    expect(h.code).toBe(0);
    expect(h.out).toContain('catalog');
  });
});
