/**
 * Input and output types of the billing module. `OneOffCharge` is shared with the loaner / visit
 * engineer: `quoteVisit` returns lines in exactly this shape so they can be fed into `monthlyInvoice`.
 */
import type { Source } from '../catalog/primitives.js';

/**
 * A one-off charge on a contract: a catalog fee, how many, on which date, optionally waived.
 *
 * Rules: `feeId` names a fee in the contract's document (or, for a 000 visit, the 000 document);
 * `quantity` is a whole number ≥ 1 (per dispatch, per PC, per printer …); `on` is the Japan-date
 * `YYYY-MM-DD` the work was done — the charge is billed in that month and taxed at the rate in force
 * that day; `waived` makes the line ¥0 with the reason (and the source of the waiver rule) kept.
 *
 * @example
 * const charge: OneOffCharge = { feeId: 'itss-visit-basic-work', quantity: 1, on: '2025-06-10' };
 * //=> a line of 1 × the fee's amount, billed in 2025-06
 */
export interface OneOffCharge {
  /** Catalog fee id. */
  feeId: string;
  /** Whole number of units, ≥ 1. */
  quantity: number;
  /** Date the charge arises, `YYYY-MM-DD` (Japan). */
  on: string;
  /** Present when the fee is waived by a rule (e.g. 000's basic work fee during a fault-isolation visit). */
  waived?: { reason: string; source?: Source };
}
