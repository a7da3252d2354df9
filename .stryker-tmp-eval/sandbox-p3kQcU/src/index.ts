/**
 * support-contract-rules: Japanese IT-support contract terms as typed, sourced data, and exact answers
 * that explain themselves. The public API is the hand-written lists in src/entries/ (one file per
 * capability subpath, each also re-exported here): anything not named there is internal and may change
 * without notice.
 */
// @ts-nocheck


export * from './entries/common.js';
export * from './entries/catalog.js';
export * from './entries/tax.js';
export * from './entries/billing.js';
export * from './entries/calendar.js';
export * from './entries/quota.js';
export * from './entries/loaner.js';
export * from './entries/areas.js';
export * from './entries/incidents.js';
export * from './entries/scope.js';
