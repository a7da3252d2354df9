/**
 * IT management (IT運用管理): which plans include the tool, how many devices it may be installed on
 * (001 ~3台 / ~5台; 000 プラン A (～3台) / プラン B (～5台)), the operating systems it installs on, and
 * the feature-by-OS table (001: リモートロック, リモートワイプ, 外部記憶制御, デバイス制御 × iOS, Android, Windows).
 */
import { own, readInput } from '../boundary/index.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Source } from '../catalog/primitives.js';
import { getOption } from '../catalog/queries.js';
import { ConflictError, InvalidInputError, NotFoundError, type ErrorPath } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import {
  evaluateToolDevice,
  expectName,
  expectRecord,
  interpretationOf,
  normalizeScopeName,
  optionalChoice,
  optionalName,
  osName,
  osVocabulary,
  rejectUnknownKeys,
  resolveName,
  scopeContext,
  type ScopeResolvedName,
  type ScopeCondition,
  type ScopeContext,
  type ScopeOsEquivalents,
  type ScopeUnknownNames,
} from './common.js';
import type { ScopeFeature, ScopeItManagement, ScopeTool } from './schema.js';

/**
 * How to read a plan the document neither lists with a device limit nor excludes, where it limits IT
 * management to the listed plans (001 「ライトあんしんプラン限定」: the discontinued plans).
 * - `not-included` (default; interpretation scope-it-management-only-listed);
 * - `not-stated`.
 */
export type UnlistedItPlans = 'not-included' | 'not-stated';
/**
 * How to read a blank cell of the feature-by-OS table (interpretation scope-blank-cell).
 * - `not-supported` (default): a blank cell means the feature is not available on that OS;
 * - `not-stated`.
 */
export type BlankFeatureCells = 'not-supported' | 'not-stated';

/** Whether a plan includes IT management. */
export type ItManagementInclusion = 'included' | 'not-included' | 'not-stated';

/** A plan's IT management, resolved (internal; shared with checkSupportScope). */
export interface PlanItManagement {
  readonly inclusion: ItManagementInclusion;
  readonly itm: ScopeItManagement | undefined;
  readonly tool: ScopeTool | undefined;
  readonly deviceLimit: number | null;
  readonly reasons: Reason[];
}

/** Whether the plan of `ctx` includes IT management, its tool and device limit, with reasons. */
export function planItManagement(ctx: ScopeContext, unlisted: UnlistedItPlans): PlanItManagement {
  const itm = ctx.section && own(ctx.section, 'itManagement');
  const reasons: Reason[] = [];
  if (!itm) {
    reasons.push(reason('scope.it.not-offered', `${ctx.doc.document.service}: the document describes no IT management tool`, { factId: ctx.doc.document.id }));
    return { inclusion: 'not-included', itm, tool: undefined, deviceLimit: null, reasons };
  }
  const tool = ctx.section!.tools!.find((t) => t.id === itm.toolId)!;
  const listed = itm.plans.find((p) => p.planId === ctx.plan.id);
  if (listed) {
    reasons.push(
      reason('scope.it.included', `${ctx.plan.name} includes IT management (${tool.name}) for up to ${listed.maxDevices} devices: 「${listed.asWritten}」`, {
        source: listed.source,
        factId: ctx.plan.id,
      }),
    );
    return { inclusion: 'included', itm, tool, deviceLimit: listed.maxDevices, reasons };
  }
  const excluded = itm.excludedPlans?.find((p) => p.planId === ctx.plan.id);
  if (excluded) {
    reasons.push(reason('scope.it.excluded', `${ctx.plan.name} does not include IT management: 「${excluded.asWritten}」`, { source: excluded.source, factId: ctx.plan.id }));
    return { inclusion: 'not-included', itm, tool, deviceLimit: null, reasons };
  }
  if (itm.onlyListedPlans && unlisted === 'not-included') {
    reasons.push(
      reason('scope.it.only-listed-plans', `IT management is limited to the listed plans (「${itm.onlyListedPlans.asWritten}」); ${ctx.plan.name} is not one of them`, {
        source: itm.onlyListedPlans.source,
        factId: ctx.plan.id,
        interpretation: 'scope-it-management-only-listed',
      }),
    );
    return { inclusion: 'not-included', itm, tool, deviceLimit: null, reasons };
  }
  reasons.push(
    reason('scope.it.plan-not-stated', `The document does not say whether ${ctx.plan.name} includes IT management`, {
      source: itm.onlyListedPlans?.source ?? itm.source,
      factId: ctx.plan.id,
      interpretation: itm.onlyListedPlans ? 'scope-it-management-only-listed' : undefined,
    }),
  );
  return { inclusion: 'not-stated', itm, tool, deviceLimit: null, reasons };
}

