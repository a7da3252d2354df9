/**
 * Listing the contract terms of a plan or a document (the `terms` sections of the fixtures).
 */
import { expectTable, readInput, own, rejectMisspeltKeys, type StrictShape } from '../boundary/index.js';
import { catalog as bundled } from '../catalog/bundled.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Source } from '../catalog/primitives.js';
import { getDocument, getPlan } from '../catalog/queries.js';
import { InvalidInputError } from '../errors.js';
import { quotedValueText, valueText } from '../money/describe.js';
import { TERM_CATEGORIES } from './categories.js';
import type { TermCategory } from './schema.js';

/** Input of {@link listTerms}: a plan or a document, and optionally a category. */
export interface ListTermsInput {
  /** The plan whose terms to list (its document's terms that cover it). */
  readonly planId?: string;
  /** The document whose terms to list (all of them). */
  readonly documentId?: string;
  /** Only the terms of this category. */
  readonly category?: TermCategory;
  /** Default: the bundled catalog. */
  readonly catalog?: Catalog;
}

/** One term as {@link listTerms} returns it. */
export interface Term {
  readonly id: string;
  readonly documentId: string;
  readonly category: TermCategory;
  readonly summary: string;
  /** The plan ids the term covers (resolved from the fixture's `'all'`). */
  readonly plans: readonly string[];
  readonly source: Source;
}

/**
 * The terms of a plan or a document, in the document's order, optionally of one category.
 *
 * Rules: with `planId`, the terms of the plan's document whose `plans` are `'all'` or include the
 * plan; with `documentId`, every term of the document. Give exactly one of the two.
 * @throws {InvalidInputError} neither or both of planId and documentId, an unknown category
 * @throws {NotFoundError} an unknown plan or document
 * @example listTerms({ planId: 'helpdesk-support', category: 'jurisdiction' }).map((t) => t.id) //=> ['hd-term-jurisdiction']
 * @example listTerms({ planId: 'itss-light-anshin-1' }).some((t) => t.id === 'itss-term-telework-site') //=> false
 * @example listTerms({ documentId: 'it-support-security', category: 'area' })[0]?.source.passage //=> '●提供エリア 全国'
 */
export function listTerms(input: ListTermsInput): readonly Term[] {
  input = readInput(input);
  rejectMisspeltKeys(input, TERMS_STRICT);
  if (input === null || typeof input !== 'object') throw new InvalidInputError([], 'Expected { planId } or { documentId }', { value: valueText(input) });
  const catalog = expectTable<Catalog>(input.catalog, 'catalog', ['catalog'], bundled);
  const { planId, documentId, category } = input;
  if ((planId === undefined) === (documentId === undefined)) {
    throw new InvalidInputError(planId === undefined ? ['planId'] : ['documentId'], 'Give exactly one of planId and documentId');
  }
  if (category !== undefined && !(typeof category === 'string' && (TERM_CATEGORIES as readonly string[]).includes(category))) {
    throw new InvalidInputError(['category'], `category must be one of ${TERM_CATEGORIES.join(', ')}, received ${quotedValueText(category)}`, {
      value: valueText(category),
    });
  }
  if (planId !== undefined && typeof planId !== 'string') throw new InvalidInputError(['planId'], 'planId must be a string', { value: valueText(planId) });
  if (documentId !== undefined && typeof documentId !== 'string') {
    throw new InvalidInputError(['documentId'], 'documentId must be a string', { value: valueText(documentId) });
  }
  const doc = planId !== undefined ? getDocument(getPlan(planId, catalog, ['planId']).document, catalog) : getDocument(documentId!, catalog);
  const allPlans = doc.plans.map((p) => p.id);
  const out: Term[] = [];
  const terms = own(doc, 'terms') ?? [];
  for (const t of terms) {
    if (category !== undefined && t.category !== category) continue;
    const plans = t.plans === 'all' ? allPlans : t.plans;
    if (planId !== undefined && !plans.includes(planId)) continue;
    out.push(Object.freeze({ id: t.id, documentId: doc.document.id, category: t.category, summary: t.summary, plans: Object.freeze([...plans]), source: t.source }));
  }
  return Object.freeze(out);
}

/** The keys this module's entry point takes: a key near one of them is refused as misspelt (src/boundary/strict.ts). */
const TERMS_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({ keys: ['planId', 'documentId', 'category', 'catalog'] });
