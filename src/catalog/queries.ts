/**
 * Look-ups and sale-window checks over a catalog (the bundled one unless given).
 */
import { checkIdLength, expectTable, own, parseEnum, readInput, readOptions, rejectMisspeltKeys, type StrictShape } from '../boundary/index.js';
import { ContractRulesError, InvalidInputError, NotFoundError } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import { closestMatches } from '../text/closest.js';
import { formatIsoDate, parseIsoDate } from '../time/index.js';
import { catalog as bundled } from './bundled.js';
import { normalizeName, type Catalog, type Fee, type Option, type Plan } from './catalog.js';
import type { DocumentFixture, SaleWindow } from './schema.js';
import type { BundledFeeId, BundledOptionId, BundledPlanId, KnownId } from './bundled-ids.js';
import type { DateInput } from '../time/index.js';

export type { BundledFeeId, BundledOptionId, BundledPlanId, KnownId } from './bundled-ids.js';

export { closestMatches } from '../text/closest.js';

/** Look a plan up by its stable id or by its name (as written, white space and width ignored). */
export type FindPlanQuery = { readonly id: string } | { readonly name: string };

/**
 * Finds a plan by id or name; `undefined` when none matches.
 * @throws {InvalidInputError} the query is neither `{ id }` nor `{ name }`, or a name matches several plans
 * @example findPlan({ name: 'プランA' })?.monthlyFeeYen //=> 3900
 * @example findPlan({ id: 'itss-light-anshin-1' })?.taxBasis //=> 'tax-included'
 */
export function findPlan(query: FindPlanQuery, catalog: Catalog = bundled): Plan | undefined {
  query = readInput(query);
  catalog = expectTable(catalog, 'catalog', ['catalog'], bundled);
  if (query === null || typeof query !== 'object') throw new InvalidInputError([], 'Expected { id } or { name }', { value: query });
  if ('id' in query) {
    if (typeof query.id !== 'string') throw new InvalidInputError(['id'], 'Plan id must be a string', { value: query.id });
    checkIdLength(query.id, ['id']);
    return catalog.index.planById.get(query.id);
  }
  if ('name' in query) {
    if (typeof query.name !== 'string') throw new InvalidInputError(['name'], 'Plan name must be a string', { value: query.name });
    checkIdLength(query.name, ['name']);
    const hits = catalog.index.plansByName.get(normalizeName(query.name));
    if (!hits || hits.length === 0) return undefined;
    if (hits.length > 1) {
      throw new InvalidInputError(['name'], `Plan name ${JSON.stringify(query.name)} is ambiguous: ${hits.map((p) => p.id).join(', ')}`, {
        candidates: hits.map((p) => p.id),
      });
    }
    return hits[0];
  }
  throw new InvalidInputError([], 'Expected { id } or { name }', { value: query });
}

/**
 * Gets a plan by id. A literal id must be a bundled plan id (`BundledPlanId`) unless a catalog is given:
 * `getPlan('oas-plan-c')` does not compile.
 * @throws {NotFoundError} no plan has this id (the error lists the closest ids)
 * @example getPlan('oas-plan-b').monthlyFeeYen //=> 5900
 */
export function getPlan<Id extends string>(id: Id & KnownId<Id, BundledPlanId>, catalog?: Catalog, path?: ReadonlyArray<string | number>): Plan;
/** With a catalog of your own: any id. */
export function getPlan(id: string, catalog: Catalog, path?: ReadonlyArray<string | number>): Plan;
export function getPlan(id: string, catalog: Catalog = bundled, path: ReadonlyArray<string | number> = ['id']): Plan {
  if (typeof id !== 'string') throw new InvalidInputError(path, 'Plan id must be a string', { value: id });
  checkIdLength(id, path);
  catalog = expectTable(catalog, 'catalog', ['catalog'], bundled);
  const plan = catalog.index.planById.get(id);
  if (!plan) throw notFound('plan', id, [...catalog.index.planById.keys()], path);
  return plan;
}

/**
 * Gets an option by id.
 * @throws {NotFoundError} no option has this id
 * @example getOption('itss-standard-extra-inquiries').monthlyFeeYen //=> 3850
 */
export function getOption<Id extends string>(id: Id & KnownId<Id, BundledOptionId>, catalog?: Catalog, path?: ReadonlyArray<string | number>): Option;
/** With a catalog of your own: any id. */
export function getOption(id: string, catalog: Catalog, path?: ReadonlyArray<string | number>): Option;
export function getOption(id: string, catalog: Catalog = bundled, path: ReadonlyArray<string | number> = ['id']): Option {
  if (typeof id !== 'string') throw new InvalidInputError(path, 'Option id must be a string', { value: id });
  checkIdLength(id, path);
  catalog = expectTable(catalog, 'catalog', ['catalog'], bundled);
  const option = catalog.index.optionById.get(id);
  if (!option) throw notFound('option', id, [...catalog.index.optionById.keys()], path);
  return option;
}

