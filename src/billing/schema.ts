import { z } from 'zod';

/** Section of a document fixture: billing (issue 3). Stub: filled in by the module. */
export const BillingSectionSchema = z.object({}).strict();
export type BillingSection = z.infer<typeof BillingSectionSchema>;
