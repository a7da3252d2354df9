/**
 * classifyArea: which municipality and island a site is on, whether its municipality contains
 * 帰還困難区域 on a date, and what each document's area rules say follows (000: maintenance may be
 * impossible in 帰還困難区域, night maintenance may be unavailable on islands and in mountain areas
 * except the named islands; 004: an ultra-sendback application for an island site may be refused).
 */
import { expectTable, own, readInput, readKnownFields } from '../boundary/index.js';
import type { Catalog } from '../catalog/catalog.js';
import { catalog as bundledCatalog } from '../catalog/bundled.js';
import { bundledDocumentFixtures } from '../catalog/documents.data.js';
import { deepFreeze } from '../data/frozen.js';
import type { Source } from '../catalog/primitives.js';
import type { DocumentFixture } from '../catalog/schema.js';
import { CatalogValidationError, InvalidInputError, NotFoundError, type Issue } from '../errors.js';
import { explainRequested, explanationOf, reason, type Reason } from '../reasons.js';
import { formatIsoDate, formatJapanInstant, japanEpochDay, japanMidnight, parseInstant, isoDateText } from '../time/index.js';
import { fastEpochDay, parseIsoDateFast } from '../time/fast.js';
import { bundledAreaData, type AreaData, type AreaIndex, type IslandDistrictIndexEntry, type IslandMunicipalityIndexEntry, type Municipality, type OtherDistrictIndexEntry, type ZoneDistrictIndexEntry, type ZoneIndexEntry } from './data.js';
import { AddressMiss, resolveOrMiss, type MunicipalityResolution } from './resolve.js';
import type { PostalLookup } from './postal.js';
import type { AreaEffect, AreaIslandScope, AreaRule, IslandDesignationId, IslandRecord, MountainVillageRecord } from './schema.js';
import type { DateInput, InstantInput } from '../time/index.js';

/**
 * Where the site is, and when. Give an address, a municipality code, or both.
 * @example classifyArea({ municipalityCode: '142107', district: '三崎町城ケ島', on: '2026-11-22' }).island?.name //=> '城ヶ島'
 */
export interface ClassifyAreaInput {
  /** A Japanese address: prefecture optional, full/half width, stray spaces, 郡, wards, island names (伊豆大島, 城ヶ島). */
  readonly address?: string;
  /** 全国地方公共団体コード: 6 digits (check digit verified) or 5 digits. */
  readonly municipalityCode?: string;
  /** The 町字 part (e.g. `三崎町城ケ島`), when not in the address. Overrides the rest of the address. */
  readonly district?: string;
  /** A postal code (〒517-0002 or 5170002), wherever an address is accepted: gives the municipality and, without an address, the 町域 as the district. Needs the `postal` option. */
  readonly postalCode?: string;
  /** The day (`YYYY-MM-DD`, read as 00:00 Japan time) or instant (ISO-8601, no offset = Japan time) to evaluate 帰還困難区域 status on. */
  readonly on: DateInput | InstantInput;
}

/**
 * What the caller knows better than the data, and which catalog and area data to use.
 * @example classifyArea({ address: '三浦市三崎町小網代', on: '2026-11-22', island: true }).island?.status //=> 'caller-says-island'
 */
export interface ClassifyAreaOptions {
  /** true: the site is on an island (counts for every island rule, designated or not); false: it is not, whatever the data says. */
  readonly island?: boolean;
  /** true: the site is in a mountain area (山間部); false: it is not. The data has no mountain areas. */
  readonly mountainous?: boolean;
  /** Overrides every rule's island scope (see interpretations area-000-island-scope, area-004-remote-island-scope). */
  readonly islandScope?: AreaIslandScope;
  readonly catalog?: Catalog;
  /** Area data from {@link loadAreaData}; the bundled data by default. */
  readonly areaData?: AreaData;
  /** The postal-code table for `postalCode`: `postalCodes` from `support-contract-rules/postal` (kept out of the main bundle). */
  readonly postal?: PostalLookup;
  /**
   * Add `explanation`: the answer's steps as text, one line per reason. Default `false` (the answer is
   * unchanged); the text is built only when asked.
   */
  readonly explain?: boolean;
}

/**
 * Which island the site is on, as far as the data and the caller tell.
 * @example classifyArea({ address: '東京都新島村', on: '2026-11-22' }).island?.candidates.map((c) => c.name) //=> ['新島', '式根島']
 */
export interface AreaIslandResult {
  /** `island`: one island identified; `one-of-several`: the municipality holds several and the district did not say which; `caller-says-island`: only the caller's `island: true`. */
  readonly status: 'island' | 'one-of-several' | 'caller-says-island';
  readonly id: string | null;
  readonly name: string | null;
  /** The law designating it a remote island (null: none recorded). For `one-of-several`, null unless all candidates share one. */
  readonly designation: IslandDesignationId | null;
  /** When `one-of-several`: the islands it may be. */
  readonly candidates: ReadonlyArray<{ readonly id: string; readonly name: string; readonly designation: IslandDesignationId | null }>;
  readonly matchedBy: 'district' | 'municipality' | 'island-name' | 'caller';
  /** True when the municipality also has a mainland part and the address does not say which (`one-of-several` only). */
  readonly mayBeMainland: boolean;
  /** Document rules that name this island as an exception (000's night-maintenance list). */
  readonly exceptionIn: ReadonlyArray<{ readonly documentId: string; readonly ruleId: string; readonly nameAsWritten: string }>;
}

/**
 * 帰還困難区域 status of a municipality on a date.
 * @example classifyArea({ municipalityCode: '075469', on: '2020-03-03' }).zone.status //=> 'designated'
 */
export type ReturnDifficultZoneStatus = 'none' | 'designated' | 'partially-lifted' | 'lifted';

/**
 * 帰還困難区域 facts for the municipality on the date.
 * @example classifyArea({ municipalityCode: '075477', on: '2023-04-01' }).zone.liftsSoFar[0]?.date //=> '2023-03-31'
 */
export interface AreaZoneResult {
  readonly status: ReturnDifficultZoneStatus;
  /** True while the municipality still contains a zone: a site there may be in it (zones are sub-municipal). */
  readonly mayBeInZone: boolean;
  /** Lifts that had taken effect by the instant. */
  readonly liftsSoFar: ReadonlyArray<{ readonly date: string; readonly time: string | null; readonly kind: string; readonly area: string }>;
  /** The month the zone data is current to. */
  readonly dataAsOf: string;
  /** True when the date is after the data's as-of month (later lifts are not recorded). */
  readonly beyondDataAsOf: boolean;
  /** true: the site's district was wholly in the zone on the date; false: the site is not in a zone; null: it may be (the district is partly in it, or the address does not name a recorded district). */
  readonly inZone: boolean | null;
  /** The district (大字・行政区) of the zone data the address matched, or null (answered by municipality). */
  readonly district: string | null;
}

/**
 * 振興山村 (山村振興法) facts for the site's municipality.
 * @example classifyArea({ address: '東京都西多摩郡檜原村', on: '2026-11-22' }).mountainArea?.status //=> 'designated'
 */
export interface AreaMountainResult {
  /** `designated`: the municipality is wholly a 振興山村; `may-be`: it contains one (or the source does not say how much). */
  readonly status: 'designated' | 'may-be';
  readonly entries: readonly MountainVillageRecord[];
}

/**
 * Why a rule applies.
 * @example classifyArea({ municipalityCode: '131016', on: '2026-11-22', mountainous: true }).restrictions[0]?.triggers //=> ['mountainous']
 */
export type AreaTrigger = 'island' | 'mountainous' | 'return-difficult-zone';

/**
 * A document rule that applies to the site.
 * @example classifyArea({ address: '東京都小笠原村父島', on: '2026-11-22' }).restrictions[1]?.appliesTo //=> { plans: [], options: ['iij-ultra-sendback'] }
 */
