/**
 * Whether a service supports a piece of software, a device, a tool on an operating system, or a
 * recommended environment (003 サポート範囲 and 動作推奨環境; 001 and 000 tool conditions).
 */
import { own, readInput } from '../boundary/index.js';
import type { Catalog } from '../catalog/catalog.js';
import type { Source } from '../catalog/primitives.js';
import { InvalidInputError, NotFoundError, type ErrorPath } from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import {
  architectureVocabulary,
  evaluateToolDevice,
  expectName,
  expectRecord,
  findScopeTool,
  interpretationOf,
  normalizeScopeName,
  optionalChoice,
  optionalName,
  osName,
  osVocabulary,
  productVocabulary,
  rejectUnknownKeys,
  resolveName,
  scopeContext,
  worstScopeVerdict,
  type ScopeCondition,
  type ScopeContext,
  type ScopeItemVerdict,
  type ScopeOsEquivalents,
  type ScopeUnknownNames,
} from './common.js';
import { planItManagement, type UnlistedItPlans } from './it-management.js';
import type { ScopeEnvironment, ScopeMinimumVersionDefinition, ScopeSection } from './schema.js';
import { compareScopeVersions, parseScopeVersion } from './version.js';

/** Software the support covers (003 サポート範囲 ソフトウェア: browsers, mail, FTP, security software). */
export interface SoftwareSubject {
  readonly kind: 'software';
  /** As written or an alias, white space, width and case ignored: 「Outlook」「Windows Live Mail」「IE」. */
  readonly name: string;
  /** The caller's version, in the product's numbering (`2010`, `6.0`, `V16`); needed where a minimum is stated. */
  readonly version?: string;
}
/** Hardware the support covers (003 IP電話サービス 専用機器). */
export interface HardwareSubject {
  readonly kind: 'hardware';
  readonly name: string;
}
/** A tool on a device (001 リモートサポートツール / IT運用管理ツール; 000 IT運用管理ツール). */
export interface ToolSubject {
  readonly kind: 'tool';
  /** Tool id or name: `remote-support-tool`, `it-management-tool`, 「IT運用管理ツール」. */
  readonly tool: string;
  readonly os: string;
  readonly deviceType?: string;
}
/** The caller's operating system, for the recommended environment. */
export interface EnvironmentOsInput {
  /** 「Windows」「MacOS」 (or with the version: 「Windows XP」「macOS 10.15」). */
  readonly name: string;
  /** 「XP」「7」 for Windows; a dotted version for MacOS (`10.4.10`). */
  readonly version?: string;
  /** The OS language edition: `ja`, `ja-JP`, 「日本語」, `en` … */
  readonly language?: string;
  /** CPU architecture: `powerpc`, `intel`, `arm64` … */
  readonly cpuArchitecture?: string;
}
/** A recommended environment (003 動作推奨環境); only the parts given are checked. */
export interface EnvironmentSubject {
  readonly kind: 'environment';
  readonly os?: EnvironmentOsInput;
  readonly browser?: { readonly name: string; readonly version?: string };
  readonly cpuClockMHz?: number;
  readonly winsockVersion?: string;
  /** TCP ports open on the user's network. */
  readonly openPorts?: readonly number[];
}
/** What {@link checkSupportScope} checks. */
export type SupportScopeSubject = SoftwareSubject | HardwareSubject | ToolSubject | EnvironmentSubject;

/** Options of {@link checkSupportScope}. */
export interface CheckSupportScopeOptions {
  readonly unknownNames?: ScopeUnknownNames;
  readonly osEquivalents?: ScopeOsEquivalents;
  /** For the IT management tool: plans the document neither lists nor excludes. */
  readonly unlistedPlans?: UnlistedItPlans;
  readonly catalog?: Catalog;
}

/** Input of {@link checkSupportScope}. */
export interface CheckSupportScopeInput extends CheckSupportScopeOptions {
  readonly planId: string;
  readonly subject: SupportScopeSubject;
}

