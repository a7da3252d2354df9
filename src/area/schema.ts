import { z } from 'zod';

/** Section of a document fixture: remote-area rules (issue 7). Stub: filled in by the module. */
export const AreaRulesSectionSchema = z.object({}).strict();
export type AreaRulesSection = z.infer<typeof AreaRulesSectionSchema>;
