/**
 * classifyArea: which municipality and island a site is on, whether its municipality contains
 * 帰還困難区域 on a date, and what each document's area rules say follows (000: maintenance may be
 * impossible in 帰還困難区域, night maintenance may be unavailable on islands and in mountain areas
 * except the named islands; 004: an ultra-sendback application for an island site may be refused).
 */
import type { Catalog } from '../catalog/catalog.js';
import { catalog as bundledCatalog } from '../catalog/bundled.js';
import type { Source } from '../catalog/primitives.js';
import type { DocumentFixture } from '../catalog/schema.js';
import { CatalogValidationError, InvalidInputError, type Issue } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import { formatIsoDate, formatJapanInstant, japanEpochDay, japanMidnight, parseInstant, parseIsoDate } from '../time/index.js';
import { bundledAreaData, type AreaData, type AreaIndex, type Municipality, type ZoneIndexEntry } from './data.js';
import { resolveMunicipality, type MunicipalityResolution } from './resolve.js';
import type { AreaEffect, AreaIslandScope, AreaRule, IslandDesignationId, IslandRecord } from './schema.js';

/** Where the site is, and when. Give an address, a municipality code, or both. */
export interface ClassifyAreaInput {
  /** A Japanese address: prefecture optional, full/half width, stray spaces, 郡, wards, island names (伊豆大島, 城ヶ島). */
  readonly address?: string;
  /** 全国地方公共団体コード: 6 digits (check digit verified) or 5 digits. */
  readonly municipalityCode?: string;
  /** The 町字 part (e.g. `三崎町城ケ島`), when not in the address. Overrides the rest of the address. */
  readonly district?: string;
  /** The day (`YYYY-MM-DD`, read as 00:00 Japan time) or instant (ISO-8601, no offset = Japan time) to evaluate 帰還困難区域 status on. */
  readonly on: string | Date;
}

/** What the caller knows better than the data, and which catalog and area data to use. */
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
}

/** Which island the site is on, as far as the data and the caller tell. */
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
  /** Document rules that name this island as an exception (000's night-maintenance list). */
  readonly exceptionIn: ReadonlyArray<{ readonly documentId: string; readonly ruleId: string; readonly nameAsWritten: string }>;
}

/** 帰還困難区域 status of a municipality on a date. */
export type ReturnDifficultZoneStatus = 'none' | 'designated' | 'partially-lifted' | 'lifted';

/** 帰還困難区域 facts for the municipality on the date. */
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
}

/** Why a rule applies. */
export type AreaTrigger = 'island' | 'mountainous' | 'return-difficult-zone';

/** A document rule that applies to the site. */
export interface AreaRestriction {
  readonly ruleId: string;
  readonly documentId: string;
  readonly document: string;
  readonly effect: AreaEffect;
  readonly triggers: readonly AreaTrigger[];
  /** True when it applies only if the site is on some of the municipality's islands (pass `district`). */
  readonly dependsOnIsland: boolean;
  /** Plans and options the rule concerns. */
  readonly appliesTo: { readonly plans: readonly string[]; readonly options: readonly string[] };
  readonly source: Source;
}

/** What one document's area rules say for the site. */
export interface AreaDocumentVerdict {
  readonly documentId: string;
  readonly document: string;
  readonly restrictions: readonly AreaRestriction[];
  readonly reasons: readonly Reason[];
}

/** Result of {@link classifyArea}. */
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
  /** The caller's `mountainous`, or null (unknown: the data has no mountain areas). */
  readonly mountainous: boolean | null;
  readonly zone: AreaZoneResult;
  readonly documents: readonly AreaDocumentVerdict[];
  /** Every restriction of every document. */
  readonly restrictions: readonly AreaRestriction[];
  readonly restricted: boolean;
  readonly reasons: readonly Reason[];
}

