/** Test helper: a source passage as one text (excerpts joined by " … "), for substring assertions. */
// @ts-nocheck

import { passageText, type Passage } from '../../src/catalog/primitives.js';

/** `passageText` that lets `undefined` through, so a missing source still fails the assertion. */
export function textOf(p: Passage | undefined): string | undefined {
  return p === undefined ? undefined : passageText(p);
}
