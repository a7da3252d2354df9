/**
 * 訪問サポート (有償): a quote for one paid visit, from the `visits` section of the plan's document
 * and the catalog's fees. Its `charges` are the billing module's one-off charges, ready for
 * `monthlyInvoice`.
 */
import { own, readInput, rejectMisspeltKeys } from '../boundary/index.js';
import { VISIT_KEYS } from './keys.js';
import type { OneOffCharge } from '../billing/types.js';
import type { Catalog, Fee } from '../catalog/index.js';
import type { Source, TaxBasis } from '../catalog/primitives.js';
import { ConflictError, InvalidInputError, NotFoundError, type ErrorPath } from '../errors.js';
import { parseTaxIncludedPriceReading, priceAtRate, statedTaxRateOf } from '../billing/stated-price.js';
import { Dec, yenToNumber } from '../money/decimal.js';
import type { TaxIncludedPriceReading } from '../money/rebase.js';
import { compile, consumptionTaxTable, rateOnDay, type RateMath } from '../money/tax.js';
import { reason, type Reason } from '../reasons.js';
import { closestMatches } from '../text/closest.js';
import { formatIsoDate, parseIsoDate } from '../time/index.js';
import {
  catalogOf,
  describeValue,
  expectArray,
  expectBoolean,
  expectObject,
  expectOneOf,
  expectString,
  optionalBoolean,
  requireSection,
  resolveLoanerContract,
  type LoanerContractInput,
} from './input.js';
import type { VisitSection } from './schema.js';

/** One item asked for on a visit: a fee of the document's visit menu and how many units. */
export interface VisitItemInput {
  /** Catalog fee id of a menu item, e.g. `itss-visit-pc-internet`. */
  readonly feeId: string;
  /** Whole number of units ≥ 1 (PCs, printers); 1 for a per-dispatch fee. */
  readonly quantity: number;
}

/** Where the visit takes place. */
export interface VisitAddress {
  /** True when it is the address registered at contract (契約時登録住所). */
  readonly isRegisteredAddress: boolean;
}

/** Options of {@link quoteVisit}. */
export interface QuoteVisitOptions {
  /**
   * Per-dispatch fees the document lists without saying when they apply (001's 状況診断費):
   * `'when-listed'` (default) charges them only when `items` names them; `'every-dispatch'` on every visit.
   */
  readonly onRequestFees?: 'when-listed' | 'every-dispatch' | undefined;
  /**
   * How a tax-included price (001's menu, stated at 10%) is read on a day with another rate:
   * `'rebase'` (default: its tax-excluded base taxed at the rate of `on`, tax rounded down) or
   * `'hold-displayed'`. Interpretation billing-tax-included-rebase.
   */
  readonly taxIncludedPrices?: TaxIncludedPriceReading | undefined;
  readonly catalog?: Catalog | undefined;
}

/** Input of {@link quoteVisit}: one visit (one dispatch). */
export interface QuoteVisitInput extends QuoteVisitOptions {
  readonly contract: LoanerContractInput;
  /** Menu items asked for; the per-dispatch basic fee is added without being listed. At most 100,000, no holes. */
  readonly items: readonly VisitItemInput[];
  /** Day of the visit, `YYYY-MM-DD` (Japan): the `on` of each charge. */
  readonly on: string;
  /** True when the set-up is asked for during an on-site fault-isolation visit (000: 基本作業費は免除). */
  readonly duringOnsiteDiagnosis?: boolean | undefined;
  /** Where the visit takes place; when absent the registered address is assumed (and a reason says so). */
  readonly address?: VisitAddress | undefined;
}

/** One line of a visit quote. */
export interface VisitQuoteLine {
  readonly feeId: string;
  readonly name: string;
  /** Unit as written (1派遣, パソコン1台 …). */
  readonly unit: string;
  readonly quantity: number;
  /** Price per unit, or null where the document states none (000's 基本作業費). */
  readonly unitPriceYen: number | null;
  /** quantity × unit price; 0 when waived; null when the price is not stated and not waived. */
  readonly amountYen: number | null;
  readonly taxBasis: TaxBasis | null;
  readonly waived: { readonly reason: string; readonly source: Source } | null;
  readonly source: Source;
}

