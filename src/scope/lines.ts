/**
 * Which lines a service is provided on (001 提供回線, 000 ※2 and ※8, 003 『spaaqs 光』又は『UCOM光 レジデンス』),
 * and the unit one contract covers (001 契約単位).
 */
import { own, readInput } from '../boundary/index.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Source } from '../catalog/primitives.js';
import { ConflictError, NotFoundError } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import {
  expectName,
  expectRecord,
  interpretationOf,
  normalizeScopeName,
  optionalBoolean,
  optionalChoice,
  rejectUnknownKeys,
  scopeContext,
  type ScopeCondition,
} from './common.js';
import type { ScopeLine, ScopeSection } from './schema.js';

/**
 * How to answer a line on which the document says "only some plans" without saying which
 * (001: 「Bフレッツ回線では一部提供可能プランが限られます」; interpretation scope-bflets-plans-unknown).
 * - `report-restricted` (default): verdict `restricted`, saying the plans are unknown;
 * - `assume-eligible` / `assume-not-eligible`: decide as told, citing the interpretation.
 */
export type UnstatedPlanRestriction = 'report-restricted' | 'assume-eligible' | 'assume-not-eligible';
/**
 * How to answer a line another document names but this one does not (e.g. 光ライトプラス for 001).
 * - `apply-document-rule` (default): the document's rule for other lines decides (interpretation scope-unnamed-lines);
 * - `not-stated`: verdict `not-stated`.
 */
export type UnnamedLines = 'apply-document-rule' | 'not-stated';

/** Options of {@link checkLineEligibility}. */
export interface CheckLineEligibilityOptions {
  /** Whether the line reaches the internet; needed for lines no document names. Must agree with the catalog for named lines. */
  readonly reachesInternet?: boolean;
  /** Whether the user has a provider (プロバイダ) contract, where the document requires one (000 ※2). */
  readonly hasProviderContract?: boolean;
  readonly unstatedPlanRestriction?: UnstatedPlanRestriction;
  readonly unnamedLines?: UnnamedLines;
  readonly catalog?: Catalog;
}

/** Input of {@link checkLineEligibility}. */
export interface CheckLineEligibilityInput extends CheckLineEligibilityOptions {
  readonly planId: string;
  /** The line, by id (`flets-hikari`, `b-flets` …) or name (「フレッツ光」「Bフレッツ」, white space and width ignored). */
  readonly line: string;
}

/**
 * - `eligible`: the service is provided on the line;
 * - `conditional`: provided if the listed conditions hold (a provider contract);
 * - `restricted`: only some plans are provided on the line, and the document does not say which;
 * - `not-eligible`: not provided;
 * - `not-stated`: the document says nothing about lines.
 */
export type LineEligibilityVerdict = 'eligible' | 'conditional' | 'restricted' | 'not-eligible' | 'not-stated';

/** The unit one contract covers. */
export interface ContractUnitFact {
  readonly unit: 'internet-line' | 'id';
  readonly asWritten: string;
  readonly factId: string;
  readonly source: Source;
}

/** Something the user of the line must know (000 ※8: metered traffic on 光ライトプラス). */
export interface LineNotice {
  readonly id: string;
  readonly kind: 'metered-traffic';
  readonly text: string;
  readonly source: Source;
}

/** Result of {@link checkLineEligibility}. */
export interface LineEligibility {
  /** True only for `eligible`. */
  readonly ok: boolean;
  readonly verdict: LineEligibilityVerdict;
  readonly planId: string;
  /** The line as resolved: its id when a document names it, `null` otherwise. */
  readonly line: { readonly id: string | null; readonly name: string; readonly asGiven: string };
  /** The unit one contract of the plan covers, or `null` where the document states none for the plan. */
  readonly contractUnit: ContractUnitFact | null;
  readonly conditions: readonly ScopeCondition[];
  readonly notices: readonly LineNotice[];
  readonly reasons: readonly Reason[];
}

