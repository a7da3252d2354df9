/** Contract terms (guarantees, liability, jurisdiction, duties …) of each document, by plan and category. */
export { TermCategorySchema, TermSchema, TermsSectionSchema, type TermCategory, type TermDefinition } from './schema.js';
export { listTerms, type ListTermsInput, type Term } from './terms.js';
