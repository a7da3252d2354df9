/**
 * Edge validation shared by the loaner, visit and sendback evaluators: plain objects, booleans,
 * ids and the contract, each failure a typed error whose `path` names the field.
 */
// @ts-nocheck

import { expectTable } from '../boundary/index.js';
import { catalog as bundled, getContractOption, getContractPlan } from '../catalog/index.js';
import type { Catalog, DocumentFixture, Option, Plan } from '../catalog/index.js';
import { InvalidInputError, NotFoundError, type ErrorPath } from '../errors.js';
import { closestMatches } from '../text/closest.js';

/** A contract as the loaner and visit evaluators read it: the same field names billing and quota use. */
export interface LoanerContractInput {
  /** Catalog plan id, e.g. `itss-light-anshin-1`. */
  readonly planId: string;
  /** Options subscribed on the contract (`start`/`end` are read by other modules and ignored here). */
  readonly options?: ReadonlyArray<{ readonly optionId: string }> | undefined;
}

/** A validated contract: its plan, the plan's document and its options. */
export interface ResolvedLoanerContract {
  readonly plan: Plan;
  readonly document: DocumentFixture;
  readonly options: readonly Option[];
}

/** Whether a value is a plain object (not null, not an array). @example isPlainObject([]) //=> false */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Requires a plain object. @throws {InvalidInputError} anything else @example expectObject(null, ['request'], '{ deviceType }') //=> throws, path ['request'] */
export function expectObject(value: unknown, path: ErrorPath, shape: string): Record<string, unknown> {
  if (!isPlainObject(value)) throw new InvalidInputError(path, `Expected an object ${shape}, received ${describeValue(value)}`, { value });
  return value;
}

/** Requires a boolean. @throws {InvalidInputError} anything else @example expectBoolean('yes', ['site', 'island']) //=> throws, path ['site', 'island'] */
export function expectBoolean(value: unknown, path: ErrorPath): boolean {
  if (typeof value !== 'boolean') throw new InvalidInputError(path, `Expected true or false, received ${describeValue(value)}`, { value });
  return value;
}

/** An optional boolean: `undefined` stays `undefined`. @throws {InvalidInputError} a non-boolean @example optionalBoolean(undefined, ['x']) //=> undefined */
export function optionalBoolean(value: unknown, path: ErrorPath): boolean | undefined {
  return value === undefined ? undefined : expectBoolean(value, path);
}

/** Requires a non-empty string. @throws {InvalidInputError} anything else @example expectString('', ['planId']) //=> throws, path ['planId'] */
export function expectString(value: unknown, path: ErrorPath): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new InvalidInputError(path, `Expected a non-empty string, received ${describeValue(value)}`, { value });
  }
  return value;
}

/** Requires an array. @throws {InvalidInputError} anything else @example expectArray(undefined, ['activeLoans']) //=> throws, path ['activeLoans'] */
export function expectArray(value: unknown, path: ErrorPath): readonly unknown[] {
  if (!Array.isArray(value)) throw new InvalidInputError(path, `Expected an array, received ${describeValue(value)}`, { value });
  return value;
}

/** Requires one of a fixed set of strings. @throws {InvalidInputError} anything else @example expectOneOf('json', ['json', 'table'], ['format']) //=> 'json' */
export function expectOneOf<T extends string>(value: unknown, allowed: readonly T[], path: ErrorPath): T {
  if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value)) {
    throw new InvalidInputError(path, `Expected one of ${allowed.join(', ')}, received ${describeValue(value)}`, { value, allowed });
  }
  return value as T;
}

/**
 * An id that must be one of `known` (a fixture's list).
 * @throws {InvalidInputError} not a string, or not in the list (the error lists the known ids and the closest)
 * @example expectKnownId('hub', ['pc', 'hub'], ['request', 'deviceType'], 'device type') //=> 'hub'
 */
export function expectKnownId(value: unknown, known: readonly string[], path: ErrorPath, what: string): string {
  const id = expectString(value, path);
  if (!known.includes(id)) {
    throw new InvalidInputError(path, `Unknown ${what} ${JSON.stringify(id)}; known: ${known.join(', ')}`, {
      value: id,
      known,
      closest: closestMatches(id, known),
    });
  }
  return id;
}

/** The catalog an evaluator uses: the caller's, or the bundled one. @throws {InvalidInputError} not a catalog @example catalogOf({}).plans.length //=> 17 */
export function catalogOf(input: Record<string, unknown>): Catalog {
  return expectTable<Catalog>(input.catalog, 'catalog', ['catalog'], bundled);
}

/**
 * Validates a contract `{ planId, options? }` and resolves its plan and document.
 * @throws {InvalidInputError} malformed contract or option
 * @throws {NotFoundError} unknown plan or option id
 * @throws {ConflictError} an option that does not apply to the plan
 * @example resolveLoanerContract({ planId: 'oas-plan-a' }, catalog).document.document.id //=> 'office-anshin-support'
 */
export function resolveLoanerContract(value: unknown, catalog: Catalog, path: ErrorPath = ['contract']): ResolvedLoanerContract {
  const contract = expectObject(value, path, '{ planId, options? }');
  const planId = expectString(contract.planId, [...path, 'planId']);
  const { plan, document } = getContractPlan(planId, catalog, [...path, 'planId']);
  const raw = contract.options === undefined ? [] : expectArray(contract.options, [...path, 'options']);
  const options = raw.map((o, i) => {
    const op = [...path, 'options', i];
    const entry = expectObject(o, op, '{ optionId }');
    return getContractOption(expectString(entry.optionId, [...op, 'optionId']), plan, catalog, [...op, 'optionId']);
  });
  return { plan, document, options };
}

/** A section the plan's document must have. @throws {NotFoundError} the document has none @example requireSection(documentOfPlan('oas-plan-a').loaner, doc, 'loaner service', ['contract', 'planId']) //=> the section */
export function requireSection<T>(section: T | undefined, doc: DocumentFixture, what: string, path: ErrorPath): T {
  if (section === undefined) {
    throw new NotFoundError(path, `${doc.document.file} (${doc.document.service}) states no ${what}`, { document: doc.document.id });
  }
  return section;
}

/** A short description of a value for error messages. @example describeValue(undefined) //=> 'nothing' */
export function describeValue(v: unknown): string {
  if (v === null) return 'null';
  if (v === undefined) return 'nothing';
  if (Array.isArray(v)) return 'an array';
  if (typeof v === 'string') return JSON.stringify(v);
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  return typeof v;
}