// ---------------------------------------------------------------------------------------------
// itManagementFeatures

/** Options of {@link itManagementFeatures}. */
export interface ItManagementFeaturesOptions {
  /** Only this operating system's cells (id or name: `ios`, `iPadOS`, `Windows` …). */
  readonly os?: string;
  /** Only this feature (id or name: `remote-lock`, 「外部記憶制御」 …). */
  readonly feature?: string;
  readonly blankCells?: BlankFeatureCells;
  readonly osEquivalents?: ScopeOsEquivalents;
  readonly unlistedPlans?: UnlistedItPlans;
  readonly unknownNames?: ScopeUnknownNames;
  readonly catalog?: Catalog;
}

/** Input of {@link itManagementFeatures}. */
export interface ItManagementFeaturesInput extends ItManagementFeaturesOptions {
  readonly planId: string;
}

/**
 * The status of a feature on an operating system:
 * `supported` (○), `partial` (○ with a restriction, e.g. SDカードのみ), `not-supported` (blank cell, or the
 * tool does not install on the OS), `not-stated`.
 */
export type ItFeatureStatus = 'supported' | 'partial' | 'not-supported' | 'not-stated';

/** One cell of the feature-by-OS table, as answered. */
export interface ItFeatureCell {
  readonly featureId: string;
  readonly feature: string;
  readonly description: string;
  /** The OS asked about (or the column's OS when no OS was given). */
  readonly os: string;
  /** The column that decided (`ios` for iPadOS read as iOS), or `null` when no column applies. */
  readonly column: string | null;
  readonly status: ItFeatureStatus;
  /** Text beside ○, such as 「SDカードのみ」. */
  readonly restriction: string | null;
  readonly source: Source;
  readonly interpretation?: string;
}

/**
 * - `included`: the plan includes IT management (and the tool installs on `os`, when given);
 * - `os-not-supported`: included, but the tool does not install on `os`;
 * - `not-included` / `not-stated`: the plan does not include it / the document does not say.
 */
export type ItManagementVerdict = 'included' | 'os-not-supported' | 'not-included' | 'not-stated';

/** Result of {@link itManagementFeatures}. */
export interface ItManagementFeatures {
  /** True only for `included`. */
  readonly ok: boolean;
  readonly verdict: ItManagementVerdict;
  readonly planId: string;
  readonly toolId: string | null;
  /** Devices the tool may be installed on under the plan, or `null`. */
  readonly deviceLimit: number | null;
  readonly os: ScopeResolvedName | null;
  /** Feature cells: one per feature for `os`, else one per feature and column. Empty when not included. */
  readonly features: readonly ItFeatureCell[];
  readonly conditions: readonly ScopeCondition[];
  readonly reasons: readonly Reason[];
}

const FEATURE_KEYS = ['planId', 'os', 'feature', 'blankCells', 'osEquivalents', 'unlistedPlans', 'unknownNames', 'catalog'] as const;

/**
 * The IT management features a plan gives, by operating system.
 *
 * Rules: the plan must include IT management (001: ライトあんしんプラン only, スタンダードあんしんプランは対象外;
 * 000: both plans). With `os`, the tool must install on it (001: not MacOS) and each feature's cell
 * in that OS's column decides: ○ `supported`, ○ with text `partial` (Android 外部記憶制御: SDカードのみ), blank
 * `not-supported` (option `blankCells`). iPadOS, which the table has no column for, is read under iOS
 * (option `osEquivalents`). A document without a table (000) answers with no features.
 *
 * @throws {NotFoundError} unknown plan, operating system (with `unknownNames: 'error'`) or feature
 * @throws {InvalidInputError} malformed input or option
 * @example itManagementFeatures({ planId: 'itss-light-anshin-1', os: 'Android', feature: '外部記憶制御' }).features[0]?.status //=> 'partial'
 * @example itManagementFeatures({ planId: 'itss-light-anshin-1', os: 'iOS', feature: 'external-storage-control' }).features[0]?.status //=> 'not-supported'
 * @example itManagementFeatures({ planId: 'itss-standard-anshin-1' }).verdict //=> 'not-included'
 * @example itManagementFeatures({ planId: 'itss-light-anshin-2', os: 'Mac' }).verdict //=> 'os-not-supported'
 */