const INPUT_KEYS = new Set(['address', 'municipalityCode', 'district', 'on', 'island', 'mountainous', 'islandScope', 'catalog', 'areaData']);
const SCOPES: ReadonlySet<string> = new Set(['any-island', 'designated-remote-island']);
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

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
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InvalidInputError([], 'Expected an object { address?, municipalityCode?, district?, on, island?, mountainous? }', { value: input });
  }
  for (const k of Object.keys(input)) {
    if (!INPUT_KEYS.has(k)) throw new InvalidInputError([k], `Unknown key ${JSON.stringify(k)}; expected one of ${[...INPUT_KEYS].join(', ')}`);
  }
  const { address, municipalityCode, district, island, mountainous, islandScope } = input;
  if (address !== undefined && typeof address !== 'string') throw new InvalidInputError(['address'], 'address must be a string', { value: address });
  if (address !== undefined && address.trim() === '') throw new InvalidInputError(['address'], 'address is empty', { value: address });
  if (district !== undefined && typeof district !== 'string') throw new InvalidInputError(['district'], 'district must be a string', { value: district });
  if (island !== undefined && typeof island !== 'boolean') throw new InvalidInputError(['island'], 'island must be true or false', { value: island });
  if (mountainous !== undefined && typeof mountainous !== 'boolean') {
    throw new InvalidInputError(['mountainous'], 'mountainous must be true or false', { value: mountainous });
  }
  if (islandScope !== undefined && !SCOPES.has(islandScope)) {
    throw new InvalidInputError(['islandScope'], `islandScope must be one of ${[...SCOPES].join(', ')}`, { value: islandScope });
  }
  if (address === undefined && municipalityCode === undefined) {
    throw new InvalidInputError([], 'Give an address or a municipalityCode');
  }
  if (input.on === undefined) throw new InvalidInputError(['on'], 'on is required: a date YYYY-MM-DD or an ISO-8601 instant');
  const at = typeof input.on === 'string' && DATE_ONLY.test(input.on) ? japanMidnight(parseIsoDate(input.on, ['on'])) : parseInstant(input.on, ['on']);
  const data = input.areaData ?? bundledAreaData();
  const cat = input.catalog ?? bundledCatalog;
  const rules = compiledRules(cat, data);

  const res = resolveMunicipality({ address, municipalityCode, district }, data);
  const idx = data.index;
  const reasons: Reason[] = [];
  pushMunicipalityReasons(reasons, res, data);

  const islandState = findIsland(res, idx, island, rules, reasons);
  const zone = zoneOf(res, idx, at, reasons);
  if (mountainous === undefined) {
    reasons.push(
      reason('area.mountain.unknown', 'Mountain areas (山間部) are not in the data: mountain rules are not applied unless the caller passes mountainous: true', {
        interpretation: 'area-mountain-unknown',
      }),
    );
  } else {
    reasons.push(reason('area.mountain.caller', mountainous ? 'The caller says the site is in a mountain area (山間部)' : 'The caller says the site is not in a mountain area', { interpretation: 'area-mountain-unknown' }));
  }

  const documents: AreaDocumentVerdict[] = [];
  const restrictions: AreaRestriction[] = [];
  for (const docRules of rules.documents) {
    const verdict = evaluateDocument(docRules, islandState, zone, mountainous === true, islandScope);
    documents.push(verdict);
    for (const r of verdict.restrictions) restrictions.push(r);
    for (const r of verdict.reasons) reasons.push(r);
  }
  return {
    on: formatIsoDate(japanEpochDay(at)),
    at: formatJapanInstant(at),
    municipality: res.municipality,
    municipalityCandidates: res.candidates,
    prefecture: res.municipality?.prefecture ?? res.prefecture,
    district: res.district,
    island: islandState.result,
    mountainous: mountainous ?? null,
    zone,
    documents,
    restrictions,
    restricted: restrictions.length > 0,
    reasons,
  };
}

// ---------------------------------------------------------------------------------------------
// Islands

interface IslandState {
  readonly result: AreaIslandResult | null;
  /** The islands the site may be on (one when identified); empty when none or only the caller's word. */
  readonly islands: readonly IslandRecord[];
  readonly callerSaysIsland: boolean;
}

