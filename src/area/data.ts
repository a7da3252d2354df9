/**
 * The area data (municipalities, islands, 帰還困難区域) validated once and indexed for
 * constant-time look-ups: by code, by folded name, by island name, districts by municipality.
 */
import { brandTable, LazyMapView, own, ReadonlyMapView } from '../boundary/index.js';
import { CatalogValidationError, type Issue } from '../errors.js';
import { deepFreeze } from '../data/frozen.js';
import type { Source } from '../catalog/primitives.js';
import { japanMidnight, parseIsoDate } from '../time/index.js';
import { daysFromCivil } from '../time/civil.js';
import { placeKey } from './normalize.js';
import { areasData } from './areas.data.js';
import { municipalitiesJson } from './municipalities.data.js';
import { decodeColumns, type CompactMunicipalities } from './municipalities-codec.js';
import { MunicipalityCodeMap, MunicipalityTable } from './municipality-table.js';
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
  /** The record's other districts (not on the island) whose folded names begin with `key`: an address in one is not this district. */
  readonly others: readonly OtherDistrictIndexEntry[];
}

/**
 * A 町字 that begins with an island district's name but is not on the island, folded.
 * @example bundledAreaData().index.islandDistrictsByCode.get('042056')?.find((e) => e.district === '田尻')?.others[0]?.key //=> '田尻沢'
 */
export interface OtherDistrictIndexEntry {
  readonly key: string;
  readonly record: NonNullable<IslandDistrictSourceRef['otherDistricts']>[number];
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
  // The municipality rows are read straight from the stored columns: a record is made when a call reaches it. The
  // codes the area fixture names were cross-checked when the data modules were generated (and by the tests).
  if (bundled === undefined) {
    const stored = municipalitiesJson() as MunicipalitiesFixture | CompactMunicipalities;
    bundled =
      'byPrefecture' in stored
        ? buildFromTable(MunicipalityTable.fromColumns(decodeColumns(stored)), stored.dataset, areasData(), false)
        : buildAreaData(stored, areasData());
  }
  return bundled;
}

/**
 * Builds the frozen area data and its indexes from validated fixtures (internal), cross-checking the codes.
 * @throws {CatalogValidationError} an area record names an unknown code or the wrong name
 */
export function buildAreaData(muniFixture: MunicipalitiesFixture, areas: AreasFixture): AreaData {
  return buildFromTable(MunicipalityTable.fromFixture(muniFixture), muniFixture.dataset, areas, true);
}

/** What ends at a folded name in the names' trie (src/area/trie.ts): municipalities, or an island alias. */
export type NameEntry = readonly [key: string, municipalities: readonly Municipality[] | undefined, alias: IslandAddressAlias | undefined];

/** The names of an index by the first UTF-16 unit of their folded form, each branch made when first asked for (internal). */
export interface NameBranches {
  /** Folded prefecture name → prefecture. */
  readonly prefectureByKey: ReadonlyMap<string, string>;
  /** The municipality names and island aliases whose folded form starts with `c` (undefined: none). */
  branch(c: number): readonly NameEntry[] | undefined;
}

const nameBranchesOf = new WeakMap<AreaIndex, NameBranches>();

/** The name branches of an index built by this module (internal: src/area/trie.ts). */
export function nameBranches(idx: AreaIndex): NameBranches {
  return nameBranchesOf.get(idx)!;
}

const NO_OTHERS: readonly OtherDistrictIndexEntry[] = Object.freeze([]);

/** The code of the designated city a ward's code belongs to, else undefined (from the table's names: no record read). */
function cityCodeOf(table: MunicipalityTable, code: string): string | undefined {
  const row = table.rowOf(code);
  const city = row < 0 ? -1 : table.cityRowOf(row);
  return city < 0 ? undefined : table.record(city).code;
}