/**
 * Gets a fee by id.
 * @throws {NotFoundError} no fee has this id
 * @example getFee('itss-visit-basic-work').amountYen //=> 4950
 */
export function getFee<Id extends string>(id: Id & KnownId<Id, BundledFeeId>, catalog?: Catalog, path?: ReadonlyArray<string | number>): Fee;
/** With a catalog of your own: any id. */
export function getFee(id: string, catalog: Catalog, path?: ReadonlyArray<string | number>): Fee;
export function getFee(id: string, catalog: Catalog = bundled, path: ReadonlyArray<string | number> = ['id']): Fee {
  if (typeof id !== 'string') throw new InvalidInputError(path, 'Fee id must be a string', { value: id });
  checkIdLength(id, path);
  catalog = expectTable(catalog, 'catalog', ['catalog'], bundled);
  const fee = catalog.index.feeById.get(id);
  if (!fee) throw notFound('fee', id, [...catalog.index.feeById.keys()], path);
  return fee;
}

/**
 * Gets a document fixture by its id or file name.
 * @throws {NotFoundError}
 * @example getDocument('003_ffc254f782656f39.txt').document.service //=> 'UCOM光 リモートサポート'
 */
export function getDocument(idOrFile: string, catalog: Catalog = bundled): DocumentFixture {
  if (typeof idOrFile !== 'string') throw new InvalidInputError(['document'], 'Document id must be a string', { received: typeof idOrFile });
  checkIdLength(idOrFile, ['document']);
  catalog = expectTable(catalog, 'catalog', ['catalog'], bundled);
  const doc = catalog.index.documentByKey.get(idOrFile);
  if (!doc) throw notFound('document', idOrFile, catalog.documents.map((d) => d.document.id), ['document']);
  return doc;
}

/**
 * The document fixture a plan comes from (with its rule sections).
 * @throws {NotFoundError} unknown plan id
 * @example documentOfPlan('oas-plan-a').document.id //=> 'office-anshin-support'
 */
export function documentOfPlan<Id extends string>(planId: Id & KnownId<Id, BundledPlanId>, catalog?: Catalog, path?: ReadonlyArray<string | number>): DocumentFixture;
/** With a catalog of your own: any id. */
export function documentOfPlan(planId: string, catalog: Catalog, path?: ReadonlyArray<string | number>): DocumentFixture;
export function documentOfPlan(planId: string, catalog: Catalog = bundled, path: ReadonlyArray<string | number> = ['planId']): DocumentFixture {
  const plan = getPlan(planId, catalog, path);
  return getDocument(plan.document, catalog);
}

/** How to read a blank end-of-sale cell (a plan listed as discontinued with no date). */
export type UnknownEndOfSale = 'treat-as-ended' | 'treat-as-on-sale';

/** Options of {@link canSubscribe} and {@link plansOnSale}. */
export interface CanSubscribeOptions {
  /** Default `'treat-as-ended'`: a plan listed as no longer sold, with no date, cannot be subscribed on any day. */
  readonly unknownEndOfSale?: UnknownEndOfSale;
  readonly catalog?: Catalog;
}

/** Verdict of {@link canSubscribe}. */
export interface SubscribeVerdict {
  readonly ok: boolean;
  readonly planId: string;
  readonly on: string;
  readonly reasons: readonly Reason[];
}

/**
 * Whether a plan can be newly subscribed on a day: the service has started, the plan's sale window
 * has opened and not closed. Sale start and end days are inclusive (a plan with 販売終了日 2019-04-19
 * can still be subscribed on 2019-04-19).
 *
 * @throws {NotFoundError} unknown plan id
 * @throws {InvalidInputError} `on` is not a date; `unknownEndOfSale` is neither 'treat-as-ended' nor 'treat-as-on-sale'
 * @example canSubscribe({ planId: 'itss-standard-anshin-1', on: '2020-09-06' }).ok //=> false (提供開始 2020-09-07)
 * @example canSubscribe({ planId: 'itss-legacy-light-1', on: '2019-04-19' }).ok //=> true
 */
export function canSubscribe(input: { planId: string; on: DateInput } & CanSubscribeOptions): SubscribeVerdict {
  input = readInput(input);
  rejectMisspeltKeys(input, SUBSCRIBE_STRICT);
  if (input === null || typeof input !== 'object') throw new InvalidInputError([], 'Expected { planId, on }', { value: input });
  const cat = expectTable<Catalog>(input.catalog, 'catalog', ['catalog'], bundled);
  const plan = getPlan(input.planId, cat, ['planId']);
  const day = parseIsoDate(input.on, ['on']);
  const doc = getDocument(plan.document, cat);
  const reasons = saleReasons(plan.id, plan.saleWindow, doc, day, parseEnum(input.unknownEndOfSale, UNKNOWN_END_OF_SALE, ['unknownEndOfSale']) ?? 'treat-as-ended');
  return Object.freeze({
    ok: reasons.every((r) => !r.rule.endsWith('.closed')),
    planId: plan.id,
    on: formatIsoDate(day),
    reasons,
  });
}

