/**
 * The bundled postal-code table is shared by every caller of the process: a caller who changes its `lookup`
 * function's `call` (found by an attacker-style probe, 2026-12-03: classifyArea then answered 千代田区 for 鳥羽市's
 * 517-0002) changes nothing for another.
 */
import { describe, expect, it } from 'vitest';
import { classifyArea } from '../../src/index.js';
import { postalCodes } from '../../src/postal/index.js';

describe('the shared postal-code table', () => {
  it('its lookup function is frozen', () => {
    expect(Object.isFrozen(postalCodes)).toBe(true);
    expect(Object.isFrozen(postalCodes.lookup)).toBe(true);
    expect(() => {
      (postalCodes.lookup as unknown as { call: unknown }).call = () => [];
    }).toThrow(TypeError);
  });

  it("a caller's table whose lookup has its own `call` is called as a function, not through that `call`", () => {
    const lookup = Object.assign((code: string) => postalCodes.lookup(code), { call: () => [{ postalCode: '5170002', municipalityCode: '131016', town: 'x' }] });
    const r = classifyArea({ postalCode: '517-0002', postal: { dataset: { name: 'mine' }, lookup }, on: '2026-11-20' });
    expect(r.municipality?.name).toBe('鳥羽市');
  });
});