export function itManagementFeatures(input: ItManagementFeaturesInput): ItManagementFeatures {
  input = readInput(input);
  const rec = expectRecord(input, [], 'an object { planId }');
  rejectUnknownKeys(rec, FEATURE_KEYS, []);
  const ctx = scopeContext(rec.planId, rec.catalog);
  const osText = optionalName(rec.os, ['os'], 'os');
  const featureText = optionalName(rec.feature, ['feature'], 'feature');
  const blankCells = optionalChoice<BlankFeatureCells>(rec.blankCells, ['not-supported', 'not-stated'], 'not-supported', ['blankCells']);
  const osEquivalents = optionalChoice<ScopeOsEquivalents>(rec.osEquivalents, ['apply', 'ignore'], 'apply', ['osEquivalents']);
  const unlistedPlans = optionalChoice<UnlistedItPlans>(rec.unlistedPlans, ['not-included', 'not-stated'], 'not-included', ['unlistedPlans']);
  const unknownNames = optionalChoice<ScopeUnknownNames>(rec.unknownNames, ['error', 'not-supported'], 'error', ['unknownNames']);

  const os = osText === undefined ? null : resolveName(osText, osVocabulary(ctx.catalog), 'operating system', ['os'], unknownNames);
  const pim = planItManagement(ctx, unlistedPlans);
  const reasons: Reason[] = [...pim.reasons];
  const conditions: ScopeCondition[] = [];
  const matrix = pim.itm?.featureMatrix;
  const features = featureText === undefined ? (matrix?.features ?? []) : [findFeature(matrix?.features ?? [], featureText, ctx)];
  const base = { planId: ctx.plan.id, toolId: pim.tool?.id ?? null, deviceLimit: pim.deviceLimit, os };

  if (pim.inclusion !== 'included') {
    return { ok: false, verdict: pim.inclusion, ...base, features: [], conditions, reasons };
  }
  const section = ctx.section!;
  if (!matrix) reasons.push(reason('scope.it.no-feature-table', 'The document gives no table of features by operating system', { source: pim.itm!.source }));

  if (os === null) {
    const cells: ItFeatureCell[] = [];
    for (const f of features) for (const col of matrix!.columns) cells.push(cellOf(f, col.os, col.os, blankCells));
    for (const c of cells) reasons.push(cellReason(c));
    return { ok: true, verdict: 'included', ...base, features: cells, conditions, reasons };
  }

  const tool = evaluateToolDevice(section, pim.tool!, ctx.catalog, { os: osText! }, [], { unknownNames, osEquivalents });
  reasons.push(...tool.reasons);
  if (tool.verdict === 'not-supported') {
    const cells = features.map(
      (f): ItFeatureCell => ({
        featureId: f.id,
        feature: f.name,
        description: f.description,
        os: os.id ?? os.asGiven,
        column: null,
        status: 'not-supported',
        restriction: null,
        source: f.source,
      }),
    );
    return { ok: false, verdict: 'os-not-supported', ...base, features: cells, conditions, reasons };
  }
  conditions.push(...tool.conditions);
  let column = matrix?.columns.find((c) => c.os === os.id)?.os ?? null;
  if (column === null && matrix && osEquivalents === 'apply') {
    const eq = own(section, 'osEquivalents')?.find((e) => e.os === os.id && matrix.columns.some((c) => c.os === e.countsAs));
    if (eq) {
      column = eq.countsAs;
      reasons.push(
        reason('scope.it.column-equivalent', `The table has no ${osName(section, os.id!)} column; ${osName(section, os.id!)} is read under ${osName(section, eq.countsAs)} (option osEquivalents)`, {
          source: eq.source,
          interpretation: interpretationOf(eq.source) ?? 'scope-ipados-as-ios',
        }),
      );
    }
  }
  const cells = features.map((f): ItFeatureCell => {
    if (column === null) {
      return {
        featureId: f.id,
        feature: f.name,
        description: f.description,
        os: os.id!,
        column: null,
        status: 'not-stated',
        restriction: null,
        source: f.source,
      };
    }
    return cellOf(f, os.id!, column, blankCells);
  });
  if (matrix && column === null) {
    reasons.push(reason('scope.it.no-column', `The table has no column for ${osName(section, os.id!)} (option osEquivalents: 'ignore' or no equivalent): features not stated`, { source: matrix.columns[0]!.source }));
  }
  for (const c of cells) if (c.column !== null) reasons.push(cellReason(c));
  return { ok: true, verdict: 'included', ...base, features: cells, conditions, reasons };
}

