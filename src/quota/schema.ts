import { z } from 'zod';

/** Section of a document fixture: quotas (issue 5). Stub: filled in by the module. */
export const QuotaSectionSchema = z.object({}).strict();
export type QuotaSection = z.infer<typeof QuotaSectionSchema>;
