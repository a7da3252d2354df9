/**
 * The runnable examples of docs/guides/*.md. A fenced block opened with ```ts runnable is a whole
 * program that imports the package by its name (`support-contract-rules`); the fenced ```text block
 * right after it is what the program prints. `runGuideBlock` runs a block in this process against the
 * sources (the import is bound to src/index.ts) and returns what it printed; `npm run generate`
 * rewrites every output block from a fresh run, and test/docs/guides.test.ts fails when one is stale.
 */
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { format } from 'node:util';
import { transformSync } from 'esbuild';
import * as lib from '../src/index.js';

export const PACKAGE_NAME = 'support-contract-rules';

export interface GuideBlock {
  /** The guide's file name under docs/guides/. */
  readonly file: string;
  /** 1-based line of the opening fence of the code block. */
  readonly line: number;
  readonly code: string;
  /** The text of the output block after it, or null when the block has none. */
  readonly output: string | null;
  /** Character range of the output block's body in the file (to rewrite it). */
  readonly outputRange: readonly [number, number] | null;
}

/** Every runnable block of one guide's text (a line-based reading of the fences). */
export function guideBlocks(file: string, text: string): GuideBlock[] {
  const lines = text.split('\n');
  const offsets: number[] = [];
  let o = 0;
  for (const l of lines) {
    offsets.push(o);
    o += l.length + 1;
  }
  const blocks: GuideBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!/^```ts runnable\b/.test(lines[i]!)) continue;
    const open = i;
    let close = i + 1;
    while (close < lines.length && !/^```\s*$/.test(lines[close]!)) close++;
    if (close >= lines.length) throw new Error(`${file}:${open + 1}: unclosed runnable block`);
    const code = lines.slice(open + 1, close).join('\n') + '\n';
    let j = close + 1;
    while (j < lines.length && lines[j]!.trim() === '') j++;
    let output: string | null = null;
    let outputRange: [number, number] | null = null;
    if (j < lines.length && /^```text\s*$/.test(lines[j]!)) {
      let k = j + 1;
      while (k < lines.length && !/^```\s*$/.test(lines[k]!)) k++;
      if (k >= lines.length) throw new Error(`${file}:${j + 1}: unclosed output block`);
      outputRange = [offsets[j + 1]!, offsets[k]!];
      output = text.slice(outputRange[0], outputRange[1]);
      i = k;
    } else {
      i = close;
    }
    blocks.push({ file, line: open + 1, code, output, outputRange });
  }
  return blocks;
}

export function guidesDir(root: string): string {
  return join(root, 'docs', 'guides');
}

export function guideFiles(root: string): string[] {
  return readdirSync(guidesDir(root))
    .filter((n) => n.endsWith('.md'))
    .sort();
}

export function readGuide(root: string, file: string): string {
  return readFileSync(join(guidesDir(root), file), 'utf8');
}

const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
  ...args: string[]
) => (...values: unknown[]) => Promise<void>;

/**
 * Runs one block and returns what it printed with console.log (lines joined, ending in a newline).
 * Only imports of the package are allowed: a guide's example uses nothing but the public API.
 */
export async function runGuideBlock(code: string): Promise<string> {
  const lines: string[] = [];
  const console = { log: (...args: unknown[]) => void lines.push(format(...args)) };
  await new AsyncFunction('__lib', 'console', `"use strict";\n${guideProgram(code)}`)(lib, console);
  return lines.length === 0 ? '' : lines.join('\n') + '\n';
}

/**
 * A block as the body of an async function of `__lib` (the package's entry point) and `console`: its TypeScript
 * compiled, its imports of the package turned into reads of `__lib` (test:consumers runs it against the tarball).
 */
export function guideProgram(code: string): string {
  const js = transformSync(code, { loader: 'ts', format: 'esm', target: 'es2022' }).code;
  const body = js.replace(/^import\s+(type\s+)?([\s\S]*?)\s+from\s+(['"])([^'"]+)\3;?$/gm, (_all, type, clause: string, _q, spec: string) => {
    if (spec !== PACKAGE_NAME) throw new Error(`a guide example imports only ${PACKAGE_NAME}, not ${spec}`);
    if (type) return '';
    const c = clause.trim();
    const ns = /^\*\s+as\s+([\w$]+)$/.exec(c);
    if (ns) return `const ${ns[1]} = __lib;`;
    const named = /^\{([\s\S]*)\}$/.exec(c);
    if (!named) throw new Error(`unsupported import: ${c}`);
    const parts = named[1]!
      .split(',')
      .map((s) => s.trim())
      .filter((s) => s && !s.startsWith('type '))
      .map((s) => s.replace(/\s+as\s+/, ': '));
    return `const { ${parts.join(', ')} } = __lib;`;
  });
  if (/^\s*import\s/m.test(body)) throw new Error('an import the runner does not understand is left in the example');
  return body;
}

/** Rewrites every output block of a guide's text from a fresh run; blocks without one get one. */
export async function refreshGuide(file: string, text: string): Promise<string> {
  const blocks = guideBlocks(file, text);
  let out = '';
  let at = 0;
  for (const b of blocks) {
    const printed = await runGuideBlock(b.code);
    if (b.outputRange) {
      out += text.slice(at, b.outputRange[0]) + printed;
      at = b.outputRange[1];
    }
  }
  return out + text.slice(at);
}

/** Rewrites the output blocks of every guide (or of the one named) in place; returns the files changed. */
export async function refreshGuides(root: string, only?: string): Promise<string[]> {
  const changed: string[] = [];
  for (const f of guideFiles(root)) {
    if (only !== undefined && f !== only) continue;
    const before = readGuide(root, f);
    const after = await refreshGuide(f, before);
    if (after !== before) {
      writeFileSync(join(guidesDir(root), f), after);
      changed.push(f);
    }
  }
  return changed;
}