function findIsland(
  res: MunicipalityResolution,
  idx: AreaIndex,
  callerIsland: boolean | undefined,
  rules: CompiledCatalogRules,
  reasons: Reason[],
): IslandState {
  if (callerIsland === false) {
    reasons.push(reason('area.island.caller-says-not', 'The caller says the site is not on an island; island rules do not apply', { interpretation: 'area-caller-island' }));
    return { result: null, islands: [], callerSaysIsland: false };
  }
  let found: { islands: readonly IslandRecord[]; matchedBy: AreaIslandResult['matchedBy'] } | undefined;
  if (res.islandNamed) {
    found = { islands: [res.islandNamed], matchedBy: 'island-name' };
    reasons.push(reason('area.island.island-name', `The address names the island ${res.islandNamed.name}`, { source: res.islandNamed.source, factId: res.islandNamed.id }));
  } else if (res.municipality) {
    const code = res.municipality.code;
    const dk = res.districtKey;
    const districts = idx.islandDistrictsByCode.get(code);
    if (districts && dk !== null) {
      for (const e of districts) {
        if (dk.startsWith(e.key)) {
          found = { islands: [e.island], matchedBy: 'district' };
          reasons.push(
            reason('area.island.district', `${res.municipality.name}${e.district} is on ${e.island.name}`, { source: e.source.source, factId: e.island.id }),
          );
          break;
        }
      }
    }
    if (!found) {
      const im = idx.islandMunicipalityByCode.get(code);
      if (im) {
        if (im.islands.length === 1) {
          found = { islands: im.islands, matchedBy: 'municipality' };
          reasons.push(reason('area.island.municipality', `${res.municipality.name} lies wholly on ${im.islands[0]!.name}`, { source: im.record.source, factId: im.islands[0]!.id }));
        } else if (dk !== null && im.restIsland) {
          found = { islands: [im.restIsland], matchedBy: 'district' };
          reasons.push(
            reason('area.island.rest-of-municipality', `${res.municipality.name}${res.district ?? ''} is not a listed district of another island: it is on ${im.restIsland.name}`, {
              source: im.record.source,
              factId: im.restIsland.id,
            }),
          );
        } else {
          found = { islands: im.islands, matchedBy: 'municipality' };
          reasons.push(
            reason(
              'area.island.one-of-several',
              `${res.municipality.name} lies wholly on islands (${im.islands.map((i) => i.name).join('・')}); the district does not say which: pass district to decide`,
              { source: im.record.source, factId: im.record.municipalityCode, interpretation: 'area-unresolved-island' },
            ),
          );
        }
      } else if (districts) {
        reasons.push(
          reason('area.island.mainland-part', `${res.municipality.name}${res.district ?? ''} is not in a district recorded as an island (${districts.map((d) => d.district).join(', ')})`, {
            source: districts[0]!.source.source,
          }),
        );
      }
    }
  }
  if (!found) {
    if (callerIsland === true) {
      reasons.push(reason('area.island.caller', 'The caller says the site is on an island (the data names none): it counts for every island rule', { interpretation: 'area-caller-island' }));
      return {
        result: { status: 'caller-says-island', id: null, name: null, designation: null, candidates: [], matchedBy: 'caller', exceptionIn: [] },
        islands: [],
        callerSaysIsland: true,
      };
    }
    if (!reasons.some((r) => r.rule === 'area.island.mainland-part')) {
      reasons.push(reason('area.island.none', 'Not on an island recorded in the area data (islands inside mainland municipalities other than those listed are not detected; pass island: true)', { interpretation: 'area-island-coverage' }));
    }
    return { result: null, islands: [], callerSaysIsland: false };
  }
  if (callerIsland === true) {
    reasons.push(reason('area.island.caller', 'The caller also says the site is on an island: it counts for every island rule', { interpretation: 'area-caller-island' }));
  }
  const one = found.islands.length === 1 ? found.islands[0]! : undefined;
  const designations = new Set(found.islands.map((i) => i.designation));
  const exceptionIn: { documentId: string; ruleId: string; nameAsWritten: string }[] = [];
  if (one) {
    for (const doc of rules.documents) {
      for (const r of doc.rules) {
        const name = r.exceptIslands.get(one.id);
        if (name !== undefined) exceptionIn.push({ documentId: doc.documentId, ruleId: r.rule.id, nameAsWritten: name });
      }
    }
  }
  return {
    result: {
      status: one ? 'island' : 'one-of-several',
      id: one?.id ?? null,
      name: one?.name ?? null,
      designation: designations.size === 1 ? found.islands[0]!.designation : null,
      candidates: one ? [] : found.islands.map((i) => ({ id: i.id, name: i.name, designation: i.designation })),
      matchedBy: found.matchedBy,
      exceptionIn,
    },
    islands: found.islands,
    callerSaysIsland: callerIsland === true,
  };
}

