/**
 * Per-plan billing data compiled once per catalog (internal): the plan's fee as a decimal, its
 * document's billing rules resolved to their defaults, its options and fees, and the reasons that
 * do not change from one invoice to the next. Every plan of a frozen catalog is compiled when the
 * catalog is first used and kept, deep-frozen, in a WeakMap keyed by the catalog: derived data that
 * never changes afterwards (not a cache of results), so the hot path of `monthlyInvoice` does no zod
 * parsing and no look-up by name. A catalog that is not frozen is compiled per call, never kept.
 */
import { own } from '../boundary/index.js';
import type { Catalog, Fee, Option, Plan } from '../catalog/catalog.js';
import type { Source, TaxBasis } from '../catalog/primitives.js';
import { getDocument, getPlan } from '../catalog/queries.js';
import type { DocumentFixture } from '../catalog/schema.js';
import { CatalogValidationError, ContractRulesError, type ErrorPath } from '../errors.js';
import { Dec, formatYenDigits } from '../money/decimal.js';
import { reason, type Reason } from '../reasons.js';
import { parseIsoDate } from '../time/index.js';
import type { BillingSection, FeeWaiver, ResubscriptionFee } from './schema.js';
import type { PartialMonthCharge, ResubscriptionFeeMonth } from './types.js';

/** A billing rule resolved to the value the library applies. */
export interface ResolvedRule<T extends string> {
  readonly value: T;
  /** True when the document states the rule; false when a default applies. */
  readonly stated: boolean;
  readonly interpretation?: string;
  readonly source: Source;
  readonly reason: Reason;
}

/** Sale window as epoch days (inclusive); `'unknown'` for a blank end date. */
export interface SaleDays {
  readonly serviceStart?: { day: number; date: string; source: Source };
  readonly start?: { day: number; date: string; source: Source };
  readonly end?: { day: number | 'unknown'; date: string | null; source: Source };
}

/** A fee of the plan's document, compiled (internal). */
export interface CompiledFee {
  readonly fee: Fee;
  /** `name (id)` and the amount with separators, for traces. */
  readonly traceLabel: string;
  readonly amountText: string;
  readonly amount: Dec | null;
  readonly amountYen: number | null;
  readonly appliesToPlan: boolean;
  readonly reason: Reason;
  /** For an initial fee: why it is on the start month's invoice. */
  readonly initialReason?: Reason;
}

/** An option of the plan's document, compiled (internal). */
export interface CompiledOption {
  readonly option: Option;
  /** `name (id)` and the amount with separators, for traces. */
  readonly traceLabel: string;
  readonly amountText: string;
  readonly amount: Dec | null;
  readonly amountYen: number | null;
  readonly appliesToPlan: boolean;
  readonly sale: SaleDays;
  readonly reason: Reason;
  readonly chargeReason: Reason;
}

/** A plan with everything monthlyInvoice needs, compiled once per catalog (internal). */
export interface CompiledPlan {
  readonly plan: Plan;
  /** `name (id)` and the amount with separators, for traces. */
  readonly traceLabel: string;
  readonly amountText: string;
  readonly doc: DocumentFixture;
  readonly amount: Dec | null;
  readonly amountYen: number | null;
  readonly basis: TaxBasis | null;
  readonly sale: SaleDays;
  readonly firstMonth: ResolvedRule<'start-month' | 'month-after-start'>;
  readonly lastMonth: ResolvedRule<'last-service-month' | 'cancellation-month'>;
  readonly partialMonth: ResolvedRule<PartialMonthCharge>;
  readonly resubscription?: {
    readonly rule: ResubscriptionFee;
    readonly fee: CompiledFee;
    readonly month: ResolvedRule<ResubscriptionFeeMonth>;
    /** Why the fee applies (an earlier contract ended). */
    readonly reason: Reason;
    /** Why a first contract pays nothing. */
    readonly firstContractReason: Reason;
  };
  readonly waivers: ReadonlyMap<string, readonly FeeWaiver[]>;
  readonly initialFees: readonly CompiledFee[];
  readonly options: ReadonlyMap<string, CompiledOption>;
  readonly fees: ReadonlyMap<string, CompiledFee>;
  readonly planReason: Reason;
}

/** The compiled plans of each frozen catalog, built once when the catalog is first used (deep-frozen). */
const plansByCatalog = new WeakMap<Catalog, ReadonlyMap<string, CompiledPlan>>();

