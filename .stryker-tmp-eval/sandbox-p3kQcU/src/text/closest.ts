/**
 * Closest matches by edit distance, for "did you mean …?" in error details (catalog ids, scope
 * names, loaner menus) and for ranking municipality names (area).
 */
// @ts-nocheck


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
 * The up-to-`max` (default three) candidates closest to `input`: first those that start with it
 * (shortest first: `ucom` → `ucom-remote-support`), then those with a `-`-separated part starting
 * with it (when any does, only these), else the others by edit distance; ties in the candidates' `localeCompare` order.
 * Letter case is ignored.
 * @example closestMatches('oas-plan-c', ['oas-plan-a', 'itss-light-anshin-1'], 1) //=> ['oas-plan-a']
 * @example closestMatches('ucom', ['oas-plan-a', 'ucom-remote-support'], 1) //=> ['ucom-remote-support']
 */
export function closestMatches(input: string, candidates: readonly string[], max = 3): string[] {
  // Suggestions only for a text of plausible length: the search costs its length times each candidate's.
  if (typeof input !== 'string' || input.length > MAX_SUGGESTION_INPUT || !Array.isArray(candidates)) return [];
  candidates = candidates.filter((c): c is string => typeof c === 'string');
  const needle = input.toLowerCase();
  const scored = candidates
    .map((c) => {
      const hay = c.toLowerCase();
      const rank = needle.length === 0 ? 2 : hay.startsWith(needle) ? 0 : hay.split('-').some((_, i, parts) => parts.slice(i).join('-').startsWith(needle)) ? 1 : 2;
      return { c, rank, d: rank === 2 ? editDistance(needle, hay) : hay.length - needle.length };
    })
    .sort((a, b) => a.rank - b.rank || a.d - b.d || a.c.localeCompare(b.c));
  const prefixed = scored.filter((x) => x.rank < 2);
  return (prefixed.length > 0 ? prefixed : scored)
    .slice(0, max)
    .map((x) => x.c);
}
