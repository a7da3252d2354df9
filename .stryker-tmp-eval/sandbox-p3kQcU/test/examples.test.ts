/**
 * Doc examples are claims: every single-line `@example <expression> //=> <value>` in src/ whose expression
 * uses only the library's names (the public API, and the internal modules for their own examples) and whose value
 * is a literal is evaluated and compared. Examples that need
 * names of their own (a `source`, a `json`), elide their value with `…`, or explain it in words are listed
 * as not checked; the test requires most examples to be checked.
 */
// @ts-nocheck

import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as lib from '../src/index.js';
import * as schemas from '../src/schemas/index.js';
import { formatYearMonth, monthIndex } from '../src/time/civil.js';
import * as errors from '../src/errors.js';
import * as reasons from '../src/reasons.js';
import * as time from '../src/time/index.js';
import * as fast from '../src/time/fast.js';
import * as money from '../src/money/index.js';
import * as decimal from '../src/money/decimal.js';
import * as catalogModule from '../src/catalog/index.js';
import * as calendar from '../src/calendar/index.js';
import * as area from '../src/area/index.js';
import * as scope from '../src/scope/index.js';

const root = join(__dirname, '..');
function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? walk(p) : p.endsWith('.ts') ? [p] : [];
  });
}
// Examples of internal helpers (the time and decimal primitives, …) are checked too: the internal
// modules are in scope, the public API last so that its names win.
const scopeNames: Record<string, unknown> = { ...errors, ...reasons, ...time, ...fast, ...money, ...decimal, ...catalogModule, ...calendar, ...area, ...scope, ...schemas, formatYearMonth, monthIndex, ...lib };
const names = Object.keys(scopeNames).filter((n) => /^[A-Za-z_$][\w$]*$/.test(n));
const values = names.map((n) => scopeNames[n]);
const evaluate = (code: string): unknown => new Function(...names, `"use strict"; return (${code});`)(...values);

/** The literal part of an expected value: drops a trailing "(comment)" after the literal. */
function expectedOf(text: string): { ok: true; value: unknown } | { ok: false } {
  let t = text.trim();
  if (t.includes('…') || t.includes('...')) return { ok: false };
  for (;;) {
    try {
      return { ok: true, value: evaluate(t) };
    } catch {
      const m = /^(.*\S)\s+\([^()]*\)$/.exec(t);
      if (!m) return { ok: false };
      t = m[1]!;
    }
  }
}

interface Example {
  where: string;
  expression: string;
  expected: string;
}
const examples: Example[] = [];
for (const file of walk(join(root, 'src'))) {
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      const m = /@example\s+(.+?)\s*\/\/=>\s*(.+?)\s*(?:\*\/)?\s*$/.exec(line);
      if (m) examples.push({ where: `${relative(root, file)}:${i + 1}`, expression: m[1]!, expected: m[2]! });
    });
}

const checked: Array<[string, Example, unknown]> = [];
const notChecked: string[] = [];
for (const ex of examples) {
  const exp = expectedOf(ex.expected);
  if (!exp.ok) {
    notChecked.push(ex.where);
    continue;
  }
  try {
    evaluate(`() => (${ex.expression})`);
  } catch {
    notChecked.push(ex.where);
    continue;
  }
  checked.push([`${ex.where}: ${ex.expression}`, ex, exp.value]);
}

describe('doc examples', () => {
  it('checks most single-line examples', () => {
    expect(checked.length).toBeGreaterThanOrEqual(80);
  });
  it.each(checked)('%s', (_name, ex, expected) => {
    let actual: unknown;
    try {
      actual = evaluate(ex.expression);
    } catch (e) {
      if (e instanceof ReferenceError) return; // uses a name of its own: not checkable here
      throw e;
    }
    expect(actual).toEqual(expected);
  });
});