/**
 * The compiled billing data of a plan (internal; deep-frozen for a frozen catalog).
 * @throws {NotFoundError} unknown plan id (at `path`)
 * @throws {CatalogValidationError} the document's billing section names a fee it does not hold
 * @example compiledPlan(catalog, 'oas-plan-a', ['planId']).amountYen //=> 3900
 */
export function compiledPlan(catalog: Catalog, planId: string, path: ErrorPath): CompiledPlan {
  const hit = compiledPlans(catalog)?.get(planId);
  if (hit !== undefined) return hit;
  // Unknown id (NotFoundError), a plan whose document's billing section is broken (compiled again so
  // that it throws), or a catalog that is not frozen (compiled for this call only, and not frozen:
  // freezing would reach into the caller's catalog objects).
  return compilePlan(catalog, getPlan(planId, catalog, path));
}

/**
 * Every plan of a frozen catalog, compiled (internal); undefined for a catalog that is not frozen.
 * A plan that does not compile is left out (looking it up compiles it again, and throws).
 * @example compiledPlans(catalog)?.has('oas-plan-a') //=> true
 */
export function compiledPlans(catalog: Catalog): ReadonlyMap<string, CompiledPlan> | undefined {
  let plans = plansByCatalog.get(catalog);
  if (plans !== undefined || !Object.isFrozen(catalog)) return plans;
  const built = new Map<string, CompiledPlan>();
  for (const plan of catalog.plans) {
    try {
      built.set(plan.id, compilePlan(catalog, plan));
    } catch (e) {
      if (!(e instanceof ContractRulesError)) throw e;
    }
  }
  plans = freezeDerived(built);
  plansByCatalog.set(catalog, plans);
  return plans;
}

/**
 * Freezes derived data deeply: objects, arrays and Maps (whose entries are never changed after).
 * Catalog objects are frozen already and left as they are; Dec values are immutable by decimal.js's
 * API (every operation returns a new value) and are not frozen, which would slow every operation on them.
 */
function freezeDerived<T>(value: T): T {
  // Stryker disable next-line ConditionalExpression,LogicalOperator: Object.isFrozen is true for null and every primitive, so the first two tests only return early what the third returns
  if (value === null || typeof value !== 'object' || Object.isFrozen(value) || value instanceof Dec) return value;
  if (value instanceof Map) {
    for (const v of value.values()) freezeDerived(v);
    return Object.freeze(value);
  }
  Object.freeze(value);
  for (const v of Object.values(value as object)) freezeDerived(v);
  return value;
}

