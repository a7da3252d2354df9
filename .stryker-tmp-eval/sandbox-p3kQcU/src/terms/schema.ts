/**
 * The `terms` section of a document fixture: the contract terms a user shows or relies on that no
 * evaluator computes (guarantees, liability, jurisdiction, costs borne by the customer, duties …),
 * each with a category, the plans it covers and its verbatim passage.
 */
// @ts-nocheck

import { z } from 'zod';
import { TERM_CATEGORIES } from './categories.js';
import { IdSchema, SourceSchema } from '../catalog/primitives.js';

/**
 * What a term is about.
 * @example TermCategorySchema.options.includes('liability') //=> true
 */
export const TermCategorySchema = z
  .enum(TERM_CATEGORIES)
  .describe('What a term is about');

/**
 * One term of a document.
 * @example TermSchema.safeParse({ id: 'x', category: 'area', summary: 'Japan', plans: 'all', source: { document: '001_1058c0f8b62eb4e2.txt', passage: '●提供エリア 全国' } }).success //=> true
 */
export const TermSchema = z
  .object({
    id: IdSchema,
    category: TermCategorySchema,
    summary: z.string().min(1).describe('The term in one English sentence (the passage is authoritative)'),
    plans: z.union([z.literal('all'), z.array(IdSchema).min(1)]).describe("'all' (every plan of the document) or the plan ids it covers"),
    source: SourceSchema,
  })
  .strict();

/**
 * Section of a document fixture: its terms.
 * @example TermsSectionSchema.safeParse([]).success //=> true
 */
export const TermsSectionSchema = z.array(TermSchema).describe('The terms of the document that no evaluator computes');

/** What a term is about. */
export type TermCategory = z.infer<typeof TermCategorySchema>;
/** A term as transcribed in a fixture. */
export type TermDefinition = z.infer<typeof TermSchema>;
