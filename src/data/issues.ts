/** zod issues in the library's issue shape (internal helper of the loaders). */
import { ZodError, type z } from 'zod';
import { MAX_DEPTH, MAX_VALUES } from '../boundary/limits.js';
import { InvalidInputError } from '../errors.js';
import type { Issue } from '../errors.js';

/**
 * Converts zod issues to the library's issue shape (code, path, message).
 * @example toIssues(YenSchema.safeParse(-1).error!)[0].code //=> 'too_small'
 */
export function toIssues(error: z.ZodError): Issue[] {
  let isZodError: boolean;
  try {
    isZodError = error instanceof ZodError;
  } catch {
    isZodError = false; // a Proxy whose prototype trap throws
  }
  if (!isZodError) throw new InvalidInputError(['error'], 'Expected a ZodError', {});
  // A ZodError made by zod holds zod's issues. An object made from ZodError.prototype, or one whose `issues` a caller
  // replaced, may hold anything: each issue is checked, and any getter or trap that throws is a typed error.
  try {
    const issues: unknown = error.issues;
    if (!Array.isArray(issues) || issues.length > MAX_VALUES) throw new InvalidInputError(['error', 'issues'], 'Expected a list of zod issues', {});
    const out: Issue[] = [];
    for (let n = 0; n < issues.length; n++) {
      const issue: unknown = issues[n];
      const { code, path, message } = (issue ?? {}) as { code?: unknown; path?: unknown; message?: unknown };
      if (typeof code !== 'string' || typeof message !== 'string' || !Array.isArray(path) || path.length > MAX_DEPTH * 4) {
        throw new InvalidInputError(['error', 'issues', n], 'Expected a zod issue: { code, path, message }', {});
      }
      const segments: (string | number)[] = [];
      for (let k = 0; k < path.length; k++) {
        const p: unknown = path[k];
        if (typeof p === 'string' || typeof p === 'number') segments.push(p); // a symbol key is left out
      }
      out.push({ code, path: segments, message });
    }
    return out;
  } catch (e) {
    if (e instanceof InvalidInputError) throw e;
    throw new InvalidInputError(['error'], 'Could not read this value (a getter or proxy threw)', {});
  }
}