/** Answer of {@link quoteVisit}. */
export interface VisitQuote {
  /** False when the visit is not offered (plan without visits, address other than the registered one). */
  readonly available: boolean;
  readonly planId: string;
  readonly on: string;
  readonly lines: readonly VisitQuoteLine[];
  /**
   * The lines as billing one-off charges, for `monthlyInvoice` (empty when not available); during an
   * on-site fault isolation each carries `occasion: 'fault-isolation-visit'`.
   */
  readonly charges: readonly OneOffCharge[];
  /** Sum of the lines in whole yen, in `taxBasis`; null when a line's price is not stated or the visit is not available. */
  readonly totalYen: number | null;
  /** Tax basis of the prices (001 tax-included, 000 tax-excluded), null when the lines state none. */
  readonly taxBasis: TaxBasis | null;
  /** Fee ids whose amounts the document does not state (so `totalYen` is null). */
  readonly unstatedFeeIds: readonly string[];
  /** False when the document says further charges apply that it does not price (000 ※1). */
  readonly complete: boolean;
  /** Ids of the rules that made the visit unavailable. */
  readonly blockedBy: readonly string[];
  readonly reasons: readonly Reason[];
}

/**
 * Quotes one paid visit (訪問サポート) of a 000 or 001 contract.
 *
 * Rules (from the plan's document's `visits` section and the catalog fees):
 * - the plan must offer paid visits; 001 visits go to the address registered at contract only;
 * - a per-dispatch fee marked `every-dispatch` (基本作業費) is on every visit, listed or not;
 *   one marked `on-request` (001's 状況診断費) only when listed (option `onRequestFees`);
 * - per-unit items (001: per PC, per printer) are charged quantity × price; an item not on the
 *   document's menu is an error, since its price is not in the document;
 * - 000: when set-up is asked for during an on-site fault-isolation visit the 基本作業費 is waived;
 *   otherwise its amount is not stated, so the total is null (never a guessed number);
 * - 000's set-up work itself is priced only on the issuer's web site, so a 000 quote is never `complete`.
 * - a tax-included price (001, stated at 10%) on a day with another rate is its tax-excluded base taxed
 *   at the rate of `on` (option `taxIncludedPrices: 'hold-displayed'` keeps the displayed amount);
 * Money is summed with `Dec`; amounts keep the tax basis their document states.
 *
 * @throws {InvalidInputError} malformed input, a quantity that is not a whole number ≥ 1, a date that is not a date
 * @throws {NotFoundError} an unknown plan, a document without a visit menu, an item not on the menu
 * @throws {ConflictError} the same item twice, a per-dispatch fee with a quantity other than 1
 * @example
 * quoteVisit({
 *   contract: { planId: 'itss-light-anshin-1' },
 *   items: [{ feeId: 'itss-visit-pc-internet', quantity: 2 }],
 *   on: '2026-11-24',
 * }).totalYen
 * //=> 11550 (4,950 basic work fee + 2 × 3,300, tax included)
 */
