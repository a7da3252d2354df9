/**
 * Shared helpers for the area-module tests: the typed error a call throws, a deep freeze (inputs
 * must not be mutated), a catalog edited from the bundled fixtures (all three from
 * test/helpers/values.ts), and a short day.
 */
// @ts-nocheck

export { deepFreeze, editedCatalog, thrown } from '../helpers/values.js';

export const D000 = '000_34f9cbb9e8f7f627.txt';
export const D004 = '004_d85cf5e759b78bed.txt';
export const ON = '2026-11-22';
