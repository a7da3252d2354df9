import { z } from 'zod';

/** Section of a document fixture: service schedules (issue 4). Stub: filled in by the module. */
export const ScheduleSectionSchema = z.object({}).strict();
export type ScheduleSection = z.infer<typeof ScheduleSectionSchema>;
