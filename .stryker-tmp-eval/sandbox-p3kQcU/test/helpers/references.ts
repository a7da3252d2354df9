/**
 * docs/references.md, read by the tests: the reference ids it defines (each entry's heading holds its id
 * in backticks) and each entry's text, so that a fixture citing `ref:…` can be checked against its entry.
 */
// @ts-nocheck

import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const REFERENCE_ID = /^ref:[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Entry text by reference id, in the order of the page. Fails (throws) if the page is missing. */
export function referenceSections(): Map<string, string> {
  const text = readFileSync(join(__dirname, '..', '..', 'docs', 'references.md'), 'utf8');
  const sections = new Map<string, string>();
  const parts = text.split(/^(?=#{2,4} )/m);
  for (const part of parts) {
    const m = /^#{2,4} `(ref:[^`]+)`/.exec(part);
    if (!m) continue;
    if (sections.has(m[1]!)) throw new Error(`docs/references.md defines ${m[1]} twice`);
    sections.set(m[1]!, part);
  }
  return sections;
}
