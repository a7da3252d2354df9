/**
 * Shared pieces of the scope checks: input validation, name look-up against the vocabularies the
 * catalog's documents name (operating systems, device types, lines, products), verdict ordering.
 */
import { expectTable, own } from '../boundary/index.js';
import { catalog as bundled } from '../catalog/bundled.js';
import type { Catalog, Plan } from '../catalog/catalog.js';
import type { Source } from '../catalog/primitives.js';
import { getDocument, getPlan } from '../catalog/queries.js';
import type { DocumentFixture } from '../catalog/schema.js';
import { InvalidInputError, NotFoundError, type ErrorPath } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import { closestMatches } from '../text/closest.js';
import type { ScopeSection, ScopeTool } from './schema.js';

/**
 * What to do with a name (operating system, product, device type) that no document of the catalog names.
 * - `error` (default): a {@link NotFoundError}, never a silent answer;
 * - `not-supported`: answer "not supported", as the documents' lists are closed.
 */
export type ScopeUnknownNames = 'error' | 'not-supported';
/**
 * Whether an operating system may be read as another where a list names only the other
 * (iPadOS under iOS; interpretation scope-ipados-as-ios). Default `apply`.
 */
export type ScopeOsEquivalents = 'apply' | 'ignore';

/** A requirement the document states that the caller's input did not settle. */
export interface ScopeCondition {
  /** Stable id: `version`, `language`, `cpu-architecture`, `open-ports`, `device-type`, a fixture fact id … */
  readonly id: string;
  /** What must hold, in a sentence. */
  readonly message: string;
  readonly source?: Source | undefined;
}

/** The verdict of one support-scope check, from worst to best: not-supported, not-stated, conditional, supported. */
export type ScopeItemVerdict = 'supported' | 'conditional' | 'not-supported' | 'not-stated';

const ITEM_ORDER: Record<ScopeItemVerdict, number> = { 'not-supported': 0, 'not-stated': 1, conditional: 2, supported: 3 };

/**
 * The worst of several verdicts (`supported` for none).
 * @example worstScopeVerdict(['supported', 'conditional']) //=> 'conditional'
 */
export function worstScopeVerdict(verdicts: readonly ScopeItemVerdict[]): ScopeItemVerdict {
  return verdicts.reduce<ScopeItemVerdict>((w, v) => (ITEM_ORDER[v] < ITEM_ORDER[w] ? v : w), 'supported');
}

/**
 * Folds a name for look-up: NFKC, lower case, no white space.
 * @example normalizeScopeName('Fire FOX') //=> 'firefox'
 * @example normalizeScopeName('ﾌﾚｯﾂ 光ライト') //=> 'フレッツ光ライト'
 */
export function normalizeScopeName(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/[\s\u3000]+/g, '');
}

/** A plan with its document and that document's scope section (possibly absent). */
export interface ScopeContext {
  readonly catalog: Catalog;
  readonly plan: Plan;
  readonly doc: DocumentFixture;
  readonly section: ScopeSection | undefined;
}

/** Resolves `planId` (path `['planId']`) to its document and scope section. */
export function scopeContext(planId: unknown, catalog: unknown): ScopeContext {
  const cat = catalogOption(catalog);
  if (typeof planId !== 'string') throw new InvalidInputError(['planId'], 'planId must be a string', { value: planId });
  const plan = getPlan(planId, cat, ['planId']);
  const doc = getDocument(plan.document, cat);
  return { catalog: cat, plan, doc, section: own(doc, 'scope') };
}

function catalogOption(value: unknown): Catalog {
  return expectTable<Catalog>(value, 'catalog', ['catalog'], bundled);
}

/** Throws unless `value` is a plain object. */
export function expectRecord(value: unknown, path: ErrorPath, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidInputError(path, `Expected ${what}`, { value });
  }
  return value as Record<string, unknown>;
}

/** A non-empty string. */
export function expectName(value: unknown, path: ErrorPath, what: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new InvalidInputError(path, `${what} must be a non-empty string`, { value });
  return value;
}

