/**
 * The catalog: every document's plans, options and fees, validated once and frozen.
 * Users load their own or modified fixtures through `parseCatalog` / `loadCatalog`
 * (`support-contract-rules/schemas`), which validate with zod and then build the catalog here.
 */
import { brandTable, own, ReadonlyMapView } from '../boundary/index.js';
import { deepFreeze } from '../data/frozen.js';
import type { Issue } from '../errors.js';
import type { CatalogInput, DocumentFixture, FeeDefinition, OptionDefinition, PlanDefinition } from './schema.js';

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

/** Result of `parseCatalog`: never throws. */
export type ParseCatalogResult =
  | { readonly success: true; readonly data: Catalog }
  | { readonly success: false; readonly issues: readonly Issue[] };

/** Normalises a name for look-up: NFKC, no white space, ヶ/ケ folded. @example normalizeName('ＵＣＯＭ光 リモートサポート') //=> 'UCOM光リモートサポート' */
export function normalizeName(name: string): string {
  return name.normalize('NFKC').replace(/\s+/g, '').replace(/[ヶヵ]/g, 'ケ');
}

/**
 * Builds the frozen, indexed catalog of validated documents (internal; no validation here). The documents are the
 * library's own data (the bundled fixtures, or zod's output in `parseCatalog`): they are deep-frozen first (the
 * bundled ones already are, which costs one check), and then each object built here is frozen as it is made, so no
 * second walk of the documents is needed.
 */
export function buildCatalog(input: CatalogInput): Catalog {
  const documents = deepFreeze(input.documents);
  const plans: Plan[] = [];
  const options: Option[] = [];
  const fees: Fee[] = [];
  const documentByKey = new Map<string, DocumentFixture>();
  for (const doc of documents) {
    const tag = { document: doc.document.file, documentId: doc.document.id };
    documentByKey.set(doc.document.id, doc);
    documentByKey.set(doc.document.file, doc);
    for (const p of doc.plans) plans.push(Object.freeze({ ...p, ...tag }));
    for (const o of doc.options) options.push(Object.freeze({ ...o, ...tag }));
    for (const f of doc.fees) fees.push(Object.freeze({ ...f, ...tag }));
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
    const category = own(p, 'category');
    if (category) addName(`${category} ${p.name}`, p);
    for (const a of own(p, 'aliases') ?? []) addName(a, p); // own: bundled data is plain JSON
  }
  for (const list of plansByName.values()) Object.freeze(list);
  const catalog: Catalog = {
    documents,
    plans: Object.freeze(plans),
    options: Object.freeze(options),
    fees: Object.freeze(fees),
    index: Object.freeze({
      planById: new ReadonlyMapView(new Map(plans.map((p) => [p.id, p]))),
      optionById: new ReadonlyMapView(new Map(options.map((o) => [o.id, o]))),
      feeById: new ReadonlyMapView(new Map(fees.map((f) => [f.id, f]))),
      documentByKey: new ReadonlyMapView(documentByKey),
      plansByName: new ReadonlyMapView(plansByName),
    }),
  };
  return brandTable(Object.freeze(catalog), 'catalog');
}

