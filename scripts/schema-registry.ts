/** JSON Schema files for the standalone fixtures, beside document.schema.json and catalog.schema.json. */
import type { z } from 'zod';

export const extraSchemas: Record<string, z.ZodType> = {};