export interface AreaRestriction {
  readonly ruleId: string;
  readonly documentId: string;
  readonly document: string;
  readonly effect: AreaEffect;
  readonly triggers: readonly AreaTrigger[];
  /** True when it applies only if the site is on some of the municipality's islands (pass `district`). */
  readonly dependsOnIsland: boolean;
  /** True when it applies only if the site is in the part of the municipality that is a 振興山村. */
  readonly dependsOnMountainArea: boolean;
  /** Plans and options the rule concerns. */
  readonly appliesTo: { readonly plans: readonly string[]; readonly options: readonly string[] };
  readonly source: Source;
}

/**
 * What one document's area rules say for the site.
 * @example classifyArea({ address: '千代田区', on: '2026-11-22' }).documents.map((d) => d.documentId) //=> ['office-anshin-support', 'iij-mpc-ultra-sendback']
 */
export interface AreaDocumentVerdict {
  readonly documentId: string;
  readonly document: string;
  readonly restrictions: readonly AreaRestriction[];
  readonly reasons: readonly Reason[];
}

/**
 * Result of {@link classifyArea}.
 * @example classifyArea({ address: '東京都千代田区丸の内1-1', on: '2026-11-22' }).restricted //=> false
 */
export interface AreaClassification {
  /** The Japan date evaluated. */
  readonly on: string;
  /** The instant evaluated (Japan time). */
  readonly at: string;
  readonly municipality: Municipality | null;
  /** When `municipality` is null (an island name shared by several municipalities): the candidates. */
  readonly municipalityCandidates: readonly Municipality[];
  readonly prefecture: string | null;
  readonly district: string | null;
  readonly island: AreaIslandResult | null;
  /** The caller's `mountainous`; else true when the municipality is wholly a 振興山村; else null (unknown). */
  readonly mountainous: boolean | null;
  /** 振興山村 data for the municipality, or null when none is recorded (the list is partial: docs/areas.md). */
  readonly mountainArea: AreaMountainResult | null;
  readonly zone: AreaZoneResult;
  readonly documents: readonly AreaDocumentVerdict[];
  /** Every restriction of every document. */
  readonly restrictions: readonly AreaRestriction[];
  readonly restricted: boolean;
  readonly reasons: readonly Reason[];
  /** With `explain: true` only: the steps as text, one line per reason (`rule: message`). */
  readonly explanation?: readonly string[];
}

const INPUT_KEYS: ReadonlySet<string> = new Set(['address', 'municipalityCode', 'district', 'postalCode', 'on', 'island', 'mountainous', 'islandScope', 'catalog', 'areaData', 'postal', 'explain']);
/** `postal` (a table of the postal loader) is kept as it is on the boundary's fast path, as `readInput`'s `keep` keeps it. */
const KEEP_POSTAL: ReadonlyMap<string, 'kept'> = new Map([['postal', 'kept']]);
const SCOPES: ReadonlySet<string> = new Set(['any-island', 'designated-remote-island']);
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
/** A character `String.prototype.trim` keeps: \s is exactly the white space and line terminators trim removes. */
const NOT_BLANK = /\S/;

/**
 * Classifies a site by address and/or municipality code on a date.
 *
 * Rules:
 * - the municipality is found by code (check digit verified) or address (see {@link resolveMunicipality});
 * - the island comes from an island district (三浦市三崎町城ケ島 → 城ヶ島), an island name in the address,
 *   or a municipality wholly on one island; a municipality with several islands and no district gives `one-of-several`;
 * - 帰還困難区域 is known by municipality only: `mayBeInZone` while any zone remains (designated or partially lifted);
 *   a date is read as 00:00 Japan time;
 * - each catalog document's `areaRules` are evaluated: island rules by their scope (any island, or designated
 *   remote islands only) minus the islands the rule names as exceptions; mountain rules only on `mountainous: true`;
 *   zone rules while `mayBeInZone`.
 *
 * The data is validated and indexed once (lazily) and the catalog's rules compiled once per catalog;
 * a call does a few map look-ups and never scans the tables.
 *
 * @throws {InvalidInputError} not an object, unknown keys, neither address nor code, a malformed code or wrong
 *   check digit, an address naming municipalities in several prefectures, a bad `on`, non-boolean flags
 * @throws {NotFoundError} unknown code or no municipality in the address (details.closest lists the closest names)
 * @throws {ConflictError} the address and the code name different municipalities
 * @throws {OutOfRangeError} `on` outside the supported years
 * @throws {CatalogValidationError} the catalog's area rules name islands the area data does not have
 * @example
 * classifyArea({ address: '東京都小笠原村父島', on: '2026-11-22' }).restrictions.map((r) => r.effect)
 * //=> ['night-maintenance-may-be-unavailable', 'application-may-be-refused']
 * @example
 * classifyArea({ address: '神奈川県三浦市三崎町城ヶ島', on: '2026-11-22' }).island?.exceptionIn[0]?.nameAsWritten //=> '城ヶ島'
 * @example
 * classifyArea({ municipalityCode: '075469', on: '2022-09-01' }).zone.status //=> 'partially-lifted'
 */
export function classifyArea(input: ClassifyAreaInput & ClassifyAreaOptions): AreaClassification {
  input = readKnownFields(input, INPUT_KEYS, KEEP_POSTAL) ?? readInput(input, [], { keep: ['postal'] });
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidInputError([], 'Expected an object { address?, municipalityCode?, district?, on, island?, mountainous? }', { value: input });
  }
  for (const k of Object.keys(input)) {
    if (!INPUT_KEYS.has(k)) throw new InvalidInputError([k], `Unknown key ${JSON.stringify(k)}; expected one of ${[...INPUT_KEYS].join(', ')}`);
  }
  const { address, municipalityCode, district, postalCode, postal, island, mountainous, islandScope, on } = input;
  const explain = explainRequested(input.explain);
  if (address !== undefined && typeof address !== 'string') throw new InvalidInputError(['address'], 'address must be a string', { value: address });
  if (address !== undefined && !NOT_BLANK.test(address)) throw new InvalidInputError(['address'], 'address is empty', { value: address });
  if (district !== undefined && typeof district !== 'string') throw new InvalidInputError(['district'], 'district must be a string', { value: district });
  if (island !== undefined && typeof island !== 'boolean') throw new InvalidInputError(['island'], 'island must be true or false', { value: island });
  if (mountainous !== undefined && typeof mountainous !== 'boolean') {
    throw new InvalidInputError(['mountainous'], 'mountainous must be true or false', { value: mountainous });
  }
  if (islandScope !== undefined && !SCOPES.has(islandScope)) {
    throw new InvalidInputError(['islandScope'], `islandScope must be one of ${[...SCOPES].join(', ')}`, { value: islandScope });
  }
  if (address === undefined && municipalityCode === undefined && postalCode === undefined) throw new InvalidInputError([], 'Give an address, a municipalityCode or a postalCode');
  if (on === undefined) throw new InvalidInputError(['on'], 'on is required: a date YYYY-MM-DD or an ISO-8601 instant');
  let at: number;
  let onText: string;
  let atText: string;
  const quickDay = typeof on === 'string' ? fastEpochDay(on) : NaN; // the common case: a valid YYYY-MM-DD
  const onDate = quickDay === quickDay ? on : isoDateText(on, ['on']); // a js-joda LocalDate or Temporal PlainDate as YYYY-MM-DD
  if (quickDay === quickDay) {
    at = japanMidnight(quickDay);
    onText = on as string;
    atText = `${onText}T00:00:00+09:00`;
  } else if (typeof onDate === 'string' && DATE_ONLY.test(onDate)) {
    at = japanMidnight(parseIsoDateFast(onDate, ['on']));
    onText = onDate;
    atText = `${onDate}T00:00:00+09:00`;
  } else {
    at = parseInstant(on, ['on']);
    onText = formatIsoDate(japanEpochDay(at));
    atText = formatJapanInstant(at);
  }
  const data = expectTable<AreaData>(input.areaData, 'area data', ['areaData'], bundledAreaData());
  const cat = expectTable<Catalog>(input.catalog, 'catalog', ['catalog'], bundledCatalog);
  const c = compiled(cat, data);

  const res = resolveOrMiss({ address, municipalityCode, district, postalCode, postal }, data);
  // An address naming nothing is thrown from a small function: a throw records where it happened and the stack below
  // it, at a cost that grows with the size of the functions there (this one is the hot miss path of issue 14).
  if (res instanceof AddressMiss) throwMiss(res);
  return classifyResolved(res, data, c, at, onText, atText, island, mountainous, islandScope, explain);
}

