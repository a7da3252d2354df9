import { z } from 'zod';

/** Section of a document fixture: service scope (issue 9). Stub: filled in by the module. */
export const ScopeSectionSchema = z.object({}).strict();
export type ScopeSection = z.infer<typeof ScopeSectionSchema>;
