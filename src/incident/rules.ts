/**
 * Reading the `incidents` section of a document through the catalog, and the small input checks
 * shared by the incident evaluators.
 */
import { expectTable, own } from '../boundary/index.js';
import type { Catalog } from '../catalog/catalog.js';
import { catalog as bundled } from '../catalog/bundled.js';
import { documentOfPlan } from '../catalog/queries.js';
import type { DocumentFixture } from '../catalog/schema.js';
import { InvalidInputError, NotFoundError, type ErrorPath } from '../errors.js';
import type { IncidentSection } from './schema.js';

/** The rule groups of an `incidents` section (`'opensOn' | 'closeOn' | 'autoClose' | …`). */
export type IncidentRuleKey = keyof IncidentSection;

/** A document, one of its plans, and the requested rule group. */
export interface ResolvedIncidentRules<K extends IncidentRuleKey> {
  readonly planId: string;
  readonly document: DocumentFixture;
  readonly section: IncidentSection;
  readonly rule: NonNullable<IncidentSection[K]>;
}

/**
 * Finds the plan whose document states the rule group `key`: the given `planId`, or, when it is
 * omitted, the first plan of the only document of the catalog that states it.
 * @throws {NotFoundError} unknown plan, or its document (or the catalog) states no such rule
 * @throws {InvalidInputError} `planId` omitted and several documents state the rule
 * @example resolveIncidentRules('autoClose', undefined, catalog, 'auto-close rule').planId //=> 'helpdesk-support'
 */
export function resolveIncidentRules<K extends IncidentRuleKey>(
  key: K,
  planId: unknown,
  catalog: Catalog,
  what: string,
): ResolvedIncidentRules<K> {
  if (planId !== undefined) {
    if (typeof planId !== 'string') throw new InvalidInputError(['planId'], 'planId must be a string', { value: planId });
    const document = documentOfPlan(planId, catalog, ['planId']);
    const section = own(document, 'incidents');
    const rule = section?.[key];
    if (section === undefined || rule === undefined) {
      throw new NotFoundError(['planId'], `The document of plan ${planId} (${document.document.file}) states no ${what}`, {
        planId,
        document: document.document.file,
      });
    }
    return { planId, document, section, rule: rule as NonNullable<IncidentSection[K]> };
  }
  // Without a plan id the answer depends only on the (frozen) catalog and the key: found once.
  let perCatalog = defaultRules.get(catalog);
  if (perCatalog === undefined) {
    perCatalog = new Map();
    defaultRules.set(catalog, perCatalog);
  }
  const known = perCatalog.get(key);
  if (known !== undefined) return known as ResolvedIncidentRules<K>;
  const found = findDefaultRules(key, catalog, what);
  perCatalog.set(key, found);
  return found;
}

/**
 * The plan-less resolution of each rule group, per catalog (derived from frozen data, never an answer
 * of its own: the first call for a key finds it, or throws, as every call would).
 */
const defaultRules = new WeakMap<Catalog, Map<IncidentRuleKey, ResolvedIncidentRules<IncidentRuleKey>>>();

function findDefaultRules<K extends IncidentRuleKey>(key: K, catalog: Catalog, what: string): ResolvedIncidentRules<K> {
  const docs = catalog.documents.filter((d) => own(own(d, 'incidents') ?? {}, key) !== undefined && catalog.plans.some((p) => p.documentId === d.document.id));
  if (docs.length === 0) throw new NotFoundError(['planId'], `No document of the catalog states ${what}`);
  if (docs.length > 1) {
    throw new InvalidInputError(['planId'], `Several documents state ${what} (${docs.map((d) => d.document.id).join(', ')}): pass planId`, {
      documents: docs.map((d) => d.document.id),
    });
  }
  const document = docs[0]!;
  const plan = catalog.plans.find((p) => p.documentId === document.document.id)!;
  const section = own(document, 'incidents')!;
  return Object.freeze({ planId: plan.id, document, section, rule: section[key] as NonNullable<IncidentSection[K]> });
}

/**
 * The catalog of an input: its `catalog` or the bundled one.
 * @throws {InvalidInputError} `['catalog']` is not a catalog made by loadCatalog()
 * @example catalogOf({}) === catalog //=> true
 */
export function catalogOf(input: { catalog?: Catalog | undefined }): Catalog {
  return expectTable<Catalog>(input.catalog, 'catalog', ['catalog'], bundled);
}

/**
 * Checks that an input is a plain object.
 * @throws {InvalidInputError} with `path`
 * @example expectRecord(null, ['input'], 'an object') // throws InvalidInputError at ['input']
 */
export function expectRecord(value: unknown, path: ErrorPath, what: string): Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw new InvalidInputError(path, `Expected ${what}, received ${describeValue(value)}`, { value: describeValue(value) });
  }
  return value as Record<string, unknown>;
}

/**
 * Checks an optional enumerated value and returns it, or the default.
 * @throws {InvalidInputError} a value outside `allowed`
 * @example optionalChoice(undefined, ['a', 'b'], 'a', ['mode']) //=> 'a'
 */
export function optionalChoice<T extends string>(value: unknown, allowed: readonly T[], fallback: T, path: ErrorPath): T {
  if (value === undefined) return fallback;
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidInputError(path, `Expected one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}, received ${describeValue(value)}`, {
      value: typeof value === 'string' ? value : describeValue(value),
      allowed,
    });
  }
  return value as T;
}

/** Describes a value for an error message. @example describeValue([1]) //=> 'an array' */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number') return String(v);
  return typeof v;
}