/** An optional non-empty string. */
export function optionalName(value: unknown, path: ErrorPath, what: string): string | undefined {
  return value === undefined ? undefined : expectName(value, path, what);
}

/** An optional boolean. */
export function optionalBoolean(value: unknown, path: ErrorPath): boolean | undefined {
  if (value === undefined) return undefined;
  if (typeof value !== 'boolean') throw new InvalidInputError(path, 'Expected true or false', { value });
  return value;
}

/** One of a set of strings, or the default when undefined. */
export function optionalChoice<T extends string>(value: unknown, choices: readonly T[], fallback: T, path: ErrorPath): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(choices as readonly string[]).includes(value)) {
    throw new InvalidInputError(path, `Expected one of ${choices.join(', ')}`, { value, allowed: choices });
  }
  return value as T;
}

/** Rejects keys a record should not have (catches misspelt options). */
export function rejectUnknownKeys(record: Record<string, unknown>, allowed: readonly string[], path: ErrorPath): void {
  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      throw new InvalidInputError([...path, key], `Unknown field ${JSON.stringify(key)}; expected one of ${allowed.join(', ')}`, { allowed });
    }
  }
}

/** A named thing of a vocabulary: id, the names it is written with, and where. */
export interface VocabularyEntry {
  readonly id: string;
  /** The first name as written, for messages. */
  readonly name: string;
  readonly keys: readonly string[];
}

function addEntry(map: Map<string, VocabularyEntry>, byId: Map<string, VocabularyEntry>, id: string, names: readonly string[]): void {
  const prev = byId.get(id);
  const keys = new Set([...(prev?.keys ?? []), normalizeScopeName(id), ...names.map(normalizeScopeName)]);
  const entry: VocabularyEntry = { id, name: prev?.name ?? names[0] ?? id, keys: [...keys] };
  byId.set(id, entry);
  for (const k of keys) map.set(k, entry);
}

function vocabulary(catalog: Catalog, pick: (s: ScopeSection) => ReadonlyArray<{ id: string; names: readonly string[] }>): Map<string, VocabularyEntry> {
  const map = new Map<string, VocabularyEntry>();
  const byId = new Map<string, VocabularyEntry>();
  for (const doc of catalog.documents) {
    const scope = own(doc, 'scope');
    if (scope) for (const e of pick(scope)) addEntry(map, byId, e.id, e.names);
  }
  return map;
}

/** The operating systems the catalog's documents name, by folded name, id and alias. */
export function osVocabulary(catalog: Catalog): Map<string, VocabularyEntry> {
  return vocabulary(catalog, (s) => (own(s, 'operatingSystems') ?? []).map((o) => ({ id: o.id, names: [...o.names, ...(own(o, 'aliases') ?? [])] })));
}

/** The device types the catalog's documents name. */
export function deviceTypeVocabulary(catalog: Catalog): Map<string, VocabularyEntry> {
  return vocabulary(catalog, (s) => (own(s, 'deviceTypes') ?? []).map((o) => ({ id: o.id, names: [...o.names, ...(own(o, 'aliases') ?? [])] })));
}

/** The CPU architectures the catalog's documents name (PowerPC). */
export function architectureVocabulary(catalog: Catalog): Map<string, VocabularyEntry> {
  return vocabulary(catalog, (s) => (own(s, 'environment')?.os.excludedArchitectures ?? []).map((a) => ({ id: a.id, names: [a.name, ...(own(a, 'aliases') ?? [])] })));
}

/** Every product name (software, hardware, recommended-environment browser) the catalog's documents name. */
export function productVocabulary(catalog: Catalog): Map<string, VocabularyEntry> {
  return vocabulary(catalog, (s) => [
    ...(own(s, 'software') ?? []).map((x) => ({ id: normalizeScopeName(x.name), names: [x.name, ...(own(x, 'aliases') ?? [])] })),
    ...(own(s, 'hardware') ?? []).map((x) => ({ id: normalizeScopeName(x.name), names: [x.name, ...(own(x, 'aliases') ?? [])] })),
    ...(own(s, 'environment')?.browsers ?? []).map((x) => ({ id: normalizeScopeName(x.name), names: [x.name, ...(own(x, 'aliases') ?? [])] })),
  ]);
}

