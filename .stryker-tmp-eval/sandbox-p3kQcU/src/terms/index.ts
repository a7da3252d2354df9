/** Contract terms (guarantees, liability, jurisdiction, duties …) of each document, by plan and category. */
// @ts-nocheck

export type { TermCategory, TermDefinition } from './schema.js';
export { listTerms, type ListTermsInput, type Term } from './terms.js';