// ---------------------------------------------------------------------------------------------
// 帰還困難区域

function zoneOf(res: MunicipalityResolution, idx: AreaIndex, at: number, reasons: Reason[]): AreaZoneResult {
  const zdata = idx.zoneByCode;
  const dataAsOf = idx.zoneDataValidUntil;
  const codes = res.municipality ? [res.municipality.code] : res.candidates.map((m) => m.code);
  const entries = codes.map((c) => zdata.get(c)).filter((e): e is ZoneIndexEntry => e !== undefined);
  const asOfMonth = idx.zoneDataAsOf;
  if (entries.length === 0) {
    reasons.push(reason('area.zone.none', 'The municipality contains no 帰還困難区域 recorded in the area data', { interpretation: 'area-zone-by-municipality' }));
    return { status: 'none', mayBeInZone: false, liftsSoFar: [], dataAsOf: asOfMonth, beyondDataAsOf: at >= dataAsOf };
  }
  if (entries.length !== codes.length || entries.length > 1) {
    // Only reachable with user data where an island spans a zone municipality and another.
    throw new InvalidInputError(['address'], 'The address names an island in several municipalities with different 帰還困難区域 status: pass municipalityCode', {
      candidates: codes,
    });
  }
  const e = entries[0]!;
  const rec = e.record;
  const beyond = at >= dataAsOf;
  if (e.designatedInstant !== undefined && at < e.designatedInstant) {
    reasons.push(reason('area.zone.not-yet-designated', `${rec.municipality}: 帰還困難区域 designated from ${rec.designatedOn!.date}, after the date`, { source: rec.designatedOn!.source, factId: rec.municipalityCode }));
    return { status: 'none', mayBeInZone: false, liftsSoFar: [], dataAsOf: asOfMonth, beyondDataAsOf: beyond };
  }
  if (e.fullyLiftedInstant !== undefined && at >= e.fullyLiftedInstant) {
    reasons.push(reason('area.zone.lifted', `${rec.municipality}: every 帰還困難区域 lifted on ${rec.fullyLiftedOn!.date}`, { source: rec.fullyLiftedOn!.source, factId: rec.municipalityCode }));
    return { status: 'lifted', mayBeInZone: false, liftsSoFar: liftsUpTo(e, at), dataAsOf: asOfMonth, beyondDataAsOf: beyond };
  }
  const lifts = liftsUpTo(e, at);
  if (lifts.length === 0) {
    reasons.push(
      reason(
        'area.zone.designated',
        `${rec.municipality} contains 帰還困難区域 (no part lifted by ${formatJapanInstant(at)}): a site there may be in a zone${rec.designatedOn ? '' : ' (designation date not recorded)'}`,
        { source: rec.source, factId: rec.municipalityCode, interpretation: 'area-zone-by-municipality' },
      ),
    );
  } else {
    const last = rec.lifts[lifts.length - 1]!;
    reasons.push(
      reason(
        'area.zone.partially-lifted',
        `${rec.municipality}: parts of the 帰還困難区域 lifted (${lifts.map((l) => `${l.date}${l.time ? ` ${l.time}` : ''} ${l.area}`).join('; ')}), the rest remains: a site there may be in a zone`,
        { source: last.source, factId: rec.municipalityCode, interpretation: 'area-zone-by-municipality' },
      ),
    );
  }
  if (beyond) {
    reasons.push(
      reason('area.zone.beyond-data', `The zone data is current to ${asOfMonth}; lifts after that are not recorded`, {
        source: idx.zoneSource,
        interpretation: 'area-zone-by-municipality',
      }),
    );
  }
  return { status: lifts.length === 0 ? 'designated' : 'partially-lifted', mayBeInZone: true, liftsSoFar: lifts, dataAsOf: asOfMonth, beyondDataAsOf: beyond };
}

function liftsUpTo(e: ZoneIndexEntry, at: number): AreaZoneResult['liftsSoFar'] {
  const out: { date: string; time: string | null; kind: string; area: string }[] = [];
  e.liftInstants.forEach((t, i) => {
    if (t <= at) {
      const l = e.record.lifts[i]!;
      out.push({ date: l.date, time: l.time ?? null, kind: l.kind, area: l.area });
    }
  });
  return out;
}

