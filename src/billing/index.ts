export type { OneOffCharge } from './types.js';