/** One part of a check (the software; or the environment's OS, browser, CPU …). */
export interface SupportScopeCheck {
  readonly component: 'software' | 'hardware' | 'tool' | 'os' | 'browser' | 'cpu' | 'socket' | 'network';
  /** The name the document writes (or the caller's, when the document does not name it). */
  readonly name: string;
  readonly verdict: ScopeItemVerdict;
  readonly conditions: readonly ScopeCondition[];
  readonly reasons: readonly Reason[];
}

/** Result of {@link checkSupportScope}. */
export interface SupportScope {
  /** True only for `supported`. */
  readonly ok: boolean;
  /**
   * The worst of the checks: `not-supported`, then `not-stated` (the document has no such list),
   * then `conditional` (depends on something not given: a version, the language edition, the CPU
   * architecture, the open ports, the device type), then `supported`.
   */
  readonly verdict: ScopeItemVerdict;
  readonly planId: string;
  readonly subject: SupportScopeSubject['kind'];
  readonly checks: readonly SupportScopeCheck[];
  readonly conditions: readonly ScopeCondition[];
  readonly reasons: readonly Reason[];
}

const INPUT_KEYS = ['planId', 'subject', 'unknownNames', 'osEquivalents', 'unlistedPlans', 'catalog'] as const;
const SUBJECT_KEYS: Record<SupportScopeSubject['kind'], readonly string[]> = {
  software: ['kind', 'name', 'version'],
  hardware: ['kind', 'name'],
  tool: ['kind', 'tool', 'os', 'deviceType'],
  environment: ['kind', 'os', 'browser', 'cpuClockMHz', 'winsockVersion', 'openPorts'],
};

interface Settings {
  readonly unknownNames: ScopeUnknownNames;
  readonly osEquivalents: ScopeOsEquivalents;
  readonly unlistedPlans: UnlistedItPlans;
}

/**
 * Whether a plan's service supports a subject: software (with its version), hardware, a tool on an
 * operating system and device type, or a recommended environment.
 *
 * Rules: a document's lists are closed: a name another document knows but this one does not list is
 * `not-supported`; a name no document knows is a {@link NotFoundError} (option `unknownNames`).
 * Minimums (「2009以降」「5.5以降」「1.x以降」「V15以降」「10.4.10以上」) include the stated version and
 * compare numerically component by component (10.10 is later than 10.4.10). A missing version where a
 * minimum is stated makes the answer `conditional`, never `supported`. 003's Windows editions are a list
 * (2000/2003/XP/Vista/7): later editions are not listed. 日本語版のみ and PowerPC対象外 are checked when the
 * language and CPU architecture are given, and make the answer `conditional` otherwise. The CPU is
 * compared by clock only. The IT management tool needs a plan that includes it. The document's caveats
 * (003: support may be refused even within scope) are added as reasons.
 *
 * @throws {NotFoundError} unknown plan; a product, OS, device type or tool no document names (path in `subject`)
 * @throws {InvalidInputError} a version that cannot be read, malformed subject or option (path in `subject`)
 * @example checkSupportScope({ planId: 'ucom-remote-support', subject: { kind: 'software', name: 'Outlook', version: '2010' } }).verdict //=> 'supported'
 * @example checkSupportScope({ planId: 'ucom-remote-support', subject: { kind: 'software', name: 'Outlook', version: '2003' } }).verdict //=> 'not-supported'
 * @example checkSupportScope({ planId: 'ucom-remote-support', subject: { kind: 'software', name: 'Outlook' } }).verdict //=> 'conditional'
 * @example checkSupportScope({ planId: 'ucom-remote-support', subject: { kind: 'environment', os: { name: 'MacOS', version: '10.10', language: 'ja', cpuArchitecture: 'intel' } } }).verdict //=> 'supported'
 * @example checkSupportScope({ planId: 'itss-light-anshin-1', subject: { kind: 'tool', tool: 'it-management-tool', os: 'Mac' } }).verdict //=> 'not-supported'
 */
