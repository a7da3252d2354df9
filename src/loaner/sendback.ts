/**
 * 004 ウルトラセンドバック option: whether it can be attached to a service adapter, whether the
 * application may be refused, and how a failed adapter is replaced. A decision table over the
 * `sendback` section of the adapter's document; the effects and their precedence are data + code:
 * a cause or condition leading to the standard sendback wins over one that only rules out the visit.
 */
import { own, readInput, rejectMisspeltKeys } from '../boundary/index.js';
import { SENDBACK_INFORMATION_KEYS, SENDBACK_KEYS } from './keys.js';
import { classifyArea, type AreaClassification } from '../area/index.js';
import type { Catalog } from '../catalog/index.js';
import { documentOfPlan, getOption } from '../catalog/index.js';
import type { Source } from '../catalog/primitives.js';
import {
  ConflictError,
  ContractRulesError,
  InvalidInputError,
  NotFoundError,
  OutOfRangeError,
  formatPath,
  type ErrorPath,
} from '../errors.js';
import { reason, type Reason } from '../reasons.js';
import { catalogOf, expectBoolean, expectKnownId, expectObject, expectString, optionalBoolean, requireSection } from './input.js';
import type { SendbackConditionId, SendbackSection } from './schema.js';

/** The service adapter: the contract item it is assigned to and how it was obtained. */
export interface SendbackAdapterInput {
  /** Catalog plan id of the contract item (`iij-mpc-management-entry` for 「エントリ」). */
  readonly planId: string;
  /** How the adapter was obtained, as the fixture lists it: `rental`, `dealer-purchase`, `brought-in-other`. */
  readonly acquisition: string;
}

/** The failure: its cause and the situation of the area. */
export interface SendbackFailureInput {
  /** `natural-failure` (自然故障), `customer-negligence`, `customer-modification`, `accident-or-disaster`, `loss` (紛失). */
  readonly cause: string;
  /** What failed or was lost: `adapter` (default) or `main-accessory` (主要な付属品). */
  readonly item?: string | undefined;
  /** A disaster has made the area of the site hard to enter (災害や天災によって…立ち入り困難). */
  readonly areaInaccessible?: boolean | undefined;
  /** Very many adapters are damaged at once (被害件数が著しく多い). */
  readonly manyAdaptersDamaged?: boolean | undefined;
}

/** The installation site. */
export interface SendbackSiteInput {
  /** True when the adapter is at the installation site declared beforehand (あらかじめご申告いただいた機器設置場所). */
  readonly atDeclaredSite: boolean;
  /** Nobody (no operations manager or delegate) can attend the replacement (無人). Default false. */
  readonly unattended?: boolean | undefined;
  /** Entry to the site is restricted (立ち入りが制限される場所). Default false. */
  readonly restrictedAccess?: boolean | undefined;
  /** The site is on a remote island (離島). When absent, derived from `address`/`municipalityCode` by `classifyArea`, else unknown. */
  readonly island?: boolean | undefined;
  /** Address of the site, for `classifyArea` (island and 帰還困難区域 look-up). */
  readonly address?: string | undefined;
  /** 全国地方公共団体コード of the site (5 or 6 digits), for `classifyArea`. */
  readonly municipalityCode?: string | undefined;
  /** The 町字 part of the address (e.g. 三崎町城ケ島), when the municipality holds several islands. */
  readonly district?: string | undefined;
  /** Day of the look-up (`YYYY-MM-DD`); required with `address` or `municipalityCode` (zones change over time). */
  readonly on?: string | undefined;
}

/** Input of {@link decideSendback}. */
export interface DecideSendbackInput {
  readonly adapter: SendbackAdapterInput;
  readonly failure: SendbackFailureInput;
  readonly site: SendbackSiteInput;
  readonly catalog?: Catalog | undefined;
}

/** How a failed adapter is replaced. */
export type SendbackOutcome = 'onsite-replacement' | 'standard-sendback' | 'no-onsite-visit';

/** Answer of {@link decideSendback}. */
export interface SendbackDecision {
  readonly optionId: string;
  readonly planId: string;
  /** Whether the option can be attached to this adapter at all. */
  readonly attachable: boolean;
  /** True when the application may be refused (an island site), null when the caller did not say whether it is an island. */
  readonly applicationMayBeRefused: boolean | null;
  /**
   * `onsite-replacement` (駆けつけ交換), `standard-sendback` (標準のセンドバック交換), or `no-onsite-visit`
   * (the document rules the visit out and does not say what replaces it).
   */
  readonly outcome: SendbackOutcome;
  /** True when the document says the customer pays the actual cost (管理責任, 実費請求): a rented adapter or main accessory lost or damaged by the customer, an accident or a disaster. */
  readonly customerCharged: boolean;
  /** What failed or was lost (`adapter` or `main-accessory`). */
  readonly item: string;
  /** Caveats of an on-site replacement (attendance, network check, target time); empty otherwise. */
  readonly notes: ReadonlyArray<{ readonly id: string; readonly text: string; readonly source: Source }>;
  readonly reasons: readonly Reason[];
}