export function quoteVisit(input: QuoteVisitInput): VisitQuote {
  input = readInput(input);
  rejectMisspeltKeys(input, VISIT_KEYS);
  const raw = expectObject(input, [], '{ contract, items, on, duringOnsiteDiagnosis?, address? }');
  const catalog = catalogOf(raw);
  const contract = resolveLoanerContract(raw.contract, catalog);
  const doc = contract.document;
  const section = requireSection(doc.visits, doc, 'paid visit menu (訪問サポート)', ['contract', 'planId']);
  const onDay = parseIsoDate(raw.on, ['on']);
  const on = formatIsoDate(onDay);
  const duringDiagnosis = optionalBoolean(raw.duringOnsiteDiagnosis, ['duringOnsiteDiagnosis']) ?? false;
  const onRequestFees =
    raw.onRequestFees === undefined ? 'when-listed' : expectOneOf(raw.onRequestFees, ['when-listed', 'every-dispatch'] as const, ['onRequestFees']);
  const address =
    raw.address === undefined
      ? undefined
      : expectBoolean(expectObject(raw.address, ['address'], '{ isRegisteredAddress }').isRegisteredAddress, ['address', 'isRegisteredAddress']);
  const items = readItems(raw.items, section, catalog, doc.document.file);
  const reading = parseTaxIncludedPriceReading(raw.taxIncludedPrices, ['taxIncludedPrices']);
  const priceReasons: Reason[] = [];
  let rate: RateMath | undefined;
  // The unit price of a fee on the day of the visit (a tax-included price stated at another rate is re-based).
  const priceOf = (fee: Fee): number | null => {
    if (fee.amountYen === null || fee.taxBasis !== 'tax-included' || statedTaxRateOf(doc) === undefined) return fee.amountYen;
    rate ??= rateOnDay(compile(consumptionTaxTable), 'standard', onDay, ['on']);
    const p = priceAtRate(fee.amountYen, fee.taxBasis, doc, rate, reading, 'floor');
    const pr = own(p, 'reason');
    if (pr) priceReasons.push(reason(pr.rule, `${fee.name}: ${pr.message}`, { source: own(pr, 'source'), factId: fee.id, interpretation: own(pr, 'interpretation') }));
    return p.amountYen;
  };

  const reasons: Reason[] = [];
  const blockedBy: string[] = [];
  const plan = contract.plan;
  if (section.includedIn.planIds.includes(plan.id)) {
    reasons.push(reason('visit.plan-included', `${plan.name} (${plan.id}) offers paid visits`, { source: section.includedIn.source, factId: plan.id }));
  } else {
    reasons.push(
      reason('visit.plan-not-included', `${plan.name} (${plan.id}) is not among the plans with paid visits (${section.includedIn.planIds.join(', ')})`, {
        source: section.includedIn.source,
        factId: plan.id,
        interpretation: 'visit-unlisted-plans',
      }),
    );
    blockedBy.push('visit.plan-not-included');
  }
  if (section.addressRestriction) {
    const src = section.addressRestriction.source;
    if (address === undefined) {
      reasons.push(reason('visit.address-assumed-registered', 'Visits go to the address registered at contract only; the quote assumes that address', { source: src }));
    } else if (address) {
      reasons.push(reason('visit.address-registered', 'The visit is at the address registered at contract', { source: src }));
    } else {
      reasons.push(reason('visit.address-not-registered', 'Visits go to the address registered at contract only', { source: src }));
      blockedBy.push('visit.address-not-registered');
    }
  }
  const available = blockedBy.length === 0;

  // Lines: per-dispatch fees first (in menu order), then the per-unit items as listed.
  const lines: VisitQuoteLine[] = [];
  const listed = new Map(items.map((it) => [it.fee.id, it]));
  for (const dispatchFee of section.dispatchFees) {
    const fee = catalog.index.feeById.get(dispatchFee.feeId);
    if (!fee) throw new NotFoundError(['catalog'], `Fee ${dispatchFee.feeId} of the visit menu of ${doc.document.file} is not in the catalog`, { value: dispatchFee.feeId });
    const asked = listed.has(fee.id);
    const charged = dispatchFee.charge === 'every-dispatch' || asked || onRequestFees === 'every-dispatch';
    if (!charged) continue;
    const waiver = duringDiagnosis ? section.waivers.find((w) => w.feeId === fee.id && w.when === 'during-onsite-diagnosis') : undefined;
    lines.push(makeLine(fee, priceOf(fee), 1, dispatchFee.source, waiver ? { reason: 'Set-up asked for during an on-site fault-isolation visit', source: waiver.source } : null));
    if (dispatchFee.charge === 'every-dispatch') {
      reasons.push(reason('visit.dispatch-fee', `${fee.name}: charged once per dispatch (${fee.unit})`, { source: dispatchFee.source, factId: fee.id }));
    } else {
      reasons.push(
        reason(
          'visit.on-request-fee',
          asked ? `${fee.name}: asked for, once per dispatch` : `${fee.name}: charged on every dispatch (option onRequestFees: every-dispatch)`,
          { source: dispatchFee.source, factId: fee.id, interpretation: 'visit-diagnosis-fee' },
        ),
      );
    }
    if (waiver) {
      reasons.push(reason('visit.fee-waived', `${fee.name} is waived: set-up asked for during an on-site fault-isolation visit`, { source: waiver.source, factId: fee.id }));
    }
  }
  if (duringDiagnosis && section.waivers.length === 0) {
    const src = section.dispatchFees[0]?.source ?? section.includedIn.source;
    reasons.push(reason('visit.no-waiver-stated', 'The document states no waiver for set-up asked for during an on-site fault-isolation visit', { source: src }));
  }
  for (const item of items) {
    if (item.kind !== 'unit') continue;
    lines.push(makeLine(item.fee, priceOf(item.fee), item.quantity, item.source, null));
    reasons.push(reason('visit.menu-item', `${item.fee.name}: ${item.quantity} × ${item.fee.unit}`, { source: item.source, factId: item.fee.id }));
  }

  reasons.push(...priceReasons);
  const unstatedFeeIds = lines.filter((l) => l.amountYen === null).map((l) => l.feeId);
  for (const id of unstatedFeeIds) {
    const line = lines.find((l) => l.feeId === id)!;
    reasons.push(reason('visit.amount-not-stated', `${line.name}: the document states no amount, so the total is not a number`, { source: line.source, factId: id, interpretation: 'visit-000-unstated-amounts' }));
  }
  let complete = true;
  const elsewhere = section.chargesStatedElsewhere;
  if (elsewhere?.scope === 'all-work') {
    complete = false;
    reasons.push(reason('visit.work-priced-elsewhere', 'The set-up work itself is charged at prices the document does not state (issuer’s web site); the quote covers the listed fees only', { source: elsewhere.source, interpretation: 'visit-000-unstated-amounts' }));
  } else if (elsewhere?.scope === 'other-menu-items') {
    reasons.push(reason('visit.menu-partial', 'The document lists the main menu items only; others are priced in the linked menu and cannot be quoted', { source: elsewhere.source }));
  }

  let totalYen: number | null = null;
  if (available && unstatedFeeIds.length === 0) {
    totalYen = yenToNumber(lines.reduce((sum, l) => sum.plus(new Dec(l.amountYen!)), new Dec(0)), ['items']);
  }
  const bases = [...new Set(lines.map((l) => l.taxBasis))];
  const taxBasis = bases.length === 1 ? (bases[0] ?? null) : null;
  const charges: OneOffCharge[] = available
    ? lines.map((l) => {
        const charge: OneOffCharge = { feeId: l.feeId, quantity: l.quantity, on };
        if (l.waived) charge.waived = { reason: l.waived.reason, source: l.waived.source };
        if (duringDiagnosis) charge.occasion = 'fault-isolation-visit';
        return charge;
      })
    : [];
  return {
    available,
    planId: plan.id,
    on,
    lines: available ? lines : [],
    charges,
    totalYen,
    taxBasis,
    unstatedFeeIds: available ? unstatedFeeIds : [],
    complete: available && complete && totalYen !== null,
    blockedBy,
    reasons,
  };
}