function throwMiss(miss: AddressMiss): never {
  throw new NotFoundError(['address'], miss.message, miss.details);
}

/** classifyArea once the municipality is found. */
function classifyResolved(
  res: MunicipalityResolution,
  data: AreaData,
  c: Compiled,
  at: number,
  onText: string,
  atText: string,
  island: boolean | undefined,
  mountainous: boolean | undefined,
  islandScope: AreaIslandScope | undefined,
  explain: boolean,
): AreaClassification {
  const reasons: Reason[] = [];
  const site = res.municipality ? c.municipality.get(res.municipality.code) : undefined;
  pushMunicipalityReason(reasons, res, data, site);
  const islandState = findIsland(res, site, island, c, reasons);
  const zone = zoneOf(res, site, data.index, at, c, reasons);
  const mountainEntries = site?.mountain;
  const mountainArea = mountainEntries === undefined ? null : c.mountainArea.get(res.municipality!.code)!;
  let mountainState: 'yes' | 'may-be' | 'no' = mountainous === true ? 'yes' : 'no';
  if (mountainous === undefined) {
    if (mountainArea === null) reasons.push(c.mountain.unknown);
    else {
      mountainState = mountainArea.result.status === 'designated' ? 'yes' : 'may-be';
      reasons.push(mountainArea.reason);
    }
  } else reasons.push(mountainous ? c.mountain.yes : c.mountain.no);

  const documents: AreaDocumentVerdict[] = [];
  const restrictions: AreaRestriction[] = [];
  for (const doc of c.documents) {
    const verdict = evaluateDocument(doc, islandState, zone, mountainState, islandScope);
    documents.push(verdict);
    for (const r of verdict.restrictions) restrictions.push(r);
    for (const r of verdict.reasons) reasons.push(r);
  }
  const out: { -readonly [K in keyof AreaClassification]: AreaClassification[K] } = {
    on: onText,
    at: atText,
    municipality: res.municipality,
    municipalityCandidates: res.candidates,
    prefecture: res.municipality?.prefecture ?? res.prefecture,
    district: res.district,
    island: islandState.result,
    mountainous: mountainous ?? (mountainState === 'yes' ? true : null),
    mountainArea: mountainArea?.result ?? null,
    zone,
    documents,
    restrictions,
    restricted: restrictions.length > 0,
    reasons,
  };
  if (explain) out.explanation = explanationOf(reasons);
  return out;
}


// ---------------------------------------------------------------------------------------------
// Compiled rules and precomputed (frozen, shared) explanations, once per catalog and area data.

type MatchedBy = AreaIslandResult['matchedBy'];

interface IslandOutcome {
  /** The rule applies on this island. */
  readonly hit: boolean;
  /** The rule names this island as an exception. */
  readonly exceptedAs: string | undefined;
  readonly reason: Reason;
}

interface CompiledRule {
  readonly rule: AreaRule;
  readonly id: string;
  readonly effect: AreaEffect;
  /** The rule's conditions, flattened. */
  readonly onZone: boolean;
  readonly islandScope: AreaIslandScope | undefined;
  readonly onMountain: boolean;
  readonly exceptIslands: ReadonlyMap<string, string>;
  readonly appliesTo: AreaRestriction['appliesTo'];
  readonly effectText: string;
  readonly zoneReason: Reason;
  readonly mountainReason: Reason;
  readonly callerIslandReason: Reason;
  readonly mountainMayBeReason: Reason;
  readonly notApplicable: Reason;
  /** Outcome per island id, for each scope (built per island on first use). */
  readonly islandOutcome: Readonly<Record<AreaIslandScope, Memo<string, IslandOutcome>>>;
}

interface CompiledDocument {
  readonly documentId: string;
  readonly document: string;
  readonly rules: readonly CompiledRule[];
}

interface ZoneCompiled {
  /** Result and reason by the number of lifts in effect, each for within / beyond the data's as-of month. */
  readonly byLiftCount: ReadonlyArray<{ readonly within: AreaZoneResult; readonly beyond: AreaZoneResult; readonly reason: Reason }>;
  readonly notYet: { readonly within: AreaZoneResult; readonly beyond: AreaZoneResult; readonly reason: Reason } | undefined;
  readonly lifted: { readonly within: AreaZoneResult; readonly beyond: AreaZoneResult; readonly reason: Reason } | undefined;
}

/**
 * A table computed key by key on first use (internal): the compiled answers of one catalog and area data
 * are built for the islands, municipalities and districts that calls reach, not all at once.
 */
interface Memo<K, V> {
  get(key: K): V;
}

/** Stands for a computed `undefined` in a {@link MemoTable}. */
const NONE: unique symbol = Symbol('none');

class MemoTable<K, V> implements Memo<K, V> {
  private readonly done = new Map<K, V | typeof NONE>();
  constructor(private readonly compute: (key: K) => V) {}
  get(key: K): V {
    let v = this.done.get(key);
    if (v === undefined) {
      const computed = this.compute(key);
      v = computed === undefined ? NONE : computed;
      this.done.set(key, v);
    }
    return (v === NONE ? undefined : v) as V;
  }
}

function memo<K, V>(compute: (key: K) => V): Memo<K, V> {
  return new MemoTable(compute);
}

/** What a call needs of one municipality, found with one look-up. */
interface MunicipalityCompiled {
  /** The reasons "matched by code" and "matched from the address". */
  readonly byCode: Reason;
  readonly byAddress: Reason;
  readonly islandDistricts: readonly IslandDistrictIndexEntry[] | undefined;
  readonly islandMunicipality: IslandMunicipalityIndexEntry | undefined;
  readonly zone: ZoneIndexEntry | undefined;
  readonly mountain: readonly MountainVillageRecord[] | undefined;
}