/**
 * Decides what 004's ウルトラセンドバック option does for a failed service adapter.
 *
 * Rules (the `sendback` section of the adapter's document):
 * - attachable only to an adapter assigned to a contract item the option applies to (「エントリ」)
 *   and not bought from a dealer (販売代理店から購入); without the option the standard sendback applies;
 * - a natural failure → on-site replacement; damage the customer caused → standard sendback;
 *   other damage (accident, disaster) and loss (紛失) are not a natural failure → standard sendback;
 * - a rented adapter or main accessory (主要な付属品) lost, or damaged by the customer, an accident or a
 *   disaster, is charged at cost (実費請求); a brought-in adapter is not (the sentence speaks of rented ones);
 * - a disaster that makes the area hard to enter, or very many damaged adapters → standard sendback;
 * - an unattended or restricted site, or a site other than the one declared → no on-site visit;
 * - an island site → the application may be refused (the caller's `site.island`, else `classifyArea` on the
 *   site's `address`/`municipalityCode` as of `site.on`, else unknown: null);
 * - precedence: standard sendback over no visit over on-site replacement.
 *
 * @throws {InvalidInputError} malformed input, an unknown acquisition or cause, a site look-up without `on`
 *   (errors of `classifyArea` are re-thrown with their path under `site`)
 * @throws {NotFoundError} an unknown plan, or a document without the option's rules
 * @throws {ConflictError} the option of the section is missing from the catalog
 * @example
 * decideSendback({
 *   adapter: { planId: 'iij-mpc-management-entry', acquisition: 'rental' },
 *   failure: { cause: 'natural-failure' },
 *   site: { atDeclaredSite: true, island: false },
 * }).outcome
 * //=> 'onsite-replacement'
 */
