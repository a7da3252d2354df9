/**
 * `checkServiceConditions`: whether a request meets the conditions of support its plan's document
 * states (scope.conditions of the fixtures), each answer citing the passage.
 */
import { expectTable, readInput, own, rejectMisspeltKeys, type StrictShape } from '../boundary/index.js';
import { catalog as bundled } from '../catalog/bundled.js';
import type { Catalog } from '../catalog/catalog.js';
import { documentOfPlan } from '../catalog/queries.js';
import { InvalidInputError } from '../errors.js';
import { quotedValueText, valueText } from '../money/describe.js';
import { reason, type Reason } from '../reasons.js';
import type { ServiceCondition, ServiceConditionKind } from './conditions-schema.js';

/** The request whose conditions are checked; give only the fields that matter. */
export interface ServiceRequest {
  /** Where support is wanted: `customer-premises` (the customer's own site) or `telework-site` (テレワーク拠点). */
  readonly site?: 'customer-premises' | 'telework-site';
  /** Where the inquiry comes from: `japan` or `abroad`. */
  readonly inquiryFrom?: 'japan' | 'abroad';
  /** The language support is wanted in (BCP 47 primary tag: `ja`, `en` …). */
  readonly language?: string;
  /** Where a device is to be shipped: `japan` or `abroad`. */
  readonly shipTo?: 'japan' | 'abroad';
  /** True when the customer asks the operator to enter passwords or accounts by remote control (代理入力). */
  readonly proxyEntryOfCredentials?: boolean;
  /** The remote-support tool the customer wants used (e.g. `Remotecall`). */
  readonly remoteTool?: string;
  /** The state of the IT management tool on the device. */
  readonly itTool?: { readonly installed: boolean; readonly loggedIn: boolean };
  /** A restriction wanted from the IT management tool: `usb-memory` (USBメモリの利用制限) or `file-exchange-software` (ファイル交換ソフトの起動制限). */
  readonly itFeature?: string;
}

/** Input of {@link checkServiceConditions}. */
export interface CheckServiceConditionsInput {
  readonly planId: string;
  readonly request: ServiceRequest;
  /** Default: the bundled catalog. */
  readonly catalog?: Catalog;
}

/** `supported`: every condition asked about is met; `not-supported`: one is not; `not-stated`: the document states none for a field. */
export type ServiceConditionsVerdict = 'supported' | 'not-supported' | 'not-stated';

/** Result of {@link checkServiceConditions}. */
export interface ServiceConditionsCheck {
  readonly planId: string;
  readonly verdict: ServiceConditionsVerdict;
  /** The ids of the conditions the request does not meet. */
  readonly unmet: readonly string[];
  /** The request fields the document states no condition for. */
  readonly notStated: readonly string[];
  readonly reasons: readonly Reason[];
}

const FIELDS: ReadonlyArray<readonly [keyof ServiceRequest, ServiceConditionKind]> = [
  ['site', 'support-site'],
  ['inquiryFrom', 'inquiry-origin'],
  ['language', 'language'],
  ['shipTo', 'shipping-destination'],
  ['proxyEntryOfCredentials', 'proxy-entry'],
  ['remoteTool', 'remote-tool'],
  ['itTool', 'it-tool-setup'],
  ['itFeature', 'it-tool-feature'],
];

/**
 * Checks a request against the conditions of support of its plan's document.
 *
 * Rules, per request field (a field the document states nothing about is `not-stated`, never guessed):
 * - `site`, `inquiryFrom`, `language`, `shipTo`, `remoteTool`, `itFeature`: met when the value is one the
 *   plan's condition allows (001 「お客様 + テレワーク拠点 標準あんしんプラン限定」: telework sites for the
 *   スタンダードあんしんプラン, the customer's premises only for the ライトあんしんプラン);
 * - `proxyEntryOfCredentials: true`: never met where the document rules out 代理入力 (003);
 * - `itTool`: met when every required step (install, login) is done (000).
 * @throws {InvalidInputError} malformed input (path names the field)
 * @throws {NotFoundError} an unknown plan
 * @example checkServiceConditions({ planId: 'itss-light-anshin-1', request: { site: 'telework-site' } }).verdict //=> 'not-supported'
 * @example checkServiceConditions({ planId: 'itss-standard-anshin-1', request: { site: 'telework-site' } }).verdict //=> 'supported'
 * @example checkServiceConditions({ planId: 'helpdesk-support', request: { inquiryFrom: 'abroad' } }).verdict //=> 'not-supported'
 */
