/**
 * A caller's postal-code table (`{ dataset, lookup }`): what its entries must be, and where a bad one is reported.
 * Found by an eighth attacker probe (2026-12-03): a bad municipality code in an entry was reported at
 * `['municipalityCode']`, a field the caller never gave; '24211' and '242110' (one municipality, 5- and 6-digit forms)
 * were refused as "several municipalities"; an entry for another postal code was used as it was.
 */
import { describe, expect, it } from 'vitest';
import { classifyArea, InvalidInputError, resolveMunicipality, resolvePostalCode, type PostalEntry, type PostalLookup } from '../../src/index.js';
import { postalCodes } from '../../src/postal/index.js';

const table = (entries: PostalEntry[]): PostalLookup => ({ dataset: { name: 'mine' }, lookup: () => entries });
const entry = (municipalityCode: string, postalCode = '5170002', town = '答志町'): PostalEntry => ({ postalCode, municipalityCode, town });

function refusal(f: () => unknown): { path: readonly (string | number)[]; message: string } {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(InvalidInputError);
    return { path: (e as InvalidInputError).path, message: (e as InvalidInputError).message };
  }
  throw new Error('not refused');
}

describe("a caller's postal-code table", () => {
  it('a wrong check digit in an entry is reported at the entry, by every entry point', () => {
    const postal = table([entry('242111')]);
    for (const f of [
      () => resolveMunicipality({ postalCode: '517-0002', postal }),
      () => classifyArea({ postalCode: '517-0002', postal, on: '2026-11-20' }),
      () => resolvePostalCode('517-0002', postal),
    ]) {
      const r = refusal(f);
      expect(r.path).toEqual(['postal', 'lookup', 0, 'municipalityCode']);
      expect(r.message).toContain('expected 242110');
    }
  });

  it('a municipality code that is not 5 or 6 digits is reported at the entry', () => {
    expect(refusal(() => resolvePostalCode('517-0002', table([entry('242110'), entry('abc')]))).path).toEqual(['postal', 'lookup', 1, 'municipalityCode']);
  });

  it("the 5- and 6-digit forms of one code are one municipality, and the answer's entries carry the 6-digit form", () => {
    const r = resolvePostalCode('517-0002', table([entry('24211'), entry('242110')]));
    expect(r.municipalityCode).toBe('242110');
    expect(r.entries.map((e) => e.municipalityCode)).toEqual(['242110', '242110']);
    expect(r.town).toBe('答志町');
    expect(resolveMunicipality({ postalCode: '517-0002', postal: table([entry('24211')]) }).municipality?.name).toBe('鳥羽市');
  });

  it('an entry for another postal code is refused, at its postalCode', () => {
    const r = refusal(() => resolvePostalCode('517-0002', table([entry('131016', '1000001', '千代田')])));
    expect(r.path).toEqual(['postal', 'lookup', 0, 'postalCode']);
    expect(r.message).toContain('lookup(5170002) returned an entry for "1000001"');
    expect(refusal(() => resolvePostalCode('517-0002', table([entry('242110', '517-0002')]))).path).toEqual(['postal', 'lookup', 0, 'postalCode']);
  });

  it("the bundled table's entries pass unchanged", () => {
    const r = resolvePostalCode('517-0002', postalCodes);
    expect(r.entries).toEqual(postalCodes.lookup('5170002'));
    expect(r.entries.every((e) => Object.isFrozen(e))).toBe(true);
  });
});
