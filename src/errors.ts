/**
 * Typed errors. Every error the library throws is a {@link ContractRulesError}
 * with a stable `code`, the `path` of the offending input and structured `details`.
 * Nothing else escapes the public API.
 *
 * @example
 * try { getPlan('nope'); } catch (e) {
 *   if (e instanceof ContractRulesError) console.log(e.code, e.path);
 * }
 * //=> 'not_found' ['id']
 */
export type ErrorCode =
  | 'invalid_input'
  | 'invalid_catalog'
  | 'not_found'
  | 'out_of_range'
  | 'conflict';

/** Path to the offending value, as in zod: keys and array indexes. */
export type ErrorPath = ReadonlyArray<string | number>;

/** One problem found in an input or a catalog. */
export interface Issue {
  /** Machine-readable issue code (zod's codes for schema issues). */
  readonly code: string;
  /** Where in the input the problem is. */
  readonly path: ErrorPath;
  /** A sentence a person can read. */
  readonly message: string;
}

/**
 * The brand every ContractRulesError carries, shared through the global symbol registry so that the ESM
 * and CommonJS copies of the package (and two installed versions) recognise each other's errors.
 */
const BRAND: unique symbol = Symbol.for('support-contract-rules.ContractRulesError') as never;

/**
 * Base class of every error the library throws: tell errors apart by `code` (or the subclass), never by text.
 * @example
 * try { parseIsoDate('2026-02-30', ['on']); } catch (e) { if (e instanceof ContractRulesError) e.code; }
 * //=> 'invalid_input'
 */
export class ContractRulesError extends Error {
  readonly code: ErrorCode;
  readonly path: ErrorPath;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(
    code: ErrorCode,
    path: ErrorPath,
    message: string,
    details: Record<string, unknown> = {},
  ) {
    super(path.length > 0 ? `${formatPath(path)}: ${message}` : message);
    this.name = 'ContractRulesError';
    this.code = code;
    this.path = Object.freeze([...path]);
    this.details = Object.freeze({ ...details });
    Object.defineProperty(this, BRAND, { value: true });
  }

  /**
   * `instanceof ContractRulesError` holds for an error of any copy of the package (ESM and CommonJS
   * builds, two installed versions); subclasses keep the ordinary check.
   */
  static override [Symbol.hasInstance](value: unknown): boolean {
    if (this === ContractRulesError) return isContractRulesError(value);
    return Function.prototype[Symbol.hasInstance].call(this, value);
  }
}

/**
 * Whether a value is an error thrown by this library, whichever copy threw it: the ESM or the CommonJS
 * build, or another installed version (a `Symbol.for` brand, not the class identity). Narrows to
 * {@link ContractRulesError}; tell errors apart by `code`.
 * @example isContractRulesError(new InvalidInputError(['on'], 'Expected a date')) //=> true
 * @example isContractRulesError(new Error('other')) //=> false
 */
export function isContractRulesError(value: unknown): value is ContractRulesError {
  return typeof value === 'object' && value !== null && (value as { [BRAND]?: unknown })[BRAND] === true;
}

/**
 * A caller passed a value that is malformed or out of its allowed set.
 * @example new InvalidInputError(['amountYen'], 'Expected whole yen').message //=> 'amountYen: Expected whole yen'
 */
export class InvalidInputError extends ContractRulesError {
  constructor(path: ErrorPath, message: string, details: Record<string, unknown> = {}) {
    super('invalid_input', path, message, details);
    this.name = 'InvalidInputError';
  }
}

/**
 * A value is well-formed but outside the range the rules cover (e.g. a tax date before 1989-04-01).
 * @example new OutOfRangeError(['on'], 'No consumption tax before 1989-04-01').code //=> 'out_of_range'
 */
export class OutOfRangeError extends ContractRulesError {
  constructor(path: ErrorPath, message: string, details: Record<string, unknown> = {}) {
    super('out_of_range', path, message, details);
    this.name = 'OutOfRangeError';
  }
}

/**
 * An id or name that the catalog (or another table) does not hold; `details.closest` suggests near matches.
 * @example new NotFoundError(['planId'], 'Unknown plan').code //=> 'not_found'
 */
export class NotFoundError extends ContractRulesError {
  constructor(path: ErrorPath, message: string, details: Record<string, unknown> = {}) {
    super('not_found', path, message, details);
    this.name = 'NotFoundError';
  }
}

/**
 * Inputs that are each valid but contradict each other (an option of another plan, an end before a start).
 * @example new ConflictError(['contract', 'options', 0, 'optionId'], 'Option of another plan').code //=> 'conflict'
 */
export class ConflictError extends ContractRulesError {
  constructor(path: ErrorPath, message: string, details: Record<string, unknown> = {}) {
    super('conflict', path, message, details);
    this.name = 'ConflictError';
  }
}

/**
 * A catalog (fixture) failed validation; `issues` lists every problem with its JSON path.
 * @example
 * try { loadCatalog({ documents: [] }); } catch (e) { (e as CatalogValidationError).issues[0].path; }
 * //=> ['documents']
 */
export class CatalogValidationError extends ContractRulesError {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(
      'invalid_catalog',
      [],
      `Invalid catalog (${issues.length} issue${issues.length === 1 ? '' : 's'}):\n` +
        issues.map((i) => `  - ${formatPath(i.path) || '(root)'}: ${i.message} [${i.code}]`).join('\n'),
      { issues },
    );
    this.name = 'CatalogValidationError';
    this.issues = Object.freeze([...issues]);
  }
}

/**
 * Formats an error path for people.
 * @example formatPath(['documents', 0, 'plans', 2, 'monthlyFeeYen']) //=> 'documents[0].plans[2].monthlyFeeYen'
 */
export function formatPath(path: ErrorPath): string {
  let out = '';
  for (const seg of path) {
    out += typeof seg === 'number' ? `[${seg}]` : out === '' ? seg : `.${seg}`;
  }
  return out;
}