type ReadItem =
  | { readonly kind: 'dispatch'; readonly fee: Fee; readonly quantity: number; readonly source: Source; readonly path: ErrorPath }
  | { readonly kind: 'unit'; readonly fee: Fee; readonly quantity: number; readonly source: Source; readonly path: ErrorPath };

function readItems(value: unknown, section: VisitSection, catalog: Catalog, file: string): ReadItem[] {
  const list = expectArray(value, ['items']);
  const menu = [...section.dispatchFees.map((f) => f.feeId), ...section.unitItems.map((f) => f.feeId)];
  const seen = new Map<string, number>();
  return list.map((entry, i) => {
    const path = ['items', i];
    const item = expectObject(entry, path, '{ feeId, quantity }');
    const feeId = expectString(item.feeId, [...path, 'feeId']);
    if (!menu.includes(feeId)) {
      throw new NotFoundError([...path, 'feeId'], `${JSON.stringify(feeId)} is not on the visit menu of ${file}; menu: ${menu.join(', ') || '(none priced)'}`, {
        value: feeId,
        menu,
        closest: closestMatches(feeId, menu),
      });
    }
    const prev = seen.get(feeId);
    if (prev !== undefined) {
      throw new ConflictError([...path, 'feeId'], `${feeId} is listed twice (also items[${prev}]); give one item with its quantity`, { value: feeId });
    }
    seen.set(feeId, i);
    const q = item.quantity;
    if (typeof q !== 'number' || !Number.isSafeInteger(q) || q < 1) {
      throw new InvalidInputError([...path, 'quantity'], `Expected a whole number of units ≥ 1, received ${describeValue(q)}`, { value: q });
    }
    const fee = catalog.index.feeById.get(feeId);
    if (!fee) throw new NotFoundError([...path, 'feeId'], `Fee ${feeId} of the visit menu is not in the catalog`, { value: feeId });
    const dispatch = section.dispatchFees.find((f) => f.feeId === feeId);
    if (dispatch) {
      if (q !== 1) throw new ConflictError([...path, 'quantity'], `${fee.name} is charged once per dispatch; a quote is one dispatch, so its quantity is 1`, { value: q });
      return { kind: 'dispatch', fee, quantity: 1, source: dispatch.source, path: [...path, 'quantity'] };
    }
    const unit = section.unitItems.find((f) => f.feeId === feeId)!;
    return { kind: 'unit', fee, quantity: q, source: unit.source, path: [...path, 'quantity'] };
  });
}

function makeLine(fee: Fee, unitPriceYen: number | null, quantity: number, source: Source, waived: { reason: string; source: Source } | null): VisitQuoteLine {
  const amountYen = waived ? 0 : unitPriceYen === null ? null : yenToNumber(new Dec(unitPriceYen).times(quantity), ['items']);
  return {
    feeId: fee.id,
    name: fee.name,
    unit: fee.unit,
    quantity,
    unitPriceYen,
    amountYen,
    taxBasis: fee.taxBasis,
    waived,
    source,
  };
}
