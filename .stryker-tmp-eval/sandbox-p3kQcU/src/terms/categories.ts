/** What a term can be about (zod-free: the schema and listTerms both read it). */
// @ts-nocheck

export const TERM_CATEGORIES = [
    'agreement',
    'application',
    'area',
    'changes',
    'confidentiality',
    'contact',
    'costs',
    'customer-duty',
    'force-majeure',
    'jurisdiction',
    'language',
    'liability',
    'payment',
    'scope',
    'security',
    'service-level',
    'staffing',
    'subcontracting',
    'suspension',
] as const;