export function checkSupportScope(input: CheckSupportScopeInput): SupportScope {
  input = readInput(input);
  const rec = expectRecord(input, [], 'an object { planId, subject }');
  rejectUnknownKeys(rec, INPUT_KEYS, []);
  const ctx = scopeContext(rec.planId, rec.catalog);
  const settings: Settings = {
    unknownNames: optionalChoice<ScopeUnknownNames>(rec.unknownNames, ['error', 'not-supported'], 'error', ['unknownNames']),
    osEquivalents: optionalChoice<ScopeOsEquivalents>(rec.osEquivalents, ['apply', 'ignore'], 'apply', ['osEquivalents']),
    unlistedPlans: optionalChoice<UnlistedItPlans>(rec.unlistedPlans, ['not-included', 'not-stated'], 'not-included', ['unlistedPlans']),
  };
  const subject = expectRecord(rec.subject, ['subject'], 'a subject { kind, … }');
  const kind = optionalChoice<SupportScopeSubject['kind'] | 'none'>(subject.kind, ['software', 'hardware', 'tool', 'environment'], 'none', ['subject', 'kind']);
  if (kind === 'none') throw new InvalidInputError(['subject', 'kind'], 'subject.kind is required: software, hardware, tool or environment', {});
  rejectUnknownKeys(subject, SUBJECT_KEYS[kind], ['subject']);

  const checks =
    kind === 'software'
      ? [softwareCheck(ctx, subject, settings)]
      : kind === 'hardware'
        ? [hardwareCheck(ctx, subject, settings)]
        : kind === 'tool'
          ? [toolCheck(ctx, subject, settings)]
          : environmentChecks(ctx, subject, settings);
  const verdict = worstScopeVerdict(checks.map((c) => c.verdict));
  const reasons = checks.flatMap((c) => c.reasons);
  if (kind === 'software' || kind === 'hardware' || kind === 'environment') {
    const caveats = (ctx.section && own(ctx.section, 'caveats')) ?? [];
    for (const c of caveats) reasons.push(reason('scope.caveat', c.text, { source: c.source, factId: c.id }));
  }
  return {
    ok: verdict === 'supported',
    verdict,
    planId: ctx.plan.id,
    subject: kind,
    checks,
    conditions: checks.flatMap((c) => c.conditions),
    reasons,
  };
}

function notStated(component: SupportScopeCheck['component'], name: string, ctx: ScopeContext, what: string): SupportScopeCheck {
  return {
    component,
    name,
    verdict: 'not-stated',
    conditions: [],
    reasons: [reason('scope.not-stated', `${ctx.doc.document.service}: the document states no ${what}`, { factId: ctx.doc.document.id })],
  };
}

/** Looks a name up among entries with `name` and `aliases`. */
function findNamed<T extends { id: string; name: string; aliases?: readonly string[] | undefined }>(list: readonly T[], value: string): T | undefined {
  const key = normalizeScopeName(value);
  return list.find((x) => x.id === value || [x.name, ...(own(x, 'aliases') ?? [])].some((n) => normalizeScopeName(n) === key));
}

function unlisted(
  component: SupportScopeCheck['component'],
  value: string,
  listed: readonly string[],
  listSource: Source | undefined,
  ctx: ScopeContext,
  settings: Settings,
  path: ErrorPath,
): SupportScopeCheck {
  const known = resolveName(value, productVocabulary(ctx.catalog), 'product', path, settings.unknownNames);
  return {
    component,
    name: known.name,
    verdict: 'not-supported',
    conditions: [],
    reasons: [
      reason(`scope.${component}.not-listed`, `${known.id === null ? JSON.stringify(value) : known.name} is not in the list (${listed.join('、')})`, {
        source: listSource,
        interpretation: 'scope-closed-lists',
      }),
    ],
  };
}