export function decideSendback(input: DecideSendbackInput): SendbackDecision {
  input = readInput(input);
  rejectMisspeltKeys(input, SENDBACK_KEYS);
  const raw = expectObject(input, [], '{ adapter, failure, site }');
  const catalog = catalogOf(raw);
  const adapter = expectObject(raw.adapter, ['adapter'], '{ planId, acquisition }');
  const planId = expectString(adapter.planId, ['adapter', 'planId']);
  const doc = documentOfPlan(planId, catalog, ['adapter', 'planId']);
  const section = requireSection(own(doc, 'sendback'), doc, 'ultra-sendback option rules', ['adapter', 'planId']);
  const option = findSectionOption(section, catalog);
  const acquisitionId = expectKnownId(adapter.acquisition, section.acquisitions.map((a) => a.id), ['adapter', 'acquisition'], 'adapter acquisition');
  const acquisition = section.acquisitions.find((a) => a.id === acquisitionId)!;

  const failure = expectObject(raw.failure, ['failure'], '{ cause, areaInaccessible?, manyAdaptersDamaged? }');
  const causeId = expectKnownId(failure.cause, section.failureCauses.map((c) => c.id), ['failure', 'cause'], 'failure cause');
  const cause = section.failureCauses.find((c) => c.id === causeId)!;
  const chargeRule = section.customerCharge;
  const itemIds = chargeRule ? chargeRule.items.map((i) => i.id) : ['adapter'];
  const itemId = failure.item === undefined ? itemIds[0]! : expectKnownId(failure.item, itemIds, ['failure', 'item'], 'failed item');
  const areaInaccessible = optionalBoolean(failure.areaInaccessible, ['failure', 'areaInaccessible']) ?? false;
  const manyDamaged = optionalBoolean(failure.manyAdaptersDamaged, ['failure', 'manyAdaptersDamaged']) ?? false;

  const site = expectObject(raw.site, ['site'], '{ atDeclaredSite, unattended?, restrictedAccess?, island?, address?, municipalityCode?, district?, on? }');
  const atDeclaredSite = expectBoolean(site.atDeclaredSite, ['site', 'atDeclaredSite']);
  const unattended = optionalBoolean(site.unattended, ['site', 'unattended']) ?? false;
  const restricted = optionalBoolean(site.restrictedAccess, ['site', 'restrictedAccess']) ?? false;
  const islandGiven = optionalBoolean(site.island, ['site', 'island']);
  const area = classifySite(site, catalog);

  const reasons: Reason[] = [];
  // 1. Can the option be attached?
  const itemOk = option.appliesTo.includes(planId);
  reasons.push(
    itemOk
      ? reason('sendback.contract-item-ok', `The adapter is assigned to ${planId}, to which ${option.name} can be attached`, { source: option.source, factId: option.id })
      : reason('sendback.contract-item-not-eligible', `${option.name} attaches only to adapters of ${option.appliesTo.join(', ')}, not ${planId}`, {
          source: option.source,
          factId: option.id,
        }),
  );
  reasons.push(
    acquisition.optionAttachable
      ? reason('sendback.acquisition-ok', `${acquisition.name}: the option can be attached`, {
          source: acquisition.source,
          factId: acquisition.id,
          interpretation: own(acquisition, 'interpretation'),
        })
      : reason('sendback.acquisition-excluded', `${acquisition.name}: the option cannot be attached`, { source: acquisition.source, factId: acquisition.id }),
  );
  const attachable = itemOk && acquisition.optionAttachable;

  // 2. May the application be refused (island)? The caller's flag, else what classifyArea found.
  const islandRule = conditionOf(section, 'island-site');
  let island = islandGiven;
  if (island === undefined && area && islandRule) {
    const verdict = area.documents.find((d) => d.documentId === doc.document.id);
    const hit = verdict?.restrictions.find((r) => r.triggers.includes('island') && r.appliesTo.options.includes(option.id));
    if (hit && !hit.dependsOnIsland) {
      island = true;
      reasons.push(
        reason('sendback.area-island', `classifyArea: ${area.island?.name ?? area.municipality?.name ?? 'the site'} is a remote island for this option (${hit.ruleId})`, {
          source: hit.source,
          factId: hit.ruleId,
          interpretation: 'sendback-island',
        }),
      );
    } else if (hit) {
      reasons.push(
        reason('sendback.area-island-undecided', `classifyArea: whether the site is on a remote island depends on the district (${area.municipality?.name ?? ''}); pass site.district or site.island`, {
          source: hit.source,
          factId: hit.ruleId,
          interpretation: 'sendback-island',
        }),
      );
    } else {
      island = false;
      reasons.push(
        reason('sendback.area-not-island', `classifyArea: ${area.municipality?.name ?? 'the site'} is not a remote island for this option`, {
          source: islandRule.source,
          interpretation: 'sendback-island',
        }),
      );
    }
  }
  if (area) {
    const verdict = area.documents.find((d) => d.documentId === doc.document.id);
    for (const r of verdict?.restrictions ?? []) {
      if (!r.triggers.includes('return-difficult-zone') || !r.appliesTo.options.includes(option.id)) continue;
      reasons.push(
        reason('sendback.area-return-difficult-zone', `classifyArea: ${area.municipality?.name ?? 'the municipality'} contains a 帰還困難区域 on ${area.on}; a site there may be restricted (pass site.restrictedAccess when it is)`, {
          source: r.source,
          factId: r.ruleId,
        }),
      );
    }
  }
  let applicationMayBeRefused: boolean | null;
  if (island === undefined) {
    applicationMayBeRefused = null;
    if (islandRule) reasons.push(reason('sendback.island-unknown', 'Whether the site is on a remote island was not given (site.island); an island site may be refused', { source: islandRule.source, interpretation: 'sendback-island' }));
  } else if (island && islandRule) {
    applicationMayBeRefused = true;
    reasons.push(reason('sendback.island-may-refuse', 'The site is on a remote island: the application may be refused', { source: islandRule.source, factId: islandRule.id, interpretation: 'sendback-island' }));
  } else {
    applicationMayBeRefused = false;
    if (islandRule) reasons.push(reason('sendback.not-island', 'The site is not on a remote island', { source: islandRule.source }));
  }

  // 3. The cause of the failure.
  const withOption = attachable ? '' : ' with the option (which this adapter cannot have)';
  reasons.push(
    reason(
      cause.replacement === 'onsite-replacement' ? 'sendback.cause-onsite' : 'sendback.cause-standard',
      cause.replacement === 'onsite-replacement'
        ? `${cause.name}: replaced on site (駆けつけ交換)${withOption}`
        : `${cause.name}: replaced by the standard sendback (標準のセンドバック交換)`,
      { source: cause.source, factId: cause.id, interpretation: own(cause, 'interpretation') },
    ),
  );
  // 管理責任: the actual-cost charge covers the rented adapters (and their main accessories) only.
  const chargedKind = !chargeRule || acquisition.provision === chargeRule.provision;
  const customerCharged = cause.customerCharged && chargedKind;
  const itemName = chargeRule?.items.find((i) => i.id === itemId)?.name ?? itemId;
  if (customerCharged) {
    reasons.push(
      reason('sendback.customer-charged', `${cause.name} (${itemName}): the customer is charged the actual cost (実費請求)`, {
        source: cause.chargeSource ?? cause.source,
        factId: cause.id,
      }),
    );
  } else if (cause.customerCharged && chargeRule) {
    reasons.push(
      reason('sendback.not-rented-not-charged', `${acquisition.name}: the actual-cost charge is stated for rented adapters only (レンタル提供する)`, {
        source: chargeRule.source,
        factId: acquisition.id,
        interpretation: own(chargeRule, 'interpretation'),
      }),
    );
  }

  // 4. Conditions of the situation and the site.
  const active: SendbackConditionId[] = [];
  if (areaInaccessible) active.push('area-inaccessible');
  if (manyDamaged) active.push('many-adapters-damaged');
  if (unattended) active.push('unattended-site');
  if (restricted) active.push('restricted-site');
  if (!atDeclaredSite) active.push('undeclared-site');
  const effects = new Set<string>();
  for (const id of attachable ? active : []) {
    const rule = conditionOf(section, id);
    if (!rule) {
      reasons.push(reason('sendback.condition-not-stated', `The document states nothing about ${id}`, { source: option.source }));
      continue;
    }
    effects.add(rule.effect);
    reasons.push(
      reason(
        `sendback.${id}`,
        rule.effect === 'standard-sendback'
          ? `${CONDITION_TEXT[id]}: on-site replacement may be impossible; the standard sendback applies`
          : `${CONDITION_TEXT[id]}: no on-site visit (the document does not say what replaces it)`,
        {
          source: rule.source,
          factId: id,
          ...(rule.effect === 'standard-sendback' ? { interpretation: 'sendback-disaster' } : { interpretation: 'sendback-no-visit' }),
        },
      ),
    );
  }

  let outcome: SendbackOutcome;
  if (!attachable) {
    outcome = 'standard-sendback';
    reasons.push(reason('sendback.option-not-attachable', 'Without the option, a failed adapter takes the standard sendback', { source: option.source, interpretation: 'sendback-without-option' }));
  } else if (cause.replacement === 'standard-sendback' || effects.has('standard-sendback')) {
    outcome = 'standard-sendback';
  } else if (effects.has('no-onsite-visit')) {
    outcome = 'no-onsite-visit';
  } else {
    outcome = 'onsite-replacement';
  }
  const notes = outcome === 'onsite-replacement' ? section.onsiteNotes.map((n) => ({ id: n.id, text: n.text, source: n.source })) : [];
  for (const n of notes) reasons.push(reason(`sendback.note.${n.id}`, n.text, { source: n.source, factId: n.id }));

  return {
    optionId: option.id,
    planId,
    attachable,
    applicationMayBeRefused,
    outcome,
    customerCharged,
    item: itemId,
    notes,
    reasons,
  };
}

