/**
 * compileOpeningHours reads each instant's Japan-time day with a floor division: an instant before 1970-01-01 belongs
 * to the day before, outside the holiday law's years (1970–2099), and is refused like isOpen refuses it, whatever was
 * read before. (The day was computed with `| 0`, which rounds towards zero: after a 1970 instant had been read,
 * 1969-12-31 10:00 JST was answered from 1970-01-01's row, 'unknown' / false.)
 */
import { describe, expect, it } from 'vitest';
import { compileOpeningHours, isOpen } from '../../src/calendar/index.js';
import { OutOfRangeError } from '../../src/errors.js';
import { thrown } from '../helpers/values.js';

const light = { planId: 'itss-light-anshin-1', channel: 'support' } as const;
const JST = 9 * 3_600_000;
const at1970 = Date.UTC(1970, 0, 5, 9, 0) - JST; // 1970-01-05 09:00 JST, a Monday
const at1969 = Date.UTC(1969, 11, 31, 10, 0) - JST; // 1969-12-31 10:00 JST

const refusal = (f: () => unknown): OutOfRangeError => thrown(f, OutOfRangeError);

describe('compileOpeningHours before 1970', () => {
  it('1969-12-31 10:00 JST is refused after a 1970 instant was read, as isOpen refuses it', () => {
    const h = compileOpeningHours(light);
    expect(h.stateAt(at1970)).toBe('open');
    const byIsOpen = refusal(() => isOpen({ ...light, at: at1969 }));
    for (const f of [() => h.stateAt(at1969), () => h.isOpenAt(at1969)]) {
      const e = refusal(f);
      expect(e.code).toBe('out_of_range');
      expect(e.message).toBe(byIsOpen.message.replace(/^[a-z]+: /, e.message.split(': ')[0] + ': '));
    }
  });
  it('and before any other read', () => {
    expect(refusal(() => compileOpeningHours(light).stateAt(at1969)).code).toBe('out_of_range');
  });
  it('1970-01-01 00:00 JST, the first minute of the table, is read from its own day (元日: closed)', () => {
    const h = compileOpeningHours(light);
    expect(h.stateAt(at1970)).toBe('open');
    expect(h.stateAt(Date.UTC(1970, 0, 1, 0, 0) - JST)).toBe('closed');
  });
});
