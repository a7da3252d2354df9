import { z } from 'zod';

/** Section of a document fixture: loaner rules (issue 6). Stub: filled in by the module. */
export const LoanerSectionSchema = z.object({}).strict();
export type LoanerSection = z.infer<typeof LoanerSectionSchema>;
/** Section of a document fixture: visit menu rules (issue 6). Stub. */
export const VisitSectionSchema = z.object({}).strict();
export type VisitSection = z.infer<typeof VisitSectionSchema>;
/** Section of a document fixture: ultra-sendback rules (issue 6). Stub. */
export const SendbackSectionSchema = z.object({}).strict();
export type SendbackSection = z.infer<typeof SendbackSectionSchema>;
