/**
 * The area data (municipalities, islands, 帰還困難区域) validated once and indexed for
 * constant-time look-ups: by code, by folded name, by island name, districts by municipality.
 */
import { brandTable, ReadonlyMapView } from '../boundary/index.js';
import { CatalogValidationError, type Issue } from '../errors.js';
import { deepFreeze } from '../data/frozen.js';
import type { Source } from '../catalog/primitives.js';
import { japanMidnight, parseIsoDate } from '../time/index.js';
import { daysFromCivil } from '../time/civil.js';
import { placeKey } from './normalize.js';
import { areasData } from './areas.data.js';
import { municipalitiesJson } from './municipalities.data.js';
import { decodeMunicipalities, type CompactMunicipalities } from './municipalities-codec.js';
import type {
  AreasFixture,
  IslandDesignation,
  IslandMunicipalityRecord,
  IslandRecord,
  MunicipalitiesFixture,
  MountainVillageRecord,
  ReturnDifficultZoneRecord,
  ZoneDistrictRecord,
} from './schema.js';

/**
 * A municipality as the area module answers it.
 * @example getMunicipality('011011') //=> { code: '011011', code5: '01101', prefecture: '北海道', name: '札幌市中央区', kana: 'さっぽろしちゅうおうく', city: '札幌市', ward: '中央区' }
 */
export interface Municipality {
  /** 6-digit 全国地方公共団体コード with check digit. */
  readonly code: string;
  /** The 5-digit form (without the check digit). */
  readonly code5: string;
  readonly prefecture: string;
  /** Name as written in addresses: `札幌市中央区` for a ward. */
  readonly name: string;
  /** Reading (hiragana), without the dataset's space. */
  readonly kana: string;
  /** For a ward of a designated city: the city (`札幌市`). */
  readonly city?: string;
  /** For a ward of a designated city: the ward (`中央区`). */
  readonly ward?: string;
}

/**
 * An island municipality's islands, resolved.
 * @example bundledAreaData().index.islandMunicipalityByCode.get('133639')?.restIsland?.name //=> '新島'
 */
export interface IslandMunicipalityIndexEntry {
  readonly record: IslandMunicipalityRecord;
  readonly islands: readonly IslandRecord[];
  readonly restIsland: IslandRecord | undefined;
}

/**
 * A district prefix (folded) of a municipality that lies on an island.
 * @example bundledAreaData().index.islandDistrictsByCode.get('142107')?.[0]?.island.name //=> '城ヶ島'
 */
export interface IslandDistrictIndexEntry {
  readonly key: string;
  readonly district: string;
  readonly island: IslandRecord;
  readonly source: IslandDistrictSourceRef;
}

/**
 * The district record an entry comes from.
 * @example bundledAreaData().index.islandDistrictsByCode.get('142051')?.[0]?.source.municipality //=> '藤沢市'
 */
export type IslandDistrictSourceRef = AreasFixture['islandDistricts'][number];

/**
 * A zone municipality with its lift instants precomputed.
 * @example bundledAreaData().index.zoneByCode.get('075469')?.liftInstants.length //=> 2
 */
export interface ZoneIndexEntry {
  readonly record: ReturnDifficultZoneRecord;
  /** Epoch ms (Japan time) of each lift, in order. */
  readonly liftInstants: readonly number[];
  readonly designatedInstant: number | undefined;
  readonly fullyLiftedInstant: number | undefined;
  /** Districts with zone data, longest key first (empty when none recorded). */
  readonly districts: readonly ZoneDistrictIndexEntry[];
  /** First instant of a municipal lift no district records (e.g. the 2020 station areas): after it a wholly designated district may be partly lifted. */
  readonly firstUnattributedLift: number | undefined;
}

/**
 * A zone district (大字・行政区) with its lift instants.
 * @example bundledAreaData().index.zoneByCode.get('075451')?.districts.find((d) => d.record.district === '大川原')?.record.zone //=> 'never'
 */
export interface ZoneDistrictIndexEntry {
  /** Folded district name, matched as a prefix of the address's district part. */
  readonly key: string;
  readonly record: ZoneDistrictRecord;
  /** Epoch ms (Japan time) of each lift, in order. */
  readonly liftInstants: readonly number[];
}

/**
 * An island name usable at the municipality position of an address (伊豆大島, 式根島 …).
 * @example bundledAreaData().index.islandAliasByKey.get('伊豆大島')?.municipalities[0]?.code //=> '133612'
 */
export interface IslandAddressAlias {
  readonly island: IslandRecord;
  /** Municipalities the island belongs to (wholly or by district). */
  readonly municipalities: readonly Municipality[];
}

