/** Bad input on every public entry point of the area module: typed errors with code and path. */
// @ts-nocheck

import { describe, expect, it } from 'vitest';
import { CatalogValidationError, classifyArea, findMunicipality, getMunicipality, isValidMunicipalityCode, parseMunicipalityCode, resolveMunicipality } from '../../src/index.js';
import { loadAreaData } from '../../src/schemas/index.js';
import municipalitiesJson from '../../fixtures/municipalities.json';
import areasJson from '../../fixtures/areas.json';
import { ON, editedCatalog, thrown } from './helpers.js';

describe('classifyArea: bad input', () => {
  const cases: Array<[string, unknown, string, ReadonlyArray<string | number>]> = [
    ['not an object', 'tokyo', 'invalid_input', []],
    ['null', null, 'invalid_input', []],
    ['an array', [], 'invalid_input', []],
    ['no address and no code', { on: ON }, 'invalid_input', []],
    ['unknown key', { address: '千代田区', on: ON, municipality_code: '131016' }, 'invalid_input', ['municipality_code']],
    ['address not a string', { address: 131016, on: ON }, 'invalid_input', ['address']],
    ['empty address', { address: '  ', on: ON }, 'invalid_input', ['address']],
    ['address of a prefecture only', { address: '東京都', on: ON }, 'invalid_input', ['address']],
    ['district not a string', { municipalityCode: '131016', district: 1, on: ON }, 'invalid_input', ['district']],
    ['code as a number (leading zeros lost)', { municipalityCode: 11002, on: ON }, 'invalid_input', ['municipalityCode']],
    ['code of 4 digits', { municipalityCode: '1310', on: ON }, 'invalid_input', ['municipalityCode']],
    ['code with a wrong check digit', { municipalityCode: '133613', on: ON }, 'invalid_input', ['municipalityCode']],
    ['on missing', { municipalityCode: '131016' }, 'invalid_input', ['on']],
    ['on not a date', { municipalityCode: '131016', on: 'tomorrow' }, 'invalid_input', ['on']],
    ['on an impossible date', { municipalityCode: '131016', on: '2026-02-30' }, 'invalid_input', ['on']],
    ['on out of range', { municipalityCode: '131016', on: '1800-01-01' }, 'out_of_range', ['on']],
    ['island not boolean', { municipalityCode: '131016', on: ON, island: 'yes' }, 'invalid_input', ['island']],
    ['mountainous not boolean', { municipalityCode: '131016', on: ON, mountainous: 1 }, 'invalid_input', ['mountainous']],
    ['islandScope unknown', { municipalityCode: '131016', on: ON, islandScope: 'all' }, 'invalid_input', ['islandScope']],
    ['unknown code (valid check digit)', { municipalityCode: '019992', on: ON }, 'not_found', ['municipalityCode']],
    ['unknown municipality', { address: '神奈川県三浦氏三崎町', on: ON }, 'not_found', ['address']],
    ['a name in several prefectures, no prefecture', { address: '府中市宮西町', on: ON }, 'invalid_input', ['address']],
    ['address and code disagree', { address: '三浦市', municipalityCode: '131016', on: ON }, 'conflict', ['municipalityCode']],
  ];
  it.each(cases)('%s', (_label, input, code, path) => {
    const e = thrown(() => classifyArea(input as never));
    expect(e.code).toBe(code);
    expect(e.path).toEqual(path);
  });

  it('an unknown municipality lists the closest names', () => {
    const e = thrown(() => classifyArea({ address: '神奈川県三浦氏三崎町', on: ON }));
    expect((e.details.closest as string[])[0]).toBe('三浦市 (神奈川県)');
    expect(e.message).toContain('三浦市');
  });
  it('a municipality under the wrong prefecture says where it is', () => {
    const e = thrown(() => classifyArea({ address: '東京都三浦市', on: ON }));
    expect(e.code).toBe('not_found');
    expect(e.message).toContain('三浦市 is in 神奈川県');
  });
  it('a wrong check digit names the right one', () => {
    const e = thrown(() => classifyArea({ municipalityCode: '133613', on: ON }));
    expect(e.details.expectedCheckDigit).toBe(2);
  });
  it('an unknown code lists the nearest codes of the same prefecture', () => {
    const e = thrown(() => classifyArea({ municipalityCode: '019992', on: ON }));
    expect((e.details.closest as string[]).length).toBeGreaterThan(0);
    expect((e.details.closest as string[]).every((n) => n.endsWith('(北海道)'))).toBe(true);
  });
  it('ambiguous names list their candidates with codes', () => {
    const e = thrown(() => classifyArea({ address: '府中市', on: ON }));
    expect((e.details.candidates as Array<{ code: string }>).map((c) => c.code)).toEqual(['132063', '342084']);
  });
  it('a catalog whose exceptions name an island the area data lacks is rejected with the path', () => {
    const cat = editedCatalog((docs) => {
      docs[0]!.areaRules.rules[1].when.island.exceptIslands[0].islandId = 'atlantis';
    });
    const e = thrown(() => classifyArea({ municipalityCode: '131016', on: ON, catalog: cat }));
    expect(e).toBeInstanceOf(CatalogValidationError);
    expect((e as CatalogValidationError).issues[0]!.path).toEqual(['documents', 0, 'areaRules', 'rules', 1, 'when', 'island', 'exceptIslands', 0, 'islandId']);
  });
});