/** A name resolved against a vocabulary: its id, or `null` when the catalog does not know it (and unknownNames allowed that). */
export interface ScopeResolvedName {
  readonly id: string | null;
  readonly name: string;
  readonly asGiven: string;
}

/**
 * Looks a name up in a vocabulary.
 * @throws {NotFoundError} unknown name with `unknownNames: 'error'` (path `path`; `details.closest` lists near names)
 */
export function resolveName(
  value: string,
  vocab: Map<string, VocabularyEntry>,
  what: string,
  path: ErrorPath,
  unknownNames: ScopeUnknownNames,
): ScopeResolvedName {
  const hit = vocab.get(normalizeScopeName(value));
  if (hit) return { id: hit.id, name: hit.name, asGiven: value };
  if (unknownNames === 'not-supported') return { id: null, name: value, asGiven: value };
  const known = [...new Set([...vocab.values()].map((e) => e.name))];
  const closest = closestMatches(value, known);
  throw new NotFoundError(path, `Unknown ${what} ${JSON.stringify(value)}: no document of the catalog names it (known: ${known.join(', ') || 'none'})`, {
    value,
    known,
    closest,
  });
}

/** The name of an operating system as the document writes it (its first name), else `fallback` (default the id). */
export function osName(section: ScopeSection | undefined, osId: string, fallback: string = osId): string {
  return (section && own(section, 'operatingSystems'))?.find((o) => o.id === osId)?.names[0] ?? fallback;
}

/** The name of a device type as the document writes it. */
export function deviceTypeName(section: ScopeSection | undefined, typeId: string): string {
  return (section && own(section, 'deviceTypes'))?.find((o) => o.id === typeId)?.names[0] ?? typeId;
}

/** Finds a tool of a section by id or name (folded). */
export function findScopeTool(section: ScopeSection | undefined, value: string): ScopeTool | undefined {
  const key = normalizeScopeName(value);
  return (section && own(section, 'tools'))?.find((t) => t.id === value || [t.name, ...(own(t, 'aliases') ?? [])].some((n) => normalizeScopeName(n) === key));
}

/** Result of {@link evaluateToolDevice}. */
export interface ToolDeviceEvaluation {
  readonly verdict: 'supported' | 'conditional' | 'not-supported';
  readonly os: ScopeResolvedName;
  readonly deviceType: ScopeResolvedName | null;
  readonly conditions: readonly ScopeCondition[];
  readonly reasons: readonly Reason[];
}

/**
 * Whether a tool installs on a device: its operating system (directly, or through an OS equivalent) and,
 * where the document pairs OSes with device types, the device type.
 * @throws {NotFoundError} an OS or device type no document names (with `unknownNames: 'error'`)
 */
