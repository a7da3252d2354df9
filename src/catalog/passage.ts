/** Reading a source passage (zod-free, so that what displays passages loads no schema). */
import { readInput } from '../boundary/read.js';
import { InvalidInputError } from '../errors.js';
import type { Passage } from './primitives.js';

/**
 * The excerpts of a passage, as a list (a single excerpt is a list of one).
 * @throws {InvalidInputError} anything but a string or a non-empty list of strings (read once, as every input is)
 * @example passageExcerpts('500円(税別)') //=> ['500円(税別)']
 */
export function passageExcerpts(passage: Passage): readonly string[] {
  return typeof passage === 'string' ? [passage] : readExcerpts(passage);
}

/**
 * A passage as one line of text for display: its excerpts separated by " … " (display only: the
 * separator is not part of the document).
 * @throws {InvalidInputError} anything but a string or a non-empty list of strings (read once, as every input is)
 * @example passageText(['ライト', '2,200円']) //=> 'ライト … 2,200円'
 */
export function passageText(passage: Passage): string {
  return typeof passage === 'string' ? passage : readExcerpts(passage).join(' … ');
}

/** A passage that is not a string, through the input boundary: a frozen list of strings, or a typed error. */
function readExcerpts(passage: unknown): readonly string[] {
  const v = readInput(passage, []);
  if (!Array.isArray(v) || v.length === 0 || !v.every((x) => typeof x === 'string')) {
    throw new InvalidInputError([], 'Expected a passage: a string or a non-empty list of strings', { received: Array.isArray(v) ? 'a list of other values' : v === null ? 'null' : typeof v });
  }
  return v as readonly string[];
}
