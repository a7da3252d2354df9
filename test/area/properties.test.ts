/** Invariants of the municipality index and classifyArea (fast-check). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledAreaData, classifyArea, resolveMunicipality } from '../../src/index.js';
import { ON, thrown } from './helpers.js';

const data = bundledAreaData();
const all = data.municipalities;
const countByName = new Map<string, number>();
// A designated city's ward may be written by its own name too (「中央区」 of 札幌市中央区): Tokyo's 中央区 is then not unique.
for (const m of all) for (const n of new Set([m.name, m.ward ?? m.name])) countByName.set(n, (countByName.get(n) ?? 0) + 1);

describe('every municipality resolves to itself', () => {
  it('by 6-digit code, by 5-digit code, and by prefecture + name', () => {
    for (const m of all) {
      expect(resolveMunicipality({ municipalityCode: m.code }).municipality).toBe(m);
      expect(resolveMunicipality({ municipalityCode: m.code5 }).municipality).toBe(m);
      expect(resolveMunicipality({ address: `${m.prefecture}${m.name}1-2-3` }).municipality, m.name).toBe(m);
    }
  });
  it('by name alone when the name is unique nationwide', () => {
    for (const m of all) if (countByName.get(m.name) === 1) expect(resolveMunicipality({ address: m.name }).municipality, m.name).toBe(m);
  });
});

const toFullWidth = (s: string) => s.replace(/[0-9A-Za-z-]/g, (c) => (c === '-' ? '－' : String.fromCharCode(c.charCodeAt(0) + 0xfee0)));

describe('address spelling does not change the answer', () => {
  it('full-width digits, inserted spaces and an optional postcode', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...all),
        fc.array(fc.nat(12), { maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        (m, spaceAt, fullWidth, postcode) => {
          let address = `${m.prefecture}${m.name}1-2-3`;
          for (const i of spaceAt) address = `${address.slice(0, i)}${i % 2 ? '　' : ' '}${address.slice(i)}`;
          if (fullWidth) address = toFullWidth(address);
          if (postcode) address = `〒123-4567 ${address}`;
          expect(resolveMunicipality({ address }).municipality).toBe(m);
        },
      ),
      { numRuns: 400 },
    );
  });
});

describe('check digits', () => {
  it('any other last digit is rejected with the path of the code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.integer({ min: 1, max: 9 }), (m, delta) => {
        const bad = m.code5 + String((Number(m.code[5]) + delta) % 10);
        const e = thrown(() => classifyArea({ municipalityCode: bad, on: ON }));
        expect([e.code, e.path]).toEqual(['invalid_input', ['municipalityCode']]);
      }),
      { numRuns: 300 },
    );
  });
});

describe('classifyArea invariants', () => {
  const zoneCodes = [...data.index.zoneByCode.keys()];
  it('zone status never goes back in time: lifts so far only grow, mayBeInZone holds while no full lift is recorded', () => {
    fc.assert(
      fc.property(fc.constantFrom(...zoneCodes), fc.date({ min: new Date('2012-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }), fc.nat(3000), (code, d, days) => {
        const a = classifyArea({ municipalityCode: code, on: d });
        const b = classifyArea({ municipalityCode: code, on: new Date(d.getTime() + days * 86_400_000) });
        expect(b.zone.liftsSoFar.length).toBeGreaterThanOrEqual(a.zone.liftsSoFar.length);
        expect(a.zone.mayBeInZone && b.zone.mayBeInZone).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
  it('restricted ⇔ some restriction; every restriction cites its document; every reason names a rule', () => {
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.option(fc.boolean(), { nil: undefined }), fc.option(fc.boolean(), { nil: undefined }), (m, island, mountainous) => {
        const r = classifyArea({ municipalityCode: m.code, on: ON, island, mountainous });
        expect(r.restricted).toBe(r.restrictions.length > 0);
        expect(r.restrictions).toEqual(r.documents.flatMap((d) => d.restrictions));
        for (const x of r.restrictions) expect(x.source.document).toBe(x.document);
        for (const x of r.reasons) expect(x.rule).toMatch(/^area\./);
        if (island === false) expect(r.restrictions.every((x) => !x.triggers.includes('island'))).toBe(true);
        if (mountainous === true) expect(r.restrictions.some((x) => x.ruleId === 'oas-area-night-maintenance')).toBe(true);
        // Municipalities without island, island-district, zone or 振興山村 data have no restriction unless the caller says so.
        const known = data.index.islandMunicipalityByCode.has(m.code) || data.index.islandDistrictsByCode.has(m.code) || data.index.zoneByCode.has(m.code) || data.index.mountainByCode.has(m.code);
        if (!known && island !== true && mountainous !== true) {
          expect(r.restricted).toBe(false);
        }
      }),
      { numRuns: 500 },
    );
  });
});