const VERDICT_ORDER: Record<LineEligibilityVerdict, number> = { 'not-eligible': 0, 'not-stated': 1, restricted: 2, conditional: 3, eligible: 4 };
const worse = (a: LineEligibilityVerdict, b: LineEligibilityVerdict) => (VERDICT_ORDER[b] < VERDICT_ORDER[a] ? b : a);

const INPUT_KEYS = ['planId', 'line', 'reachesInternet', 'hasProviderContract', 'unstatedPlanRestriction', 'unnamedLines', 'catalog'] as const;

/**
 * Whether a plan's service is provided on a line.
 *
 * Rules: a line the plan's document names is decided by that entry (001: フレッツ光 and コラボ光 yes,
 * 「フレッツ 光ライト」 no, Bフレッツ only some plans, which the document does not say: `restricted`);
 * any other line by the document's rule for other lines (001 and 000: yes if it reaches the internet;
 * 003: no, 『spaaqs 光』又は『UCOM光 レジデンス』 only). Conditions on every line (000: a provider contract)
 * make an eligible line `conditional` until `hasProviderContract` settles them. Notices (000 ※8: traffic
 * on 光ライトプラス after set-up is metered) come with the answer. The plan's contract unit (001:
 * 1インターネット回線ごと for ライトあんしんプラン, 1IDごと for スタンダードあんしんプラン) is reported.
 *
 * @throws {NotFoundError} unknown plan; a line no document names, without `reachesInternet` (path `['line']`)
 * @throws {InvalidInputError} malformed input or option (path names the field)
 * @throws {ConflictError} `reachesInternet` contradicts what the catalog records for a named line
 * @example checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'コラボ光' }).verdict //=> 'eligible'
 * @example checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'フレッツ 光ライト' }).verdict //=> 'not-eligible'
 * @example checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'Bフレッツ' }).verdict //=> 'restricted'
 * @example checkLineEligibility({ planId: 'itss-light-anshin-1', line: 'フレッツ光' }).contractUnit?.unit //=> 'internet-line'
 * @example checkLineEligibility({ planId: 'oas-plan-a', line: 'フレッツ光', hasProviderContract: true }).verdict //=> 'eligible'
 * @example checkLineEligibility({ planId: 'ucom-remote-support', line: 'フレッツ光' }).verdict //=> 'not-eligible'
 */