function findFeature(features: readonly ScopeFeature[], value: string, ctx: ScopeContext): ScopeFeature {
  const key = normalizeScopeName(value);
  const hit = features.find((f) => f.id === value || normalizeScopeName(f.name) === key);
  if (hit) return hit;
  const known = features.map((f) => `${f.id} (${f.name})`);
  throw new NotFoundError(['feature'], `Unknown IT management feature ${JSON.stringify(value)} for ${ctx.plan.id}${known.length ? `; known: ${known.join(', ')}` : ': the document gives no feature table'}`, {
    value,
    known: features.map((f) => f.id),
  });
}

function cellOf(f: ScopeFeature, os: string, column: string, blankCells: BlankFeatureCells): ItFeatureCell {
  const cell = f.cells.find((c) => c.os === column)!;
  const base = { featureId: f.id, feature: f.name, description: f.description, os, column, source: cell.source };
  if (cell.mark === 'circle') {
    const restriction = own(cell, 'restriction');
    return { ...base, status: restriction ? 'partial' : 'supported', restriction: restriction ?? null };
  }
  return { ...base, status: blankCells === 'not-supported' ? 'not-supported' : 'not-stated', restriction: null, interpretation: 'scope-blank-cell' };
}

function cellReason(c: ItFeatureCell): Reason {
  const what =
    c.status === 'supported'
      ? '○: available'
      : c.status === 'partial'
        ? `○ ${c.restriction}: available with a restriction`
        : c.status === 'not-supported'
          ? 'blank cell: not available (option blankCells)'
          : "blank cell: not stated (option blankCells: 'not-stated')";
  return reason('scope.it.feature-cell', `${c.feature} (${c.description}) on ${c.column}${c.column !== c.os ? ` (for ${c.os})` : ''}: ${what}`, {
    source: c.source,
    factId: c.featureId,
    interpretation: own(c, 'interpretation'),
  });
}

// ---------------------------------------------------------------------------------------------
// checkDeviceLicences

/** A device to install the IT management tool on. */
export interface ItManagedDevice {
  /** Operating system, by id or name (`windows`, `iOS`, 「Android」 …). */
  readonly os: string;
  /** Device type, by id or name (`pc`, `smartphone`, `tablet`, 「パソコン」 …); where the document pairs OSes with types, needed for a firm answer. */
  readonly deviceType?: string;
  /** Caller's label, echoed back. */
  readonly label?: string;
}

/** Options of {@link checkDeviceLicences}. */
export interface CheckDeviceLicencesOptions {
  /** Options of the plan; a note says whether they change the limit (001: they do not). */
  readonly optionIds?: readonly string[];
  readonly osEquivalents?: ScopeOsEquivalents;
  readonly unlistedPlans?: UnlistedItPlans;
  readonly unknownNames?: ScopeUnknownNames;
  readonly catalog?: Catalog;
}

/** Input of {@link checkDeviceLicences}: `devices`, or only `deviceCount`, or both when they agree. */
export interface CheckDeviceLicencesInput extends CheckDeviceLicencesOptions {
  readonly planId: string;
  readonly devices?: readonly ItManagedDevice[];
  readonly deviceCount?: number;
}

/** One device, as answered. */
export interface ItManagedDeviceCheck {
  readonly index: number;
  readonly label: string | null;
  readonly os: ScopeResolvedName;
  readonly deviceType: ScopeResolvedName | null;
  readonly verdict: 'supported' | 'conditional' | 'not-supported';
  readonly conditions: readonly ScopeCondition[];
  readonly reasons: readonly Reason[];
}

/**
 * - `within-limit`: the plan includes IT management and the devices fit its limit;
 * - `over-limit`: more devices than the limit;
 * - `not-included` / `not-stated`: the plan does not include IT management / the document does not say.
 */
