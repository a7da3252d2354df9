/**
 * A small downstream service: the inquiry desk of a support provider decides whether it takes an inquiry
 * now, using the library for the hours and the monthly quota, and maps the library's typed errors to
 * HTTP statuses. Its unit tests are support-desk.test.ts.
 */
// @ts-nocheck

import { ContractRulesError, evaluateQuota, explainOpen, nextOpening, type QuotaEvent } from 'support-contract-rules';

export interface InquiryRequest {
  readonly planId: string;
  readonly channel: string;
  /** When the inquiry arrives (the service passes its clock's time; the library never reads a clock). */
  readonly at: string;
  /** The contract's earlier inquiries (any months). */
  readonly earlier: readonly QuotaEvent[];
}

export type InquiryDecision =
  | { readonly status: 'accepted'; readonly remainingAfter: number | null }
  | { readonly status: 'closed'; readonly opensAt: string | null; readonly rule: string }
  | { readonly status: 'over-quota'; readonly limit: number };

export function decideInquiry(req: InquiryRequest): InquiryDecision {
  const open = explainOpen({ planId: req.planId, channel: req.channel, at: req.at, unknownAs: 'closed' });
  if (open.open !== true) {
    const next = nextOpening({ planId: req.planId, channel: req.channel, at: req.at });
    return { status: 'closed', opensAt: next.opensAt, rule: open.reasons.at(-1)?.rule ?? '' };
  }
  // The verdict's `at` is the instant in Japan time (+09:00), so its first 7 characters are the Japan month.
  const month = open.at.slice(0, 7);
  const quota = evaluateQuota({ contract: { planId: req.planId }, month, events: [...req.earlier, { id: 'new', at: req.at }] });
  if (quota.limit.total !== null && quota.over.includes('new')) return { status: 'over-quota', limit: quota.limit.total };
  return { status: 'accepted', remainingAfter: quota.remaining };
}

/** What the service answers for an error: the library's `code` decides the status, its `path` the field. */
export function httpError(error: unknown): { status: number; field: string } {
  if (!(error instanceof ContractRulesError)) return { status: 500, field: '' };
  const status = error.code === 'not_found' ? 404 : error.code === 'invalid_input' || error.code === 'out_of_range' ? 400 : 422;
  return { status, field: error.path.join('.') };
}
