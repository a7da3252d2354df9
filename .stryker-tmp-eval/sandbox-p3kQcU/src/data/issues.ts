/** zod issues in the library's issue shape (internal helper of the loaders). */
// @ts-nocheck

import { ZodError, type z } from 'zod';
import { InvalidInputError } from '../errors.js';
import type { Issue } from '../errors.js';

/**
 * Converts zod issues to the library's issue shape (code, path, message).
 * @example toIssues(YenSchema.safeParse(-1).error!)[0].code //=> 'too_small'
 */
export function toIssues(error: z.ZodError): Issue[] {
  if (!(error instanceof ZodError)) throw new InvalidInputError(['error'], 'Expected a ZodError', {});
  return error.issues.map((i) => ({
    code: i.code,
    path: i.path.filter((p): p is string | number => typeof p !== 'symbol'),
    message: i.message,
  }));
}