// ---------------------------------------------------------------------------------------------
// Document rules

interface CompiledRule {
  readonly rule: AreaRule;
  readonly exceptIslands: ReadonlyMap<string, string>;
  readonly appliesTo: AreaRestriction['appliesTo'];
}

interface CompiledDocumentRules {
  readonly documentId: string;
  readonly document: string;
  readonly rules: readonly CompiledRule[];
}

interface CompiledCatalogRules {
  readonly documents: readonly CompiledDocumentRules[];
}

const compiledCache = new WeakMap<Catalog, WeakMap<AreaData, CompiledCatalogRules>>();

/** Compiles the catalog's area rules against the area data once (memoised per catalog and data). */
function compiledRules(cat: Catalog, data: AreaData): CompiledCatalogRules {
  let byData = compiledCache.get(cat);
  if (!byData) {
    byData = new WeakMap();
    compiledCache.set(cat, byData);
  }
  const hit = byData.get(data);
  if (hit) return hit;
  const issues: Issue[] = [];
  const documents: CompiledDocumentRules[] = [];
  cat.documents.forEach((doc: DocumentFixture, d) => {
    const section = doc.areaRules;
    if (!section) return;
    const planIds = doc.plans.map((p) => p.id);
    const rules = section.rules.map((rule, i) => {
      const except = new Map<string, string>();
      (rule.when.island?.exceptIslands ?? []).forEach((x, j) => {
        if (!data.index.islandById.has(x.islandId)) {
          issues.push({
            code: 'custom',
            path: ['documents', d, 'areaRules', 'rules', i, 'when', 'island', 'exceptIslands', j, 'islandId'],
            message: `Unknown island id ${x.islandId} (not in the area data)`,
          });
        }
        except.set(x.islandId, x.name);
      });
      const appliesTo = rule.appliesTo
        ? { plans: rule.appliesTo.plans ?? [], options: rule.appliesTo.options ?? [] }
        : { plans: planIds, options: [] as string[] };
      return { rule, exceptIslands: except, appliesTo };
    });
    documents.push({ documentId: doc.document.id, document: doc.document.file, rules });
  });
  if (issues.length > 0) throw new CatalogValidationError(issues);
  const compiled = { documents };
  byData.set(data, compiled);
  return compiled;
}

const EFFECT_TEXT: Readonly<Record<AreaEffect, string>> = {
  'maintenance-may-be-unavailable': 'maintenance may be impossible',
  'night-maintenance-may-be-unavailable': 'night maintenance may be unavailable',
  'application-may-be-refused': 'the application may be refused',
  'onsite-exchange-may-be-unavailable': 'on-site exchange may not be carried out',
};

