/**
 * JSON input of the CLI commands: read from a file, or from standard input when the path is `-`.
 */
// @ts-nocheck

import { parseJsonText } from './format.js';
import type { CliIO } from './io.js';

/**
 * How messages name an input: `standard input` for `-`, else the path.
 * @example inputName('-') //=> 'standard input'
 */
export function inputName(path: string): string {
  return path === '-' ? 'standard input' : path;
}

/**
 * Reads and parses the JSON of a file, or of standard input when `path` is `-`.
 * @throws {UsageError} the text is not JSON (the message names the input)
 * @example await readJsonInput(io, '-') //=> the parsed standard input
 */
export async function readJsonInput(io: CliIO, path: string): Promise<unknown> {
  return parseJsonText(await io.readText(path), inputName(path));
}

/**
 * Whether a parsed JSON value is an object (not null, not an array).
 * @example isJsonObject([]) //=> false
 */
export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
