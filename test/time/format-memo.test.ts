/**
 * formatJapanInstant keeps memos of recent date and time-of-day texts (issue 14): its text must equal an
 * independent formatting (Date's UTC fields of the instant shifted by nine hours) for any instant, in any
 * order, so that no memo slot can hand one instant another's text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatJapanInstant } from '../../src/time/japan.js';
import { formatIsoDate } from '../../src/time/civil.js';

const p = (n: number, w = 2) => String(n).padStart(w, '0');
function independent(ms: number): string {
  const d = new Date(ms + 9 * 3_600_000);
  const milli = d.getUTCMilliseconds();
  return `${p(d.getUTCFullYear(), 4)}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}${milli ? `.${p(milli, 3)}` : ''}+09:00`;
}

describe('formatJapanInstant with its memos', () => {
  it('equals an independent formatting for instants of 1952–2099 (whole minutes, seconds, milliseconds), in any order', () => {
    const instant = fc.integer({ min: Date.UTC(1952, 0, 1), max: Date.UTC(2099, 11, 31) });
    const arb = fc.oneof(instant, instant.map((x) => x - (x % 60_000)), instant.map((x) => x - (x % 1000)));
    fc.assert(
      fc.property(fc.array(arb, { minLength: 1, maxLength: 50 }), (xs) => {
        for (const x of xs) expect(formatJapanInstant(x)).toBe(independent(x));
      }),
      { numRuns: 2000 },
    );
  });
  it('every millisecond and second of a day, written from character codes, equals the independent text', () => {
    const midnight = Date.UTC(2026, 10, 19, 15); // 2026-11-20T00:00+09:00
    for (let ms = 0; ms < 1000; ms++) expect(formatJapanInstant(midnight + 86_399_000 + ms)).toBe(independent(midnight + 86_399_000 + ms));
    for (let s = 0; s < 86_400; s += 7) expect(formatJapanInstant(midnight + s * 1000 + 5)).toBe(independent(midnight + s * 1000 + 5));
  });
  it('formatIsoDate writes years 0–9999 as Date does (four digits from character codes, others padded)', () => {
    const day = fc.integer({ min: Date.parse('0000-01-01T00:00:00Z') / 86_400_000, max: Date.parse('9999-12-31T00:00:00Z') / 86_400_000 });
    fc.assert(
      fc.property(day, (d) => {
        const t = new Date(d * 86_400_000);
        expect(formatIsoDate(d)).toBe(`${p(t.getUTCFullYear(), 4)}-${p(t.getUTCMonth() + 1)}-${p(t.getUTCDate())}`);
      }),
      { numRuns: 5000 },
    );
  });
  it('slots shared by two seconds of the day (512 apart) each keep their own text', () => {
    const midnight = Date.UTC(2026, 10, 19, 15); // 2026-11-20T00:00+09:00
    for (const s of [0, 512, 1024, 0, 512]) expect(formatJapanInstant(midnight + s * 1000)).toBe(independent(midnight + s * 1000));
  });
});