export type DeviceLicenceVerdict = 'within-limit' | 'over-limit' | 'not-included' | 'not-stated';

/** Result of {@link checkDeviceLicences}. */
export interface DeviceLicences {
  /** True when `within-limit` and every device is `supported`. */
  readonly ok: boolean;
  readonly verdict: DeviceLicenceVerdict;
  readonly planId: string;
  readonly toolId: string | null;
  readonly deviceLimit: number | null;
  readonly deviceCount: number;
  /** Worst verdict of the devices (`null` when only a count was given). */
  readonly devicesVerdict: 'supported' | 'conditional' | 'not-supported' | null;
  readonly devices: readonly ItManagedDeviceCheck[];
  readonly reasons: readonly Reason[];
}

const LICENCE_KEYS = ['planId', 'devices', 'deviceCount', 'optionIds', 'osEquivalents', 'unlistedPlans', 'unknownNames', 'catalog'] as const;

/**
 * Whether devices can be managed under a plan's IT management licences.
 *
 * Rules: the plan must include IT management; the number of devices must not exceed the plan's limit
 * (001 ライトあんしんプラン1 ~3台, 2 ~5台; 000 プラン A ～3台, プラン B ～5台; the limit itself is allowed);
 * options do not change it (001 footnote); each device's OS must be one the tool installs on (001:
 * Windows, Android, iOS, iPadOS, not MacOS; 000: Windows on パソコン・タブレット, Android and iOS on
 * スマートフォン・タブレット). Every listed device counts toward the limit, supported or not.
 *
 * @throws {NotFoundError} unknown plan or option; an OS or device type no document names (with `unknownNames: 'error'`)
 * @throws {InvalidInputError} no devices and no count, a count that is not a whole number ≥ 0, malformed devices
 * @throws {ConflictError} `deviceCount` differs from the number of `devices`; an option of another plan
 * @example checkDeviceLicences({ planId: 'oas-plan-a', deviceCount: 3 }).verdict //=> 'within-limit'
 * @example checkDeviceLicences({ planId: 'oas-plan-a', deviceCount: 4 }).verdict //=> 'over-limit'
 * @example checkDeviceLicences({ planId: 'itss-light-anshin-1', devices: [{ os: 'Mac' }] }).devicesVerdict //=> 'not-supported'
 * @example checkDeviceLicences({ planId: 'itss-standard-anshin-1', deviceCount: 1 }).verdict //=> 'not-included'
 */