/** Compiled answers, each table filled per key on first use. */
interface Compiled {
  readonly documents: readonly CompiledDocument[];
  readonly islandResult: Memo<string, Readonly<Record<MatchedBy, AreaIslandResult>>>;
  readonly islandNameReason: Memo<string, Reason>;
  readonly districtReason: Memo<IslandDistrictIndexEntry, Reason>;
  readonly wholeReason: Memo<string, Reason>;
  readonly severalResult: Memo<string, AreaIslandResult>;
  readonly severalReason: Memo<string, Reason>;
  readonly otherDistrictReason: Memo<IslandDistrictIndexEntry, ReadonlyMap<OtherDistrictIndexEntry, Reason>>;
  readonly mainlandReason: Memo<string, Reason>;
  readonly island: { readonly none: Reason; readonly callerNot: Reason; readonly callerSays: Reason; readonly callerAlso: Reason; readonly callerResult: AreaIslandResult };
  readonly zone: Memo<string, ZoneCompiled>;
  /** Per several-islands result: each rule's outcome per scope (filled with the result). */
  readonly multi: ReadonlyMap<AreaIslandResult, ReadonlyMap<CompiledRule, Readonly<Record<AreaIslandScope, MultiOutcome>>>>;
  /** Per zone district: its answers. */
  readonly zoneDistrict: Memo<ZoneDistrictIndexEntry, DistrictCompiled>;
  /** Per zone municipality whose districts are complete: the answer for any other district. */
  readonly zoneOtherDistrict: Memo<string, DistrictPick | undefined>;
  readonly zoneNone: { readonly within: AreaZoneResult; readonly beyond: AreaZoneResult; readonly reason: Reason };
  readonly zoneBeyond: Reason;
  readonly mountain: { readonly unknown: Reason; readonly yes: Reason; readonly no: Reason };
  /** Per municipality with 振興山村 data: the result and its reason. */
  readonly mountainArea: Memo<string, { readonly result: AreaMountainResult; readonly reason: Reason }>;
  /** Per municipality with island districts but a mainland part: the undetermined result and reason (undefined for others). */
  readonly partialResult: Memo<string, { readonly result: AreaIslandResult; readonly islands: readonly IslandRecord[]; readonly reason: Reason } | undefined>;
  /** Per municipality code: the reasons "matched by code" and "matched from the address". */
  readonly municipality: Memo<string, MunicipalityCompiled>;
}

const compiledCache = new WeakMap<Catalog, WeakMap<AreaData, Compiled>>();

function compiled(cat: Catalog, data: AreaData): Compiled {
  let byData = compiledCache.get(cat);
  if (!byData) {
    byData = new WeakMap();
    compiledCache.set(cat, byData);
  }
  let c = byData.get(data);
  if (!c) {
    c = compile(cat, data);
    byData.set(data, c);
  }
  return c;
}

const EFFECT_TEXT: Readonly<Record<AreaEffect, string>> = {
  'maintenance-may-be-unavailable': 'maintenance may be impossible',
  'night-maintenance-may-be-unavailable': 'night maintenance may be unavailable',
  'application-may-be-refused': 'the application may be refused',
  'onsite-exchange-may-be-unavailable': 'on-site exchange may not be carried out',
};

const SCOPE_TEXT: Readonly<Record<AreaIslandScope, string>> = {
  'any-island': 'an island',
  'designated-remote-island': 'a designated remote island (離島)',
};

function frozenReason(...args: Parameters<typeof reason>): Reason {
  return Object.freeze(reason(...args));
}

function scopeInterpretation(scope: AreaIslandScope): string {
  return scope === 'any-island' ? 'area-000-island-scope' : 'area-004-remote-island-scope';
}

/** The island result of a site on one of several islands (and perhaps the mainland). */
function oneOfSeveral(islands: readonly IslandRecord[], mayBeMainland: boolean): AreaIslandResult {
  const designations = new Set(islands.map((i) => i.designation));
  return Object.freeze({
    status: 'one-of-several',
    id: null,
    name: null,
    designation: designations.size === 1 ? islands[0]!.designation : null,
    candidates: Object.freeze(islands.map((i) => Object.freeze({ id: i.id, name: i.name, designation: i.designation }))),
    matchedBy: 'municipality',
    mayBeMainland,
    exceptionIn: Object.freeze([]),
  });
}