/**
 * Look-up tables built once.
 * @example bundledAreaData().index.byCode5.get('13361')?.name //=> '大島町'
 */
export interface AreaIndex {
  readonly byCode: ReadonlyMap<string, Municipality>;
  readonly byCode5: ReadonlyMap<string, Municipality>;
  /** Folded name (`札幌市中央区`, `三浦市`) → municipalities of that name (several prefectures). */
  readonly byNameKey: ReadonlyMap<string, readonly Municipality[]>;
  /** Folded island name → alias. */
  readonly islandAliasByKey: ReadonlyMap<string, IslandAddressAlias>;
  /** Longest key length in byNameKey/islandAliasByKey (characters). */
  readonly maxNameKeyLength: number;
  /** First two characters of a name or island key → the key lengths starting so, longest first. */
  readonly nameKeyLengthsByPrefix: ReadonlyMap<string, readonly number[]>;
  /** Folded prefecture name (`東京都`) → prefecture. */
  readonly prefectureByKey: ReadonlyMap<string, string>;
  /** Distinct lengths of prefecture keys, longest first. */
  readonly prefectureKeyLengths: readonly number[];
  readonly islandById: ReadonlyMap<string, IslandRecord>;
  readonly islandMunicipalityByCode: ReadonlyMap<string, IslandMunicipalityIndexEntry>;
  /** District prefixes by municipality code, longest key first. */
  readonly islandDistrictsByCode: ReadonlyMap<string, readonly IslandDistrictIndexEntry[]>;
  readonly zoneByCode: ReadonlyMap<string, ZoneIndexEntry>;
  readonly designationById: ReadonlyMap<string, IslandDesignation>;
  /** First instant after the zone data's as-of month (Japan time). */
  readonly zoneDataValidUntil: number;
  /** The zone data's as-of month (YYYY-MM). */
  readonly zoneDataAsOf: string;
  /** Source of the zone table as a whole. */
  readonly zoneSource: Source;
  /** 振興山村 entries by municipality code. */
  readonly mountainByCode: ReadonlyMap<string, readonly MountainVillageRecord[]>;
}

/**
 * Validated area data with its indexes. Build with `loadAreaData`; the bundled one is {@link bundledAreaData}.
 * @example bundledAreaData().municipalities.length //=> 1916
 */
export interface AreaData {
  readonly municipalities: readonly Municipality[];
  readonly dataset: MunicipalitiesFixture['dataset'];
  readonly areas: AreasFixture;
  readonly index: AreaIndex;
}

/**
 * Input of `loadAreaData`: the two fixtures' JSON.
 * @example loadAreaData({ municipalities: JSON.parse(muniText), areas: JSON.parse(areasText) })
 */
export interface AreaDataInput {
  /** `fixtures/municipalities.json` content. */
  readonly municipalities: unknown;
  /** `fixtures/areas.json` content. */
  readonly areas: unknown;
}

let bundled: AreaData | undefined;

/**
 * The bundled area data (fixtures/municipalities.json and fixtures/areas.json, validated by their
 * schemas when the data modules were generated), indexed on first use and memoised.
 * @example bundledAreaData().municipalities.length //=> 1916
 */
export function bundledAreaData(): AreaData {
  // The municipality rows are decoded straight from the stored text: buildAreaData makes (and freezes) its own records.
  if (bundled === undefined) {
    const stored = municipalitiesJson() as MunicipalitiesFixture | CompactMunicipalities;
    bundled = buildAreaData('byPrefecture' in stored ? decodeMunicipalities(stored) : stored, areasData());
  }
  return bundled;
}

/**
 * Builds the frozen area data and its indexes from validated fixtures (internal), cross-checking the codes.
 * @throws {CatalogValidationError} an area record names an unknown code or the wrong name
 */
