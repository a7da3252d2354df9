/**
 * The error thrown when a price is needed but the catalog states none.
 */
import { NotFoundError, type ErrorPath } from '../errors.js';

/**
 * A plan, option or fee has no stated amount, tax basis or charging rule (null in the catalog), and a
 * price was needed: the library never guesses. `code` is `not_found`; `details.factId` names the
 * catalog item and `details.missing` the missing field.
 * @example
 * try { monthlyInvoice({ contract: { planId: 'iij-mpc-management-entry', start: '2025-01-01' }, month: '2025-02' }); }
 * catch (e) { (e as PriceNotStatedError).details.missing } //=> 'monthlyFeeYen'
 */
export class PriceNotStatedError extends NotFoundError {
  constructor(path: ErrorPath, factId: string, missing: 'monthlyFeeYen' | 'amountYen' | 'taxBasis' | 'charge', message: string) {
    super(path, message, { factId, missing });
    this.name = 'PriceNotStatedError';
  }
}

Object.freeze(PriceNotStatedError.prototype); // shared by every caller (see src/errors.ts)
Object.freeze(PriceNotStatedError);
