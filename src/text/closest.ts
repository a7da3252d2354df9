/**
 * Closest matches by edit distance, for "did you mean …?" in error details (catalog ids, scope
 * names, loaner menus) and for ranking municipality names (area).
 */

/** Longest text for which "did you mean" suggestions are searched (longer texts get none). */
const MAX_SUGGESTION_INPUT = 256;

/**
 * Levenshtein distance between two strings (insertions, deletions and substitutions of UTF-16 code
 * units each cost 1).
 * @example editDistance('oas-plan-c', 'oas-plan-a') //=> 1
 */
export function editDistance(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0]!;
    prev[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = prev[j]!;
      prev[j] = Math.min(prev[j]! + 1, prev[j - 1]! + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1));
      diag = tmp;
    }
  }
  return prev[b.length]!;
}

/**
 * The up-to-`max` (default three) candidates closest to `input` by edit distance; ties in the
 * candidates' `localeCompare` order.
 * @example closestMatches('oas-plan-c', ['oas-plan-a', 'itss-light-anshin-1'], 1) //=> ['oas-plan-a']
 */
export function closestMatches(input: string, candidates: readonly string[], max = 3): string[] {
  // Suggestions only for a text of plausible length: the search costs its length times each candidate's.
  if (typeof input !== 'string' || input.length > MAX_SUGGESTION_INPUT) return [];
  return candidates
    .map((c) => ({ c, d: editDistance(input, c) }))
    .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
    .slice(0, max)
    .map((x) => x.c);
}