export function buildAreaData(muniFixture: MunicipalitiesFixture, areas: AreasFixture): AreaData {
  const municipalities: Municipality[] = [];
  const byCode = new Map<string, Municipality>();
  const byNameKey = new Map<string, Municipality[]>();
  const prefectureByKey = new Map<string, string>();
  let maxNameKeyLength = 0;
  const addName = (key: string, mun: Municipality) => {
    const list = byNameKey.get(key);
    if (list) list.push(mun);
    else byNameKey.set(key, [mun]);
    if (key.length > maxNameKeyLength) maxNameKeyLength = key.length;
  };
  let lastPrefecture: string | undefined;
  for (const r of muniFixture.municipalities) {
    const space = r.name.indexOf(' ');
    const kana = SPACE.test(r.kana) ? r.kana.replace(SPACES, '') : r.kana;
    let mun: Municipality;
    if (space > 0) {
      const city = r.name.slice(0, space);
      const ward = r.name.slice(space + 1).trim();
      mun = { code: r.code, code5: r.code.slice(0, 5), prefecture: r.prefecture, name: city + ward, kana, city, ward };
    } else {
      mun = { code: r.code, code5: r.code.slice(0, 5), prefecture: r.prefecture, name: r.name, kana };
    }
    Object.freeze(mun); // strings only, so frozen deeply
    municipalities.push(mun);
    byCode.set(mun.code, mun);
    addName(placeKey(mun.name), mun);
    if (r.prefecture !== lastPrefecture) {
      lastPrefecture = r.prefecture;
      const pk = placeKey(r.prefecture);
      if (!prefectureByKey.has(pk)) prefectureByKey.set(pk, r.prefecture);
    }
  }

  const issues: Issue[] = [];
  const muniAt = (code: string, name: string, path: (string | number)[]): Municipality | undefined => {
    const mun = byCode.get(code);
    if (!mun) {
      issues.push({ code: 'custom', path: ['areas', ...path, 'municipalityCode'], message: `Unknown municipality code ${code}` });
      return undefined;
    }
    if (placeKey(mun.name) !== placeKey(name)) {
      issues.push({ code: 'custom', path: ['areas', ...path, 'municipality'], message: `Code ${code} is ${mun.name}, not ${name}` });
    }
    return mun;
  };

  const islandById = new Map(areas.islands.map((i) => [i.id, i] as const));
  const islandMunicipalityByCode = new Map<string, IslandMunicipalityIndexEntry>();
  const islandMunicipalitiesOf = new Map<string, Municipality[]>();
  areas.islandMunicipalities.forEach((rec, i) => {
    const mun = muniAt(rec.municipalityCode, rec.municipality, ['islandMunicipalities', i]);
    const islands = rec.islandIds.map((id) => islandById.get(id)!);
    islandMunicipalityByCode.set(
      rec.municipalityCode,
      Object.freeze({
        record: rec,
        islands: Object.freeze(islands),
        restIsland: rec.restIslandId === undefined ? undefined : islandById.get(rec.restIslandId),
      }),
    );
    if (mun) for (const isl of islands) pushTo(islandMunicipalitiesOf, isl.id, mun);
  });

  const islandDistrictsByCode = new Map<string, IslandDistrictIndexEntry[]>();
  const islandDistrictOf = new Map<string, { mun: Municipality }[]>();
  areas.islandDistricts.forEach((rec, i) => {
    const mun = muniAt(rec.municipalityCode, rec.municipality, ['islandDistricts', i]);
    const island = islandById.get(rec.islandId)!;
    for (const d of rec.districts) {
      pushTo(islandDistrictsByCode, rec.municipalityCode, Object.freeze({ key: placeKey(d), district: d, island, source: rec }));
    }
    if (mun) pushTo(islandDistrictOf, island.id, { mun });
  });
  for (const list of islandDistrictsByCode.values()) Object.freeze(list.sort((x, y) => y.key.length - x.key.length));

  // Island names usable at the municipality position of an address.
  const islandAliasByKey = new Map<string, IslandAddressAlias>();
  const aliasCount = new Map<string, number>();
  for (const isl of areas.islands) {
    for (const k of new Set([isl.name, ...(isl.aliases ?? [])].map(placeKey))) aliasCount.set(k, (aliasCount.get(k) ?? 0) + 1);
  }
  for (const isl of areas.islands) {
    if (isl.matchAsAddress === false) continue;
    const munis = [...(islandMunicipalitiesOf.get(isl.id) ?? [])];
    for (const d of islandDistrictOf.get(isl.id) ?? []) if (!munis.includes(d.mun)) munis.push(d.mun);
    const alias: IslandAddressAlias = Object.freeze({ island: isl, municipalities: Object.freeze(munis) });
    if (alias.municipalities.length === 0) continue;
    for (const n of [isl.name, ...(isl.aliases ?? [])]) {
      const key = placeKey(n);
      if (aliasCount.get(key)! > 1 || byNameKey.has(key)) continue;
      islandAliasByKey.set(key, alias);
      if (key.length > maxNameKeyLength) maxNameKeyLength = key.length;
    }
  }

  const zoneByCode = new Map<string, ZoneIndexEntry>();
  areas.returnDifficultZones.municipalities.forEach((rec, i) => {
    muniAt(rec.municipalityCode, rec.municipality, ['returnDifficultZones', 'municipalities', i]);
    const districts = (rec.districts ?? [])
      .map((d): ZoneDistrictIndexEntry => Object.freeze({ key: placeKey(d.district), record: d, liftInstants: Object.freeze(d.lifts.map((l) => instantOf(l.date, l.time))) }))
      .sort((x, y) => y.key.length - x.key.length);
    const attributed = new Set((rec.districts ?? []).flatMap((d) => d.lifts.map((l) => l.date)));
    const unattributed = rec.lifts.filter((l) => !attributed.has(l.date)).map((l) => instantOf(l.date, l.time));
    zoneByCode.set(
      rec.municipalityCode,
      Object.freeze({
        record: rec,
        liftInstants: Object.freeze(rec.lifts.map((l) => instantOf(l.date, l.time))),
        designatedInstant: rec.designatedOn ? instantOf(rec.designatedOn.date, undefined) : undefined,
        fullyLiftedInstant: rec.fullyLiftedOn ? instantOf(rec.fullyLiftedOn.date, undefined) : undefined,
        districts: Object.freeze(districts),
        firstUnattributedLift: unattributed.length > 0 ? Math.min(...unattributed) : undefined,
      }),
    );
  });
  const mountainByCode = new Map<string, MountainVillageRecord[]>();
  (areas.mountainVillages?.entries ?? []).forEach((rec, i) => {
    muniAt(rec.municipalityCode, rec.municipality, ['mountainVillages', 'entries', i]);
    pushTo(mountainByCode, rec.municipalityCode, rec);
  });
  for (const list of mountainByCode.values()) Object.freeze(list);
  if (issues.length > 0) throw new CatalogValidationError(issues);
  deepFreeze(areas); // the records the index holds (already frozen when bundled)

  const asOf = areas.returnDifficultZones.dataAsOf;
  const y = Number(asOf.slice(0, 4));
  const mo = Number(asOf.slice(5, 7));
  const zoneDataValidUntil = japanMidnight(mo === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, mo + 1, 1));

  // Tables no call reads (the 5-digit codes, the name-key lengths): built when first read.
  const nameKeyLengthsByPrefix = () => {
    const lengthsByPrefix = new Map<string, Set<number>>();
    for (const k of [...byNameKey.keys(), ...islandAliasByKey.keys()]) {
      const p2 = k.slice(0, 2);
      const set = lengthsByPrefix.get(p2) ?? new Set<number>();
      set.add(k.length);
      lengthsByPrefix.set(p2, set);
    }
    return new Map([...lengthsByPrefix].map(([p2, set]) => [p2, Object.freeze([...set].sort((x, y) => y - x))] as const));
  };
  let byCode5View: ReadonlyMap<string, Municipality> | undefined;
  let lengthsView: ReadonlyMap<string, readonly number[]> | undefined;
  const prefectureKeyLengths = Object.freeze([...new Set([...prefectureByKey.keys()].map((k) => k.length))].sort((p, q) => q - p));
  for (const list of byNameKey.values()) Object.freeze(list); // frozen municipalities only
  // Every value below is frozen as it is made (or is a frozen record of the areas); each map is shown through a read-only view.
  const view = <K, V>(m: Map<K, V>): ReadonlyMap<K, V> => new ReadonlyMapView(m);
  const index: AreaIndex = Object.freeze({
    byCode: view(byCode),
    get byCode5() {
      return (byCode5View ??= view(new Map(municipalities.map((m) => [m.code5, m] as const))));
    },
    byNameKey: view(byNameKey),
    islandAliasByKey: view(islandAliasByKey),
    maxNameKeyLength,
    get nameKeyLengthsByPrefix() {
      return (lengthsView ??= view(nameKeyLengthsByPrefix()));
    },
    prefectureByKey: view(prefectureByKey),
    prefectureKeyLengths,
    islandById: view(islandById),
    islandMunicipalityByCode: view(islandMunicipalityByCode),
    islandDistrictsByCode: view(islandDistrictsByCode),
    zoneByCode: view(zoneByCode),
    designationById: view(new Map(areas.designations.map((d) => [d.id, d] as const))),
    zoneDataValidUntil,
    zoneDataAsOf: asOf,
    zoneSource: areas.returnDifficultZones.source,
    mountainByCode: view(mountainByCode),
  });
  return brandTable(Object.freeze({ municipalities: Object.freeze(municipalities), dataset: deepFreeze(muniFixture.dataset), areas, index }), 'area data');
}


const SPACE = /\s/;
const SPACES = /\s+/g;

function instantOf(date: string, time: string | undefined): number {
  const day = parseIsoDate(date);
  if (time === undefined) return japanMidnight(day);
  const minutes = Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
  return japanMidnight(day) + minutes * 60_000;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}
