/**
 * "Did you mean …?" for the command line: commands, sub-commands, flags and choices.
 */
// @ts-nocheck

import { closestMatches, editDistance } from '../text/closest.js';

/**
 * A "; did you mean X?" suffix naming the closest candidates to `input` (those it is a prefix of,
 * else those within a few edits), or '' when none is close.
 */
export function didYouMean(input: string, candidates: readonly string[]): string {
  const close = closestMatches(input, candidates, 3).filter((c) => {
    const a = input.replace(/^-+/, '').toLowerCase();
    const b = c.replace(/^-+/, '').toLowerCase();
    return b.startsWith(a) || b.split('-').some((_, i, parts) => a.length > 1 && parts.slice(i).join('-').startsWith(a)) || editDistance(a, b) <= Math.max(2, Math.floor(b.length / 3));
  });
  return close.length === 0 ? '' : `; did you mean ${close.join(', ')}?`;
}