export function checkServiceConditions(input: CheckServiceConditionsInput): ServiceConditionsCheck {
  input = readInput(input);
  rejectMisspeltKeys(input, CONDITIONS_STRICT);
  if (input === null || typeof input !== 'object') throw new InvalidInputError([], 'Expected { planId, request }', { value: valueText(input) });
  const catalog = expectTable<Catalog>(input.catalog, 'catalog', ['catalog'], bundled);
  if (typeof input.planId !== 'string') throw new InvalidInputError(['planId'], 'planId must be a string', { value: valueText(input.planId) });
  const request = input.request as unknown;
  if (request === null || typeof request !== 'object' || Array.isArray(request)) throw new InvalidInputError(['request'], 'Expected a request object');
  const req = request as Record<string, unknown>;
  for (const k of Object.keys(req)) {
    if (!FIELDS.some(([f]) => f === k)) throw new InvalidInputError(['request', k], `Unknown request field ${JSON.stringify(k)}; expected ${FIELDS.map(([f]) => f).join(', ')}`);
  }
  const planId = input.planId;
  const doc = documentOfPlan(planId, catalog);
  const scope = own(doc, 'scope');
  const all = (scope && own(scope, 'conditions')) ?? [];
  const covers = (c: ServiceCondition) => c.plans === 'all' || c.plans.includes(planId);
  const reasons: Reason[] = [];
  const unmet: string[] = [];
  const notStated: string[] = [];
  for (const [field, kind] of FIELDS) {
    const value = req[field];
    if (value === undefined) continue;
    const text = readField(field, value);
    const mine = all.filter((c) => c.kind === kind && covers(c));
    if (mine.length === 0) {
      notStated.push(field);
      reasons.push(reason(`conditions.${kind}.not-stated`, `${doc.document.id} states no condition on ${field} for ${planId}`));
      continue;
    }
    for (const c of mine) {
      const met = meets(c, field, value, text);
      if (!met) unmet.push(c.id);
      reasons.push(
        reason(`conditions.${kind}.${met ? 'met' : 'unmet'}`, met ? `${text}: meets ${c.id}` : `${text}: ${unmetText(c)}`, {
          source: c.source,
          factId: c.id,
          interpretation: own(c, 'interpretation'),
        }),
      );
    }
  }
  const verdict: ServiceConditionsVerdict = unmet.length > 0 ? 'not-supported' : notStated.length > 0 ? 'not-stated' : 'supported';
  return Object.freeze({ planId, verdict, unmet: Object.freeze(unmet), notStated: Object.freeze(notStated), reasons: Object.freeze(reasons) });
}

function readField(field: keyof ServiceRequest, value: unknown): string {
  if (field === 'proxyEntryOfCredentials') {
    if (typeof value !== 'boolean') throw new InvalidInputError(['request', field], `${field} must be a boolean, received ${quotedValueText(value)}`);
    return value ? 'proxy entry of credentials' : 'no proxy entry';
  }
  if (field === 'itTool') {
    const v = value as { installed?: unknown; loggedIn?: unknown };
    if (v === null || typeof v !== 'object' || typeof v.installed !== 'boolean' || typeof v.loggedIn !== 'boolean') {
      throw new InvalidInputError(['request', field], 'itTool must be { installed: boolean, loggedIn: boolean }');
    }
    return `tool ${v.installed ? 'installed' : 'not installed'}, ${v.loggedIn ? 'logged in' : 'not logged in'}`;
  }
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) {
    throw new InvalidInputError(['request', field], `${field} must be a non-empty string, received ${quotedValueText(value)}`);
  }
  return value;
}

function meets(c: ServiceCondition, field: keyof ServiceRequest, value: unknown, text: string): boolean {
  if (field === 'proxyEntryOfCredentials') return value === false;
  if (field === 'itTool') {
    const v = value as { installed: boolean; loggedIn: boolean };
    return (c.requires ?? []).every((step) => (step === 'install' ? v.installed : v.loggedIn));
  }
  const allowed = c.allowed ?? [];
  return allowed.some((a) => a.toLowerCase() === text.toLowerCase());
}

function unmetText(c: ServiceCondition): string {
  switch (c.kind) {
    case 'proxy-entry':
      return 'the operators do not enter passwords or accounts for the customer (代理入力)';
    case 'it-tool-setup':
      return `the IT management tool needs ${(c.requires ?? []).join(' and ')} first`;
    default:
      return `not among ${(c.allowed ?? []).join(', ')}`;
  }
}

/** The keys checkServiceConditions takes: a key near one of them is refused as misspelt (src/boundary/strict.ts). */
const CONDITIONS_STRICT: StrictShape = /* @__PURE__ */ Object.freeze({ keys: ['planId', 'request', 'catalog'] });