/** Input of {@link sendbackInformation}. */
export interface SendbackInformationInput {
  /** Contract item of the adapter (`iij-mpc-management-entry`). */
  readonly planId: string;
  /** How the adapter is obtained; when absent every row is listed. */
  readonly acquisition?: string | undefined;
  /** Whether the ウルトラセンドバック option is applied for (default true). */
  readonly withOption?: boolean | undefined;
  readonly catalog?: Catalog | undefined;
}

/** One row of 004's information tables. */
export interface SendbackInformationRow {
  readonly id: string;
  readonly item: string;
  readonly description: string;
  readonly when: string;
  readonly source: Source;
}

/**
 * 004's two tables: what the customer provides (お客様から提供いただく情報, with the option's
 * installation site) and what it receives (お客様へ提供する情報), filtered to the adapter's case.
 *
 * Rules: rows marked `always` always apply; `adapter-rental` rows when the adapter is rented,
 * `adapter-brought-in` rows when it is brought in; `option-application` rows with the option.
 *
 * @throws {InvalidInputError} an unknown acquisition
 * @throws {NotFoundError} an unknown plan, or a document without the option's rules
 * @example sendbackInformation({ planId: 'iij-mpc-management-entry', acquisition: 'rental' }).customerProvides.map((r) => r.item)
 * //=> ['運用管理担当者の情報', '拠点名', '機器送付先住所', '機器設置場所の情報']
 */