function compilePlan(catalog: Catalog, plan: Plan): CompiledPlan {
  const doc = getDocument(plan.document, catalog);
  const section: BillingSection | undefined = own(doc, 'billing'); // own: bundled data is plain JSON
  const file = doc.document.file;
  const fees = new Map<string, CompiledFee>();
  for (const f of catalog.fees) {
    if (f.document !== file) continue;
    const initial = f.kind === 'initial' && f.per === 'contract';
    fees.set(f.id, {
      ...(initial
        ? {
            initialReason: reason('billing.initial-fee', `${f.name} (${f.amountYen === null ? 'amount not stated' : `${f.amountYen} yen`}) is charged once, on the start month's invoice`, {
              source: f.source,
              factId: f.id,
              interpretation: 'billing-initial-fee-start-month',
            }),
          }
        : {}),
      fee: f,
      traceLabel: `${f.name} (${f.id})`,
      amountText: f.amountYen === null ? '—' : formatYenDigits(f.amountYen),
      amount: f.amountYen === null ? null : new Dec(f.amountYen),
      amountYen: f.amountYen,
      appliesToPlan: own(f, 'appliesTo')?.includes(plan.id) ?? true,
      reason: reason('billing.fee', `${f.name}: ${f.amountYen === null ? 'amount not stated' : `${f.amountYen} yen`} per ${f.unit} (${basisLabel(f.taxBasis)})`, {
        source: f.source,
        factId: f.id,
      }),
    });
  }
  const options = new Map<string, CompiledOption>();
  for (const o of catalog.options) {
    if (o.document !== file) continue;
    options.set(o.id, {
      option: o,
      traceLabel: `${o.name} (${o.id})`,
      amountText: o.monthlyFeeYen === null ? '—' : formatYenDigits(o.monthlyFeeYen),
      amount: o.monthlyFeeYen === null ? null : new Dec(o.monthlyFeeYen),
      amountYen: o.monthlyFeeYen,
      appliesToPlan: o.appliesTo.includes(plan.id),
      sale: saleDays(o.saleWindow, undefined),
      reason: reason('billing.option-fee', `${o.name}: ${o.monthlyFeeYen === null ? 'fee not stated' : `${o.monthlyFeeYen} yen a month`} (${basisLabel(o.taxBasis)})`, {
        source: o.source,
        factId: o.id,
      }),
      chargeReason: reason(
        `billing.option-charge.${o.charge.kind}`,
        o.charge.kind === 'start-month-only'
          ? `${o.name} is charged only for the month that contains its start day`
          : o.charge.kind === 'monthly-while-active'
            ? `${o.name} is charged for every month it is active`
            : `The document does not state how ${o.name} is charged`,
        { source: o.charge.source, factId: o.id },
      ),
    });
  }
  const fallback = plan.source;
  const firstMonth = resolve(
    section?.monthlyFee.firstMonth,
    'start-month' as const,
    fallback,
    'billing.first-month',
    (v) => (v === 'start-month' ? 'The monthly fee is charged from the month of the start day' : 'The monthly fee is charged from the month after the start month'),
  );
  const lastMonth = resolve(
    section?.monthlyFee.lastMonth,
    'last-service-month' as const,
    fallback,
    'billing.last-month',
    (v) =>
      v === 'last-service-month'
        ? 'The monthly fee is charged through the month of the last day of service'
        : 'The monthly fee is charged through the cancellation month (the month of the 解約日)',
  );
  const partialRule = section?.monthlyFee.partialMonth;
  // Stryker disable next-line ConditionalExpression,StringLiteral: a stated rule has no default (billing schema: "Only a not-stated rule has a default"), so 'whole-month' also falls to ?? 'whole-month'
  const partialValue: PartialMonthCharge = partialRule ? (partialRule.rule === 'whole-month' ? 'whole-month' : (partialRule.default ?? 'whole-month')) : 'whole-month';
  const partialInterpretation = partialRule ? own(partialRule, 'interpretation') : 'billing-partial-month';
  const partialMonth: ResolvedRule<PartialMonthCharge> = {
    value: partialValue,
    stated: partialRule?.rule === 'whole-month',
    interpretation: partialInterpretation, // present when undefined, as in resolve()
    source: partialRule?.source ?? fallback,
    reason: reason(
      'billing.partial-month',
      partialRule?.rule === 'whole-month'
        ? 'The document charges the monthly fee by whole months (月割): a partial month is charged in full'
        : 'The document does not state how a partial month is charged: charged in full by default (option partialMonth: daily prorates by days)',
      { source: partialRule?.source ?? fallback, factId: plan.id, interpretation: partialInterpretation },
    ),
  };
  let resubscription: CompiledPlan['resubscription'];
  const resubscriptionFee = section && own(section, 'resubscriptionFee');
  if (resubscriptionFee) {
    const rule = resubscriptionFee;
    const fee = fees.get(rule.feeId);
    // Stryker disable all: unreachable, loadCatalog refuses a billing section naming a fee its document does not hold (src/schemas/document.ts); kept as a guard
    if (!fee) {
      throw new CatalogValidationError([
        { code: 'custom', path: ['billing', 'resubscriptionFee', 'feeId'], message: `${file}: unknown fee ${rule.feeId}` },
      ]);
    }
    // Stryker restore all
    const m = rule.month;
    const month: ResolvedRule<ResubscriptionFeeMonth> = {
      value: m.rule === 'not-stated' ? (m.default ?? 'start-month') : m.rule,
      stated: m.rule !== 'not-stated',
      interpretation: own(m, 'interpretation') || undefined, // present when undefined; own: the data is plain JSON
      source: m.source,
      reason: reason(
        'billing.resubscription-fee-month',
        m.rule === 'not-stated'
          ? `The document does not say which bill carries the fee: it is charged in the ${m.default === 'first-billed-month' ? 'first month billed' : 'start month'} (option resubscriptionFeeMonth)`
          : `The fee is charged in the ${m.rule === 'first-billed-month' ? 'first month billed' : 'start month'}`,
        { source: m.source, factId: rule.id, interpretation: own(m, 'interpretation') },
      ),
    };
    resubscription = {
      rule,
      fee,
      month,
      reason: reason('billing.resubscription-fee', 'An earlier contract of this service ended before this one started: the re-subscription fee applies', {
        source: rule.source,
        factId: rule.id,
      }),
      firstContractReason: reason('billing.first-contract-no-fee', 'No earlier contract of this service: a first contract pays no re-subscription fee', {
        source: rule.source,
        factId: rule.id,
      }),
    };
  }
  const waivers = new Map<string, FeeWaiver[]>();
  const feeWaivers = (section && own(section, 'feeWaivers')) ?? [];
  for (const w of feeWaivers) {
    // Stryker disable all: unreachable, loadCatalog refuses a fee waiver naming a fee its document does not hold (src/schemas/document.ts); kept as a guard
    if (!fees.has(w.feeId)) {
      throw new CatalogValidationError([{ code: 'custom', path: ['billing', 'feeWaivers', w.id, 'feeId'], message: `${file}: unknown fee ${w.feeId}` }]);
    }
    // Stryker restore all
    const list = waivers.get(w.feeId);
    if (list === undefined) waivers.set(w.feeId, [w]);
    else list.push(w);
  }
  const initialFees = [...fees.values()].filter((f) => f.fee.kind === 'initial' && f.fee.per === 'contract' && f.appliesToPlan);
  return {
    plan,
    doc,
    traceLabel: `${plan.name} (${plan.id})`,
    amountText: plan.monthlyFeeYen === null ? '—' : formatYenDigits(plan.monthlyFeeYen),
    amount: plan.monthlyFeeYen === null ? null : new Dec(plan.monthlyFeeYen),
    amountYen: plan.monthlyFeeYen,
    basis: plan.taxBasis,
    sale: saleDays(plan.saleWindow, own(doc.document, 'serviceStart')),
    firstMonth,
    lastMonth,
    partialMonth,
    resubscription, // present when undefined: a missing key would be read from Object.prototype
    waivers,
    initialFees,
    options,
    fees,
    planReason: reason(
      'billing.plan-fee',
      `${[own(plan, 'category'), plan.name].filter(Boolean).join(' ')}: ${plan.monthlyFeeYen === null ? 'monthly fee not stated' : `${plan.monthlyFeeYen} yen a month`} (${basisLabel(plan.taxBasis)})`,
      { source: plan.source, factId: plan.id },
    ),
  };
}

