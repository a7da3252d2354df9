/**
 * Every answer of the library explains itself with a list of {@link Reason}s:
 * which rule decided, what it found, and the source passage of the fact it used.
 */
import type { Source } from './catalog/primitives.js';
import { own } from './boundary/record.js';
import { InvalidInputError } from './errors.js';

/** One step of an explanation. */
export interface Reason {
  /** Stable id of the rule that produced this reason, e.g. `quota.monthly-limit`. */
  readonly rule: string;
  /** What the rule found, in a sentence. */
  readonly message: string;
  /** The fixture fact the rule used, when it used one. */
  readonly source?: Source | undefined;
  /** Id of the fixture fact (plan, option, fee, window …) the rule used. */
  readonly factId?: string | undefined;
  /** When an interpretation (docs/interpretations.md) decided the outcome, its id. */
  readonly interpretation?: string | undefined;
}

/**
 * Builds a reason; drops undefined fields so results stay JSON-clean.
 * @example reason('sale.ended.closed', 'New sales ended on 2019-04-19') //=> { rule: 'sale.ended.closed', message: 'New sales ended on 2019-04-19' }
 */
export function reason(
  rule: string,
  message: string,
  extra: { source?: Source | undefined; factId?: string | undefined; interpretation?: string | undefined } = {},
): Reason {
  const r: { rule: string; message: string; source?: Source; factId?: string; interpretation?: string } = {
    rule,
    message,
  };
  // Own fields only: an `extra` literal leaves some out, and Object.prototype is no caller's to fill them.
  const source = own(extra, 'source');
  const factId = own(extra, 'factId');
  const interpretation = own(extra, 'interpretation');
  if (source !== undefined) r.source = source;
  if (factId !== undefined) r.factId = factId;
  if (interpretation !== undefined) r.interpretation = interpretation;
  return r;
}

/**
 * Reads the `explain` option of the entry points that answer without text by default (isOpen,
 * nextOpening, incidentStatus, classifyArea, evaluateQuota): true adds `explanation`.
 * @throws {InvalidInputError} not a boolean (path `['explain']`)
 * @example explainRequested(undefined) //=> false
 */
export function explainRequested(value: unknown): boolean {
  if (value === undefined || value === false) return false;
  if (value === true) return true;
  throw new InvalidInputError(['explain'], 'explain must be a boolean', { value: typeof value });
}

/**
 * An answer's steps as text, one line per reason (`rule: message`, and the interpretation that decided,
 * if any): the `explanation` that `explain: true` adds.
 * @example explanationOf([reason('a.b', 'It is so')]) //=> ['a.b: It is so']
 */
export function explanationOf(reasons: readonly Reason[]): string[] {
  return reasons.map((r) => {
    const interpretation = own(r, 'interpretation');
    return `${r.rule}: ${r.message}${interpretation === undefined ? '' : ` (interpretation ${interpretation})`}`;
  });
}