/**
 * The plans that can be newly subscribed on a day.
 * @example plansOnSale('2026-11-22').map((p) => p.id).includes('itss-legacy-light-1') //=> false
 */
export function plansOnSale(on: DateInput, options: CanSubscribeOptions = {}): readonly Plan[] {
  on = readInput(on, ['on']);
  options = readOptions(options, ['options']);
  const cat = expectTable<Catalog>(options.catalog, 'catalog', ['catalog'], bundled);
  const iso = formatIsoDate(parseIsoDate(on, ['on'])); // read once: every plan is checked against the same day
  const unknownEndOfSale = parseEnum(options.unknownEndOfSale, UNKNOWN_END_OF_SALE, ['unknownEndOfSale']); // refused even when the catalog has no plan
  return cat.plans.filter((p) => canSubscribe({ planId: p.id, ...options, on: iso, catalog: cat, unknownEndOfSale }).ok);
}

/** The values of the `unknownEndOfSale` option (absent: 'treat-as-ended'; anything else is refused at its field). */
const UNKNOWN_END_OF_SALE: readonly UnknownEndOfSale[] = /* @__PURE__ */ Object.freeze(['treat-as-ended', 'treat-as-on-sale']);

/**
 * Reasons for a sale-window check. A reason whose rule ends in `.closed` blocks the sale.
 * Shared by plans and options.
 * @example saleReasons('oas-plan-a', {}, getDocument('000_34f9cbb9e8f7f627.txt'), 0, 'treat-as-ended')[0].rule //=> 'sale.no-window-stated'
 */
export function saleReasons(
  factId: string,
  window: SaleWindow,
  doc: DocumentFixture,
  day: number,
  unknownEndOfSale: UnknownEndOfSale,
): Reason[] {
  const reasons: Reason[] = [];
  const iso = formatIsoDate(day);
  // Own fields only (bundled data is plain JSON): a key on Object.prototype is not a sale date.
  const svc = own(doc.document, 'serviceStart');
  const start = own(window, 'start');
  const end = own(window, 'end');
  if (svc) {
    const open = iso >= svc.date;
    reasons.push(
      reason(open ? 'sale.service-started' : 'sale.service-not-started.closed',
        open ? `The service started on ${svc.date}` : `The service starts on ${svc.date}, after ${iso}`,
        { source: svc.source, factId: doc.document.id }),
    );
  }
  if (start) {
    const open = iso >= start.date;
    reasons.push(
      reason(open ? 'sale.window-started' : 'sale.not-yet-on-sale.closed',
        open ? `On sale from ${start.date}` : `Not on sale before ${start.date}`,
        { source: start.source, factId }),
    );
  }
  if (end) {
    if (end.date === null) {
      const ended = unknownEndOfSale === 'treat-as-ended';
      reasons.push(
        reason(ended ? 'sale.ended-date-unknown.closed' : 'sale.ended-date-unknown',
          ended
            ? 'Listed as no longer sold, with a blank end-of-sale date: treated as ended on every day (option unknownEndOfSale)'
            : 'Listed as no longer sold, with a blank end-of-sale date: treated as on sale (unknownEndOfSale: treat-as-on-sale)',
          { source: end.source, factId, interpretation: 'standard-mini-end-of-sale' }),
      );
    } else {
      const open = iso <= end.date;
      reasons.push(
        reason(open ? 'sale.before-end' : 'sale.ended.closed',
          open ? `On sale until ${end.date} (inclusive)` : `New sales ended on ${end.date}`,
          { source: end.source, factId, interpretation: 'end-of-sale-inclusive' }),
      );
    }
  }
  if (!svc && !start && !end) {
    reasons.push(reason('sale.no-window-stated', 'The document states no sale window for this item', { factId }));
  }
  return reasons;
}

function notFound(kind: string, id: string, known: readonly string[], path: ReadonlyArray<string | number>): ContractRulesError {
  const closest = closestMatches(id, known);
  return new NotFoundError(path, `Unknown ${kind} ${JSON.stringify(id)}${closest.length ? `; did you mean ${closest.join(', ')}?` : ''}`, {
    value: id,
    closest,
  });
}

/** The keys this module's entry point takes: a key near one of them is refused as misspelt (src/boundary/strict.ts). */
const SUBSCRIBE_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({ keys: ['planId', 'on', 'unknownEndOfSale', 'catalog'] });