export function sendbackInformation(input: SendbackInformationInput): {
  readonly customerProvides: readonly SendbackInformationRow[];
  readonly customerReceives: readonly SendbackInformationRow[];
} {
  input = readInput(input);
  rejectMisspeltKeys(input, SENDBACK_INFORMATION_KEYS);
  const raw = expectObject(input, [], '{ planId, acquisition?, withOption? }');
  const catalog = catalogOf(raw);
  const planId = expectString(raw.planId, ['planId']);
  const doc = documentOfPlan(planId, catalog, ['planId']);
  const section = requireSection(own(doc, 'sendback'), doc, 'ultra-sendback option rules', ['planId']);
  const provision =
    raw.acquisition === undefined
      ? undefined
      : section.acquisitions.find((a) => a.id === expectKnownId(raw.acquisition, section.acquisitions.map((x) => x.id), ['acquisition'], 'adapter acquisition'))!.provision;
  const withOption = optionalBoolean(raw.withOption, ['withOption']) ?? true;
  const applies = (when: string): boolean => {
    if (when === 'always') return true;
    if (when === 'option-application') return withOption;
    if (provision === undefined) return true;
    return (when === 'adapter-rental' && provision === 'rental') || (when === 'adapter-brought-in' && provision === 'brought-in');
  };
  return {
    customerProvides: section.customerProvides.filter((r) => applies(r.when)).map((r) => ({ ...r })),
    customerReceives: section.customerReceives.map((r) => ({ ...r, when: 'always' })),
  };
}

const CONDITION_TEXT: Record<SendbackConditionId, string> = {
  'area-inaccessible': 'A disaster has made the area of the site hard to enter',
  'many-adapters-damaged': 'Very many adapters are damaged at once',
  'unattended-site': 'Nobody can attend the replacement at the site',
  'restricted-site': 'Entry to the site is restricted',
  'undeclared-site': 'The adapter is not at the installation site declared beforehand',
  'island-site': 'The site is on a remote island',
};

/** Runs classifyArea when the site carries an address or a municipality code; errors are re-pathed under `site`. */
function classifySite(site: Record<string, unknown>, catalog: Catalog): AreaClassification | undefined {
  const { address, municipalityCode, district, on } = site;
  if (address === undefined && municipalityCode === undefined) {
    if (district !== undefined) throw new InvalidInputError(['site', 'district'], 'A district needs an address or a municipalityCode', { value: district });
    return undefined;
  }
  if (on === undefined) throw new InvalidInputError(['site', 'on'], 'A site looked up by address or municipalityCode needs the day of the look-up (on: YYYY-MM-DD)');
  if (typeof on !== 'string') throw new InvalidInputError(['site', 'on'], 'Expected a date YYYY-MM-DD', { value: on });
  try {
    return classifyArea({
      ...(address === undefined ? {} : { address: address as string }),
      ...(municipalityCode === undefined ? {} : { municipalityCode: municipalityCode as string }),
      ...(district === undefined ? {} : { district: district as string }),
      on,
      catalog,
    });
  } catch (e) {
    throw e instanceof ContractRulesError ? repath(e, ['site']) : e;
  }
}

function repath(e: ContractRulesError, prefix: ErrorPath): ContractRulesError {
  const path = [...prefix, ...e.path];
  const prefixText = e.path.length > 0 ? `${formatPath(e.path)}: ` : '';
  const message = prefixText && e.message.startsWith(prefixText) ? e.message.slice(prefixText.length) : e.message;
  const details = { ...e.details };
  switch (e.code) {
    case 'invalid_input':
      return new InvalidInputError(path, message, details);
    case 'not_found':
      return new NotFoundError(path, message, details);
    case 'out_of_range':
      return new OutOfRangeError(path, message, details);
    case 'conflict':
      return new ConflictError(path, message, details);
    default:
      return e;
  }
}

function conditionOf(section: SendbackSection, id: SendbackConditionId) {
  return section.conditions.find((c) => c.id === id);
}

function findSectionOption(section: SendbackSection, catalog: Catalog) {
  const path: ErrorPath = ['catalog'];
  const option = catalog.index.optionById.get(section.optionId);
  if (!option) throw new ConflictError(path, `The sendback rules name option ${section.optionId}, which the catalog does not hold`, { optionId: section.optionId });
  return getOption(option.id, catalog);
}