function resolve<T extends string>(
  rule: { rule: string; default?: string | undefined; interpretation?: string | undefined; source: Source } | undefined,
  libraryDefault: T,
  fallbackSource: Source,
  ruleId: string,
  describe: (value: T) => string,
): ResolvedRule<T> {
  if (!rule) {
    return {
      value: libraryDefault,
      stated: false,
      interpretation: 'billing-period-not-stated',
      source: fallbackSource,
      reason: reason(ruleId, `${describe(libraryDefault)} (the document has no billing rules: library default)`, {
        source: fallbackSource,
        interpretation: 'billing-period-not-stated',
      }),
    };
  }
  const stated = rule.rule !== 'not-stated';
  const value = (stated ? rule.rule : rule.default) as T;
  return {
    value,
    stated,
    interpretation: own(rule, 'interpretation') || undefined, // present when undefined; own: the data is plain JSON
    source: rule.source,
    reason: reason(ruleId, stated ? describe(value) : `${describe(value)} (not stated in the document: default)`, {
      source: rule.source,
      interpretation: own(rule, 'interpretation'),
    }),
  };
}

function saleDays(window: Plan['saleWindow'], serviceStart: DocumentFixture['document']['serviceStart']): SaleDays {
  // Every key present (undefined when absent): a missing one would be read from Object.prototype. Own fields of the data.
  const start = own(window, 'start');
  const end = own(window, 'end');
  return {
    serviceStart: serviceStart ? { day: parseIsoDate(serviceStart.date), date: serviceStart.date, source: serviceStart.source } : undefined,
    start: start ? { day: parseIsoDate(start.date), date: start.date, source: start.source } : undefined,
    end: end ? { day: end.date === null ? ('unknown' as const) : parseIsoDate(end.date), date: end.date, source: end.source } : undefined,
  };
}

/** 税込 / 税抜 / not stated. */
export function basisLabel(basis: TaxBasis | null): string {
  return basis === 'tax-included' ? '税込' : basis === 'tax-excluded' ? '税抜' : 'tax basis not stated';
}