export function checkDeviceLicences(input: CheckDeviceLicencesInput): DeviceLicences {
  input = readInput(input);
  const rec = expectRecord(input, [], 'an object { planId, devices | deviceCount }');
  rejectUnknownKeys(rec, LICENCE_KEYS, []);
  const ctx = scopeContext(rec.planId, rec.catalog);
  const osEquivalents = optionalChoice<ScopeOsEquivalents>(rec.osEquivalents, ['apply', 'ignore'], 'apply', ['osEquivalents']);
  const unlistedPlans = optionalChoice<UnlistedItPlans>(rec.unlistedPlans, ['not-included', 'not-stated'], 'not-included', ['unlistedPlans']);
  const unknownNames = optionalChoice<ScopeUnknownNames>(rec.unknownNames, ['error', 'not-supported'], 'error', ['unknownNames']);
  const devices = rec.devices === undefined ? undefined : parseDevices(rec.devices);
  let deviceCount: number;
  if (rec.deviceCount !== undefined) {
    if (typeof rec.deviceCount !== 'number' || !Number.isSafeInteger(rec.deviceCount) || rec.deviceCount < 0) {
      throw new InvalidInputError(['deviceCount'], 'deviceCount must be a whole number ≥ 0', { value: rec.deviceCount });
    }
    if (devices && devices.length !== rec.deviceCount) {
      throw new ConflictError(['deviceCount'], `deviceCount ${rec.deviceCount} differs from the ${devices.length} device${devices.length === 1 ? '' : 's'} given`, { value: rec.deviceCount, devices: devices.length });
    }
    deviceCount = rec.deviceCount;
  } else if (devices) {
    deviceCount = devices.length;
  } else {
    throw new InvalidInputError(['devices'], 'Give devices or deviceCount', {});
  }
  const optionIds = parseOptionIds(rec.optionIds, ctx);

  const pim = planItManagement(ctx, unlistedPlans);
  const reasons: Reason[] = [...pim.reasons];
  const base = { planId: ctx.plan.id, toolId: pim.tool?.id ?? null, deviceLimit: pim.deviceLimit, deviceCount };
  const checks: ItManagedDeviceCheck[] = [];
  if (devices && pim.tool) {
    const section = ctx.section!;
    devices.forEach((d, i) => {
      const e = evaluateToolDevice(section, pim.tool!, ctx.catalog, d, ['devices', i], { unknownNames, osEquivalents });
      checks.push({ index: i, label: d.label ?? null, os: e.os, deviceType: e.deviceType, verdict: e.verdict, conditions: e.conditions, reasons: e.reasons });
    });
  }
  const devicesVerdict = devices === undefined || !pim.tool ? null : worstDevice(checks.map((c) => c.verdict));
  if (pim.inclusion !== 'included') {
    return { ok: false, verdict: pim.inclusion, ...base, devicesVerdict, devices: checks, reasons };
  }
  if (optionIds.length > 0) {
    const note = pim.itm!.optionsDoNotChangeLimit;
    reasons.push(
      note
        ? reason('scope.it.options-do-not-change-limit', `Options (${optionIds.join(', ')}) do not change the device limit: 「${note.asWritten}」`, { source: note.source })
        : reason('scope.it.options-not-stated', `The document does not say whether options (${optionIds.join(', ')}) change the device limit; the plan's limit applies`, { source: pim.itm!.source }),
    );
  }
  const limit = pim.deviceLimit!;
  const within = deviceCount <= limit;
  reasons.push(
    reason(within ? 'scope.it.within-limit' : 'scope.it.over-limit', `${deviceCount} device${deviceCount === 1 ? '' : 's'} ${within ? 'within' : 'over'} the limit of ${limit}`, {
      source: pim.itm!.plans.find((p) => p.planId === ctx.plan.id)!.source,
      factId: ctx.plan.id,
      interpretation: devices ? 'scope-devices-count-all' : undefined,
    }),
  );
  for (const c of checks) if (c.verdict !== 'supported') reasons.push(...c.reasons.filter((r) => r.rule !== 'scope.tool.os-listed').map((r) => ({ ...r, message: `devices[${c.index}]: ${r.message}` })));
  return {
    ok: within && (devicesVerdict === null || devicesVerdict === 'supported'),
    verdict: within ? 'within-limit' : 'over-limit',
    ...base,
    devicesVerdict,
    devices: checks,
    reasons,
  };
}

function worstDevice(vs: ReadonlyArray<'supported' | 'conditional' | 'not-supported'>): 'supported' | 'conditional' | 'not-supported' {
  return vs.includes('not-supported') ? 'not-supported' : vs.includes('conditional') ? 'conditional' : 'supported';
}

function parseDevices(value: unknown): ItManagedDevice[] {
  if (!Array.isArray(value)) throw new InvalidInputError(['devices'], 'devices must be an array', { value });
  return value.map((d, i) => {
    const path: ErrorPath = ['devices', i];
    const r = expectRecord(d, path, 'a device { os, deviceType? }');
    rejectUnknownKeys(r, ['os', 'deviceType', 'label'], path);
    const os = expectName(r.os, [...path, 'os'], 'os');
    const deviceType = optionalName(r.deviceType, [...path, 'deviceType'], 'deviceType');
    if (r.label !== undefined && typeof r.label !== 'string') throw new InvalidInputError([...path, 'label'], 'label must be a string', { value: r.label });
    return { os, ...(deviceType !== undefined ? { deviceType } : {}), ...(r.label !== undefined ? { label: r.label as string } : {}) };
  });
}

function parseOptionIds(value: unknown, ctx: ScopeContext): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new InvalidInputError(['optionIds'], 'optionIds must be an array of option ids', { value });
  return value.map((id, i) => {
    const option = getOption(id as string, ctx.catalog, ['optionIds', i]);
    if (!option.appliesTo.includes(ctx.plan.id)) {
      throw new ConflictError(['optionIds', i], `Option ${option.id} cannot be added to ${ctx.plan.id} (it applies to ${option.appliesTo.join(', ')})`, { value: id });
    }
    return option.id;
  });
}
