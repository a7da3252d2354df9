/** Reading a source passage (zod-free, so that what displays passages loads no schema). */
// @ts-nocheck

import type { Passage } from './primitives.js';

/**
 * The excerpts of a passage, as a list (a single excerpt is a list of one).
 * @example passageExcerpts('500円(税別)') //=> ['500円(税別)']
 */
export function passageExcerpts(passage: Passage): readonly string[] {
  return typeof passage === 'string' ? [passage] : passage;
}

/**
 * A passage as one line of text for display: its excerpts separated by " … " (display only: the
 * separator is not part of the document).
 * @example passageText(['ライト', '2,200円']) //=> 'ライト … 2,200円'
 */
export function passageText(passage: Passage): string {
  return typeof passage === 'string' ? passage : passage.join(' … ');
}