function minimumCheck(
  component: SupportScopeCheck['component'],
  name: string,
  minimum: ScopeMinimumVersionDefinition,
  version: string | undefined,
  source: Source,
  factId: string,
  path: ErrorPath,
  listedReason: Reason,
): SupportScopeCheck {
  if (version === undefined) {
    const message = `${name} is supported from ${minimum.asWritten}; the version was not given`;
    return {
      component,
      name,
      verdict: 'conditional',
      conditions: [{ id: 'version', message, source }],
      reasons: [listedReason, reason(`scope.${component}.version-not-given`, message, { source, factId, interpretation: 'scope-missing-information' })],
    };
  }
  const given = parseScopeVersion(version, minimum.scheme, path);
  const ok = compareScopeVersions(given, minimum.components) >= 0;
  const shown = minimum.wildcard ? `${minimum.components.join('.')}.x` : minimum.components.join('.');
  return {
    component,
    name,
    verdict: ok ? 'supported' : 'not-supported',
    conditions: [],
    reasons: [
      listedReason,
      reason(
        ok ? `scope.${component}.version-meets-minimum` : `scope.${component}.version-below-minimum`,
        `${name} ${version} is ${ok ? 'at or above' : 'below'} the minimum ${shown} (「${minimum.asWritten}」)`,
        { source, factId, interpretation: 'scope-minimum-inclusive' },
      ),
    ],
  };
}

function softwareCheck(ctx: ScopeContext, subject: Record<string, unknown>, settings: Settings): SupportScopeCheck {
  const name = expectName(subject.name, ['subject', 'name'], 'subject.name');
  const version = optionalName(subject.version, ['subject', 'version'], 'subject.version');
  const list = (ctx.section && own(ctx.section, 'software'));
  if (!list) {
    resolveName(name, productVocabulary(ctx.catalog), 'product', ['subject', 'name'], settings.unknownNames);
    return notStated('software', name, ctx, 'list of supported software');
  }
  const entry = findNamed(list, name);
  if (!entry) return unlisted('software', name, list.map((x) => x.name), list[0]?.source, ctx, settings, ['subject', 'name']);
  const listed = reason('scope.software.listed', `${entry.name} (${entry.category}) is in the support scope: ${entry.coverage}`, {
    source: entry.source,
    factId: entry.id,
    interpretation: interpretationOf(entry.source),
  });
  if (entry.minimum === null) {
    // No minimum: any version is in scope, but an unreadable one is still refused.
    if (version !== undefined) parseScopeVersion(version, 'dotted', ['subject', 'version']);
    const none = reason('scope.software.no-minimum', `The document states no minimum version for ${entry.name}`, { source: entry.source, factId: entry.id });
    return { component: 'software', name: entry.name, verdict: 'supported', conditions: [], reasons: [listed, none] };
  }
  return minimumCheck('software', entry.name, entry.minimum, version, entry.source, entry.id, ['subject', 'version'], listed);
}

function hardwareCheck(ctx: ScopeContext, subject: Record<string, unknown>, settings: Settings): SupportScopeCheck {
  const name = expectName(subject.name, ['subject', 'name'], 'subject.name');
  const list = (ctx.section && own(ctx.section, 'hardware'));
  if (!list) {
    resolveName(name, productVocabulary(ctx.catalog), 'product', ['subject', 'name'], settings.unknownNames);
    return notStated('hardware', name, ctx, 'list of supported hardware');
  }
  const entry = findNamed(list, name);
  if (!entry) return unlisted('hardware', name, list.map((x) => x.name), list[0]?.source, ctx, settings, ['subject', 'name']);
  return {
    component: 'hardware',
    name: entry.name,
    verdict: 'supported',
    conditions: [],
    reasons: [reason('scope.hardware.listed', `${entry.name} (${entry.category}) is in the support scope: ${entry.coverage}`, { source: entry.source, factId: entry.id })],
  };
}

