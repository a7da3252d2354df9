/**
 * Output helpers shared by the CLI commands: JSON and aligned tables that
 * count full-width (CJK) characters as two columns.
 */
// @ts-nocheck

import { ContractRulesError } from '../errors.js';

/** Display width of a string in a terminal: East Asian wide and full-width characters count 2. */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    w +=
      (c >= 0x1100 && c <= 0x115f) ||
      (c >= 0x2e80 && c <= 0xa4cf) ||
      (c >= 0xac00 && c <= 0xd7a3) ||
      (c >= 0xf900 && c <= 0xfaff) ||
      (c >= 0xfe30 && c <= 0xfe4f) ||
      (c >= 0xff00 && c <= 0xff60) ||
      (c >= 0xffe0 && c <= 0xffe6)
        ? 2
        : 1;
  }
  return w;
}

/** Renders rows as an aligned text table with a header line. */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly string[]>): string {
  const widths = headers.map((h, i) => Math.max(displayWidth(h), ...rows.map((r) => displayWidth(r[i] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => c + ' '.repeat((widths[i] ?? 0) - displayWidth(c)))
      .join('  ')
      .trimEnd();
  return [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n';
}

/** Pretty JSON with a trailing newline. */
export function toJson(value: unknown): string {
  return JSON.stringify(value, null, 2) + '\n';
}

/**
 * Writes the pretty JSON of a value ({@link toJson}'s text): an array element by element, so that
 * a long array answer is never one string.
 */
export function writeJson(value: unknown, out: (text: string) => void): void {
  if (!Array.isArray(value) || value.length === 0) {
    out(toJson(value));
    return;
  }
  out('[\n');
  for (let i = 0; i < value.length; i++) {
    // JSON strings hold no raw line breaks: indenting every line indents the element one level.
    const text = JSON.stringify(value[i] === undefined || typeof value[i] === 'function' || typeof value[i] === 'symbol' ? null : value[i], null, 2);
    out(`  ${text.replace(/\n/g, '\n  ')}${i < value.length - 1 ? ',' : ''}\n`);
  }
  out(']\n');
}

/**
 * Formats an error for the terminal (or as JSON) and returns its exit code: 1 for the library's
 * typed errors, 2 for usage errors and unreadable files, 70 for anything else (an internal error).
 */
export function reportError(e: unknown, err: (t: string) => void, asJson: boolean): number {
  if (e instanceof ContractRulesError) {
    err(asJson ? toJson({ error: errorRecord(e) }) : `error [${e.code}] ${e.message}\n`);
    return 1;
  }
  if (e instanceof UsageError || isFileError(e)) {
    err(`error: ${(e as Error).message}\n`);
    return 2;
  }
  err(`internal error (please report it with the command line): ${(e as Error)?.stack ?? String(e)}\n`);
  return 70;
}

/** The JSON of a library error: name, code, path, message and details. */
export function errorRecord(e: ContractRulesError): { name: string; code: string; path: readonly (string | number)[]; message: string; details: unknown } {
  return { name: e.name, code: e.code, path: e.path, message: e.message, details: e.details };
}

/** An error of reading a file (missing, unreadable, a directory …). */
function isFileError(e: unknown): boolean {
  const code = (e as { code?: unknown } | null)?.code;
  const message = (e as { message?: unknown } | null)?.message;
  return (typeof code === 'string' && /^E[A-Z]+$/.test(code)) || (typeof message === 'string' && message.startsWith('ENOENT'));
}

/** Parses a JSON text (a leading UTF-8 byte order mark is ignored) or throws a usage error naming the input. */
export function parseJsonText(text: string, what: string): unknown {
  try {
    return JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    throw new UsageError(`${what} is not valid JSON: ${(e as Error).message}`);
  }
}

/** A mistake in the command line itself (exit code 2). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