function buildFromTable(table: MunicipalityTable, dataset: MunicipalitiesFixture['dataset'], areas: AreasFixture, crossCheck: boolean): AreaData {
  const prefectureByKey = new Map<string, string>();
  for (const p of table.prefectures) {
    const pk = placeKey(p);
    if (!prefectureByKey.has(pk)) prefectureByKey.set(pk, p);
  }
  const byCodeMap = new MunicipalityCodeMap(table);

  // The first unit of each row's folded name (found once, for all rows, without folding the names); each branch's lists
  // of municipalities by folded name, made on first use.
  let firstUnits: Int32Array | undefined;
  const listsByFirst = new Map<number, Map<string, Municipality[]>>();
  const namesStarting = (c: number): Map<string, Municipality[]> => {
    let lists = listsByFirst.get(c);
    if (lists === undefined) {
      lists = new Map();
      firstUnits ??= table.firstUnits(); // an empty name: -1, in no branch (as no address character reaches it)
      for (let row = 0; row < table.count; row++) {
        if (firstUnits[row] !== c) continue;
        const key = table.key(row);
        const list = lists.get(key);
        if (list) list.push(table.record(row));
        else lists.set(key, [table.record(row)]);
      }
      // A ward named without its city (「中央区天神」) is that name's too: with Tokyo's 中央区 and the other cities'
      // 中央区, a name several prefectures share (refused without the prefecture, as docs/areas.md says).
      for (const [first, row] of table.wardRows()) {
        if (first !== c) continue;
        const key = table.wardKey(row);
        const list = lists.get(key);
        if (list) list.push(table.record(row));
        else lists.set(key, [table.record(row)]);
      }
      for (const list of lists.values()) Object.freeze(list); // frozen municipalities only
      listsByFirst.set(c, lists);
    }
    return lists;
  };
  const hasName = (key: string): boolean => key.length > 0 && namesStarting(key.charCodeAt(0)).has(key);

  const issues: Issue[] = [];
  const check = (code: string, name: string, path: (string | number)[]): void => {
    if (!crossCheck) return;
    const row = table.rowOf(code);
    if (row < 0) {
      issues.push({ code: 'custom', path: ['areas', ...path, 'municipalityCode'], message: `Unknown municipality code ${code}` });
    } else if (table.key(row) !== placeKey(name)) {
      issues.push({ code: 'custom', path: ['areas', ...path, 'municipality'], message: `Code ${code} is ${table.record(row).name}, not ${name}` });
    }
  };

  const islandById = new Map(areas.islands.map((i) => [i.id, i] as const));
  const islandMunicipalityByCode = new Map<string, IslandMunicipalityIndexEntry>();
  /** Island id → codes of the municipalities it belongs to (wholly, then by district), in the order the records give. */
  const islandCodesOf = new Map<string, string[]>();
  const islandDistrictCodesOf = new Map<string, string[]>();
  areas.islandMunicipalities.forEach((rec, i) => {
    check(rec.municipalityCode, rec.municipality, ['islandMunicipalities', i]);
    const islands = rec.islandIds.map((id) => islandById.get(id)!);
    islandMunicipalityByCode.set(
      rec.municipalityCode,
      Object.freeze({
        record: rec,
        islands: Object.freeze(islands),
        restIsland: rec.restIslandId === undefined ? undefined : islandById.get(rec.restIslandId),
      }),
    );
    for (const isl of islands) pushTo(islandCodesOf, isl.id, rec.municipalityCode);
  });

  const islandDistrictsByCode = new Map<string, IslandDistrictIndexEntry[]>();
  areas.islandDistricts.forEach((rec, i) => {
    check(rec.municipalityCode, rec.municipality, ['islandDistricts', i]);
    const island = islandById.get(rec.islandId)!;
    const otherRecords = own(rec, 'otherDistricts') ?? []; // own: plain JSON
    const otherKeys = otherRecords.map((o) => Object.freeze({ key: placeKey(o.name), record: o }));
    for (const d of rec.districts) {
      const key = placeKey(d);
      const others = otherKeys.length === 0 ? NO_OTHERS : Object.freeze(otherKeys.filter((o) => o.key.startsWith(key) && o.key !== key));
      pushTo(islandDistrictsByCode, rec.municipalityCode, Object.freeze({ key, district: d, island, source: rec, others }));
    }
    if (crossCheck) {
      otherKeys.forEach((o, j) => {
        if (!rec.districts.some((d) => o.key.startsWith(placeKey(d)) && o.key !== placeKey(d))) {
          issues.push({ code: 'custom', path: ['areas', 'islandDistricts', i, 'otherDistricts', j, 'name'], message: `${o.record.name} does not begin with a district of this record` });
        }
      });
    }
    pushTo(islandDistrictCodesOf, island.id, rec.municipalityCode);
  });
  // A ward's island districts also under its city: 「岡山市犬島」 (the ward 東区 left out) resolves to 岡山市, whose
  // island districts are then its wards'.
  for (const [code, list] of [...islandDistrictsByCode]) {
    const city = cityCodeOf(table, code);
    if (city !== undefined) for (const e of list) pushTo(islandDistrictsByCode, city, e);
  }
  for (const list of islandDistrictsByCode.values()) Object.freeze(list.sort((x, y) => y.key.length - x.key.length));

  // Island names usable at the municipality position of an address: each island's alias made when first needed.
  const aliasCount = new Map<string, number>();
  const islandKeys = areas.islands.map((isl) => [isl.name, ...(own(isl, 'aliases') ?? [])].map(placeKey)); // own: plain JSON
  for (const keys of islandKeys) for (const k of new Set(keys)) aliasCount.set(k, (aliasCount.get(k) ?? 0) + 1);
  const aliases = new Map<IslandRecord, IslandAddressAlias | null>();
  const aliasOf = (isl: IslandRecord): IslandAddressAlias | null => {
    let alias = aliases.get(isl);
    if (alias === undefined) {
      const munis: Municipality[] = [];
      for (const code of islandCodesOf.get(isl.id) ?? []) {
        const m = byCodeMap.get(code);
        if (m) munis.push(m);
      }
      for (const code of islandDistrictCodesOf.get(isl.id) ?? []) {
        const m = byCodeMap.get(code);
        if (m && !munis.includes(m)) munis.push(m);
      }
      alias = munis.length === 0 ? null : Object.freeze({ island: isl, municipalities: Object.freeze(munis) });
      aliases.set(isl, alias);
    }
    return alias;
  };
  /** Island keys that may be an alias (one island only, usable in an address): whether a municipality name takes it is asked later. */
  const aliasCandidates: Array<readonly [string, IslandRecord]> = [];
  areas.islands.forEach((isl, i) => {
    if (isl.matchAsAddress === false) return;
    for (const key of islandKeys[i]!) if (aliasCount.get(key)! <= 1) aliasCandidates.push([key, isl]);
  });
  const aliasFor = (key: string, isl: IslandRecord): IslandAddressAlias | undefined => {
    if (hasName(key)) return undefined;
    return aliasOf(isl) ?? undefined;
  };

  // Each zone municipality's entry (its lift instants, its districts) is made when first read: a call reads its own.
  const zoneRecords = areas.returnDifficultZones.municipalities;
  zoneRecords.forEach((rec, i) => check(rec.municipalityCode, rec.municipality, ['returnDifficultZones', 'municipalities', i]));
  const zoneByCode = new LazyMap<string, ZoneIndexEntry>(
    zoneRecords.map((rec) => rec.municipalityCode),
    (i) => {
      const rec = zoneRecords[i]!;
      // Own fields: the area data is plain JSON.
      const recDistricts = own(rec, 'districts') ?? [];
      const designatedOn = own(rec, 'designatedOn');
      const fullyLiftedOn = own(rec, 'fullyLiftedOn');
      const districts = recDistricts
        .map((d): ZoneDistrictIndexEntry => Object.freeze({ key: placeKey(d.district), record: d, liftInstants: Object.freeze(d.lifts.map((l) => instantOf(l.date, own(l, 'time')))) }))
        .sort((x, y) => y.key.length - x.key.length);
      const attributed = new Set(recDistricts.flatMap((d) => d.lifts.map((l) => l.date)));
      const unattributed = rec.lifts.filter((l) => !attributed.has(l.date)).map((l) => instantOf(l.date, own(l, 'time')));
      return Object.freeze({
        record: rec,
        liftInstants: Object.freeze(rec.lifts.map((l) => instantOf(l.date, own(l, 'time')))),
        designatedInstant: designatedOn ? instantOf(designatedOn.date, undefined) : undefined,
        fullyLiftedInstant: fullyLiftedOn ? instantOf(fullyLiftedOn.date, undefined) : undefined,
        districts: Object.freeze(districts),
        firstUnattributedLift: unattributed.length > 0 ? Math.min(...unattributed) : undefined,
      });
    },
  );
  if (crossCheck) zoneByCode.forEach(() => undefined); // a caller's data: every entry made now, as it loads
  const mountainByCode = new Map<string, MountainVillageRecord[]>();
  (own(areas, 'mountainVillages')?.entries ?? []).forEach((rec, i) => {
    check(rec.municipalityCode, rec.municipality, ['mountainVillages', 'entries', i]);
    pushTo(mountainByCode, rec.municipalityCode, rec);
  });
  for (const list of mountainByCode.values()) Object.freeze(list);
  if (issues.length > 0) throw new CatalogValidationError(issues);
  deepFreeze(areas); // the records the index holds (already frozen when bundled)

  const asOf = areas.returnDifficultZones.dataAsOf;
  const y = Number(asOf.slice(0, 4));
  const mo = Number(asOf.slice(5, 7));
  const zoneDataValidUntil = japanMidnight(mo === 12 ? daysFromCivil(y + 1, 1, 1) : daysFromCivil(y, mo + 1, 1));

  // The whole-table maps (by name, by 5-digit code, the aliases, the key lengths): no call needs them whole, so each
  // is made when first read. The look-ups read the name branches instead (src/area/trie.ts).
  let byNameKey: Map<string, readonly Municipality[]> | undefined;
  const fullByNameKey = (): Map<string, readonly Municipality[]> => {
    if (byNameKey === undefined) {
      byNameKey = new Map();
      for (let row = 0; row < table.count; row++) {
        const key = table.key(row);
        if (!byNameKey.has(key)) byNameKey.set(key, namesStarting(table.keyFirstUnit(row)).get(key)!);
      }
      for (const [first, row] of table.wardRows()) {
        const key = table.wardKey(row);
        if (!byNameKey.has(key)) byNameKey.set(key, namesStarting(first).get(key)!);
      }
    }
    return byNameKey;
  };
  let islandAliasByKey: Map<string, IslandAddressAlias> | undefined;
  const fullAliases = (): Map<string, IslandAddressAlias> => {
    if (islandAliasByKey === undefined) {
      islandAliasByKey = new Map();
      for (const [key, isl] of aliasCandidates) {
        const alias = aliasFor(key, isl);
        if (alias !== undefined) islandAliasByKey.set(key, alias);
      }
    }
    return islandAliasByKey;
  };
  let maxNameKeyLength: number | undefined;
  const nameKeyLengthsByPrefix = () => {
    const lengthsByPrefix = new Map<string, Set<number>>();
    for (const k of [...fullByNameKey().keys(), ...fullAliases().keys()]) {
      const p2 = k.slice(0, 2);
      const set = lengthsByPrefix.get(p2) ?? new Set<number>();
      set.add(k.length);
      lengthsByPrefix.set(p2, set);
    }
    return new Map([...lengthsByPrefix].map(([p2, set]) => [p2, Object.freeze([...set].sort((x, y) => y - x))] as const));
  };
  let byCode5View: ReadonlyMap<string, Municipality> | undefined;
  let lengthsView: ReadonlyMap<string, readonly number[]> | undefined;
  let byNameKeyView: ReadonlyMap<string, readonly Municipality[]> | undefined;
  let aliasView: ReadonlyMap<string, IslandAddressAlias> | undefined;
  const prefectureKeyLengths = Object.freeze([...new Set([...prefectureByKey.keys()].map((k) => k.length))].sort((p, q) => q - p));
  // Every value below is frozen as it is made (or is a frozen record of the areas); each map is shown through a read-only view.
  const view = <K, V>(m: ReadonlyMap<K, V>): ReadonlyMap<K, V> => new ReadonlyMapView(m);
  const index: AreaIndex = Object.freeze({
    byCode: view(byCodeMap),
    get byCode5() {
      return (byCode5View ??= view(new Map(table.all().map((m) => [m.code5, m] as const))));
    },
    get byNameKey() {
      return (byNameKeyView ??= view(fullByNameKey()));
    },
    get islandAliasByKey() {
      return (aliasView ??= view(fullAliases()));
    },
    get maxNameKeyLength() {
      if (maxNameKeyLength === undefined) {
        let max = 0;
        for (const k of fullByNameKey().keys()) if (k.length > max) max = k.length;
        for (const k of fullAliases().keys()) if (k.length > max) max = k.length;
        maxNameKeyLength = max;
      }
      return maxNameKeyLength;
    },
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

  // The names' trie asks for one first unit at a time: that branch's municipality lists, then the island aliases
  // starting there that no municipality name takes (as the whole maps would hold them).
  let aliasesByFirst: Map<number, Array<readonly [string, IslandRecord]>> | undefined;
  nameBranchesOf.set(index, {
    prefectureByKey,
    branch(c) {
      const out: NameEntry[] = [];
      for (const [key, munis] of namesStarting(c)) out.push([key, munis, undefined]);
      if (aliasesByFirst === undefined) {
        aliasesByFirst = new Map();
        for (const cand of aliasCandidates) pushTo(aliasesByFirst, cand[0].charCodeAt(0), cand);
      }
      const seen = new Set<string>();
      for (const [key, isl] of aliasesByFirst.get(c) ?? []) {
        const alias = aliasFor(key, isl);
        if (alias === undefined) continue;
        // A key two names of one island share: the map keeps the last set, which is the same alias.
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([key, undefined, alias]);
      }
      return out.length === 0 ? undefined : out;
    },
  });
  return brandTable(
    Object.freeze({
      get municipalities() {
        return table.all();
      },
      dataset: deepFreeze(dataset),
      areas,
      index,
    }),
    'area data',
  );
}


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

/**
 * A read-only map whose keys are known when it is made and each value is made on its first read (then kept, so every
 * read gives the same object); iterating makes them all, in key order. A key given twice keeps its last value, as
 * `new Map(entries)` would.
 */
class LazyMap<K, V> extends LazyMapView<K, V> {
  readonly #keys: readonly K[];
  readonly #index = new Map<K, number>();
  readonly #make: (i: number) => V;
  readonly #made: Array<V | undefined>;
  constructor(keys: readonly K[], make: (i: number) => V) {
    super();
    this.#make = make;
    this.#made = new Array<V | undefined>(keys.length);
    keys.forEach((k, i) => this.#index.set(k, i));
    this.#keys = [...this.#index.keys()];
  }
  #at(i: number): V {
    return (this.#made[i] ??= this.#make(i));
  }
  get size(): number {
    return this.#index.size;
  }
  get(key: K): V | undefined {
    const i = this.#index.get(key);
    return i === undefined ? undefined : this.#at(i);
  }
  has(key: K): boolean {
    return this.#index.has(key);
  }
  protected materialize(): Map<K, V> {
    return new Map(this.#keys.map((k) => [k, this.#at(this.#index.get(k)!)] as const));
  }
}
