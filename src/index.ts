/**
 * support-contract-rules: Japanese IT-support contract terms as typed, sourced data,
 * and exact answers that explain themselves. This file is the hand-written public API.
 */
export * from './errors.js';
export * from './reasons.js';
export * from './time/index.js';
export * from './catalog/index.js';
export * from './money/index.js';
export * from './billing/index.js';
export * from './calendar/index.js';
export * from './quota/index.js';
export * from './loaner/index.js';
export * from './area/index.js';
export * from './incident/index.js';
export * from './scope/index.js';