function toolCheck(ctx: ScopeContext, subject: Record<string, unknown>, settings: Settings): SupportScopeCheck {
  const toolName = expectName(subject.tool, ['subject', 'tool'], 'subject.tool');
  const os = expectName(subject.os, ['subject', 'os'], 'subject.os');
  const deviceType = optionalName(subject.deviceType, ['subject', 'deviceType'], 'subject.deviceType');
  const section = ctx.section;
  if (!(section && own(section, 'tools'))) {
    resolveName(os, osVocabulary(ctx.catalog), 'operating system', ['subject', 'os'], settings.unknownNames);
    return notStated('tool', toolName, ctx, 'tool installed on the user’s devices');
  }
  const tool = findScopeTool(section, toolName);
  if (!tool) {
    const known = (own(section, 'tools') ?? []).map((t) => `${t.id} (${t.name})`);
    throw new NotFoundError(['subject', 'tool'], `Unknown tool ${JSON.stringify(toolName)} for ${ctx.plan.id}; known: ${known.join(', ')}`, {
      value: toolName,
      known: (own(section, 'tools') ?? []).map((t) => t.id),
    });
  }
  const reasons: Reason[] = [];
  const device = evaluateToolDevice(section, tool, ctx.catalog, { os, deviceType }, ['subject'], settings);
  let verdict: ScopeItemVerdict = device.verdict;
  if (own(section, 'itManagement')?.toolId === tool.id) {
    const pim = planItManagement(ctx, settings.unlistedPlans);
    reasons.push(...pim.reasons);
    if (pim.inclusion === 'not-included') verdict = 'not-supported';
    else if (pim.inclusion === 'not-stated') verdict = worstScopeVerdict([verdict, 'not-stated']);
  }
  reasons.push(...device.reasons);
  return { component: 'tool', name: tool.name, verdict, conditions: device.conditions, reasons };
}

function environmentChecks(ctx: ScopeContext, subject: Record<string, unknown>, settings: Settings): SupportScopeCheck[] {
  const given = ['os', 'browser', 'cpuClockMHz', 'winsockVersion', 'openPorts'].filter((k) => subject[k] !== undefined);
  if (given.length === 0) {
    throw new InvalidInputError(['subject'], 'Describe at least one part of the environment: os, browser, cpuClockMHz, winsockVersion, openPorts', {});
  }
  const env = (ctx.section && own(ctx.section, 'environment'));
  const checks: SupportScopeCheck[] = [];
  if (subject.os !== undefined) checks.push(env ? envOsCheck(ctx, ctx.section!, env, subject.os, settings) : notStated('os', 'os', ctx, 'recommended environment'));
  if (subject.browser !== undefined) checks.push(envBrowserCheck(ctx, env, subject.browser, settings));
  if (subject.cpuClockMHz !== undefined) checks.push(envCpuCheck(ctx, env, subject.cpuClockMHz));
  if (subject.winsockVersion !== undefined) checks.push(envSocketCheck(ctx, env, subject.winsockVersion));
  if (subject.openPorts !== undefined) checks.push(envNetworkCheck(ctx, env, subject.openPorts));
  return checks;
}

/**
 * What follows a name's `key` (its {@link normalizeScopeName} form) at the start of `text`, white space kept inside and
 * trimmed, or undefined when `text` does not start with it.
 * @example afterName('Windows 7 Professional', 'windows') //=> '7 Professional'
 */
function afterName(text: string, key: string): string | undefined {
  const t = text.normalize('NFKC');
  let i = 0;
  let k = 0;
  while (k < key.length) {
    if (i >= t.length) return undefined;
    const c = t[i]!;
    i++;
    if (/[\s\u3000]/.test(c)) continue;
    const lower = c.toLowerCase();
    if (!key.startsWith(lower, k)) return undefined;
    k += lower.length;
  }
  return t.slice(i).trim();
}

/** A version text without a leading name of its OS (`names`), as the caller wrote the rest. */
function withoutName(version: string, names: readonly string[]): string {
  for (const n of names) {
    const rest = afterName(version, normalizeScopeName(n));
    if (rest !== undefined && rest !== '') return rest;
  }
  return version.normalize('NFKC').trim();
}

/** Whether the text after an OS's name reads as its version: a number, or (first word) a version the document lists for it. */
function readsAsVersion(rest: string, env: ScopeEnvironment, osId: string): boolean {
  if (/^\d/.test(rest)) return true;
  const head = normalizeScopeName(rest.split(/\s+/)[0] ?? '');
  return env.os.entries.some((e) => e.os === osId && e.versions.kind === 'one-of' && e.versions.values.some((v) => normalizeScopeName(v) === head));
}

