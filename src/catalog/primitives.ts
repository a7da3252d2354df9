/**
 * Zod building blocks shared by every fixture schema: sources, dates, yen, ids.
 * A schema and its type come in pairs (`SourceSchema` / `Source`).
 */
import { z } from 'zod';
import { daysInMonth } from '../time/civil.js';

/**
 * A source passage: the words of the document, verbatim — one excerpt, or one excerpt per cell or row
 * when a fact is drawn from several places. Each excerpt occurs in the document after the one
 * normalisation of docs/architecture.md (markup removed, white space folded); excerpts are never
 * joined with words the document does not contain (no " … ", " / ", "(blank cell)").
 * @example PassageSchema.parse(['ライトあんしんプラン1', '2,200円']).length //=> 2
 */
export const PassageSchema: PassageSchemaType = z
  .union([
    z.string().min(1),
    z.array(z.string().min(1)).min(2, 'A passage array holds two or more excerpts; a single excerpt is a string'),
  ])
  .describe(
    'The passage the fact was transcribed from, quoted as written: one excerpt, or an array of excerpts (one per cell or row); for a reference, the statement taken from it',
  );

export { passageExcerpts, passageText } from './passage.js';

/**
 * The zod type of {@link PassageSchema}, named so that declarations refer to it instead of repeating it wherever a
 * schema holds a passage.
 */
export interface PassageSchemaType extends z.ZodUnion<readonly [z.ZodString, z.ZodArray<z.ZodString>]> {}

/**
 * The zod type of {@link SourceSchema}, named so that declarations refer to it instead of repeating it in each of the
 * several hundred schemas that hold a source.
 */
export interface SourceSchemaType extends z.ZodObject<{ document: z.ZodString; passage: PassageSchemaType; note: z.ZodOptional<z.ZodString> }, z.core.$strict> {}

/**
 * Where a fact comes from: a source document's file name (sources/) or a reference id (docs/references.md),
 * and the passage. Every fact has one.
 * @example SourceSchema.parse({ document: '003_ffc254f782656f39.txt', passage: '500円(税別)' }).passage //=> '500円(税別)'
 * @example SourceSchema.safeParse({ document: 'ref:shohizei-ho-29', passage: '3%' }).success //=> true
 * @example SourceSchema.safeParse({ document: 'notes.md', passage: '3%' }).success //=> false
 */
export const SourceSchema: SourceSchemaType = z
  .object({
    document: z
      .string()
      .regex(
        /^(?:\d{3}_[0-9a-f]+\.txt|ref:[a-z0-9]+(?:-[a-z0-9]+)*)$/,
        'Expected a source document file name (e.g. 000_34f9cbb9e8f7f627.txt) or a reference id (e.g. ref:shohizei-ho-29)',
      )
      .describe('Source document file name (e.g. 000_34f9cbb9e8f7f627.txt) or a reference id of docs/references.md (e.g. ref:shohizei-ho-29)'),
    passage: PassageSchema,
    note: z.string().min(1).optional().describe('Transcriber note: an interpretation, see docs/interpretations.md'),
  })
  .strict()
  .describe('Source of a fact');

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 is rejected). @example IsoDateSchema.safeParse('2026-02-30').success //=> false */
export const IsoDateSchema = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a date YYYY-MM-DD')
  .refine((s) => {
    const y = Number(s.slice(0, 4));
    const m = Number(s.slice(5, 7));
    const d = Number(s.slice(8, 10));
    return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
  }, 'Not a calendar date')
  .describe('Calendar date YYYY-MM-DD (Japan)');

/** Time of day `HH:MM`, 00:00–24:00. @example TimeOfDaySchema.safeParse('24:00').success //=> true */
export const TimeOfDaySchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$|^24:00$/, 'Expected a time HH:MM between 00:00 and 24:00')
  .describe('Time of day HH:MM (Japan time)');

/** A whole, non-negative number of yen. Fractions and negatives are rejected. @example YenSchema.safeParse(4950.5).success //=> false */
export const YenSchema = z
  .number()
  .int('Yen amounts in fixtures are whole yen')
  .nonnegative('Yen amounts are never negative')
  .max(Number.MAX_SAFE_INTEGER)
  .describe('Whole yen, >= 0');

/** Stable lowercase id: `itss-light-anshin-1`. @example IdSchema.safeParse('Plan A').success //=> false */
export const IdSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]*$/, 'Ids are lowercase letters, digits and hyphens')
  .describe('Stable id');

/** Tax basis a document states its prices in. @example TaxBasisSchema.options //=> ['tax-included', 'tax-excluded'] */
export const TaxBasisSchema = z.enum(['tax-included', 'tax-excluded']).describe('Price stated including or excluding consumption tax');

/** A dated fact: a date and where it comes from. @example DatedFactSchema.parse({ date: '2020-09-07', source }).date //=> '2020-09-07' */
export const DatedFactSchema = z
  .object({ date: IsoDateSchema, source: SourceSchema })
  .strict();

/** A verbatim passage: one excerpt, or several (one per cell or row). */
export type Passage = z.infer<typeof PassageSchema>;
/** Where a fact comes from: `{ document, passage, note? }`. */
export type Source = z.infer<typeof SourceSchema>;
/** A calendar date `YYYY-MM-DD`. */
export type IsoDate = z.infer<typeof IsoDateSchema>;
/** `'tax-included' | 'tax-excluded'`. */
export type TaxBasis = z.infer<typeof TaxBasisSchema>;
/** A date with its source. */
export type DatedFact = z.infer<typeof DatedFactSchema>;