export function checkLineEligibility(input: CheckLineEligibilityInput): LineEligibility {
  input = readInput(input);
  const rec = expectRecord(input, [], 'an object { planId, line }');
  rejectUnknownKeys(rec, INPUT_KEYS, []);
  const ctx = scopeContext(rec.planId, rec.catalog);
  const lineText = expectName(rec.line, ['line'], 'line');
  const reachesInternet = optionalBoolean(rec.reachesInternet, ['reachesInternet']);
  const hasProviderContract = optionalBoolean(rec.hasProviderContract, ['hasProviderContract']);
  const restrictionMode = optionalChoice<UnstatedPlanRestriction>(
    rec.unstatedPlanRestriction,
    ['report-restricted', 'assume-eligible', 'assume-not-eligible'],
    'report-restricted',
    ['unstatedPlanRestriction'],
  );
  const unnamedLines = optionalChoice<UnnamedLines>(rec.unnamedLines, ['apply-document-rule', 'not-stated'], 'apply-document-rule', ['unnamedLines']);

  const section = ctx.section;
  const lines = (section && own(section, 'lines'));
  const reasons: Reason[] = [];
  const conditions: ScopeCondition[] = [];
  const notices: LineNotice[] = [];
  const key = normalizeScopeName(lineText);
  const matches = (l: ScopeLine) => l.id === lineText || [l.name, ...(own(l, 'aliases') ?? [])].some((n) => normalizeScopeName(n) === key);

  // What the whole catalog knows about the line (for lines this document does not name).
  const known = ctx.catalog.documents.flatMap((d) => own(own(d, 'scope') ?? {}, 'lines')?.named.filter(matches) ?? []);
  if (reachesInternet !== undefined && known.length > 0 && known.some((l) => l.reachesInternet !== reachesInternet)) {
    throw new ConflictError(['reachesInternet'], `${known[0]!.name} is recorded as ${known[0]!.reachesInternet ? '' : 'not '}reaching the internet`, {
      value: reachesInternet,
      line: known[0]!.id,
    });
  }
  const named = lines?.named.find(matches);
  const lineOut = named
    ? { id: named.id, name: named.name, asGiven: lineText }
    : known[0]
      ? { id: known[0].id, name: [known[0].name, ...(own(known[0], 'aliases') ?? [])].find((n) => normalizeScopeName(n) === key) ?? known[0].name, asGiven: lineText }
      : { id: null, name: lineText, asGiven: lineText };

  let verdict: LineEligibilityVerdict;
  if (!lines) {
    if (known.length === 0 && reachesInternet === undefined) throw unknownLine(lineText, ctx.catalog);
    verdict = 'not-stated';
    reasons.push(reason('scope.line.not-stated', `${ctx.doc.document.service}: the document states no lines the service is provided on`, { factId: ctx.doc.document.id }));
  } else if (named) {
    if (named.id !== lineText && normalizeScopeName(named.name) !== key) {
      reasons.push(
        reason('scope.line.alias', `「${lineText}」 is read as the line the document writes 「${named.name}」`, {
          source: named.source,
          factId: named.id,
          interpretation: interpretationOf(named.source),
        }),
      );
    }
    verdict = namedVerdict(named, ctx.plan.id, restrictionMode, reasons, section!);
    for (const n of own(named, 'notices') ?? []) {
      notices.push({ id: n.id, kind: n.kind, text: n.text, source: n.source });
      reasons.push(reason('scope.line.notice', `${named.name}: ${n.text}`, { source: n.source, factId: n.id, interpretation: interpretationOf(n.source) }));
    }
  } else {
    const internet = reachesInternet ?? (known.length > 0 ? known.some((l) => l.reachesInternet) : undefined);
    if (internet === undefined) throw unknownLine(lineText, ctx.catalog);
    const other = lines.otherLines;
    if (unnamedLines === 'not-stated' && known.length > 0) {
      verdict = 'not-stated';
      reasons.push(
        reason('scope.line.unnamed', `${lineOut.name} is not named by this document (option unnamedLines: 'not-stated')`, {
          source: other.source,
          interpretation: 'scope-unnamed-lines',
        }),
      );
    } else if (other.eligibility === 'not-eligible') {
      verdict = 'not-eligible';
      reasons.push(
        reason('scope.line.other-not-eligible', `${lineOut.name} is not one of the lines the document names: 「${other.asWritten}」`, {
          source: other.source,
          interpretation: 'scope-closed-lists',
        }),
      );
    } else if (internet) {
      verdict = 'eligible';
      reasons.push(
        reason('scope.line.other-internet', `${lineOut.name} is not named by the document; it reaches the internet, which is what the document asks of other lines: 「${other.asWritten}」`, {
          source: other.source,
          interpretation: known.length > 0 ? 'scope-unnamed-lines' : interpretationOf(other.source),
        }),
      );
    } else {
      verdict = 'not-eligible';
      reasons.push(reason('scope.line.no-internet', `${lineOut.name} does not reach the internet; the document asks for 「${other.asWritten}」`, { source: other.source }));
    }
  }

  if (lines && verdict !== 'not-eligible' && verdict !== 'not-stated') {
    for (const c of own(lines, 'conditions') ?? []) {
      if (c.kind === 'provider-contract') {
        if (hasProviderContract === true) {
          reasons.push(reason('scope.line.condition-met', `A provider contract is required and present: 「${c.text}」`, { source: c.source, factId: c.id }));
        } else if (hasProviderContract === false) {
          verdict = 'not-eligible';
          reasons.push(reason('scope.line.condition-failed', `A provider contract is required: 「${c.text}」`, { source: c.source, factId: c.id }));
        } else {
          verdict = worse(verdict, 'conditional');
          conditions.push({ id: c.id, message: `A provider contract is required (hasProviderContract not given): 「${c.text}」`, source: c.source });
          reasons.push(
            reason('scope.line.condition-open', `Provided only with a provider contract (hasProviderContract not given): 「${c.text}」`, {
              source: c.source,
              factId: c.id,
              interpretation: 'scope-missing-information',
            }),
          );
        }
      }
    }
  }

  const unit = section?.contractUnits?.find((u) => u.appliesTo.includes(ctx.plan.id));
  const contractUnit: ContractUnitFact | null = unit ? { unit: unit.unit, asWritten: unit.asWritten, factId: unit.id, source: unit.source } : null;
  if (unit) {
    reasons.push(reason('scope.contract-unit', `One contract of ${ctx.plan.name} covers ${unit.unit === 'internet-line' ? 'one internet line' : 'one ID'}: 「${unit.asWritten}」`, { source: unit.source, factId: unit.id }));
  } else if (section?.contractUnits) {
    reasons.push(reason('scope.contract-unit-not-stated', `The document states no contract unit for ${ctx.plan.name}`, { factId: ctx.plan.id }));
  }

  return {
    ok: verdict === 'eligible',
    verdict,
    planId: ctx.plan.id,
    line: lineOut,
    contractUnit,
    conditions,
    notices,
    reasons,
  };
}

