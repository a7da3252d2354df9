/**
 * The catalog: every document's plans, options and fees, validated once and frozen.
 * Users load their own or modified fixtures through {@link parseCatalog} / {@link loadCatalog}.
 */
import { brandTable, deepFreeze, MAX_ITEMS, readInput, readonlyMaps } from '../boundary/index.js';
import { CatalogValidationError, ContractRulesError, InvalidInputError, type Issue } from '../errors.js';
import { ZodError, type z } from 'zod';
import {
  CatalogInputSchema,
  type CatalogInput,
  type DocumentFixture,
  type FeeDefinition,
  type OptionDefinition,
  type PlanDefinition,
} from './schema.js';

/** A plan as the catalog exposes it: the fixture's plan plus the document it comes from. */
export type Plan = PlanDefinition & {
  /** File name of the seed document, e.g. `001_1058c0f8b62eb4e2.txt`. */
  readonly document: string;
  /** Id of the document fixture, e.g. `it-support-security`. */
  readonly documentId: string;
};
/** An option with the document it comes from. */
export type Option = OptionDefinition & { readonly document: string; readonly documentId: string };
/** A fee with the document it comes from. */
export type Fee = FeeDefinition & { readonly document: string; readonly documentId: string };

/** A validated, frozen, indexed catalog. */
export interface Catalog {
  readonly documents: readonly DocumentFixture[];
  readonly plans: readonly Plan[];
  readonly options: readonly Option[];
  readonly fees: readonly Fee[];
  /** Look-up tables built once at load. */
  readonly index: CatalogIndex;
}

/** Look-up tables of a catalog, built once at load. */
export interface CatalogIndex {
  readonly planById: ReadonlyMap<string, Plan>;
  readonly optionById: ReadonlyMap<string, Option>;
  readonly feeById: ReadonlyMap<string, Fee>;
  /** Document fixtures by id and by file name. */
  readonly documentByKey: ReadonlyMap<string, DocumentFixture>;
  /** Normalised plan names (and category + name, and aliases) to plans. */
  readonly plansByName: ReadonlyMap<string, readonly Plan[]>;
}

/** Result of {@link parseCatalog}: never throws. */
export type ParseCatalogResult =
  | { readonly success: true; readonly data: Catalog }
  | { readonly success: false; readonly issues: readonly Issue[] };

/**
 * Validates catalog JSON (an object `{ documents: [...] }` or its JSON text) without throwing.
 *
 * @example
 * const r = parseCatalog({ documents: [] });
 * r.success //=> false
 * r.issues[0].path //=> ['documents']
 */
export function parseCatalog(json: unknown): ParseCatalogResult {
  let input: unknown = json;
  if (typeof json === 'string') {
    try {
      input = JSON.parse(json);
    } catch (e) {
      return { success: false, issues: [{ code: 'invalid_json', path: [], message: `Not JSON: ${(e as Error).message}` }] };
    }
  }
  try {
    input = readInput(input, [], { maxItems: MAX_ITEMS });
  } catch (e) {
    if (e instanceof ContractRulesError) return { success: false, issues: [{ code: e.code, path: e.path, message: e.message }] };
    throw e;
  }
  const r = CatalogInputSchema.safeParse(input);
  if (!r.success) return { success: false, issues: toIssues(r.error) };
  return { success: true, data: buildCatalog(r.data) };
}

/**
 * Validates catalog JSON and returns the frozen catalog.
 * @throws {CatalogValidationError} listing every issue with its JSON path
 * @example
 * const mine = loadCatalog(JSON.parse(fs.readFileSync('my-catalog.json', 'utf8')));
 * findPlan({ id: 'oas-plan-a' }, mine)?.monthlyFeeYen //=> 3900
 */
export function loadCatalog(json: unknown): Catalog {
  const r = parseCatalog(json);
  if (!r.success) throw new CatalogValidationError(r.issues);
  return r.data;
}

/**
 * Converts zod issues to the library's issue shape (code, path, message).
 * @example toIssues(YenSchema.safeParse(-1).error!)[0].code //=> 'too_small'
 */
export function toIssues(error: z.ZodError): Issue[] {
  if (!(error instanceof ZodError)) throw new InvalidInputError(['error'], 'Expected a ZodError', {});
  return error.issues.map((i) => ({
    code: i.code,
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));
}

/** Normalises a name for look-up: NFKC, no white space, ヶ/ケ folded. @example normalizeName('ＵＣＯＭ光 リモートサポート') //=> 'UCOM光リモートサポート' */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/[ヶヵ]/g, 'ケ');
}

function buildCatalog(input: CatalogInput): Catalog {
  const plans: Plan[] = [];
  const options: Option[] = [];
  const fees: Fee[] = [];
  const documentByKey = new Map<string, DocumentFixture>();
  for (const doc of input.documents) {
    const tag = { document: doc.document.file, documentId: doc.document.id };
    documentByKey.set(doc.document.id, doc);
    documentByKey.set(doc.document.file, doc);
    for (const p of doc.plans) plans.push({ ...p, ...tag });
    for (const o of doc.options) options.push({ ...o, ...tag });
    for (const f of doc.fees) fees.push({ ...f, ...tag });
  }
  const plansByName = new Map<string, Plan[]>();
  const addName = (key: string, p: Plan) => {
    const k = normalizeName(key);
    const list = plansByName.get(k) ?? [];
    if (!list.includes(p)) list.push(p);
    plansByName.set(k, list);
  };
  for (const p of plans) {
    addName(p.name, p);
    if (p.category) addName(`${p.category} ${p.name}`, p);
    for (const a of p.aliases ?? []) addName(a, p);
  }
  const catalog: Catalog = {
    documents: input.documents,
    plans,
    options,
    fees,
    index: readonlyMaps({
      planById: new Map(plans.map((p) => [p.id, p])),
      optionById: new Map(options.map((o) => [o.id, o])),
      feeById: new Map(fees.map((f) => [f.id, f])),
      documentByKey,
      plansByName,
    }),
  };
  return brandTable(deepFreeze(catalog), 'catalog');
}