function evaluateDocument(
  doc: CompiledDocumentRules,
  island: IslandState,
  zone: AreaZoneResult,
  mountainous: boolean,
  scopeOverride: AreaIslandScope | undefined,
): AreaDocumentVerdict {
  const restrictions: AreaRestriction[] = [];
  const reasons: Reason[] = [];
  for (const c of doc.rules) {
    const { rule } = c;
    const triggers: AreaTrigger[] = [];
    let dependsOnIsland = false;
    const effect = EFFECT_TEXT[rule.effect];
    if (rule.when.returnDifficultZone && zone.mayBeInZone) {
      triggers.push('return-difficult-zone');
      reasons.push(
        reason(`area.${rule.effect}`, `${doc.documentId}: the municipality contains 帰還困難区域, so ${effect} (${rule.id})`, {
          source: rule.source,
          factId: rule.id,
          interpretation: rule.effect === 'onsite-exchange-may-be-unavailable' ? 'area-004-restricted-entry' : 'area-000-return-difficult-zone',
        }),
      );
    }
    const islandCond = rule.when.island;
    if (islandCond && (island.islands.length > 0 || island.callerSaysIsland)) {
      const scope = scopeOverride ?? islandCond.scope;
      const interpretation = scopeOverride ? 'area-island-scope-option' : scope === 'any-island' ? 'area-000-island-scope' : 'area-004-remote-island-scope';
      if (island.callerSaysIsland) {
        triggers.push('island');
        reasons.push(reason(`area.${rule.effect}`, `${doc.documentId}: the site is on an island (caller), so ${effect} (${rule.id})`, { source: rule.source, factId: rule.id, interpretation: 'area-caller-island' }));
      } else {
        let hits = 0;
        const excepted: string[] = [];
        const outOfScope: string[] = [];
        for (const isl of island.islands) {
          const exceptName = c.exceptIslands.get(isl.id);
          if (exceptName !== undefined) excepted.push(exceptName);
          else if (scope === 'designated-remote-island' && isl.designation === null) outOfScope.push(isl.name);
          else hits++;
        }
        if (hits > 0) {
          triggers.push('island');
          dependsOnIsland = hits < island.islands.length;
          reasons.push(
            reason(
              `area.${rule.effect}`,
              `${doc.documentId}: ${island.islands.length === 1 ? `${island.islands[0]!.name} is` : 'the site may be on an island that is'} ${scope === 'any-island' ? 'an island' : 'a designated remote island (離島)'}${
                c.exceptIslands.size > 0 ? ' not among the named exceptions' : ''
              }, so ${effect} (${rule.id})${dependsOnIsland ? `, unless the site is on ${[...excepted, ...outOfScope].join('・')}` : ''}`,
              { source: rule.source, factId: rule.id, interpretation: dependsOnIsland ? 'area-unresolved-island' : interpretation },
            ),
          );
        } else if (excepted.length > 0) {
          reasons.push(
            reason('area.island-exception', `${doc.documentId}: ${excepted.join('・')} is named as an exception, so ${effect} does not apply on island grounds (${rule.id})`, {
              source: rule.source,
              factId: rule.id,
            }),
          );
        } else {
          reasons.push(
            reason('area.island-out-of-scope', `${doc.documentId}: ${outOfScope.join('・')} is not a designated remote island (離島), so this rule does not apply (${rule.id})`, {
              source: rule.source,
              factId: rule.id,
              interpretation,
            }),
          );
        }
      }
    }
    if (rule.when.mountainous && mountainous) {
      triggers.push('mountainous');
      reasons.push(reason(`area.${rule.effect}`, `${doc.documentId}: the site is in a mountain area (caller), so ${effect} (${rule.id})`, { source: rule.source, factId: rule.id, interpretation: 'area-mountain-unknown' }));
    }
    if (triggers.length > 0) {
      restrictions.push({
        ruleId: rule.id,
        documentId: doc.documentId,
        document: doc.document,
        effect: rule.effect,
        triggers,
        dependsOnIsland,
        appliesTo: c.appliesTo,
        source: rule.source,
      });
    } else if (!reasons.some((r) => r.factId === rule.id)) {
      reasons.push(reason('area.not-applicable', `${doc.documentId}: ${rule.id} does not apply (${conditionsText(rule)})`, { source: rule.source, factId: rule.id }));
    }
  }
  return { documentId: doc.documentId, document: doc.document, restrictions, reasons };
}

function conditionsText(rule: AreaRule): string {
  const parts: string[] = [];
  if (rule.when.returnDifficultZone) parts.push('no 帰還困難区域 in the municipality');
  if (rule.when.island) parts.push('not on an island');
  if (rule.when.mountainous) parts.push('not known to be in a mountain area');
  return parts.join('; ');
}

function pushMunicipalityReasons(reasons: Reason[], res: MunicipalityResolution, data: AreaData): void {
  const src = data.dataset.source;
  if (res.municipality) {
    const m = res.municipality;
    const how = res.matchedBy === 'code' ? 'by code' : res.matchedBy === 'island-name' ? `from the island name ${JSON.stringify(res.matchedText)}` : `from ${JSON.stringify(res.matchedText)}`;
    reasons.push(reason('area.municipality.matched', `${m.prefecture}${m.name} (${m.code}) matched ${how}`, { source: src, factId: m.code }));
  } else {
    reasons.push(
      reason('area.municipality.several', `The island name ${JSON.stringify(res.matchedText)} spans ${res.candidates.map((m) => m.name).join(', ')}; pass municipalityCode to name one`, {
        source: src,
      }),
    );
  }
}