function namedVerdict(
  line: ScopeLine,
  planId: string,
  mode: UnstatedPlanRestriction,
  reasons: Reason[],
  section: ScopeSection,
): LineEligibilityVerdict {
  const parent = line.includedIn ? own(section, 'lines')?.named.find((l) => l.id === line.includedIn) : undefined;
  const within = parent ? ` (part of ${parent.name})` : '';
  if (line.eligibility === 'eligible') {
    reasons.push(reason('scope.line.named-eligible', `${line.name}${within} is a line the service is provided on`, { source: line.source, factId: line.id }));
    return 'eligible';
  }
  if (line.eligibility === 'not-eligible') {
    reasons.push(reason('scope.line.named-not-eligible', `The service is not provided on ${line.name}`, { source: line.source, factId: line.id }));
    return 'not-eligible';
  }
  const r = line.restriction!;
  if (r.plans !== 'unknown') {
    const ok = r.plans.includes(planId);
    reasons.push(
      reason(ok ? 'scope.line.restricted-plan-listed' : 'scope.line.restricted-plan-not-listed', `On ${line.name} only some plans are provided (「${r.asWritten}」); ${planId} is ${ok ? '' : 'not '}one of them`, {
        source: r.source,
        factId: line.id,
      }),
    );
    return ok ? 'eligible' : 'not-eligible';
  }
  const extra = { source: r.source, factId: line.id, interpretation: 'scope-bflets-plans-unknown' };
  if (mode === 'assume-eligible') {
    reasons.push(reason('scope.line.restricted-assumed-eligible', `On ${line.name} only some plans are provided (「${r.asWritten}」), which ones is not stated; assumed provided (option unstatedPlanRestriction)`, extra));
    return 'eligible';
  }
  if (mode === 'assume-not-eligible') {
    reasons.push(reason('scope.line.restricted-assumed-not-eligible', `On ${line.name} only some plans are provided (「${r.asWritten}」), which ones is not stated; assumed not provided (option unstatedPlanRestriction)`, extra));
    return 'not-eligible';
  }
  reasons.push(reason('scope.line.restricted-unknown-plans', `On ${line.name} only some plans are provided (「${r.asWritten}」); the document does not say which, so whether this plan is cannot be told`, extra));
  return 'restricted';
}

function unknownLine(line: string, catalog: Catalog): NotFoundError {
  const known = [...new Set(catalog.documents.flatMap((d) => own(own(d, 'scope') ?? {}, 'lines')?.named.map((l) => l.name) ?? []))];
  return new NotFoundError(['line'], `Unknown line ${JSON.stringify(line)}: no document names it (known: ${known.join(', ')}); pass reachesInternet to apply the document's rule for other lines`, {
    value: line,
    known,
  });
}