function normalizeLanguage(value: string): string {
  const v = value.normalize('NFKC').trim().toLowerCase();
  if (v === '日本語' || v === '日本語版' || v === 'japanese' || v === 'ja' || /^ja[-_]/.test(v)) return 'ja';
  const tag = /^([a-z]{2,3})(?:[-_].*)?$/.exec(v);
  return tag ? tag[1]! : v;
}

function envOsCheck(ctx: ScopeContext, section: ScopeSection, env: ScopeEnvironment, value: unknown, settings: Settings): SupportScopeCheck {
  const path: ErrorPath = ['subject', 'os'];
  const o = expectRecord(value, path, 'an OS { name, version?, language?, cpuArchitecture? }');
  rejectUnknownKeys(o, ['name', 'version', 'language', 'cpuArchitecture'], path);
  let name = expectName(o.name, [...path, 'name'], 'subject.os.name');
  let version = optionalName(o.version, [...path, 'version'], 'subject.os.version');
  const language = optionalName(o.language, [...path, 'language'], 'subject.os.language');
  const arch = optionalName(o.cpuArchitecture, [...path, 'cpuArchitecture'], 'subject.os.cpuArchitecture');
  const vocab = osVocabulary(ctx.catalog);
  // 「Windows XP」「macOS 10.15」「WindowsXP」: the name with its version. What follows the OS's name must read as a
  // version (a number, or a version the document lists): 「Macintosh」 is not Mac with version "intosh".
  if (!vocab.has(normalizeScopeName(name)) && version === undefined) {
    const key = normalizeScopeName(name);
    const prefix = [...vocab.keys()].sort((a, b) => b.length - a.length).find((k) => key.startsWith(k) && key.length > k.length);
    const rest = prefix === undefined ? undefined : afterName(name, prefix);
    if (rest !== undefined && readsAsVersion(rest, env, vocab.get(prefix!)!.id)) {
      version = rest;
      name = vocab.get(prefix!)!.name;
    }
  }
  const os = resolveName(name, vocab, 'operating system', [...path, 'name'], settings.unknownNames);
  const reasons: Reason[] = [];
  const conditions: ScopeCondition[] = [];
  const verdicts: ScopeItemVerdict[] = [];
  const listed = env.os.entries.map((e) => e.asWritten).join('/');
  let entry = os.id === null ? undefined : env.os.entries.find((e) => e.os === os.id);
  if (!entry && os.id !== null && settings.osEquivalents === 'apply') {
    const eq = own(section, 'osEquivalents')?.find((e) => e.os === os.id && env.os.entries.some((x) => x.os === e.countsAs));
    if (eq) {
      entry = env.os.entries.find((x) => x.os === eq.countsAs);
      reasons.push(reason('scope.os.equivalent', `${osName(section, os.id)} is read as ${osName(section, eq.countsAs)}`, { source: eq.source, interpretation: interpretationOf(eq.source) }));
    }
  }
  // An OS the document does not list is named as the catalog names it (`Android`), not by its id.
  const shownName = os.id === null ? os.asGiven : osName(section, os.id, os.name);
  if (!entry) {
    return {
      component: 'os',
      name: shownName,
      verdict: 'not-supported',
      conditions,
      reasons: [...reasons, reason('scope.os.not-listed', `${shownName} is not a recommended OS (${listed})`, { source: env.os.entries[0]!.source, interpretation: 'scope-closed-lists' })],
    };
  }
  const osListed = reason('scope.os.listed', `${shownName} is a recommended OS: 「${entry.asWritten}」`, { source: entry.source, factId: entry.os, interpretation: interpretationOf(entry.source) });
  // A version that repeats the OS's name (「Windows 7」, 「MacOS 10.5」) is read without it, for every OS alike.
  const osRecord = own(section, 'operatingSystems')?.find((x) => x.id === entry!.os);
  const osNames = [...(osRecord?.names ?? []), ...((osRecord && own(osRecord, 'aliases')) ?? [])].sort((a, b) => normalizeScopeName(b).length - normalizeScopeName(a).length);
  if (version !== undefined) version = withoutName(version, osNames);
  if (entry.versions.kind === 'minimum') {
    const c = minimumCheck('os', shownName, entry.versions.minimum, version, entry.source, entry.os, [...path, 'version'], osListed);
    verdicts.push(c.verdict);
    conditions.push(...c.conditions);
    reasons.push(...c.reasons);
  } else {
    reasons.push(osListed);
    const values = entry.versions.values;
    if (version === undefined) {
      verdicts.push('conditional');
      const message = `${shownName}: only ${values.join('/')} are listed; the version was not given`;
      conditions.push({ id: 'version', message, source: entry.source });
      reasons.push(reason('scope.os.version-not-given', message, { source: entry.source, factId: entry.os, interpretation: 'scope-missing-information' }));
    } else {
      // The version is its first word; what follows is an edition or service pack (「7 Professional」, 「XP SP3」).
      const [head = '', ...edition] = version.split(/\s+/);
      const token = normalizeScopeName(head);
      if (!/^[a-z0-9.]+$/.test(token)) {
        throw new InvalidInputError([...path, 'version'], `Cannot read the ${shownName} version ${JSON.stringify(version)} (listed: ${values.join(', ')})`, { value: version, allowed: values });
      }
      const hit = values.find((v) => normalizeScopeName(v) === token);
      const shownVersion = edition.length > 0 ? `${head} (${edition.join(' ')})` : head;
      verdicts.push(hit ? 'supported' : 'not-supported');
      reasons.push(
        reason(hit ? 'scope.os.version-listed' : 'scope.os.version-not-listed', `${shownName} ${shownVersion} is ${hit ? '' : 'not '}one of the listed versions (${values.join('/')})`, {
          source: entry.source,
          factId: entry.os,
          interpretation: interpretationOf(entry.source),
        }),
      );
    }
  }
  const lang = env.os.language;
  if (lang) {
    if (language === undefined) {
      verdicts.push('conditional');
      const message = `Only the ${lang.language} edition is supported (「${lang.asWritten}」); the language was not given`;
      conditions.push({ id: 'language', message, source: lang.source });
      reasons.push(reason('scope.os.language-not-given', message, { source: lang.source, interpretation: 'scope-missing-information' }));
    } else {
      const ok = normalizeLanguage(language) === lang.language;
      verdicts.push(ok ? 'supported' : 'not-supported');
      reasons.push(reason(ok ? 'scope.os.language-ok' : 'scope.os.language-not-supported', `${language} edition: 「${lang.asWritten}」`, { source: lang.source }));
    }
  }
  for (const ex of env.os.excludedArchitectures ?? []) {
    if (arch === undefined) {
      verdicts.push('conditional');
      const message = `${ex.name} is excluded (「${ex.asWritten}」); the CPU architecture was not given`;
      conditions.push({ id: 'cpu-architecture', message, source: ex.source });
      reasons.push(reason('scope.os.architecture-not-given', message, { source: ex.source, factId: ex.id, interpretation: 'scope-missing-information' }));
    } else {
      const hit = architectureVocabulary(ctx.catalog).get(normalizeScopeName(arch));
      const excluded = hit?.id === ex.id;
      verdicts.push(excluded ? 'not-supported' : 'supported');
      reasons.push(
        reason(excluded ? 'scope.os.architecture-excluded' : 'scope.os.architecture-ok', `CPU architecture ${arch} ${excluded ? 'is' : 'is not'} ${ex.name} (「${ex.asWritten}」)`, {
          source: ex.source,
          factId: ex.id,
          interpretation: 'scope-powerpc-every-os',
        }),
      );
    }
  }
  return { component: 'os', name: shownName, verdict: worstScopeVerdict(verdicts), conditions, reasons };
}