function compile(cat: Catalog, data: AreaData): Compiled {
  const idx = data.index;
  const issues: Issue[] = [];
  const documents: CompiledDocument[] = [];
  // The bundled catalog's documents are the bundled document data itself: read it without building the catalog's indexes,
  // and freeze only the area rules this hands out (not the whole documents: that is the catalog's first use).
  const catalogDocuments = cat === bundledCatalog ? bundledDocumentFixtures() : cat.documents;
  catalogDocuments.forEach((doc: DocumentFixture, d) => {
    const section = own(doc, 'areaRules'); // own: bundled data is plain JSON
    if (!section) return;
    deepFreeze(section);
    const planIds = Object.freeze(doc.plans.map((p) => p.id));
    const docId = doc.document.id;
    const rules = section.rules.map((rule, i): CompiledRule => {
      // Own fields only (bundled data is plain JSON): a condition on Object.prototype is not the rule's.
      const when = { island: own(rule.when, 'island'), returnDifficultZone: own(rule.when, 'returnDifficultZone'), mountainous: own(rule.when, 'mountainous') };
      const except = new Map<string, string>();
      ((when.island && own(when.island, 'exceptIslands')) ?? []).forEach((x, j) => {
        if (!idx.islandById.has(x.islandId)) {
          issues.push({
            code: 'custom',
            path: ['documents', d, 'areaRules', 'rules', i, 'when', 'island', 'exceptIslands', j, 'islandId'],
            message: `Unknown island id ${x.islandId} (not in the area data)`,
          });
        }
        except.set(x.islandId, x.name);
      });
      const effectText = EFFECT_TEXT[rule.effect];
      const extra = { source: rule.source, factId: rule.id };
      const outcome = (scope: AreaIslandScope): Memo<string, IslandOutcome> =>
        memo((id) => {
          const isl = idx.islandById.get(id)!;
          const exceptedAs = except.get(isl.id);
          if (exceptedAs !== undefined) {
            return {
              hit: false,
              exceptedAs,
              reason: frozenReason('area.island-exception', `${docId}: ${exceptedAs} is named as an exception to ${rule.id}, so it does not apply on island grounds`, extra),
            };
          } else if (scope === 'designated-remote-island' && isl.designation === null) {
            return {
              hit: false,
              exceptedAs: undefined,
              reason: frozenReason('area.island-out-of-scope', `${docId}: ${isl.name} is not a designated remote island (離島), so ${rule.id} does not apply`, {
                ...extra,
                interpretation: scopeInterpretation(scope),
              }),
            };
          } else {
            const notExcepted = except.size > 0 ? ', not one of the named exceptions' : '';
            return {
              hit: true,
              exceptedAs: undefined,
              reason: frozenReason(`area.${rule.effect}`, `${docId}: ${isl.name} is ${SCOPE_TEXT[scope]}${notExcepted}, so ${effectText} (${rule.id})`, {
                ...extra,
                interpretation: scopeInterpretation(scope),
              }),
            };
          }
        });
      const conditions: string[] = [];
      if (when.returnDifficultZone) conditions.push('no 帰還困難区域 in the municipality');
      if (when.island) conditions.push('not on an island it covers');
      if (when.mountainous) conditions.push('not known to be in a mountain area');
      return {
        rule,
        id: rule.id,
        effect: rule.effect,
        onZone: when.returnDifficultZone === true,
        islandScope: when.island && own(when.island, 'scope'),
        onMountain: when.mountainous === true,
        exceptIslands: except,
        appliesTo: Object.freeze(
          own(rule, 'appliesTo')
            ? { plans: Object.freeze([...(own(rule.appliesTo!, 'plans') ?? [])]), options: Object.freeze([...(own(rule.appliesTo!, 'options') ?? [])]) }
            : { plans: planIds, options: Object.freeze([] as string[]) },
        ),
        effectText,
        zoneReason: frozenReason(`area.${rule.effect}`, `${docId}: the municipality contains 帰還困難区域, so ${effectText} (${rule.id})`, {
          ...extra,
          interpretation: rule.effect === 'onsite-exchange-may-be-unavailable' ? 'area-004-restricted-entry' : 'area-000-return-difficult-zone',
        }),
        mountainReason: frozenReason(`area.${rule.effect}`, `${docId}: the site is in a mountain area (caller), so ${effectText} (${rule.id})`, {
          ...extra,
          interpretation: 'area-mountain-unknown',
        }),
        mountainMayBeReason: frozenReason(
          `area.${rule.effect}`,
          `${docId}: the municipality contains a 振興山村 (mountain area); if the site is in it, ${effectText} (${rule.id})`,
          { ...extra, interpretation: 'area-mountain-villages' },
        ),
        callerIslandReason: frozenReason(`area.${rule.effect}`, `${docId}: the site is on an island (caller), so ${effectText} (${rule.id})`, {
          ...extra,
          interpretation: 'area-caller-island',
        }),
        notApplicable: frozenReason('area.not-applicable', `${docId}: ${rule.id} does not apply (${conditions.join('; ')})`, extra),
        islandOutcome: { 'any-island': outcome('any-island'), 'designated-remote-island': outcome('designated-remote-island') },
      };
    });
    documents.push({ documentId: docId, document: doc.document.file, rules });
  });
  if (issues.length > 0) throw new CatalogValidationError(issues);

  // Island results and reasons.
  const exceptionIn = (id: string) =>
    Object.freeze(
      documents.flatMap((doc) =>
        doc.rules.flatMap((r) => {
          const name = r.exceptIslands.get(id);
          return name === undefined ? [] : [Object.freeze({ documentId: doc.documentId, ruleId: r.rule.id, nameAsWritten: name })];
        }),
      ),
    );
  const islandResult = memo((id: string): Record<MatchedBy, AreaIslandResult> => {
    const isl = idx.islandById.get(id)!;
    const exc = exceptionIn(isl.id);
    const make = (matchedBy: MatchedBy): AreaIslandResult =>
      Object.freeze({ status: 'island', id: isl.id, name: isl.name, designation: isl.designation, candidates: Object.freeze([]), matchedBy, mayBeMainland: false, exceptionIn: exc });
    return { district: make('district'), municipality: make('municipality'), 'island-name': make('island-name'), caller: make('caller') };
  });
  const islandNameReason = memo((id: string): Reason => {
    const isl = idx.islandById.get(id)!;
    return frozenReason('area.island.island-name', `The address names the island ${isl.name}`, { source: isl.source, factId: isl.id });
  });
  const districtReason = memo((e: IslandDistrictIndexEntry): Reason => {
    const mun = idx.byCode.get(e.source.municipalityCode)!;
    return frozenReason('area.island.district', `${mun.name}${e.district} is on ${e.island.name}`, { source: e.source.source, factId: e.island.id });
  });
  // Per island district: the reason of each of its other districts (a 町字 that begins with the district's name).
  const otherDistrictReason = memo((e: IslandDistrictIndexEntry): ReadonlyMap<OtherDistrictIndexEntry, Reason> => {
    const mun = idx.byCode.get(e.source.municipalityCode)!;
    return new Map(
      e.others.map((o) => [
        o,
        frozenReason('area.island.other-district', `${mun.name}${o.record.name} is a 町字 of its own, not ${e.district}: it is not on ${e.island.name}`, {
          source: o.record.source,
          factId: e.island.id,
        }),
      ]),
    );
  });
  const mainlandReason = memo((code: string): Reason => {
    const mun = idx.byCode.get(code)!;
    const entries = idx.islandDistrictsByCode.get(code)!;
    return frozenReason('area.island.mainland-part', `${mun.name}: the district is not one recorded as an island (${entries.map((e) => e.district).join(', ')})`, {
      source: entries[0]!.source.source,
      interpretation: 'area-island-coverage',
    });
  });
  const multi = new Map<AreaIslandResult, Map<CompiledRule, Record<AreaIslandScope, MultiOutcome>>>();
  const addMulti = (result: AreaIslandResult, islands: readonly IslandRecord[]) => {
    const m = new Map<CompiledRule, Record<AreaIslandScope, MultiOutcome>>();
    for (const doc of documents) {
      for (const r of doc.rules) {
        if (r.islandScope === undefined) continue;
        m.set(r, {
          'any-island': multiOutcome(doc.documentId, r, islands, result.mayBeMainland, 'any-island'),
          'designated-remote-island': multiOutcome(doc.documentId, r, islands, result.mayBeMainland, 'designated-remote-island'),
        });
      }
    }
    multi.set(result, m);
  };
  const partialResult = memo((code: string): { result: AreaIslandResult; islands: readonly IslandRecord[]; reason: Reason } | undefined => {
    const entries = idx.islandDistrictsByCode.get(code);
    if (entries === undefined || idx.islandMunicipalityByCode.has(code)) return undefined;
    const mun = idx.byCode.get(code)!;
    const islands = [...new Set(entries.map((e) => e.island))];
    // Only designated islands make the mainland-or-island question matter (三浦市's 城ヶ島 and 藤沢市's 江の島 are
    // undesignated, bridged, and named as exceptions by 000): those municipalities stay mainland unless the district says.
    if (islands.every((i) => i.designation === null)) return undefined;
    const p = {
      islands: Object.freeze(islands),
      result: oneOfSeveral(islands, true),
      reason: frozenReason(
        'area.island.cannot-tell',
        `${mun.name} has a mainland part and islands (${islands.map((i) => i.name).join('・')}); the address does not give the district (町字): pass district to decide`,
        { source: entries[0]!.source.source, interpretation: 'area-unresolved-island' },
      ),
    };
    addMulti(p.result, p.islands);
    return p;
  });
  const wholeReason = memo((code: string): Reason => {
    const mun = idx.byCode.get(code)!;
    const im = idx.islandMunicipalityByCode.get(code)!;
    return frozenReason('area.island.municipality', `${mun.name} lies wholly on ${im.islands[0]!.name}`, { source: im.record.source, factId: im.islands[0]!.id });
  });
  const severalResult = memo((code: string): AreaIslandResult => {
    const im = idx.islandMunicipalityByCode.get(code)!;
    const result = oneOfSeveral(im.islands, false);
    addMulti(result, im.islands);
    return result;
  });
  const severalReason = memo((code: string): Reason => {
    const mun = idx.byCode.get(code)!;
    const im = idx.islandMunicipalityByCode.get(code)!;
    return frozenReason('area.island.one-of-several', `${mun.name} lies wholly on islands (${im.islands.map((i) => i.name).join('・')}); the address does not say which: pass district to decide`, {
      source: im.record.source,
      factId: code,
      interpretation: 'area-unresolved-island',
    });
  });

  // Zones.
  const asOf = idx.zoneDataAsOf;
  const zoneResult = (status: ReturnDifficultZoneStatus, lifts: AreaZoneResult['liftsSoFar'], beyond: boolean): AreaZoneResult =>
    Object.freeze({
      status,
      mayBeInZone: status === 'designated' || status === 'partially-lifted',
      liftsSoFar: lifts,
      dataAsOf: asOf,
      beyondDataAsOf: beyond,
      inZone: status === 'designated' || status === 'partially-lifted' ? null : false,
      district: null,
    });
  const zone = memo((code: string): ZoneCompiled => {
    const rec = idx.zoneByCode.get(code)!.record;
    const liftView = rec.lifts.map((l) => Object.freeze({ date: l.date, time: l.time ?? null, kind: l.kind, area: l.area }));
    const byLiftCount = [];
    for (let k = 0; k <= rec.lifts.length; k++) {
      const lifts = Object.freeze(liftView.slice(0, k));
      const status: ReturnDifficultZoneStatus = k === 0 ? 'designated' : 'partially-lifted';
      const r =
        k === 0
          ? frozenReason(
              'area.zone.designated',
              `${rec.municipality} contains 帰還困難区域, no part lifted by the date: a site there may be in a zone${rec.designatedOn ? '' : ' (designation date not recorded)'}`,
              { source: rec.source, factId: code, interpretation: 'area-zone-by-municipality' },
            )
          : frozenReason(
              'area.zone.partially-lifted',
              `${rec.municipality}: parts of the 帰還困難区域 lifted (${lifts.map((l) => `${l.date}${l.time ? ` ${l.time}` : ''} ${l.area}`).join('; ')}), the rest remains: a site there may be in a zone`,
              { source: rec.lifts[k - 1]!.source, factId: code, interpretation: 'area-zone-by-municipality' },
            );
      byLiftCount.push({ within: zoneResult(status, lifts, false), beyond: zoneResult(status, lifts, true), reason: r });
    }
    const none = Object.freeze([]) as AreaZoneResult['liftsSoFar'];
    return {
      byLiftCount,
      notYet: rec.designatedOn
        ? {
            within: zoneResult('none', none, false),
            beyond: zoneResult('none', none, true),
            reason: frozenReason('area.zone.not-yet-designated', `${rec.municipality}: 帰還困難区域 designated from ${rec.designatedOn.date}, after the date`, {
              source: rec.designatedOn.source,
              factId: code,
            }),
          }
        : undefined,
      lifted: rec.fullyLiftedOn
        ? {
            within: zoneResult('lifted', Object.freeze(liftView), false),
            beyond: zoneResult('lifted', Object.freeze(liftView), true),
            reason: frozenReason('area.zone.lifted', `${rec.municipality}: every 帰還困難区域 lifted on ${rec.fullyLiftedOn.date}`, { source: rec.fullyLiftedOn.source, factId: code }),
          }
        : undefined,
    };
  });
  const noLifts = Object.freeze([]) as AreaZoneResult['liftsSoFar'];
  const datasetSource = data.dataset.source;
  const municipality = memo((code: string): MunicipalityCompiled => {
    const m = idx.byCode.get(code)!;
    const label = `${m.prefecture}${m.name} (${m.code})`;
    return {
      byCode: frozenReason('area.municipality.matched', `${label} matched by code`, { source: datasetSource, factId: m.code }),
      byAddress: frozenReason('area.municipality.matched', `${label} matched from the address`, { source: datasetSource, factId: m.code }),
      islandDistricts: idx.islandDistrictsByCode.get(code),
      islandMunicipality: idx.islandMunicipalityByCode.get(code),
      zone: idx.zoneByCode.get(code),
      mountain: idx.mountainByCode.get(code),
    };
  });
  const { zoneDistrict, zoneOtherDistrict } = compileZoneDistricts(idx);
  return {
    multi,
    zoneDistrict,
    zoneOtherDistrict,
    municipality,
    documents,
    islandResult,
    islandNameReason,
    districtReason,
    wholeReason,
    severalResult,
    severalReason,
    otherDistrictReason,
    mainlandReason,
    island: {
      none: frozenReason('area.island.none', 'Not on an island recorded in the area data (islands inside mainland municipalities other than those listed are not detected; pass island: true)', {
        interpretation: 'area-island-coverage',
      }),
      callerNot: frozenReason('area.island.caller-says-not', 'The caller says the site is not on an island; island rules do not apply', { interpretation: 'area-caller-island' }),
      callerSays: frozenReason('area.island.caller', 'The caller says the site is on an island (the data names none): it counts for every island rule', { interpretation: 'area-caller-island' }),
      callerAlso: frozenReason('area.island.caller', 'The caller also says the site is on an island: it counts for every island scope', { interpretation: 'area-caller-island' }),
      callerResult: Object.freeze({
        status: 'caller-says-island',
        id: null,
        name: null,
        designation: null,
        candidates: Object.freeze([]),
        matchedBy: 'caller',
        mayBeMainland: false,
        exceptionIn: Object.freeze([]),
      }),
    },
    zone,
    partialResult,
    mountainArea: mountainAreaResults(idx),
    zoneNone: {
      within: zoneResult('none', noLifts, false),
      beyond: zoneResult('none', noLifts, true),
      reason: frozenReason('area.zone.none', 'The municipality contains no 帰還困難区域 recorded in the area data', { interpretation: 'area-zone-by-municipality' }),
    },
    zoneBeyond: frozenReason('area.zone.beyond-data', `The zone data is current to ${asOf}; lifts after that are not recorded`, {
      source: idx.zoneSource,
      interpretation: 'area-zone-by-municipality',
    }),
    mountain: {
      unknown: frozenReason('area.mountain.unknown', 'Mountain areas (山間部) are not in the data: mountain rules apply only when the caller passes mountainous: true', {
        interpretation: 'area-mountain-unknown',
      }),
      yes: frozenReason('area.mountain.caller', 'The caller says the site is in a mountain area (山間部)', { interpretation: 'area-mountain-unknown' }),
      no: frozenReason('area.mountain.caller', 'The caller says the site is not in a mountain area', { interpretation: 'area-mountain-unknown' }),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Islands

interface IslandState {
  readonly result: AreaIslandResult | null;
  /** For a several-islands result: each rule's outcome per scope, precomputed. */
  readonly multi?: ReadonlyMap<CompiledRule, Readonly<Record<AreaIslandScope, MultiOutcome>>> | undefined;
  /** The islands the site may be on (one when identified); empty when none or only the caller's word. */
  readonly islands: readonly IslandRecord[];
  readonly callerSaysIsland: boolean;
}

const NO_ISLANDS: readonly IslandRecord[] = Object.freeze([]);

function findIsland(res: MunicipalityResolution, site: MunicipalityCompiled | undefined, callerIsland: boolean | undefined, c: Compiled, reasons: Reason[]): IslandState {
  if (callerIsland === false) {
    reasons.push(c.island.callerNot);
    return { result: null, islands: NO_ISLANDS, callerSaysIsland: false };
  }
  let islands: readonly IslandRecord[] | undefined;
  let result: AreaIslandResult | undefined;
  let mainland = false;
  if (res.islandNamed) {
    islands = [res.islandNamed];
    result = c.islandResult.get(res.islandNamed.id)!['island-name'];
    reasons.push(c.islandNameReason.get(res.islandNamed.id)!);
  } else if (res.municipality) {
    const code = res.municipality.code;
    const dk = res.districtKey;
    const districts = site!.islandDistricts;
    if (districts !== undefined && dk !== null) {
      // The longest listed district that the district part begins with, as written or with 大字/字 read out on both
      // sides: 「豊浜町大字斎島」 is 豊浜町斎島, and 「牟岐浦出羽島」 is the listed 牟岐浦字出羽島.
      const bare = withoutAza(dk);
      const begins = (key: string) => dk.startsWith(key) || bare.startsWith(withoutAza(key));
      for (const e of districts) {
        if (!begins(e.key)) continue;
        const other = e.others.length === 0 ? undefined : e.others.find((o) => begins(o.key));
        if (other !== undefined) {
          // 気仙沼市田尻沢 begins with 田尻 but is a 町字 of its own, not on the island.
          reasons.push(c.otherDistrictReason.get(e)!.get(other)!);
          continue;
        }
        islands = [e.island];
        result = c.islandResult.get(e.island.id)!.district;
        reasons.push(c.districtReason.get(e)!);
        break;
      }
    }
    if (islands === undefined) {
      const im = site!.islandMunicipality;
      if (im !== undefined) {
        if (im.islands.length === 1) {
          islands = im.islands;
          result = c.islandResult.get(im.islands[0]!.id)!.municipality;
          reasons.push(c.wholeReason.get(code)!);
        } else if (dk !== null && im.restIsland !== undefined) {
          islands = [im.restIsland];
          result = c.islandResult.get(im.restIsland.id)!.district;
          reasons.push(
            reason('area.island.rest-of-municipality', `${res.municipality.name}${res.district ?? ''} is not a listed district of another island: it is on ${im.restIsland.name}`, {
              source: im.record.source,
              factId: im.restIsland.id,
            }),
          );
        } else {
          islands = im.islands;
          result = c.severalResult.get(code)!;
          reasons.push(c.severalReason.get(code)!);
        }
      } else if (districts !== undefined && dk === null && c.partialResult.get(code) !== undefined) {
        const p = c.partialResult.get(code)!;
        islands = p.islands;
        result = p.result;
        reasons.push(p.reason);
      } else if (districts !== undefined) {
        mainland = true;
        reasons.push(c.mainlandReason.get(code)!);
      }
    }
  }
  if (islands === undefined || result === undefined) {
    if (callerIsland === true) {
      reasons.push(c.island.callerSays);
      return { result: c.island.callerResult, islands: NO_ISLANDS, callerSaysIsland: true };
    }
    if (!mainland) reasons.push(c.island.none);
    return { result: null, islands: NO_ISLANDS, callerSaysIsland: false };
  }
  if (callerIsland === true) reasons.push(c.island.callerAlso);
  return { result, islands, callerSaysIsland: callerIsland === true, multi: islands.length > 1 ? c.multi.get(result) : undefined };
}

// ---------------------------------------------------------------------------------------------
// 帰還困難区域

function zoneOf(res: MunicipalityResolution, site: MunicipalityCompiled | undefined, idx: AreaIndex, at: number, c: Compiled, reasons: Reason[]): AreaZoneResult {
  const beyond = at >= idx.zoneDataValidUntil;
  let entry: ZoneIndexEntry | undefined;
  if (res.municipality) {
    entry = site!.zone;
  } else {
    const hits = res.candidates.filter((m) => idx.zoneByCode.has(m.code));
    if (hits.length > 0) {
      // Only reachable with user data where an island spans a zone municipality.
      throw new InvalidInputError(['address'], 'The island named spans several municipalities, some with 帰還困難区域: pass municipalityCode', {
        candidates: res.candidates.map((m) => m.code),
      });
    }
  }
  if (entry === undefined) {
    reasons.push(c.zoneNone.reason);
    return beyond ? c.zoneNone.beyond : c.zoneNone.within;
  }
  const dk = res.districtKey;
  if (dk !== null && entry.districts.length > 0) {
    const p = districtZone(entry, dk, at, c);
    if (p !== undefined) {
      reasons.push(p.reason);
      if (beyond) reasons.push(c.zoneBeyond);
      return beyond ? p.beyond : p.within;
    }
  }
  const z = c.zone.get(entry.record.municipalityCode)!;
  let pick: { within: AreaZoneResult; beyond: AreaZoneResult; reason: Reason };
  if (z.notYet !== undefined && entry.designatedInstant !== undefined && at < entry.designatedInstant) {
    pick = z.notYet;
  } else if (z.lifted !== undefined && entry.fullyLiftedInstant !== undefined && at >= entry.fullyLiftedInstant) {
    pick = z.lifted;
  } else {
    let k = 0;
    const instants = entry.liftInstants;
    while (k < instants.length && instants[k]! <= at) k++;
    pick = z.byLiftCount[k]!;
  }
  reasons.push(pick.reason);
  if (beyond) reasons.push(c.zoneBeyond);
  return beyond ? pick.beyond : pick.within;
}

interface DistrictPick {
  readonly within: AreaZoneResult;
  readonly beyond: AreaZoneResult;
  readonly reason: Reason;
}

interface DistrictCompiled {
  /** Set for a district never in a zone. */
  readonly never: DistrictPick | undefined;
  /** By the number of the district's lifts in effect. */
  readonly byK: readonly DistrictPick[];
  /** Wholly designated and untouched: before any lift (the district's or an unplaced municipal one). */
  readonly certain: DistrictPick | undefined;
}

function compileZoneDistricts(idx: AreaIndex): { zoneDistrict: Memo<ZoneDistrictIndexEntry, DistrictCompiled>; zoneOtherDistrict: Memo<string, DistrictPick | undefined> } {
  const asOf = idx.zoneDataAsOf;
  const pick = (
    fields: Pick<AreaZoneResult, 'status' | 'mayBeInZone' | 'liftsSoFar' | 'inZone' | 'district'>,
    r: Reason,
  ): DistrictPick => ({
    within: Object.freeze({ ...fields, dataAsOf: asOf, beyondDataAsOf: false }),
    beyond: Object.freeze({ ...fields, dataAsOf: asOf, beyondDataAsOf: true }),
    reason: r,
  });
  const none = Object.freeze([]) as AreaZoneResult['liftsSoFar'];
  const zoneOtherDistrict = memo((code: string): DistrictPick | undefined => {
    const entry = idx.zoneByCode.get(code)!;
    const rec = entry.record;
    const mun = rec.municipality;
    if (rec.districtsComplete === undefined) return undefined;
    return pick(
          { status: 'none', mayBeInZone: false, liftsSoFar: none, inZone: false, district: null },
          frozenReason(
            'area.zone.district-never',
            `${mun}: the zone lies only in ${entry.districts.filter((d) => d.record.zone !== 'never').map((d) => d.record.district).join('・')}; the site's district was never in it`,
            { source: rec.districtsComplete.source, factId: code, interpretation: 'area-zone-by-district' },
          ),
        );
  });
  const zoneDistrict = memo((e: ZoneDistrictIndexEntry): DistrictCompiled => {
      const code = zoneCodeOf(idx, e);
      const rec = idx.zoneByCode.get(code)!.record;
      const mun = rec.municipality;
      const d = e.record;
      if (d.zone === 'never') {
        return {
          never: pick(
            { status: 'none', mayBeInZone: false, liftsSoFar: none, inZone: false, district: d.district },
            frozenReason('area.zone.district-never', `${mun}${d.district} was never in 帰還困難区域 (it was only 居住制限区域 or 避難指示解除準備区域)`, {
              source: d.source,
              factId: code,
              interpretation: 'area-zone-by-district',
            }),
          ),
          byK: [],
          certain: undefined,
        };
      }
      const byK: DistrictPick[] = [];
      for (let k = 0; k <= d.lifts.length; k++) {
        const so = d.lifts.slice(0, k);
        const lifts = Object.freeze(so.map((l) => Object.freeze({ date: l.date, time: l.time ?? null, kind: l.kind, area: l.area })));
        const whole = so.find((l) => l.extent === 'whole');
        if (whole !== undefined) {
          byK.push(
            pick(
              { status: 'lifted', mayBeInZone: false, liftsSoFar: lifts, inZone: false, district: d.district },
              frozenReason('area.zone.district-lifted', `${mun}${d.district}: the whole district's 帰還困難区域 was lifted on ${whole.date}`, {
                source: whole.source,
                factId: code,
                interpretation: 'area-zone-by-district',
              }),
            ),
          );
          continue;
        }
        const what =
          k > 0
            ? `parts lifted (${so.map((l) => `${l.date}${l.time ? ` ${l.time}` : ''} ${l.area}`).join('; ')}), the rest remains`
            : d.zone === 'whole'
              ? `wholly designated, but a lift the data does not place by district (${rec.lifts.find((l) => !d.lifts.some((x) => x.date === l.date))?.date ?? ''}) may have touched it`
              : 'only part of the district is (or the source does not say how much is) in the zone';
        byK.push(
          pick(
            { status: k > 0 ? 'partially-lifted' : 'designated', mayBeInZone: true, liftsSoFar: lifts, inZone: null, district: d.district },
            frozenReason('area.zone.district-may-be', `${mun}${d.district}: ${what}: a site there may be in a zone`, {
              source: k > 0 ? d.lifts[k - 1]!.source : d.source,
              factId: code,
              interpretation: 'area-zone-by-district',
            }),
          ),
        );
      }
      const certain =
        d.zone === 'whole'
          ? pick(
              { status: 'designated', mayBeInZone: true, liftsSoFar: none, inZone: true, district: d.district },
              frozenReason('area.zone.district-in-zone', `${mun}${d.district} lies wholly in 帰還困難区域 and no part of it had been lifted by the date`, {
                source: d.source,
                factId: code,
                interpretation: 'area-zone-by-district',
              }),
            )
          : undefined;
      return { never: undefined, byK, certain };
  });
  return { zoneDistrict, zoneOtherDistrict };
}

/** The code of the zone municipality a district entry belongs to. */
function zoneCodeOf(idx: AreaIndex, e: ZoneDistrictIndexEntry): string {
  for (const [code, entry] of idx.zoneByCode) if (entry.districts.includes(e)) return code;
  throw new Error('zone district without its municipality');
}

/**
 * A district text with its 大字/字 markers read out (folded keys): 「大字」 anywhere, 「字」 before a name (a kana or kanji), so
 * that a 町字 written with or without them compares alike. 「三字」 (a 字 ending a name) is kept.
 * @example withoutAza('豊浜町大字斎島1') //=> '豊浜町斎島1'
 */
function withoutAza(text: string): string {
  return text.indexOf('字') < 0 ? text : text.replace(/大字/g, '').replace(/字(?=[\u3041-\u30ff\u4e00-\u9fff\u3005])/g, '');
}

/** District-level 帰還困難区域 answer, or undefined when the district is not recorded (and the list is not complete). */
function districtZone(entry: ZoneIndexEntry, dk: string, at: number, c: Compiled): DistrictPick | undefined {
  let hit: ZoneDistrictIndexEntry | undefined;
  for (const d of entry.districts) {
    if (dk.startsWith(d.key)) {
      hit = d;
      break;
    }
  }
  if (hit === undefined) return c.zoneOtherDistrict.get(entry.record.municipalityCode);
  const dc = c.zoneDistrict.get(hit)!;
  if (dc.never !== undefined) return dc.never;
  let k = 0;
  while (k < hit.liftInstants.length && hit.liftInstants[k]! <= at) k++;
  if (k === 0 && dc.certain !== undefined && (entry.firstUnattributedLift === undefined || at < entry.firstUnattributedLift)) return dc.certain;
  return dc.byK[k]!;
}

function mountainAreaResults(idx: AreaIndex): Memo<string, { result: AreaMountainResult; reason: Reason }> {
  return memo((code) => {
    const entries = idx.mountainByCode.get(code)!;
    const mun = idx.byCode.get(code)!;
    const whole = entries.some((e) => e.extent === 'whole');
    const names = entries.map((e) => e.formerMunicipality ?? '(former municipality not named)').join('・');
    return {
      result: Object.freeze({ status: whole ? 'designated' : 'may-be', entries: Object.freeze([...entries]) }),
      reason: frozenReason(
        whole ? 'area.mountain.designated' : 'area.mountain.may-be',
        whole
          ? `${mun.name} is wholly a 振興山村 under the 山村振興法 (${names}, designated FY${entries[0]!.designatedFiscalYear}): it counts as a mountain area (山間部)`
          : `${mun.name} contains a 振興山村 under the 山村振興法 (${names}); the site may be in it`,
        { source: entries[0]!.source, factId: code, interpretation: 'area-mountain-villages' },
      ),
    };
  });
}

// ---------------------------------------------------------------------------------------------
// Document rules

function evaluateDocument(
  doc: CompiledDocument,
  island: IslandState,
  zone: AreaZoneResult,
  mountainous: 'yes' | 'may-be' | 'no',
  scopeOverride: AreaIslandScope | undefined,
): AreaDocumentVerdict {
  let restrictions: AreaRestriction[] | undefined;
  const reasons: Reason[] = [];
  for (const c of doc.rules) {
    const { rule } = c;
    let triggers: AreaTrigger[] | undefined;
    let dependsOnIsland = false;
    let dependsOnMountainArea = false;
    let explained = false;
    if (c.onZone && zone.mayBeInZone) {
      triggers = ['return-difficult-zone'];
      reasons.push(c.zoneReason);
      explained = true;
    }
    if (c.islandScope !== undefined && (island.islands.length > 0 || island.callerSaysIsland)) {
      explained = true;
      const scope = scopeOverride ?? c.islandScope;
      if (island.islands.length === 0) {
        (triggers ??= []).push('island');
        reasons.push(c.callerIslandReason);
      } else if (island.islands.length === 1) {
        const o = c.islandOutcome[island.callerSaysIsland ? 'any-island' : scope].get(island.islands[0]!.id)!;
        if (o.hit) (triggers ??= []).push('island');
        reasons.push(scopeOverride === undefined ? o.reason : { ...o.reason, interpretation: 'area-island-scope-option' });
      } else {
        const effective = island.callerSaysIsland ? 'any-island' : scope;
        const o = island.multi?.get(c)?.[effective] ?? multiOutcome(doc.documentId, c, island.islands, island.result?.mayBeMainland === true, effective);
        if (o.hit) {
          (triggers ??= []).push('island');
          dependsOnIsland = o.dependsOnIsland;
        }
        reasons.push(o.reason);
      }
    }
    if (c.onMountain && mountainous === 'yes') {
      (triggers ??= []).push('mountainous');
      reasons.push(c.mountainReason);
      explained = true;
    } else if (c.onMountain && mountainous === 'may-be') {
      if (triggers === undefined) dependsOnMountainArea = true;
      (triggers ??= []).push('mountainous');
      reasons.push(c.mountainMayBeReason);
      explained = true;
    }
    if (triggers !== undefined) {
      (restrictions ??= []).push({
        ruleId: c.id,
        documentId: doc.documentId,
        document: doc.document,
        effect: c.effect,
        triggers,
        dependsOnIsland,
        dependsOnMountainArea,
        appliesTo: c.appliesTo,
        source: rule.source,
      });
    } else if (!explained) {
      reasons.push(c.notApplicable);
    }
  }
  return { documentId: doc.documentId, document: doc.document, restrictions: restrictions ?? [], reasons };
}

interface MultiOutcome {
  readonly hit: boolean;
  readonly dependsOnIsland: boolean;
  readonly reason: Reason;
}

/** A rule on a site that may be on several islands (and perhaps the mainland): where it applies, and why. */
function multiOutcome(documentId: string, c: CompiledRule, islands: readonly IslandRecord[], mayBeMainland: boolean, scope: AreaIslandScope): MultiOutcome {
  const rule = c.rule;
  const outcomes = c.islandOutcome[scope];
  const hits: string[] = [];
  const misses: string[] = [];
  for (const isl of islands) (outcomes.get(isl.id)!.hit ? hits : misses).push(isl.name);
  if (mayBeMainland) misses.push('the mainland part');
  if (hits.length > 0) {
    const dependsOnIsland = misses.length > 0;
    return {
      hit: true,
      dependsOnIsland,
      reason: frozenReason(
        `area.${rule.effect}`,
        `${documentId}: the site is on one of ${islands.map((i) => i.name).join('・')}; on ${hits.join('・')} ${c.effectText} (${rule.id})${dependsOnIsland ? `, not on ${misses.join('・')}` : ''}`,
        { source: rule.source, factId: rule.id, interpretation: dependsOnIsland ? 'area-unresolved-island' : scopeInterpretation(scope) },
      ),
    };
  }
  return {
    hit: false,
    dependsOnIsland: false,
    reason: frozenReason('area.island-exception', `${documentId}: every island the site may be on (${misses.join('・')}) is an exception or out of scope, so ${rule.id} does not apply on island grounds`, {
      source: rule.source,
      factId: rule.id,
    }),
  };
}

function pushMunicipalityReason(reasons: Reason[], res: MunicipalityResolution, data: AreaData, site: MunicipalityCompiled | undefined): void {
  if (site) {
    reasons.push(res.matchedBy === 'code' ? site.byCode : site.byAddress);
  } else {
    reasons.push(
      reason('area.municipality.several', `The island name 「${res.matchedText}」 spans ${res.candidates.map((x) => x.name).join(', ')}; pass municipalityCode to name one`, {
        source: data.dataset.source,
      }),
    );
  }
}
