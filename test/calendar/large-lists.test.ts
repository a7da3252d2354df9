/**
 * Long lists within the documented limits (100,000 items) take time in proportion to their length (an attacker-style
 * probe, 2026-12-03): 100,000 holiday overrides in one year took about 380 s (each override copied its year's list),
 * 100,000 company closures made nextOpening across 70 years take about 13 s (each closure was tested on each day). The
 * closures are now merged into sorted spans that a month finds by binary search; the property below holds the days
 * they close to the plain reading (a day is closed when any closure contains it).
 *
 * The time bounds are generous guards against a quadratic regression (the calls take about a second here), not
 * benchmarks.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBusinessDay, nextOpening } from '../../src/index.js';
import { daysFromCivil } from '../../src/time/civil.js';
import { formatIsoDate } from '../../src/time/index.js';

const PHONE = { planId: 'helpdesk-support', channel: 'phone' } as const;

describe('100,000-item lists', () => {
  it('100,000 holiday overrides in one year', () => {
    const holidayOverrides = Array.from({ length: 100_000 }, (_, i) => ({ date: '2099-12-31', name: `x${i % 3}` }));
    expect(isBusinessDay({ ...PHONE, date: '2026-11-20', holidayOverrides } as never)).toBe(true);
    expect(isBusinessDay({ ...PHONE, date: '2099-12-31', holidayOverrides } as never)).toBe(false);
  }, 30_000);
  it('100,000 company closures, one of them 73 years long', () => {
    const closures = [{ start: '2026-11-20', end: '2099-12-30' }, ...Array.from({ length: 99_999 }, () => ({ start: '2099-12-31', end: '2099-12-31' }))];
    const r = nextOpening({ ...PHONE, at: '2026-11-20T10:00+09:00', closures } as never);
    expect(r.opensAt).toBeNull();
    expect(isBusinessDay({ ...PHONE, date: '2026-11-19', closures } as never)).toBe(true);
    expect(isBusinessDay({ ...PHONE, date: '2050-06-01', closures } as never)).toBe(false);
  }, 30_000);
});

describe('closures as merged spans close exactly the days some closure contains', () => {
  const base = daysFromCivil(2026, 1, 1);
  const day = (n: number) => formatIsoDate(base + n);
  it('any overlapping, touching, nested or repeated closures, any day of 2026–2027 (a weekday without a holiday is open unless closed)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 700 }), fc.integer({ min: 0, max: 40 })), { maxLength: 12 }),
        fc.integer({ min: 0, max: 729 }),
        (raw, d) => {
          const closures = raw.map(([s, len]) => ({ start: day(s), end: day(s + len) }));
          const withClosures = isBusinessDay({ ...PHONE, date: day(d), closures } as never);
          const without = isBusinessDay({ ...PHONE, date: day(d) } as never);
          const inSome = raw.some(([s, len]) => s <= d && d <= s + len);
          expect(withClosures).toBe(without && !inSome);
        },
      ),
      { numRuns: 400 },
    );
  });
});