describe('code helpers', () => {
  it('parseMunicipalityCode accepts 5 and 6 digits and full-width digits', () => {
    expect(parseMunicipalityCode('13361')).toBe('133612');
    expect(parseMunicipalityCode('133612')).toBe('133612');
    expect(parseMunicipalityCode('１３３６１２')).toBe('133612');
    expect(parseMunicipalityCode(' 07212 ')).toBe('072125');
  });
  it.each([['133613'], ['1336'], ['abcdef'], [''], ['1333612']])('parseMunicipalityCode(%s) throws invalid_input', (c) => {
    expect(thrown(() => parseMunicipalityCode(c)).path).toEqual(['municipalityCode']);
    expect(isValidMunicipalityCode(c)).toBe(false);
  });
  it('findMunicipality: undefined for an unknown code, throws for a malformed one', () => {
    expect(findMunicipality('019992')).toBeUndefined();
    expect(findMunicipality('142107')?.name).toBe('三浦市');
    expect(thrown(() => findMunicipality('142108')).path).toEqual(['code']);
  });
  it('getMunicipality: not_found for an unknown code', () => {
    expect(getMunicipality('011011')).toMatchObject({ name: '札幌市中央区', city: '札幌市', ward: '中央区', kana: 'さっぽろしちゅうおうく' });
    expect(thrown(() => getMunicipality('019992')).code).toBe('not_found');
    expect(thrown(() => getMunicipality(42 as never)).code).toBe('invalid_input');
  });
  it('resolveMunicipality: neither address nor code', () => {
    expect(thrown(() => resolveMunicipality({})).code).toBe('invalid_input');
  });
});

describe('loadAreaData: invalid data', () => {
  it('not an object', () => {
    expect(thrown(() => loadAreaData(null as never)).code).toBe('invalid_catalog');
  });
  it('a wrong check digit in the municipality table', () => {
    const m = structuredClone(municipalitiesJson);
    m.municipalities[3]!.code = '011038';
    const e = thrown(() => loadAreaData({ municipalities: m, areas: areasJson })) as CatalogValidationError;
    expect(e.issues[0]!.path).toEqual(['municipalities', 'municipalities', 3, 'code']);
  });
  it('an island municipality whose name does not match its code', () => {
    const a = structuredClone(areasJson);
    a.islandMunicipalities[0]!.municipality = '利尻町';
    const e = thrown(() => loadAreaData({ municipalities: municipalitiesJson, areas: a })) as CatalogValidationError;
    expect(e.issues.map((i) => i.path)).toEqual([['areas', 'islandMunicipalities', 0, 'municipality']]);
  });
  it('an unknown island id and lifts out of order', () => {
    const a = structuredClone(areasJson) as any;
    a.islandDistricts[0].islandId = 'atlantis';
    a.returnDifficultZones.municipalities[1].lifts.reverse();
    const e = thrown(() => loadAreaData({ municipalities: municipalitiesJson, areas: a })) as CatalogValidationError;
    expect(e.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining(['areas.islandDistricts.0.islandId', 'areas.returnDifficultZones.municipalities.1.lifts.1.date']),
    );
  });
  it('a code the municipality table lacks', () => {
    const a = structuredClone(areasJson) as any;
    a.returnDifficultZones.municipalities[0].municipalityCode = '019992';
    const e = thrown(() => loadAreaData({ municipalities: municipalitiesJson, areas: a })) as CatalogValidationError;
    expect(e.issues[0]!.path).toEqual(['areas', 'returnDifficultZones', 'municipalities', 0, 'municipalityCode']);
  });
});