function envBrowserCheck(ctx: ScopeContext, env: ScopeEnvironment | undefined, value: unknown, settings: Settings): SupportScopeCheck {
  const path: ErrorPath = ['subject', 'browser'];
  const b = expectRecord(value, path, 'a browser { name, version? }');
  rejectUnknownKeys(b, ['name', 'version'], path);
  const name = expectName(b.name, [...path, 'name'], 'subject.browser.name');
  const version = optionalName(b.version, [...path, 'version'], 'subject.browser.version');
  const list = env?.browsers;
  if (!list) {
    resolveName(name, productVocabulary(ctx.catalog), 'product', [...path, 'name'], settings.unknownNames);
    return notStated('browser', name, ctx, 'recommended browsers');
  }
  const entry = findNamed(list, name);
  if (!entry) return unlisted('browser', name, list.map((x) => x.name), list[0]?.source, ctx, settings, [...path, 'name']);
  const listed = reason('scope.browser.listed', `${entry.name} is a recommended browser from 「${entry.minimum.asWritten}」`, { source: entry.source, factId: entry.id });
  return minimumCheck('browser', entry.name, entry.minimum, version, entry.source, entry.id, [...path, 'version'], listed);
}

function envCpuCheck(ctx: ScopeContext, env: ScopeEnvironment | undefined, value: unknown): SupportScopeCheck {
  if (typeof value !== 'number' || !Number.isFinite(value) || value <= 0) {
    throw new InvalidInputError(['subject', 'cpuClockMHz'], 'cpuClockMHz must be a positive number of MHz', { value });
  }
  const cpu = env?.cpu;
  if (!cpu) return notStated('cpu', 'cpu', ctx, 'CPU requirement');
  const ok = value >= cpu.minimumClockMHz;
  return {
    component: 'cpu',
    name: cpu.model,
    verdict: ok ? 'supported' : 'not-supported',
    conditions: [],
    reasons: [
      reason(ok ? 'scope.cpu.meets-minimum' : 'scope.cpu.below-minimum', `${value} MHz is ${ok ? 'at or above' : 'below'} ${cpu.minimumClockMHz} MHz (「${cpu.asWritten}」; the clock alone is compared)`, {
        source: cpu.source,
        interpretation: 'scope-cpu-clock-only',
      }),
    ],
  };
}