export function evaluateToolDevice(
  section: ScopeSection,
  tool: ScopeTool,
  catalog: Catalog,
  input: { os: string; deviceType?: string | undefined },
  path: ErrorPath,
  options: { unknownNames: ScopeUnknownNames; osEquivalents: ScopeOsEquivalents },
): ToolDeviceEvaluation {
  const os = resolveName(input.os, osVocabulary(catalog), 'operating system', [...path, 'os'], options.unknownNames);
  const deviceType =
    input.deviceType === undefined
      ? null
      : resolveName(input.deviceType, deviceTypeVocabulary(catalog), 'device type', [...path, 'deviceType'], options.unknownNames);
  const reasons: Reason[] = [];
  const conditions: ScopeCondition[] = [];
  const osList = tool.os.map((o) => osName(section, o.os)).join('、');
  const notSupported = (r: Reason): ToolDeviceEvaluation => ({ verdict: 'not-supported', os, deviceType, conditions, reasons: [...reasons, r] });

  if (os.id === null) {
    return notSupported(reason('scope.tool.os-unknown', `${tool.name}: ${JSON.stringify(os.asGiven)} is not an operating system the catalog names; the tool supports ${osList}`, { source: tool.source, factId: tool.id }));
  }
  const excluded = tool.excludedOs?.find((e) => e.os === os.id);
  if (excluded) {
    return notSupported(reason('scope.tool.os-excluded', `${tool.name} does not support ${osName(section, os.id)}: 「${excluded.asWritten}」`, { source: excluded.source, factId: tool.id }));
  }
  let entry = tool.os.find((o) => o.os === os.id);
  if (entry) {
    reasons.push(reason('scope.tool.os-listed', `${tool.name} supports ${osName(section, os.id)} (「${entry.asWritten}」)`, { source: entry.source, factId: tool.id }));
  } else if (options.osEquivalents === 'apply') {
    const eq = own(section, 'osEquivalents')?.find((e) => e.os === os.id && tool.os.some((o) => o.os === e.countsAs));
    if (eq) {
      entry = tool.os.find((o) => o.os === eq.countsAs)!;
      reasons.push(
        reason('scope.tool.os-equivalent', `${tool.name} lists ${osName(section, eq.countsAs)}, not ${osName(section, os.id)}; ${osName(section, os.id)} is read as ${osName(section, eq.countsAs)} (option osEquivalents)`, {
          source: eq.source,
          factId: tool.id,
          interpretation: interpretationOf(eq.source) ?? 'scope-ipados-as-ios',
        }),
        reason('scope.tool.os-listed', `${tool.name} supports ${osName(section, eq.countsAs)} (「${entry.asWritten}」)`, { source: entry.source, factId: tool.id }),
      );
    }
  }
  if (!entry) {
    return notSupported(
      reason('scope.tool.os-not-listed', `${tool.name} does not list ${osName(section, os.id)}; it supports ${osList}`, {
        source: tool.os[0]!.source,
        factId: tool.id,
        interpretation: 'scope-closed-lists',
      }),
    );
  }
  const toolTypes = tool.deviceTypes.map((d) => d.deviceType);
  const allowed = entry.deviceTypes ?? toolTypes;
  const allowedText = allowed.map((t) => deviceTypeName(section, t)).join('・');
  if (deviceType === null) {
    if (entry.deviceTypes) {
      conditions.push({ id: 'device-type', message: `${osName(section, entry.os)} is supported on ${allowedText} only; the device type was not given`, source: entry.source });
      reasons.push(
        reason('scope.tool.device-type-not-given', `Device type not given: ${osName(section, entry.os)} is supported on ${allowedText} only`, {
          source: entry.source,
          factId: tool.id,
          interpretation: 'scope-missing-information',
        }),
      );
      return { verdict: 'conditional', os, deviceType, conditions, reasons };
    }
    reasons.push(reason('scope.tool.device-type-not-given', `Device type not given; the tool supports ${allowedText}`, { source: tool.deviceTypes[0]!.source, factId: tool.id }));
    return { verdict: 'supported', os, deviceType, conditions, reasons };
  }
  if (deviceType.id === null || !allowed.includes(deviceType.id)) {
    return notSupported(
      reason('scope.tool.device-type-not-listed', `${tool.name} supports ${osName(section, entry.os)} on ${allowedText}, not on ${deviceType.id === null ? JSON.stringify(deviceType.asGiven) : deviceTypeName(section, deviceType.id)}`, {
        source: entry.deviceTypes ? entry.source : tool.deviceTypes[0]!.source,
        factId: tool.id,
      }),
    );
  }
  const typeFact = tool.deviceTypes.find((d) => d.deviceType === deviceType.id)!;
  reasons.push(reason('scope.tool.device-type-listed', `${tool.name} supports ${deviceTypeName(section, deviceType.id)} (「${typeFact.asWritten}」)`, { source: entry.deviceTypes ? entry.source : typeFact.source, factId: tool.id }));
  return { verdict: 'supported', os, deviceType, conditions, reasons };
}

/** The interpretation id a fixture note names (`… (interpretation scope-blank-cell) …`), if any. */
export function interpretationOf(source: Source | undefined): string | undefined {
  const note = source === undefined ? undefined : own(source, 'note');
  const m = note ? /interpretation ([a-z0-9]+(?:-[a-z0-9]+)*)/i.exec(note) : null;
  return m ? m[1] : undefined;
}
