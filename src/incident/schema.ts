import { z } from 'zod';

/** Section of a document fixture: incident rules (issue 8). Stub: filled in by the module. */
export const IncidentSectionSchema = z.object({}).strict();
export type IncidentSection = z.infer<typeof IncidentSectionSchema>;
