/**
 * A contract's plan and options checked against the catalog, for every module that reads a contract
 * `{ planId, options: [{ optionId, … }] }` (quota, on-site visits, loaner, paid visits). Each module
 * validates the shape of its own input; these look-ups give the same errors everywhere.
 */
// @ts-nocheck

import { ConflictError, InvalidInputError, type ErrorPath } from '../errors.js';
import { catalog as bundled } from './bundled.js';
import type { Catalog, Option, Plan } from './catalog.js';
import { getDocument, getOption, getPlan } from './queries.js';
import type { DocumentFixture } from './schema.js';

/**
 * The plan a contract names and the document it comes from.
 * @example getContractPlan('oas-plan-a').document.document.id //=> 'office-anshin-support'
 */
export interface ContractPlan {
  readonly plan: Plan;
  readonly document: DocumentFixture;
}

/**
 * The plan of a contract, with its document (whose sections the evaluators read).
 * @throws {NotFoundError} no plan has this id (at `path`, e.g. `['contract', 'planId']`; details list the closest ids)
 * @example getContractPlan('itss-light-anshin-1', catalog, ['contract', 'planId']).plan.name //=> 'ライトあんしんプラン1'
 */
export function getContractPlan(planId: string, catalog: Catalog = bundled, path: ErrorPath = ['planId']): ContractPlan {
  const plan = getPlan(planId, catalog, path);
  return { plan, document: getDocument(plan.document, catalog) };
}

/**
 * An option a contract adds to its plan.
 *
 * Rules: the id names an option of the catalog, and that option applies to the plan (the plan is in
 * its `appliesTo`).
 * @throws {NotFoundError} no option has this id (at `path`, e.g. `['contract', 'options', 0, 'optionId']`)
 * @throws {ConflictError} the option applies to other plans only (at `path`; details `optionId`, `planId`, `appliesTo`)
 * @throws {InvalidInputError} `plan` is not a plan (at `['plan']`)
 * @example getContractOption('itss-light-time-extension', getPlan('itss-light-anshin-1'), catalog, ['contract', 'options', 0, 'optionId']).name //=> '時間延長'
 */
export function getContractOption(optionId: string, plan: Plan, catalog: Catalog = bundled, path: ErrorPath = ['optionId']): Option {
  const option = getOption(optionId, catalog, path);
  const planId = planIdOf(plan);
  if (!option.appliesTo.includes(planId)) {
    throw new ConflictError(path, `Option ${option.id} (${option.name}) cannot be added to plan ${planId}; it applies to ${option.appliesTo.join(', ')}`, {
      optionId: option.id,
      planId,
      appliesTo: option.appliesTo,
    });
  }
  return option;
}

/** The id of a plan passed by a caller, read once (a plan from getPlan; anything else is a typed error at `['plan']`). */
function planIdOf(plan: unknown): string {
  let id: unknown;
  try {
    id = plan !== null && typeof plan === 'object' ? (plan as { id?: unknown }).id : undefined;
  } catch {
    id = undefined;
  }
  if (typeof id !== 'string') throw new InvalidInputError(['plan'], 'Expected a plan of the catalog (from getPlan)', {});
  return id;
}
