/**
 * Quotas: inquiries (or incidents) per calendar month in Japan time, one-month add-on packs,
 * rollover policies as data, and the monthly on-site fault-isolation visit.
 */
// @ts-nocheck

export type * from './schema.js';
export type { QuotaContract, QuotaContractOption } from './contract.js';
export type { QuotaEvent } from './events.js';
export * from './evaluate.js';
export * from './onsite.js';