function envSocketCheck(ctx: ScopeContext, env: ScopeEnvironment | undefined, value: unknown): SupportScopeCheck {
  const version = expectName(value, ['subject', 'winsockVersion'], 'subject.winsockVersion');
  const socket = env?.socket;
  if (!socket) return notStated('socket', 'socket', ctx, 'socket requirement');
  const listed = reason('scope.socket.listed', `${socket.name} 「${socket.minimum.asWritten}」 is required`, { source: socket.source });
  return minimumCheck('socket', socket.name, socket.minimum, version, socket.source, 'socket', ['subject', 'winsockVersion'], listed);
}

function envNetworkCheck(ctx: ScopeContext, env: ScopeEnvironment | undefined, value: unknown): SupportScopeCheck {
  if (!Array.isArray(value)) throw new InvalidInputError(['subject', 'openPorts'], 'openPorts must be an array of port numbers', { value });
  value.forEach((p, i) => {
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 1 || p > 65535) {
      throw new InvalidInputError(['subject', 'openPorts', i], 'A port is a whole number from 1 to 65535', { value: p });
    }
  });
  const net = env?.network;
  if (!net) return notStated('network', 'network', ctx, 'network requirement');
  const missing = net.openPorts.filter((p) => !value.includes(p));
  const ok = missing.length === 0;
  return {
    component: 'network',
    name: net.protocol,
    verdict: ok ? 'supported' : 'not-supported',
    conditions: [],
    reasons: [
      reason(ok ? 'scope.network.ports-open' : 'scope.network.ports-closed', ok ? `Ports ${net.openPorts.join(', ')} are open (「${net.asWritten}」)` : `Port${missing.length === 1 ? '' : 's'} ${missing.join(', ')} not open (「${net.asWritten}」)`, {
        source: net.source,
      }),
    ],
  };
}
